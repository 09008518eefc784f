/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <math.h>

#include "plenary-chart-export.h"
#include "plenary-chart-layout.h"
#include "plenary-report-loader.h"
#include "plenary-slide-draw.h"

/* Every chart of the bundled report, in both languages, at the sizes it is
 * shown at (a card in a narrow and a wide window, the export, a slide):
 * no text is cut short, a value label never sits on a gridline or the
 * axis, a number never breaks from its unit, text breaks only between
 * words, and an exported image is filled to its bottom. */

typedef enum {
  SIZE_CARD_NARROW,
  SIZE_CARD,
  SIZE_EXPORT,
  SIZE_SLIDE,
  SIZE_SLIDE_FULL_HD,
  N_SIZES
} Size;

static PlenaryReport *report;

/* The characters after which a line may break inside a run of Chinese: a
 * phrase ends there.  The same list as the text layout's; a change to one
 * without the other fails here. */
static gboolean
ends_phrase (gunichar c,
             gunichar previous)
{
  if (previous == 0x4ee5 && (c == 0x4e0a || c == 0x4e0b || c == 0x5185))
    return TRUE;
  return c == 0x7684 || c == 0x548c || c == 0x4e0e || c == 0x53ca || c == 0x3001 || c == 0x5e74
         || c == 0xff0c || c == 0xff1a || c == 0xff1b;
}

static gboolean
is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* Where @text's lines break, each must fall between words: never between
 * two letters or digits of one word, nor inside a Chinese phrase. */
static void
assert_breaks_between_words (PlenaryChartSpec       *spec,
                             const PlenaryChartItem *item)
{
  const char *text = pango_layout_get_text (item->text);
  GSList *lines = pango_layout_get_lines_readonly (item->text);

  for (GSList *l = lines ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *at = text + line->start_index;
      const char *before;
      gunichar prev, next, prev2 = 0;

      if (at == text)
        continue;
      before = g_utf8_prev_char (at);
      prev = g_utf8_get_char (before);
      next = g_utf8_get_char (at);
      if (before > text)
        prev2 = g_utf8_get_char (g_utf8_prev_char (before));

      if (g_unichar_isalnum (prev) && g_unichar_isalnum (next) && !is_han (prev) && !is_han (next))
        g_error ("%s: “%s” breaks inside a word, before “%s”", plenary_chart_spec_get_id (spec), text, at);
      if (is_han (prev) && is_han (next) && !ends_phrase (prev, prev2))
        g_error ("%s: “%s” breaks inside a phrase, before “%s” (%.1f wide, %.1f px)", plenary_chart_spec_get_id (spec),
                 text, at, pango_layout_get_width (item->text) / (double) PANGO_SCALE,
                 pango_font_description_get_size (pango_layout_get_font_description (item->text)) / (double) PANGO_SCALE);
      if (g_unichar_isdigit (prev) && !g_unichar_isspace (next) && g_unichar_isalpha (next))
        g_error ("%s: “%s” breaks a number from its unit", plenary_chart_spec_get_id (spec), text);
    }
}

/* A vertical line as the rectangle its stroke covers. */
static PlenaryChartRect
line_rect (const PlenaryChartItem *line,
           const PlenaryChartTheme *theme)
{
  double w = line->line_width * theme->line_scale;

  return (PlenaryChartRect) { line->x0 - w / 2, MIN (line->y0, line->y1), w, fabs (line->y1 - line->y0) };
}

