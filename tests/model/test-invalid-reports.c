/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every file in tests/data/invalid/ (made by tests/data/make-invalid.py at
 * build time) breaks tests/data/minimal-report.json in
 * one way (tests/data/make-invalid.py writes them); each must be refused
 * with exactly the message below, which names the place and says what is
 * wrong in one sentence. */
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "plenary-json-reader.h"
#include "plenary-report-loader.h"
#include "plenary-report-loader-private.h"

typedef struct
{
  const char         *name;
  PlenaryReportError  code;
  const char         *message;
} InvalidReport;

#define TOO_LARGE PLENARY_REPORT_ERROR_TOO_LARGE
#define TOO_DEEP PLENARY_REPORT_ERROR_TOO_DEEP
#define ENCODING PLENARY_REPORT_ERROR_ENCODING
#define SYNTAX PLENARY_REPORT_ERROR_SYNTAX
#define FORMAT PLENARY_REPORT_ERROR_FORMAT
#define TYPE PLENARY_REPORT_ERROR_TYPE
#define MISSING PLENARY_REPORT_ERROR_MISSING
#define VALUE PLENARY_REPORT_ERROR_VALUE
#define DUPLICATE PLENARY_REPORT_ERROR_DUPLICATE
#define REFERENCE PLENARY_REPORT_ERROR_REFERENCE
#define QUOTE PLENARY_REPORT_ERROR_QUOTE
#define INCONSISTENT PLENARY_REPORT_ERROR_INCONSISTENT
#define CHART PLENARY_REPORT_ERROR_CHART

