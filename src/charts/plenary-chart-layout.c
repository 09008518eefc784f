/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-layout"

#include <math.h>

#include <string.h>

#include "model/plenary-content-strings.h"
#include "plenary-chart-layout-private.h"
#include "plenary-chart-render.h"

/* The layout pass: where every piece of a chart goes at a given size.  It
 * is a pure function of the chart, the size, the language and the theme;
 * the painter, the widget's hit-testing and the tests all read the same
 * result. */

static void
clear_item (gpointer data)
{
  PlenaryChartItem *item = data;

  g_clear_object (&item->text);
}

PlenaryChartItem *
plenary_chart_layout_add (PlenaryChartLayout *self,
                          PlenaryChartShape   shape,
                          PlenaryChartRole    role,
                          PlenaryChartPaint   paint,
                          int                 row)
{
  PlenaryChartItem item = { 0, };

  item.shape = shape;
  item.role = role;
  item.paint = paint;
  item.row = row;
  item.series = 0;
  item.line_width = 1.0;
  g_array_append_val (self->items, item);

  return &g_array_index (self->items, PlenaryChartItem, self->items->len - 1);
}

PlenaryChartItem *
plenary_chart_layout_add_rect (PlenaryChartLayout *self,
                               PlenaryChartRole    role,
                               PlenaryChartPaint   paint,
                               int                 row,
                               double              x,
                               double              y,
                               double              width,
                               double              height)
{
  PlenaryChartItem *item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_RECT, role, paint, row);

  item->bounds = (PlenaryChartRect) { x, y, MAX (width, 0), MAX (height, 0) };
  return item;
}

PlenaryChartItem *
plenary_chart_layout_add_line (PlenaryChartLayout *self,
                               PlenaryChartRole    role,
                               PlenaryChartPaint   paint,
                               double              x0,
                               double              y0,
                               double              x1,
                               double              y1,
                               double              line_width)
{
  PlenaryChartItem *item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_LINE, role, paint, -1);

  item->x0 = x0;
  item->y0 = y0;
  item->x1 = x1;
  item->y1 = y1;
  item->line_width = line_width;
  item->bounds = (PlenaryChartRect) { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };
  return item;
}

/* Takes ownership of @text. */
PlenaryChartItem *
plenary_chart_layout_add_text (PlenaryChartLayout *self,
                               PlenaryChartRole    role,
                               PlenaryChartPaint   paint,
                               int                 row,
                               PangoLayout        *text,
                               double              x,
                               double              y)
{
  PlenaryChartItem *item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_TEXT, role, paint, row);
  double width, height;

  plenary_chart_text_get_size (text, &width, &height);
  item->text = text;
  item->bounds = (PlenaryChartRect) { x, y, width, height };
  return item;
}

