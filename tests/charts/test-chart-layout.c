/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "plenary-chart-layout.h"
#include "plenary-chart-print.h"
#include "plenary-report-loader.h"

/* The layout of every chart of the bundled report, in both languages and
 * at a small, the export and a full-HD size: nothing overlaps, nothing
 * leaves the canvas, and hit-testing finds the bars where they are. */

static const struct {
  double width;
  double height;
} sizes[] = {
  { 400, 300 },
  { 1200, 800 },
  { 1920, 1080 },
  { 360, 560 },
};

static PlenaryReport *report;

static gboolean
is_text (const PlenaryChartItem *item)
{
  return item->shape == PLENARY_CHART_SHAPE_TEXT;
}

static gboolean
is_mark (const PlenaryChartItem *item)
{
  return item->role == PLENARY_CHART_ROLE_BAR || item->role == PLENARY_CHART_ROLE_MARKER
         || item->role == PLENARY_CHART_ROLE_LEGEND_SWATCH;
}

static const char *
describe (PlenaryChartSpec       *spec,
          const PlenaryChartItem *item)
{
  static char buffer[512];

  g_snprintf (buffer, sizeof buffer, "%s: role %d “%s” at %.1f,%.1f %.1f×%.1f",
              plenary_chart_spec_get_id (spec), item->role,
              plenary_chart_item_get_text (item) ? plenary_chart_item_get_text (item) : "",
              item->bounds.x, item->bounds.y, item->bounds.width, item->bounds.height);
  return buffer;
}

static void
check_layout (PlenaryChartSpec *spec,
              PlenaryLanguage   language,
              double            width,
              double            height)
{
  g_autoptr(PlenaryChartLayout) layout = plenary_chart_layout_new (NULL, width, height, spec, language, NULL);
  PlenaryChartRect canvas = { 0, 0, width, height };
  guint n = plenary_chart_layout_get_n_items (layout);
  gboolean has_title = FALSE, has_source = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const PlenaryChartItem *a = plenary_chart_layout_get_item (layout, i);

      if (!plenary_chart_rect_inside (&a->bounds, &canvas))
        g_error ("outside the %g×%g canvas: %s", width, height, describe (spec, a));

      if (a->role == PLENARY_CHART_ROLE_TITLE)
        {
          has_title = TRUE;
          g_assert_cmpstr (plenary_chart_item_get_text (a), ==, plenary_chart_spec_get_title (spec, language));
        }
      if (a->role == PLENARY_CHART_ROLE_SOURCE)
        has_source = TRUE;

      for (guint j = i + 1; j < n; j++)
        {
          const PlenaryChartItem *b = plenary_chart_layout_get_item (layout, j);
          gboolean a_text = is_text (a), b_text = is_text (b);

          /* Text never overlaps text, marks never overlap marks, and no
           * text lies on a bar, marker or swatch. */
          if ((a_text && b_text) || (is_mark (a) && is_mark (b))
              || (a_text && is_mark (b)) || (is_mark (a) && b_text))
            {
              if (plenary_chart_rect_intersects (&a->bounds, &b->bounds))
                {
                  g_autofree char *first = g_strdup (describe (spec, a));
                  g_error ("overlap at %g×%g: %s and %s", width, height, first, describe (spec, b));
                }
            }

          /* The arrow of a ramp crosses no text. */
          if ((a->shape == PLENARY_CHART_SHAPE_ARROW && b_text) || (a_text && b->shape == PLENARY_CHART_SHAPE_ARROW))
            {
              const PlenaryChartItem *arrow = a_text ? b : a, *text = a_text ? a : b;

              for (guint k = 0; k <= 200; k++)
                {
                  double t = k / 200.0;

                  if (plenary_chart_rect_contains_point (&text->bounds,
                                                         arrow->x0 + t * (arrow->x1 - arrow->x0),
                                                         arrow->y0 + t * (arrow->y1 - arrow->y0)))
                    g_error ("the arrow crosses %s", describe (spec, text));
                }
            }

          /* A big number's text stays inside its own panel. */
          if (a->role == PLENARY_CHART_ROLE_PANEL && b_text && b->row == a->row
              && !plenary_chart_rect_inside (&b->bounds, &a->bounds))
            g_error ("text leaves its panel: %s", describe (spec, b));
        }

      /* Hit-testing comes from the same rectangles that are drawn. */
      if (a->role == PLENARY_CHART_ROLE_BAR && a->bounds.width >= 1 && a->bounds.height >= 1)
        g_assert_cmpint (plenary_chart_layout_hit_row (layout, a->bounds.x + a->bounds.width / 2,
                                                       a->bounds.y + a->bounds.height / 2), ==, a->row);
    }

  g_assert_true (has_title);
  g_assert_true (has_source);

  for (guint row = 0; row < plenary_chart_spec_get_n_rows (spec); row++)
    {
      PlenaryChartRect bounds;

      g_assert_true (plenary_chart_layout_get_row_bounds (layout, row, &bounds));
      g_assert_true (plenary_chart_rect_inside (&bounds, &canvas));
    }
  g_assert_cmpint (plenary_chart_layout_hit_row (layout, 1, 1), ==, -1);
}

