/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-hbars"

#include <math.h>

#include "plenary-chart-layout-private.h"

/* Horizontal bars: labels in a column on the left, bars from zero, the
 * value printed just past the end of each bar, and the value axis below.
 * Space for every label and value is measured first, so that nothing
 * overlaps at any size. */

typedef struct
{
  double label_width;   /* the label column */
  double pos_width;     /* widest value label right of a bar */
  double neg_width;     /* widest value label left of a bar */
  double value_gap;
  double band;
  double line_height;
  int    label_lines;
  gboolean axis;
  gboolean stacked;     /* each label on its own line above its bars */
} Metrics;

/* A target given as a bound ("≤3.5%", "≥95%") rather than an amount. */
gboolean
plenary_chart_is_bound (PlenaryIndicator *indicator)
{
  switch (plenary_indicator_get_qualifier (indicator))
    {
    case PLENARY_QUALIFIER_AT_MOST:
    case PLENARY_QUALIFIER_AT_LEAST:
      return TRUE;
    case PLENARY_QUALIFIER_MORE_THAN:
      return plenary_indicator_get_kind (indicator) == PLENARY_INDICATOR_TARGET;
    default:
      return FALSE;
    }
}

static double
value_of (const PlenaryChartBar *bar)
{
  return plenary_indicator_get_value (bar->indicator);
}

static guint
max_bars (const PlenaryChartBand *bands,
          guint                   n_bands)
{
  guint n = 1;

  for (guint i = 0; i < n_bands; i++)
    n = MAX (n, bands[i].n_bars);
  return n;
}

static void
measure_values (PlenaryChartLayout     *self,
                const PlenaryChartBand *bands,
                guint                   n_bands,
                Metrics                *m)
{
  for (guint i = 0; i < n_bands; i++)
    for (guint j = 0; j < bands[i].n_bars; j++)
      {
        g_autofree char *label = plenary_chart_dup_value_text (bands[i].bars[j].indicator, self->language);
        g_autoptr(PangoLayout) text = plenary_chart_text_new (self, label, self->font_size, FALSE,
                                                              -1, 1, PANGO_ALIGN_LEFT);
        double w;

        plenary_chart_text_get_size (text, &w, NULL);
        if (value_of (&bands[i].bars[j]) < 0)
          m->neg_width = MAX (m->neg_width, w);
        else
          m->pos_width = MAX (m->pos_width, w);
      }
}

static double
natural_width (PlenaryChartLayout *self,
               const char         *label)
{
  g_autoptr(PangoLayout) text = plenary_chart_text_new (self, label, self->font_size, FALSE, -1, 1,
                                                        PANGO_ALIGN_LEFT);
  double w;

  plenary_chart_text_get_size (text, &w, NULL);
  return w;
}

static int
lines_needed (PlenaryChartLayout     *self,
              const PlenaryChartBand *bands,
              guint                   n_bands,
              double                  width)
{
  int needed = 1;

  for (guint i = 0; i < n_bands; i++)
    {
      g_autoptr(PangoLayout) text = plenary_chart_text_new (self, bands[i].label, self->font_size,
                                                            FALSE, width, 4, PANGO_ALIGN_LEFT);
      needed = MAX (needed, pango_layout_get_line_count (text));
    }
  return MIN (needed, 3);
}

static int
lines_that_fit (PlenaryChartLayout     *self,
                const PlenaryChartRect *plot,
                guint                   n_bands,
                guint                   nb,
                int                     wanted,
                gboolean                axis,
                const Metrics          *m,
                double                 *band)
{
  double available = plot->height - (axis ? plenary_chart_axis_height (self) : 0);
  double bars = nb == 1 ? m->line_height * 1.05 : m->line_height + self->font_size * 0.6;
  double band_max = MAX (self->font_size * (nb == 1 ? 2.6 : 4.0),
                         MAX (wanted * m->line_height, bars) + self->font_size * 0.8);

  *band = MIN (available / MAX (n_bands, 1), band_max);
  if (*band < bars)
    return 0;
  return (int) floor ((*band - self->font_size * 0.15) / m->line_height);
}

