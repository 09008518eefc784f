/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-target-pair"

#include <string.h>

#include "plenary-target-pair.h"

struct _PlenaryTargetPair
{
  GObject           parent_instance;
  PlenaryIndicator *target;     /* NULL when not set */
  PlenaryIndicator *result;     /* NULL when the review year has none */
  PlenaryParagraph *paragraph;  /* where the row's sentence is */
  char             *quote;      /* that sentence's words */
  char             *quote_en;   /* in English, or %NULL */
};

G_DEFINE_FINAL_TYPE (PlenaryTargetPair, plenary_target_pair, G_TYPE_OBJECT)

static void
plenary_target_pair_dispose (GObject *object)
{
  PlenaryTargetPair *self = (PlenaryTargetPair *)object;

  g_clear_object (&self->target);
  g_clear_object (&self->result);
  g_clear_object (&self->paragraph);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->quote_en, g_free);

  G_OBJECT_CLASS (plenary_target_pair_parent_class)->dispose (object);
}

static void
plenary_target_pair_class_init (PlenaryTargetPairClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = plenary_target_pair_dispose;
}

static void
plenary_target_pair_init (PlenaryTargetPair *self)
{
}

static PlenaryTargetPair *
pair_new (PlenaryIndicator *target,
          PlenaryIndicator *result,
          PlenaryParagraph *paragraph,
          const char       *quote,
          const char       *quote_en)
{
  PlenaryTargetPair *self = g_object_new (PLENARY_TYPE_TARGET_PAIR, NULL);

  self->target = target ? g_object_ref (target) : NULL;
  self->result = result ? g_object_ref (result) : NULL;
  self->paragraph = paragraph ? g_object_ref (paragraph) : NULL;
  self->quote = g_strdup (quote);
  /* The _for (EN) getters hand back the Chinese where there is no English. */
  self->quote_en = quote_en != quote ? g_strdup (quote_en) : NULL;
  return self;
}

/* Returns: (nullable) (transfer none): the plan-year target, %NULL when the
 * plan set none */
PlenaryIndicator *
plenary_target_pair_get_target (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return self->target;
}

/* Returns: (nullable) (transfer none): the review-year result */
PlenaryIndicator *
plenary_target_pair_get_result (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return self->result;
}

/* Returns: whether the plan chose not to set this target */
gboolean
plenary_target_pair_is_not_set (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), FALSE);
  return self->target == NULL;
}

const char *
plenary_target_pair_get_category (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return plenary_indicator_get_category (self->target ? self->target : self->result);
}

/* The target's own words ("New urban jobs") say what the plan aims at;
 * a row without a target is named by its result. */
const char *
plenary_target_pair_get_label (PlenaryTargetPair *self,
                               PlenaryLanguage    language)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return plenary_indicator_get_label (self->target ? self->target : self->result, language);
}

/* Returns: (transfer none): the paragraph with the row's sentence: the
 * target's, or the one saying no target was set */
PlenaryParagraph *
plenary_target_pair_get_paragraph (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return self->paragraph;
}

const char *
plenary_target_pair_get_quote (PlenaryTargetPair *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  return self->quote;
}

/* Returns: the sentence's words in @language: the Chinese where the
 * report has no English for them */
const char *
plenary_target_pair_get_quote_for (PlenaryTargetPair *self,
                                   PlenaryLanguage    language)
{
  g_return_val_if_fail (PLENARY_IS_TARGET_PAIR (self), NULL);
  if (language == PLENARY_LANGUAGE_EN && self->quote_en != NULL)
    return self->quote_en;
  return self->quote;
}

static gboolean
strip_suffix (char       *id,
              const char *suffix)
{
  gsize n = strlen (id), m = strlen (suffix);

  if (n > m && strcmp (id + n - m, suffix) == 0)
    {
      id[n - m] = '\0';
      return TRUE;
    }
  return FALSE;
}

static gboolean
strip_year (char *id)
{
  gsize n = strlen (id);

  if (n > 5 && id[n - 5] == '-' && g_ascii_isdigit (id[n - 4]) && g_ascii_isdigit (id[n - 3])
      && g_ascii_isdigit (id[n - 2]) && g_ascii_isdigit (id[n - 1]))
    {
      id[n - 5] = '\0';
      return TRUE;
    }
  return FALSE;
}

/**
 * plenary_target_stem:
 * @indicator_id: an indicator's id
 *
 * The report names a target after the result it continues: the same words,
 * with "-target" and the period ("-2019", "-2020", "-cumulative", "-total")
 * added. The stem is the id without them, so that
 * "fixed-asset-investment-growth-2019" and
 * "fixed-asset-investment-growth-target-2020" share one.
 *
 * Returns: (transfer full): the stem
 */
