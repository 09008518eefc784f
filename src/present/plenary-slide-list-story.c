/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-list"

#include "plenary-content-strings.h"
#include "plenary-number-format.h"
#include "plenary-target-pair.h"
#include "plenary-slide-list-private.h"
#include "plenary-slide-private.h"

/* The story deck: what a deputy presents in twenty minutes. The title,
 * the headline figures, the one chart of each section the report's data
 * names as its key chart, the investment plan, the plan year's targets
 * beside the review year's results, and the end. */

#define TARGETS_WHEN_UNNAMED 8

static const char *deck_names[] = { "story", "all" };

gboolean
plenary_deck_kind_parse (const char      *text,
                         PlenaryDeckKind *out_deck)
{
  for (guint i = 0; i < G_N_ELEMENTS (deck_names); i++)
    if (g_strcmp0 (text, deck_names[i]) == 0)
      {
        *out_deck = i;
        return TRUE;
      }
  return FALSE;
}

const char *
plenary_deck_kind_to_string (PlenaryDeckKind deck)
{
  g_return_val_if_fail (deck < G_N_ELEMENTS (deck_names), NULL);
  return deck_names[deck];
}

/* The section directly under a chapter that holds @node, or the chapter. */
static PlenaryOutlineNode *
top_section_of (PlenaryOutlineNode *node)
{
  while (node != NULL && plenary_outline_node_get_parent (node) != NULL
         && plenary_outline_node_get_parent (plenary_outline_node_get_parent (node)) != NULL)
    node = plenary_outline_node_get_parent (node);
  return node;
}

/* The key charts in the report's order, which is the outline's; a report
 * that names none gets each section's first chart. */
static GPtrArray *
dup_key_charts (PlenaryReport *report)
{
  GListModel *charts = plenary_report_get_charts (report);
  GPtrArray *named = plenary_deck_get_key_charts (plenary_report_get_deck (report));
  guint n = g_list_model_get_n_items (charts);
  GPtrArray *key = g_ptr_array_new_with_free_func (g_object_unref);
  PlenaryOutlineNode *last = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);
      PlenaryOutlineNode *section = top_section_of (plenary_chart_spec_get_section (chart));

      if (named->len > 0)
        {
          if (g_ptr_array_find (named, chart, NULL))
            g_ptr_array_add (key, g_object_ref (chart));
        }
      else if (section != last)
        g_ptr_array_add (key, g_object_ref (chart));
      last = section;
    }
  return key;
}

static PlenarySlide *
targets_slide_new (PlenaryReport   *report,
                   GPtrArray       *pairs,
                   guint            first,
                   guint            count,
                   PlenaryLanguage  language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_TARGETS, language);
  g_autofree char *plan_year = g_strdup_printf ("%u", plenary_report_get_plan_year (report));
  g_autofree char *review_year = g_strdup_printf ("%u", plenary_report_get_review_year (report));
  g_autoptr(GString) notes = g_string_new (NULL);

  slide->title = plenary_content_format (language, PLENARY_CONTENT_TARGETS_FOR, plan_year, NULL);
  slide->footer = plenary_content_format (language, PLENARY_CONTENT_SOURCE,
                                          plenary_report_get_text (report, PLENARY_REPORT_FIELD_SOURCE,
                                                                   language),
                                          NULL);

  for (guint i = first; i < first + count; i++)
    {
      PlenaryTargetPair *pair = g_ptr_array_index (pairs, i);
      PlenaryIndicator *target = plenary_target_pair_get_target (pair);
      PlenaryIndicator *result = plenary_target_pair_get_result (pair);
      g_autofree char *context = NULL;

      if (result != NULL)
        {
          g_autofree char *display = plenary_indicator_dup_display (result, language);
          context = plenary_content_format (language, PLENARY_CONTENT_RESULT_IN, review_year,
                                            display, NULL);
        }

      if (target != NULL)
        {
          g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (target, PLENARY_NUMBER_SCALE_SOURCE,
                                                                              language);

          plenary_slide_add_figure (slide, value, plenary_target_pair_get_label (pair, language), context);
        }
      else
        plenary_slide_add_words (slide, plenary_content_get (language, PLENARY_CONTENT_TARGET_NOT_SET),
                                 plenary_target_pair_get_label (pair, language), context);
      if (target != NULL)
        plenary_slide_list_append_note (notes, target, language);
      else
        g_string_append_printf (notes, "%s%s — “%s”", notes->len ? "\n\n" : "",
                                plenary_target_pair_get_label (pair, language),
                                plenary_target_pair_get_quote_for (pair, language));
      if (result != NULL)
        plenary_slide_list_append_note (notes, result, language);
    }
  slide->notes = g_string_free (g_steal_pointer (&notes), FALSE);
  return slide;
}

