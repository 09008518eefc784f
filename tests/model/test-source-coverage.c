/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nothing of the printed report is lost on the way into the JSON: every
 * sentence of the source text (tests/data/source/) is found, in order, in
 * the report's titles and paragraphs, and the report has no text that the
 * source does not have.
 *
 * The source is prepared the way data/reports/tools/outline-from-text.py
 * prepared it: blocks are split on blank lines, a block that a page break
 * cut off mid-sentence is joined to the next without a space, and the
 * errata are applied; subscript markup (PM_{2.5}) is drawn as the loader
 * draws it (PM₂.₅).  The numbers of headings ("一、", "（一）", "1.") are
 * not part of the titles in the JSON, so they are taken off. */
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-subscript.h"

/* Sentences end with these; a closing quotation mark after one stays with
 * the sentence it closes. */
static const char * const sentence_ends[] = { "。", "；", "！", "？", NULL };
static const char * const block_ends[] = { "。", "：", "？", "！", "”", NULL };

/* The title, the occasion and the presenter come before the salutation. */
#define N_TITLE_BLOCKS 3

static char *
source_text_path (void)
{
  return g_build_filename (g_getenv ("PLENARY_SOURCE_ROOT"), "tests", "data", "source",
                           "guangzhou-2019-plan-report.txt", NULL);
}

static gboolean
ends_with_any (const char         *text,
               const char * const *ends)
{
  for (guint i = 0; ends[i] != NULL; i++)
    if (g_str_has_suffix (text, ends[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_chapter_heading (const char *block)
{
  g_autoptr(GRegex) regex = g_regex_new ("^[一二三四五六七八九十]+、", 0, 0, NULL);
  return g_regex_match (regex, block, 0, NULL);
}

/* The blocks of the text, page-break splits joined (as blocks() in
 * outline-from-text.py does). */
static GPtrArray *
split_blocks (const char *text)
{
  g_autoptr(GRegex) blank_line = g_regex_new ("\n[ \t\r]*\n", 0, 0, NULL);
  g_auto(GStrv) raw = g_regex_split (blank_line, text, 0);
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *block = g_strstrip (g_strdup (raw[i]));
      char *last = blocks->len > 0 ? g_ptr_array_index (blocks, blocks->len - 1) : NULL;

      if (*block == '\0')
        continue;
      if (last != NULL && blocks->len > 4 && !ends_with_any (last, block_ends) &&
          !is_chapter_heading (last) && g_strcmp0 (last, "各位代表：") != 0)
        {
          blocks->pdata[blocks->len - 1] = g_strconcat (last, block, NULL);
          g_free (last);
        }
      else
        g_ptr_array_add (blocks, g_steal_pointer (&block));
    }
  return blocks;
}

static char *
apply_errata (const char    *block,
              PlenaryReport *report,
              guint         *applied)
{
  GPtrArray *errata = plenary_report_get_errata (report);
  char *text = g_strdup (block);

  for (guint i = 0; i < errata->len; i++)
    {
      PlenaryErratum *erratum = g_ptr_array_index (errata, i);
      g_auto(GStrv) parts = NULL;

      if (strstr (text, erratum->original) == NULL)
        continue;
      parts = g_strsplit (text, erratum->original, -1);
      g_free (text);
      text = g_strjoinv (erratum->corrected, parts);
      (*applied)++;
    }
  return text;
}

static const char *
skip_heading_number (const char *block)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\\.)",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int end = 0;

  if (g_regex_match (regex, block, 0, &match))
    g_match_info_fetch_pos (match, 0, NULL, &end);
  return block + end;
}

/* Splits @block after each sentence end, trimming the spaces between
 * sentences. */
static void
add_sentences (GPtrArray  *sentences,
               const char *block)
{
  const char *start = block;

  for (const char *p = block; *p != '\0'; p = g_utf8_next_char (p))
    {
      for (guint i = 0; sentence_ends[i] != NULL; i++)
        {
          gsize n = strlen (sentence_ends[i]);

          if (strncmp (p, sentence_ends[i], n) == 0)
            {
              const char *end = p + n;

              /* “…。” ends at the closing mark. */
              if (g_str_has_prefix (end, "”"))
                end += strlen ("”");
              g_ptr_array_add (sentences, g_strstrip (g_strndup (start, end - start)));
              start = end;
              p = end - 1;
              break;
            }
        }
    }
  if (*start != '\0')
    g_ptr_array_add (sentences, g_strstrip (g_strdup (start)));
}

static void
append_node (GString            *text,
             PlenaryOutlineNode *node)
{
  GListModel *paragraphs = plenary_outline_node_get_paragraphs (node);
  GListModel *children = plenary_outline_node_get_children (node);

  g_string_append (text, plenary_outline_node_get_title (node, PLENARY_LANGUAGE_ZH));
  g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      g_string_append (text, plenary_paragraph_get_text (paragraph));
      g_string_append_c (text, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlenaryOutlineNode) child = g_list_model_get_item (children, i);
      append_node (text, child);
    }
}

