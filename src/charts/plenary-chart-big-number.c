/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-big-number"

#include <math.h>
#include <string.h>

#include "plenary-chart-layout-private.h"

/* Headline figures: one to four panels, each with the value as a reader
 * says it (the number large, its unit and qualifier smaller), what it
 * counts, and its period. */

/* Panels of one quantity (a start and an end) share the chart's scale. */
static PlenaryNumberScale
panel_scale (PlenaryChartLayout *self,
             PlenaryIndicator   *indicator)
{
  return plenary_chart_spec_choose_scale (self->spec, plenary_indicator_get_unit (indicator), self->language);
}

/* How a value is set in its panel: on one line, or with a qualifier
 * that comes before it ("aiming for", "力争") on a line of its own above
 * the number and its unit, as a headline slide sets it. */
typedef enum {
  FORM_ONE_LINE,
  FORM_QUALIFIER_ABOVE,
} ValueForm;

/* The value, its figure at @size and the words around it (qualifier,
 * currency, scale, unit) at half that. */
static PangoLayout *
value_text_new (PlenaryChartLayout     *self,
                PlenaryFormattedNumber *value,
                double                  size,
                ValueForm               form)
{
  gboolean above = form == FORM_QUALIFIER_ABOVE && plenary_formatted_number_has_leading_qualifier (value);
  guint start, end;
  g_autofree char *joined = plenary_formatted_number_join (value, PLENARY_NUMBER_JOIN_NO_BREAK, !above,
                                                           &start, &end);
  PangoLayout *text;

  if (above)
    {
      const char *qualifier = plenary_formatted_number_get_part (value, PLENARY_NUMBER_PART_QUALIFIER);
      char *lines = g_strconcat (qualifier, "\n", joined, NULL);

      start += strlen (qualifier) + 1;
      end += strlen (qualifier) + 1;
      g_free (joined);
      joined = lines;
    }
  text = plenary_chart_text_new (self, joined, MAX (size * 0.5, self->small_size), TRUE,
                                 -1, above ? 2 : 1, PANGO_ALIGN_LEFT);
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (text));

  if (end > start)
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
          int                    *label_lines,
          ValueForm              *form)
{
  PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
  g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (indicator, panel_scale (self, indicator),
                                                                      self->language);
  double inset = self->font_size * 0.9;
  double inner = cell->width - 2 * inset;
  g_autoptr(PangoLayout) label_text = NULL;
  g_autoptr(PangoLayout) period_text = NULL;
  double label_h, period_h, room, size, best = 0;

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

  /* The value shrinks until it fits the panel's width and height: on
   * one line, or, when that leaves the number small, with its qualifier
   * above it. */
  *form = FORM_ONE_LINE;
  for (ValueForm f = FORM_ONE_LINE; f <= FORM_QUALIFIER_ABOVE; f++)
    {
      if (f == FORM_QUALIFIER_ABOVE && !plenary_formatted_number_has_leading_qualifier (value))
        break;
      for (double s = size; s >= self->small_size; s *= 0.92)
        {
          g_autoptr(PangoLayout) value_text = value_text_new (self, value, s, f);
          double value_w, value_h;

          plenary_chart_text_get_size (value_text, &value_w, &value_h);
          if (value_w <= inner && (f == FORM_ONE_LINE || value_h <= room))
            {
              /* The second form only when it sets the number clearly larger. */
              if (s > best * 1.15)
                {
                  best = s;
                  *form = f;
                }
              break;
            }
        }
    }
  return best; /* 0: does not fit at all */
}

static void
add_panel (PlenaryChartLayout     *self,
           guint                   row,
           const PlenaryChartRect *cell,
           double                  size,
           int                     label_lines,
           ValueForm               form)
{
  PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, 0);
  g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (indicator, panel_scale (self, indicator),
                                                                      self->language);
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
      value_text = value_text_new (self, value, size, form);
      plenary_chart_text_get_size (value_text, &value_w, &value_h);
    }
  if (size <= 0 || value_w > inner)
    {
      g_clear_object (&value_text);
      /* Too wide even at the smallest size: still one line, so that the
       * number never parts from its unit. */
      value_text = value_text_new (self, value, self->small_size, FORM_QUALIFIER_ABOVE);
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

/* The panels' cells for a grid of @columns, each value's form, and the
 * one value size they share (0 when none fits; a value that does not fit
 * at all is set small on its own). */
static double
place_panels (PlenaryChartLayout     *self,
              const PlenaryChartRect *plot,
              guint                   columns,
              PlenaryChartRect       *cells,
              int                    *lines,
              ValueForm              *forms)
{
  guint n = plenary_chart_spec_get_n_rows (self->spec);
  guint rows = (n + columns - 1) / columns;
  double gap = self->font_size * 0.8;
  double cell_w = (plot->width - gap * (columns - 1)) / columns;
  double cell_h = (plot->height - gap * (rows - 1)) / rows;
  double size = G_MAXDOUBLE;

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

  /* All values of a chart share one size, the largest at which each fits
   * its panel, so that none looks more important than another. */
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
      fitted = fit_size (self, i, &cells[i], &lines[i], &forms[i]);
      if (fitted > 0)
        size = MIN (size, fitted);
    }
  return size == G_MAXDOUBLE ? 0 : size;
}

void
plenary_chart_big_number_layout (PlenaryChartLayout     *self,
                                 const PlenaryChartRect *plot)
{
  guint n = plenary_chart_spec_get_n_rows (self->spec);
  guint columns, rows;

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

        /* The value never breaks, so its smallest setting must fit too:
         * "more than 23 thousand charging points" is long in English. */
        {
          PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, i, 0);
          g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (indicator, panel_scale (self, indicator),
                                                                              self->language);
          g_autoptr(PangoLayout) value_text = value_text_new (self, value, self->small_size,
                                                              FORM_QUALIFIER_ABOVE);

          plenary_chart_text_get_size (value_text, &w, NULL);
          min_cell = MAX (min_cell, w + 2 * self->font_size * 0.9);
        }
      }
    grid_for (n, plot->width, MIN (min_cell, plot->width), &columns, &rows);
  }
  {
    g_autofree PlenaryChartRect *cells = g_new0 (PlenaryChartRect, n);
    g_autofree int *lines = g_new0 (int, n);
    g_autofree ValueForm *forms = g_new0 (ValueForm, n);
    double size = place_panels (self, plot, columns, cells, lines, forms);

    /* Four or more panels in a row on a plot with room for two rows (a
     * slide): two rows instead, when that sets the numbers clearly larger. */
    if (columns == n && n >= 4)
      {
        g_autofree PlenaryChartRect *cells2 = g_new0 (PlenaryChartRect, n);
        g_autofree int *lines2 = g_new0 (int, n);
        g_autofree ValueForm *forms2 = g_new0 (ValueForm, n);
        double size2 = place_panels (self, plot, 2, cells2, lines2, forms2);

        if (size2 > size * 1.2)
          {
            size = size2;
            g_free (cells);
            cells = g_steal_pointer (&cells2);
            g_free (lines);
            lines = g_steal_pointer (&lines2);
            g_free (forms);
            forms = g_steal_pointer (&forms2);
          }
      }

    for (guint i = 0; i < n; i++)
      add_panel (self, i, &cells[i], size, lines[i], forms[i]);
  }
}
