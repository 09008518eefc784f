/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-chart-layout.h"
#include "plenary-chart-spec.h"
#include "plenary-language.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_WIDGET (plenary_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartWidget, plenary_chart_widget, PLENARY, CHART_WIDGET, GtkWidget)

GtkWidget          *plenary_chart_widget_new                 (PlenaryChartSpec   *spec);
PlenaryChartSpec   *plenary_chart_widget_get_spec            (PlenaryChartWidget *self);
PlenaryLanguage     plenary_chart_widget_get_language        (PlenaryChartWidget *self);
void                plenary_chart_widget_set_language        (PlenaryChartWidget *self,
                                                              PlenaryLanguage     language);
int                 plenary_chart_widget_get_highlighted_row (PlenaryChartWidget *self);
void                plenary_chart_widget_set_highlighted_row (PlenaryChartWidget *self,
                                                              int                 row);
int                 plenary_chart_widget_get_focus_row       (PlenaryChartWidget *self);
PlenaryChartLayout *plenary_chart_widget_get_layout          (PlenaryChartWidget *self);

G_END_DECLS
