/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The bundled report loads whole and right.  The expected counts come from
 * reading the JSON file here with json-glib, independently of the loader;
 * the hard facts and spot checks come from the printed report. */
#include <string.h>

#include <json-glib/json-glib.h>

#include "plenary-report-loader.h"
#include "plenary-report-preload.h"
#include "plenary-settings.h"
#include "plenary-subscript.h"

#define REPORT_FILE "guangzhou-2019-2020.json"

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("PLENARY_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer)root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer)part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **)parts->pdata);
}

static PlenaryReport *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Counts taken from the JSON file itself. */
typedef struct
{
  guint chapters, sections, items, paragraphs;
  guint indicators, charts, headlines, units, errata, categories;
} Counts;

static guint
array_length (JsonObject *object,
              const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  return node != NULL ? json_array_get_length (json_node_get_array (node)) : 0;
}

static void
count_node (JsonObject *node,
            guint       depth,
            Counts     *counts)
{
  static const char * const children[] = { "sections", "items", NULL };
  guint *totals[] = { &counts->chapters, &counts->sections, &counts->items };

  (*totals[depth])++;
  counts->paragraphs += array_length (node, "paragraphs");
  if (children[depth] != NULL && json_object_has_member (node, children[depth]))
    {
      JsonArray *array = json_object_get_array_member (node, children[depth]);
      for (guint i = 0; i < json_array_get_length (array); i++)
        count_node (json_array_get_object_element (array, i), depth + 1, counts);
    }
}

static JsonParser *
parse_report_file (void)
{
  g_autofree char *path = source_path ("data", "reports", REPORT_FILE, NULL);
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return parser;
}

static Counts
count_json (JsonObject *root)
{
  JsonArray *chapters = json_object_get_array_member (root, "chapters");
  Counts counts = { 0, };

  for (guint i = 0; i < json_array_get_length (chapters); i++)
    count_node (json_array_get_object_element (chapters, i), 0, &counts);
  counts.paragraphs += array_length (root, "preamble") + array_length (root, "closing");
  counts.indicators = array_length (root, "indicators");
  counts.charts = array_length (root, "charts");
  counts.headlines = array_length (root, "headlines");
  counts.units = array_length (root, "units");
  counts.errata = array_length (root, "errata");
  counts.categories = array_length (json_object_get_object_member (root, "investment"), "categories");
  return counts;
}

static void
count_model_node (PlenaryOutlineNode *node,
                  Counts             *counts)
{
  GListModel *children = plenary_outline_node_get_children (node);
  GListModel *paragraphs = plenary_outline_node_get_paragraphs (node);
  guint *totals[] = { &counts->chapters, &counts->sections, &counts->items };

  (*totals[plenary_outline_node_get_kind (node)])++;
  counts->paragraphs += g_list_model_get_n_items (paragraphs);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      g_assert_true (plenary_paragraph_get_node (paragraph) == node);
    }

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlenaryOutlineNode) child = g_list_model_get_item (children, i);

      g_assert_true (plenary_outline_node_get_parent (child) == node);
      g_assert_cmpint (plenary_outline_node_get_kind (child), ==, plenary_outline_node_get_kind (node) + 1);
      g_assert_cmpuint (plenary_outline_node_get_position (child), ==, i + 1);
      count_model_node (child, counts);
    }
}

static Counts
count_model (PlenaryReport *report)
{
  GListModel *chapters = plenary_report_get_chapters (report);
  Counts counts = { 0, };

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      g_assert_null (plenary_outline_node_get_parent (chapter));
      count_model_node (chapter, &counts);
    }
  counts.paragraphs += g_list_model_get_n_items (plenary_report_get_preamble (report)) +
                       g_list_model_get_n_items (plenary_report_get_closing (report));
  counts.indicators = g_list_model_get_n_items (plenary_report_get_indicators (report));
  counts.charts = g_list_model_get_n_items (plenary_report_get_charts (report));
  counts.headlines = plenary_report_get_headlines (report)->len;
  counts.errata = plenary_report_get_errata (report)->len;
  counts.categories = g_list_model_get_n_items (
    plenary_investment_plan_get_categories (plenary_report_get_investment (report)));
  return counts;
}

