/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <pango/pango.h>
#include <string.h>

#include "plenary-investment-plan.h"
#include "plenary-report-loader.h"
#include "plenary-search.h"

/* The search behind the search bar, without a window: substring matching
 * that works for Chinese, case and width folding for Latin, results that
 * point at text that really contains the match. */

static PlenaryReport *report;

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  return g_utf8_casefold (normal, -1);
}

static void
test_text_folding (void)
{
  gsize start = 99, end = 99;

  g_assert_true (plenary_search_text ("Straße", "STRASSE", 0, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, strlen ("Straße"));

  /* Full-width Latin letters are found by plain ones. */
  g_assert_true (plenary_search_text ("全市ＧＤＰ增长", "gdp", 0, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("全市"));
  g_assert_cmpuint (end, ==, strlen ("全市ＧＤＰ"));

  /* The report puts spaces between digits and Han characters. */
  g_assert_true (plenary_search_text ("增长 2019 年以来", "2019年", 0, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("增长 "));
  g_assert_cmpuint (end, ==, strlen ("增长 2019 年"));

  /* No word splitting: a part of a Chinese word is found. */
  g_assert_true (plenary_search_text ("城市轨道交通", "轨道", 0, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("城市"));

  /* Searching on from a position finds the next occurrence. */
  g_assert_true (plenary_search_text ("地铁与地铁", "地铁", 1, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("地铁与"));

  g_assert_false (plenary_search_text ("地铁", "高铁", 0, NULL, NULL));
  g_assert_false (plenary_search_text ("地铁", "", 0, NULL, NULL));
  g_assert_false (plenary_search_text ("地铁", "   ", 0, NULL, NULL));
}

/* Every result's text holds the query between its match offsets. */
/* The order of the groups: indicators, investment, charts, text. */
static int
group_rank (PlenarySearchMatchKind kind)
{
  switch (kind)
    {
    case PLENARY_SEARCH_MATCH_INDICATOR:
      return 0;
    case PLENARY_SEARCH_MATCH_INVESTMENT:
      return 1;
    case PLENARY_SEARCH_MATCH_CHART:
      return 2;
    case PLENARY_SEARCH_MATCH_TEXT:
    default:
      return 3;
    }
}

static guint n_charts_found;
static guint n_english_text;

static guint
check_results (GListModel *results,
               const char *query,
               guint      *out_text,
               guint      *out_indicators)
{
  g_autofree char *wanted = fold (query);
  guint n = g_list_model_get_n_items (results);
  int rank = 0;

  *out_text = *out_indicators = 0;
  n_charts_found = n_english_text = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenarySearchResult) result = g_list_model_get_item (results, i);
      const char *text = plenary_search_result_get_text (result);
      gsize start = plenary_search_result_get_match_start (result);
      gsize end = plenary_search_result_get_match_end (result);
      g_autofree char *match = g_strndup (text + start, end - start);
      g_autofree char *folded = fold (match);
      PlenaryParagraph *paragraph = plenary_search_result_get_paragraph (result);
      g_autofree char *context = NULL;
      gsize context_start, context_end;

      g_assert_cmpuint (start, <, end);
      g_assert_cmpuint (end, <=, strlen (text));
      g_assert_true (g_utf8_validate (match, -1, NULL));
      g_assert_cmpstr (folded, ==, wanted);

      /* Grouped: a result never comes before one of an earlier group. */
      g_assert_cmpint (group_rank (plenary_search_result_get_kind (result)), >=, rank);
      rank = group_rank (plenary_search_result_get_kind (result));

      if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_CHART)
        {
          PlenaryChartSpec *chart = plenary_search_result_get_chart (result);
          PlenaryLanguage language = plenary_search_result_get_language (result);
          gboolean in_chart = g_str_equal (text, plenary_chart_spec_get_title (chart, language));

          for (guint row = 0; row < plenary_chart_spec_get_n_rows (chart); row++)
            in_chart |= g_strcmp0 (text, plenary_chart_spec_get_row_label (chart, row, language)) == 0;
          for (guint series = 0; series < plenary_chart_spec_get_n_series (chart); series++)
            in_chart |= g_strcmp0 (text, plenary_chart_spec_get_series_label (chart, series, language)) == 0;
          g_assert_true (in_chart);
          n_charts_found++;
          continue;
        }
      if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_INVESTMENT)
        {
          PlenaryInvestmentCategory *category = plenary_search_result_get_category (result);

          g_assert_cmpstr (text, ==, plenary_investment_category_get_label (category, plenary_search_result_get_language (result)));
          continue;
        }

      g_assert_nonnull (paragraph);

      if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_TEXT)
        {
          /* The paragraph to jump to is the one that holds the match, in
           * the language it was found in. */
          g_assert_cmpstr (text, ==, plenary_paragraph_get_text_for (paragraph,
                                                                   plenary_search_result_get_language (result)));
          if (plenary_search_result_get_language (result) == PLENARY_LANGUAGE_EN)
            n_english_text++;
          g_assert_null (plenary_search_result_get_indicator (result));
          (*out_text)++;
        }
      else
        {
          PlenaryIndicator *indicator = plenary_search_result_get_indicator (result);

          g_assert_nonnull (indicator);
          g_assert_cmpstr (text, ==, plenary_indicator_get_label (indicator,
                                                                  plenary_search_result_get_language (result)));
          g_assert_true (plenary_indicator_get_paragraph (indicator) == paragraph);
          (*out_indicators)++;
        }

      context = plenary_search_result_dup_context (result, 20, &context_start, &context_end);
      g_assert_cmpuint (context_end - context_start, ==, end - start);
      g_assert_true (strncmp (context + context_start, text + start, end - start) == 0);
      g_assert_cmpint (g_utf8_strlen (context, -1), <=, 20 + 20 + g_utf8_strlen (match, -1) + 2);
    }

  return n;
}