static void
append_paragraphs (GString    *text,
                   GListModel *paragraphs)
{
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      g_string_append (text, plenary_paragraph_get_text (paragraph));
      g_string_append_c (text, '\n');
    }
}

/* All the report's text in reading order, one title or paragraph a line. */
static char *
report_text (PlenaryReport *report)
{
  GListModel *chapters = plenary_report_get_chapters (report);
  GString *text = g_string_new (NULL);

  append_paragraphs (text, plenary_report_get_preamble (report));
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      append_node (text, chapter);
    }
  append_paragraphs (text, plenary_report_get_closing (report));
  return g_string_free (text, FALSE);
}

static char *
without_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The source's sentences, prepared as described at the top. */
static GPtrArray *
source_sentences (const char    *source,
                  PlenaryReport *report,
                  GPtrArray    **out_title_blocks,
                  guint         *out_errata_applied)
{
  g_autoptr(GPtrArray) blocks = split_blocks (source);
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (blocks->len, >, N_TITLE_BLOCKS);
  *out_errata_applied = 0;
  for (guint i = N_TITLE_BLOCKS; i < blocks->len; i++)
    {
      g_autofree char *block = apply_errata (g_ptr_array_index (blocks, i), report, out_errata_applied);
      g_autofree char *drawn = plenary_subscript_render (block);

      add_sentences (sentences, skip_heading_number (drawn != NULL ? drawn : block));
    }

  if (out_title_blocks != NULL)
    {
      *out_title_blocks = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < N_TITLE_BLOCKS; i++)
        g_ptr_array_add (*out_title_blocks, g_strdup (g_ptr_array_index (blocks, i)));
    }
  return sentences;
}

/* Returns the first sentence not found at or after the previous one, or
 * NULL if all are found in order. */
static const char *
first_missing (GPtrArray  *sentences,
               const char *text)
{
  const char *cursor = text;

  for (guint i = 0; i < sentences->len; i++)
    {
      const char *sentence = g_ptr_array_index (sentences, i);
      const char *found = strstr (cursor, sentence);

      if (found == NULL)
        return sentence;
      cursor = found + strlen (sentence);
    }
  return NULL;
}

static PlenaryReport *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_default (&error);

  g_assert_no_error (error);
  return report;
}

