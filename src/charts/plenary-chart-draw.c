/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-draw"

#include <math.h>
#include <pango/pangocairo.h>

#include "plenary-chart-layout-private.h"

/* The painter: replays a layout's items onto any cairo context.  It makes
 * no decisions about where things go; all text is drawn with PangoCairo. */

static PlenaryChartColor
resolve_color (PlenaryChartLayout     *self,
               const PlenaryChartItem *item,
               int                     highlighted_row)
{
  const PlenaryChartTheme *theme = &self->theme;
  PlenaryChartColor color;

  switch (item->paint)
    {
    case PLENARY_CHART_PAINT_FOREGROUND:
      color = theme->foreground;
      break;
    case PLENARY_CHART_PAINT_SECONDARY:
      color = theme->secondary;
      break;
    case PLENARY_CHART_PAINT_GRID:
      color = theme->grid;
      break;
    case PLENARY_CHART_PAINT_AXIS:
      color = theme->axis;
      break;
    case PLENARY_CHART_PAINT_SERIES:
      color = theme->series[CLAMP (item->series, 0, PLENARY_CHART_N_SERIES_COLORS - 1)];
      break;
    case PLENARY_CHART_PAINT_NEGATIVE:
      color = theme->negative;
      break;
    case PLENARY_CHART_PAINT_PANEL:
      color = theme->panel;
      break;
    case PLENARY_CHART_PAINT_ACCENT:
      color = theme->accent;
      break;
    default:
      color = theme->foreground;
      break;
    }

  /* Highlighting a row dims the others; a colour always means the same
   * thing (result, target), so the highlighted row keeps its own. */
  if (highlighted_row >= 0 && item->row >= 0 && item->row != highlighted_row
      && (item->highlightable || item->role == PLENARY_CHART_ROLE_VALUE_LABEL
          || item->role == PLENARY_CHART_ROLE_ROW_LABEL))
    color.alpha *= item->paint == PLENARY_CHART_PAINT_PANEL ? 0.5 : 0.3;

  return color;
}

static void
set_color (cairo_t                 *cr,
           const PlenaryChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
rounded_rect (cairo_t                *cr,
              const PlenaryChartRect *rect,
              double                  radius)
{
  double r = MIN (radius, MIN (rect->width, rect->height) / 2);
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI_2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI_2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI_2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI_2);
  cairo_close_path (cr);
}

/* Hairlines land on pixel centres at 1× so that gridlines stay crisp. */
static double
snap (double value,
      double width)
{
  double rounded = round (value);
  return ((int) round (width) % 2 == 1) ? rounded + 0.5 : rounded;
}

