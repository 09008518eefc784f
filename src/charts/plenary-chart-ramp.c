/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-ramp"

#include <math.h>

#include "model/plenary-content-strings.h"
#include "plenary-chart-layout-private.h"

/* Before → after: how far a daily output was ramped up.  When the after
 * value is many times the before one, both are points on a logarithmic
 * axis joined by an arrow (a bar on a log axis would misstate its length);
 * otherwise they are two columns from zero.  The ratio is written on the
 * arrow, the way the report says it: 增至原来的 60 倍. */

typedef struct
{
  gboolean           logarithmic;
  PlenaryChartScale  scale;
  GArray            *log_ticks;
  PlenaryChartTicks  ticks;
} Axis;

static char *
dup_ratio (PlenaryLanguage   language,
           double            ratio,
           PlenaryQualifier  qualifier)
{
  g_autofree char *number = plenary_format_number (ratio, ratio < 10 ? 1 : 0, language == PLENARY_LANGUAGE_EN);
  gboolean more = qualifier == PLENARY_QUALIFIER_MORE_THAN || qualifier == PLENARY_QUALIFIER_AT_LEAST;

  return plenary_content_format (language, more ? PLENARY_CONTENT_RATIO_MORE : PLENARY_CONTENT_RATIO,
                                 number, NULL);
}

/* Whether the ramp of @spec is drawn on a logarithmic axis. */
gboolean
plenary_chart_ramp_is_logarithmic (PlenaryChartSpec *spec)
{
  double b, a;

  if (plenary_chart_spec_get_n_rows (spec) == 0)
    return FALSE;
  b = plenary_indicator_get_value (plenary_chart_spec_get_value (spec, 0, 0));
  a = plenary_indicator_get_value (plenary_chart_spec_get_value (spec, 0, 1));
  return plenary_chart_wants_log (MIN (a, b), MAX (a, b));
}

static void
add_y_axis (PlenaryChartLayout *self,
            const Axis         *axis,
            PlenaryUnit        *unit,
            double              label_right,
            double              left,
            double              right)
{
  guint n = axis->logarithmic ? axis->log_ticks->len : axis->ticks.n_ticks;
  double last_top = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      double value = axis->logarithmic ? g_array_index (axis->log_ticks, double, i)
                                       : plenary_chart_ticks_value (&axis->ticks, i);
      int decimals = axis->logarithmic ? MAX (0, (int) ceil (-log10 (value) - 1e-9)) : axis->ticks.decimals;
      double y = plenary_chart_scale_map (&axis->scale, value);
      g_autofree char *label = plenary_chart_format_tick (value, decimals, unit, self->language);
      PangoLayout *text;
      double w, h;

      plenary_chart_layout_add_line (self, value == 0 ? PLENARY_CHART_ROLE_ZERO_LINE : PLENARY_CHART_ROLE_GRIDLINE,
                                     value == 0 ? PLENARY_CHART_PAINT_AXIS : PLENARY_CHART_PAINT_GRID,
                                     left, y, right, y, 1.0);

      text = plenary_chart_text_new (self, label, self->small_size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, &w, &h);
      /* Ticks run bottom to top; skip one that would touch the last. */
      if (y + h / 2 > last_top - self->small_size * 0.2)
        {
          g_object_unref (text);
          continue;
        }
      last_top = y - h / 2;
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_TICK_LABEL, PLENARY_CHART_PAINT_SECONDARY,
                                     -1, text, label_right - w, y - h / 2);
    }
}

