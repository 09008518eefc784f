/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-editor.h"

G_BEGIN_DECLS

#include <json-glib/json-glib.h>

void      plenary_editor_sync_report  (PlenaryReport *live,
                                       PlenaryReport *candidate);
JsonNode *plenary_editor_get_document (PlenaryEditor *self);

G_END_DECLS
