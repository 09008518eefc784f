/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-indicator.h"
#include "plenary-outline-node.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_CHART_BAR,
  PLENARY_CHART_GROUPED_BAR,
  PLENARY_CHART_DIVERGING_BAR,
  PLENARY_CHART_SHARE,
  PLENARY_CHART_RAMP,
  PLENARY_CHART_BIG_NUMBER,
} PlenaryChartType;

#define PLENARY_TYPE_CHART_SPEC (plenary_chart_spec_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartSpec, plenary_chart_spec, PLENARY, CHART_SPEC, GObject)

PlenaryChartSpec   *plenary_chart_spec_new              (const char         *id,
                                                         PlenaryChartType    type,
                                                         const char         *title_zh,
                                                         const char         *title_en,
                                                         PlenaryOutlineNode *section);
gboolean            plenary_chart_type_parse            (const char         *text,
                                                         PlenaryChartType   *out_type);
guint               plenary_chart_type_series_count     (PlenaryChartType    type);
void                plenary_chart_spec_add_indicator    (PlenaryChartSpec   *self,
                                                         PlenaryIndicator   *indicator);
void                plenary_chart_spec_add_series       (PlenaryChartSpec   *self,
                                                         const char         *zh,
                                                         const char         *en);
void                plenary_chart_spec_add_row_label    (PlenaryChartSpec   *self,
                                                         const char         *zh,
                                                         const char         *en);
void                plenary_chart_spec_set_counts       (PlenaryChartSpec   *self,
                                                         const char         *zh,
                                                         const char         *en);
const char         *plenary_chart_spec_get_counts       (PlenaryChartSpec   *self,
                                                         PlenaryLanguage     language);
const char         *plenary_chart_spec_get_id           (PlenaryChartSpec   *self);
PlenaryChartType    plenary_chart_spec_get_chart_type   (PlenaryChartSpec   *self);
const char         *plenary_chart_spec_get_title        (PlenaryChartSpec   *self,
                                                         PlenaryLanguage     language);
PlenaryOutlineNode *plenary_chart_spec_get_section      (PlenaryChartSpec   *self);
GPtrArray          *plenary_chart_spec_get_indicators   (PlenaryChartSpec   *self);
guint               plenary_chart_spec_get_n_series     (PlenaryChartSpec   *self);
const char         *plenary_chart_spec_get_series_label (PlenaryChartSpec   *self,
                                                         guint               series,
                                                         PlenaryLanguage     language);
guint               plenary_chart_spec_get_n_rows       (PlenaryChartSpec   *self);
PlenaryIndicator   *plenary_chart_spec_get_value        (PlenaryChartSpec   *self,
                                                         guint               row,
                                                         guint               series);
const char         *plenary_chart_spec_get_row_label    (PlenaryChartSpec   *self,
                                                         guint               row,
                                                         PlenaryLanguage     language);
gboolean            plenary_chart_spec_shows            (PlenaryChartSpec   *self,
                                                         PlenaryIndicator   *indicator);

G_END_DECLS