static void
union_rect (PlenaryChartRect       *acc,
            const PlenaryChartRect *rect)
{
  double x0, y0, x1, y1;

  if (acc->width <= 0 && acc->height <= 0)
    {
      *acc = *rect;
      return;
    }
  x0 = MIN (acc->x, rect->x);
  y0 = MIN (acc->y, rect->y);
  x1 = MAX (acc->x + acc->width, rect->x + rect->width);
  y1 = MAX (acc->y + acc->height, rect->y + rect->height);
  *acc = (PlenaryChartRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* A row's area is what shows it: its label, bars, values, marker, card. */
static void
collect_rows (PlenaryChartLayout *self)
{
  guint n_rows = plenary_chart_spec_get_n_rows (self->spec);

  g_array_set_size (self->rows, n_rows);
  memset (self->rows->data, 0, sizeof (PlenaryChartRect) * n_rows);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PlenaryChartItem *item = &g_array_index (self->items, PlenaryChartItem, i);

      if (item->row >= 0 && (guint) item->row < n_rows)
        union_rect (&g_array_index (self->rows, PlenaryChartRect, item->row), &item->bounds);
    }
}

/* The unit line under the title: "单位：亿元" / "Unit: CNY 100 million".
 * Percentages carry their sign on every number, and big numbers and
 * shares carry their unit on every value, so they need none. */
static char *
dup_unit_line (PlenaryChartLayout *self)
{
  PlenaryChartType type = plenary_chart_spec_get_chart_type (self->spec);
  GPtrArray *indicators = plenary_chart_spec_get_indicators (self->spec);
  PlenaryUnit *unit;
  char *line = NULL;

  if (type == PLENARY_CHART_BIG_NUMBER || indicators->len == 0)
    return NULL;

  unit = plenary_indicator_get_unit (g_ptr_array_index (indicators, 0));
  if (plenary_unit_get_kind (unit) != PLENARY_UNIT_KIND_PERCENT)
    line = plenary_unit_dup_axis_label (unit, self->language);

  /* A logarithmic axis is said so, next to the unit. */
  if (type == PLENARY_CHART_RAMP && plenary_chart_ramp_is_logarithmic (self->spec))
    {
      const char *note = plenary_content_get (self->language, PLENARY_CONTENT_LOG_SCALE);
      char *with_note;

      if (line == NULL)
        return g_strdup (note);
      with_note = plenary_content_format (self->language, PLENARY_CONTENT_WITH_NOTE, line, note, NULL);
      g_free (line);
      return with_note;
    }
  return line;
}

/* Grouped bars with more than one row name their series in a legend; with
 * a single row the series label each bar directly. */
static gboolean
wants_legend (PlenaryChartLayout *self)
{
  return plenary_chart_spec_get_chart_type (self->spec) == PLENARY_CHART_GROUPED_BAR
         && plenary_chart_spec_get_n_rows (self->spec) > 1
         && plenary_chart_spec_get_series_label (self->spec, 0, self->language) != NULL;
}

/* Title, unit line and legend at the top, the source line at the bottom;
 * returns the rectangle left for the plot. */
static PlenaryChartRect
layout_frame (PlenaryChartLayout *self)
{
  double pad = self->pad;
  double inner = self->width - 2 * pad;
  double y = pad, bottom, w, h;
  g_autofree char *unit_line = dup_unit_line (self);
  g_autofree char *source_line = plenary_chart_dup_source_line (self->spec, self->language);
  PangoLayout *text;

  text = plenary_chart_text_new (self, plenary_chart_spec_get_title (self->spec, self->language),
                                 self->title_size, TRUE, inner, 2, PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (text, NULL, &h);
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_TITLE, PLENARY_CHART_PAINT_FOREGROUND,
                                 -1, text, pad, y);
  y += h + self->font_size * 0.2;

  if (unit_line != NULL || wants_legend (self))
    {
      double unit_w = 0, line_h = plenary_chart_text_line_height (self, self->small_size);

      if (unit_line != NULL)
        {
          text = plenary_chart_text_new (self, unit_line, self->small_size, FALSE, inner, 1,
                                         PANGO_ALIGN_LEFT);
          plenary_chart_text_get_size (text, &unit_w, &h);
          plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_UNIT, PLENARY_CHART_PAINT_SECONDARY,
                                         -1, text, pad, y);
          line_h = MAX (line_h, h);
        }

      if (wants_legend (self))
        {
          const char *labels[2];
          const int series[2] = { 0, 1 };
          double legend_w, gap = self->font_size * 1.5;

          labels[0] = plenary_chart_spec_get_series_label (self->spec, 0, self->language);
          labels[1] = plenary_chart_spec_get_series_label (self->spec, 1, self->language);
          legend_w = plenary_chart_legend_width (self, labels, 2);

          /* Beside the unit line, right-aligned, when both fit; else below. */
          if (unit_line != NULL && unit_w + gap + legend_w > inner)
            {
              y += line_h + self->font_size * 0.25;
              unit_w = 0;
            }
          h = plenary_chart_legend_add (self, labels, series, 2,
                                        unit_line != NULL && unit_w > 0
                                        ? pad + inner - legend_w
                                        : pad,
                                        y, inner);
          line_h = MAX (line_h, h);
        }
      y += line_h;
    }

  text = plenary_chart_text_new (self, source_line, self->small_size, FALSE, inner, 1,
                                 PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (text, &w, &h);
  bottom = self->height - pad - h;
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_SOURCE, PLENARY_CHART_PAINT_SECONDARY,
                                 -1, text, pad, bottom);

  y += self->font_size * 0.9;
  bottom -= self->font_size * 0.8;
  return (PlenaryChartRect) { pad, y, inner, MAX (bottom - y, 0) };
}

