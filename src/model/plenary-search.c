/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-search"

#include <string.h>

#include "plenary-search.h"

struct _PlenarySearchResult
{
  GObject                 parent_instance;
  PlenarySearchMatchKind  kind;
  PlenaryLanguage         language;
  PlenaryParagraph       *paragraph;
  PlenaryIndicator       *indicator;
  PlenaryChartSpec       *chart;
  PlenaryInvestmentCategory *category;
  char                   *text;
  gsize                   match_start;
  gsize                   match_end;
};

G_DEFINE_FINAL_TYPE (PlenarySearchResult, plenary_search_result, G_TYPE_OBJECT)

static void
plenary_search_result_dispose (GObject *object)
{
  PlenarySearchResult *self = (PlenarySearchResult *)object;

  g_clear_object (&self->paragraph);
  g_clear_object (&self->indicator);
  g_clear_object (&self->chart);
  g_clear_object (&self->category);

  G_OBJECT_CLASS (plenary_search_result_parent_class)->dispose (object);
}

static void
plenary_search_result_finalize (GObject *object)
{
  PlenarySearchResult *self = (PlenarySearchResult *)object;

  g_free (self->text);

  G_OBJECT_CLASS (plenary_search_result_parent_class)->finalize (object);
}

static void
plenary_search_result_class_init (PlenarySearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_search_result_dispose;
  object_class->finalize = plenary_search_result_finalize;
}

static void
plenary_search_result_init (PlenarySearchResult *self)
{
}

static PlenarySearchResult *
plenary_search_result_new (PlenarySearchMatchKind  kind,
                           PlenaryLanguage         language,
                           PlenaryParagraph       *paragraph,
                           PlenaryIndicator       *indicator,
                           const char             *text,
                           gsize                   match_start,
                           gsize                   match_end)
{
  PlenarySearchResult *self = g_object_new (PLENARY_TYPE_SEARCH_RESULT, NULL);

  self->kind = kind;
  self->language = language;
  g_set_object (&self->paragraph, paragraph);
  g_set_object (&self->indicator, indicator);
  self->text = g_strdup (text);
  self->match_start = match_start;
  self->match_end = match_end;

  return self;
}

PlenarySearchMatchKind
plenary_search_result_get_kind (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), PLENARY_SEARCH_MATCH_TEXT);
  return self->kind;
}

/* The paragraph to show for this result: the matching paragraph, or the one
 * an indicator is quoted from. */
PlenaryParagraph *
plenary_search_result_get_paragraph (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);
  return self->paragraph;
}

PlenaryIndicator *
plenary_search_result_get_indicator (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);
  return self->indicator;
}

/* The language of the text that matched; paragraphs are in Chinese. */
/* Returns: (nullable) (transfer none): the chart whose title or a row of
 * which matches, for a PLENARY_SEARCH_MATCH_CHART */
PlenaryChartSpec *
plenary_search_result_get_chart (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);
  return self->chart;
}

/* Returns: (nullable) (transfer none): the investment category whose
 * label matches, for a PLENARY_SEARCH_MATCH_INVESTMENT */
PlenaryInvestmentCategory *
plenary_search_result_get_category (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);
  return self->category;
}

PlenaryLanguage
plenary_search_result_get_language (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), PLENARY_LANGUAGE_ZH);
  return self->language;
}

/* The whole text that matched: a paragraph's text or an indicator label. */
const char *
plenary_search_result_get_text (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);
  return self->text;
}

gsize
plenary_search_result_get_match_start (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), 0);
  return self->match_start;
}

gsize
plenary_search_result_get_match_end (PlenarySearchResult *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), 0);
  return self->match_end;
}

static void
append_flat (GString    *out,
             const char *text,
             gsize       len)
{
  for (const char *p = text; p < text + len; p++)
    g_string_append_c (out, *p == '\n' || *p == '\t' ? ' ' : *p);
}

