/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-script-converter.h"
#include "plenary-investment-plan.h"

static PlenaryScriptConverter *
taiwan (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryScriptConverter *converter = plenary_script_converter_get_default (PLENARY_CONVERSION_TAIWAN, &error);

  g_assert_no_error (error);
  g_assert_nonnull (converter);
  return converter;
}

/* s2twp converts characters and Taiwan's vocabulary both. */
static void
test_known_words (void)
{
  struct { const char *simplified, *traditional; } cases[] = {
    { "发展规划", "發展規劃" },
    { "软件", "軟體" },
    { "广州市", "廣州市" },
    { "地区生产总值增长 6.8%", "地區生產總值增長 6.8%" },
    { "GDP 6.8%", "GDP 6.8%" },
    /* Taiwan's word for a project, as the interface uses it too… */
    { "重点项目计划", "重點專案計劃" },
    /* …but 各项 目标 ("each target") is not a project's 标, while a
     * project standard (项目标准) is. */
    { "完成各项目标任务", "完成各項目標任務" },
    { "两项目标和项目标准化", "兩項目標和專案標準化" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *converted = plenary_script_converter_convert (taiwan (), cases[i].simplified);

      g_assert_cmpstr (converted, ==, cases[i].traditional);
    }
}

static void
test_hong_kong (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryScriptConverter *converter = plenary_script_converter_get_default (PLENARY_CONVERSION_HONG_KONG, &error);
  g_autofree char *converted = NULL;

  g_assert_no_error (error);
  converted = plenary_script_converter_convert (converter, "发展规划");
  g_assert_cmpstr (converted, ==, "發展規劃");
}

static void
test_locale (void)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *saved = g_strdup (language);

  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  g_assert_cmpint (plenary_conversion_from_locale (), ==, PLENARY_CONVERSION_TAIWAN);
  g_setenv ("LANGUAGE", "zh_HK:en", TRUE);
  g_assert_cmpint (plenary_conversion_from_locale (), ==, PLENARY_CONVERSION_HONG_KONG);
  g_setenv ("LANGUAGE", "zh_CN:zh_TW", TRUE);
  g_assert_cmpint (plenary_conversion_from_locale (), ==, PLENARY_CONVERSION_NONE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpint (plenary_conversion_from_locale (), ==, PLENARY_CONVERSION_NONE);

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

static gboolean
has_simplified_only (const char *text)
{
  /* Characters that exist only in Simplified: none may be left. */
  static const char * const simplified[] = { "发", "规", "划", "区", "产", "总", "经", "济", "广", "计", NULL };

  for (guint i = 0; simplified[i] != NULL; i++)
    if (strstr (text, simplified[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The bundled report converts whole, loads with every quote checked
 * again, and keeps its ids, units and English. */
static void
test_bundled_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenaryReport) converted = NULL;
  g_autoptr(PlenaryReport) again = NULL;
  GPtrArray *paragraphs, *converted_paragraphs;
  GListModel *indicators;
  guint changed = 0;

  g_assert_no_error (error);
  converted = plenary_script_converter_convert_report (taiwan (), report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (converted);
  g_assert_true (converted != report);

  /* Made once per report. */
  again = plenary_script_converter_convert_report (taiwan (), report, &error);
  g_assert_no_error (error);
  g_assert_true (again == converted);

  paragraphs = plenary_report_get_all_paragraphs (report);
  converted_paragraphs = plenary_report_get_all_paragraphs (converted);
  g_assert_cmpuint (paragraphs->len, ==, converted_paragraphs->len);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlenaryParagraph *a = g_ptr_array_index (paragraphs, i);
      PlenaryParagraph *b = g_ptr_array_index (converted_paragraphs, i);

      g_assert_cmpstr (plenary_paragraph_get_id (a), ==, plenary_paragraph_get_id (b));
      g_assert_cmpstr (plenary_paragraph_get_text_en (a), ==, plenary_paragraph_get_text_en (b));
      g_assert_false (has_simplified_only (plenary_paragraph_get_text (b)));
      if (g_strcmp0 (plenary_paragraph_get_text (a), plenary_paragraph_get_text (b)) != 0)
        changed++;
    }
  /* Nearly every paragraph has a character that differs (one short one
   * of the bundled report has none). */
  g_assert_cmpuint (changed, >=, paragraphs->len * 9 / 10);

  indicators = plenary_report_get_indicators (converted);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==,
                    g_list_model_get_n_items (plenary_report_get_indicators (report)));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      PlenaryIndicator *original = plenary_report_find_indicator (report, plenary_indicator_get_id (indicator));
      const char *text = plenary_paragraph_get_text (plenary_indicator_get_paragraph (indicator));
      const char *quote = plenary_indicator_get_quote (indicator);
      gsize offset = plenary_indicator_get_quote_offset (indicator);

      g_assert_nonnull (original);
      /* The quote stands at its offset in the converted paragraph. */
      g_assert_true (strncmp (text + offset, quote, strlen (quote)) == 0);
      g_assert_false (has_simplified_only (quote));
      g_assert_false (has_simplified_only (plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH)));
      g_assert_cmpstr (plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN), ==,
                       plenary_indicator_get_label (original, PLENARY_LANGUAGE_EN));
      g_assert_cmpfloat (plenary_indicator_get_value (indicator), ==, plenary_indicator_get_value (original));
    }

  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_charts (converted)), ==,
                    g_list_model_get_n_items (plenary_report_get_charts (report)));
}

