/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-report.h"
#include "plenary-application.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_WINDOW (plenary_window_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryWindow, plenary_window, PLENARY, WINDOW, AdwApplicationWindow)

PlenaryWindow   *plenary_window_new            (PlenaryApplication *application);
PlenaryReport   *plenary_window_get_report     (PlenaryWindow      *self);
PlenaryLanguage  plenary_window_get_language   (PlenaryWindow      *self);
void             plenary_window_open_file      (PlenaryWindow      *self,
                                                GFile              *file);
gboolean         plenary_window_show_page      (PlenaryWindow      *self,
                                                const char         *page_id);
const char      *plenary_window_get_page       (PlenaryWindow      *self);
void             plenary_window_show_paragraph (PlenaryWindow      *self,
                                                const char         *paragraph_id);

G_END_DECLS
