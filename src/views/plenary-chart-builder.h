/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-editor.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_BUILDER (plenary_chart_builder_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartBuilder, plenary_chart_builder, PLENARY, CHART_BUILDER, AdwWindow)

PlenaryChartBuilder *plenary_chart_builder_present        (GtkWidget           *parent,
                                                           PlenaryEditor       *editor,
                                                           PlenaryChartSpec    *chart,
                                                           PlenaryLanguage      language);
void                 plenary_chart_builder_set_chart_type (PlenaryChartBuilder *self,
                                                           PlenaryChartType     type);
void                 plenary_chart_builder_set_titles     (PlenaryChartBuilder *self,
                                                           const char          *title_zh,
                                                           const char          *title_en);
void                 plenary_chart_builder_add_indicator  (PlenaryChartBuilder *self,
                                                           PlenaryIndicator    *indicator);
void                 plenary_chart_builder_set_row_label  (PlenaryChartBuilder *self,
                                                           guint                row,
                                                           const char          *zh,
                                                           const char          *en);
gboolean             plenary_chart_builder_move           (PlenaryChartBuilder *self,
                                                           guint                from,
                                                           guint                to);
gboolean             plenary_chart_builder_remove         (PlenaryChartBuilder *self,
                                                           guint                position);
guint                plenary_chart_builder_get_n_indicators (PlenaryChartBuilder *self);
PlenaryChartSpec    *plenary_chart_builder_get_preview    (PlenaryChartBuilder *self);
const char          *plenary_chart_builder_save           (PlenaryChartBuilder *self,
                                                           GError             **error);

G_END_DECLS
