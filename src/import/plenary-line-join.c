/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-line-join"

#include <string.h>

#include "plenary-line-join.h"

gboolean
plenary_line_is_space (gunichar c)
{
  return c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == 0x200B || g_unichar_isspace (c);
}

/* Removes the leading and trailing white space of @line, full-width and
 * no-break spaces included, and says in @indent how many columns the
 * leading white space took (a full-width space counts two, a tab four). */
char *
plenary_line_strip (const char *line,
                    guint      *indent)
{
  const char *start = line;
  const char *end;
  guint columns = 0;

  while (*start)
    {
      gunichar c = g_utf8_get_char (start);

      if (!plenary_line_is_space (c))
        break;
      columns += c == 0x3000 ? 2 : c == '\t' ? 4 : (c == 0xFEFF || c == 0x200B) ? 0 : 1;
      start = g_utf8_next_char (start);
    }

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !plenary_line_is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  if (indent != NULL)
    *indent = columns;
  return plenary_line_normalize_spaces_len (start, end - start);
}

/* Removes the leading and trailing white space of @line and leaves the
 * spaces inside it as they are. */
char *
plenary_line_trim (const char *line)
{
  const char *start = line, *end;

  while (*start && plenary_line_is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !plenary_line_is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

/* Spaces inside a line become plain spaces (tabs stay: they separate the
 * cells of a table); zero-width spaces and stray byte-order marks go. */
char *
plenary_line_normalize_spaces_len (const char *text,
                                   gssize      len)
{
  GString *out;
  const char *end;

  if (len < 0)
    len = strlen (text);
  end = text + len;
  out = g_string_sized_new (len);
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFEFF || c == 0x200B)
        continue;
      if (c == '\t')
        g_string_append_c (out, '\t');
      else if (plenary_line_is_space (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

char *
plenary_line_normalize_spaces (const char *text)
{
  return plenary_line_normalize_spaces_len (text, -1);
}

guint
plenary_line_width (const char *line)
{
  guint width = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      /* Quotation marks and the like are as wide as a Chinese character
       * in a Chinese font. */
      width += g_unichar_iswide_cjk (c) ? 2 : 1;
    }
  return width;
}

static gboolean
is_closing (gunichar c)
{
  switch (c)
    {
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0xFF09: /* ） */
    case 0x3011: /* 】 */
    case 0x300B: /* 》 */
    case 0x3009: /* 〉 */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_terminal (gunichar c)
{
  switch (c)
    {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1B: /* ； */
    case 0xFF1A: /* ： */
    case 0x2026: /* … */
    case 0xFF0E: /* ． */
    case '!':
    case '?':
    case ';':
    case ':':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether @line ends like a sentence or a clause that a paragraph may end
 * on: a full stop, a colon or a semicolon, maybe inside closing quotes. */
gboolean
plenary_line_ends_sentence (const char *line)
{
  const char *end = line + strlen (line);
  const char *p = g_utf8_find_prev_char (line, end);
  gunichar c;

  while (p != NULL && plenary_line_is_space (g_utf8_get_char (p)))
    p = g_utf8_find_prev_char (line, p);
  if (p == NULL)
    return FALSE;

  c = g_utf8_get_char (p);
  if (is_closing (c))
    {
      const char *q = g_utf8_find_prev_char (line, p);

      if (q == NULL)
        return FALSE;
      c = g_utf8_get_char (q);
      return is_terminal (c) || c == '.';
    }
  if (c == '.')
    {
      /* "PM2." or "1320." is a number that goes on on the next line. */
      const char *q = g_utf8_find_prev_char (line, p);

      return q == NULL || !g_ascii_isdigit (*q);
    }
  return is_terminal (c);
}

/* Whether @line ends a sentence for good (。！？), not a clause (；：)
 * after which a paragraph more often goes on. */
gboolean
plenary_line_ends_paragraph (const char *line)
{
  const char *end = line + strlen (line);
  const char *p = g_utf8_find_prev_char (line, end);
  gunichar c;

  while (p != NULL && (plenary_line_is_space (g_utf8_get_char (p)) || is_closing (g_utf8_get_char (p))))
    p = g_utf8_find_prev_char (line, p);
  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026 || c == '!' || c == '?';
}

static GRegex *
heading_regex (void)
{
  static GRegex *regex;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      GRegex *r = g_regex_new ("^(?:[一二三四五六七八九十百]+[、．.]"
                               "|[（(][一二三四五六七八九十百]+[)）]"
                               "|[0-9０-９]{1,2}[、．.](?![0-9０-９])"
                               "|[（(][0-9０-９]{1,2}[)）]"
                               "|第[一二三四五六七八九十百0-9]+[章节部分篇条]"
                               "|[①-⑳])",
                               G_REGEX_OPTIMIZE, 0, NULL);
      regex = r;
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/* Whether @line begins like a heading of the genre: 一、 （一） 1. （1）
 * 第一章 ①.  A heading may run into its first sentence, so only the start
 * is looked at. */
gboolean
plenary_line_is_heading (const char *line)
{
  return g_regex_match (heading_regex (), line, 0, NULL);
}

static GRegex *
page_number_regex (void)
{
  static GRegex *regex;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      GRegex *r = g_regex_new ("^(?:[-—–－_~·•\\[(（【]*"
                               "(?:第)?[0-9]{1,4}(?:页)?"
                               "(?:共[0-9]{1,4}页|[/／][0-9]{1,4})?"
                               "[-—–－_~·•\\])）】]*"
                               "|(?i:page)[0-9]{1,4}(?:(?i:of)[0-9]{1,4})?)$",
                               G_REGEX_OPTIMIZE, 0, NULL);
      regex = r;
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/* Whether @line is only a page number: "— 3 —", "-3-", "第3页",
 * "第 3 页 共 20 页", "3/20", "Page 3 of 20" or a bare number. */
gboolean
plenary_line_is_page_number (const char *line)
{
  g_autoptr(GString) packed = g_string_new (NULL);

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!plenary_line_is_space (c))
        g_string_append_unichar (packed, c);
    }
  if (packed->len == 0 || packed->len > 64)
    return FALSE;
  return g_regex_match (page_number_regex (), packed->str, 0, NULL);
}

static gboolean
is_latin_letter (gunichar c)
{
  return c < 128 && g_ascii_isalpha (c);
}

/* Whether the text around a line break is Chinese: then the break stood
 * for nothing, except between two Latin words. */
static gboolean
near_cjk (const char *start,
          const char *at,
          const char *line)
{
  const char *p = at;
  int n = 0;

  while (p != NULL && p > start && n++ < 24)
    {
      p = g_utf8_find_prev_char (start, p);
      if (p != NULL && g_unichar_iswide (g_utf8_get_char (p)))
        return TRUE;
    }
  n = 0;
  for (const char *q = line; *q && n++ < 24; q = g_utf8_next_char (q))
    if (g_unichar_iswide (g_utf8_get_char (q)))
      return TRUE;
  return FALSE;
}

/* Appends @line to @paragraph as the continuation of a line that was
 * broken by wrapping: Chinese joins without a space, Latin words with one,
 * and a number broken in two ("1320.\n2", "PM2.\n5") joins again. */
void
plenary_line_join_append (GString    *paragraph,
                          const char *line)
{
  const char *last;
  gunichar p, n;
  gboolean space;

  if (*line == '\0')
    return;
  if (paragraph->len == 0)
    {
      g_string_append (paragraph, line);
      return;
    }

  last = g_utf8_find_prev_char (paragraph->str, paragraph->str + paragraph->len);
  p = last != NULL ? g_utf8_get_char (last) : 0;
  n = g_utf8_get_char (line);

  if (plenary_line_is_space (p) || plenary_line_is_space (n))
    space = FALSE;
  else if (g_unichar_iswide (p) || g_unichar_iswide (n))
    space = FALSE;
  else if (near_cjk (paragraph->str, paragraph->str + paragraph->len, line))
    space = is_latin_letter (p) && is_latin_letter (n);
  else if ((g_ascii_isdigit (p) || p == '.' || p == ',') && n < 128 && g_ascii_isdigit (n))
    space = p == ',' && last > paragraph->str && !g_ascii_isdigit (last[-1]);
  else if (p == '-' && last > paragraph->str && g_ascii_isalpha (last[-1]))
    space = FALSE;
  else
    space = TRUE;

  if (space)
    g_string_append_c (paragraph, ' ');
  g_string_append (paragraph, line);
}

/* Digits stand for any page's number, so that "2019年报告 · 3" on every
 * page is seen as one header. */
char *
plenary_line_header_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (plenary_line_is_space (c))
        continue;
      if (g_unichar_isdigit (c))
        {
          if (key->len == 0 || key->str[key->len - 1] != '#')
            g_string_append_c (key, '#');
          continue;
        }
      g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}