/**
 * plenary_chart_layout_new:
 * @context: (nullable): a context from plenary_chart_create_pango_context(),
 *   or %NULL for a new one
 *
 * Lays out @spec at @width × @height.  Free with plenary_chart_layout_free().
 */
PlenaryChartLayout *
plenary_chart_layout_new (PangoContext            *context,
                          double                   width,
                          double                   height,
                          PlenaryChartSpec        *spec,
                          PlenaryLanguage          language,
                          const PlenaryChartTheme *theme)
{
  g_autoptr(PlenaryChartTheme) fallback = NULL;
  PlenaryChartLayout *self;
  PlenaryChartRect plot;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);

  if (theme == NULL)
    theme = fallback = plenary_chart_theme_new_light ();

  self = g_new0 (PlenaryChartLayout, 1);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->theme = *theme;
  self->language = language;
  self->spec = g_object_ref (spec);
  self->context = context ? g_object_ref (context) : plenary_chart_create_pango_context (language);
  self->items = g_array_new (FALSE, TRUE, sizeof (PlenaryChartItem));
  g_array_set_clear_func (self->items, clear_item);
  self->rows = g_array_new (FALSE, TRUE, sizeof (PlenaryChartRect));

  self->font_size = plenary_chart_theme_get_font_size (theme, self->width, self->height);
  self->small_size = MAX (self->font_size * 0.86, theme->min_font_size);
  self->title_size = self->font_size * 1.3;
  self->pad = round (self->font_size * 1.1);

  plot = layout_frame (self);

  switch (plenary_chart_spec_get_chart_type (spec))
    {
    case PLENARY_CHART_BAR:
      plenary_chart_bar_layout (self, &plot);
      break;
    case PLENARY_CHART_GROUPED_BAR:
      plenary_chart_grouped_bar_layout (self, &plot);
      break;
    case PLENARY_CHART_DIVERGING_BAR:
      plenary_chart_diverging_bar_layout (self, &plot);
      break;
    case PLENARY_CHART_SHARE:
      plenary_chart_share_layout (self, &plot);
      break;
    case PLENARY_CHART_RAMP:
      plenary_chart_ramp_layout (self, &plot);
      break;
    case PLENARY_CHART_BIG_NUMBER:
      plenary_chart_big_number_layout (self, &plot);
      break;
    default:
      g_assert_not_reached ();
    }

  collect_rows (self);
  return self;
}

void
plenary_chart_layout_free (PlenaryChartLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->spec);
  g_clear_object (&self->context);
  g_free (self);
}

