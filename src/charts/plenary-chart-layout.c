/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-layout"

#include <math.h>

#include <string.h>

#include "plenary-content-strings.h"
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

/* What the chart's values measure, OWID's habit: "Growth on the previous
 * year, in %", "In CNY 100 million"; NULL when the values carry their
 * unit themselves (big numbers). */
static char *
dup_measure (PlenaryChartLayout *self,
             PlenaryIndicator   *first,
             const char         *counts)
{
  PlenaryLanguage language = self->language;
  PlenaryUnit *unit = plenary_indicator_get_unit (first);
  PlenaryNumberScale scale = plenary_chart_spec_choose_scale (self->spec, unit, language);
  g_autofree char *name = plenary_unit_dup_short_name (unit, scale, language);
  g_autofree char *number = NULL;
  const char *what = NULL;

  switch (plenary_indicator_get_measure (first))
    {
    case PLENARY_MEASURE_GROWTH:
      what = plenary_content_get (language, PLENARY_CONTENT_MEASURE_GROWTH);
      break;
    case PLENARY_MEASURE_SHARE:
      /* Rates (unemployment, compliance) are filed as shares; "in %"
       * is right for both. */
      break;
    case PLENARY_MEASURE_CHANGE:
      what = plenary_content_get (language, PLENARY_CONTENT_MEASURE_CHANGE);
      break;
    case PLENARY_MEASURE_RANK:
      what = plenary_content_get (language, PLENARY_CONTENT_MEASURE_RANK);
      break;
    case PLENARY_MEASURE_LEVEL:
    default:
      break;
    }

  if (plenary_unit_get_kind (unit) == PLENARY_UNIT_KIND_PERCENT)
    {
      g_free (name);
      name = g_strdup ("%");
    }

  /* A chart of counts says what it counts: "Number of projects"; a bare
   * 个 adds nothing to that. */
  if (what == NULL && counts != NULL)
    {
      number = plenary_content_format (language, PLENARY_CONTENT_MEASURE_COUNT, counts, NULL);
      what = number;
      if (language == PLENARY_LANGUAGE_ZH && g_str_equal (name, "个"))
        {
          g_free (name);
          name = g_strdup ("");
        }
    }

  if (what != NULL && name[0] != '\0')
    return plenary_content_format (language, PLENARY_CONTENT_MEASURE_IN_UNIT, what, name, NULL);
  if (what != NULL)
    return g_strdup (what);
  if (name[0] != '\0')
    return plenary_content_format (language, PLENARY_CONTENT_MEASURE_UNIT, name, NULL);
  return NULL;
}

/* The periods the values are from, in the order they first appear: "2019",
 * "2019 and 2020 target". */
static char *
dup_periods (PlenaryChartLayout *self,
             GPtrArray          *indicators)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  PlenaryLanguage language = self->language;
  char *out = NULL;

  for (guint i = 0; i < indicators->len; i++)
    {
      char *label = plenary_indicator_dup_period_label (g_ptr_array_index (indicators, i), language);
      gboolean known = FALSE;

      for (guint j = 0; j < seen->len && !known; j++)
        known = g_str_equal (g_ptr_array_index (seen, j), label);
      if (known)
        g_free (label);
      else
        g_ptr_array_add (seen, label);
    }

  for (guint i = 0; i < seen->len; i++)
    {
      const char *next = g_ptr_array_index (seen, i);
      char *joined;

      if (out == NULL)
        {
          out = g_strdup (next);
          continue;
        }
      if (i + 1 < seen->len)
        joined = g_strconcat (out, plenary_content_get (language, PLENARY_CONTENT_PERIODS_SEPARATOR), next, NULL);
      else
        {
          /* Chinese puts a space between a character and a digit. */
          g_autofree char *last = g_strconcat (language == PLENARY_LANGUAGE_ZH && g_ascii_isdigit (next[0])
                                               ? " " : "", next, NULL);
          joined = plenary_content_format (language, PLENARY_CONTENT_PERIODS_LAST, out, last, NULL);
        }
      g_free (out);
      out = joined;
    }
  return out;
}

/* The subtitle under the title: what is measured, in which unit, for
 * which period: "Growth on the previous year, in % · 2019". */
