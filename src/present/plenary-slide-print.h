/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-slide-draw.h"

G_BEGIN_DECLS

typedef void (*PlenarySlidePrintErrorFunc) (GtkWidget    *parent,
                                            const GError *error);

GtkPrintOperation *plenary_slide_print_operation_new (GPtrArray                  *slides,
                                                      PlenarySlideTheme           theme);
void               plenary_slide_print_fit           (double                      page_width,
                                                      double                      page_height,
                                                      double                     *width,
                                                      double                     *height,
                                                      double                     *x,
                                                      double                     *y);
void               plenary_slide_print               (GtkWidget                  *parent,
                                                      GPtrArray                  *slides,
                                                      PlenarySlideTheme           theme,
                                                      PlenarySlidePrintErrorFunc  on_error);

G_END_DECLS
