/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-share"

#include <math.h>

#include "plenary-content-strings.h"
#include "plenary-chart-layout-private.h"

/* Parts of a whole: a donut with the total in its middle, and beside it
 * (or below it, when the chart is narrow) a list naming each part with
 * its value and share.  The list, not labels around the ring, carries the
 * text, so that no label can collide with another however small a slice. */

typedef struct
{
  double x, y, width;
  double row_height;
  double value_width;
  double percent_width;
} List;

static double
total_of (PlenaryChartSpec *spec)
{
  double total = 0;

  for (guint row = 0; row < plenary_chart_spec_get_n_rows (spec); row++)
    total += MAX (plenary_indicator_get_value (plenary_chart_spec_get_value (spec, row, 0)), 0);
  return total;
}

static char *
dup_percent (double value,
             double total)
{
  g_autofree char *number = plenary_format_number (total > 0 ? 100 * value / total : 0, 1, FALSE);
  return g_strconcat (number, "%", NULL);
}

static void
measure_list (PlenaryChartLayout *self,
              double              total,
              List               *list)
{
  for (guint row = 0; row < plenary_chart_spec_get_n_rows (self->spec); row++)
    {
      PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
      g_autofree char *value = plenary_chart_dup_value_text (self, indicator);
      g_autofree char *percent = dup_percent (plenary_indicator_get_value (indicator), total);
      g_autoptr(PangoLayout) value_text = plenary_chart_text_new (self, value, self->font_size,
                                                                  FALSE, -1, 1, PANGO_ALIGN_LEFT);
      g_autoptr(PangoLayout) percent_text = plenary_chart_text_new (self, percent, self->font_size,
                                                                    TRUE, -1, 1, PANGO_ALIGN_LEFT);
      double w;

      plenary_chart_text_get_size (value_text, &w, NULL);
      list->value_width = MAX (list->value_width, w);
      plenary_chart_text_get_size (percent_text, &w, NULL);
      list->percent_width = MAX (list->percent_width, w);
    }
}

static void
add_list (PlenaryChartLayout *self,
          const List         *list,
          double              total)
{
  double swatch = self->font_size * 0.8;
  double gap = self->font_size * 0.8;
  double label_x = list->x + swatch + self->font_size * 0.5;
  double percent_x = list->x + list->width - list->percent_width;
  double value_x = percent_x - gap - list->value_width;
  double label_width = value_x - gap - label_x;

  for (guint row = 0; row < plenary_chart_spec_get_n_rows (self->spec); row++)
    {
      PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
      g_autofree char *value = plenary_chart_dup_value_text (self, indicator);
      g_autofree char *percent = dup_percent (plenary_indicator_get_value (indicator), total);
      double y = list->y + row * list->row_height;
      PlenaryChartItem *item;
      PangoLayout *text;
      double w, h;

      item = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_LEGEND_SWATCH,
                                            PLENARY_CHART_PAINT_SERIES, (int) row, list->x,
                                            y + (list->row_height - swatch) / 2, swatch, swatch);
      item->series = plenary_chart_series_for_part (row);
      item->highlightable = TRUE;

      text = plenary_chart_text_new (self, plenary_chart_spec_get_row_label (self->spec, row, self->language),
                                     self->font_size, FALSE, MAX (label_width, self->font_size), 1,
                                     PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, &w, &h);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_ROW_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                     (int) row, text, label_x, y + (list->row_height - h) / 2);

      text = plenary_chart_text_new (self, value, self->font_size, FALSE, list->value_width, 1,
                                     PANGO_ALIGN_RIGHT);
      plenary_chart_text_get_size (text, &w, &h);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_VALUE_LABEL, PLENARY_CHART_PAINT_SECONDARY,
                                     (int) row, text, value_x, y + (list->row_height - h) / 2);

      text = plenary_chart_text_new (self, percent, self->font_size, TRUE, list->percent_width, 1,
                                     PANGO_ALIGN_RIGHT);
      plenary_chart_text_get_size (text, &w, &h);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_VALUE_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                     (int) row, text, percent_x, y + (list->row_height - h) / 2);
    }
}