static const InvalidReport invalid_reports[] = {
  { "bad-chart-type", VALUE,
    "$.charts[1].type: “pie” is not one of bar, grouped-bar, diverging-bar, share, ramp, big-number." },
  { "bad-id-characters", VALUE,
    "$.chapters[0].sections[0].id: “C1 S1” is not a valid id: use lower-case letters and digits, with single hyphens between words." },
  { "bad-id-hyphens", VALUE,
    "$.charts[0].id: “growth--2019” is not a valid id: use lower-case letters and digits, with single hyphens between words." },
  { "bad-kind", VALUE,
    "$.indicators[1].kind: “forecast” is not one of actual, target, baseline." },
  { "bad-measure", VALUE,
    "$.indicators[2].measure: “ratio” is not one of level, growth, share, change, rank." },
  { "bad-period", VALUE,
    "$.indicators[0].period: “FY2019” is not a period: use 2019, 2020-Q1, 2020-04, 2020-01/04, 2017/2019 or cumulative." },
  { "bad-qualifier", VALUE,
    "$.indicators[3].qualifier: “roughly” is not one of more-than, at-least, at-most, about, aim." },
  { "bar-mixed-units", CHART,
    "$.charts[1].indicators[1]: “key-projects-investment-2020” is in 亿元 but the chart’s first value is in 万人; one chart shows one unit." },
  { "bar-negative", CHART,
    "$.charts[1].indicators[0]: “export-growth-2019” is negative, which a bar chart cannot show; use a diverging-bar chart for values that fall." },
  { "big-number-five", CHART,
    "$.charts[2].indicators: a big-number chart shows 1 to 4 numbers, not 5." },
  { "chart-indicator-number", TYPE,
    "$.charts[1].indicators[0]: expected a string, found a number." },
  { "chart-no-indicators", CHART,
    "$.charts[2].indicators: a chart needs at least one indicator." },
  { "chart-section-is-paragraph", REFERENCE,
    "$.charts[0].section: there is no chapter, section or item with the id “c1s1p1”." },
  { "chart-unknown-indicator", REFERENCE,
    "$.charts[1].indicators[0]: there is no indicator with the id “jobs”." },
  { "chart-unknown-section", REFERENCE,
    "$.charts[0].section: there is no chapter, section or item with the id “c1s9”." },
  { "comment-hides-nesting", SYNTAX,
    "Line 1, column 7: the file is not valid JSON (comments are not allowed)." },
  { "diverging-no-negative", CHART,
    "$.charts[0].indicators: a diverging-bar chart needs at least one value below zero." },
  { "duplicate-category-id", DUPLICATE,
    "$.investment.categories[1]: the category id “industry” is used twice." },
  { "duplicate-chart-id", DUPLICATE,
    "$.charts[2]: the chart id “growth-2019” is used twice." },
  { "duplicate-indicator-id", DUPLICATE,
    "$.indicators[3]: the indicator id “gdp-growth-2019” is used twice." },
  { "duplicate-node-id", DUPLICATE,
    "$.chapters[0].sections[1].items[0]: the id “c1s1” is already used by a chapter, section or item." },
  { "duplicate-node-paragraph-id", DUPLICATE,
    "$.chapters[0].sections[1]: the id “c1p1” is already used by a paragraph." },
  { "duplicate-paragraph-id", DUPLICATE,
    "$.chapters[0].sections[1].items[0].paragraphs[0]: the id “c1s1p1” is already used by a paragraph." },
  { "duplicate-paragraph-node-id", DUPLICATE,
    "$.chapters[0].sections[0].paragraphs[0]: the id “c1” is already used by a chapter, section or item." },
  { "duplicate-unit", DUPLICATE,
    "$.units[4]: the unit “万人” is defined twice." },
  { "empty-number", VALUE,
    "$.chapters[0].number: this field must not be empty." },
  { "empty-paragraph-text", VALUE,
    "$.closing[0].text: this field must not be empty." },
  { "empty", SYNTAX,
    "The file is empty." },
  { "erratum-not-applied", QUOTE,
    "$.errata[0].corrected: the corrected text “平台与机构” does not appear in paragraph “c1p1”." },
  { "erratum-unknown-paragraph", REFERENCE,
    "$.errata[0].paragraph: there is no paragraph with the id “c2p1”." },
  { "grouped-bar-missing-series", CHART,
    "$.charts[0]: a grouped-bar chart needs a “series” list of 2 labels, one for each value in a row." },
  { "grouped-bar-odd", CHART,
    "$.charts[1].indicators: a grouped-bar chart takes its indicators in pairs, but this one lists 1." },
  { "grouped-bar-one-series", CHART,
    "$.charts[0].series: a grouped-bar chart needs 2 series labels, one for each value in a row, not 1." },
  { "headline-unknown-change", REFERENCE,
    "$.headlines[0].change: there is no indicator with the id “gdp-2019”." },
  { "headline-unknown-indicator", REFERENCE,
    "$.headlines[1].indicator: there is no indicator with the id “jobs-2019”." },
  { "id-with-newline", VALUE,
    "$.indicators[0].id: “gdp-growth\\n2019” is not a valid id: use lower-case letters and digits, with single hyphens between words." },
  { "indicator-string", TYPE,
    "$.indicators[0]: expected an object, found a string." },
  { "invalid-utf8", ENCODING,
    "Line 7, column 16: the file is not valid UTF-8 text (byte 0xE9)." },
  { "investment-amount-sum", INCONSISTENT,
    "$.investment: the categories’ amounts add up to 2523, but the plan’s amount is 2544." },
  { "investment-category-quote", QUOTE,
    "$.investment.categories[1].quote: “推进年度投资1521亿元的226个交通项目” does not appear in paragraph “c1s2i1p1”." },
  { "investment-negative-amount", VALUE,
    "$.investment.categories[0].amount: an amount must not be negative, found -1023." },
  { "investment-projects-sum", INCONSISTENT,
    "$.investment: the categories add up to 516 projects, but the plan counts 515." },
  { "investment-unknown-growth-target", REFERENCE,
    "$.investment.growth_target: there is no indicator with the id “fai-growth”." },
  { "investment-unknown-unit", REFERENCE,
    "$.investment.unit: the unit “万元” is not in the report’s unit table." },
  { "long-quote", QUOTE,
    "$.indicators[2].quote: “" "新增就业新增就业新增就业新增就业新增就业新增就业新增就业新增就业新增就业新增就业"
    "新增就业新增就业新增就业新增就业新增就业" "…” does not appear in paragraph “c1s1p1”." },
  { "metadata-array", TYPE,
    "$.metadata: expected an object, found an array." },
  { "missing-chapters", MISSING,
    "$: the required field “chapters” is missing." },
  { "missing-chart-section", MISSING,
    "$.charts[2]: the required field “section” is missing." },
  { "missing-format", MISSING,
    "$: the required field “format” is missing." },
  { "missing-indicator-label-en", MISSING,
    "$.indicators[0].label: the required field “en” is missing." },
  { "missing-indicator-quote", MISSING,
    "$.indicators[1]: the required field “quote” is missing." },
  { "missing-investment-categories", MISSING,
    "$.investment: the required field “categories” is missing." },
  { "missing-metadata-title", MISSING,
    "$.metadata: the required field “title” is missing." },
  { "missing-metadata", MISSING,
    "$: the required field “metadata” is missing." },
  { "missing-paragraph-text", MISSING,
    "$.chapters[0].sections[0].paragraphs[0]: the required field “text” is missing." },
  { "missing-title-zh", MISSING,
    "$.chapters[0].sections[0].title: the required field “zh” is missing." },
  { "newer-version", FORMAT,
    "$.version: the report is in format version 2, newer than the version 1 this Plenary reads." },
  { "no-chapters", VALUE,
    "$.chapters: a report needs at least one chapter." },
  { "not-json", SYNTAX,
    "Line 1, column 1: the file is not a JSON object; a report starts with “{”." },
  { "nul-byte", ENCODING,
    "Line 2, column 6: the file is not valid UTF-8 text (byte 0x00)." },
  { "number-before-object", SYNTAX,
    "Line 1, column 1: the file is not a JSON object; a report starts with “{”." },
  { "only-white-space", SYNTAX,
    "The file holds nothing but white space." },
  { "paragraph-text-empty-en", VALUE,
    "$.chapters[0].sections[0].paragraphs[0].text.en: this field must not be empty." },
  { "paragraph-text-en-number", TYPE,
    "$.chapters[0].sections[0].paragraphs[0].text.en: expected a string, found a number." },
  { "paragraph-text-missing-en", MISSING,
    "$.chapters[0].sections[0].paragraphs[0].text: the required field “en” is missing." },
  { "projects-fraction", VALUE,
    "$.investment.projects: expected a whole number of at least 0, found 515.5." },
  { "projects-negative", VALUE,
    "$.investment.categories[0].projects: expected a whole number of at least 0, found -289." },
  { "quote-en-for-untranslated-paragraph", QUOTE,
    "$.indicators[3].quote.en: paragraph “c1s2i1p1” has no English text to quote from." },
  { "quote-en-in-chinese", QUOTE,
    "$.indicators[0].quote.en: “地区生产总值增长 6.8%” does not appear in the English text of paragraph “c1s1p1”." },
  { "quote-en-missing", MISSING,
    "$.indicators[2].quote: the required field “en” is missing." },
  { "quote-en-not-in-paragraph", QUOTE,
    "$.indicators[1].quote.en: “exports fell by 6.2%” does not appear in the English text of paragraph “c1s1p1”." },
  { "quote-in-other-paragraph", QUOTE,
    "$.indicators[0].quote: “地区生产总值增长 6.8%” does not appear in paragraph “c1p1”." },
  { "quote-not-in-paragraph", QUOTE,
    "$.indicators[1].quote: “出口下降 6.2%” does not appear in paragraph “c1s1p1”." },
  { "quote-without-en-for-translated-paragraph", QUOTE,
    "$.indicators[0].quote: paragraph “c1s1p1” has an English text, so the quote needs one too: write it as {\"zh\": …, \"en\": …}." },
  { "quote-zh-not-in-paragraph", QUOTE,
    "$.indicators[2].quote.zh: “新增就业 33.37 万人” does not appear in the text of paragraph “c1s1p1”." },
  { "root-array", SYNTAX,
    "Line 1, column 1: the file is not a JSON object; a report starts with “{”." },
  { "rows-mismatch", CHART,
    "$.charts[0].rows: there are 3 row labels for 2 rows of values." },
  { "share-one-part", CHART,
    "$.charts[1].indicators: a share chart shows 2 to 8 parts, not 1." },
  { "single-quotes", SYNTAX,
    "Line 1, column 2: the file is not valid JSON (strings must be in double quotes)." },
  { "title-string", TYPE,
    "$.chapters[0].title: expected an object, found a string." },
  { "too-deep", TOO_DEEP,
    "Line 1, column 70: the JSON is nested more than 64 levels deep, deeper than any report." },
  { "too-many-headlines", VALUE,
    "$.headlines: at most 12 headlines fit on the overview; this report has 13." },
  { "trailing-comma", SYNTAX,
    "Line 28, column 20: the file is not valid JSON (unexpected character `,', expected string constant)." },
  { "truncated", SYNTAX,
    "Line 144, column 10: the file ends inside a string; it may have been cut short." },
  { "two-objects", SYNTAX,
    "Line 300, column 1: the file goes on after the end of the JSON." },
  { "unit-bad-kind", VALUE,
    "$.units[3].kind: “pieces” is not one of percent, points, money, count, length, area, concentration, power, time, rank." },
  { "unit-number", TYPE,
    "$.indicators[0].unit: expected a string, found a number." },
  { "unit-zero-scale", VALUE,
    "$.units[1].scale: a unit’s scale must be greater than zero, not 0." },
  { "units-object", TYPE,
    "$.units: expected an array, found an object." },
  { "unknown-paragraph", REFERENCE,
    "$.indicators[1].paragraph: there is no paragraph with the id “c9p9”." },
  { "unknown-unit", REFERENCE,
    "$.indicators[2].unit: the unit “万户” is not in the report’s unit table." },
  { "unquoted-text", SYNTAX,
    "Line 148, column 13: the file is not valid JSON (unexpected character `六', expected character `}')." },
  { "value-huge", VALUE,
    "$.indicators[0].value: the number is out of range." },
  { "value-null", TYPE,
    "$.indicators[0].value: expected a number, found null." },
  { "value-string", TYPE,
    "$.indicators[2].value: expected a number, found a string." },
  { "version-string", TYPE,
    "$.version: expected a number, found a string." },
  { "version-zero", FORMAT,
    "$.version: 0 is not a format version; this Plenary reads version 1." },
  { "wrong-format", FORMAT,
    "$.format: “plenary-slides” is not “plenary-report”, so this is not a Plenary report." },
};

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
invalid_path (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  /* Made by the build from the minimal report (tests/meson.build). */
  return g_test_build_filename (G_TEST_BUILT, "data", "invalid", file_name, NULL);
}

