/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-chart-spec.h"
#include "plenary-chart-widget.h"
#include "plenary-language.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_CARD (plenary_chart_card_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartCard, plenary_chart_card, PLENARY, CHART_CARD, GtkWidget)

GtkWidget          *plenary_chart_card_new          (PlenaryChartSpec *spec);
PlenaryChartSpec   *plenary_chart_card_get_spec     (PlenaryChartCard *self);
PlenaryChartWidget *plenary_chart_card_get_chart    (PlenaryChartCard *self);
PlenaryLanguage     plenary_chart_card_get_language (PlenaryChartCard *self);
void                plenary_chart_card_set_language (PlenaryChartCard *self,
                                                     PlenaryLanguage   language);
void                plenary_chart_card_show_page    (PlenaryChartCard *self,
                                                     const char       *name);
void                plenary_chart_card_set_switcher_visible (PlenaryChartCard *self,
                                                             gboolean          visible);
GdkTexture         *plenary_chart_card_dup_texture  (PlenaryChartCard *self,
                                                     double            scale);

G_END_DECLS
