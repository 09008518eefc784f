/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <pango/pangocairo.h>
#include <string.h>

#include "plenary-chart-layout.h"
#include "plenary-report-loader.h"
#include "plenary-slide-draw.h"
#include "plenary-slide-list.h"
#include "plenary-slide-private.h"

/* The story deck: its length, its order, its key charts and targets; the
 * rule that Chinese titles break only between words; and the enlarging of
 * charts with few rows. */

static PlenaryReport *report;

/* The stages of the story, in the order they must come. */
typedef enum {
  STAGE_TITLE,
  STAGE_HEADLINES,
  STAGE_KEY_CHARTS,
  STAGE_INVESTMENT,
  STAGE_TARGETS,
  STAGE_END,
} Stage;

static Stage
stage_of (PlenarySlide *slide,
          GPtrArray    *investment)
{
  switch (plenary_slide_get_kind (slide))
    {
    case PLENARY_SLIDE_TITLE:
      return STAGE_TITLE;
    case PLENARY_SLIDE_HEADLINES:
      return STAGE_HEADLINES;
    case PLENARY_SLIDE_SECTION:
      return STAGE_KEY_CHARTS;
    case PLENARY_SLIDE_CHART:
      return g_ptr_array_find (investment, plenary_slide_get_chart (slide), NULL)
             ? STAGE_INVESTMENT : STAGE_KEY_CHARTS;
    case PLENARY_SLIDE_TARGETS:
      return STAGE_TARGETS;
    case PLENARY_SLIDE_END:
    default:
      return STAGE_END;
    }
}

static guint
chart_index (PlenaryChartSpec *chart)
{
  GListModel *charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) item = g_list_model_get_item (charts, i);

      if (item == chart)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_length (void)
{
  g_autoptr(GPtrArray) story = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                            PLENARY_LANGUAGE_EN);
  g_autoptr(GPtrArray) all = plenary_slide_list_new_deck (report, PLENARY_DECK_ALL, PLENARY_LANGUAGE_EN);
  g_autoptr(GPtrArray) whole = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  guint n_charts = g_list_model_get_n_items (plenary_report_get_charts (report));
  PlenaryDeckKind kind = PLENARY_DECK_ALL;

  g_assert_cmpuint (story->len, <=, PLENARY_SLIDE_LIST_MAX_STORY);
  g_assert_cmpuint (story->len, >=, 15);
  /* All Charts is the deck as it was: every chart. */
  g_assert_cmpuint (all->len, ==, whole->len);
  g_assert_cmpuint (all->len, >, n_charts);

  g_assert_true (plenary_deck_kind_parse ("story", &kind));
  g_assert_cmpint (kind, ==, PLENARY_DECK_STORY);
  g_assert_true (plenary_deck_kind_parse ("all", &kind));
  g_assert_cmpint (kind, ==, PLENARY_DECK_ALL);
  g_assert_false (plenary_deck_kind_parse ("some", &kind));
  g_assert_cmpstr (plenary_deck_kind_to_string (PLENARY_DECK_STORY), ==, "story");
}

static void
test_order (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                             PLENARY_LANGUAGE_EN);
  PlenaryDeck *deck = plenary_report_get_deck (report);
  GPtrArray *key = plenary_deck_get_key_charts (deck);
  GPtrArray *investment = plenary_deck_get_investment_charts (deck);
  g_autoptr(GHashTable) sections = g_hash_table_new (NULL, NULL);
  Stage stage = STAGE_TITLE;
  guint seen[STAGE_END + 1] = { 0, };
  guint n_key = 0, n_investment = 0, last_key = 0;

  g_assert_cmpuint (key->len, >=, 10);
  g_assert_cmpuint (investment->len, >=, 1);

  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);
      Stage here = stage_of (slide, investment);
      PlenaryChartSpec *chart = plenary_slide_get_chart (slide);

      /* Never back to an earlier stage. */
      g_assert_cmpint (here, >=, stage);
      stage = here;
      seen[here]++;

      if (here == STAGE_KEY_CHARTS && chart != NULL)
        {
          PlenaryOutlineNode *section = plenary_chart_spec_get_section (chart);

          g_assert_true (g_ptr_array_find (key, chart, NULL));
          /* In the report's order, which is the outline's. */
          if (n_key > 0)
            g_assert_cmpuint (chart_index (chart), >, last_key);
          last_key = chart_index (chart);
          n_key++;
          /* One chart per section. */
          while (plenary_outline_node_get_parent (section) != NULL
                 && plenary_outline_node_get_parent (plenary_outline_node_get_parent (section)) != NULL)
            section = plenary_outline_node_get_parent (section);
          g_assert_true (g_hash_table_add (sections, section));
        }
      else if (here == STAGE_INVESTMENT)
        g_assert_true (plenary_slide_get_chart (slide) == g_ptr_array_index (investment, n_investment++));
    }

  g_assert_cmpuint (seen[STAGE_TITLE], ==, 1);
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, 0)), ==, PLENARY_SLIDE_TITLE);
  g_assert_cmpuint (seen[STAGE_HEADLINES], ==, 3);
  g_assert_cmpuint (n_key, ==, key->len);
  g_assert_cmpuint (n_investment, ==, investment->len);
  g_assert_cmpuint (seen[STAGE_TARGETS], >=, 1);
  g_assert_cmpuint (seen[STAGE_END], ==, 1);
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, slides->len - 1)), ==,
                   PLENARY_SLIDE_END);
}

