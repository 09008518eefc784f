/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-editor.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_INDICATOR_EDITOR (plenary_indicator_editor_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryIndicatorEditor, plenary_indicator_editor, PLENARY, INDICATOR_EDITOR, AdwWindow)

PlenaryIndicatorEditor *plenary_indicator_editor_present     (GtkWidget              *parent,
                                                              PlenaryEditor          *editor,
                                                              PlenaryIndicator       *indicator,
                                                              PlenaryLanguage         language);
PlenaryIndicator       *plenary_indicator_editor_get_indicator (PlenaryIndicatorEditor *self);
gboolean                plenary_indicator_editor_apply_text  (PlenaryIndicatorEditor *self,
                                                              PlenaryIndicatorField   field,
                                                              const char             *text);
gboolean                plenary_indicator_editor_apply_value (PlenaryIndicatorEditor *self,
                                                              const char             *text);
const char             *plenary_indicator_editor_get_error   (PlenaryIndicatorEditor *self);
gboolean                plenary_indicator_editor_set_headline (PlenaryIndicatorEditor *self,
                                                              gboolean                headline);

PlenaryIndicator       *plenary_indicator_add_from_text      (PlenaryEditor          *editor,
                                                              const char             *paragraph_id,
                                                              const char             *selection,
                                                              GError                **error);

G_END_DECLS