static void
test_counts (void)
{
  g_autoptr(JsonParser) parser = parse_report_file ();
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  g_autoptr(PlenaryReport) report = load_default ();
  Counts expected = count_json (root);
  Counts actual = count_model (report);

  /* The report's own shape: two chapters (2019 review, 2020 plan), five
   * and ten sections, 43 numbered items. */
  g_assert_cmpuint (expected.chapters, ==, 2);
  g_assert_cmpuint (expected.sections, ==, 15);
  g_assert_cmpuint (expected.items, ==, 43);

  g_assert_cmpuint (actual.chapters, ==, expected.chapters);
  g_assert_cmpuint (actual.sections, ==, expected.sections);
  g_assert_cmpuint (actual.items, ==, expected.items);
  g_assert_cmpuint (actual.paragraphs, ==, expected.paragraphs);
  g_assert_cmpuint (plenary_report_get_all_paragraphs (report)->len, ==, expected.paragraphs);
  g_assert_cmpuint (actual.indicators, ==, expected.indicators);
  g_assert_cmpuint (actual.charts, ==, expected.charts);
  g_assert_cmpuint (actual.headlines, ==, expected.headlines);
  g_assert_cmpuint (actual.errata, ==, expected.errata);
  g_assert_cmpuint (actual.categories, ==, expected.categories);

  for (guint i = 0; i < expected.units; i++)
    {
      JsonObject *unit = json_array_get_object_element (json_object_get_array_member (root, "units"), i);
      g_assert_nonnull (plenary_report_find_unit (report, json_object_get_string_member (unit, "id")));
    }

  /* Hard facts from the text: 289 figures are quoted (the first release's
   * 279, less one the audit found no source for, plus eleven written in
   * Chinese numerals), and the app draws at least two dozen charts from
   * them. */
  g_assert_cmpuint (actual.indicators, >=, 250);
  g_assert_cmpuint (actual.indicators, ==, 289);
  g_assert_cmpuint (actual.charts, >=, 24);

  g_test_message ("%u chapters, %u sections, %u items, %u paragraphs, %u indicators, %u charts",
                  actual.chapters, actual.sections, actual.items, actual.paragraphs,
                  actual.indicators, actual.charts);
}

static void
test_metadata (void)
{
  g_autoptr(PlenaryReport) report = load_default ();

  g_assert_cmpstr (plenary_report_get_id (report), ==, "guangzhou-2019-2020");
  g_assert_cmpuint (plenary_report_get_review_year (report), ==, 2019);
  g_assert_cmpuint (plenary_report_get_plan_year (report), ==, 2020);
  g_assert_cmpstr (plenary_report_get_date (report), ==, "2020-06");
  g_assert_cmpstr (plenary_report_get_text (report, PLENARY_REPORT_FIELD_REGION, PLENARY_LANGUAGE_ZH), ==,
                   "广州市");
  g_assert_nonnull (strstr (plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH),
                            "2020 年国民经济和社会发展规划草案"));
  g_assert_nonnull (strstr (plenary_report_get_text (report, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_ZH),
                            "陈建荣"));
}

/* The bundled copy in the GResource is the file in data/reports. */
static void
test_resource_is_the_file (void)
{
  g_autofree char *path = source_path ("data", "reports", REPORT_FILE, NULL);
  g_autoptr(GBytes) bytes = plenary_report_dup_default_bytes ();
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
}

typedef struct
{
  const char       *id;
  double            value;
  const char       *unit;
  PlenaryQualifier  qualifier;
  const char       *period;
  PlenaryIndicatorKind kind;
} SpotCheck;

