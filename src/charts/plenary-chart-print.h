/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-chart-spec.h"
#include "plenary-language.h"

G_BEGIN_DECLS

typedef void (*PlenaryChartErrorFunc) (GtkWidget    *parent,
                                       const GError *error);

GtkPrintOperation *plenary_chart_print_operation_new (PlenaryChartSpec *spec,
                                                      PlenaryLanguage   language);
void     plenary_chart_print        (GtkWidget             *parent,
                                     PlenaryChartSpec      *spec,
                                     PlenaryLanguage        language,
                                     PlenaryChartErrorFunc  on_error);
void     plenary_chart_print_fit    (double           page_width,
                                     double           page_height,
                                     double           chart_width,
                                     double           chart_height,
                                     double          *scale,
                                     double          *x,
                                     double          *y);

G_END_DECLS
