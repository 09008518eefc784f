/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-slide-draw.h"
#include "plenary-slideshow.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SLIDE_VIEW (plenary_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySlideView, plenary_slide_view, PLENARY, SLIDE_VIEW, GtkWidget)

GtkWidget              *plenary_slide_view_new        (void);
PlenarySlide           *plenary_slide_view_get_slide  (PlenarySlideView       *self);
void                    plenary_slide_view_set_slide  (PlenarySlideView       *self,
                                                       PlenarySlide           *slide);
PlenarySlideTheme       plenary_slide_view_get_theme  (PlenarySlideView       *self);
void                    plenary_slide_view_set_theme  (PlenarySlideView       *self,
                                                       PlenarySlideTheme       theme);
PlenarySlideshowScreen  plenary_slide_view_get_screen (PlenarySlideView       *self);
void                    plenary_slide_view_set_screen (PlenarySlideView       *self,
                                                       PlenarySlideshowScreen  screen);

G_END_DECLS
