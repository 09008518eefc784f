/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report's English: every paragraph of the bundled report has its
 * translation, every figure is quoted in it as it is in the Chinese, the
 * single-string paragraphs of other reports still load, and the data
 * audit's corrections (a dropped figure, two errata, subscripts drawn,
 * quantities written in Chinese numerals captured) hold. */
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-subscript.h"

/* Paragraphs in the bundled report: preamble 2, chapters 72, closing 2. */
#define N_PARAGRAPHS 76
/* 279 figures in the first release, one dropped by the audit and eleven
 * written in Chinese numerals added. */
#define N_INDICATORS 289

static PlenaryReport *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The minimal report is committed; the others are made by the build
 * (tests/data/make-invalid.py) into its tests/data. */
static PlenaryReport *
load_test_file (const char *name)
{
  /* Reports the build makes (tests/data/make-invalid.py) are in the build
   * tree; the hand-written ones in the source tree. */
  g_autofree char *built = g_test_build_filename (G_TEST_BUILT, "data", name, NULL);
  g_autofree char *path = g_file_test (built, G_FILE_TEST_EXISTS)
                          ? g_strdup (built)
                          : g_build_filename (g_getenv ("PLENARY_SOURCE_ROOT"), "tests", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Chinese characters or full-width punctuation left in English text would
 * mean a phrase was not translated. */
static const char *
find_cjk (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef))
        return p;
    }
  return NULL;
}

static void
test_every_paragraph_has_english (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  GPtrArray *paragraphs = plenary_report_get_all_paragraphs (report);

  g_assert_cmpuint (paragraphs->len, ==, N_PARAGRAPHS);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      const char *zh = plenary_paragraph_get_text (paragraph);
      const char *en = plenary_paragraph_get_text_en (paragraph);

      if (en == NULL || *en == '\0')
        g_error ("%s has no English text", plenary_paragraph_get_id (paragraph));
      if (find_cjk (en) != NULL)
        g_error ("%s: Chinese left in the English text at “%.24s”",
                 plenary_paragraph_get_id (paragraph), find_cjk (en));
      g_assert_nonnull (find_cjk (zh));
      g_assert_true (plenary_paragraph_get_text_for (paragraph, PLENARY_LANGUAGE_EN) == en);
      g_assert_true (plenary_paragraph_get_text_for (paragraph, PLENARY_LANGUAGE_ZH) == zh);
    }
}

/* Every figure is quoted in the English text too, at its offset, and the
 * quote names the figure (a digit or a number word). */
static void
test_english_quotes (void)
{
  static const char * const number_words[] = {
    "two", "three", "third", "four", "five", "nine", "ten", "double", "trillion", NULL
  };
  g_autoptr(PlenaryReport) report = load_default ();
  GListModel *indicators = plenary_report_get_indicators (report);

  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, N_INDICATORS);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
      const char *id = plenary_indicator_get_id (indicator);
      const char *text = plenary_paragraph_get_text_en (paragraph);
      const char *quote = plenary_indicator_get_quote_en (indicator);
      gsize offset = plenary_indicator_get_quote_offset_for (indicator, PLENARY_LANGUAGE_EN);
      gboolean names_number = strpbrk (quote != NULL ? quote : "", "0123456789") != NULL;

      if (quote == NULL)
        g_error ("%s has no English quote", id);
      g_assert_true (plenary_indicator_get_quote_for (indicator, PLENARY_LANGUAGE_EN) == quote);
      g_assert_true (plenary_indicator_get_quote_for (indicator, PLENARY_LANGUAGE_ZH) ==
                     plenary_indicator_get_quote (indicator));
      g_assert_cmpuint (plenary_indicator_get_quote_offset_for (indicator, PLENARY_LANGUAGE_ZH), ==,
                        plenary_indicator_get_quote_offset (indicator));
      g_assert_cmpuint (offset + strlen (quote), <=, strlen (text));
      if (strncmp (text + offset, quote, strlen (quote)) != 0)
        g_error ("%s: “%s” is not at offset %" G_GSIZE_FORMAT " of the English of %s",
                 id, quote, offset, plenary_paragraph_get_id (paragraph));
      g_assert_null (find_cjk (quote));
      for (guint w = 0; !names_number && number_words[w] != NULL; w++)
        names_number = strstr (quote, number_words[w]) != NULL;
      if (!names_number)
        g_error ("%s: the English quote “%s” names no number", id, quote);
    }
}

/* A report whose paragraphs are plain strings (every report before the
 * translation) loads, and asking for English gives the Chinese back, with
 * quotes and offsets that still match. */
