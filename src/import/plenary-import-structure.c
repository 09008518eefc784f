/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-structure"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "plenary-import-error.h"
#include "plenary-import-structure.h"
#include "plenary-import-table.h"

typedef enum {
  LINE_TEXT,
  LINE_CHAPTER,
  LINE_SECTION,
  LINE_ITEM,
  LINE_SUBITEM,
} LineKind;

typedef struct {
  LineKind  kind;
  guint     number;
  char     *number_text;
  char     *rest;       /* the text after the heading's number */
} Heading;

static const char *numerals = "零一二三四五六七八九";

gboolean
imp_parse_chinese_numeral (const char *text,
                           gsize       length,
                           guint      *out_value)
{
  guint value = 0, digit = 0;
  gboolean any = FALSE;
  const char *end = text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *hit = NULL;

      if (c == 0x5341) /* 十 */
        {
          value += (digit == 0 ? 1 : digit) * 10;
          digit = 0;
          any = TRUE;
          continue;
        }
      for (const char *n = numerals; *n; n = g_utf8_next_char (n))
        if (g_utf8_get_char (n) == c)
          hit = n;
      if (hit == NULL)
        return FALSE;
      digit = g_utf8_pointer_to_offset (numerals, hit);
      any = TRUE;
    }
  *out_value = value + digit;
  return any && *out_value > 0;
}

static void
heading_clear (Heading *h)
{
  g_clear_pointer (&h->number_text, g_free);
  g_clear_pointer (&h->rest, g_free);
}

static GRegex *
regex_once (GRegex     **slot,
            const char  *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

/* 一、 （一） 1. （1） at the start of a line, with the text after it. */
static LineKind
classify (const char *line,
          Heading    *h)
{
  static GRegex *chapter_re, *section_re, *item_re, *subitem_re;
  g_autoptr(GMatchInfo) match = NULL;
  struct { GRegex **slot; const char *pattern; LineKind kind; } kinds[] = {
    { &chapter_re, "^(?:第)?([一二三四五六七八九十]{1,3})(?:\\s*[、．.]|部分[\\s：:、]*)\\s*(.*)$", LINE_CHAPTER },
    { &section_re, "^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*(.*)$", LINE_SECTION },
    { &item_re, "^([0-9]{1,2})\\s*[.．、](?![0-9])\\s*(.*)$", LINE_ITEM },
    { &subitem_re, "^[（(]\\s*([0-9]{1,2})\\s*[）)]\\s*(.*)$", LINE_SUBITEM },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GRegex *re = regex_once (kinds[i].slot, kinds[i].pattern);

      g_clear_pointer (&match, g_match_info_unref);
      if (g_regex_match (re, line, 0, &match))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          guint value = 0;

          if (kinds[i].kind == LINE_CHAPTER || kinds[i].kind == LINE_SECTION)
            {
              if (!imp_parse_chinese_numeral (number, strlen (number), &value))
                continue;
            }
          else
            value = (guint) strtoul (number, NULL, 10);
          if (value == 0)
            continue;
          h->kind = kinds[i].kind;
          h->number = value;
          h->number_text = g_steal_pointer (&number);
          h->rest = g_match_info_fetch (match, 2);
          return h->kind;
        }
    }
  h->kind = LINE_TEXT;
  return LINE_TEXT;
}

/* Trims white space of every kind, the ideographic space included. */
static char *
trim_spaces (const char *line)
{
  const char *start = line, *end = line + strlen (line);

  while (*start && (g_unichar_isspace (g_utf8_get_char (start)) || g_utf8_get_char (start) == 0x3000))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);
      if (!g_unichar_isspace (c) && c != 0x3000)
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static gboolean
ends_sentence (const char *line)
{
  static const char * const ends[] = { "。", "：", "；", "？", "！", "”", "…", ":", "!", "?", "」", NULL };

  for (guint i = 0; ends[i] != NULL; i++)
    if (g_str_has_suffix (line, ends[i]))
      return TRUE;
  return FALSE;
}

/* A table's caption or one of its rows stands alone, without an end stop. */
static gboolean
is_table_line (const char *line)
{
  g_auto(GStrv) cells = NULL;

  if (strchr (line, '\t') != NULL || imp_table_is_caption (line))
    return TRUE;
  cells = imp_table_row_cells (line);
  return cells != NULL;
}