/* The match with up to @context_chars characters on each side, on one line,
 * with an ellipsis where the text goes on; the match's byte range in the
 * returned string is stored in @out_start and @out_end. */
char *
plenary_search_result_dup_context (PlenarySearchResult *self,
                                   guint                context_chars,
                                   gsize               *out_start,
                                   gsize               *out_end)
{
  const char *text;
  const char *begin;
  const char *end;
  GString *out;

  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);

  text = self->text;
  begin = text + self->match_start;
  for (guint i = 0; i < context_chars && begin > text; i++)
    begin = g_utf8_prev_char (begin);
  end = text + self->match_end;
  for (guint i = 0; i < context_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  out = g_string_new (NULL);
  if (begin > text)
    g_string_append (out, "…");
  append_flat (out, begin, text + self->match_start - begin);
  if (out_start != NULL)
    *out_start = out->len;
  append_flat (out, text + self->match_start, self->match_end - self->match_start);
  if (out_end != NULL)
    *out_end = out->len;
  append_flat (out, text + self->match_end, end - (text + self->match_end));
  if (*end != '\0')
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

/* The context as Pango markup with the match in bold. */
char *
plenary_search_result_dup_context_markup (PlenarySearchResult *self,
                                          guint                context_chars)
{
  g_autofree char *context = NULL;
  g_autofree char *before = NULL;
  g_autofree char *match = NULL;
  g_autofree char *after = NULL;
  gsize start, end;

  g_return_val_if_fail (PLENARY_IS_SEARCH_RESULT (self), NULL);

  context = plenary_search_result_dup_context (self, context_chars, &start, &end);
  before = g_markup_escape_text (context, start);
  match = g_markup_escape_text (context + start, end - start);
  after = g_markup_escape_text (context + end, -1);

  return g_strdup_printf ("%s<b>%s</b>%s", before, match, after);
}

/* Text folded for matching: compatibility forms unified (full-width ＧＤＰ
 * is GDP), case folded, white space dropped (the report writes "2019 年",
 * a reader types "2019年"), and for each folded byte the offset of the
 * character it came from, so a match maps back to the original text. */
typedef struct
{
  GString *folded;
  GArray  *origins;
} Folded;

static void
folded_clear (Folded *f)
{
  g_string_free (f->folded, TRUE);
  g_array_unref (f->origins);
}

static void
fold_text (const char *text,
           Folded     *f)
{
  f->folded = g_string_new (NULL);
  f->origins = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize origin = p - text;
      gsize before = f->folded->len;

      if (g_unichar_isspace (c))
        continue;

      if (c < 0x80)
        {
          g_string_append_c (f->folded, g_ascii_tolower ((char)c));
        }
      else
        {
          char buf[8];
          int n = g_unichar_to_utf8 (c, buf);
          g_autofree char *normal = g_utf8_normalize (buf, n, G_NORMALIZE_ALL_COMPOSE);
          g_autofree char *fold = g_utf8_casefold (normal != NULL ? normal : buf, -1);

          g_string_append (f->folded, fold);
        }

      for (gsize i = before; i < f->folded->len; i++)
        g_array_append_val (f->origins, origin);
    }
}

static gboolean
folded_find (const char   *text,
             const Folded *haystack,
             const char   *needle,
             gsize         from,
             gsize        *out_start,
             gsize        *out_end)
{
  gsize needle_len = strlen (needle);
  const char *hit;
  gsize first = 0;
  gsize last;

  if (needle_len == 0)
    return FALSE;

  /* Skip to the first folded byte that comes from at or after @from. */
  while (first < haystack->origins->len && g_array_index (haystack->origins, gsize, first) < from)
    first++;
  if (first >= haystack->folded->len)
    return FALSE;

  hit = strstr (haystack->folded->str + first, needle);
  if (hit == NULL)
    return FALSE;

  first = hit - haystack->folded->str;
  last = first + needle_len - 1;
  *out_start = g_array_index (haystack->origins, gsize, first);
  *out_end = g_utf8_next_char (text + g_array_index (haystack->origins, gsize, last)) - text;

  return TRUE;
}