char *
plenary_target_stem (const char *indicator_id)
{
  g_autoptr(GString) stem = NULL;
  char *id, *found;

  g_return_val_if_fail (indicator_id != NULL, NULL);

  id = g_strdup (indicator_id);
  while (strip_year (id) || strip_suffix (id, "-cumulative") || strip_suffix (id, "-total")
         || strip_suffix (id, "-target"))
    ;
  /* "-target-" inside the id, as in "…-growth-target-2020" once the year
   * is gone, was stripped above; one left in the middle is dropped too. */
  stem = g_string_new (id);
  g_free (id);
  while ((found = strstr (stem->str, "-target-")) != NULL)
    g_string_erase (stem, found - stem->str, strlen ("-target"));
  return g_string_free (g_steal_pointer (&stem), FALSE);
}

/**
 * plenary_target_pairs_new:
 * @report: a report
 *
 * Every plan-year target of @report beside its review-year result: the
 * result the report's data pairs it with, else the result whose id has the
 * same stem (plenary_target_stem()), else none. The results for which the
 * plan chose not to set a target come first, with the sentence that says so;
 * then the paired targets, then those without a result, each in report order.
 *
 * Returns: (transfer full): a list of #PlenaryTargetPair
 */
GListModel *
plenary_target_pairs_new (PlenaryReport *report)
{
  GListStore *store = g_list_store_new (PLENARY_TYPE_TARGET_PAIR);
  g_autoptr(GHashTable) results = NULL;
  g_autoptr(GPtrArray) unpaired = g_ptr_array_new_with_free_func (g_object_unref);
  PlenaryDeck *deck;
  GPtrArray *not_set;
  GListModel *indicators;
  guint n;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), G_LIST_MODEL (store));

  deck = plenary_report_get_deck (report);
  not_set = plenary_deck_get_not_set (deck);
  for (guint i = 0; i < not_set->len; i++)
    {
      PlenaryTargetNotSet *entry = g_ptr_array_index (not_set, i);
      g_autoptr(PlenaryTargetPair) pair = pair_new (NULL, entry->result, entry->paragraph,
                                                    entry->quote, entry->quote_en);
      g_list_store_append (store, pair);
    }

  /* The first result with a stem wins: the report lists the review
   * year's figure before its growth's breakdowns. */
  results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  indicators = plenary_report_get_indicators (report);
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);

      if (plenary_indicator_get_kind (indicator) == PLENARY_INDICATOR_ACTUAL)
        {
          char *stem = plenary_target_stem (plenary_indicator_get_id (indicator));

          if (g_hash_table_contains (results, stem))
            g_free (stem);
          else
            g_hash_table_insert (results, stem, indicator);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryIndicator) target = g_list_model_get_item (indicators, i);
      g_autoptr(PlenaryTargetPair) pair = NULL;
      g_autofree char *stem = NULL;
      PlenaryIndicator *result;

      if (plenary_indicator_get_kind (target) != PLENARY_INDICATOR_TARGET)
        continue;

      result = plenary_deck_lookup_pair (deck, target);
      if (result == NULL)
        {
          stem = plenary_target_stem (plenary_indicator_get_id (target));
          result = g_hash_table_lookup (results, stem);
        }
      pair = pair_new (target, result, plenary_indicator_get_paragraph (target),
                       plenary_indicator_get_quote (target),
                       plenary_indicator_get_quote_for (target, PLENARY_LANGUAGE_EN));
      if (result != NULL)
        g_list_store_append (store, pair);
      else
        g_ptr_array_add (unpaired, g_steal_pointer (&pair));
    }

  /* The targets with no result to compare with come last: the page is
   * about the comparisons. */
  for (guint i = 0; i < unpaired->len; i++)
    g_list_store_append (store, g_ptr_array_index (unpaired, i));

  return G_LIST_MODEL (store);
}

/**
 * plenary_target_pairs_dup_categories:
 * @pairs: a list of #PlenaryTargetPair
 *
 * Returns: (transfer full): the rows' categories, each once, in the order
 *   they first appear
 */
char **
plenary_target_pairs_dup_categories (GListModel *pairs)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (pairs), NULL);

  n = g_list_model_get_n_items (pairs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryTargetPair) pair = g_list_model_get_item (pairs, i);
      const char *category = plenary_target_pair_get_category (pair);

      if (category != NULL && g_hash_table_add (seen, (gpointer)category))
        g_strv_builder_add (builder, category);
    }
  return g_strv_builder_end (builder);
}
