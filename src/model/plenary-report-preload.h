/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-report.h"

G_BEGIN_DECLS

void           plenary_report_preload_start  (void);
PlenaryReport *plenary_report_preload_finish (GFile  **out_file,
                                              GError **error);

G_END_DECLS