char *
plenary_chart_dup_subtitle (PlenaryChartSpec *spec,
                            PlenaryLanguage   language)
{
  PlenaryChartLayout probe = { 0, };
  PlenaryChartType type;
  GPtrArray *indicators;
  g_autofree char *measure = NULL;
  g_autofree char *periods = NULL;
  const char *separator = plenary_content_get (language, PLENARY_CONTENT_SUBTITLE_SEPARATOR);
  GString *line = g_string_new (NULL);

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  probe.language = language;
  probe.spec = spec;
  type = plenary_chart_spec_get_chart_type (spec);
  indicators = plenary_chart_spec_get_indicators (spec);
  if (indicators->len == 0)
    return g_string_free (line, TRUE);

  if (type != PLENARY_CHART_BIG_NUMBER)
    measure = dup_measure (&probe, g_ptr_array_index (indicators, 0),
                           plenary_chart_spec_get_counts (spec, language));
  periods = dup_periods (&probe, indicators);

  if (measure != NULL)
    g_string_append (line, measure);
  if (periods != NULL)
    g_string_append_printf (line, "%s%s", line->len > 0 ? separator : "", periods);

  /* A logarithmic axis is said so. */
  if (type == PLENARY_CHART_RAMP && plenary_chart_ramp_is_logarithmic (spec))
    g_string_append_printf (line, "%s%s", line->len > 0 ? separator : "",
                            plenary_content_get (language, PLENARY_CONTENT_LOG_SCALE));

  return g_string_free (line, line->len == 0);
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

/* Title, subtitle and legend at the top, the source line at the bottom;
 * returns the rectangle left for the plot.  Title, subtitle and source
 * wrap to two lines and then step down in size: none is ever cut short. */
static PlenaryChartRect
layout_frame (PlenaryChartLayout *self)
{
  double pad = self->pad;
  double inner = self->width - 2 * pad;
  double y = pad, bottom, h;
  g_autofree char *subtitle = plenary_chart_dup_subtitle (self->spec, self->language);
  g_autofree char *source_line = plenary_chart_dup_source_line (self->spec, self->language);
  PangoLayout *text;

  text = plenary_chart_text_new_fitted (self, plenary_chart_spec_get_title (self->spec, self->language),
                                        self->title_size, self->font_size, TRUE, inner, 2,
                                        PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (text, NULL, &h);
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_TITLE, PLENARY_CHART_PAINT_FOREGROUND,
                                 -1, text, pad, y);
  y += h + self->font_size * 0.15;

  if (subtitle != NULL)
    {
      text = plenary_chart_text_new_fitted (self, subtitle, self->small_size,
                                            MIN (self->small_size, self->theme.min_font_size),
                                            FALSE, inner, 2, PANGO_ALIGN_LEFT);
      plenary_chart_text_get_size (text, NULL, &h);
      plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_UNIT, PLENARY_CHART_PAINT_SECONDARY,
                                     -1, text, pad, y);
      y += h;
    }

  if (wants_legend (self))
    {
      const char *labels[2];
      int series[2];

      for (guint i = 0; i < 2; i++)
        {
          labels[i] = plenary_chart_spec_get_series_label (self->spec, i, self->language);
          series[i] = plenary_chart_series_for (plenary_chart_spec_get_value (self->spec, 0, i));
        }
      y += self->font_size * 0.3;
      y += plenary_chart_legend_add (self, labels, series, 2, pad, y, inner);
    }

  text = plenary_chart_text_new_fitted (self, source_line, self->small_size,
                                        MIN (self->small_size, self->theme.min_font_size),
                                        FALSE, inner, 2, PANGO_ALIGN_LEFT);
  plenary_chart_text_get_size (text, NULL, &h);
  bottom = self->height - pad - h;
  plenary_chart_layout_add_text (self, PLENARY_CHART_ROLE_SOURCE, PLENARY_CHART_PAINT_SECONDARY,
                                 -1, text, pad, bottom);

  y += self->font_size * 0.9;
  bottom -= self->font_size * 0.8;
  return (PlenaryChartRect) { pad, y, inner, MAX (bottom - y, 0) };
}

/* The series colour of a value: one colour for results, one for targets,
 * one for starting points, on every chart. */
int
plenary_chart_series_for (PlenaryIndicator *indicator)
{
  if (indicator == NULL)
    return 0;
  switch (plenary_indicator_get_kind (indicator))
    {
    case PLENARY_INDICATOR_TARGET:
      return PLENARY_CHART_SERIES_TARGET;
    case PLENARY_INDICATOR_BASELINE:
      return PLENARY_CHART_SERIES_BASELINE;
    case PLENARY_INDICATOR_ACTUAL:
    default:
      return PLENARY_CHART_SERIES_RESULT;
    }
}

