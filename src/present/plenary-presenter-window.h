/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-slide-draw.h"
#include "plenary-slideshow.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_PRESENTER_WINDOW (plenary_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryPresenterWindow, plenary_presenter_window,
                      PLENARY, PRESENTER_WINDOW, AdwWindow)

PlenaryPresenterWindow *plenary_presenter_window_new              (PlenarySlideshow       *slideshow,
                                                                   GPtrArray              *slides,
                                                                   PlenarySlideTheme       theme);
void                    plenary_presenter_window_set_theme        (PlenaryPresenterWindow *self,
                                                                   PlenarySlideTheme       theme);
void                    plenary_presenter_window_set_slide_aspect (PlenaryPresenterWindow *self,
                                                                   double                  aspect);
void                    plenary_presenter_window_reset_clock      (PlenaryPresenterWindow *self);
char                   *plenary_presenter_window_dup_clock_text   (PlenaryPresenterWindow *self);

G_END_DECLS
