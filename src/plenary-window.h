/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"
#include "plenary-presentation.h"
#include "plenary-application.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_WINDOW (plenary_window_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryWindow, plenary_window, PLENARY, WINDOW, AdwApplicationWindow)

PlenaryWindow   *plenary_window_new              (PlenaryApplication *application);
PlenarySession  *plenary_window_get_session      (PlenaryWindow      *self);
PlenaryReport   *plenary_window_get_report       (PlenaryWindow      *self);
PlenaryLanguage  plenary_window_get_language     (PlenaryWindow      *self);
void             plenary_window_open_file        (PlenaryWindow      *self,
                                                  GFile              *file);
GtkWidget       *plenary_window_get_visible_page (PlenaryWindow      *self);
const char      *plenary_window_get_error_body   (PlenaryWindow      *self);
PlenaryPresentation *plenary_window_get_presentation (PlenaryWindow  *self);

G_END_DECLS