static void
assert_refused (GBytes              *bytes,
                const InvalidReport *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_bytes (bytes, &error);

  if (report != NULL)
    g_error ("%s.json was accepted; expected: %s", expected->name, expected->message);
  g_assert_error (error, PLENARY_REPORT_ERROR, (int)expected->code);
  g_assert_cmpstr (error->message, ==, expected->message);
}

static void
test_invalid_report (gconstpointer data)
{
  const InvalidReport *expected = data;
  g_autofree char *path = invalid_path (expected->name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_refused (bytes, expected);

  /* Loading from the file says the same. */
  report = plenary_report_load_file (file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, PLENARY_REPORT_ERROR, (int)expected->code);
  g_assert_cmpstr (error->message, ==, expected->message);
}

/* The table and the folder must match: a file without an expected message
 * would go untested, and a row without a file would test nothing. */
static void
test_table_matches_folder (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_BUILT, "data", "invalid", NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  const char *file_name;

  g_assert_no_error (error);
  while ((file_name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (file_name, ".json"))
        continue;
      g_hash_table_add (names, g_strndup (file_name, strlen (file_name) - strlen (".json")));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid_reports); i++)
    {
      if (!g_hash_table_remove (names, invalid_reports[i].name))
        g_error ("%s.json is in the table but not in %s", invalid_reports[i].name, folder);
    }

  if (g_hash_table_size (names) > 0)
    {
      g_autofree gpointer *left = g_hash_table_get_keys_as_array (names, NULL);
      g_error ("%s.json has no expected message in the table", (char *)left[0]);
    }

  g_assert_cmpuint (G_N_ELEMENTS (invalid_reports), >=, 30);
  g_test_message ("%u invalid reports", (guint)G_N_ELEMENTS (invalid_reports));
}