/* The label column is as wide as its longest label needs, up to a share
 * of the plot; longer labels wrap, and where the rows are too low for the
 * lines that takes the column widens, then the tick labels give way (the
 * values are printed on the bars anyway). */
static void
fit_labels (PlenaryChartLayout     *self,
            const PlenaryChartRect *plot,
            const PlenaryChartBand *bands,
            guint                   n_bands,
            Metrics                *m)
{
  guint nb = max_bars (bands, n_bands);
  double widest = 0, band_axis, band_bare;
  int needed, fit_axis, fit_bare;

  double longest_word = 0;

  for (guint i = 0; i < n_bands; i++)
    {
      g_autoptr(PangoLayout) squeezed = plenary_chart_text_new (self, bands[i].label, self->font_size,
                                                                FALSE, 1, 1, PANGO_ALIGN_LEFT);
      double w;

      widest = MAX (widest, natural_width (self, bands[i].label));
      plenary_chart_text_get_size (squeezed, &w, NULL);
      longest_word = MAX (longest_word, w);
    }

  /* Narrow charts (a phone-width card) and labels with a word too long for
   * a column set each label on its own line above its bars, OWID's habit
   * on small screens: the bars then keep the whole width. */
  if (longest_word > plot->width * 0.46 || plot->width < self->font_size * 24)
    {
      double bars = nb == 1 ? m->line_height * 1.05 : m->line_height * 2;
      double available = plot->height - plenary_chart_axis_height (self);
      int lines;

      m->stacked = TRUE;
      m->axis = TRUE;
      m->label_width = plot->width;
      lines = lines_needed (self, bands, n_bands, plot->width);
      m->label_lines = CLAMP (lines, 1, 3);
      m->band = MIN (m->label_lines * m->line_height + self->font_size * 0.25 + bars + self->font_size * 0.7,
                     available / MAX (n_bands, 1));
      return;
    }

  /* Wide enough for the longest word (a label breaks only between words),
   * as long as that leaves the bars most of the width. */
  m->label_width = MIN (widest, MAX (plot->width * 0.36, MIN (longest_word, plot->width * 0.46)));
  needed = lines_needed (self, bands, n_bands, m->label_width);
  fit_axis = lines_that_fit (self, plot, n_bands, nb, needed, TRUE, m, &band_axis);

  if (fit_axis < needed && widest > m->label_width)
    {
      m->label_width = MIN (widest, plot->width * 0.46);
      needed = lines_needed (self, bands, n_bands, m->label_width);
      fit_axis = lines_that_fit (self, plot, n_bands, nb, needed, TRUE, m, &band_axis);
    }

  fit_bare = lines_that_fit (self, plot, n_bands, nb, needed, FALSE, m, &band_bare);
  m->axis = fit_axis >= needed || fit_bare <= fit_axis;
  m->band = m->axis ? band_axis : band_bare;
  m->label_lines = CLAMP (MIN (m->axis ? fit_axis : fit_bare, needed), 1, 3);
}

/* A label that wraps is given a width that splits it into lines of about
 * equal length, rather than a full line and an orphan. */