static double
tick_label_width (PlenaryChartLayout *self,
                  const Axis         *axis,
                  PlenaryUnit        *unit)
{
  guint n = axis->logarithmic ? axis->log_ticks->len : axis->ticks.n_ticks;
  double widest = 0;

  for (guint i = 0; i < n; i++)
    {
      double value = axis->logarithmic ? g_array_index (axis->log_ticks, double, i)
                                       : plenary_chart_ticks_value (&axis->ticks, i);
      int decimals = axis->logarithmic ? MAX (0, (int) ceil (-log10 (value) - 1e-9)) : axis->ticks.decimals;
      g_autofree char *label = plenary_chart_format_tick (value, decimals, unit, self->language);
      g_autoptr(PangoLayout) text = plenary_chart_text_new (self, label, self->small_size, FALSE, -1, 1,
                                                            PANGO_ALIGN_LEFT);
      double w;

      plenary_chart_text_get_size (text, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* A value label beside its point: the first to the left of it, the
 * second to the right, so that the arrow between them passes clear of
 * both; or above a column's top. */
typedef enum {
  PLACE_LEFT,
  PLACE_RIGHT,
  PLACE_ABOVE,
} Placement;

static void
add_value_label (PlenaryChartLayout *self,
                 PlenaryIndicator   *indicator,
                 int                 row,
                 double              x,
                 double              y,
                 double              gap,
                 Placement           placement,
                 double              min_x,
                 double              max_x)
{
  g_autofree char *label = plenary_chart_dup_value_text (indicator, self->language);
  PangoLayout *text = plenary_chart_text_new (self, label, self->font_size * 1.15, TRUE, -1, 1,
                                              PANGO_ALIGN_LEFT);
  double w, h, lx, ly;

  plenary_chart_text_get_size (text, &w, &h);
  switch (placement)
    {
    case PLACE_LEFT:
      lx = x - gap - w;
      ly = y - h / 2;
      break;
    case PLACE_RIGHT:
      lx = x + gap;
      ly = y - h / 2;
      break;
    case PLACE_ABOVE:
    default:
      lx = x - w / 2;
      ly = y - gap - h;
      break;
    }
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_VALUE_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                 row, text, CLAMP (lx, min_x, max_x - w), ly);
}

void
plenary_chart_ramp_layout (PlenaryChartLayout     *self,
                           const PlenaryChartRect *plot)
{
  PlenaryIndicator *before, *after;
  PlenaryUnit *unit;
  Axis axis = { 0, };
  double b, a, lo, hi, tick_w, left, right, top, bottom, xs[2];
  double value_h = plenary_chart_text_line_height (self, self->font_size * 1.15);
  double category_h = 0;
  PangoLayout *categories[2];

  if (plenary_chart_spec_get_n_rows (self->spec) == 0)
    return;

  before = plenary_chart_spec_get_value (self->spec, 0, 0);
  after = plenary_chart_spec_get_value (self->spec, 0, 1);
  unit = plenary_indicator_get_unit (before);
  b = plenary_indicator_get_value (before);
  a = plenary_indicator_get_value (after);
  lo = MIN (a, b);
  hi = MAX (a, b);

  axis.logarithmic = plenary_chart_wants_log (lo, hi);
  if (axis.logarithmic)
    axis.log_ticks = plenary_chart_log_ticks (lo, hi);
  else
    plenary_chart_nice_ticks (lo, hi, 6, &axis.ticks);

  tick_w = tick_label_width (self, &axis, unit);
  left = plot->x + tick_w + self->font_size * 0.6;
  right = plot->x + plot->width;
  xs[0] = left + (right - left) * 0.25;
  xs[1] = left + (right - left) * 0.75;

  for (guint i = 0; i < 2; i++)
    {
      const char *label = plenary_chart_spec_get_series_label (self->spec, i, self->language);
      PlenaryIndicator *indicator = i == 0 ? before : after;
      double h;

      if (label == NULL)
        label = plenary_indicator_get_label (indicator, self->language);
      categories[i] = plenary_chart_text_new (self, label, self->font_size, FALSE,
                                              (right - left) * 0.45, 2, PANGO_ALIGN_CENTER);
      plenary_chart_text_get_size (categories[i], NULL, &h);
      category_h = MAX (category_h, h);
    }

  top = plot->y + value_h + self->font_size * 0.3;
  bottom = plot->y + plot->height - category_h - self->font_size * 0.5;
  if (axis.logarithmic)
    plenary_chart_scale_init (&axis.scale, g_array_index (axis.log_ticks, double, 0),
                              g_array_index (axis.log_ticks, double, axis.log_ticks->len - 1),
                              bottom, top, TRUE);
  else
    plenary_chart_scale_init (&axis.scale, axis.ticks.first, axis.ticks.last, bottom, top, FALSE);

  add_y_axis (self, &axis, unit, plot->x + tick_w, left, right);

  for (guint i = 0; i < 2; i++)
    {
      double w, h;

      plenary_chart_text_get_size (categories[i], &w, &h);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_ROW_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                     0, categories[i], xs[i] - w / 2, bottom + self->font_size * 0.5);
    }

  if (axis.logarithmic)
    {
      double radius = self->font_size * 0.45;
      double y0 = plenary_chart_scale_map (&axis.scale, b);
      double y1 = plenary_chart_scale_map (&axis.scale, a);
      double dx = xs[1] - xs[0], dy = y1 - y0, length = hypot (dx, dy);
      double ux = dx / length, uy = dy / length;
      PlenaryChartItem *item;
      g_autofree char *ratio = dup_ratio (self->language, a / b, plenary_indicator_get_qualifier (after));
      PangoLayout *text;
      double w, h, mx, my;

      item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_ARROW, PLENARY_CHART_ROLE_CONNECTOR,
                                       PLENARY_CHART_PAINT_SERIES, 0);
      item->highlightable = TRUE;
      item->x0 = xs[0] + ux * radius * 1.8;
      item->y0 = y0 + uy * radius * 1.8;
      item->x1 = xs[1] - ux * radius * 1.8;
      item->y1 = y1 - uy * radius * 1.8;
      item->line_width = MAX (2.0, self->font_size * 0.16);
      item->bounds = (PlenaryChartRect) { MIN (item->x0, item->x1), MIN (item->y0, item->y1),
                                          fabs (item->x1 - item->x0), fabs (item->y1 - item->y0) };

      for (guint i = 0; i < 2; i++)
        {
          double y = i == 0 ? y0 : y1;

          item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_CIRCLE, PLENARY_CHART_ROLE_MARKER,
                                           PLENARY_CHART_PAINT_SERIES, 0);
          item->highlightable = TRUE;
          item->cx = xs[i];
          item->cy = y;
          item->radius = radius;
          item->bounds = (PlenaryChartRect) { xs[i] - radius, y - radius, 2 * radius, 2 * radius };
          add_value_label (self, i == 0 ? before : after, 0, xs[i], y, radius * 1.8,
                           i == 0 ? PLACE_LEFT : PLACE_RIGHT, left, right);
        }

      /* The ratio sits on the outer side of the arrow's middle: above and
       * left of a rising arrow, where the arrow cannot pass under it. */
      text = plenary_chart_text_new (self, ratio, self->font_size * 1.1, TRUE, (right - left) * 0.4, 2,
                                     PANGO_ALIGN_RIGHT);
      plenary_chart_text_get_size (text, &w, &h);
      mx = (xs[0] + xs[1]) / 2;
      my = (y0 + y1) / 2;
      if (y1 <= y0)
        plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_NOTE, PLENARY_CHART_PAINT_FOREGROUND, 0,
                                       text, mx - w - self->font_size * 0.5, my - h - self->font_size * 0.5);
      else
        plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_NOTE, PLENARY_CHART_PAINT_FOREGROUND, 0,
                                       text, mx - w - self->font_size * 0.5, my + self->font_size * 0.5);
    }
  else
    {
      double column = MIN ((right - left) * 0.22, self->font_size * 5);
      double zero_y = plenary_chart_scale_map (&axis.scale, 0);

      for (guint i = 0; i < 2; i++)
        {
          PlenaryIndicator *indicator = i == 0 ? before : after;
          double y = plenary_chart_scale_map (&axis.scale, plenary_indicator_get_value (indicator));
          PlenaryChartItem *item;

          item = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_BAR, PLENARY_CHART_PAINT_SERIES, 0,
                                                xs[i] - column / 2, MIN (y, zero_y), column, fabs (zero_y - y));
          item->series = (int) i;
          item->highlightable = TRUE;
          add_value_label (self, indicator, 0, xs[i], MIN (y, zero_y), self->font_size * 0.2,
                           PLACE_ABOVE, left, right);
        }
    }

  g_clear_pointer (&axis.log_ticks, g_array_unref);
}
