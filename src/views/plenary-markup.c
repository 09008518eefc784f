/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-markup"

#include <string.h>

#include "plenary-markup.h"

static void
span_free (gpointer data)
{
  PlenaryIndicatorSpan *span = data;

  g_ptr_array_unref (span->indicators);
  g_free (span);
}

static int
compare_by_offset (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  PlenaryLanguage language = GPOINTER_TO_INT (user_data);
  gsize oa = plenary_indicator_get_quote_offset_for (*(PlenaryIndicator * const *)a, language);
  gsize ob = plenary_indicator_get_quote_offset_for (*(PlenaryIndicator * const *)b, language);

  return oa < ob ? -1 : oa > ob;
}

/* The paragraph's indicators sorted by where their quotes start, with
 * overlapping quotes ("新登记企业 27.5 万户" and "新登记企业 27.5 万户，
 * 增长 10%") merged into one span that links to all of them.
 *
 * Returns: (transfer full) (element-type PlenaryIndicatorSpan) */
GPtrArray *
plenary_paragraph_dup_indicator_spans (PlenaryParagraph *paragraph)
{
  return plenary_paragraph_dup_indicator_spans_for (paragraph, PLENARY_LANGUAGE_ZH);
}

/* The spans in plenary_paragraph_get_text_for() of @language: the English
 * quotes in the English text, where the order of the figures may differ
 * from the Chinese.
 *
 * Returns: (transfer full) (element-type PlenaryIndicatorSpan) */
GPtrArray *
plenary_paragraph_dup_indicator_spans_for (PlenaryParagraph *paragraph,
                                           PlenaryLanguage   language)
{
  GPtrArray *spans;
  g_autoptr(GPtrArray) indicators = NULL;
  GPtrArray *own;
  PlenaryIndicatorSpan *current = NULL;

  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (paragraph), NULL);

  spans = g_ptr_array_new_with_free_func (span_free);
  /* A borrowed copy to sort: the paragraph keeps its own order. */
  own = plenary_paragraph_get_indicators (paragraph);
  indicators = g_ptr_array_sized_new (own->len);
  for (guint i = 0; i < own->len; i++)
    g_ptr_array_add (indicators, g_ptr_array_index (own, i));
  g_ptr_array_sort_with_data (indicators, compare_by_offset, GINT_TO_POINTER (language));

  for (guint i = 0; i < indicators->len; i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *quote = plenary_indicator_get_quote_for (indicator, language);
      gsize start = plenary_indicator_get_quote_offset_for (indicator, language);
      gsize end = start + (quote != NULL ? strlen (quote) : 0);

      if (end <= start)
        continue;

      if (current != NULL && start < current->end)
        {
          current->end = MAX (current->end, end);
          g_ptr_array_add (current->indicators, g_object_ref (indicator));
          continue;
        }

      current = g_new0 (PlenaryIndicatorSpan, 1);
      current->start = start;
      current->end = end;
      current->indicators = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (current->indicators, g_object_ref (indicator));
      g_ptr_array_add (spans, current);
    }

  return spans;
}

/* "plenary-indicator:gdp-growth-2019,fixed-asset-investment-growth-2019" */
char *
plenary_indicator_span_dup_uri (const PlenaryIndicatorSpan *span)
{
  GString *uri = g_string_new (PLENARY_INDICATOR_URI_SCHEME);

  g_return_val_if_fail (span != NULL, NULL);

  for (guint i = 0; i < span->indicators->len; i++)
    {
      if (i > 0)
        g_string_append_c (uri, ',');
      g_string_append (uri, plenary_indicator_get_id (g_ptr_array_index (span->indicators, i)));
    }

  return g_string_free (uri, FALSE);
}

/* The indicator ids of a link made by plenary_indicator_span_dup_uri(), or
 * %NULL for any other link. */
char **
plenary_indicator_uri_parse (const char *uri)
{
  if (uri == NULL || !g_str_has_prefix (uri, PLENARY_INDICATOR_URI_SCHEME))
    return NULL;

  uri += strlen (PLENARY_INDICATOR_URI_SCHEME);
  if (*uri == '\0')
    return NULL;

  return g_strsplit (uri, ",", -1);
}


/* Escaped for an XML attribute, where a raw newline would turn into a
 * space. */