static void
test_report_metro (void)
{
  g_autoptr(GListModel) results = plenary_search_report (report, "地铁", PLENARY_LANGUAGE_ZH, 0);
  guint text, indicators;

  g_assert_cmpuint (check_results (results, "地铁", &text, &indicators), >, 0);
  g_assert_cmpuint (text, >=, 3);
}

static void
test_report_gdp (void)
{
  g_autoptr(GListModel) upper = plenary_search_report (report, "GDP", PLENARY_LANGUAGE_EN, 0);
  g_autoptr(GListModel) lower = plenary_search_report (report, "gdp", PLENARY_LANGUAGE_EN, 0);
  guint text, indicators;

  g_assert_cmpuint (check_results (upper, "GDP", &text, &indicators), >, 0);
  /* "GDP growth" and "GDP growth, Q1" are indicator labels in English. */
  g_assert_cmpuint (indicators, >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lower), ==, g_list_model_get_n_items (upper));
  /* GDP stands in the English text and in chart rows. */
  g_assert_cmpuint (n_english_text, >, 0);
  check_results (upper, "GDP", &text, &indicators);
  g_assert_cmpuint (n_charts_found, >, 0);
}

/* "metro" is only in the English: it finds paragraphs, in any case. */
static void
test_report_metro_english (void)
{
  g_autoptr(GListModel) results = plenary_search_report (report, "Metro", PLENARY_LANGUAGE_EN, 0);
  g_autoptr(GListModel) zh_first = plenary_search_report (report, "metro", PLENARY_LANGUAGE_ZH, 0);
  guint text, indicators;

  g_assert_cmpuint (check_results (results, "metro", &text, &indicators), >, 0);
  g_assert_cmpuint (text, >=, 2);
  g_assert_cmpuint (n_english_text, ==, text);
  /* Whichever language is preferred, the English text is searched. */
  g_assert_cmpuint (g_list_model_get_n_items (zh_first), ==, g_list_model_get_n_items (results));
}