/* A paragraph split by a page break ends without punctuation; join it to
 * the next line unless one of the two is a heading that stands alone. */
static GPtrArray *
join_fragments (GPtrArray *lines)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gboolean last_open = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      Heading h = { 0, };
      LineKind kind = classify (line, &h);

      heading_clear (&h);
      if (last_open && kind == LINE_TEXT && out->len > 0 && !is_table_line (line))
        {
          char *joined = g_strconcat (g_ptr_array_index (out, out->len - 1), line, NULL);
          g_free (g_ptr_array_index (out, out->len - 1));
          out->pdata[out->len - 1] = joined;
        }
      else
        g_ptr_array_add (out, g_strdup (line));

      line = g_ptr_array_index (out, out->len - 1);
      kind = classify (line, &h);
      /* A heading standing alone is short; a long one without an end
       * stop is a sentence that goes on after a page break. */
      last_open = !ends_sentence (line) && !is_table_line (line)
                  && (kind == LINE_TEXT
                      || ((kind == LINE_SECTION || kind == LINE_ITEM || kind == LINE_SUBITEM)
                          && (strstr (h.rest, "。") != NULL
                              || (g_utf8_strlen (h.rest, -1) > 28 && strstr (h.rest, "，") != NULL))));
      heading_clear (&h);
    }
  return out;
}

static char *
strip_dashes (const char *line)
{
  const char *p = line;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x2014 || c == 0x2015 || c == 0x2013 || c == '-' || c == 0xFF0D || c == 0x2500
          || g_unichar_isspace (c) || c == 0x3000)
        p = g_utf8_next_char (p);
      else
        break;
    }
  return g_strdup (p);
}

static gboolean
starts_with_dash (const char *line)
{
  gunichar c = g_utf8_get_char (line);
  return c == 0x2014 || c == 0x2015 || c == 0x2013 || c == 0xFF0D || c == 0x2500
         || g_str_has_prefix (line, "--");
}

static gboolean
is_salutation (const char *line)
{
  return g_utf8_strlen (line, -1) <= 12
         && (g_str_has_prefix (line, "各位代表") || g_str_has_prefix (line, "各位委员")
             || g_str_has_prefix (line, "同志们"));
}

