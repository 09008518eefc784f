/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_ADAPTIVE_SPLIT (plenary_adaptive_split_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryAdaptiveSplit, plenary_adaptive_split, PLENARY, ADAPTIVE_SPLIT, AdwBin)

GtkWidget *plenary_adaptive_split_new               (void);
void       plenary_adaptive_split_set_sidebar_top   (PlenaryAdaptiveSplit *self,
                                                     GtkWidget            *header_bar);
void       plenary_adaptive_split_set_sidebar       (PlenaryAdaptiveSplit *self,
                                                     GtkWidget            *sidebar);
void       plenary_adaptive_split_add_content_bar   (PlenaryAdaptiveSplit *self,
                                                     GtkWidget            *bar);
void       plenary_adaptive_split_set_content_top   (PlenaryAdaptiveSplit *self,
                                                     GtkWidget            *header_bar);
void       plenary_adaptive_split_set_content       (PlenaryAdaptiveSplit *self,
                                                     GtkWidget            *content);
void       plenary_adaptive_split_set_content_title (PlenaryAdaptiveSplit *self,
                                                     const char           *title);
gboolean   plenary_adaptive_split_get_folded        (PlenaryAdaptiveSplit *self);
void       plenary_adaptive_split_show_sidebar      (PlenaryAdaptiveSplit *self);
void       plenary_adaptive_split_show_content      (PlenaryAdaptiveSplit *self);
gboolean   plenary_adaptive_split_get_showing_content (PlenaryAdaptiveSplit *self);

G_END_DECLS