static void
test_string_paragraphs (void)
{
  g_autoptr(PlenaryReport) report = load_test_file ("minimal-report.json");
  GPtrArray *paragraphs = plenary_report_get_all_paragraphs (report);
  GListModel *indicators = plenary_report_get_indicators (report);

  g_assert_cmpuint (paragraphs->len, >, 0);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      g_assert_null (plenary_paragraph_get_text_en (paragraph));
      g_assert_true (plenary_paragraph_get_text_for (paragraph, PLENARY_LANGUAGE_EN) ==
                     plenary_paragraph_get_text (paragraph));
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);

      g_assert_null (plenary_indicator_get_quote_en (indicator));
      g_assert_true (plenary_indicator_get_quote_for (indicator, PLENARY_LANGUAGE_EN) ==
                     plenary_indicator_get_quote (indicator));
      g_assert_cmpuint (plenary_indicator_get_quote_offset_for (indicator, PLENARY_LANGUAGE_EN), ==,
                        plenary_indicator_get_quote_offset (indicator));
    }
}

/* bilingual-report.json: one paragraph given as {"zh", "en"},
 * the others as strings, in one report. */
static void
test_bilingual_paragraphs (void)
{
  g_autoptr(PlenaryReport) report = load_test_file ("bilingual-report.json");
  PlenaryParagraph *translated = plenary_report_find_paragraph (report, "c1s1p1");
  PlenaryParagraph *plain = plenary_report_find_paragraph (report, "c1s2i1p1");
  PlenaryIndicator *exports = plenary_report_find_indicator (report, "export-growth-2019");
  PlenaryIndicator *investment = plenary_report_find_indicator (report, "key-projects-investment-2020");
  g_autofree char *text_en = NULL;

  g_assert_cmpstr (plenary_paragraph_get_text (translated), ==,
                   "地区生产总值增长 6.8%，出口下降 6.1%。新增就业 33.73 万人。");
  g_assert_cmpstr (plenary_paragraph_get_text_en (translated), ==,
                   "GDP grew by 6.8%, and exports fell by 6.1%. 337,300 new jobs were created.");
  g_object_get (translated, "text-en", &text_en, NULL);
  g_assert_cmpstr (text_en, ==, plenary_paragraph_get_text_en (translated));
  g_assert_null (plenary_paragraph_get_text_en (plain));

  g_assert_cmpstr (plenary_indicator_get_quote (exports), ==, "出口下降 6.1%");
  g_assert_cmpstr (plenary_indicator_get_quote_en (exports), ==, "exports fell by 6.1%");
  g_assert_cmpuint (plenary_indicator_get_quote_offset_for (exports, PLENARY_LANGUAGE_EN), ==,
                    strlen ("GDP grew by 6.8%, and "));
  g_assert_cmpuint (plenary_indicator_get_quote_offset (exports), ==,
                    strlen ("地区生产总值增长 6.8%，"));
  g_assert_null (plenary_indicator_get_quote_en (investment));
  g_assert_true (plenary_indicator_get_quote_for (investment, PLENARY_LANGUAGE_EN) ==
                 plenary_indicator_get_quote (investment));
}

/* The audit found no 2020 figure behind the rail transit cluster's
 * "千亿级"; nothing may refer to it any more. */
static void
test_dropped_indicator (void)
{
  static const char *dropped = "rail-transit-industry-cluster-scale-target";
  g_autoptr(PlenaryReport) report = load_default ();
  GListModel *charts = plenary_report_get_charts (report);
  GPtrArray *headlines = plenary_report_get_headlines (report);

  g_assert_null (plenary_report_find_indicator (report, dropped));
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);
      GPtrArray *shown = plenary_chart_spec_get_indicators (chart);

      for (guint j = 0; j < shown->len; j++)
        g_assert_cmpstr (plenary_indicator_get_id (g_ptr_array_index (shown, j)), !=, dropped);
    }
  for (guint i = 0; i < headlines->len; i++)
    {
      PlenaryHeadline *headline = g_ptr_array_index (headlines, i);

      g_assert_cmpstr (plenary_indicator_get_id (headline->indicator), !=, dropped);
    }
}