static gboolean
looks_like_presenter (const char *line)
{
  static const char * const offices[] = {
    "主任", "市长", "区长", "省长", "县长", "州长", "旗长", "局长", "厅长", "主席", "书记",
    "委员会", "人民政府", "发展和改革", "发展改革", "部长", "负责人", "秘书长", NULL
  };

  if (g_utf8_strlen (line, -1) > 40 || ends_sentence (line) || strstr (line, "报告") != NULL)
    return FALSE;
  for (guint i = 0; offices[i] != NULL; i++)
    if (strstr (line, offices[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_occasion_start (const char *line)
{
  if (starts_with_dash (line))
    return TRUE;
  /* （2024 年 1 月 15 日在…会议上） */
  return (g_str_has_prefix (line, "（") || g_str_has_prefix (line, "("))
         && (strstr (line, "会议") != NULL || strstr (line, "大会") != NULL);
}

static char *
strip_brackets (char *text)
{
  g_autofree char *owned = text;
  const char *start = text;
  gsize length;

  if (g_str_has_prefix (start, "（"))
    start += strlen ("（");
  else if (*start == '(')
    start++;
  length = strlen (start);
  if (length >= strlen ("）") && g_str_has_suffix (start, "）"))
    length -= strlen ("）");
  else if (length > 0 && start[length - 1] == ')')
    length--;
  return g_strndup (start, length);
}

static void
find_years (ImpDocument *doc)
{
  static GRegex *year_re;
  GRegex *re = regex_once (&year_re, "((?:19|20)[0-9]{2})\\s*年");
  g_autoptr(GMatchInfo) match = NULL;
  guint first = 0, last = 0, occasion_year = 0, occasion_month = 0;

  if (doc->title != NULL && g_regex_match (re, doc->title, 0, &match))
    {
      do
        {
          g_autofree char *year = g_match_info_fetch (match, 1);
          gint end = 0;
          guint y = (guint) strtoul (year, NULL, 10);

          g_match_info_fetch_pos (match, 0, NULL, &end);
          if (first == 0)
            first = y;
          last = y;
          (void) end;
        }
      while (g_match_info_next (match, NULL));
    }
  g_clear_pointer (&match, g_match_info_unref);

  if (doc->occasion != NULL)
    {
      static GRegex *month_re;
      GRegex *mre = regex_once (&month_re, "((?:19|20)[0-9]{2})\\s*年\\s*([0-9]{1,2})\\s*月");

      if (g_regex_match (mre, doc->occasion, 0, &match))
        {
          g_autofree char *y = g_match_info_fetch (match, 1);
          g_autofree char *m = g_match_info_fetch (match, 2);
          occasion_year = (guint) strtoul (y, NULL, 10);
          occasion_month = (guint) strtoul (m, NULL, 10);
        }
      else if (g_regex_match (re, doc->occasion, 0, &match))
        {
          g_autofree char *y = g_match_info_fetch (match, 1);
          occasion_year = (guint) strtoul (y, NULL, 10);
        }
    }

  if (first != 0 && last != first)
    {
      doc->review_year = MIN (first, last);
      doc->plan_year = MAX (first, last);
    }
  else if (first != 0)
    {
      /* One year in the title: the year looked back on, or the plan's. */
      const char *after = strstr (doc->title, "年");
      gboolean review = after != NULL && (strstr (after, "执行") != NULL || strstr (after, "工作总结") != NULL)
                        && strstr (after, "计划") == NULL && strstr (after, "草案") == NULL;
      doc->review_year = review ? first : first - 1;
      doc->plan_year = review ? first + 1 : first;
    }
  else if (occasion_year != 0)
    {
      doc->plan_year = occasion_year;
      doc->review_year = occasion_year - 1;
    }

  if (occasion_year == 0)
    occasion_year = doc->plan_year;
  if (occasion_month < 1 || occasion_month > 12)
    occasion_month = 1;
  if (occasion_year != 0)
    doc->date = g_strdup_printf ("%04u-%02u", occasion_year, occasion_month);
}

static char *
region_in (const char *text,
           const char *pattern)
{
  GRegex *re = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  char *region = NULL;

  if (text != NULL && g_regex_match (re, text, 0, &match))
    region = g_match_info_fetch (match, 1);
  g_regex_unref (re);
  return region;
}

static void
find_region (ImpDocument *doc)
{
  const char *suffixes = "(?:自治区|特别行政区|省|市|区|县|州|旗|盟)";
  g_autofree char *in_title = g_strdup_printf ("^(?:关于)?\\s*([^\\s0-9，、“”]{1,12}?%s)\\s*(?:[0-9]|关于|政府|国民)", suffixes);
  g_autofree char *in_occasion = g_strdup_printf ("在\\s*([^\\s0-9，、]{1,12}?%s)\\s*第", suffixes);
  g_autofree char *in_presenter = g_strdup_printf ("^([^\\s0-9，、]{1,8}?%s)", suffixes);

  doc->region = region_in (doc->title, in_title);
  /* The State Council's report is the country's. */
  if (doc->region == NULL && doc->occasion != NULL && strstr (doc->occasion, "全国人民代表大会") != NULL)
    doc->region = g_strdup ("全国");
  if (doc->region == NULL)
    doc->region = region_in (doc->occasion, in_occasion);
  if (doc->region == NULL)
    doc->region = region_in (doc->presenter, in_presenter);
}

/* "区长  周明远" and "区长　周明远" become "区长 周明远". */
static char *
collapse_spaces (const char *line)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x3000)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Reads the lines before the preamble: the title (perhaps on two lines),
 * the occasion and the presenter.  Returns the index of the first line
 * of the body. */
static guint
read_opening (ImpDocument *doc,
              GPtrArray   *lines,
              char       **out_rest)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) occasion = NULL;
  guint i = 0;

  for (; i < lines->len && i < 8; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      Heading h = { 0, };
      LineKind kind = classify (line, &h);

      heading_clear (&h);
      if (kind != LINE_TEXT || is_salutation (line))
        break;
      if (is_occasion_start (line))
        {
          occasion = g_string_new (NULL);
          g_autofree char *stripped = strip_dashes (line);
          g_string_append (occasion, stripped);
          /* The occasion runs on until the meeting is named. */
          while (i + 1 < lines->len && strstr (occasion->str, "会议上") == NULL
                 && strstr (occasion->str, "大会上") == NULL && !g_str_has_suffix (occasion->str, "上")
                 && !g_str_has_suffix (occasion->str, "上）") && !g_str_has_suffix (occasion->str, "上)")
                 && g_utf8_strlen (occasion->str, -1) < 60)
            {
              const char *next = g_ptr_array_index (lines, i + 1);
              if (is_salutation (next) || looks_like_presenter (next) || classify (next, &h) != LINE_TEXT)
                {
                  heading_clear (&h);
                  break;
                }
              g_string_append (occasion, next);
              i++;
            }
          continue;
        }
      if (looks_like_presenter (line) && title->len > 0)
        {
          g_free (doc->presenter);
          doc->presenter = collapse_spaces (line);
          continue;
        }
      if (ends_sentence (line) || g_utf8_strlen (line, -1) > 80)
        break;
      if (occasion == NULL && doc->presenter == NULL)
        g_string_append (title, line);
      else
        break;
    }

  if (title->len == 0)
    g_string_append (title, _("Imported report"));
  doc->title = g_string_free (g_steal_pointer (&title), FALSE);
  if (occasion != NULL)
    {
      char *text = g_string_free (g_steal_pointer (&occasion), FALSE);
      char *meeting = strstr (text, "会议上");

      /* A reflowed text may run the presenter on after the meeting. */
      if (meeting != NULL)
        {
          char *rest = meeting + strlen ("会议上");
          if (g_str_has_prefix (rest, "）"))
            rest += strlen ("）");
          else if (*rest == ')')
            rest++;
          g_strstrip (rest);
          if (*rest != '\0' && doc->presenter == NULL && looks_like_presenter (rest))
            {
              doc->presenter = collapse_spaces (rest);
              *rest = '\0';
            }
          else if (*rest != '\0')
            {
              /* …会议上）各位代表： — the salutation starts the body. */
              *out_rest = g_strdup (rest);
              *rest = '\0';
            }
        }
      g_strstrip (text);
      doc->occasion = (g_str_has_prefix (text, "（") || *text == '(') ? strip_brackets (text) : text;
    }
  return i;
}

typedef struct {
  ImpDocument *doc;
  ImpNode     *chapter;
  ImpNode     *section;
  ImpNode     *item;
  gboolean     subitems_as_items;
} Builder;

static void
add_paragraph (Builder    *b,
               const char *text)
{
  ImpNode *node = b->item ? b->item : b->section ? b->section : b->chapter;
  GPtrArray *list = node ? node->paragraphs : b->doc->preamble;
  g_autofree char *id = NULL;
  ImpParagraph *paragraph;

  if (node != NULL)
    id = g_strdup_printf ("%sp%u", node->id, list->len + 1);
  else
    id = g_strdup_printf ("pre-p%u", list->len + 1);
  paragraph = imp_paragraph_new (id, text, node);
  g_ptr_array_add (list, paragraph);
}

/* "（一）加快发展数字经济。推进……" runs the heading into its first
 * sentence: the title ends at the first full stop when a real sentence
 * follows. */
static void
split_run_in (const char  *rest,
              char       **out_title,
              char       **out_body)
{
  const char *stop = strstr (rest, "。");

  *out_body = NULL;
  if (stop != NULL && stop[strlen ("。")] != '\0'
      && g_utf8_strlen (stop + strlen ("。"), -1) >= 6
      && g_utf8_strlen (rest, stop - rest) <= 40)
    {
      *out_title = g_strndup (rest, stop - rest + strlen ("。"));
      *out_body = g_strdup (stop + strlen ("。"));
      g_strstrip (*out_body);
      if (**out_body == '\0')
        g_clear_pointer (out_body, g_free);
    }
  else
    *out_title = g_strdup (rest);
}

static gboolean
is_closing (const char *text,
            guint       plan_year)
{
  g_autofree char *still = g_strdup_printf ("%u 年还要", plan_year);
  g_autofree char *still2 = g_strdup_printf ("%u年还要", plan_year);

  return strstr (text, "请予审议") != NULL || strstr (text, "请审议") != NULL
         || g_str_has_prefix (text, "让我们") || g_str_has_prefix (text, still)
         || g_str_has_prefix (text, still2)
         || (g_str_has_prefix (text, "各位代表") && g_utf8_strlen (text, -1) > 12);
}

static gboolean
chapter_is_plan (ImpDocument *doc,
                 const char  *title,
                 guint        index,
                 gboolean     previous_is_plan)
{
  static const char * const plan_words[] = {
    "安排", "建议", "目标", "草案", "任务", "重点工作", "主要工作", "工作部署", "总体要求",
    "计划", "思路", "展望", NULL
  };
  static const char * const review_words[] = { "执行情况", "回顾", "完成情况", "总结", NULL };
  g_autofree char *plan_year = g_strdup_printf ("%u", doc->plan_year);
  g_autofree char *review_year = g_strdup_printf ("%u", doc->review_year);

  for (guint i = 0; review_words[i] != NULL; i++)
    if (strstr (title, review_words[i]) != NULL)
      return FALSE;
  if (strstr (title, review_year) != NULL && strstr (title, plan_year) == NULL)
    return FALSE;
  for (guint i = 0; plan_words[i] != NULL; i++)
    if (strstr (title, plan_words[i]) != NULL)
      return TRUE;
  if (strstr (title, plan_year) != NULL)
    return TRUE;
  return index > 0 && previous_is_plan;
}

static void
start_node (Builder     *b,
            Heading     *h,
            LineKind     kind)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *id = NULL;
  ImpNode *node;

  if (kind == LINE_CHAPTER)
    {
      title = g_strdup (h->rest);
      id = g_strdup_printf ("c%u", b->doc->chapters->len + 1);
      node = imp_node_new (IMP_CHAPTER, id, h->number_text, title, NULL);
      node->is_plan = chapter_is_plan (b->doc, title, b->doc->chapters->len,
                                       b->chapter != NULL && b->chapter->is_plan);
      g_ptr_array_add (b->doc->chapters, node);
      b->chapter = node;
      b->section = b->item = NULL;
      b->subitems_as_items = FALSE;
      return;
    }

  split_run_in (h->rest, &title, &body);
  if (kind == LINE_SECTION)
    {
      id = g_strdup_printf ("%ss%u", b->chapter->id, b->chapter->children->len + 1);
      node = imp_node_new (IMP_SECTION, id, h->number_text, title, b->chapter);
      g_ptr_array_add (b->chapter->children, node);
      b->section = node;
      b->item = NULL;
      b->subitems_as_items = FALSE;
    }
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", h->number);
      id = g_strdup_printf ("%si%u", b->section->id, b->section->children->len + 1);
      node = imp_node_new (IMP_ITEM, id, number, title, b->section);
      g_ptr_array_add (b->section->children, node);
      b->item = node;
    }
  if (body != NULL)
    add_paragraph (b, body);
}