/* Every message is one sentence: a capital letter or "$" or "Line" first, a
 * full stop last, and no full stop (or line break) before the end but
 * inside quotes. */
static void
test_messages_are_sentences (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_reports); i++)
    {
      const char *message = invalid_reports[i].message;

      g_assert_true (g_str_has_suffix (message, "."));
      g_assert_null (strchr (message, '\n'));
      g_assert_true (g_str_has_prefix (message, "$") || g_str_has_prefix (message, "Line ") ||
                     g_str_has_prefix (message, "The file"));
      g_assert_null (strstr (message, "\\3"));
    }
}

/* The reports are derived from this one, so it must load. */
static void
test_minimal_report_loads (void)
{
  g_autofree char *path = data_path ("minimal-report.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_chapters (report)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_charts (report)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (
                      plenary_investment_plan_get_categories (plenary_report_get_investment (report))), ==, 2);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* Newer writers may add fields; this reader must ignore them. */
static void
test_unknown_fields_are_ignored (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "unknown-fields-report.json", NULL);
  g_autofree char *minimal_path = data_path ("minimal-report.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) minimal_file = g_file_new_for_path (minimal_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_file (file, NULL, &error);
  g_autoptr(PlenaryReport) minimal = NULL;
  g_autofree char *contents = NULL;
  PlenaryIndicator *gdp;

  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* The file really has fields the loader does not know. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"generator\""));
  g_assert_nonnull (strstr (contents, "\"confidence\""));

  minimal = plenary_report_load_file (minimal_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==,
                    g_list_model_get_n_items (plenary_report_get_indicators (minimal)));
  gdp = plenary_report_find_indicator (report, "gdp-growth-2019");
  g_assert_nonnull (gdp);
  g_assert_cmpfloat (plenary_indicator_get_value (gdp), ==, 6.8);
  g_assert_cmpstr (plenary_indicator_get_label (gdp, PLENARY_LANGUAGE_EN), ==, "GDP growth");
}