static void
add_total (PlenaryChartLayout *self,
           double              cx,
           double              cy,
           double              inner_radius,
           double              total)
{
  PlenaryIndicator *first = plenary_chart_spec_get_value (self->spec, 0, 0);
  PlenaryUnit *unit = plenary_indicator_get_unit (first);
  g_autofree char *value = plenary_format_on_axis (total, -1, unit,
                                                   plenary_chart_spec_choose_scale (self->spec, unit,
                                                                                    self->language),
                                                   self->language);
  const char *caption = plenary_content_get (self->language, PLENARY_CONTENT_TOTAL);
  double size = MIN (self->font_size * 1.5, inner_radius * 0.55);
  PangoLayout *value_text, *caption_text;
  double vw, vh, cw, ch;

  if (size < self->theme.min_font_size)
    return;

  value_text = plenary_chart_text_new (self, value, size, TRUE, -1, 1, PANGO_ALIGN_LEFT);
  caption_text = plenary_chart_text_new (self, caption, self->small_size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (value_text, &vw, &vh);
  plenary_chart_text_get_size (caption_text, &cw, &ch);

  /* Only when it fits inside the hole. */
  if (hypot (MAX (vw, cw) / 2, (vh + ch) / 2) > inner_radius * 0.95)
    {
      g_object_unref (value_text);
      g_object_unref (caption_text);
      return;
    }

  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_NOTE, PLENARY_CHART_PAINT_FOREGROUND, -1,
                                 value_text, cx - vw / 2, cy - (vh + ch) / 2);
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_NOTE, PLENARY_CHART_PAINT_SECONDARY, -1,
                                 caption_text, cx - cw / 2, cy - (vh + ch) / 2 + vh);
}

void
plenary_chart_share_layout (PlenaryChartLayout     *self,
                            const PlenaryChartRect *plot)
{
  guint n_rows = plenary_chart_spec_get_n_rows (self->spec);
  double total = total_of (self->spec);
  double line_h = plenary_chart_text_line_height (self, self->font_size);
  List list = { 0, };
  double diameter, cx, cy, radius, angle = 0;
  double list_height;
  gboolean beside = plot->width >= plot->height * 1.3;

  if (n_rows == 0)
    return;

  measure_list (self, total, &list);
  list.row_height = line_h * 1.5;
  list_height = list.row_height * n_rows;

  if (beside)
    {
      double label_w = 0, group_w, left;

      for (guint row = 0; row < n_rows; row++)
        {
          g_autoptr(PangoLayout) text = plenary_chart_text_new (self,
                                                                plenary_chart_spec_get_row_label (self->spec, row, self->language),
                                                                self->font_size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
          double w;

          plenary_chart_text_get_size (text, &w, NULL);
          label_w = MAX (label_w, w);
        }

      /* The donut and its list are centred together; the list is as wide
       * as its columns need, so that values stay near their labels. */
      diameter = MIN (plot->height, plot->width * 0.42);
      list.width = self->font_size * 1.3 + label_w + self->font_size * 2.2
                   + list.value_width + list.percent_width;
      list.width = MIN (list.width, plot->width - diameter - self->font_size * 2);
      group_w = diameter + self->font_size * 2.5 + list.width;
      left = plot->x + MAX (0, (plot->width - group_w) / 2);
      cx = left + diameter / 2;
      cy = plot->y + plot->height / 2;
      list.x = left + diameter + self->font_size * 2.5;
      list.y = cy - list_height / 2;
    }
  else
    {
      diameter = MIN (plot->width * 0.7, plot->height - list_height - self->font_size);
      diameter = MAX (diameter, self->font_size * 4);
      list.width = plot->width;
      cx = plot->x + plot->width / 2;
      cy = plot->y + diameter / 2;
      list.x = plot->x;
      list.y = plot->y + diameter + self->font_size;
    }

  radius = diameter / 2;
  for (guint row = 0; row < n_rows; row++)
    {
      double value = MAX (plenary_indicator_get_value (plenary_chart_spec_get_value (self->spec, row, 0)), 0);
      double sweep = total > 0 ? 2 * G_PI * value / total : 0;
      PlenaryChartItem *item;

      item = plenary_chart_layout_add (self, PLENARY_CHART_SHAPE_SECTOR, PLENARY_CHART_ROLE_SLICE,
                                       PLENARY_CHART_PAINT_SERIES, (int) row);
      item->series = plenary_chart_series_for_part (row);
      item->highlightable = TRUE;
      item->cx = cx;
      item->cy = cy;
      item->radius = radius;
      item->inner_radius = radius * 0.58;
      item->angle_start = angle;
      item->angle_end = angle + sweep;
      item->bounds = (PlenaryChartRect) { cx - radius, cy - radius, diameter, diameter };
      angle += sweep;
    }

  add_total (self, cx, cy, radius * 0.58, total);
  add_list (self, &list, total);
}
