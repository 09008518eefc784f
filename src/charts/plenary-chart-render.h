/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "plenary-chart-spec.h"
#include "plenary-chart-theme.h"
#include "plenary-language.h"

G_BEGIN_DECLS

/* The default size of an exported chart, in logical pixels. */
#define PLENARY_CHART_EXPORT_WIDTH  1200
#define PLENARY_CHART_EXPORT_HEIGHT 800

void  plenary_chart_render              (cairo_t                 *cr,
                                         double                   width,
                                         double                   height,
                                         PlenaryChartSpec        *spec,
                                         PlenaryLanguage          language,
                                         const PlenaryChartTheme *theme,
                                         int                      highlighted_row);
char *plenary_chart_dup_description     (PlenaryChartSpec        *spec,
                                         PlenaryLanguage          language);
char *plenary_chart_dup_row_summary     (PlenaryChartSpec        *spec,
                                         guint                    row,
                                         PlenaryLanguage          language);
char *plenary_chart_dup_series_label    (PlenaryChartSpec        *spec,
                                         guint                    row,
                                         guint                    series,
                                         PlenaryLanguage          language);
char *plenary_chart_dup_source_line     (PlenaryChartSpec        *spec,
                                         PlenaryLanguage          language);

G_END_DECLS
