/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-slideshow.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SLIDESHOW_OSD (plenary_slideshow_osd_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySlideshowOsd, plenary_slideshow_osd, PLENARY, SLIDESHOW_OSD, GtkWidget)

GtkWidget        *plenary_slideshow_osd_new           (void);
PlenarySlideshow *plenary_slideshow_osd_get_slideshow (PlenarySlideshowOsd *self);
void              plenary_slideshow_osd_set_slideshow (PlenarySlideshowOsd *self,
                                                       PlenarySlideshow    *slideshow);
void              plenary_slideshow_osd_flash_counter (PlenarySlideshowOsd *self);
double            plenary_slideshow_osd_get_counter_opacity (PlenarySlideshowOsd *self);

G_END_DECLS