static void
draw_line (PlenaryChartLayout     *self,
           cairo_t                *cr,
           const PlenaryChartItem *item)
{
  double width = item->line_width * self->theme.line_scale;
  double x0 = item->x0, y0 = item->y0, x1 = item->x1, y1 = item->y1;

  if (x0 == x1)
    x0 = x1 = snap (x0, width);
  if (y0 == y1)
    y0 = y1 = snap (y0, width);

  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

static void
draw_arrow (PlenaryChartLayout     *self,
            cairo_t                *cr,
            const PlenaryChartItem *item)
{
  double width = item->line_width * self->theme.line_scale;
  double angle = atan2 (item->y1 - item->y0, item->x1 - item->x0);
  double head = MAX (width * 4, self->font_size * 0.6);
  double back_x = item->x1 - head * 0.8 * cos (angle);
  double back_y = item->y1 - head * 0.8 * sin (angle);

  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, item->x0, item->y0);
  cairo_line_to (cr, back_x, back_y);
  cairo_stroke (cr);

  cairo_move_to (cr, item->x1, item->y1);
  cairo_line_to (cr, item->x1 - head * cos (angle - 0.42), item->y1 - head * sin (angle - 0.42));
  cairo_line_to (cr, item->x1 - head * cos (angle + 0.42), item->y1 - head * sin (angle + 0.42));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_sector (PlenaryChartLayout     *self,
             cairo_t                *cr,
             const PlenaryChartItem *item)
{
  /* Angles run clockwise from 12 o'clock; cairo's from 3 o'clock. */
  double a0 = item->angle_start - G_PI_2;
  double a1 = item->angle_end - G_PI_2;

  if (item->angle_end - item->angle_start <= 0)
    return;

  cairo_new_path (cr);
  cairo_arc (cr, item->cx, item->cy, item->radius, a0, a1);
  cairo_arc_negative (cr, item->cx, item->cy, item->inner_radius, a1, a0);
  cairo_close_path (cr);
  cairo_fill_preserve (cr);

  /* A thin gap in the background colour keeps neighbouring slices apart
   * even where their colours are close. */
  set_color (cr, &self->theme.background);
  if (!self->theme.paint_background)
    cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_set_line_width (cr, MAX (1.5, self->font_size * 0.12));
  cairo_stroke (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
}

static void
draw_item (PlenaryChartLayout     *self,
           cairo_t                *cr,
           const PlenaryChartItem *item,
           int                     highlighted_row)
{
  PlenaryChartColor color = resolve_color (self, item, highlighted_row);

  set_color (cr, &color);

  switch (item->shape)
    {
    case PLENARY_CHART_SHAPE_RECT:
      if (item->role == PLENARY_CHART_ROLE_PANEL)
        {
          rounded_rect (cr, &item->bounds, self->font_size * 0.6);
          cairo_fill (cr);
        }
      else
        {
          cairo_rectangle (cr, item->bounds.x, item->bounds.y, item->bounds.width, item->bounds.height);
          cairo_fill (cr);
        }
      break;

    case PLENARY_CHART_SHAPE_LINE:
      draw_line (self, cr, item);
      break;

    case PLENARY_CHART_SHAPE_ARROW:
      draw_arrow (self, cr, item);
      break;

    case PLENARY_CHART_SHAPE_TEXT:
      cairo_move_to (cr, item->bounds.x, item->bounds.y);
      pango_cairo_show_layout (cr, item->text);
      break;

    case PLENARY_CHART_SHAPE_SECTOR:
      draw_sector (self, cr, item);
      break;

    case PLENARY_CHART_SHAPE_CIRCLE:
      cairo_new_path (cr);
      cairo_arc (cr, item->cx, item->cy, item->radius, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      set_color (cr, &self->theme.background);
      if (!self->theme.paint_background)
        cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_set_line_width (cr, MAX (1.5, item->radius * 0.3));
      cairo_stroke (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_row_band (PlenaryChartLayout *self,
               cairo_t            *cr,
               int                 row,
               double              alpha,
               gboolean            ring)
{
  PlenaryChartRect bounds;
  double margin = self->font_size * 0.3;

  if (row < 0 || !plenary_chart_layout_get_row_bounds (self, (guint) row, &bounds))
    return;

  bounds.x -= margin;
  bounds.y -= margin;
  bounds.width += 2 * margin;
  bounds.height += 2 * margin;
  rounded_rect (cr, &bounds, margin * 1.5);
  cairo_set_source_rgba (cr, self->theme.accent.red, self->theme.accent.green,
                         self->theme.accent.blue, alpha);
  if (ring)
    {
      cairo_set_line_width (cr, 2.0 * MAX (1.0, self->theme.line_scale * 0.75));
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

/**
 * plenary_chart_layout_draw:
 * @highlighted_row: the row shown at full strength while the others are
 *   dimmed, or -1
 * @focus_row: the row with the keyboard focus ring, or -1
 *
 * Paints the layout at the origin of @cr's user space.
 */
void
plenary_chart_layout_draw (PlenaryChartLayout *self,
                           cairo_t            *cr,
                           int                 highlighted_row,
                           int                 focus_row)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);

  if (self->theme.paint_background)
    {
      set_color (cr, &self->theme.background);
      cairo_rectangle (cr, 0, 0, self->width, self->height);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->items->len; i++)
    draw_item (self, cr, &g_array_index (self->items, PlenaryChartItem, i), highlighted_row);

  draw_row_band (self, cr, focus_row, 0.9, TRUE);

  cairo_restore (cr);
}
