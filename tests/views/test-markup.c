/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <pango/pango.h>

#include "plenary-report-loader.h"
#include "plenary-markup.h"

/* The markup of paragraphs and values, without widgets. */

static PlenaryReport *report;

static void
check_spans (PlenaryParagraph *paragraph,
             PlenaryLanguage   language)
{
  g_autoptr(GPtrArray) spans = NULL;
  guint n_indicators = 0;
  gsize last_end = 0;

  g_assert_nonnull (paragraph);
  spans = language == PLENARY_LANGUAGE_ZH ? plenary_paragraph_dup_indicator_spans (paragraph)
                                          : plenary_paragraph_dup_indicator_spans_for (paragraph, language);
  g_assert_cmpuint (spans->len, <=, plenary_paragraph_get_indicators (paragraph)->len);

  for (guint i = 0; i < spans->len; i++)
    {
      PlenaryIndicatorSpan *span = g_ptr_array_index (spans, i);
      g_autofree char *uri = plenary_indicator_span_dup_uri (span);
      g_auto(GStrv) ids = plenary_indicator_uri_parse (uri);

      g_assert_cmpuint (span->start, >=, last_end);
      g_assert_cmpuint (span->start, <, span->end);
      last_end = span->end;
      n_indicators += span->indicators->len;

      g_assert_cmpuint (g_strv_length (ids), ==, span->indicators->len);
      for (guint j = 0; j < span->indicators->len; j++)
        {
          PlenaryIndicator *indicator = g_ptr_array_index (span->indicators, j);
          const char *quote = plenary_indicator_get_quote_for (indicator, language);
          gsize offset = plenary_indicator_get_quote_offset_for (indicator, language);
          const char *text = plenary_paragraph_get_text_for (paragraph, language);

          g_assert_cmpstr (ids[j], ==, plenary_indicator_get_id (indicator));
          g_assert_cmpuint (offset, >=, span->start);
          g_assert_cmpuint (offset + strlen (quote), <=, span->end);
          g_assert_true (strncmp (text + offset, quote, strlen (quote)) == 0);
        }
    }

  g_assert_cmpuint (n_indicators, ==, plenary_paragraph_get_indicators (paragraph)->len);
}

static void
test_spans_merge_overlaps (void)
{
  /* Four indicators quote the same words of this paragraph, in both
   * languages. */
  PlenaryParagraph *paragraph = plenary_report_find_paragraph (report, "c2s4i1p1");
  GPtrArray *all = plenary_report_get_all_paragraphs (report);

  check_spans (paragraph, PLENARY_LANGUAGE_ZH);
  check_spans (paragraph, PLENARY_LANGUAGE_EN);
  {
    g_autoptr(GPtrArray) zh = plenary_paragraph_dup_indicator_spans (paragraph);
    g_autoptr(GPtrArray) en = plenary_paragraph_dup_indicator_spans_for (paragraph, PLENARY_LANGUAGE_EN);

    g_assert_cmpuint (zh->len, >, 0);
    g_assert_cmpuint (en->len, >, 0);
  }
  /* In English the figures may come in another order than in Chinese. */
  for (guint i = 0; i < all->len; i++)
    check_spans (g_ptr_array_index (all, i), PLENARY_LANGUAGE_EN);
  g_assert_null (plenary_indicator_uri_parse ("https://example.org"));
  g_assert_null (plenary_indicator_uri_parse (PLENARY_INDICATOR_URI_SCHEME));
}

/* Without its tags and entities the markup is the paragraph's text in
 * the same language. */
