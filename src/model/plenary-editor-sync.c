/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-editor"

#include "plenary-editor-private.h"
#include "plenary-report-private.h"

/* Brings the report the views show in step with a candidate that the
 * loader made from the edited document.  Objects are matched by id and
 * changed in place, so that a view holding an indicator or a chart sees
 * it notify; new ones are made from the candidate's fields with the live
 * report's units, paragraphs and sections.  Only what commands change is
 * compared: indicators, charts, headlines and errata. */

static void
fields_from (PlenaryReport          *live,
             PlenaryIndicator       *from,
             PlenaryIndicatorFields *f)
{
  g_object_get (from, "label-zh", &f->label_zh, "label-en", &f->label_en, NULL);
  f->id = plenary_indicator_get_id (from);
  f->value = plenary_indicator_get_value (from);
  f->unit = plenary_report_find_unit (live, plenary_unit_get_id (plenary_indicator_get_unit (from)));
  f->qualifier = plenary_indicator_get_qualifier (from);
  f->period = plenary_indicator_get_period (from);
  f->kind = plenary_indicator_get_kind (from);
  f->measure = plenary_indicator_get_measure (from);
  f->category = plenary_indicator_get_category (from);
  f->concept = plenary_indicator_get_concept (from);
  f->paragraph = plenary_report_find_paragraph (live,
                                                plenary_paragraph_get_id (plenary_indicator_get_paragraph (from)));
  f->quote = plenary_indicator_get_quote (from);
  f->quote_offset = plenary_indicator_get_quote_offset (from);
  f->quote_en = plenary_indicator_get_quote_en (from);
  f->quote_en_offset = f->quote_en != NULL
    ? plenary_indicator_get_quote_offset_for (from, PLENARY_LANGUAGE_EN) : 0;
  f->unreviewed = !plenary_indicator_get_reviewed (from);
  g_assert (f->unit != NULL && f->paragraph != NULL);
}

static void
sync_indicators (PlenaryReport *live,
                 PlenaryReport *candidate)
{
  GListModel *wanted = plenary_report_get_indicators (candidate);
  GListModel *current = plenary_report_get_indicators (live);
  guint n_wanted = g_list_model_get_n_items (wanted);
  g_autoptr(GPtrArray) result = g_ptr_array_new_full (n_wanted, g_object_unref);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) paragraphs = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < n_wanted; i++)
    {
      g_autoptr(PlenaryIndicator) from = g_list_model_get_item (wanted, i);
      PlenaryIndicator *indicator = plenary_report_find_indicator (live, plenary_indicator_get_id (from));
      PlenaryIndicatorFields f = { 0, };

      fields_from (live, from, &f);
      if (indicator != NULL)
        {
          PlenaryParagraph *old_paragraph = plenary_indicator_get_paragraph (indicator);
          gsize old_offset = plenary_indicator_get_quote_offset (indicator);

          g_object_ref (indicator);
          plenary_indicator_update (indicator, &f);
          if (old_paragraph != f.paragraph || old_offset != f.quote_offset)
            {
              g_hash_table_add (paragraphs, old_paragraph);
              g_hash_table_add (paragraphs, f.paragraph);
            }
        }
      else
        {
          indicator = plenary_indicator_new (&f);
          g_hash_table_add (paragraphs, f.paragraph);
        }
      /* The loader gave the candidate's indicators the scale English
       * writes them in, from the charts they are drawn in, which an edit
       * may have changed. */
      plenary_indicator_set_number_scale (indicator, plenary_indicator_get_number_scale (from));
      g_hash_table_add (kept, indicator);
      g_ptr_array_add (result, indicator);
      g_free ((char *)f.label_zh);
      g_free ((char *)f.label_en);
    }

  for (guint i = 0; i < g_list_model_get_n_items (current); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (current, i);

      if (!g_hash_table_contains (kept, indicator))
        g_hash_table_add (paragraphs, plenary_indicator_get_paragraph (indicator));
    }

  /* The paragraphs that gained, lost or reordered a quoted indicator get
   * their lists again, in report order, as the loader makes them. */
  g_hash_table_iter_init (&iter, paragraphs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GPtrArray) quoted = g_ptr_array_new ();

      for (guint i = 0; i < result->len; i++)
        if (plenary_indicator_get_paragraph (g_ptr_array_index (result, i)) == key)
          g_ptr_array_add (quoted, g_ptr_array_index (result, i));
      plenary_paragraph_set_indicators (key, quoted);
    }

  plenary_report_replace_indicators (live, result);
}

