/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-grouped-bar"

#include "plenary-chart-layout-private.h"

/* Actual against target: each row shows its two series side by side, the
 * target's qualifier (≥ ≤ ≈ >) printed before its value.  With several
 * rows the series are named in the legend; with one, each bar carries its
 * series' name as its label and the legend is left out. */
void
plenary_chart_grouped_bar_layout (PlenaryChartLayout     *self,
                                  const PlenaryChartRect *plot)
{
  guint n_rows = plenary_chart_spec_get_n_rows (self->spec);
  guint n_series = plenary_chart_spec_get_n_series (self->spec);
  g_autofree PlenaryChartBand *bands = g_new0 (PlenaryChartBand, MAX (n_rows * n_series, 1));
  guint n_bands = 0;

  if (n_rows == 1)
    {
      for (guint series = 0; series < n_series; series++)
        {
          PlenaryChartBand *band = &bands[n_bands++];
          const char *label = plenary_chart_spec_get_series_label (self->spec, series, self->language);
          PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, 0, series);

          band->label = label ? label : plenary_indicator_get_label (indicator, self->language);
          band->row = 0;
          band->n_bars = 1;
          band->bars[0].indicator = indicator;
          band->bars[0].paint = PLENARY_CHART_PAINT_SERIES;
          band->bars[0].series = plenary_chart_series_for (indicator);
        }
    }
  else
    {
      for (guint row = 0; row < n_rows; row++)
        {
          PlenaryChartBand *band = &bands[n_bands++];

          band->label = plenary_chart_spec_get_row_label (self->spec, row, self->language);
          band->row = (int) row;
          band->n_bars = MIN (n_series, G_N_ELEMENTS (band->bars));
          for (guint series = 0; series < band->n_bars; series++)
            {
              band->bars[series].indicator = plenary_chart_spec_get_value (self->spec, row, series);
              band->bars[series].paint = PLENARY_CHART_PAINT_SERIES;
              band->bars[series].series = plenary_chart_series_for (band->bars[series].indicator);
            }
        }
    }

  plenary_chart_hbars_layout (self, plot, bands, n_bands);
}
