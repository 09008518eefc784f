/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_PARAGRAPH_PAIR (plenary_paragraph_pair_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryParagraphPair, plenary_paragraph_pair, PLENARY, PARAGRAPH_PAIR, GtkWidget)

GtkWidget *plenary_paragraph_pair_new         (GtkWidget            *start,
                                               GtkWidget            *end);
GtkWidget *plenary_paragraph_pair_get_start   (PlenaryParagraphPair *self);
GtkWidget *plenary_paragraph_pair_get_end     (PlenaryParagraphPair *self);
gboolean   plenary_paragraph_pair_get_columns (PlenaryParagraphPair *self);

G_END_DECLS