static PlenaryChartSpec *
chart_from (PlenaryReport    *live,
            PlenaryChartSpec *from)
{
  g_autofree char *title_zh = NULL, *title_en = NULL;
  PlenaryOutlineNode *section;
  PlenaryChartSpec *chart;
  GPtrArray *indicators = plenary_chart_spec_get_indicators (from);
  GPtrArray *series = plenary_chart_spec_get_series_labels (from);
  GPtrArray *rows = plenary_chart_spec_get_row_labels (from);

  g_object_get (from, "title-zh", &title_zh, "title-en", &title_en, NULL);
  section = plenary_report_find_node (live, plenary_outline_node_get_id (plenary_chart_spec_get_section (from)));
  g_assert (section != NULL);
  chart = plenary_chart_spec_new (plenary_chart_spec_get_id (from),
                                  plenary_chart_spec_get_chart_type (from),
                                  title_zh, title_en, section);
  for (guint i = 0; i < indicators->len; i++)
    {
      PlenaryIndicator *indicator =
        plenary_report_find_indicator (live, plenary_indicator_get_id (g_ptr_array_index (indicators, i)));

      g_assert (indicator != NULL);
      plenary_chart_spec_add_indicator (chart, indicator);
    }
  if (plenary_chart_spec_get_counts (from, PLENARY_LANGUAGE_ZH) != NULL)
    plenary_chart_spec_set_counts (chart, plenary_chart_spec_get_counts (from, PLENARY_LANGUAGE_ZH),
                                   plenary_chart_spec_get_counts (from, PLENARY_LANGUAGE_EN));
  for (guint i = 0; i + 1 < series->len; i += 2)
    plenary_chart_spec_add_series (chart, g_ptr_array_index (series, i), g_ptr_array_index (series, i + 1));
  for (guint i = 0; i + 1 < rows->len; i += 2)
    plenary_chart_spec_add_row_label (chart, g_ptr_array_index (rows, i), g_ptr_array_index (rows, i + 1));
  return chart;
}

static void
sync_charts (PlenaryReport *live,
             PlenaryReport *candidate)
{
  GListModel *wanted = plenary_report_get_charts (candidate);
  guint n_wanted = g_list_model_get_n_items (wanted);
  g_autoptr(GPtrArray) result = g_ptr_array_new_full (n_wanted, g_object_unref);

  for (guint i = 0; i < n_wanted; i++)
    {
      g_autoptr(PlenaryChartSpec) from = g_list_model_get_item (wanted, i);
      g_autoptr(PlenaryChartSpec) fresh = chart_from (live, from);
      PlenaryChartSpec *chart = plenary_report_find_chart (live, plenary_chart_spec_get_id (from));

      if (chart != NULL)
        {
          plenary_chart_spec_update (chart, fresh);
          g_ptr_array_add (result, g_object_ref (chart));
        }
      else
        g_ptr_array_add (result, g_steal_pointer (&fresh));
    }

  plenary_report_replace_charts (live, result);
}

static void
headline_free (gpointer data)
{
  PlenaryHeadline *headline = data;

  g_clear_object (&headline->indicator);
  g_clear_object (&headline->change);
  g_free (headline);
}

static PlenaryIndicator *
live_indicator (PlenaryReport    *live,
                PlenaryIndicator *from)
{
  return from ? plenary_report_find_indicator (live, plenary_indicator_get_id (from)) : NULL;
}

static void
sync_headlines (PlenaryReport *live,
                PlenaryReport *candidate)
{
  GPtrArray *wanted = plenary_report_get_headlines (candidate);
  GPtrArray *current = plenary_report_get_headlines (live);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (headline_free);
  gboolean same = wanted->len == current->len;

  for (guint i = 0; i < wanted->len; i++)
    {
      PlenaryHeadline *from = g_ptr_array_index (wanted, i);
      PlenaryHeadline *headline = g_new0 (PlenaryHeadline, 1);

      headline->indicator = g_object_ref (live_indicator (live, from->indicator));
      if (from->change != NULL)
        headline->change = g_object_ref (live_indicator (live, from->change));
      if (same)
        {
          PlenaryHeadline *old = g_ptr_array_index (current, i);
          same = old->indicator == headline->indicator && old->change == headline->change;
        }
      g_ptr_array_add (result, headline);
    }

  if (!same)
    plenary_report_replace_headlines (live, result);
}

static void
erratum_free (gpointer data)
{
  PlenaryErratum *erratum = data;

  g_clear_object (&erratum->paragraph);
  g_free (erratum->original);
  g_free (erratum->corrected);
  g_free (erratum->reason);
  g_free (erratum);
}

static void
sync_errata (PlenaryReport *live,
             PlenaryReport *candidate)
{
  GPtrArray *wanted = plenary_report_get_errata (candidate);
  GPtrArray *current = plenary_report_get_errata (live);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (erratum_free);
  gboolean same = wanted->len == current->len;

  for (guint i = 0; i < wanted->len; i++)
    {
      PlenaryErratum *from = g_ptr_array_index (wanted, i);
      PlenaryErratum *erratum = g_new0 (PlenaryErratum, 1);

      erratum->paragraph = g_object_ref (plenary_report_find_paragraph (live,
                                           plenary_paragraph_get_id (from->paragraph)));
      erratum->original = g_strdup (from->original);
      erratum->corrected = g_strdup (from->corrected);
      erratum->reason = g_strdup (from->reason);
      if (same)
        {
          PlenaryErratum *old = g_ptr_array_index (current, i);
          same = old->paragraph == erratum->paragraph &&
                 g_strcmp0 (old->original, erratum->original) == 0 &&
                 g_strcmp0 (old->corrected, erratum->corrected) == 0 &&
                 g_strcmp0 (old->reason, erratum->reason) == 0;
        }
      g_ptr_array_add (result, erratum);
    }

  if (!same)
    plenary_report_replace_errata (live, result);
}

void
plenary_editor_sync_report (PlenaryReport *live,
                            PlenaryReport *candidate)
{
  g_return_if_fail (PLENARY_IS_REPORT (live));
  g_return_if_fail (PLENARY_IS_REPORT (candidate));

  /* Indicators first: charts and headlines refer to them. */
  sync_indicators (live, candidate);
  sync_charts (live, candidate);
  sync_headlines (live, candidate);
  sync_errata (live, candidate);
}