static void
check (PlenaryChartSpec        *spec,
       PlenaryLanguage          language,
       double                   width,
       double                   height,
       const PlenaryChartTheme *theme)
{
  g_autoptr(PlenaryChartLayout) layout = plenary_chart_layout_new (NULL, width, height, spec, language, theme);
  guint n = plenary_chart_layout_get_n_items (layout);
  const char *title = plenary_chart_spec_get_title (spec, language);
  guint value_labels = 0;

  for (guint i = 0; i < n; i++)
    {
      const PlenaryChartItem *a = plenary_chart_layout_get_item (layout, i);

      if (a->shape != PLENARY_CHART_SHAPE_TEXT)
        continue;

      /* Never truncated: no ellipsis anywhere, and each layout shows its
       * whole text (every character falls on a line). */
      if (pango_layout_is_ellipsized (a->text) || strstr (pango_layout_get_text (a->text), "…") != NULL)
        g_error ("%s at %g×%g: “%s” is cut short", plenary_chart_spec_get_id (spec), width, height,
                 pango_layout_get_text (a->text));
      {
        GSList *last = g_slist_last (pango_layout_get_lines_readonly (a->text));
        PangoLayoutLine *line = last->data;

        g_assert_cmpint (line->start_index + line->length, ==, strlen (pango_layout_get_text (a->text)));
      }
      if (a->role == PLENARY_CHART_ROLE_TITLE)
        g_assert_cmpstr (pango_layout_get_text (a->text), ==, title);

      /* A value and its unit (and qualifier) are one line; a big value's
       * qualifier may stand on a line of its own above it, the number and
       * its unit whole on the line below. */
      if (a->role == PLENARY_CHART_ROLE_BIG_VALUE && strchr (pango_layout_get_text (a->text), '\n') != NULL)
        {
          const char *text = pango_layout_get_text (a->text);
          PangoLayoutLine *second = pango_layout_get_line_readonly (a->text, 1);

          if (pango_layout_get_line_count (a->text) != 2 || second == NULL ||
              second->start_index != (int) (strchr (text, '\n') - text) + 1)
            g_error ("%s at %g×%g: the value “%s” takes %d lines", plenary_chart_spec_get_id (spec),
                     width, height, text, pango_layout_get_line_count (a->text));
          value_labels++;
        }
      else if (a->role == PLENARY_CHART_ROLE_VALUE_LABEL || a->role == PLENARY_CHART_ROLE_BIG_VALUE)
        {
          if (pango_layout_get_line_count (a->text) != 1)
            g_error ("%s at %g×%g: the value “%s” takes %d lines", plenary_chart_spec_get_id (spec),
                     width, height, pango_layout_get_text (a->text), pango_layout_get_line_count (a->text));
          value_labels++;
        }
      else
        assert_breaks_between_words (spec, a);

      /* A value label sits clear of every gridline and of the axis. */
      if (a->role != PLENARY_CHART_ROLE_VALUE_LABEL)
        continue;
      for (guint j = 0; j < n; j++)
        {
          const PlenaryChartItem *b = plenary_chart_layout_get_item (layout, j);
          PlenaryChartRect r;

          if (b->role != PLENARY_CHART_ROLE_GRIDLINE && b->role != PLENARY_CHART_ROLE_ZERO_LINE)
            continue;
          r = line_rect (b, theme);
          if (plenary_chart_rect_intersects (&a->bounds, &r))
            g_error ("%s at %g×%g: the value “%s” lies on a %s at x = %.1f", plenary_chart_spec_get_id (spec),
                     width, height, pango_layout_get_text (a->text),
                     b->role == PLENARY_CHART_ROLE_GRIDLINE ? "gridline" : "zero line", b->x0);
        }
    }

  switch (plenary_chart_spec_get_chart_type (spec))
    {
    case PLENARY_CHART_BAR:
    case PLENARY_CHART_GROUPED_BAR:
    case PLENARY_CHART_DIVERGING_BAR:
      g_assert_cmpuint (value_labels, ==, plenary_chart_spec_get_indicators (spec)->len);
      break;
    case PLENARY_CHART_BIG_NUMBER:
      g_assert_cmpuint (value_labels, ==, plenary_chart_spec_get_n_rows (spec));
      break;
    case PLENARY_CHART_SHARE:
    case PLENARY_CHART_RAMP:
    default:
      break;
    }
}