static void
test_subscript_render (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "PM_{2.5} 年均浓度", "PM₂.₅ 年均浓度" },
    { "CO_{2} and H_{2}O", "CO₂ and H₂O" },
    { "PM_{10}", "PM₁₀" },
    { "no markup at all", NULL },
    { "x_{n}", NULL },              /* no subscript n in the table: left alone */
    { "a_{}", NULL },
    { "a_{2", NULL },
    { "a_{2} b_{n} c_{3}", "a₂ b_{n} c₃" },
    { "_{2}_{5}", "₂₅" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = plenary_subscript_render (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
assert_no_markup (const char *what,
                  const char *text)
{
  if (text != NULL && strstr (text, "_{") != NULL)
    g_error ("%s shows raw subscript markup: %s", what, text);
}

/* PM_{2.5} in the file is PM₂.₅ everywhere the model hands out text. */
static void
test_subscripts_drawn (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  GPtrArray *paragraphs = plenary_report_get_all_paragraphs (report);
  GListModel *indicators = plenary_report_get_indicators (report);
  GListModel *charts = plenary_report_get_charts (report);
  PlenaryIndicator *pm25 = plenary_report_find_indicator (report, "pm25-2019");
  guint pm_charts = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      assert_no_markup (plenary_paragraph_get_id (paragraph), plenary_paragraph_get_text (paragraph));
      assert_no_markup (plenary_paragraph_get_id (paragraph), plenary_paragraph_get_text_en (paragraph));
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *id = plenary_indicator_get_id (indicator);

      assert_no_markup (id, plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH));
      assert_no_markup (id, plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN));
      assert_no_markup (id, plenary_indicator_get_quote (indicator));
      assert_no_markup (id, plenary_indicator_get_quote_en (indicator));
    }
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);

      for (PlenaryLanguage l = PLENARY_LANGUAGE_ZH; l <= PLENARY_LANGUAGE_EN; l++)
        {
          assert_no_markup (plenary_chart_spec_get_id (chart), plenary_chart_spec_get_title (chart, l));
          for (guint r = 0; r < plenary_chart_spec_get_n_rows (chart); r++)
            assert_no_markup (plenary_chart_spec_get_id (chart), plenary_chart_spec_get_row_label (chart, r, l));
        }
      if (strstr (plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_EN), "PM₂.₅") != NULL)
        pm_charts++;
    }

  g_assert_cmpuint (pm_charts, ==, 1);
  g_assert_nonnull (strstr (plenary_indicator_get_label (pm25, PLENARY_LANGUAGE_ZH), "PM₂.₅"));
  g_assert_nonnull (strstr (plenary_indicator_get_label (pm25, PLENARY_LANGUAGE_EN), "PM₂.₅"));
  g_assert_cmpstr (plenary_indicator_get_quote (pm25), ==, "PM₂.₅ 年均浓度为 30 微克/立方米");
  g_assert_cmpstr (plenary_indicator_get_quote_en (pm25), ==,
                   "the annual average concentration of PM₂.₅ was 30 micrograms per cubic meter");
}

typedef struct
{
  const char           *id;
  double                value;
  const char           *unit;
  PlenaryQualifier      qualifier;
  PlenaryIndicatorKind  kind;
  const char           *quote;
  const char           *quote_en;
} NumeralCheck;

/* Quantities the report writes in Chinese numerals are figures too. */
static void
test_chinese_numerals (void)
{
  static const NumeralCheck checks[] = {
    { "guangzhou-foshan-industry-cluster-scale", 1, "万亿元", PLENARY_QUALIFIER_AT_LEAST,
      PLENARY_INDICATOR_TARGET, "联合打造万亿级产业集群", "jointly built trillion-yuan industrial clusters" },
    { "urban-renewal-key-tasks-2019", 9, "项", PLENARY_QUALIFIER_NONE, PLENARY_INDICATOR_ACTUAL,
      "统筹推进城市更新九项重点工作", "We made coordinated progress on the nine key tasks of urban renewal" },
    { "pm25-grade-ii-standard-years-2019", 3, "年", PLENARY_QUALIFIER_NONE, PLENARY_INDICATOR_ACTUAL,
      "连续三年达到国家二级标准", "meeting the national Grade II standard for the third year in a row" },
    { "tech-smes-first-place-years-2019", 2, "年", PLENARY_QUALIFIER_NONE, PLENARY_INDICATOR_ACTUAL,
      "连续两年全国城市第一", "ranking first among cities nationwide for two years in a row" },
    { "plan-work-areas-2020", 10, "个", PLENARY_QUALIFIER_NONE, PLENARY_INDICATOR_TARGET,
      "建议重点做好十个方面工作", "we propose focusing on the following ten areas of work" },
  };
  g_autoptr(PlenaryReport) report = load_default ();

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      PlenaryIndicator *indicator = plenary_report_find_indicator (report, checks[i].id);

      g_assert_nonnull (indicator);
      g_assert_cmpfloat (plenary_indicator_get_value (indicator), ==, checks[i].value);
      g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (indicator)), ==, checks[i].unit);
      g_assert_cmpint (plenary_indicator_get_qualifier (indicator), ==, checks[i].qualifier);
      g_assert_cmpint (plenary_indicator_get_kind (indicator), ==, checks[i].kind);
      g_assert_cmpstr (plenary_indicator_get_quote (indicator), ==, checks[i].quote);
      g_assert_cmpstr (plenary_indicator_get_quote_en (indicator), ==, checks[i].quote_en);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translation/every-paragraph-has-english", test_every_paragraph_has_english);
  g_test_add_func ("/translation/english-quotes", test_english_quotes);
  g_test_add_func ("/translation/string-paragraphs", test_string_paragraphs);
  g_test_add_func ("/translation/bilingual-paragraphs", test_bilingual_paragraphs);
  g_test_add_func ("/audit/dropped-indicator", test_dropped_indicator);
  g_test_add_func ("/audit/subscript-render", test_subscript_render);
  g_test_add_func ("/audit/subscripts-drawn", test_subscripts_drawn);
  g_test_add_func ("/audit/chinese-numerals", test_chinese_numerals);

  return g_test_run ();
}