/* "（1）新建公路 26 公里。" is a numbered sentence, not a heading: a line
 * with no run-in body whose text holds a figure stays a paragraph, so
 * that its figure is found. */
static gboolean
is_heading_text (const char *rest)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  split_run_in (rest, &title, &body);
  if (body != NULL)
    return TRUE;
  for (const char *p = title; *p; p++)
    if (g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Whether a numbered line really starts the next item: items count up
 * from 1 within their section. */
static gboolean
is_next (ImpNode *parent,
         guint    number)
{
  return parent != NULL && number == parent->children->len + 1;
}

gboolean
imp_structure_build (ImpDocument  *doc,
                     GPtrArray    *raw_lines,
                     GError      **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) body = NULL;
  Builder b = { doc, NULL, NULL, NULL, FALSE };
  g_autofree char *opening_rest = NULL;
  g_autoptr(GPtrArray) appendix = g_ptr_array_new_with_free_func (g_free);
  guint start, closing_from, appendix_from;

  body = g_ptr_array_new_with_free_func (g_free);
  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < raw_lines->len; i++)
    {
      char *line = trim_spaces (g_ptr_array_index (raw_lines, i));
      if (*line == '\0')
        g_free (line);
      else
        g_ptr_array_add (lines, line);
    }
  if (lines->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_EMPTY,
                   _("The file has no text."));
      return FALSE;
    }

  start = read_opening (doc, lines, &opening_rest);
  find_years (doc);
  find_region (doc);

  {
    g_autoptr(GPtrArray) rest = g_ptr_array_new ();
    if (opening_rest != NULL)
      g_ptr_array_add (rest, opening_rest);
    for (guint i = start; i < lines->len; i++)
      g_ptr_array_add (rest, g_ptr_array_index (lines, i));
    g_clear_pointer (&body, g_ptr_array_unref);
    body = join_fragments (rest);
  }

  /* An appendix (附件：名词解释 …) after the report is kept with the
   * closing words, outside the outline and its figures. */
  appendix_from = body->len;
  for (guint i = 0; i < body->len; i++)
    {
      const char *line = g_ptr_array_index (body, i);
      if (g_utf8_strlen (line, -1) <= 24
          && (g_str_has_prefix (line, "附件") || g_str_has_prefix (line, "附表")
              || g_str_has_prefix (line, "附：") || g_str_has_prefix (line, "附:")
              || g_str_has_prefix (line, "名词解释") || g_str_has_prefix (line, "注释")))
        {
          appendix_from = i;
          break;
        }
    }
  while (body->len > appendix_from)
    {
      g_ptr_array_insert (appendix, 0, g_strdup (g_ptr_array_index (body, body->len - 1)));
      g_ptr_array_remove_index (body, body->len - 1);
    }

  /* A layout that loses the gap before "以上报告，请予审议。" runs it into
   * the last paragraph; it is the closing all the same. */
  if (body->len > 0)
    {
      char *last = g_ptr_array_index (body, body->len - 1);
      char *tail = g_strrstr (last, "以上报告");

      if (tail != NULL && tail > last && g_str_has_suffix (last, "。")
          && (g_str_has_prefix (tail - strlen ("。"), "。") || g_str_has_prefix (tail - strlen ("！"), "！")))
        {
          g_ptr_array_add (body, g_strdup (tail));
          *tail = '\0';
        }
    }

  /* The closing is the run of wrap-up paragraphs at the very end. */
  closing_from = body->len;
  while (closing_from > 0)
    {
      const char *line = g_ptr_array_index (body, closing_from - 1);
      Heading h = { 0, };
      LineKind kind = classify (line, &h);

      heading_clear (&h);
      if (kind != LINE_TEXT || !is_closing (line, doc->plan_year))
        break;
      closing_from--;
    }

  for (guint i = 0; i < closing_from; i++)
    {
      const char *line = g_ptr_array_index (body, i);
      Heading h = { 0, };
      LineKind kind = classify (line, &h);

      if (kind == LINE_CHAPTER && (b.chapter == NULL || h.number == b.doc->chapters->len + 1))
        start_node (&b, &h, kind);
      else if (kind == LINE_SECTION && b.chapter != NULL && is_next (b.chapter, h.number))
        start_node (&b, &h, kind);
      else if (kind == LINE_ITEM && is_next (b.section, h.number) && is_heading_text (h.rest))
        start_node (&b, &h, kind);
      else if (kind == LINE_SUBITEM && b.section != NULL && b.item == NULL
               && is_next (b.section, h.number) && is_heading_text (h.rest))
        {
          b.subitems_as_items = TRUE;
          start_node (&b, &h, LINE_ITEM);
        }
      else if (kind == LINE_SUBITEM && b.subitems_as_items && is_next (b.section, h.number)
               && is_heading_text (h.rest))
        start_node (&b, &h, LINE_ITEM);
      else
        add_paragraph (&b, line);
      heading_clear (&h);
    }

  for (guint i = closing_from; i < body->len; i++)
    g_ptr_array_insert (appendix, i - closing_from, g_strdup (g_ptr_array_index (body, i)));
  for (guint i = 0; i < appendix->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("end-p%u", doc->closing->len + 1);
      g_ptr_array_add (doc->closing, imp_paragraph_new (id, g_ptr_array_index (appendix, i), NULL));
    }

  if (doc->chapters->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NOT_A_REPORT,
                   _("No chapter headings such as “一、” were found; this does not look like "
                     "a development-plan or government work report."));
      return FALSE;
    }
  if (doc->plan_year == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NOT_A_REPORT,
                   _("The report’s years could not be found in its title or occasion."));
      return FALSE;
    }
  return TRUE;
}
