/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "plenary-edit-command.h"

G_BEGIN_DECLS

/* For the editor: a command as a change to the report's document. */
gboolean plenary_edit_command_apply_document  (PlenaryEditCommand  *self,
                                               JsonObject          *root,
                                               GError             **error);
void     plenary_edit_command_revert_document (PlenaryEditCommand  *self,
                                               JsonObject          *root);

G_END_DECLS