static void
assert_check (const char         *data,
              gsize               max_bytes,
              guint               max_depth,
              PlenaryReportError  code,
              const char         *message)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = plenary_json_check_bytes (data, strlen (data), max_bytes, max_depth,
                                          plenary_report_loader_json_errors (), &error);

  if (message == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, PLENARY_REPORT_ERROR, (int)code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_check_size (void)
{
  assert_check ("{\"a\": [1, 2, 3]}", 16, 8, 0, NULL);
  assert_check ("{\"a\": [1, 2, 3] }", 16, 8, TOO_LARGE,
                "The file is 0.0 MiB; reports larger than 0 MiB are refused.");
  assert_check ("", 16, 8, SYNTAX, "The file is empty.");
}

/* A report file past the limit is refused from its size alone: the file
 * here is sparse, so it takes no room on disk and is never read. */
static void
test_file_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-large-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected = NULL;
  int fd;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);
  fd = g_open (path, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, PLENARY_REPORT_MAX_BYTES + 1), ==, 0);
  g_close (fd, NULL);

  expected = g_strdup_printf ("The file is %.1f MiB; reports larger than %u MiB are refused.",
                              (PLENARY_REPORT_MAX_BYTES + 1) / 1048576.0,
                              (guint)(PLENARY_REPORT_MAX_BYTES / 1048576));

  file = g_file_new_for_path (path);
  report = plenary_report_load_file (file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* Bytes from elsewhere are checked too, before anything looks inside. */
  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  report = plenary_report_load_bytes (bytes, &error);
  g_assert_null (report);
  g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);

  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&mapped, g_mapped_file_unref);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
