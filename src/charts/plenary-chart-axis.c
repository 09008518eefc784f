/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-axis"

#include <math.h>

#include "plenary-chart-layout-private.h"

/* The value axis of a bar chart: light gridlines at the ticks and the
 * tick values under the plot.  The zero line is the chart type's, since
 * it must be drawn over the bars. */

double
plenary_chart_axis_height (PlenaryChartLayout *self)
{
  return plenary_chart_text_line_height (self, self->small_size) + self->font_size * 0.35;
}

/* How many ticks fit along @length without their labels crowding. */
guint
plenary_chart_axis_max_ticks (PlenaryChartLayout *self,
                              double              length)
{
  double per_tick = self->small_size * 3.4;
  guint n = (guint) floor (MAX (length, 0) / per_tick) + 1;

  return CLAMP (n, 2, 7);
}

/* A tick label: the number as the values on the bars print it, in the
 * chart's scale, with as many decimals as the step needs there (a step of
 * 500 亿元 is 50 billion; one of 5 亿元, 0.5 billion). */
char *
plenary_chart_format_tick (PlenaryChartLayout *self,
                           double              value,
                           int                 decimals,
                           PlenaryUnit        *unit)
{
  PlenaryNumberScale scale = PLENARY_NUMBER_SCALE_SOURCE;
  double factor = 1.0;

  if (unit != NULL)
    {
      scale = plenary_chart_spec_choose_scale (self->spec, unit, self->language);
      factor = plenary_number_scale_factor (scale, unit);
    }
  if (factor < 1)
    decimals += (int) round (-log10 (factor));
  return plenary_format_on_axis (value, CLAMP (decimals, 0, 6), unit, scale, self->language);
}

void
plenary_chart_axis_add_x (PlenaryChartLayout      *self,
                          const PlenaryChartTicks *ticks,
                          const PlenaryChartScale *scale,
                          PlenaryUnit             *unit,
                          double                   top,
                          double                   bottom,
                          gboolean                 labels,
                          double                   label_min_x,
                          double                   label_max_x)
{
  double last_right = -G_MAXDOUBLE;
  double gap = self->small_size * 0.8;

  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      double value = plenary_chart_ticks_value (ticks, i);
      double x = plenary_chart_scale_map (scale, value);
      PangoLayout *text;
      g_autofree char *label = NULL;
      double w, h, lx;

      if (value != 0)
        plenary_chart_layout_add_line (self, PLENARY_CHART_ROLE_GRIDLINE, PLENARY_CHART_PAINT_GRID,
                                       x, top, x, bottom, 1.0);
      if (!labels)
        continue;

      label = plenary_chart_format_tick (self, value, ticks->decimals, unit);
      text = plenary_chart_text_new (self, label, self->small_size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, &w, &h);
      lx = CLAMP (x - w / 2, label_min_x, label_max_x - w);

      /* Drop a label that would touch the one before it rather than let
       * them overlap. */
      if (lx < last_right + gap)
        {
          g_object_unref (text);
          continue;
        }
      last_right = lx + w;
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_TICK_LABEL, PLENARY_CHART_PAINT_SECONDARY,
                                     -1, text, lx, bottom + self->font_size * 0.3);
    }
}
