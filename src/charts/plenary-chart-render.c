/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-render"

#include <string.h>

#include "model/plenary-content-strings.h"
#include "plenary-chart-layout.h"
#include "plenary-chart-render.h"
#include "plenary-number-format.h"

/**
 * plenary_chart_render:
 * @cr: any cairo context: a widget's snapshot, an image, SVG, PDF or print
 *   surface
 * @theme: (nullable): the colours and text limits, light when %NULL
 * @highlighted_row: the row drawn in the accent colour, or -1
 *
 * Draws @spec into the rectangle (0, 0, @width, @height) of @cr's user
 * space.  The one drawing path of every chart: on screen and in every
 * export.
 */
void
plenary_chart_render (cairo_t                 *cr,
                      double                   width,
                      double                   height,
                      PlenaryChartSpec        *spec,
                      PlenaryLanguage          language,
                      const PlenaryChartTheme *theme,
                      int                      highlighted_row)
{
  g_autoptr(PlenaryChartLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PLENARY_IS_CHART_SPEC (spec));

  layout = plenary_chart_layout_new (NULL, width, height, spec, language, theme);
  plenary_chart_layout_draw (layout, cr, highlighted_row, -1);
}

/* "来源：报告 一（一）" / "Source: report §1.1" */
char *
plenary_chart_dup_source_line (PlenaryChartSpec *spec,
                               PlenaryLanguage   language)
{
  g_autofree char *reference = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  reference = plenary_outline_node_dup_reference (plenary_chart_spec_get_section (spec), language);

  /* Items are numbered "2." in the report; the dot ends no reference. */
  if (g_str_has_suffix (reference, "."))
    reference[strlen (reference) - 1] = '\0';
  return plenary_content_format (language, PLENARY_CONTENT_SOURCE_REPORT, reference, NULL);
}

/* What one value of a row is called: the row label, followed by the
 * series label when the chart has series ("固定资产投资增长（2020 年目标）"). */
char *
plenary_chart_dup_series_label (PlenaryChartSpec *spec,
                                guint             row,
                                guint             series,
                                PlenaryLanguage   language)
{
  const char *row_label, *series_label;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  row_label = plenary_chart_spec_get_row_label (spec, row, language);
  series_label = plenary_chart_spec_get_n_series (spec) > 1
                 ? plenary_chart_spec_get_series_label (spec, series, language)
                 : NULL;

  if (series_label == NULL)
    return g_strdup (row_label);
  if (language == PLENARY_LANGUAGE_ZH)
    return g_strdup_printf ("%s（%s）", row_label, series_label);
  return g_strdup_printf ("%s (%s)", row_label, series_label);
}

/* One row in words, for screen readers and tooltips:
 * "固定资产投资增长（2019 年实际）：16.5%；…（2020 年目标）：12%". */
char *
plenary_chart_dup_row_summary (PlenaryChartSpec *spec,
                               guint             row,
                               PlenaryLanguage   language)
{
  GString *out = g_string_new (NULL);
  guint n_series;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (row < plenary_chart_spec_get_n_rows (spec), NULL);

  n_series = plenary_chart_spec_get_n_series (spec);
  for (guint series = 0; series < n_series; series++)
    {
      PlenaryIndicator *indicator = plenary_chart_spec_get_value (spec, row, series);
      g_autofree char *label = plenary_chart_dup_series_label (spec, row, series, language);
      g_autofree char *value = plenary_indicator_dup_display (indicator, language);

      g_autofree char *pair = plenary_content_format (language, PLENARY_CONTENT_LABEL_VALUE, label, value, NULL);

      if (series > 0)
        g_string_append (out, plenary_content_get (language, PLENARY_CONTENT_LIST_SEPARATOR));
      g_string_append (out, pair);
    }

  return g_string_free (out, FALSE);
}

/* The chart in words: its title, then every row. */
char *
plenary_chart_dup_description (PlenaryChartSpec *spec,
                               PlenaryLanguage   language)
{
  GString *out;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  out = g_string_new (plenary_chart_spec_get_title (spec, language));
  g_string_append (out, plenary_content_get (language, PLENARY_CONTENT_SENTENCE_END));

  for (guint row = 0; row < plenary_chart_spec_get_n_rows (spec); row++)
    {
      g_autofree char *summary = plenary_chart_dup_row_summary (spec, row, language);

      g_string_append (out, summary);
      g_string_append (out, plenary_content_get (language, PLENARY_CONTENT_SENTENCE_END));
    }

  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