nested (guint        depth,
        const char  *prefix)
{
  GString *text = g_string_new (prefix);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, i % 2 ? '[' : '{' );
  for (guint i = depth; i > 0; i--)
    g_string_append_c (text, (i - 1) % 2 ? ']' : '}');
  return g_string_free (text, FALSE);
}

/* Deep nesting is refused by a scan before json-glib's recursive parser
 * sees it: a million levels would overflow its stack. */
static void
test_check_depth (void)
{
  g_autofree char *deep = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  GString *text;

  /* Exactly the limit passes the check; one more does not. */
  text = g_string_new ("{\"a\": ");
  for (guint i = 1; i < PLENARY_REPORT_MAX_DEPTH; i++)
    g_string_append_c (text, '[');
  for (guint i = 1; i < PLENARY_REPORT_MAX_DEPTH; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  assert_check (text->str, PLENARY_REPORT_MAX_BYTES, PLENARY_REPORT_MAX_DEPTH, 0, NULL);
  g_string_insert_c (text, strlen ("{\"a\": "), '[');
  g_string_insert_c (text, text->len - 1, ']');
  assert_check (text->str, PLENARY_REPORT_MAX_BYTES, PLENARY_REPORT_MAX_DEPTH, TOO_DEEP,
                "Line 1, column 70: the JSON is nested more than 64 levels deep, deeper than any report.");
  g_string_free (text, TRUE);

  /* Brackets in strings, escaped quotes included, are text. */
  assert_check ("{\"a\": \"[[[[{{{{\", \"b\": \"\\\"[[[[\"}", 64, 2, 0, NULL);

  deep = nested (1000000, "");
  bytes = g_bytes_new_take (g_steal_pointer (&deep), 2000000);
  report = plenary_report_load_bytes (bytes, &error);
  g_assert_null (report);
  g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==,
                   "Line 1, column 65: the JSON is nested more than 64 levels deep, deeper than any report.");
}

/* json-glib also reads comments and single-quoted strings; a double quote
 * inside one of them must not hide brackets from the depth check. */
static void
test_check_hidden_nesting (void)
{
  g_autofree char *in_comment = nested (100000, "{\"a\": /* \" */ ");
  g_autofree char *in_quotes = nested (100000, "{\"a\": ['\"', ");
  g_autoptr(GError) error = NULL;

  g_assert_false (plenary_json_check_bytes (in_comment, strlen (in_comment), PLENARY_REPORT_MAX_BYTES,
                                            PLENARY_REPORT_MAX_DEPTH, plenary_report_loader_json_errors (), &error));
  g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "Line 1, column 7: the file is not valid JSON (comments are not allowed).");
  g_clear_error (&error);

  g_assert_false (plenary_json_check_bytes (in_quotes, strlen (in_quotes), PLENARY_REPORT_MAX_BYTES,
                                            PLENARY_REPORT_MAX_DEPTH, plenary_report_loader_json_errors (), &error));
  g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "Line 1, column 8: the file is not valid JSON (strings must be in double quotes).");
}