static void
test_all_charts (gconstpointer data)
{
  PlenaryLanguage language = GPOINTER_TO_INT (data);
  GListModel *charts = plenary_report_get_charts (report);

  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, 73);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        check_layout (spec, language, sizes[s].width, sizes[s].height);
    }
}

/* Every bar of a chart has the same length per unit of value, and starts
 * at zero. */
static void
test_bar_lengths (void)
{
  static const char * const ids[] = {
    "economy-growth-2019", "eco-construction-2019-2020", "trade-growth-2019", "investment-plan-amount-2020",
  };

  for (guint c = 0; c < G_N_ELEMENTS (ids); c++)
    {
      PlenaryChartSpec *spec = plenary_report_find_chart (report, ids[c]);
      g_autoptr(PlenaryChartLayout) layout = plenary_chart_layout_new (NULL, 1200, 800, spec,
                                                                       PLENARY_LANGUAGE_ZH, NULL);
      double per_unit = -1, zero_x = NAN;
      guint bars = 0;

      for (guint i = 0; i < plenary_chart_layout_get_n_items (layout); i++)
        {
          const PlenaryChartItem *item = plenary_chart_layout_get_item (layout, i);

          if (item->role == PLENARY_CHART_ROLE_ZERO_LINE)
            zero_x = item->x0;
        }
      g_assert_false (isnan (zero_x));

      for (guint i = 0; i < plenary_chart_layout_get_n_items (layout); i++)
        {
          const PlenaryChartItem *item = plenary_chart_layout_get_item (layout, i);
          PlenaryIndicator *indicator;
          double value, ratio;

          if (item->role != PLENARY_CHART_ROLE_BAR)
            continue;

          /* Bars are added in row order, series by series. */
          indicator = plenary_chart_spec_get_value (spec, (guint) item->row,
                                                    plenary_chart_spec_get_chart_type (spec) == PLENARY_CHART_GROUPED_BAR
                                                    ? (guint) item->series : 0);
          value = plenary_indicator_get_value (indicator);
          ratio = item->bounds.width / fabs (value);

          /* Each bar touches the zero line. */
          g_assert_cmpfloat (fabs ((value >= 0 ? item->bounds.x : item->bounds.x + item->bounds.width) - zero_x),
                             <, 0.01);
          if (per_unit < 0)
            per_unit = ratio;
          else
            g_assert_cmpfloat (fabs (ratio - per_unit) / per_unit, <, 1e-6);
          bars++;
        }
      g_assert_cmpuint (bars, ==, plenary_chart_spec_get_indicators (spec)->len);
    }
}

/* Orange means a target on every chart: the parts of a whole take the
 * other colours first, neighbouring parts differ, and a part's slice and
 * its legend swatch agree. */