/* The targets the deck shows: those the plan did not set first, then the
 * ones the report's data names, or else the first paired ones. */
static GPtrArray *
dup_deck_pairs (PlenaryReport *report)
{
  g_autoptr(GListModel) all = plenary_target_pairs_new (report);
  GPtrArray *named = plenary_deck_get_targets (plenary_report_get_deck (report));
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (all), unnamed = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryTargetPair) pair = g_list_model_get_item (all, i);
      PlenaryIndicator *target = plenary_target_pair_get_target (pair);
      gboolean take;

      if (target == NULL)
        take = TRUE;
      else if (named->len > 0)
        take = g_ptr_array_find (named, target, NULL);
      else
        take = plenary_target_pair_get_result (pair) != NULL && unnamed++ < TARGETS_WHEN_UNNAMED;
      if (take)
        g_ptr_array_add (pairs, g_steal_pointer (&pair));
    }
  return pairs;
}

static void
add_targets_slides (GPtrArray       *slides,
                    PlenaryReport   *report,
                    PlenaryLanguage  language)
{
  g_autoptr(GPtrArray) pairs = dup_deck_pairs (report);
  guint n = pairs->len, n_slides, first = 0;

  if (n == 0)
    return;

  /* Seven make 4 and 3, not 4, 3 and a leftover. */
  n_slides = (n + PLENARY_SLIDE_LIST_MAX_FIGURES - 1) / PLENARY_SLIDE_LIST_MAX_FIGURES;
  for (guint i = 0; i < n_slides; i++)
    {
      guint count = n / n_slides + (i < n % n_slides ? 1 : 0);

      g_ptr_array_add (slides, targets_slide_new (report, pairs, first, count, language));
      first += count;
    }
}

static GPtrArray *
story_new (PlenaryReport   *report,
           GPtrArray       *key,
           PlenaryLanguage  language)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify)plenary_slide_unref);
  GPtrArray *investment = plenary_deck_get_investment_charts (plenary_report_get_deck (report));

  g_ptr_array_add (slides, plenary_slide_list_title_new (report, language));
  plenary_slide_list_add_headlines (slides, report, language);
  plenary_slide_list_add_charts (slides, report, key, TRUE, language);
  plenary_slide_list_add_charts (slides, report, investment, FALSE, language);
  add_targets_slides (slides, report, language);
  g_ptr_array_add (slides, plenary_slide_list_end_new (report, language));
  return slides;
}

/**
 * plenary_slide_list_new_deck:
 * @report: the report to present
 * @deck: the story deck or every chart
 * @language: the language of the slides
 *
 * The story deck has at most %PLENARY_SLIDE_LIST_MAX_STORY slides: if the
 * key charts would make more, the last ones are left out. The deck of
 * every chart is plenary_slide_list_new() for the whole report.
 *
 * Returns: (transfer full) (element-type PlenarySlide): the slides
 */
GPtrArray *
plenary_slide_list_new_deck (PlenaryReport   *report,
                             PlenaryDeckKind  deck,
                             PlenaryLanguage  language)
{
  g_autoptr(GPtrArray) key = NULL;
  GPtrArray *slides;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);

  if (deck == PLENARY_DECK_ALL)
    return plenary_slide_list_new (report, NULL, language);

  key = dup_key_charts (report);
  slides = story_new (report, key, language);
  while (slides->len > PLENARY_SLIDE_LIST_MAX_STORY && key->len > 0)
    {
      g_ptr_array_unref (slides);
      g_ptr_array_remove_index (key, key->len - 1);
      slides = story_new (report, key, language);
    }
  return slides;
}