static void
test_check_structure (void)
{
  assert_check ("{\"a\": [1, 2]}\n\n", 64, 8, 0, NULL);
  assert_check ("\xEF\xBB\xBF {\"a\": [1, 2]}", 64, 8, 0, NULL);
  assert_check ("{\"a\": [1, 2]}\n{}", 64, 8, SYNTAX,
                "Line 2, column 1: the file goes on after the end of the JSON.");
  assert_check ("{\"a\": [1, 2]} 0", 64, 8, SYNTAX,
                "Line 1, column 15: the file goes on after the end of the JSON.");
  assert_check ("\n 0 {\"a\": [1, 2]}", 64, 8, SYNTAX,
                "Line 2, column 2: the file is not a JSON object; a report starts with “{”.");
  assert_check (" \n\t ", 64, 8, SYNTAX, "The file holds nothing but white space.");
  assert_check ("{\"a\": [1, 2", 64, 8, SYNTAX,
                "Line 1, column 12: the file ends before its objects and arrays are closed; "
                "it may have been cut short.");
  assert_check ("{\"a\": \"地区\\\"生产", 64, 8, SYNTAX,
                "Line 1, column 14: the file ends inside a string; it may have been cut short.");
  /* Mismatched brackets are left to json-glib, which names the bracket. */
  assert_check ("{\"a\": [1, 2}", 64, 8, 0, NULL);
  assert_check ("{\"a\": \"x\"\xff}", 64, 8, ENCODING,
                "Line 1, column 10: the file is not valid UTF-8 text (byte 0xFF).");
}

/* What a file says is quoted in messages on one line, valid and short. */
static void
test_quoting_for_messages (void)
{
  struct { const char *text; guint max; const char *expected; } cases[] = {
    { "c1s1p1", 60, "c1s1p1" },
    { "a\nb\tc\x01" "d", 60, "a\\nb\\tc\\u0001d" },
    { "新增就业新增就业", 4, "新增就业…" },
    { "新增就业", 4, "新增就业" },
    { "亿\xe5\x85", 60, "亿\xef\xbf\xbd\xef\xbf\xbd" },
    { "", 60, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = plenary_json_dup_for_message (cases[i].text, cases[i].max);
      g_assert_cmpstr (quoted, ==, cases[i].expected);
    }
}

/* A parse error is told by json-glib's error code and the place the parser
 * was at, not by reading json-glib's message (which is translated): the
 * same words on json-glib 1.6 and 1.10. */
static void
test_parse_error_codes (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"format\" \"plenary-report\"}",
      "Line 1, column 9: the file is not valid JSON (a colon is missing after a member name)." },
    { "{\"format\": \"plenary-report\" \"version\": 1}",
      "Line 1, column 27: the file is not valid JSON (a comma is missing)." },
    { "{\"format\": \"plenary-report\",}",
      "Line 1, column 28: the file is not valid JSON (a comma comes before a closing bracket)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(PlenaryReport) report = plenary_report_load_bytes (bytes, &error);

      g_assert_null (report);
      g_assert_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/invalid/table-matches-folder", test_table_matches_folder);
  g_test_add_func ("/invalid/messages-are-sentences", test_messages_are_sentences);
  g_test_add_func ("/invalid/parse-error-codes", test_parse_error_codes);
  g_test_add_func ("/invalid/minimal-report-loads", test_minimal_report_loads);
  g_test_add_func ("/invalid/unknown-fields-are-ignored", test_unknown_fields_are_ignored);
  g_test_add_func ("/invalid/check/size", test_check_size);
  g_test_add_func ("/invalid/check/depth", test_check_depth);
  g_test_add_func ("/invalid/check/hidden-nesting", test_check_hidden_nesting);
  g_test_add_func ("/invalid/check/structure", test_check_structure);
  g_test_add_func ("/invalid/file-too-large", test_file_too_large);
  g_test_add_func ("/invalid/quoting-for-messages", test_quoting_for_messages);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_reports); i++)
    {
      g_autofree char *path = g_strconcat ("/invalid/file/", invalid_reports[i].name, NULL);
      g_test_add_data_func (path, &invalid_reports[i], test_invalid_report);
    }

  return g_test_run ();
}