static void
test_part_colours (void)
{
  GListModel *charts = plenary_report_get_charts (report);
  guint share_charts = 0;

  for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, c);
      g_autoptr(PlenaryChartLayout) layout = NULL;
      int slice_series[PLENARY_CHART_N_SERIES_COLORS * 2];
      guint n_rows = plenary_chart_spec_get_n_rows (spec);

      if (plenary_chart_spec_get_chart_type (spec) != PLENARY_CHART_SHARE)
        continue;
      share_charts++;
      g_assert_cmpuint (n_rows, <, PLENARY_CHART_N_SERIES_COLORS);
      layout = plenary_chart_layout_new (NULL, 1200, 800, spec, PLENARY_LANGUAGE_EN, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (slice_series); i++)
        slice_series[i] = -1;

      for (guint i = 0; i < plenary_chart_layout_get_n_items (layout); i++)
        {
          const PlenaryChartItem *item = plenary_chart_layout_get_item (layout, i);

          if (item->role == PLENARY_CHART_ROLE_SLICE)
            {
              g_assert_cmpint (item->series, !=, PLENARY_CHART_SERIES_TARGET);
              slice_series[item->row] = item->series;
            }
        }
      for (guint row = 0; row < n_rows; row++)
        {
          g_assert_cmpint (slice_series[row], >=, 0);
          if (row > 0)
            g_assert_cmpint (slice_series[row], !=, slice_series[row - 1]);
        }
      for (guint i = 0; i < plenary_chart_layout_get_n_items (layout); i++)
        {
          const PlenaryChartItem *item = plenary_chart_layout_get_item (layout, i);

          if (item->role == PLENARY_CHART_ROLE_LEGEND_SWATCH && item->row >= 0)
            g_assert_cmpint (item->series, ==, slice_series[item->row]);
        }
    }
  g_assert_cmpuint (share_charts, >, 0);
}

/* The text grows with the chart, and never drops below the theme's floor:
 * the presentation theme's floor is what a slide asks for. */
static void
test_font_scaling (void)
{
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "economy-growth-2019");
  g_autoptr(PlenaryChartTheme) presentation = plenary_chart_theme_new_presentation (FALSE, 43.2);
  g_autoptr(PlenaryChartLayout) small = plenary_chart_layout_new (NULL, 400, 300, spec, PLENARY_LANGUAGE_ZH, NULL);
  g_autoptr(PlenaryChartLayout) large = plenary_chart_layout_new (NULL, 1920, 1080, spec, PLENARY_LANGUAGE_ZH, NULL);
  g_autoptr(PlenaryChartLayout) slide = plenary_chart_layout_new (NULL, 1920, 1080, spec, PLENARY_LANGUAGE_ZH,
                                                                  presentation);

  g_assert_cmpfloat (plenary_chart_layout_get_font_size (small), >=, 11);
  g_assert_cmpfloat (plenary_chart_layout_get_font_size (small), <=, 14);
  g_assert_cmpfloat (plenary_chart_layout_get_font_size (large), >, plenary_chart_layout_get_font_size (small) * 1.5);
  g_assert_cmpfloat (plenary_chart_layout_get_font_size (slide), >=, 43.2);
}

/* A printed chart keeps its proportions and is centred on the page. */
static void
test_print_fit (void)
{
  double scale, x, y;

  /* A4 portrait in points: the width limits. */
  plenary_chart_print_fit (595, 842, 1200, 800, &scale, &x, &y);
  g_assert_cmpfloat_with_epsilon (scale, 595.0 / 1200, 1e-9);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, (842 - 800 * scale) / 2, 1e-9);

  /* A wide, low page: the height limits. */
  plenary_chart_print_fit (1000, 500, 1200, 800, &scale, &x, &y);
  g_assert_cmpfloat_with_epsilon (scale, 500.0 / 800, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x, (1000 - 1200 * scale) / 2, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_data_func ("/charts/layout/all-charts/zh", GINT_TO_POINTER (PLENARY_LANGUAGE_ZH), test_all_charts);
  g_test_add_data_func ("/charts/layout/all-charts/en", GINT_TO_POINTER (PLENARY_LANGUAGE_EN), test_all_charts);
  g_test_add_func ("/charts/layout/bar-lengths", test_bar_lengths);
  g_test_add_func ("/charts/layout/font-scaling", test_font_scaling);
  g_test_add_func ("/charts/layout/part-colours", test_part_colours);
  g_test_add_func ("/charts/layout/print-fit", test_print_fit);

  return g_test_run ();
}