static void
assert_markup_text (PlenaryParagraph *paragraph,
                    PlenaryLanguage   language)
{
  g_autofree char *markup = plenary_paragraph_dup_markup (paragraph, language);
  g_autoptr(GRegex) links = g_regex_new ("</?a( [^>]*)?>", 0, 0, NULL);
  /* Links are GtkLabel's own, not Pango markup. */
  g_autofree char *pango = g_regex_replace_literal (links, markup, -1, 0, "", 0, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pango_parse_markup (pango, -1, 0, NULL, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, plenary_paragraph_get_text_for (paragraph, language));
}

static void
test_paragraph_markup (void)
{
  PlenaryParagraph *paragraph = plenary_report_find_paragraph (report, "c1s1p1");
  g_autofree char *markup = plenary_paragraph_dup_markup (paragraph, PLENARY_LANGUAGE_EN);
  g_autofree char *markup_zh = plenary_paragraph_dup_markup (paragraph, PLENARY_LANGUAGE_ZH);
  GString *plain = g_string_new (NULL);
  g_autofree char *text = NULL;
  gboolean in_tag = FALSE;

  g_assert_nonnull (strstr (markup, "<a href=\"" PLENARY_INDICATOR_URI_SCHEME "gdp-growth-2019"));
  g_assert_nonnull (strstr (markup, "GDP growth: 6.8% (2019)"));
  /* The English text with the English quote linked. */
  g_assert_nonnull (strstr (markup, "\">GDP grew by 6.8%</a>"));
  g_assert_nonnull (strstr (markup_zh, "\">地区生产总值增长 6.8%</a>"));
  /* Quiet: no wash behind the quotes, the text reads as text. */
  g_assert_null (strstr (markup, "bgcolor"));
  assert_markup_text (paragraph, PLENARY_LANGUAGE_EN);
  assert_markup_text (paragraph, PLENARY_LANGUAGE_ZH);
  assert_markup_text (plenary_report_find_paragraph (report, "c1p1"), PLENARY_LANGUAGE_EN);

  /* Without its tags the Chinese markup is the paragraph's text: it has no
   * character that needs an entity. */
  for (const char *p = markup_zh; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (plain, *p);
    }
  text = g_string_free (plain, FALSE);
  g_assert_cmpstr (text, ==, plenary_paragraph_get_text (paragraph));
}

static void
test_value_markup (void)
{
  struct {
    const char       *unit;
    double            value;
    PlenaryQualifier  qualifier;
    PlenaryLanguage   language;
    const char       *markup;
  } cases[] = {
    { "%", 6.8, PLENARY_QUALIFIER_NONE, PLENARY_LANGUAGE_EN, "6.8<span size=\"55%\">%</span>" },
    { "亿元", 3334, PLENARY_QUALIFIER_NONE, PLENARY_LANGUAGE_ZH,
      "3334<span size=\"55%\">\u2060亿\u2060元</span>" },
    { "万亿元", 1, PLENARY_QUALIFIER_MORE_THAN, PLENARY_LANGUAGE_ZH,
      "<span size=\"55%\">超\u2060过\u2060</span>1<span size=\"55%\">\u2060万\u2060亿\u2060元</span>" },
    { "万亿元", 1, PLENARY_QUALIFIER_MORE_THAN, PLENARY_LANGUAGE_EN,
      "<span size=\"55%\">more than\u00a0CNY\u00a0</span>1<span size=\"55%\">\u00a0trillion</span>" },
    { "%", -6.1, PLENARY_QUALIFIER_NONE, PLENARY_LANGUAGE_EN, "\xe2\x88\x92" "6.1<span size=\"55%\">%</span>" },
    { "万人", 33.73, PLENARY_QUALIFIER_NONE, PLENARY_LANGUAGE_EN,
      "337.3<span size=\"55%\">\u00a0thousand\u00a0people</span>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlenaryFormattedNumber) value =
        plenary_formatted_number_new (cases[i].value, plenary_report_find_unit (report, cases[i].unit),
                                      cases[i].qualifier, PLENARY_NUMBER_SCALE_SOURCE, cases[i].language);
      g_autofree char *markup = plenary_value_dup_markup (value);
      g_assert_cmpstr (markup, ==, cases[i].markup);
    }
}

static void
test_change_text (void)
{
  PlenaryIndicator *up = plenary_report_find_indicator (report, "foreign-trade-growth-2019");
  PlenaryIndicator *down = plenary_report_find_indicator (report, "export-growth-2019");
  g_autofree char *plus = plenary_change_dup_text (up, PLENARY_LANGUAGE_EN);
  g_autofree char *minus = plenary_change_dup_text (down, PLENARY_LANGUAGE_ZH);

  g_assert_cmpstr (plus, ==, "+2%");
  g_assert_cmpstr (minus, ==, "\xe2\x88\x92" "6.1%");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/markup/spans-merge-overlaps", test_spans_merge_overlaps);
  g_test_add_func ("/markup/paragraph", test_paragraph_markup);
  g_test_add_func ("/markup/value", test_value_markup);
  g_test_add_func ("/markup/change", test_change_text);

  status = g_test_run ();
  g_assert_finalize_object (report);
  return status;
}
