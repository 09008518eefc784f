/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-legend"

#include "plenary-chart-layout-private.h"

/* A legend in one line: a square swatch in the series colour, then its
 * label, for each series. */

static double
swatch_size (PlenaryChartLayout *self)
{
  return self->small_size * 0.8;
}

static double
item_gap (PlenaryChartLayout *self)
{
  return self->small_size * 1.2;
}

double
plenary_chart_legend_width (PlenaryChartLayout *self,
                            const char * const *labels,
                            guint               n_labels)
{
  double total = 0;

  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(PangoLayout) text = plenary_chart_text_new (self, labels[i], self->small_size,
                                                            FALSE, -1, 1, PANGO_ALIGN_LEFT);
      double w;

      plenary_chart_text_get_size (text, &w, NULL);
      total += swatch_size (self) + self->small_size * 0.4 + w;
      if (i > 0)
        total += item_gap (self);
    }
  return total;
}

/* Adds the legend at (@x, @y); returns its height.  Labels that would run
 * past @max_width are ellipsized. */
double
plenary_chart_legend_add (PlenaryChartLayout *self,
                          const char * const *labels,
                          const int          *series,
                          guint               n_labels,
                          double              x,
                          double              y,
                          double              max_width)
{
  double line_h = plenary_chart_text_line_height (self, self->small_size);
  double size = swatch_size (self);
  double end = x + max_width;
  double left = x;

  for (guint i = 0; i < n_labels; i++)
    {
      PlenaryChartItem *swatch;
      PangoLayout *text;
      double available = end - (left + size + self->small_size * 0.4);
      double w;

      if (available < self->small_size * 2)
        break;

      swatch = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_LEGEND_SWATCH,
                                              PLENARY_CHART_PAINT_SERIES, -1,
                                              left, y + (line_h - size) / 2, size, size);
      swatch->series = series[i];
      left += size + self->small_size * 0.4;

      text = plenary_chart_text_new (self, labels[i], self->small_size, FALSE, available, 1,
                                     PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, &w, NULL);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_LEGEND_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                     -1, text, left, y);
      left += w + item_gap (self);
    }

  return line_h;
}
