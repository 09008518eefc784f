/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-big-number"

#include <math.h>
#include <string.h>

#include "plenary-chart-layout-private.h"

/* Headline figures: one to four panels, each with the value as a reader
 * says it (the number large, its unit and qualifier smaller), what it
 * counts, and its period. */

/* The figures inside @text: from the first digit (or minus sign) to the
 * last digit, decimal point or separator after it. */
static gboolean
find_number (const char *text,
             guint      *start,
             guint      *end)
{
  const char *p = text;
  const char *first = NULL, *last = NULL;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean digit = g_unichar_isdigit (c);

      if (first == NULL)
        {
          if (digit || c == 0x2212)
            first = last = p;
        }
      else if (digit || ((c == '.' || c == ',') && g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (p)))))
        last = p;
      else
        break;
    }

  if (first == NULL)
    return FALSE;
  *start = (guint) (first - text);
  *end = (guint) (g_utf8_next_char (last) - text);
  return TRUE;
}

static PangoLayout *
value_text_new (PlenaryChartLayout *self,
                const char         *value,
                double              size)
{
  PangoLayout *text = plenary_chart_text_new (self, value, MAX (size * 0.5, self->small_size), TRUE,
                                              -1, 1, PANGO_ALIGN_LEFT);
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (text));
  guint start, end;

  if (find_number (value, &start, &end))
    {
      PangoAttribute *attr = pango_attr_size_new_absolute ((int) (size * PANGO_SCALE));

      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (text, attrs);
  pango_attr_list_unref (attrs);
  return text;
}

/* Panels go side by side while each keeps room for a large value and a
 * label (about 12 body-text widths), else in two columns, else one: the
 * grid follows the width only, so a chart keeps its shape whatever its
 * height. */
static void
grid_for (guint   n,
          double  width,
          double  min_cell,
          guint  *columns,
          guint  *rows)
{
  if (n <= 1)
    *columns = 1;
  else if (width / n >= min_cell)
    *columns = n;
  else if (n >= 3 && width / 2 >= min_cell)
    *columns = 2;
  else
    *columns = 1;

  *rows = (n + *columns - 1) / *columns;
}

/* The largest value size that fits @cell beside the label and period,
 * and the label's line count it leaves. */
static double
fit_size (PlenaryChartLayout     *self,
          guint                   row,
          const PlenaryChartRect *cell,
          int                    *label_lines)
{
  PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
  g_autofree char *value = plenary_indicator_dup_display (indicator, self->language);
  double inset = self->font_size * 0.9;
  double inner = cell->width - 2 * inset;
  g_autoptr(PangoLayout) label_text = NULL;
  g_autoptr(PangoLayout) period_text = NULL;
  double label_h, period_h, room, size;

  label_text = plenary_chart_text_new_fitted (self, plenary_chart_spec_get_row_label (self->spec, row, self->language),
                                              self->font_size, self->small_size, FALSE, inner, 2,
                                              PANGO_ALIGN_LEFT);
  period_text = plenary_chart_text_new (self, "2019", self->small_size, FALSE, inner, 1, PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (label_text, NULL, &label_h);
  plenary_chart_text_get_size (period_text, NULL, &period_h);
  *label_lines = pango_layout_get_line_count (label_text);

  /* The label keeps all its lines (it is never cut short); the value
   * takes the room that is left, up to 3.2 times the body text. */
  room = cell->height - inset * 1.2 - label_h - period_h - self->font_size * 0.3;
  size = MAX (MIN (self->font_size * 3.2, room / 1.3), self->font_size * 1.2);

  /* The value shrinks until it fits the panel's width. */
  for (; size >= self->small_size; size *= 0.92)
    {
      g_autoptr(PangoLayout) value_text = value_text_new (self, value, size);
      double value_w;

      plenary_chart_text_get_size (value_text, &value_w, NULL);
      if (value_w <= inner)
        return size;
    }
  return 0; /* does not fit on one line at all */
}

static void
add_panel (PlenaryChartLayout     *self,
           guint                   row,
           const PlenaryChartRect *cell,
           double                  size,
           int                     label_lines)
{
  PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
  g_autofree char *value = plenary_indicator_dup_display (indicator, self->language);
  g_autofree char *period = plenary_indicator_dup_period_label (indicator, self->language);
  double inset = self->font_size * 0.9;
  double inner = cell->width - 2 * inset;
  double label_h, period_h, value_w = 0, value_h = 0, total, y;
  PangoLayout *value_text = NULL, *label_text, *period_text;
  PlenaryChartItem *item;

  item = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_PANEL, PLENARY_CHART_PAINT_PANEL,
                                        (int) row, cell->x, cell->y, cell->width, cell->height);
  item->highlightable = TRUE;

  label_text = plenary_chart_text_new_fitted (self, plenary_chart_spec_get_row_label (self->spec, row, self->language),
                                              self->font_size, self->small_size, FALSE, inner,
                                              MAX (label_lines, 2), PANGO_ALIGN_LEFT);
  period_text = plenary_chart_text_new (self, period, self->small_size, FALSE, inner, 1, PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (label_text, NULL, &label_h);
  plenary_chart_text_get_size (period_text, NULL, &period_h);

  if (size > 0)
    {
      value_text = value_text_new (self, value, size);
      plenary_chart_text_get_size (value_text, &value_w, &value_h);
    }
  if (size <= 0 || value_w > inner)
    {
      g_clear_object (&value_text);
      /* Too wide even at the smallest size: still one line, so that the
       * number never parts from its unit. */
      value_text = value_text_new (self, value, self->small_size);
      plenary_chart_text_get_size (value_text, &value_w, &value_h);
    }

  total = value_h + label_h + period_h + self->font_size * 0.3;
  y = cell->y + MAX ((cell->height - total) / 2, inset * 0.5);
  item = plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_BIG_VALUE, PLENARY_CHART_PAINT_FOREGROUND,
                                        (int) row, value_text, cell->x + inset, y);
  y += value_h + self->font_size * 0.15;
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_ROW_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                 (int) row, label_text, cell->x + inset, y);
  y += label_h + self->font_size * 0.15;
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_PERIOD, PLENARY_CHART_PAINT_SECONDARY,
                                 (int) row, period_text, cell->x + inset, y);
}