static void
test_spot_checks (void)
{
  static const SpotCheck checks[] = {
    { "gdp-growth-2019", 6.8, "%", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "export-growth-2019", -6.1, "%", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "nev-output-growth-2019", 110, "%", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "new-jobs-2019", 33.73, "万人", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "baiyun-airport-passengers-2019", 7338.6, "万人次:passengers", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "port-container-throughput-2019", 2323.6, "万标箱", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "pm25-2019", 30, "微克/立方米", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "metro-operating-length-2019", 515, "公里", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "5g-base-stations-2019", 2.02, "万座:base-stations", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "mask-daily-output-2020", 3000, "万个:masks", PLENARY_QUALIFIER_MORE_THAN, "2020", PLENARY_INDICATOR_ACTUAL },
    { "gdp-growth-2020-q1", -6.8, "%", PLENARY_QUALIFIER_NONE, "2020-Q1", PLENARY_INDICATOR_ACTUAL },
    { "key-projects-investment-2020", 3311, "亿元", PLENARY_QUALIFIER_AIM, "2020", PLENARY_INDICATOR_TARGET },
    { "key-projects-investment-2019", 3334, "亿元", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
    { "key-projects-plan-completion-2019", 108, "%", PLENARY_QUALIFIER_NONE, "2019", PLENARY_INDICATOR_ACTUAL },
  };
  g_autoptr(PlenaryReport) report = load_default ();

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      PlenaryIndicator *indicator = plenary_report_find_indicator (report, checks[i].id);

      if (indicator == NULL)
        g_error ("no indicator “%s”", checks[i].id);
      g_assert_cmpfloat_with_epsilon (plenary_indicator_get_value (indicator), checks[i].value, 1e-9);
      g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (indicator)), ==, checks[i].unit);
      g_assert_cmpint (plenary_indicator_get_qualifier (indicator), ==, checks[i].qualifier);
      g_assert_cmpstr (plenary_indicator_get_period (indicator), ==, checks[i].period);
      g_assert_cmpint (plenary_indicator_get_kind (indicator), ==, checks[i].kind);
    }

  /* How two of them read, as a check that value, unit and qualifier meet. */
  {
    PlenaryIndicator *masks = plenary_report_find_indicator (report, "mask-daily-output-2020");
    PlenaryIndicator *investment = plenary_report_find_indicator (report, "key-projects-investment-2020");
    g_autoptr(PlenaryFormattedNumber) masks_parts = plenary_indicator_format (masks, PLENARY_NUMBER_SCALE_SOURCE,
                                                                              PLENARY_LANGUAGE_ZH);
    g_autoptr(PlenaryFormattedNumber) investment_parts =
      plenary_indicator_format (investment, PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
    g_autofree char *masks_zh = plenary_formatted_number_join (masks_parts, PLENARY_NUMBER_JOIN_PLAIN, TRUE,
                                                               NULL, NULL);
    g_autofree char *investment_zh = plenary_formatted_number_join (investment_parts, PLENARY_NUMBER_JOIN_PLAIN,
                                                                    TRUE, NULL, NULL);

    g_assert_nonnull (strstr (masks_zh, "3000"));
    g_assert_nonnull (strstr (masks_zh, "万个"));
    g_assert_nonnull (strstr (investment_zh, "3311亿元"));
  }
}

/* Every quote stands in its paragraph at its offset, and the paragraph
 * lists the indicator back, in the order of the quotes. */
