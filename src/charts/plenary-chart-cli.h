/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdio.h>

#include "plenary-language.h"

G_BEGIN_DECLS

int plenary_chart_cli_export (const char      *folder,
                              const char      *report_path,
                              const char      *format,
                              double           scale,
                              int              width,
                              PlenaryLanguage  language,
                              const char      *theme,
                              FILE            *out,
                              FILE            *err);

G_END_DECLS