static void
test_every_chart (gconstpointer data)
{
  PlenaryLanguage language = GPOINTER_TO_INT (data) >> 4;
  Size size = GPOINTER_TO_INT (data) & 0xf;
  GListModel *charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      g_autoptr(PlenaryChartTheme) theme = NULL;
      double width, height;

      switch (size)
        {
        case SIZE_CARD_NARROW:
        case SIZE_CARD:
        case SIZE_EXPORT:
          /* Cards and exports are as high as their content at a width:
           * the widget's width in a 360-px window and a wide one, and the
           * export's. */
          theme = plenary_chart_theme_new_light ();
          width = size == SIZE_CARD_NARROW ? 300 : size == SIZE_CARD ? 560 : 1200;
          height = plenary_chart_layout_measure_height (NULL, width, spec, language, theme);
          break;
        case SIZE_SLIDE:
        case SIZE_SLIDE_FULL_HD:
        default:
          {
            /* The rectangle plenary_slide_draw() gives a chart on a 16:9
             * slide: the width less the margins, the height below the
             * kicker. */
            double slide_w = size == SIZE_SLIDE ? 1280 : 1920;
            double slide_h = size == SIZE_SLIDE ? 720 : 1080;
            double unit = plenary_slide_get_unit (slide_w, slide_h);
            double pad;

            theme = plenary_slide_theme_new_chart (PLENARY_SLIDE_THEME_DARK, slide_w, slide_h);
            pad = round (plenary_chart_theme_get_font_size (theme, slide_w, slide_h) * 1.1);
            width = slide_w - 2 * MAX (0, MAX (0.055 * slide_w, 0.06 * unit) - pad);
            height = slide_h - 0.05 * unit - 0.11 * unit;
          }
          break;
        }

      check (spec, language, width, height, theme);
    }
}

/* The empty rows of an exported PNG: the last row with ink must be at the
 * bottom (within the padding), and no band of empty rows may take more
 * than a fifth of the height (the old 1200 × 800 exports were about
 * 60 % empty, with one band of up to 40 %). */
static void
test_export_fills_height (gconstpointer data)
{
  PlenaryLanguage language = GPOINTER_TO_INT (data);
  GListModel *charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
      PlenaryChartExportOptions options;
      cairo_surface_t *image;
      const guint8 *pixels;
      int w, h, stride, last_ink = -1, run = 0, longest_run = 0;
      guint32 background;

      plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, language);
      options.scale = 1;
      options.theme = theme;
      image = plenary_chart_export_image (spec, &options);
      w = cairo_image_surface_get_width (image);
      h = cairo_image_surface_get_height (image);
      stride = cairo_image_surface_get_stride (image);
      pixels = cairo_image_surface_get_data (image);
      background = *(const guint32 *) pixels;

      for (int y = 0; y < h; y++)
        {
          const guint32 *row = (const guint32 *) (pixels + y * stride);
          gboolean empty = TRUE;

          for (int x = 0; x < w && empty; x++)
            empty = row[x] == background;
          if (!empty)
            {
              last_ink = y;
              run = 0;
            }
          else
            longest_run = MAX (longest_run, ++run);
        }

      g_test_message ("%s: %d px high, longest empty band %d px, last ink at %d",
                      plenary_chart_spec_get_id (spec), h, longest_run, last_ink);
      if (h - 1 - last_ink > 28)
        g_error ("%s: %d empty rows at the bottom of %d", plenary_chart_spec_get_id (spec), h - 1 - last_ink, h);
      /* No band may take a fifth of the height; a short chart may still
       * keep the ordinary gaps between title, plot and source (up to
       * three lines of text, which fonts set a little differently). */
      if (longest_run > MAX (h / 5, 60))
        g_error ("%s: an empty band of %d rows in %d", plenary_chart_spec_get_id (spec), longest_run, h);
      cairo_surface_destroy (image);
    }
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);
  g_autofree char *before = NULL;

  g_assert_nonnull (at);
  before = g_strndup (text, at - text);
  return g_strconcat (before, new, at + strlen (old), NULL);
}