static char *
escape_attribute (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);

  return g_strjoinv ("&#10;", lines);
}

static char *
dup_link_title (const PlenaryIndicatorSpan *span,
                PlenaryLanguage             language)
{
  GString *title = g_string_new (NULL);

  for (guint i = 0; i < span->indicators->len; i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (span->indicators, i);
      g_autofree char *value = plenary_indicator_dup_display (indicator, language);
      g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);

      if (i > 0)
        g_string_append_c (title, '\n');
      g_string_append_printf (title, "%s: %s (%s)",
                              plenary_indicator_get_label (indicator, language), value, period);
    }

  return g_string_free (title, FALSE);
}

/* The paragraph in @language (its English text when it has one) as
 * GtkLabel markup, each indicator quote a link whose title (the tooltip)
 * names the indicators in @language. */
char *
plenary_paragraph_dup_markup (PlenaryParagraph *paragraph,
                              PlenaryLanguage   language)
{
  g_autoptr(GPtrArray) spans = NULL;
  g_autofree char *rest = NULL;
  const char *text;
  GString *markup;
  gsize done = 0;

  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (paragraph), NULL);

  text = plenary_paragraph_get_text_for (paragraph, language);
  spans = plenary_paragraph_dup_indicator_spans_for (paragraph, language);
  markup = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const PlenaryIndicatorSpan *span = g_ptr_array_index (spans, i);
      g_autofree char *before = g_markup_escape_text (text + done, span->start - done);
      g_autofree char *inside = g_markup_escape_text (text + span->start, span->end - span->start);
      g_autofree char *uri = plenary_indicator_span_dup_uri (span);
      g_autofree char *title = dup_link_title (span, language);
      g_autofree char *uri_attr = g_markup_escape_text (uri, -1);
      g_autofree char *title_attr = escape_attribute (title);

      g_string_append (markup, before);
      /* No tint: a paragraph full of washed quotes stopped reading as
       * text. The link shows itself on hover and focus (style.css). */
      g_string_append_printf (markup, "<a href=\"%s\" title=\"%s\">%s</a>",
                              uri_attr, title_attr, inside);
      done = span->end;
    }

  rest = g_markup_escape_text (text + done, -1);
  g_string_append (markup, rest);

  return g_string_free (markup, FALSE);
}

/* A formatted value ("3334亿元", "more than CNY 1 trillion", "6.8%") as
 * markup that keeps the figure at full size and sets the words and units
 * around it smaller, for the big numbers of cards.  The figure's place
 * comes from the formatter, so no text is searched for digits. */
char *
plenary_value_dup_markup (PlenaryFormattedNumber *value)
{
  guint start, end;
  g_autofree char *display = NULL;
  g_autofree char *before = NULL;
  g_autofree char *number = NULL;
  g_autofree char *after = NULL;
  GString *markup;

  g_return_val_if_fail (value != NULL, NULL);

  display = plenary_formatted_number_join (value, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, &start, &end);
  if (end <= start)
    return g_markup_escape_text (display, -1);

  before = g_markup_escape_text (display, start);
  number = g_markup_escape_text (display + start, end - start);
  after = g_markup_escape_text (display + end, -1);

  markup = g_string_new (NULL);
  if (*before != '\0')
    g_string_append_printf (markup, "<span size=\"55%%\">%s</span>", before);
  g_string_append (markup, number);
  if (*after != '\0')
    g_string_append_printf (markup, "<span size=\"55%%\">%s</span>", after);

  return g_string_free (markup, FALSE);
}

/* A change as a signed figure for a pill next to a value: "+2%", "−6.1%". */
char *
plenary_change_dup_text (PlenaryIndicator *change,
                         PlenaryLanguage   language)
{
  double value;
  g_autofree char *magnitude = NULL;

  g_return_val_if_fail (PLENARY_IS_INDICATOR (change), NULL);

  value = plenary_indicator_get_value (change);
  magnitude = plenary_format_value (ABS (value), plenary_indicator_get_unit (change), language);
  if (value > 0)
    return g_strconcat ("+", magnitude, NULL);
  if (value < 0)
    return g_strconcat ("\xe2\x88\x92", magnitude, NULL);
  return g_steal_pointer (&magnitude);
}