static void
test_quotes_and_links (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  GListModel *indicators = plenary_report_get_indicators (report);
  GPtrArray *paragraphs = plenary_report_get_all_paragraphs (report);
  guint linked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
      const char *text = plenary_paragraph_get_text (paragraph);
      const char *quote = plenary_indicator_get_quote (indicator);
      gsize offset = plenary_indicator_get_quote_offset (indicator);
      GPtrArray *backlinks = plenary_paragraph_get_indicators (paragraph);
      guint index;

      g_assert_nonnull (quote);
      g_assert_cmpuint (strlen (quote), >, 0);
      g_assert_cmpuint (offset + strlen (quote), <=, strlen (text));
      if (strncmp (text + offset, quote, strlen (quote)) != 0)
        g_error ("%s: “%s” is not at offset %" G_GSIZE_FORMAT " of %s", plenary_indicator_get_id (indicator),
                 quote, offset, plenary_paragraph_get_id (paragraph));
      g_assert_true (plenary_report_find_paragraph (report, plenary_paragraph_get_id (paragraph)) == paragraph);
      g_assert_true (g_ptr_array_find (backlinks, indicator, &index));
      g_assert_true (plenary_report_find_indicator (report, plenary_indicator_get_id (indicator)) == indicator);
    }

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      GPtrArray *backlinks = plenary_paragraph_get_indicators (paragraph);

      for (guint j = 0; j < backlinks->len; j++)
        {
          PlenaryIndicator *indicator = g_ptr_array_index (backlinks, j);

          g_assert_true (plenary_indicator_get_paragraph (indicator) == paragraph);
          if (j > 0)
            g_assert_cmpuint (plenary_indicator_get_quote_offset (g_ptr_array_index (backlinks, j - 1)), <=,
                              plenary_indicator_get_quote_offset (indicator));
          linked++;
        }
    }
  g_assert_cmpuint (linked, ==, g_list_model_get_n_items (indicators));
}

static void
assert_quote_in (PlenaryParagraph *paragraph,
                 const char       *quote)
{
  g_assert_nonnull (paragraph);
  g_assert_nonnull (quote);
  if (strstr (plenary_paragraph_get_text (paragraph), quote) == NULL)
    g_error ("“%s” is not in %s", quote, plenary_paragraph_get_id (paragraph));
}

/* 763 key projects with 331.1 billion yuan this year, in five categories
 * that add up; 3334 (108 % of plan) done the year before. */
static void
test_investment (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  GListModel *categories;
  guint projects = 0;
  double amount = 0;

  g_assert_nonnull (plan);
  g_assert_cmpuint (plenary_investment_plan_get_year (plan), ==, 2020);
  g_assert_cmpuint (plenary_investment_plan_get_projects (plan), ==, 763);
  g_assert_cmpfloat (plenary_investment_plan_get_amount (plan), ==, 3311);
  g_assert_cmpstr (plenary_unit_get_id (plenary_investment_plan_get_unit (plan)), ==, "亿元");
  assert_quote_in (plenary_investment_plan_get_paragraph (plan), plenary_investment_plan_get_quote (plan));
  g_assert_nonnull (strstr (plenary_investment_plan_get_quote (plan), "763"));
  g_assert_cmpstr (plenary_indicator_get_id (plenary_investment_plan_get_growth_target (plan)), ==,
                   "fixed-asset-investment-growth-target-2020");

  categories = plenary_investment_plan_get_categories (plan);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (categories, i);

      projects += plenary_investment_category_get_projects (category);
      amount += plenary_investment_category_get_amount (category);
      assert_quote_in (plenary_investment_category_get_paragraph (category),
                       plenary_investment_category_get_quote (category));
    }
  g_assert_cmpuint (projects, ==, 763);
  g_assert_cmpfloat (amount, ==, 3311);
  g_assert_cmpuint (plenary_investment_plan_sum_projects (plan), ==, 763);
  g_assert_cmpfloat_with_epsilon (plenary_investment_plan_sum_amount (plan), 3311, 1e-9);

  g_assert_cmpuint (plenary_investment_plan_get_previous_year (plan), ==, 2019);
  g_assert_cmpfloat (plenary_investment_plan_get_previous_completed (plan), ==, 3334);
  g_assert_cmpfloat (plenary_investment_plan_get_previous_share_of_plan (plan), ==, 108);
  assert_quote_in (plenary_investment_plan_get_previous_paragraph (plan),
                   plenary_investment_plan_get_previous_quote (plan));
}