static void
test_every_sentence_is_in_the_report (void)
{
  g_autofree char *path = source_text_path ();
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = load_default ();
  g_autofree char *text = report_text (report);
  g_autoptr(GPtrArray) sentences = NULL;
  g_autofree char *all_sentences = NULL;
  g_autofree char *bare_sentences = NULL;
  g_autofree char *bare_text = NULL;
  const char *missing;
  guint errata_applied;

  g_file_get_contents (path, &source, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (source, -1, NULL));

  sentences = source_sentences (source, report, NULL, &errata_applied);

  /* Every slip of the print was found in the source and corrected. */
  g_assert_cmpuint (errata_applied, ==, plenary_report_get_errata (report)->len);

  missing = first_missing (sentences, text);
  if (missing != NULL)
    g_error ("This sentence of the source is not in the report (or not in order): %s", missing);

  /* And the other way: the report holds the source's text and nothing more,
   * apart from the spaces between sentences. */
  g_ptr_array_add (sentences, NULL);
  all_sentences = g_strjoinv ("", (char **)sentences->pdata);
  g_ptr_array_remove_index (sentences, sentences->len - 1);
  bare_sentences = without_whitespace (all_sentences);
  bare_text = without_whitespace (text);
  g_assert_cmpstr (bare_text, ==, bare_sentences);

  g_assert_cmpuint (sentences->len, >, 400);
  g_test_message ("%u sentences of the source checked", sentences->len);
  if (g_test_verbose ())
    g_printerr ("%u sentences of the source checked\n", sentences->len);
}

/* The three blocks before the salutation are the report's metadata. */
static void
test_title_blocks_are_the_metadata (void)
{
  g_autofree char *path = source_text_path ();
  g_autofree char *source = NULL;
  g_autoptr(PlenaryReport) report = load_default ();
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GString) occasion = NULL;
  guint errata_applied;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  sentences = source_sentences (source, report, &titles, &errata_applied);

  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH));
  g_assert_cmpstr (g_ptr_array_index (titles, 2), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_ZH));

  /* "——2020 年 6 月在…第十五届\n人民代表大会…": a dash and a line break of
   * the printed layout. */
  occasion = g_string_new (g_ptr_array_index (titles, 1));
  g_assert_true (g_str_has_prefix (occasion->str, "——"));
  g_string_erase (occasion, 0, strlen ("——"));
  g_string_replace (occasion, "\n", "", 0);
  g_assert_cmpstr (occasion->str, ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_OCCASION, PLENARY_LANGUAGE_ZH));
}

/* The check above must notice a lost sentence, a changed word and a
 * paragraph out of place; here it is run on a damaged copy of the text. */
static void
test_a_lost_sentence_is_noticed (void)
{
  g_autofree char *path = source_text_path ();
  g_autofree char *source = NULL;
  g_autoptr(PlenaryReport) report = load_default ();
  g_autofree char *text = report_text (report);
  g_autoptr(GPtrArray) sentences = NULL;
  const char *sentence = "新增就业 33.73 万人，城镇登记失业率 2.15%。";
  g_autoptr(GString) damaged = NULL;
  guint errata_applied;
  const char *at;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  sentences = source_sentences (source, report, NULL, &errata_applied);
  g_assert_null (first_missing (sentences, text));

  /* A sentence dropped from the report's text. */
  damaged = g_string_new (text);
  at = strstr (damaged->str, sentence);
  g_assert_nonnull (at);
  g_string_erase (damaged, at - damaged->str, strlen (sentence));
  g_assert_cmpstr (first_missing (sentences, damaged->str), ==, sentence);

  /* A figure changed. */
  g_string_assign (damaged, text);
  g_assert_cmpuint (g_string_replace (damaged, "33.73 万人", "33.74 万人", 1), ==, 1);
  g_assert_cmpstr (first_missing (sentences, damaged->str), ==, sentence);

  /* A sentence out of place: the salutation expected after this one. */
  g_ptr_array_insert (sentences, 0, g_strdup (sentence));
  g_assert_cmpstr (first_missing (sentences, text), ==, "各位代表：");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source/every-sentence-is-in-the-report", test_every_sentence_is_in_the_report);
  g_test_add_func ("/source/title-blocks-are-the-metadata", test_title_blocks_are_the_metadata);
  g_test_add_func ("/source/a-lost-sentence-is-noticed", test_a_lost_sentence_is_noticed);

  return g_test_run ();
}
