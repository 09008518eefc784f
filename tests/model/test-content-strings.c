/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "model/plenary-content-strings.h"
#include "model/plenary-report-loader.h"
#include "charts/plenary-chart-render.h"

/* The table of words Plenary adds to content: complete in every language,
 * the same placeholders everywhere, and each script on its own. */

/* Characters that differ between the scripts in the table's words. */
static const char simplified_only[] = "计来报单对数标点谢长过内争类项个资这";
static const char traditional_only[] = "計來報單對數標點謝長過內爭類項個資這";

static void
collect_placeholders (const char *text,
                      char        out[4])
{
  memset (out, 0, 4);
  for (const char *p = text; *p != '\0'; p++)
    if (p[0] == '{' && p[1] >= '0' && p[1] <= '2' && p[2] == '}')
      out[p[1] - '0'] = 1;
}

static gboolean
contains_any (const char *text,
              const char *characters)
{
  for (const char *c = characters; *c != '\0'; c = g_utf8_next_char (c))
    {
      g_autofree char *one = g_strndup (c, g_utf8_next_char (c) - c);
      if (strstr (text, one) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_tables (void)
{
  for (guint id = 0; id < PLENARY_CONTENT_N_STRINGS; id++)
    {
      const char *hans = plenary_content_get_in (PLENARY_LANGUAGE_ZH, PLENARY_SCRIPT_SIMPLIFIED, id);
      const char *hant = plenary_content_get_in (PLENARY_LANGUAGE_ZH, PLENARY_SCRIPT_TRADITIONAL, id);
      const char *en = plenary_content_get_in (PLENARY_LANGUAGE_EN, PLENARY_SCRIPT_SIMPLIFIED, id);
      char a[4], b[4], c[4];

      g_test_message ("%u: %s / %s / %s", id, hans, hant, en);
      g_assert_nonnull (hans);
      g_assert_nonnull (hant);
      g_assert_nonnull (en);
      g_assert_cmpstr (hans, !=, "");
      g_assert_cmpstr (hant, !=, "");
      g_assert_cmpstr (en, !=, "");

      collect_placeholders (hans, a);
      collect_placeholders (hant, b);
      collect_placeholders (en, c);
      /* Both scripts take the same arguments; a language may leave one
       * out (Chinese says 一季度 for the quarter), but the placeholders
       * used number the arguments from {0} without a gap. */
      g_assert_cmpmem (a, 4, b, 4);
      for (guint i = 1; i < 3; i++)
        if (a[i] || c[i])
          g_assert_true (a[i - 1] || c[i - 1]);

      g_assert_false (contains_any (hant, simplified_only));
      g_assert_false (contains_any (hans, traditional_only));
      g_assert_false (contains_any (en, simplified_only));
      g_assert_false (contains_any (en, traditional_only));
    }
}

static void
test_format (void)
{
  g_autofree char *en = plenary_content_format (PLENARY_LANGUAGE_EN, PLENARY_CONTENT_PERIOD_MONTHS,
                                                "2020", "Jan", "Apr", NULL);
  g_autofree char *zh = plenary_content_format (PLENARY_LANGUAGE_ZH, PLENARY_CONTENT_PERIOD_MONTHS,
                                                "2020", "1", "4", NULL);

  /* The arguments go where each language puts them. */
  g_assert_cmpstr (en, ==, "Jan–Apr 2020");
  g_assert_cmpstr (zh, ==, "2020 年 1–4 月");
  g_assert_cmpstr (plenary_content_month (PLENARY_LANGUAGE_EN, 6, FALSE), ==, "June");
  g_assert_cmpstr (plenary_content_month (PLENARY_LANGUAGE_ZH, 6, TRUE), ==, "6");
}

/* Chinese content under a Taiwanese interface is all Traditional: the
 * chart's source line reads 來源：報告, not 來源：报告. */
static void
test_traditional_from_locale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  PlenaryChartSpec *spec;
  g_autofree char *simplified = NULL;
  g_autofree char *traditional = NULL;

  g_assert_no_error (error);
  spec = g_list_model_get_item (plenary_report_get_charts (report), 0);
  g_object_unref (spec);  /* the report keeps it */

  g_assert_cmpint (plenary_content_script_from_locale (), ==, PLENARY_SCRIPT_SIMPLIFIED);
  simplified = plenary_chart_dup_source_line (spec, PLENARY_LANGUAGE_ZH);
  g_assert_true (g_str_has_prefix (simplified, "来源：报告 "));

  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  g_assert_cmpint (plenary_content_script_from_locale (), ==, PLENARY_SCRIPT_TRADITIONAL);
  traditional = plenary_chart_dup_source_line (spec, PLENARY_LANGUAGE_ZH);
  g_assert_true (g_str_has_prefix (traditional, "來源：報告 "));
  g_assert_false (contains_any (traditional, simplified_only));
  g_assert_cmpstr (plenary_content_get (PLENARY_LANGUAGE_EN, PLENARY_CONTENT_TOTAL), ==, "Total");

  g_setenv ("LANGUAGE", "zh_HK:en", TRUE);
  g_assert_cmpint (plenary_content_script_from_locale (), ==, PLENARY_SCRIPT_TRADITIONAL);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_cmpint (plenary_content_script_from_locale (), ==, PLENARY_SCRIPT_SIMPLIFIED);
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-strings/tables", test_tables);
  g_test_add_func ("/content-strings/format", test_format);
  g_test_add_func ("/content-strings/traditional-from-locale", test_traditional_from_locale);

  return g_test_run ();
}