/* Charts resolve to their section and indicators and agree with the JSON
 * about rows and labels. */
static void
test_charts (void)
{
  g_autoptr(JsonParser) parser = parse_report_file ();
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *json_charts = json_object_get_array_member (root, "charts");
  g_autoptr(PlenaryReport) report = load_default ();
  GListModel *charts = plenary_report_get_charts (report);

  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, json_array_get_length (json_charts));

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);
      JsonObject *json = json_array_get_object_element (json_charts, i);
      JsonArray *ids = json_object_get_array_member (json, "indicators");
      PlenaryOutlineNode *section = plenary_chart_spec_get_section (chart);
      guint n_rows = plenary_chart_spec_get_n_rows (chart);
      guint n_series = plenary_chart_spec_get_n_series (chart);
      g_autoptr(GPtrArray) for_node = NULL;

      g_assert_cmpstr (plenary_chart_spec_get_id (chart), ==, json_object_get_string_member (json, "id"));
      g_assert_true (plenary_report_find_chart (report, plenary_chart_spec_get_id (chart)) == chart);
      g_assert_nonnull (plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_ZH));
      g_assert_cmpstr (plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_EN), !=, "");

      g_assert_true (section == plenary_report_find_node (report, json_object_get_string_member (json, "section")));
      for_node = plenary_report_dup_charts_for_node (report, section);
      g_assert_true (g_ptr_array_find (for_node, chart, NULL));

      g_assert_cmpuint (n_rows * n_series, ==, json_array_get_length (ids));
      for (guint row = 0; row < n_rows; row++)
        for (guint series = 0; series < n_series; series++)
          {
            PlenaryIndicator *value = plenary_chart_spec_get_value (chart, row, series);
            g_autoptr(GPtrArray) for_indicator = NULL;

            g_assert_nonnull (value);
            g_assert_cmpstr (plenary_indicator_get_id (value), ==,
                             json_array_get_string_element (ids, row * n_series + series));
            g_assert_true (plenary_chart_spec_shows (chart, value));
            for_indicator = plenary_report_dup_charts_for_indicator (report, value);
            g_assert_true (g_ptr_array_find (for_indicator, chart, NULL));
          }

      if (json_object_has_member (json, "rows"))
        {
          JsonArray *rows = json_object_get_array_member (json, "rows");
          for (guint row = 0; row < n_rows; row++)
            {
              const char *zh = json_object_get_string_member (json_array_get_object_element (rows, row), "zh");
              /* The loader draws subscript markup (PM_{2.5} → PM₂.₅). */
              g_autofree char *drawn = plenary_subscript_render (zh);

              g_assert_cmpstr (plenary_chart_spec_get_row_label (chart, row, PLENARY_LANGUAGE_ZH), ==,
                               drawn != NULL ? drawn : zh);
            }
        }
      if (n_series > 1)
        for (guint series = 0; series < n_series; series++)
          g_assert_nonnull (plenary_chart_spec_get_series_label (chart, series, PLENARY_LANGUAGE_ZH));
    }
}

static void
test_headlines (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  GPtrArray *headlines = plenary_report_get_headlines (report);
  PlenaryHeadline *first;

  g_assert_cmpuint (headlines->len, >=, 1);
  g_assert_cmpuint (headlines->len, <=, 12);
  for (guint i = 0; i < headlines->len; i++)
    {
      PlenaryHeadline *headline = g_ptr_array_index (headlines, i);
      g_assert_true (PLENARY_IS_INDICATOR (headline->indicator));
      g_assert_true (headline->change == NULL || PLENARY_IS_INDICATOR (headline->change));
    }
  first = g_ptr_array_index (headlines, 0);
  g_assert_cmpstr (plenary_indicator_get_id (first->indicator), ==, "gdp-growth-2019");
}

