/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-report-loader.h"
#include "plenary-report-loader-private.h"

/* The last part of the loader: the story deck (which charts and targets a
 * talk shows) and the pairs of a plan-year target and the review-year
 * result it is measured against, where the ids' shared stems do not say. */

static PlenaryIndicator *
resolve_kind (Loader               *l,
              const char           *key,
              const char           *id,
              PlenaryIndicatorKind  kind)
{
  PlenaryIndicator *indicator = plenary_loader_resolve_indicator_at (l, key, id);

  if (indicator != NULL && plenary_indicator_get_kind (indicator) != kind)
    {
      gsize mark = key ? plenary_json_reader_push_key (l->reader, key) : 0;

      if (kind == PLENARY_INDICATOR_TARGET)
        FAIL (l, VALUE, _("the indicator “%s” is not a target."), Q (l, id));
      else
        FAIL (l, VALUE, _("the indicator “%s” is not a result."), Q (l, id));
      if (key != NULL)
        plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }
  return indicator;
}

static void
read_chart_list (Loader      *l,
                 JsonObject  *deck,
                 const char  *key,
                 PlenaryDeck *out,
                 void       (*add) (PlenaryDeck *, PlenaryChartSpec *))
{
  JsonArray *array = plenary_json_reader_get_array (l->reader, deck, key, FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, key);

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !FAILED (l); i++)
    {
      const char *id = plenary_json_reader_string_at (l->reader, array, i);
      PlenaryChartSpec *chart = id ? plenary_report_find_chart (l->report, id) : NULL;

      if (id != NULL && chart == NULL)
        {
          gsize at = plenary_json_reader_push_index (l->reader, i);
          FAIL (l, REFERENCE, _("there is no chart with the id “%s”."), Q (l, id));
          plenary_json_reader_pop (l->reader, at);
        }
      else if (chart != NULL)
        add (out, chart);
    }
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_story (Loader      *l,
            JsonObject  *root,
            PlenaryDeck *out)
{
  JsonObject *deck = plenary_json_reader_get_object (l->reader, root, "deck", FALSE);
  JsonArray *targets;
  gsize mark;

  if (deck == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "deck");
  read_chart_list (l, deck, "key_charts", out, plenary_deck_add_key_chart);
  if (!FAILED (l))
    read_chart_list (l, deck, "investment_charts", out, plenary_deck_add_investment_chart);

  targets = FAILED (l) ? NULL : plenary_json_reader_get_array (l->reader, deck, "targets", FALSE);
  if (targets != NULL)
    {
      gsize at = plenary_json_reader_push_key (l->reader, "targets");

      for (guint i = 0; i < json_array_get_length (targets) && !FAILED (l); i++)
        {
          const char *id = plenary_json_reader_string_at (l->reader, targets, i);
          gsize index = plenary_json_reader_push_index (l->reader, i);
          PlenaryIndicator *target = id ? resolve_kind (l, NULL, id, PLENARY_INDICATOR_TARGET) : NULL;

          if (target != NULL)
            plenary_deck_add_target (out, target);
          plenary_json_reader_pop (l->reader, index);
        }
      plenary_json_reader_pop (l->reader, at);
    }
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_targets (Loader      *l,
              JsonObject  *root,
              PlenaryDeck *out)
{
  JsonObject *targets = plenary_json_reader_get_object (l->reader, root, "targets", FALSE);
  JsonArray *pairs, *not_set;
  gsize mark, at;

  if (targets == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "targets");
  pairs = plenary_json_reader_get_array (l->reader, targets, "pairs", FALSE);
  at = plenary_json_reader_push_key (l->reader, "pairs");
  FOR_EACH_ELEMENT (l, pairs, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *target_id = plenary_json_reader_get_string (l->reader, object, "target", TRUE);
    const char *result_id = plenary_json_reader_get_string (l->reader, object, "result", TRUE);
    PlenaryIndicator *target = NULL, *result = NULL;

    if (!FAILED (l))
      target = resolve_kind (l, "target", target_id, PLENARY_INDICATOR_TARGET);
    if (!FAILED (l))
      result = resolve_kind (l, "result", result_id, PLENARY_INDICATOR_ACTUAL);
    if (!FAILED (l))
      plenary_deck_add_pair (out, target, result);
  })
  plenary_json_reader_pop (l->reader, at);

  not_set = FAILED (l) ? NULL : plenary_json_reader_get_array (l->reader, targets, "not_set", FALSE);
  at = plenary_json_reader_push_key (l->reader, "not_set");
  FOR_EACH_ELEMENT (l, not_set, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *result_id = plenary_json_reader_get_string (l->reader, object, "result", TRUE);
    PlenaryIndicator *result = NULL;
    PlenaryParagraph *paragraph = NULL;
    const char *quote = NULL, *quote_en = NULL;

    if (!FAILED (l))
      result = resolve_kind (l, "result", result_id, PLENARY_INDICATOR_ACTUAL);
    if (!FAILED (l))
      paragraph = plenary_loader_resolve_paragraph (l, object, "paragraph");
    if (!FAILED (l))
      quote = plenary_loader_get_bilingual_quote (l, object, paragraph, &quote_en);
    if (!FAILED (l))
      plenary_deck_add_not_set (out, result, paragraph, quote, quote_en);
  })
  plenary_json_reader_pop (l->reader, at);
  plenary_json_reader_pop (l->reader, mark);
}

void
plenary_loader_read_deck (Loader     *l,
                          JsonObject *root)
{
  PlenaryDeck *deck = plenary_report_get_deck (l->report);

  read_story (l, root, deck);
  if (!FAILED (l))
    read_targets (l, root, deck);
}
