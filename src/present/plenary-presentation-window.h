/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-slide-draw.h"
#include "plenary-slideshow.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_PRESENTATION_WINDOW (plenary_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryPresentationWindow, plenary_presentation_window,
                      PLENARY, PRESENTATION_WINDOW, GtkWindow)

PlenaryPresentationWindow *plenary_presentation_window_new           (PlenarySlideshow          *slideshow,
                                                                      GPtrArray                 *slides,
                                                                      PlenarySlideTheme          theme);
PlenarySlideshow          *plenary_presentation_window_get_slideshow (PlenaryPresentationWindow *self);
PlenarySlideTheme          plenary_presentation_window_get_theme     (PlenaryPresentationWindow *self);
void                       plenary_presentation_window_set_theme     (PlenaryPresentationWindow *self,
                                                                      PlenarySlideTheme          theme);
gboolean                   plenary_presentation_window_get_cursor_hidden (PlenaryPresentationWindow *self);

G_END_DECLS