double
plenary_chart_layout_get_width (PlenaryChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

double
plenary_chart_layout_get_height (PlenaryChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

double
plenary_chart_layout_get_font_size (PlenaryChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->font_size;
}

guint
plenary_chart_layout_get_n_items (PlenaryChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const PlenaryChartItem *
plenary_chart_layout_get_item (PlenaryChartLayout *self,
                               guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, PlenaryChartItem, index);
}

guint
plenary_chart_layout_get_n_rows (PlenaryChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

gboolean
plenary_chart_layout_get_row_bounds (PlenaryChartLayout *self,
                                     guint               row,
                                     PlenaryChartRect   *bounds)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (row >= self->rows->len)
    return FALSE;
  *bounds = g_array_index (self->rows, PlenaryChartRect, row);
  return bounds->width > 0 && bounds->height > 0;
}

/* The row under (@x, @y): first an item of a row that contains the point
 * (a slice of a donut is tested by angle and radius), then a row's whole
 * area; -1 for none. */
int
plenary_chart_layout_hit_row (PlenaryChartLayout *self,
                              double              x,
                              double              y)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = self->items->len; i > 0; i--)
    {
      const PlenaryChartItem *item = &g_array_index (self->items, PlenaryChartItem, i - 1);

      if (item->row < 0)
        continue;

      if (item->shape == PLENARY_CHART_SHAPE_SECTOR)
        {
          double dx = x - item->cx, dy = y - item->cy;
          double r = hypot (dx, dy);
          double angle = atan2 (dx, -dy); /* clockwise from 12 o'clock */

          if (angle < 0)
            angle += 2 * G_PI;
          if (r >= item->inner_radius && r <= item->radius
              && angle >= item->angle_start && angle < item->angle_end)
            return item->row;
        }
      else if (plenary_chart_rect_contains_point (&item->bounds, x, y))
        return item->row;
    }

  /* A donut's rows are its slices and list lines, not their union,
   * which would cover the whole ring. */
  if (plenary_chart_spec_get_chart_type (self->spec) == PLENARY_CHART_SHARE)
    return -1;

  for (guint row = 0; row < self->rows->len; row++)
    if (plenary_chart_rect_contains_point (&g_array_index (self->rows, PlenaryChartRect, row), x, y))
      return (int) row;

  return -1;
}

/* The height a chart reads best at when @width wide: bar charts grow with
 * their rows, the others keep an aspect ratio. */
double
plenary_chart_preferred_height (PlenaryChartSpec *spec,
                                double            width)
{
  guint n_rows, bands;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), 300);

  n_rows = plenary_chart_spec_get_n_rows (spec);
  switch (plenary_chart_spec_get_chart_type (spec))
    {
    case PLENARY_CHART_BIG_NUMBER:
      return CLAMP (width * (n_rows > 2 ? 0.62 : 0.45), 200, 440);
    case PLENARY_CHART_SHARE:
    case PLENARY_CHART_RAMP:
      return CLAMP (width * 0.62, 260, 520);
    case PLENARY_CHART_GROUPED_BAR:
      bands = n_rows == 1 ? 2 : n_rows * 2;
      break;
    case PLENARY_CHART_BAR:
    case PLENARY_CHART_DIVERGING_BAR:
    default:
      bands = n_rows;
      break;
    }

  return CLAMP (MAX (width * 0.5, 130 + bands * 38.0), 240, 640);
}

const char *
plenary_chart_item_get_text (const PlenaryChartItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);
  return item->text ? pango_layout_get_text (item->text) : NULL;
}

/* Rectangles that only touch do not intersect. */
gboolean
plenary_chart_rect_intersects (const PlenaryChartRect *a,
                               const PlenaryChartRect *b)
{
  const double epsilon = 1e-6;

  return a->x < b->x + b->width - epsilon && b->x < a->x + a->width - epsilon
         && a->y < b->y + b->height - epsilon && b->y < a->y + a->height - epsilon;
}

gboolean
plenary_chart_rect_contains_point (const PlenaryChartRect *rect,
                                   double                  x,
                                   double                  y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

gboolean
plenary_chart_rect_inside (const PlenaryChartRect *inner,
                           const PlenaryChartRect *outer)
{
  const double epsilon = 1e-6;

  return inner->x >= outer->x - epsilon && inner->y >= outer->y - epsilon
         && inner->x + inner->width <= outer->x + outer->width + epsilon
         && inner->y + inner->height <= outer->y + outer->height + epsilon;
}