static void
test_targets_slides (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                             PLENARY_LANGUAGE_EN);
  g_autoptr(GPtrArray) zh = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                         PLENARY_LANGUAGE_ZH);
  GPtrArray *targets = plenary_deck_get_targets (plenary_report_get_deck (report));
  PlenarySlide *first = NULL, *first_zh = NULL;
  const PlenarySlideFigure *figure;
  guint n_figures = 0;

  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);

      if (plenary_slide_get_kind (slide) != PLENARY_SLIDE_TARGETS)
        continue;
      if (first == NULL)
        {
          first = slide;
          first_zh = g_ptr_array_index (zh, i);
        }
      g_assert_cmpuint (plenary_slide_get_n_figures (slide), >=, 3);
      g_assert_cmpuint (plenary_slide_get_n_figures (slide), <=, 4);
      n_figures += plenary_slide_get_n_figures (slide);
    }
  g_assert_nonnull (first);
  g_assert_cmpstr (plenary_slide_get_title (first), ==, "Targets for 2020");
  g_assert_cmpstr (plenary_slide_get_title (first_zh), ==, "2020 年主要目标");
  /* The targets the deck names, and the one the plan chose not to set. */
  g_assert_cmpuint (n_figures, ==, targets->len + 1);

  /* The GDP growth target the plan did not set comes first, with the
   * 2019 result beside it and the sentence in the notes. */
  figure = g_ptr_array_index (first->figures, 0);
  g_assert_cmpstr (figure->value, ==, "No target set");
  g_assert_cmpstr (figure->label, ==, "GDP growth");
  g_assert_cmpstr (figure->context, ==, "2019 result: 6.8%");
  g_assert_nonnull (strstr (plenary_slide_get_notes (first),
                            "no specific target for economic growth has been set this year"));
  g_assert_null (strstr (plenary_slide_get_notes (first), "今年没有提出经济增速具体目标"));
  g_assert_nonnull (strstr (plenary_slide_get_notes (first_zh), "今年没有提出经济增速具体目标"));

  /* A set target shows its value, its result beside it. */
  figure = g_ptr_array_index (first->figures, 1);
  g_assert_nonnull (figure->context);
  g_assert_true (g_str_has_prefix (figure->context, "2019 result: "));
}

/* Chinese headings on slides end without the source's full stop. */
static void
test_no_full_stops (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_ALL,
                                                             PLENARY_LANGUAGE_ZH);
  guint kickers = 0;

  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);

      if (slide->title != NULL)
        g_assert_false (g_str_has_suffix (slide->title, "。"));
      if (slide->kicker != NULL && plenary_slide_get_kind (slide) == PLENARY_SLIDE_CHART)
        {
          g_assert_false (g_str_has_suffix (slide->kicker, "。"));
          kickers++;
        }
    }
  g_assert_cmpuint (kickers, >, 10);
}

/* A report without a deck in its data still gets one: each section's
 * first chart. */
static void
test_without_deck_data (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) minimal = plenary_report_load_file (file, NULL, &error);
  g_autoptr(GPtrArray) slides = NULL;
  guint n_charts = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (plenary_deck_get_key_charts (plenary_report_get_deck (minimal))->len, ==, 0);
  slides = plenary_slide_list_new_deck (minimal, PLENARY_DECK_STORY, PLENARY_LANGUAGE_EN);
  g_assert_cmpuint (slides->len, <=, PLENARY_SLIDE_LIST_MAX_STORY);
  for (guint i = 0; i < slides->len; i++)
    if (plenary_slide_get_kind (g_ptr_array_index (slides, i)) == PLENARY_SLIDE_CHART)
      n_charts++;
  if (g_list_model_get_n_items (plenary_report_get_charts (minimal)) > 0)
    g_assert_cmpuint (n_charts, >=, 1);
}