/* The colour of the @part-th part of a whole (a slice of a share chart).
 * The parts of a plan or a result are neither targets nor starting
 * points: they take the other colours first, so that orange still means
 * a target wherever it is seen; orange comes last, for a seventh part. */
int
plenary_chart_series_for_part (guint part)
{
  static const int order[PLENARY_CHART_N_SERIES_COLORS] = {
    PLENARY_CHART_SERIES_RESULT, 3, PLENARY_CHART_SERIES_BASELINE, 5, 4, PLENARY_CHART_SERIES_TARGET,
  };

  return order[part % PLENARY_CHART_N_SERIES_COLORS];
}

/* Value labels (and row labels set above their bars) must stay readable
 * over the grid: a
 * gridline (or the zero line) that would run through one is cut around
 * it, so that the two never touch, on any background. */
static void
clear_lines_around_labels (PlenaryChartLayout *self)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (PlenaryChartItem));
  double margin = self->font_size * 0.15;

  for (guint i = 0; i < self->items->len; i++)
    {
      PlenaryChartItem *line = &g_array_index (self->items, PlenaryChartItem, i);
      g_autoptr(GArray) cuts = NULL;
      double y0, y1;

      if (line->shape != PLENARY_CHART_SHAPE_LINE || line->x0 != line->x1
          || (line->role != PLENARY_CHART_ROLE_GRIDLINE && line->role != PLENARY_CHART_ROLE_ZERO_LINE))
        {
          g_array_append_val (items, *line);
          line->text = NULL;
          continue;
        }

      y0 = MIN (line->y0, line->y1);
      y1 = MAX (line->y0, line->y1);
      for (guint j = 0; j < self->items->len; j++)
        {
          const PlenaryChartItem *label = &g_array_index (self->items, PlenaryChartItem, j);
          double half = line->line_width * MAX (self->theme.line_scale, 1.0) / 2 + margin;

          if (label->role != PLENARY_CHART_ROLE_VALUE_LABEL && label->role != PLENARY_CHART_ROLE_ROW_LABEL)
            continue;
          if (line->x0 + half <= label->bounds.x || line->x0 - half >= label->bounds.x + label->bounds.width)
            continue;

          if (cuts == NULL)
            cuts = g_array_new (FALSE, FALSE, sizeof (double));
          {
            double c0 = label->bounds.y - margin, c1 = label->bounds.y + label->bounds.height + margin;
            g_array_append_val (cuts, c0);
            g_array_append_val (cuts, c1);
          }
        }

      if (cuts == NULL)
        {
          g_array_append_val (items, *line);
          continue;
        }

      /* Walk down the line, skipping each cut (sorted by start). */
      for (guint a = 0; a < cuts->len; a += 2)
        for (guint b = a + 2; b < cuts->len; b += 2)
          if (g_array_index (cuts, double, b) < g_array_index (cuts, double, a))
            {
              double t0 = g_array_index (cuts, double, a), t1 = g_array_index (cuts, double, a + 1);

              g_array_index (cuts, double, a) = g_array_index (cuts, double, b);
              g_array_index (cuts, double, a + 1) = g_array_index (cuts, double, b + 1);
              g_array_index (cuts, double, b) = t0;
              g_array_index (cuts, double, b + 1) = t1;
            }

      {
        double y = y0;

        for (guint a = 0; a <= cuts->len; a += 2)
          {
            double end = a < cuts->len ? g_array_index (cuts, double, a) : y1;

            end = MIN (end, y1);
            if (end - y > 0.5)
              {
                PlenaryChartItem piece = *line;

                piece.y0 = y;
                piece.y1 = end;
                piece.bounds = (PlenaryChartRect) { line->x0, y, 0, end - y };
                g_array_append_val (items, piece);
              }
            if (a < cuts->len)
              y = MAX (y, g_array_index (cuts, double, a + 1));
          }
      }
    }

  /* The text layouts moved to the new array; the old one must not free them. */
  g_array_set_clear_func (self->items, NULL);
  g_array_unref (self->items);
  self->items = items;
  g_array_set_clear_func (self->items, clear_item);
}

static double plot_slack (PlenaryChartLayout *self);

static void
layout_at_size (PlenaryChartLayout *self,
                double              font_size)
{
  PlenaryChartRect plot;

  self->font_size = font_size;
  self->broke_word = FALSE;
  self->small_size = MAX (self->font_size * 0.86, MIN (self->theme.min_font_size, font_size));
  self->title_size = self->font_size * 1.3;
  self->pad = round (self->font_size * 1.1);

  plot = layout_frame (self);
  self->plot = plot;
  self->first_plot_item = self->items->len;

  switch (plenary_chart_spec_get_chart_type (self->spec))
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
}