/* The rule that keeps a growth from a small base off a shared axis: the
 * minimal report, with a +110 % beside GDP and exports in its growth
 * chart, is refused for that reason. */
static void
test_growth_outlier_refused (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-report.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *step1 = NULL, *step2 = NULL, *step3 = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) refused = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  step1 = replace_once (json, "出口下降 6.1%。", "出口下降 6.1%。新能源汽车产量增长110%。");
  step2 = replace_once (step1, "{\"id\": \"export-growth-2019\"",
                        "{\"id\": \"nev-growth-2019\", \"label\": {\"zh\": \"新能源汽车产量增长\", \"en\": \"NEV output growth\"}, "
                        "\"value\": 110, \"unit\": \"%\", \"period\": \"2019\", \"kind\": \"actual\", "
                        "\"measure\": \"growth\", \"category\": \"economy\", \"paragraph\": \"c1s1p1\", "
                        "\"quote\": \"新能源汽车产量增长110%\"}, {\"id\": \"export-growth-2019\"");
  step3 = replace_once (step2, "[\"gdp-growth-2019\", \"export-growth-2019\"], \"rows\": [{\"zh\": \"地区生产总值\", "
                        "\"en\": \"GDP\"}, {\"zh\": \"出口\", \"en\": \"Exports\"}]",
                        "[\"gdp-growth-2019\", \"export-growth-2019\", \"nev-growth-2019\"], \"rows\": [{\"zh\": "
                        "\"地区生产总值\", \"en\": \"GDP\"}, {\"zh\": \"出口\", \"en\": \"Exports\"}, "
                        "{\"zh\": \"新能源汽车\", \"en\": \"New-energy vehicles\"}]");

  /* Without the outlier the same edits load. */
  {
    g_autofree char *fine = replace_once (step3, "\"value\": 110,", "\"value\": 11,");
    g_autofree char *fine_quote = NULL;
    g_autoptr(GBytes) fine_bytes = NULL;
    g_autoptr(PlenaryReport) loaded = NULL;

    fine_quote = replace_once (fine, "增长110%。", "增长11%。");
    g_free (fine);
    fine = replace_once (fine_quote, "\"quote\": \"新能源汽车产量增长110%\"", "\"quote\": \"新能源汽车产量增长11%\"");
    fine_bytes = g_bytes_new (fine, strlen (fine));
    loaded = plenary_report_load_bytes (fine_bytes, &error);
    g_assert_no_error (error);
    g_assert_nonnull (loaded);
  }

  bytes = g_bytes_new (step3, strlen (step3));
  refused = plenary_report_load_bytes (bytes, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  if (strstr (error->message, "small base") == NULL)
    g_error ("refused for another reason: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  static const char *size_names[N_SIZES] = { "card-300", "card-560", "export-1200", "slide-1280x720",
                                             "slide-1920x1080" };
  g_autoptr(GError) error = NULL;

  /* Messages name the text at fault, in Chinese too. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  for (int language = PLENARY_LANGUAGE_ZH; language <= PLENARY_LANGUAGE_EN; language++)
    for (int size = 0; size < N_SIZES; size++)
      {
        g_autofree char *path = g_strdup_printf ("/charts/fit/%s/%s",
                                                 language == PLENARY_LANGUAGE_ZH ? "zh" : "en",
                                                 size_names[size]);
        g_test_add_data_func (path, GINT_TO_POINTER (language << 4 | size), test_every_chart);
      }
  g_test_add_data_func ("/charts/fit/export-fills-height/zh", GINT_TO_POINTER (PLENARY_LANGUAGE_ZH),
                        test_export_fills_height);
  g_test_add_data_func ("/charts/fit/export-fills-height/en", GINT_TO_POINTER (PLENARY_LANGUAGE_EN),
                        test_export_fills_height);
  g_test_add_func ("/charts/fit/growth-outlier-refused", test_growth_outlier_refused);

  return g_test_run ();
}
