/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-markup.h"

/* The markup of paragraphs and values, without widgets. */

static PlenaryReport *report;

static void
test_spans_merge_overlaps (void)
{
  /* Four indicators quote the same words of this paragraph. */
  PlenaryParagraph *paragraph = plenary_report_find_paragraph (report, "c2s4i1p1");
  g_autoptr(GPtrArray) spans = NULL;
  guint n_indicators = 0;
  gsize last_end = 0;

  g_assert_nonnull (paragraph);
  spans = plenary_paragraph_dup_indicator_spans (paragraph);
  g_assert_cmpuint (spans->len, >, 0);

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
          const char *quote = plenary_indicator_get_quote (indicator);
          gsize offset = plenary_indicator_get_quote_offset (indicator);

          g_assert_cmpstr (ids[j], ==, plenary_indicator_get_id (indicator));
          g_assert_cmpuint (offset, >=, span->start);
          g_assert_cmpuint (offset + strlen (quote), <=, span->end);
        }
    }

  g_assert_cmpuint (n_indicators, ==, plenary_paragraph_get_indicators (paragraph)->len);
  g_assert_null (plenary_indicator_uri_parse ("https://example.org"));
  g_assert_null (plenary_indicator_uri_parse (PLENARY_INDICATOR_URI_SCHEME));
}

static void
test_paragraph_markup (void)
{
  PlenaryParagraph *paragraph = plenary_report_find_paragraph (report, "c1s1p1");
  g_autofree char *markup = plenary_paragraph_dup_markup (paragraph, PLENARY_LANGUAGE_EN);
  GString *plain = g_string_new (NULL);
  g_autofree char *text = NULL;
  gboolean in_tag = FALSE;

  g_assert_nonnull (strstr (markup, "<a href=\"" PLENARY_INDICATOR_URI_SCHEME "gdp-growth-2019"));
  g_assert_nonnull (strstr (markup, "GDP growth: 6.8% (2019)"));

  /* Without its tags and entities the markup is the paragraph's text. */
  for (const char *p = markup; *p != '\0'; p++)
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
    const char *display;
    const char *markup;
  } cases[] = {
    { "6.8%", "6.8<span size=\"55%\">%</span>" },
    { "3334亿元", "3334<span size=\"55%\">亿元</span>" },
    { "超过1万亿元", "<span size=\"55%\">超过</span>1<span size=\"55%\">万亿元</span>" },
    { "more than CNY 1 trillion",
      "<span size=\"55%\">more than CNY </span>1<span size=\"55%\"> trillion</span>" },
    { "\xe2\x88\x92" "6.1%", "\xe2\x88\x92" "6.1<span size=\"55%\">%</span>" },
    { "337,300 people", "337,300<span size=\"55%\"> people</span>" },
    { "cumulative", "cumulative" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = plenary_value_dup_markup (cases[i].display);
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