/* The four slips of the printed text are corrected, and say so. */
static void
test_errata (void)
{
  static const struct { const char *paragraph, *original, *corrected; } expected[] = {
    { "c2s4i3p1", "平台 and 机构", "平台和机构" },
    { "c2s10i3p1", "管理和服 务", "管理和服务" },
    { "c1s5p4", "居民医保护面完成率", "居民医保扩面完成率" },
    { "c2s6i3p1", "民营经济发展展环境评估", "民营经济发展环境评估" },
  };
  g_autoptr(PlenaryReport) report = load_default ();
  GPtrArray *errata = plenary_report_get_errata (report);

  g_assert_cmpuint (errata->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < errata->len; i++)
    {
      PlenaryErratum *erratum = g_ptr_array_index (errata, i);
      const char *text = plenary_paragraph_get_text (erratum->paragraph);

      g_assert_cmpstr (plenary_paragraph_get_id (erratum->paragraph), ==, expected[i].paragraph);
      g_assert_cmpstr (erratum->original, ==, expected[i].original);
      g_assert_cmpstr (erratum->corrected, ==, expected[i].corrected);
      g_assert_nonnull (erratum->reason);
      g_assert_nonnull (strstr (text, expected[i].corrected));
      g_assert_null (strstr (text, expected[i].original));
    }

  /* No English word is left in any paragraph of the Chinese text. */
  {
    GPtrArray *paragraphs = plenary_report_get_all_paragraphs (report);
    for (guint i = 0; i < paragraphs->len; i++)
      g_assert_null (strstr (plenary_paragraph_get_text (g_ptr_array_index (paragraphs, i)), " and "));
  }
}