/* Two pieces of text on top of each other, text outside the chart or
 * outside its panel, or a word broken for want of width. */
static gboolean
is_crowded (PlenaryChartLayout *self)
{
  const PlenaryChartRect whole = { 0, 0, self->width, self->height };

  if (self->broke_word)
    return TRUE;

  for (guint i = 0; i < self->items->len; i++)
    {
      const PlenaryChartItem *a = &g_array_index (self->items, PlenaryChartItem, i);

      /* A big number's text stays inside its panel. */
      if (a->role == PLENARY_CHART_ROLE_PANEL)
        {
          for (guint j = 0; j < self->items->len; j++)
            {
              const PlenaryChartItem *b = &g_array_index (self->items, PlenaryChartItem, j);

              if (b->shape == PLENARY_CHART_SHAPE_TEXT && b->row == a->row
                  && !plenary_chart_rect_inside (&b->bounds, &a->bounds))
                return TRUE;
            }
        }
      if (a->shape != PLENARY_CHART_SHAPE_TEXT)
        continue;
      if (!plenary_chart_rect_inside (&a->bounds, &whole))
        return TRUE;
      for (guint j = i + 1; j < self->items->len; j++)
        {
          const PlenaryChartItem *b = &g_array_index (self->items, PlenaryChartItem, j);

          if (b->shape == PLENARY_CHART_SHAPE_TEXT && plenary_chart_rect_intersects (&a->bounds, &b->bounds))
            return TRUE;
        }
    }
  return FALSE;
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
  double font_size;

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

  /* Text size follows the width only, so that a chart measured for its
   * natural height (plenary_chart_layout_measure_height()) keeps the same
   * text when laid out at that height. */
  font_size = plenary_chart_theme_get_font_size (theme, self->width, self->width * 0.6);

  /* In a box too small for the chart's text at that size (a slide with
   * many rows, a small fixed export) the whole chart is set smaller rather
   * than cutting a word or letting two labels overlap. */
  for (guint attempt = 0;; attempt++)
    {
      layout_at_size (self, font_size);
      if (attempt >= 8 || font_size * 0.9 < 6.5 || !is_crowded (self))
        break;
      font_size *= 0.9;
      g_array_set_size (self->items, 0);
    }

  clear_lines_around_labels (self);
  collect_rows (self);
  return self;
}

/* How much of the plot's height the chart leaves unused: above and below
 * what it drew there. */
static double
plot_slack (PlenaryChartLayout *self)
{
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

  for (guint i = self->first_plot_item; i < self->items->len; i++)
    {
      const PlenaryChartItem *item = &g_array_index (self->items, PlenaryChartItem, i);
      const PlenaryChartRect *b = &item->bounds;

      top = MIN (top, b->y);
      bottom = MAX (bottom, b->y + b->height);
    }
  if (top > bottom)
    return 0;
  return MAX (0, top - self->plot.y) + MAX (0, self->plot.y + self->plot.height - bottom);
}

/**
 * plenary_chart_layout_measure_height:
 *
 * The height at which @spec, @width wide, shows all of its content and
 * no empty band: bar charts take the height their rows need, the donut
 * and the ramp an aspect ratio.  Exports, cards and print use it, so that
 * what they show fits its content.
 */
double
plenary_chart_layout_measure_height (PangoContext            *context,
                                     double                   width,
                                     PlenaryChartSpec        *spec,
                                     PlenaryLanguage          language,
                                     const PlenaryChartTheme *theme)
{
  g_autoptr(PlenaryChartLayout) layout = NULL;
  double height;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), 0);

  switch (plenary_chart_spec_get_chart_type (spec))
    {
    case PLENARY_CHART_BAR:
    case PLENARY_CHART_GROUPED_BAR:
    case PLENARY_CHART_DIVERGING_BAR:
    case PLENARY_CHART_BIG_NUMBER:
      /* Bars and panels stop growing at their natural size; lay them out
       * with room to spare, then take the spare room away. */
      height = MAX (plenary_chart_preferred_height (spec, width), width * 2);
      break;
    case PLENARY_CHART_SHARE:
    case PLENARY_CHART_RAMP:
    default:
      height = plenary_chart_preferred_height (spec, width);
      break;
    }

  layout = plenary_chart_layout_new (context, width, height, spec, language, theme);
  return ceil (height - plot_slack (layout));
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