static char *
fold_query (const char *query)
{
  Folded f;
  char *result;

  fold_text (query, &f);
  result = g_strdup (f.folded->str);
  folded_clear (&f);

  return result;
}

/* Finds @query in @text from byte @from on, ignoring case and white space;
 * no word splitting, so it works for Chinese as well as for Latin text. */
gboolean
plenary_search_text (const char *text,
                     const char *query,
                     gsize       from,
                     gsize      *out_start,
                     gsize      *out_end)
{
  g_autofree char *needle = NULL;
  Folded haystack;
  gsize start, end;
  gboolean found;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  needle = fold_query (query);
  fold_text (text, &haystack);
  found = folded_find (text, &haystack, needle, from, &start, &end);
  folded_clear (&haystack);

  if (found && out_start != NULL)
    *out_start = start;
  if (found && out_end != NULL)
    *out_end = end;

  return found;
}

static gboolean
full (GListStore *results,
      guint       max_results)
{
  return g_list_model_get_n_items (G_LIST_MODEL (results)) >= max_results;
}

/* Every match in one language of a paragraph. */
static void
search_paragraph_text (GListStore       *results,
                       PlenaryParagraph *paragraph,
                       PlenaryLanguage   language,
                       const char       *text,
                       const char       *needle,
                       guint             max_results)
{
  Folded haystack;
  gsize from = 0;
  gsize start, end;

  fold_text (text, &haystack);
  while (!full (results, max_results) &&
         folded_find (text, &haystack, needle, from, &start, &end))
    {
      g_autoptr(PlenarySearchResult) result = NULL;

      result = plenary_search_result_new (PLENARY_SEARCH_MATCH_TEXT, language,
                                          paragraph, NULL, text, start, end);
      g_list_store_append (results, result);
      from = end;
    }
  folded_clear (&haystack);
}

/* The paragraph's matches in the preferred language, then in the other
 * one: "metro" finds the English, 地铁 the Chinese. */
static gboolean
search_paragraph (GListStore       *results,
                  PlenaryParagraph *paragraph,
                  const char       *needle,
                  PlenaryLanguage   preferred,
                  guint             max_results)
{
  PlenaryLanguage order[2] = {
    preferred,
    preferred == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *text = order[i] == PLENARY_LANGUAGE_ZH ? plenary_paragraph_get_text (paragraph)
                                                         : plenary_paragraph_get_text_en (paragraph);

      if (text != NULL && *text != '\0')
        search_paragraph_text (results, paragraph, order[i], text, needle, max_results);
    }

  return !full (results, max_results);
}

static gboolean
find_in (const char *text,
         const char *needle,
         gsize      *start,
         gsize      *end)
{
  Folded haystack;
  gboolean found;

  if (text == NULL || *text == '\0')
    return FALSE;
  fold_text (text, &haystack);
  found = folded_find (text, &haystack, needle, 0, start, end);
  folded_clear (&haystack);

  return found;
}

