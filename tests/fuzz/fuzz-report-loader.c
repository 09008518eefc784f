/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the report loader: any bytes either load into a
 * report or give one PlenaryReportError, never a crash, a leak, a critical
 * warning or a hang.  Reports that load are also formatted and walked the
 * way the views do, so that strange but valid values are tried there too.
 *
 * Built with -Dfuzzing=true; build-aux/fuzz.sh builds and runs it. */
#include <stdint.h>
#include <string.h>

#include "plenary-report-loader.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A failed g_return_if_fail() is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
exercise_indicator (PlenaryIndicator *indicator)
{
  for (PlenaryLanguage language = PLENARY_LANGUAGE_ZH; language <= PLENARY_LANGUAGE_EN; language++)
    {
      g_autofree char *display = plenary_indicator_dup_display (indicator, language);
      g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);
      double value = plenary_indicator_get_value (indicator);
      PlenaryUnit *unit = plenary_indicator_get_unit (indicator);
      PlenaryNumberScale scale = plenary_number_scale_choose (&value, 1, unit, language);
      g_autofree char *axis = plenary_unit_dup_axis_label (unit, scale, language);
      g_autofree char *tick = plenary_format_on_axis (value, -1, unit, scale, language);

      /* A unit with no name in @language has no axis label. */
      g_assert (g_utf8_validate (display, -1, NULL));
      g_assert (g_utf8_validate (tick, -1, NULL));
      g_assert (period != NULL);
      g_assert (axis == NULL || g_utf8_validate (axis, -1, NULL));
    }
}

static void
exercise_node (PlenaryOutlineNode *node)
{
  GListModel *children = plenary_outline_node_get_children (node);

  for (PlenaryLanguage language = PLENARY_LANGUAGE_ZH; language <= PLENARY_LANGUAGE_EN; language++)
    {
      g_autofree char *reference = plenary_outline_node_dup_reference (node, language);
      g_autofree char *heading = plenary_outline_node_dup_heading (node, language);
    }

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlenaryOutlineNode) child = g_list_model_get_item (children, i);
      exercise_node (child);
    }
}

static void
exercise_report (PlenaryReport *report)
{
  GListModel *indicators = plenary_report_get_indicators (report);
  GListModel *charts = plenary_report_get_charts (report);
  GListModel *chapters = plenary_report_get_chapters (report);
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
      const char *text = plenary_paragraph_get_text (paragraph);
      const char *quote = plenary_indicator_get_quote (indicator);

      const char *text_en = plenary_paragraph_get_text_for (paragraph, PLENARY_LANGUAGE_EN);
      const char *quote_en = plenary_indicator_get_quote_for (indicator, PLENARY_LANGUAGE_EN);

      g_assert (strncmp (text + plenary_indicator_get_quote_offset (indicator), quote, strlen (quote)) == 0);
      /* The English quote, or the Chinese one again, stands in the text of
       * the same language. */
      g_assert (strncmp (text_en + plenary_indicator_get_quote_offset_for (indicator, PLENARY_LANGUAGE_EN),
                         quote_en, strlen (quote_en)) == 0);
      exercise_indicator (indicator);
    }

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      g_autoptr(GPtrArray) for_node = plenary_report_dup_charts_for_node (report, chapter);
      exercise_node (chapter);
    }

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);
      guint n_series = plenary_chart_spec_get_n_series (chart);

      for (guint row = 0; row < plenary_chart_spec_get_n_rows (chart); row++)
        {
          plenary_chart_spec_get_row_label (chart, row, PLENARY_LANGUAGE_EN);
          for (guint series = 0; series < n_series; series++)
            g_assert (plenary_chart_spec_get_value (chart, row, series) != NULL);
        }
      for (guint series = 0; series < n_series; series++)
        plenary_chart_spec_get_series_label (chart, series, PLENARY_LANGUAGE_ZH);
    }

  if (plan != NULL)
    {
      GListModel *categories = plenary_investment_plan_get_categories (plan);

      for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (categories, i);

          plenary_investment_category_get_amount_share (category);
          plenary_investment_category_get_project_share (category);
          plenary_investment_category_get_average (category);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_bytes (bytes, &error);

  /* Exactly one of a report and an error, and the error is ours and reads
   * as one line of text. */
  g_assert ((report == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (error->domain == PLENARY_REPORT_ERROR);
      g_assert (error->message[0] != '\0');
      g_assert (g_utf8_validate (error->message, -1, NULL));
      g_assert (strchr (error->message, '\n') == NULL);
      return 0;
    }

  /* What the loader promises of every report it accepts. */
  g_assert (g_list_model_get_n_items (plenary_report_get_chapters (report)) > 0);
  g_assert (plenary_report_get_id (report) != NULL);

  exercise_report (report);
  return 0;
}
