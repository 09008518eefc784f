/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-subscript"

#include <string.h>

#include "plenary-subscript.h"

/* The source text writes subscripts as TeX-like markup, "PM_{2.5}".  The
 * loader turns it into Unicode subscripts ("PM₂.₅") as it reads every
 * string, so that paragraphs, quotes, labels, chart titles, slides and
 * exports all show the same thing and quotes still match their paragraphs
 * character for character.  Unicode has no subscript full stop; the
 * conventional "PM₂.₅" keeps the baseline one. */
static const struct {
  char        plain;
  const char *subscript;
} subscripts[] = {
  { '0', "₀" }, { '1', "₁" }, { '2', "₂" }, { '3', "₃" }, { '4', "₄" },
  { '5', "₅" }, { '6', "₆" }, { '7', "₇" }, { '8', "₈" }, { '9', "₉" },
  { '+', "₊" }, { '-', "₋" }, { '=', "₌" }, { '(', "₍" }, { ')', "₎" },
  { '.', "." },
};

static const char *
lookup (char c)
{
  for (guint i = 0; i < G_N_ELEMENTS (subscripts); i++)
    if (subscripts[i].plain == c)
      return subscripts[i].subscript;
  return NULL;
}

/* Whether "_{…}" at @p holds only characters with a subscript form; sets
 * @out_end to the closing brace. */
static gboolean
is_renderable (const char  *p,
               const char **out_end)
{
  const char *q = p + 2;

  if (*q == '}')
    return FALSE;
  for (; *q != '\0' && *q != '}'; q++)
    if (lookup (*q) == NULL)
      return FALSE;
  if (*q != '}')
    return FALSE;
  *out_end = q;
  return TRUE;
}

/**
 * plenary_subscript_render:
 * @text: a string from a report
 *
 * Returns: (transfer full) (nullable): @text with each "_{…}" of digits
 *   and signs written in Unicode subscripts, or %NULL when @text has no
 *   such markup (the common case, so callers can keep their own string).
 *   Markup holding anything else stays as it is.
 */
char *
plenary_subscript_render (const char *text)
{
  GString *out = NULL;
  const char *done;

  g_return_val_if_fail (text != NULL, NULL);

  done = text;
  for (const char *p = strstr (text, "_{"); p != NULL; p = strstr (p + 1, "_{"))
    {
      const char *end;

      if (p < done || !is_renderable (p, &end))
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, done, p - done);
      for (const char *q = p + 2; q < end; q++)
        g_string_append (out, lookup (*q));
      done = end + 1;
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, done);
  return g_string_free (out, FALSE);
}

static gsize
subscript_at (const char *p,
              char       *out_plain)
{
  /* Every subscript form is U+2080–U+208E, which UTF-8 writes starting
   * with the byte 0xE2: most bytes of a report are ruled out here, not by
   * fifteen string comparisons each (the writer calls this for every byte
   * of every string of the report). */
  if ((guchar) *p != 0xE2)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (subscripts); i++)
    {
      gsize len = strlen (subscripts[i].subscript);

      if (subscripts[i].plain != '.' && strncmp (p, subscripts[i].subscript, len) == 0)
        {
          *out_plain = subscripts[i].plain;
          return len;
        }
    }
  return 0;
}

/**
 * plenary_subscript_unrender:
 * @text: a string as plenary_subscript_render() left it
 *
 * The inverse of plenary_subscript_render(), for writing a report back:
 * each run of Unicode subscripts, with full stops between them, becomes
 * "_{…}" markup again.
 *
 * Returns: (transfer full) (nullable): the text with markup, or %NULL when
 *   @text has no subscripts.
 */
char *
plenary_subscript_unrender (const char *text)
{
  GString *out = NULL;
  const char *done;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  done = p = text;
  while (*p != '\0')
    {
      char plain;
      gsize len = subscript_at (p, &plain);
      g_autoptr(GString) run = NULL;
      const char *start = p;

      if (len == 0)
        {
          p++;
          continue;
        }

      run = g_string_new (NULL);
      for (;;)
        {
          const char *after;

          g_string_append_c (run, plain);
          p += len;
          /* A full stop belongs to the run only between two subscripts. */
          after = *p == '.' ? p + 1 : p;
          len = subscript_at (after, &plain);
          if (len == 0)
            break;
          if (after != p)
            g_string_append_c (run, '.');
          p = after;
        }

      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, done, start - done);
      g_string_append_printf (out, "_{%s}", run->str);
      done = p;
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, done);
  return g_string_free (out, FALSE);
}