static void
test_outline_references (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  PlenaryOutlineNode *item = plenary_report_find_node (report, "c2s2i2");
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  g_assert_nonnull (item);
  g_assert_cmpint (plenary_outline_node_get_kind (item), ==, PLENARY_OUTLINE_ITEM);
  zh = plenary_outline_node_dup_reference (item, PLENARY_LANGUAGE_ZH);
  en = plenary_outline_node_dup_reference (item, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (zh, ==, "二（二）2.");
  g_assert_cmpstr (en, ==, "§2.2.2");
  g_assert_cmpstr (plenary_outline_node_get_title (item, PLENARY_LANGUAGE_ZH), ==, "精准扩大有效投资。");

  /* A heading is not a sentence: it drops the report's full stop. */
  {
    g_autofree char *heading = plenary_outline_node_dup_heading (item, PLENARY_LANGUAGE_ZH);
    g_autofree char *section = plenary_outline_node_dup_heading (plenary_report_find_node (report, "c1s1"),
                                                                 PLENARY_LANGUAGE_ZH);

    g_assert_cmpstr (heading, ==, "2.精准扩大有效投资");
    g_assert_true (g_str_has_prefix (section, "（一）"));
    g_assert_false (g_str_has_suffix (section, "。"));
  }
}

/* Loading the file from disk gives the same report as the bundled copy. */
static void
test_load_file (void)
{
  g_autofree char *path = source_path ("data", "reports", REPORT_FILE, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) from_file = plenary_report_load_file (file, NULL, &error);
  g_autoptr(PlenaryReport) bundled = load_default ();
  Counts a, b;

  g_assert_no_error (error);
  g_assert_nonnull (from_file);
  a = count_model (from_file);
  b = count_model (bundled);
  g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
  g_assert_cmpfloat (plenary_indicator_get_value (plenary_report_find_indicator (from_file, "pm25-2019")), ==, 30);
  g_assert_finalize_object (g_steal_pointer (&from_file));
}

static void
test_load_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/plenary/report.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_file (file, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The command line, as a person or a script would run it. */
static int
run_plenary (const char * const *args,
             char              **out,
             char              **err)
{
  g_autofree char *binary = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int status = -1;

  g_assert_nonnull (g_getenv ("PLENARY_BUILD_ROOT"));
  binary = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "src", "plenary", NULL);
  g_ptr_array_add (argv, binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  /* Untranslated messages, whatever the desktop's language. */
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli_validate (void)
{
  g_autofree char *good = source_path ("data", "reports", REPORT_FILE, NULL);
  g_autofree char *bad = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "tests", "data", "invalid",
                                           "value-string.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = run_plenary ((const char *[]) { "--validate", good, NULL }, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, ": valid: 2 chapters, 289 indicators, "));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = run_plenary ((const char *[]) { "--validate", bad, NULL }, &out, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "value-string.json: invalid: "
                                 "$.indicators[2].value: expected a number, found a string.\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One of a kind is said in the singular. */
  {
    g_autofree char *minimal = source_path ("tests", "data", "minimal-report.json", NULL);

    status = run_plenary ((const char *[]) { "--validate", minimal, NULL }, &out, &err);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, ": valid: 1 chapter, 4 indicators, 3 charts\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* One bad file among good ones still fails the run, and each is named. */
  status = run_plenary ((const char *[]) { "--validate", good, bad, NULL }, &out, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, ": valid: "));
  g_assert_nonnull (strstr (err, ": invalid: "));
}

static void
test_cli_list_indicators (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;
  int status;

  status = run_plenary ((const char *[]) { "--list-indicators", "--lang", "en", NULL }, &out, &err);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, ==, 289 + 2);
  g_assert_cmpstr (lines[n - 2], ==, "289 indicators");
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_assert_true (g_str_has_prefix (lines[0], "gdp-growth-2019 "));
  g_assert_nonnull (strstr (lines[0], "GDP growth"));
}

/* The start-up report is read on a thread: the bundled one when no
 * report was open last, the last one when it still loads, and the bundled
 * one again when it does not; and it is handed out once. */
static void
test_preload (void)
{
  g_autoptr(GSettings) settings = plenary_settings_new ("last-report");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-report.json", NULL);
  g_autoptr(GFile) minimal = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (minimal);
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (settings);
  g_assert_null (plenary_report_preload_finish (&file, &error));
  g_assert_no_error (error);

  g_settings_set_string (settings, "last-report", "");
  plenary_report_preload_start ();
  report = plenary_report_preload_finish (&file, &error);
  g_assert_no_error (error);
  g_assert_null (file);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, 289);
  g_assert_null (plenary_report_preload_finish (NULL, NULL));
  g_clear_object (&report);

  g_settings_set_string (settings, "last-report", uri);
  plenary_report_preload_start ();
  report = plenary_report_preload_finish (&file, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (file, minimal));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), <, 289);
  g_clear_object (&report);
  g_clear_object (&file);

  g_settings_set_string (settings, "last-report", "file:///nonexistent/gone.json");
  plenary_report_preload_start ();
  report = plenary_report_preload_finish (&file, &error);
  g_assert_no_error (error);
  g_assert_null (file);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, 289);
  g_settings_set_string (settings, "last-report", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/counts", test_counts);
  g_test_add_func ("/report/preload", test_preload);
  g_test_add_func ("/report/metadata", test_metadata);
  g_test_add_func ("/report/resource-is-the-file", test_resource_is_the_file);
  g_test_add_func ("/report/spot-checks", test_spot_checks);
  g_test_add_func ("/report/quotes-and-links", test_quotes_and_links);
  g_test_add_func ("/report/investment", test_investment);
  g_test_add_func ("/report/charts", test_charts);
  g_test_add_func ("/report/headlines", test_headlines);
  g_test_add_func ("/report/errata", test_errata);
  g_test_add_func ("/report/outline-references", test_outline_references);
  g_test_add_func ("/report/load-file", test_load_file);
  g_test_add_func ("/report/load-missing-file", test_load_missing_file);
  g_test_add_func ("/cli/validate", test_cli_validate);
  g_test_add_func ("/cli/list-indicators", test_cli_list_indicators);

  return g_test_run ();
}