static void
search_indicator (GListStore       *results,
                  PlenaryIndicator *indicator,
                  const char       *needle,
                  PlenaryLanguage   preferred)
{
  PlenaryLanguage order[2] = {
    preferred,
    preferred == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH,
  };

  /* A label that matches in both languages is listed once, in the
   * preferred one. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *label = plenary_indicator_get_label (indicator, order[i]);
      gsize start, end;

      if (find_in (label, needle, &start, &end))
        {
          g_autoptr(PlenarySearchResult) result = NULL;

          result = plenary_search_result_new (PLENARY_SEARCH_MATCH_INDICATOR, order[i],
                                              plenary_indicator_get_paragraph (indicator),
                                              indicator, label, start, end);
          g_list_store_append (results, result);
          return;
        }
    }
}

/* A chart is listed once: for its title, or else for the first of its
 * rows or series that matches, in the preferred language first. */
static void
search_chart (GListStore       *results,
              PlenaryChartSpec *chart,
              const char       *needle,
              PlenaryLanguage   preferred)
{
  PlenaryLanguage order[2] = {
    preferred,
    preferred == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_ptr_array_add (texts, (gpointer)plenary_chart_spec_get_title (chart, order[i]));
      for (guint row = 0; row < plenary_chart_spec_get_n_rows (chart); row++)
        g_ptr_array_add (texts, (gpointer)plenary_chart_spec_get_row_label (chart, row, order[i]));
      for (guint series = 0; series < plenary_chart_spec_get_n_series (chart); series++)
        g_ptr_array_add (texts, (gpointer)plenary_chart_spec_get_series_label (chart, series, order[i]));

      for (guint j = 0; j < texts->len; j++)
        {
          const char *text = g_ptr_array_index (texts, j);
          gsize start, end;

          if (find_in (text, needle, &start, &end))
            {
              g_autoptr(PlenarySearchResult) result = NULL;

              result = plenary_search_result_new (PLENARY_SEARCH_MATCH_CHART, order[i],
                                                  NULL, NULL, text, start, end);
              g_set_object (&result->chart, chart);
              g_list_store_append (results, result);
              return;
            }
        }
    }
}

static void
search_category (GListStore                *results,
                 PlenaryInvestmentCategory *category,
                 const char                *needle,
                 PlenaryLanguage            preferred)
{
  PlenaryLanguage order[2] = {
    preferred,
    preferred == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *label = plenary_investment_category_get_label (category, order[i]);
      gsize start, end;

      if (find_in (label, needle, &start, &end))
        {
          g_autoptr(PlenarySearchResult) result = NULL;

          result = plenary_search_result_new (PLENARY_SEARCH_MATCH_INVESTMENT, order[i],
                                              plenary_investment_category_get_paragraph (category),
                                              NULL, label, start, end);
          g_set_object (&result->category, category);
          g_list_store_append (results, result);
          return;
        }
    }
}

/* What matches @query, in groups: the indicators whose label matches in
 * either language, the investment categories, the charts whose title,
 * rows or series match, then every match in the report's text, Chinese
 * or English, in reading order; at most @max_results (0 for no limit).
 * Latin letters match whatever their case. */
GListModel *
plenary_search_report (PlenaryReport   *report,
                       const char      *query,
                       PlenaryLanguage  preferred,
                       guint            max_results)
{
  GListStore *results;
  g_autofree char *needle = NULL;
  PlenaryInvestmentPlan *investment;
  GPtrArray *paragraphs;
  GListModel *indicators;
  GListModel *charts;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);

  results = g_list_store_new (PLENARY_TYPE_SEARCH_RESULT);
  if (query == NULL)
    return G_LIST_MODEL (results);

  needle = fold_query (query);
  if (*needle == '\0')
    return G_LIST_MODEL (results);
  if (max_results == 0)
    max_results = G_MAXUINT;

  indicators = plenary_report_get_indicators (report);
  for (guint i = 0; i < g_list_model_get_n_items (indicators) && !full (results, max_results); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);

      search_indicator (results, indicator, needle, preferred);
    }

  investment = plenary_report_get_investment (report);
  if (investment != NULL)
    {
      GListModel *categories = plenary_investment_plan_get_categories (investment);

      for (guint i = 0; i < g_list_model_get_n_items (categories) && !full (results, max_results); i++)
        {
          g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (categories, i);

          search_category (results, category, needle, preferred);
        }
    }

  charts = plenary_report_get_charts (report);
  for (guint i = 0; i < g_list_model_get_n_items (charts) && !full (results, max_results); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);

      search_chart (results, chart, needle, preferred);
    }

  paragraphs = plenary_report_get_all_paragraphs (report);
  for (guint i = 0; i < paragraphs->len; i++)
    if (!search_paragraph (results, g_ptr_array_index (paragraphs, i), needle, preferred, max_results))
      break;

  return G_LIST_MODEL (results);
}