static double
balanced_width (PlenaryChartLayout *self,
                const char         *label,
                double              column,
                int                 max_lines)
{
  double natural = natural_width (self, label);
  int lines, column_lines;
  double width;

  if (natural <= column)
    return column;

  {
    g_autoptr(PangoLayout) text = plenary_chart_text_new (self, label, self->font_size, FALSE,
                                                          column, 8, PANGO_ALIGN_LEFT);
    column_lines = pango_layout_get_line_count (text);
  }
  lines = MIN (column_lines, max_lines);

  /* Words do not split evenly: widen until the label takes no more lines
   * than it would at the full column width. */
  {
    g_autoptr(PangoLayout) squeezed = plenary_chart_text_new (self, label, self->font_size, FALSE, 1, 1,
                                                              PANGO_ALIGN_LEFT);
    double longest_word;

    plenary_chart_text_get_size (squeezed, &longest_word, NULL);
    width = MIN (column, MAX (natural / lines * 1.05, longest_word + 0.5));
  }
  for (; width < column; width += self->font_size * 0.5)
    {
      g_autoptr(PangoLayout) text = plenary_chart_text_new (self, label, self->font_size, FALSE,
                                                            width, 8, PANGO_ALIGN_LEFT);
      if (pango_layout_get_line_count (text) <= column_lines)
        return width;
    }
  return column;
}