/* Chart titles and rows, and the investment categories, are searched. */
static void
test_report_charts_and_investment (void)
{
  g_autoptr(GListModel) urban = plenary_search_report (report, "urban renewal", PLENARY_LANGUAGE_EN, 0);
  g_autoptr(GListModel) chart = plenary_search_report (report, "主要经济总量指标增速", PLENARY_LANGUAGE_ZH, 0);
  g_autoptr(PlenarySearchResult) first = NULL;
  guint text, indicators;
  gboolean category = FALSE;

  check_results (urban, "urban renewal", &text, &indicators);
  for (guint i = 0; i < g_list_model_get_n_items (urban); i++)
    {
      g_autoptr(PlenarySearchResult) result = g_list_model_get_item (urban, i);

      category |= plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_INVESTMENT &&
                  g_str_equal (plenary_investment_category_get_id (plenary_search_result_get_category (result)),
                               "urban-renewal");
    }
  g_assert_true (category);

  check_results (chart, "主要经济总量指标增速", &text, &indicators);
  g_assert_cmpuint (n_charts_found, >=, 1);
  first = g_list_model_get_item (chart, 0);
  g_assert_cmpint (plenary_search_result_get_kind (first), ==, PLENARY_SEARCH_MATCH_CHART);
  g_assert_cmpstr (plenary_chart_spec_get_id (plenary_search_result_get_chart (first)), ==, "economy-growth-2019");
}

static void
test_report_nev (void)
{
  g_autoptr(GListModel) results = plenary_search_report (report, "新能源汽车", PLENARY_LANGUAGE_ZH, 0);
  guint text, indicators;

  g_assert_cmpuint (check_results (results, "新能源汽车", &text, &indicators), >, 0);
  g_assert_cmpuint (text, >=, 3);
}

static void
test_report_order_and_limits (void)
{
  g_autoptr(GListModel) empty = plenary_search_report (report, "", PLENARY_LANGUAGE_ZH, 0);
  g_autoptr(GListModel) none = plenary_search_report (report, "没有这样的词语", PLENARY_LANGUAGE_ZH, 0);
  g_autoptr(GListModel) many = plenary_search_report (report, "的", PLENARY_LANGUAGE_ZH, 0);
  g_autoptr(GListModel) capped = plenary_search_report (report, "的", PLENARY_LANGUAGE_ZH, 25);
  g_autoptr(GListModel) both = plenary_search_report (report, "5G", PLENARY_LANGUAGE_EN, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gboolean others_started = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (many), >, 25);
  g_assert_cmpuint (g_list_model_get_n_items (capped), ==, 25);

  /* Indicators first, then the text; an indicator whose labels both match
   * is listed once, in the preferred language. */
  for (guint i = 0; i < g_list_model_get_n_items (both); i++)
    {
      g_autoptr(PlenarySearchResult) result = g_list_model_get_item (both, i);
      PlenaryIndicator *indicator = plenary_search_result_get_indicator (result);

      if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_INDICATOR)
        {
          g_assert_false (others_started);
          g_assert_false (g_hash_table_contains (seen, indicator));
          g_hash_table_add (seen, indicator);
          g_assert_cmpint (plenary_search_result_get_language (result), ==, PLENARY_LANGUAGE_EN);
        }
      else
        {
          others_started = TRUE;
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), >, 0);
}

static void
test_context_markup (void)
{
  g_autoptr(GListModel) results = plenary_search_report (report, "地铁", PLENARY_LANGUAGE_ZH, 0);
  g_autoptr(PlenarySearchResult) result = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (results) && result == NULL; i++)
    {
      g_autoptr(PlenarySearchResult) item = g_list_model_get_item (results, i);

      if (plenary_search_result_get_kind (item) == PLENARY_SEARCH_MATCH_TEXT)
        result = g_steal_pointer (&item);
    }
  g_assert_nonnull (result);
  g_autofree char *markup = plenary_search_result_dup_context_markup (result, 20);

  g_assert_nonnull (strstr (markup, "<b>地铁</b>"));
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
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

  g_test_add_func ("/search/text-folding", test_text_folding);
  g_test_add_func ("/search/report/metro", test_report_metro);
  g_test_add_func ("/search/report/gdp", test_report_gdp);
  g_test_add_func ("/search/report/metro-english", test_report_metro_english);
  g_test_add_func ("/search/report/charts-and-investment", test_report_charts_and_investment);
  g_test_add_func ("/search/report/new-energy-vehicles", test_report_nev);
  g_test_add_func ("/search/report/order-and-limits", test_report_order_and_limits);
  g_test_add_func ("/search/context-markup", test_context_markup);

  status = g_test_run ();
  g_assert_finalize_object (report);
  return status;
}
