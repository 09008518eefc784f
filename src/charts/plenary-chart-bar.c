/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-bar"

#include "plenary-chart-layout-private.h"

/* A horizontal bar chart: one bar a row, all in the first series colour,
 * in the order the report gives them. */
void
plenary_chart_bar_layout (PlenaryChartLayout     *self,
                          const PlenaryChartRect *plot)
{
  guint n_rows = plenary_chart_spec_get_n_rows (self->spec);
  g_autofree PlenaryChartBand *bands = g_new0 (PlenaryChartBand, MAX (n_rows, 1));

  for (guint row = 0; row < n_rows; row++)
    {
      bands[row].label = plenary_chart_spec_get_row_label (self->spec, row, self->language);
      bands[row].row = (int) row;
      bands[row].n_bars = 1;
      bands[row].bars[0].indicator = plenary_chart_spec_get_value (self->spec, row, 0);
      bands[row].bars[0].paint = PLENARY_CHART_PAINT_SERIES;
      bands[row].bars[0].series = plenary_chart_series_for (bands[row].bars[0].indicator);
    }

  plenary_chart_hbars_layout (self, plot, bands, n_rows);
}
