/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-span"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-import-lexicon.h"
#include "plenary-import-span.h"

static guint
count_word (const char *word)
{
  static const char * const words[] = { "一", "两", "三", "四", "五", "六", "七", "八", "九", "十" };

  if (g_ascii_isdigit (*word))
    return (guint) atoi (word);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return i == 1 ? 2 : i + 1;
  return g_str_equal (word, "二") ? 2 : 0;
}

gboolean
imp_span_of_node (ImpNode  *node,
                  guint    *out_years,
                  gboolean *out_ahead)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  ImpNode *chapter = node;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?<w>过去|近|今后|未来|此后)\\s*(?<n>[两二三四五六七八九十]|[0-9]{1,2})\\s*年"
                                            "|(?<n>[两二三四五六七八九十]|[0-9]{1,2})\\s*年来",
                                            G_REGEX_OPTIMIZE | G_REGEX_DUPNAMES, 0, NULL));
  while (chapter != NULL && chapter->parent != NULL)
    chapter = chapter->parent;
  if (chapter == NULL || chapter->title == NULL || !g_regex_match (regex, chapter->title, 0, &match))
    return FALSE;
  {
    g_autofree char *w = g_match_info_fetch_named (match, "w");
    g_autofree char *n = g_match_info_fetch_named (match, "n");
    guint years = count_word (n);

    if (years < 2 || years > 10)
      return FALSE;
    *out_years = years;
    *out_ahead = w != NULL && (g_str_equal (w, "今后") || g_str_equal (w, "未来") || g_str_equal (w, "此后"));
  }
  return TRUE;
}

/* 从 2017 年的 2.86 万亿元, 增加到 2022 年的 3.92 万亿元: the year said
 * right before the figure. */
char *
imp_year_of (const char *sentence,
             const char *number)
{
  static GRegex *regex;
  g_autofree char *before = g_strndup (sentence, number - sentence);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?<![0-9])((?:19|20)[0-9]{2})\\s*年(?:底|末)?\\s*的\\s*$", G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match (regex, before, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* 从 2017 年的 2.86 万亿元: a baseline with its year. */
gboolean
imp_is_from_year (const char *text,
                  const char *number)
{
  static GRegex *regex;
  g_autofree char *before = g_strndup (text, number - text);

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?:从|由)\\s*(?:19|20)[0-9]{2}\\s*年(?:底|末)?\\s*的\\s*$", G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (regex, before, 0, NULL);
}

/* Words that make a figure of a span chapter a total or a run over the
 * whole span rather than the level at its end. */
static const char * const span_words[] = { "累计", "保持", "始终", "均保持", "每年", NULL };
/* 累计建成高标准农田 is what stands at the end, built over all years. */
static const char * const stock_words[] = { "累计建成", "累计达到", "累计拥有", "累计达", NULL };
static const char * const flow_heads[] = {
  "新增", "新建", "新改建", "改扩建", "新建改扩建", "改造", "建成", "开行", "引进", "培育", "新培育",
  "完成", "减税", "新开工", "建设", "累计", "净增", "转移", "帮助", NULL
};

char *
imp_span_period (ImpDocument *doc,
                 ImpNode     *node,
                 const char  *sentence,
                 const char  *number,
                 const char  *subject,
                 gboolean     baseline)
{
  guint years = 0, first, last;
  gboolean ahead = FALSE;
  const char *clause = imp_clause_start (sentence, sentence, number, FALSE);
  g_autofree char *words = g_strndup (clause, number - clause);
  g_autofree char *before = g_strndup (sentence, number - sentence);
  g_autofree char *span_name = NULL;

  if (!imp_span_of_node (node, &years, &ahead))
    return NULL;
  first = ahead ? doc->plan_year : doc->review_year - years + 1;
  last = first + years - 1;
  span_name = g_strdup_printf ("%u年", years);

  if (strstr (words, "年均") != NULL || strstr (words, "年平均") != NULL)
    return g_strdup_printf ("%u/%u", first, last);
  if (baseline)
    return g_strdup_printf ("%u", first - 1);
  if (!ahead)
    {
      /* 2022 年，全省地区生产总值增长 4.1 %: the last year on its own. */
      g_autofree char *year = g_strdup_printf ("%u年", last);
      const char *at = strstr (before, year);
      if (at != NULL && !imp_ends_with (before, at, "比") && !imp_ends_with (before, at, "较"))
        return g_strdup_printf ("%u", last);
    }
  for (guint i = 0; stock_words[i] != NULL; i++)
    if (strstr (words, stock_words[i]) != NULL && strstr (words, span_name) == NULL)
      return g_strdup ("cumulative");
  for (guint i = 0; span_words[i] != NULL; i++)
    if (strstr (words, span_words[i]) != NULL)
      return g_strdup_printf ("%u/%u", first, last);
  if (strstr (words, span_name) != NULL || strstr (words, "五年") != NULL)
    return g_strdup_printf ("%u/%u", first, last);
  for (guint i = 0; flow_heads[i] != NULL; i++)
    if (g_str_has_prefix (subject, flow_heads[i]))
      return g_strdup_printf ("%u/%u", first, last);
  return g_strdup_printf ("%u", last);
}
