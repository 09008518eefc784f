/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-deck"

#include "plenary-deck.h"

struct _PlenaryDeck
{
  GObject     parent_instance;
  GPtrArray  *key_charts;
  GPtrArray  *investment_charts;
  GPtrArray  *targets;
  GPtrArray  *not_set;
  GHashTable *pairs;       /* target → result */
  GPtrArray  *paired;      /* the targets of the pairs, in the report's order */
};

G_DEFINE_FINAL_TYPE (PlenaryDeck, plenary_deck, G_TYPE_OBJECT)

static void
not_set_free (gpointer data)
{
  PlenaryTargetNotSet *entry = data;

  g_clear_object (&entry->result);
  g_clear_object (&entry->paragraph);
  g_free (entry->quote);
  g_free (entry->quote_en);
  g_free (entry);
}

static void
plenary_deck_dispose (GObject *object)
{
  PlenaryDeck *self = (PlenaryDeck *)object;

  g_clear_pointer (&self->key_charts, g_ptr_array_unref);
  g_clear_pointer (&self->investment_charts, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->not_set, g_ptr_array_unref);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->paired, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_deck_parent_class)->dispose (object);
}

static void
plenary_deck_class_init (PlenaryDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = plenary_deck_dispose;
}

static void
plenary_deck_init (PlenaryDeck *self)
{
  self->key_charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->investment_charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);
  self->not_set = g_ptr_array_new_with_free_func (not_set_free);
  self->pairs = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->paired = g_ptr_array_new_with_free_func (g_object_unref);
}

PlenaryDeck *
plenary_deck_new (void)
{
  return g_object_new (PLENARY_TYPE_DECK, NULL);
}

void
plenary_deck_add_key_chart (PlenaryDeck      *self,
                            PlenaryChartSpec *chart)
{
  g_return_if_fail (PLENARY_IS_DECK (self));
  g_return_if_fail (PLENARY_IS_CHART_SPEC (chart));

  g_ptr_array_add (self->key_charts, g_object_ref (chart));
}

void
plenary_deck_add_investment_chart (PlenaryDeck      *self,
                                   PlenaryChartSpec *chart)
{
  g_return_if_fail (PLENARY_IS_DECK (self));
  g_return_if_fail (PLENARY_IS_CHART_SPEC (chart));

  g_ptr_array_add (self->investment_charts, g_object_ref (chart));
}

void
plenary_deck_add_target (PlenaryDeck      *self,
                         PlenaryIndicator *target)
{
  g_return_if_fail (PLENARY_IS_DECK (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (target));

  g_ptr_array_add (self->targets, g_object_ref (target));
}

void
plenary_deck_add_pair (PlenaryDeck      *self,
                       PlenaryIndicator *target,
                       PlenaryIndicator *result)
{
  g_return_if_fail (PLENARY_IS_DECK (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (target));
  g_return_if_fail (PLENARY_IS_INDICATOR (result));

  if (!g_hash_table_contains (self->pairs, target))
    g_ptr_array_add (self->paired, g_object_ref (target));
  g_hash_table_replace (self->pairs, g_object_ref (target), g_object_ref (result));
}

/* Returns: (transfer none) (element-type PlenaryIndicator): the targets of
 * the pairs the report names, in its order (plenary_deck_lookup_pair()
 * gives each one's result) */
GPtrArray *
plenary_deck_get_paired_targets (PlenaryDeck *self)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return self->paired;
}

void
plenary_deck_add_not_set (PlenaryDeck      *self,
                          PlenaryIndicator *result,
                          PlenaryParagraph *paragraph,
                          const char       *quote,
                          const char       *quote_en)
{
  PlenaryTargetNotSet *entry;

  g_return_if_fail (PLENARY_IS_DECK (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (result));
  g_return_if_fail (PLENARY_IS_PARAGRAPH (paragraph));

  entry = g_new0 (PlenaryTargetNotSet, 1);
  entry->result = g_object_ref (result);
  entry->paragraph = g_object_ref (paragraph);
  entry->quote = g_strdup (quote);
  entry->quote_en = g_strdup (quote_en);
  g_ptr_array_add (self->not_set, entry);
}

/* Returns: (transfer none) (element-type PlenaryChartSpec): one chart per section */
GPtrArray *
plenary_deck_get_key_charts (PlenaryDeck *self)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return self->key_charts;
}

/* Returns: (transfer none) (element-type PlenaryChartSpec) */
GPtrArray *
plenary_deck_get_investment_charts (PlenaryDeck *self)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return self->investment_charts;
}

/* Returns: (transfer none) (element-type PlenaryIndicator): the targets the deck shows */
GPtrArray *
plenary_deck_get_targets (PlenaryDeck *self)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return self->targets;
}

/* Returns: (transfer none) (element-type PlenaryTargetNotSet) */
GPtrArray *
plenary_deck_get_not_set (PlenaryDeck *self)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return self->not_set;
}

/* Returns: (nullable) (transfer none): the result the data pairs @target with */
PlenaryIndicator *
plenary_deck_lookup_pair (PlenaryDeck      *self,
                          PlenaryIndicator *target)
{
  g_return_val_if_fail (PLENARY_IS_DECK (self), NULL);
  return g_hash_table_lookup (self->pairs, target);
}