void
plenary_chart_hbars_layout (PlenaryChartLayout     *self,
                            const PlenaryChartRect *plot,
                            const PlenaryChartBand *bands,
                            guint                   n_bands)
{
  Metrics m = { 0, };
  PlenaryChartTicks ticks;
  PlenaryChartScale scale;
  PlenaryUnit *unit = NULL;
  double data_min = 0, data_max = 0;
  double bar_start, bar_end, top, bottom, zero_x, thickness, inner_gap;
  guint nb = max_bars (bands, n_bands);

  if (n_bands == 0)
    return;

  m.value_gap = self->font_size * 0.4;
  m.line_height = plenary_chart_text_line_height (self, self->font_size);
  measure_values (self, bands, n_bands, &m);
  fit_labels (self, plot, bands, n_bands, &m);

  for (guint i = 0; i < n_bands; i++)
    for (guint j = 0; j < bands[i].n_bars; j++)
      {
        double v = value_of (&bands[i].bars[j]);

        unit = plenary_indicator_get_unit (bands[i].bars[j].indicator);
        data_min = MIN (data_min, v);
        data_max = MAX (data_max, v);
      }

  bar_start = m.stacked ? plot->x : plot->x + m.label_width + self->font_size * 0.9;
  if (m.neg_width > 0)
    bar_start += m.neg_width + m.value_gap;
  bar_end = plot->x + plot->width - m.pos_width - m.value_gap;

  /* Keep at least a third of the width for the bars themselves. */
  if (!m.stacked && bar_end - bar_start < plot->width / 3)
    {
      double deficit = plot->width / 3 - (bar_end - bar_start);
      double shrink = MIN (deficit, m.label_width - plot->width * 0.2);

      if (shrink > 0)
        {
          m.label_width -= shrink;
          bar_start -= shrink;
        }
    }

  plenary_chart_nice_ticks (data_min, data_max, plenary_chart_axis_max_ticks (self, bar_end - bar_start),
                            &ticks);
  plenary_chart_scale_init (&scale, ticks.first, ticks.last, bar_start, bar_end, FALSE);

  /* The bars and their axis sit a little above the middle of the plot. */
  top = plot->y;
  bottom = top + m.band * n_bands;
  {
    double block = bottom - top + (m.axis ? plenary_chart_axis_height (self) : 0);
    double shift = MAX (0, (plot->height - block) * 0.4);

    top += shift;
    bottom += shift;
  }

  plenary_chart_axis_add_x (self, &ticks, &scale, unit, top, bottom, m.axis,
                            bar_start - self->font_size, plot->x + plot->width);

  if (m.stacked)
    {
      /* Below its label, a band holds its bars: the room left by the
       * label's lines and a gap before the next label. */
      double room = m.band - m.label_lines * m.line_height - self->font_size * 0.95;

      room = MAX (room, self->font_size * 0.6);
      if (nb == 1)
        {
          thickness = MIN (room * 0.9, self->font_size * 1.3);
          inner_gap = 0;
        }
      else
        {
          thickness = MIN (self->font_size * 1.1, MAX (room / 2 - self->font_size * 0.1, self->font_size * 0.3));
          inner_gap = MAX (room - 2 * thickness, 0);
        }
    }
  else if (nb == 1)
    {
      thickness = MIN (m.band * 0.62, self->font_size * 2.0);
      inner_gap = 0;
    }
  else
    {
      /* The two value labels of a pair sit one above the other, so the
       * pair's bars are spaced at least a line apart. */
      thickness = MIN (MIN (m.band * 0.38, self->font_size * 1.5),
                       MAX (m.band * 0.92 - m.line_height, self->font_size * 0.3));
      inner_gap = MAX (MIN (thickness * 0.2, m.band * 0.06), m.line_height - thickness);
    }
  zero_x = plenary_chart_scale_map (&scale, 0);

  for (guint i = 0; i < n_bands; i++)
    {
      const PlenaryChartBand *band = &bands[i];
      double band_top = top + i * m.band;
      double block = band->n_bars * thickness + (band->n_bars - 1) * inner_gap;
      double y = band_top + (m.band - block) / 2;
      PangoLayout *text;
      double w, h;

      /* A label that needs more lines than the band has is set smaller,
       * never cut short. */
      text = plenary_chart_text_new_fitted (self, band->label, self->font_size,
                                            MIN (self->small_size, self->theme.min_font_size), FALSE,
                                            balanced_width (self, band->label, m.label_width, m.label_lines),
                                            m.label_lines, PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, &w, &h);
      if (m.stacked)
        {
          plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_ROW_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                         band->row, text, plot->x, band_top);
          y = band_top + h + self->font_size * 0.25;
        }
      else
        plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_ROW_LABEL, PLENARY_CHART_PAINT_FOREGROUND,
                                       band->row, text, plot->x, band_top + (m.band - h) / 2);

      for (guint j = 0; j < band->n_bars; j++, y += thickness + inner_gap)
        {
          const PlenaryChartBar *bar = &band->bars[j];
          double v = value_of (bar);
          double end = plenary_chart_scale_map (&scale, v);
          double x0 = MIN (zero_x, end), x1 = MAX (zero_x, end);
          PlenaryChartItem *item;
          g_autofree char *label = NULL;

          /* A value too small to see still gets a visible sliver. */
          if (v != 0 && x1 - x0 < 1)
            {
              if (v > 0)
                x1 = x0 + 1;
              else
                x0 = x1 - 1;
            }

          label = plenary_chart_dup_value_text (bar->indicator, self->language);
          text = plenary_chart_text_new (self, label, self->font_size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
          plenary_chart_text_get_size (text, &w, &h);

          if (plenary_chart_is_bound (bar->indicator))
            {
              /* A ceiling or a floor is not an amount: a reference mark
               * at its value, its sign printed beside it, and no bar. */
              double mark_w = MAX (3.0, self->font_size * 0.22) * MAX (self->theme.line_scale, 1.0);
              double reach = MIN (thickness * 0.35, self->font_size * 0.4);

              item = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_MARKER, bar->paint, band->row,
                                                    end - mark_w / 2, y - reach, mark_w,
                                                    thickness + 2 * reach);
              item->series = bar->series;
              item->highlightable = TRUE;
              x0 = x1 = end;
            }
          else
            {
              item = plenary_chart_layout_add_rect (self, PLENARY_CHART_ROLE_BAR, bar->paint, band->row,
                                                    x0, y, x1 - x0, thickness);
              item->series = bar->series;
              item->highlightable = TRUE;
            }

          plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_VALUE_LABEL,
                                         PLENARY_CHART_PAINT_FOREGROUND, band->row, text,
                                         v < 0 ? x0 - m.value_gap - w : x1 + m.value_gap,
                                         y + (thickness - h) / 2);
        }
    }

  plenary_chart_layout_add_line (self, PLENARY_CHART_ROLE_ZERO_LINE, PLENARY_CHART_PAINT_AXIS,
                                 zero_x, top, zero_x, bottom, 1.0);
}
