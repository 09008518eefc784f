/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-diverging-bar"

#include "plenary-chart-layout-private.h"

/* Bars to the left and right of zero: values that rose in the first series
 * colour, values that fell in the theme's "negative" colour, with their
 * labels on the outer side of each bar. */
void
plenary_chart_diverging_bar_layout (PlenaryChartLayout     *self,
                                    const PlenaryChartRect *plot)
{
  guint n_rows = plenary_chart_spec_get_n_rows (self->spec);
  g_autofree PlenaryChartBand *bands = g_new0 (PlenaryChartBand, MAX (n_rows, 1));

  for (guint row = 0; row < n_rows; row++)
    {
      PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
      gboolean falls = plenary_indicator_get_value (indicator) < 0;

      bands[row].label = plenary_chart_spec_get_row_label (self->spec, row, self->language);
      bands[row].row = (int) row;
      bands[row].n_bars = 1;
      bands[row].bars[0].indicator = indicator;
      bands[row].bars[0].paint = falls ? PLENARY_CHART_PAINT_NEGATIVE : PLENARY_CHART_PAINT_SERIES;
      bands[row].bars[0].series = 0;
    }

  plenary_chart_hbars_layout (self, plot, bands, n_rows);
}
