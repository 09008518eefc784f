/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-selection-parse"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-selection-parse.h"

/* "Add Indicator" from words selected in the reading view: the first
 * number of the selection, its sign from the words before it and its
 * unit from the words after it. Pure, so that its table of cases is
 * tested without a window. */

/* Words that turn the number after them negative. */
static const char * const falling[] = { "下降", "减少", "降低", "回落", "下滑", "负增长", "缩小", NULL };
/* Words that make the number a growth rate. */
static const char * const changing[] = { "增长", "提高", "上升", "增加", "提升", "下降", "减少",
                                         "降低", "回落", "下滑", "增速", NULL };

static gboolean
ends_with_any (const char         *text,
               gsize               len,
               const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);
      if (len >= n && memcmp (text + len - n, words[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Words that make the number a share of a whole. */
static const char * const sharing[] = { "占", "占比", "比重", "比例", NULL };

/* The digits may be full-width (０-９, ．) in text copied from a PDF. */
static gunichar
ascii_digit (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19)
    return '0' + (c - 0xFF10);
  if (c == 0xFF0E)
    return '.';
  if (c == 0xFF05)
    return '%';
  if (c == 0xFF0D || c == 0x2212)
    return '-';
  return c;
}

/* Returns: the end of the digits and points at @p. */
static const char *
skip_number (const char *p)
{
  while (*p != '\0')
    {
      gunichar c = ascii_digit (g_utf8_get_char (p));

      if (c >= 0x80 || !(g_ascii_isdigit (c) || c == '.'))
        break;
      p = g_utf8_next_char (p);
    }
  return p;
}

static gboolean
is_unit_char (gunichar c)
{
  if (c == '%' || c == '/')
    return TRUE;
  if (g_unichar_isspace (c) || g_unichar_ispunct (c) || g_unichar_isdigit (c))
    return FALSE;
  return g_unichar_isalpha (c) || g_unichar_type (c) == G_UNICODE_OTHER_LETTER;
}

void
plenary_selection_value_clear (PlenarySelectionValue *value)
{
  g_return_if_fail (value != NULL);
  g_clear_pointer (&value->unit_text, g_free);
  g_clear_pointer (&value->measure, g_free);
}

/* Returns: whether @text holds a number; @out is then filled (free it
 * with plenary_selection_value_clear()). */
gboolean
plenary_selection_parse (const char            *text,
                         PlenarySelectionValue *out)
{
  g_autoptr(GString) number = g_string_new (NULL);
  g_autoptr(GString) unit = g_string_new (NULL);
  const char *p, *start = NULL;
  gboolean negative = FALSE;
  char *end = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* The first number not glued to a Latin name ("PM2.5", "5G"). */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = ascii_digit (g_utf8_get_char (p));

      if (c >= 0x80 || !g_ascii_isdigit (c))
        continue;
      if ((p > text && g_ascii_isalpha (p[-1])) || g_ascii_isalpha (*skip_number (p)))
        {
          p = skip_number (p);
          if (*p == '\0')
            break;
          continue;
        }
      start = p;
      break;
    }
  if (start == NULL)
    return FALSE;

  /* A minus sign right before the number, or a word of falling before it
   * (spaces between are allowed: "下降 6.1%"). */
  {
    gsize len = start - text;

    while (len > 0 && text[len - 1] == ' ')
      len--;
    if (len > 0 && text[len - 1] == '-')
      negative = TRUE;
    else if (len >= 3 && ascii_digit (g_utf8_get_char (g_utf8_prev_char (text + len))) == '-')
      negative = TRUE;
    else if (ends_with_any (text, len, falling))
      negative = TRUE;
    if (ends_with_any (text, len, changing))
      out->measure = g_strdup ("growth");
    else if (ends_with_any (text, len, sharing))
      out->measure = g_strdup ("share");
  }

  /* The number: digits, one decimal point, thousands commas. */
  for (p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = ascii_digit (g_utf8_get_char (p));

      if (c < 0x80 && g_ascii_isdigit (c))
        g_string_append_c (number, (char) c);
      else if (c == '.' && strchr (number->str, '.') == NULL)
        g_string_append_c (number, '.');
      else if (c == ',' && g_ascii_isdigit (p[1]))
        continue;
      else
        break;
    }
  if (number->len > 0 && number->str[number->len - 1] == '.')
    g_string_truncate (number, number->len - 1);

  out->value = g_ascii_strtod (number->str, &end);
  if (end == number->str)
    {
      plenary_selection_value_clear (out);
      return FALSE;
    }
  if (negative)
    out->value = -out->value;

  /* The unit: the words right after the number, spaces skipped, up to
   * punctuation, a space or another number. */
  while (*p == ' ')
    p++;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = ascii_digit (g_utf8_get_char (p));

      if (!is_unit_char (c))
        break;
      g_string_append_unichar (unit, c);
    }
  out->unit_text = g_string_free (g_steal_pointer (&unit), FALSE);
  return TRUE;
}

/* Returns: (nullable) (transfer none): the unit of @units whose Chinese
 * name is the longest prefix of @unit_text: "亿元增长" is 亿元; a
 * "百分点" is the unit spelled "个百分点". */
PlenaryUnit *
plenary_selection_match_unit (GPtrArray  *units,
                              const char *unit_text)
{
  PlenaryUnit *best = NULL;
  gsize best_len = 0;

  g_return_val_if_fail (units != NULL, NULL);

  if (unit_text == NULL || *unit_text == '\0')
    return NULL;

  for (guint i = 0; i < units->len; i++)
    {
      PlenaryUnit *unit = g_ptr_array_index (units, i);
      const char *names[] = { plenary_unit_get_zh (unit), plenary_unit_get_id (unit) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          gsize len = names[j] ? strlen (names[j]) : 0;

          if (len > best_len && g_str_has_prefix (unit_text, names[j]))
            {
              best = unit;
              best_len = len;
            }
        }
    }

  return best;
}