void
plenary_chart_big_number_layout (PlenaryChartLayout     *self,
                                 const PlenaryChartRect *plot)
{
  guint n = plenary_chart_spec_get_n_rows (self->spec);
  guint columns, rows;
  double gap = self->font_size * 0.8;
  double cell_w, cell_h;

  if (n == 0)
    return;

  /* A panel is wide enough for its label's longest word (a Chinese
   * phrase does not break) as well as for a large value. */
  {
    double min_cell = self->font_size * 12;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PangoLayout) squeezed = plenary_chart_text_new (self,
                                            plenary_chart_spec_get_row_label (self->spec, i, self->language),
                                            self->small_size, FALSE, 1, 1, PANGO_ALIGN_LEFT);
        double w;

        plenary_chart_text_get_size (squeezed, &w, NULL);
        min_cell = MAX (min_cell, w + 2 * self->font_size * 0.9);
      }
    grid_for (n, plot->width, MIN (min_cell, plot->width), &columns, &rows);
  }
  cell_w = (plot->width - gap * (columns - 1)) / columns;
  cell_h = (plot->height - gap * (rows - 1)) / rows;

  /* Panels need not be taller than their text: the tallest label with a
   * value at its largest size. */
  {
    double need = 0;

    for (guint i = 0; i < n; i++)
      {
        double inset = self->font_size * 0.9;
        double inner = cell_w - 2 * inset;
        g_autoptr(PangoLayout) label = plenary_chart_text_new_fitted (self,
                                         plenary_chart_spec_get_row_label (self->spec, i, self->language),
                                         self->font_size, self->small_size, FALSE, inner, 2,
                                         PANGO_ALIGN_LEFT);
        double label_h;

        plenary_chart_text_get_size (label, NULL, &label_h);
        need = MAX (need, inset * 1.2 + label_h + plenary_chart_text_line_height (self, self->small_size)
                          + self->font_size * 0.3 + self->font_size * 3.2 * 1.3);
      }
    cell_h = MIN (cell_h, MIN (need, self->font_size * 11));
  }

  {
    g_autofree PlenaryChartRect *cells = g_new0 (PlenaryChartRect, n);
    g_autofree int *lines = g_new0 (int, n);
    double size = G_MAXDOUBLE;

    /* All values of a chart share one size, the largest at which each
     * fits its panel, so that none looks more important than another. */
    for (guint i = 0; i < n; i++)
      {
        guint column = i % columns, line = i / columns;
        double fitted;

        cells[i] = (PlenaryChartRect) {
          plot->x + column * (cell_w + gap),
          plot->y + (plot->height - (cell_h * rows + gap * (rows - 1))) / 2 + line * (cell_h + gap),
          cell_w,
          cell_h,
        };
        fitted = fit_size (self, i, &cells[i], &lines[i]);
        if (fitted > 0)
          size = MIN (size, fitted);
      }

    for (guint i = 0; i < n; i++)
      add_panel (self, i, &cells[i], size == G_MAXDOUBLE ? 0 : size, lines[i]);
  }
}