/* The investment plan's quotes stand in their paragraphs in both
 * languages, in the report as given and converted. */
static void
check_investment_quotes (PlenaryReport *report)
{
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  PlenaryParagraph *paragraph = plenary_investment_plan_get_paragraph (plan);
  PlenaryParagraph *previous = plenary_investment_plan_get_previous_paragraph (plan);
  GListModel *categories = plenary_investment_plan_get_categories (plan);

  g_assert_nonnull (strstr (plenary_paragraph_get_text (paragraph), plenary_investment_plan_get_quote_for (plan, PLENARY_LANGUAGE_ZH)));
  g_assert_nonnull (strstr (plenary_paragraph_get_text_en (paragraph), plenary_investment_plan_get_quote_for (plan, PLENARY_LANGUAGE_EN)));
  g_assert_nonnull (strstr (plenary_investment_plan_get_quote_for (plan, PLENARY_LANGUAGE_EN), "CNY 331.1 billion"));
  g_assert_nonnull (strstr (plenary_paragraph_get_text (previous), plenary_investment_plan_get_previous_quote_for (plan, PLENARY_LANGUAGE_ZH)));
  g_assert_nonnull (strstr (plenary_paragraph_get_text_en (previous), plenary_investment_plan_get_previous_quote_for (plan, PLENARY_LANGUAGE_EN)));
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (categories, i);
      const char *zh = plenary_investment_category_get_quote_for (category, PLENARY_LANGUAGE_ZH);
      const char *en = plenary_investment_category_get_quote_for (category, PLENARY_LANGUAGE_EN);

      g_assert_cmpstr (zh, !=, en);
      g_assert_nonnull (strstr (plenary_paragraph_get_text (paragraph), zh));
      g_assert_nonnull (strstr (plenary_paragraph_get_text_en (paragraph), en));
    }
}

static void
test_investment_quotes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenaryReport) converted = NULL;

  g_assert_no_error (error);
  check_investment_quotes (report);
  converted = plenary_script_converter_convert_report (taiwan (), report, &error);
  g_assert_no_error (error);
  check_investment_quotes (converted);
  g_assert_nonnull (strstr (plenary_investment_plan_get_quote_for (plenary_report_get_investment (converted),
                                                                   PLENARY_LANGUAGE_ZH), "市重點專案建設"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/script/known-words", test_known_words);
  g_test_add_func ("/script/hong-kong", test_hong_kong);
  g_test_add_func ("/script/locale", test_locale);
  g_test_add_func ("/script/bundled-report", test_bundled_report);
  g_test_add_func ("/script/investment-quotes", test_investment_quotes);

  return g_test_run ();
}