static PangoLayout *
title_layout (PangoContext *context,
              const char   *text,
              double        width,
              gboolean      with_rule)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PLENARY_SLIDE_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, 40 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (with_rule)
    {
      PangoAttrList *attrs = plenary_slide_break_attrs_new (text, PLENARY_LANGUAGE_ZH);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Whether every line of @layout starts at one of @allowed (byte offsets
 * into its text, ending with -1). */
static gboolean
starts_allowed (PangoLayout *layout,
                const int   *allowed)
{
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      gboolean ok = FALSE;

      for (guint i = 0; allowed[i] >= 0; i++)
        ok |= line->start_index == allowed[i];
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static int
offset_of (const char *text,
           const char *word)
{
  const char *found = strstr (text, word);

  g_assert_nonnull (found);
  return found - text;
}

static void
test_cjk_title_breaks (void)
{
  const char *text = "2019 年国民经济和社会发展规划执行情况";
  /* A line may start at the text, at 年 after the year's space, after the
   * 年 of the year, and after the conjunction 和: never inside 发展规划. */
  const int allowed[] = { 0, offset_of (text, "年"), offset_of (text, "国民"),
                          offset_of (text, "社会"), -1 };
  g_autoptr(GObject) context_object = G_OBJECT (plenary_chart_create_pango_context (PLENARY_LANGUAGE_ZH));
  PangoContext *context = PANGO_CONTEXT (context_object);
  gboolean plain_breaks_words = FALSE;
  guint wrapped = 0;

  for (double width = 160; width <= 900; width += 10)
    {
      g_autoptr(PangoLayout) ruled = title_layout (context, text, width, TRUE);
      g_autoptr(PangoLayout) plain = title_layout (context, text, width, FALSE);

      g_assert_true (starts_allowed (ruled, allowed));
      if (pango_layout_get_line_count (ruled) > 1)
        wrapped++;
      plain_breaks_words |= !starts_allowed (plain, allowed);
    }
  /* The rule was put to the test, and without it Pango breaks in words. */
  g_assert_cmpuint (wrapped, >, 10);
  g_assert_true (plain_breaks_words);
}

/* English keeps Pango's breaks at spaces, with its language set. */
static void
test_english_attrs (void)
{
  g_autoptr(PangoAttrList) attrs = plenary_slide_break_attrs_new ("Growth of main indicators",
                                                                  PLENARY_LANGUAGE_EN);
  g_autoptr(PangoAttrIterator) iter = pango_attr_list_get_iterator (attrs);
  PangoAttrLanguage *language = (PangoAttrLanguage *)pango_attr_iterator_get (iter, PANGO_ATTR_LANGUAGE);

  g_assert_nonnull (language);
  g_assert_cmpstr (pango_language_to_string (language->value), ==, "en");
  g_assert_null (pango_attr_iterator_get (iter, PANGO_ATTR_ALLOW_BREAKS));
}

/* A two-row chart is drawn on a smaller canvas scaled up; one that needs
 * the whole slide is not. */
static void
test_chart_scale (void)
{
  g_autoptr(PlenaryChartTheme) theme = plenary_slide_theme_new_chart (PLENARY_SLIDE_THEME_DARK, 1920, 1080);
  g_autoptr(GObject) context_object = G_OBJECT (plenary_chart_create_pango_context (PLENARY_LANGUAGE_EN));
  PangoContext *context = PANGO_CONTEXT (context_object);
  PlenaryChartSpec *two_rows = plenary_report_find_chart (report, "pm25-2019-2020");
  double scale;

  g_assert_nonnull (two_rows);
  scale = plenary_slide_chart_scale (context, 1800, 900, two_rows, PLENARY_LANGUAGE_EN, theme);
  g_assert_cmpfloat (scale, >, 1.2);
  g_assert_cmpfloat (scale, <=, PLENARY_SLIDE_MAX_CHART_SCALE);
  /* Scaled, the chart still fits its slide. */
  g_assert_cmpfloat (plenary_chart_layout_measure_height (context, 1800 / scale, two_rows,
                                                          PLENARY_LANGUAGE_EN, theme),
                     <=, 900 / scale);
  /* On a slide too short for it, nothing is enlarged. */
  g_assert_cmpfloat (plenary_slide_chart_scale (context, 1800, 120, two_rows, PLENARY_LANGUAGE_EN,
                                                theme), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/present/story-deck/length", test_length);
  g_test_add_func ("/present/story-deck/order", test_order);
  g_test_add_func ("/present/story-deck/targets", test_targets_slides);
  g_test_add_func ("/present/story-deck/without-deck-data", test_without_deck_data);
  g_test_add_func ("/present/story-deck/no-full-stops", test_no_full_stops);
  g_test_add_func ("/present/story-deck/cjk-title-breaks", test_cjk_title_breaks);
  g_test_add_func ("/present/story-deck/english-attrs", test_english_attrs);
  g_test_add_func ("/present/story-deck/chart-scale", test_chart_scale);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
