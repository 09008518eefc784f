/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-text-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-line-join.h"
#include "plenary-text-reader-private.h"

/* Lines wider than this (in columns, a Chinese character counting two)
 * are never a hard wrap. */
#define MAX_WRAP_WIDTH 400
#define MIN_WRAP_WIDTH 30

typedef struct {
  char    *text;        /* stripped; NULL for a blank line */
  guint    indent;      /* columns of leading white space */
  guint    width;       /* columns of the text, indentation included */
  gboolean page_break;  /* a form feed or a page number stood here */
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->text);
}

static guint
wrap_tolerance (guint width)
{
  return MAX (4, width / 12);
}

/* The width a text saved from a PDF (or by a mail client) was wrapped at:
 * many lines end within a few columns of one width, and hardly any go
 * beyond it.  0 when the text is not hard-wrapped. */
static guint
find_wrap_width (GArray *lines)
{
  guint histogram[MAX_WRAP_WIDTH + 1] = { 0 };
  guint n = 0, best = 0, best_count = 0, wider = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (line->text == NULL)
        continue;
      n++;
      histogram[MIN (line->width, MAX_WRAP_WIDTH)]++;
    }

  /* The width most lines have, give or take a column (a line that ends
   * before a Chinese character that would not fit is one short). */
  for (guint w = MIN_WRAP_WIDTH; w + 1 < MAX_WRAP_WIDTH; w++)
    {
      guint count = histogram[w - 1] + histogram[w] + histogram[w + 1];

      if (count > best_count)
        {
          best = w;
          best_count = count;
        }
    }

  if (best == 0 || best_count < 3 || best_count * 4 < n)
    return 0;
  /* Hardly any line is much wider (quotation marks, narrower in the
   * font than here, make a few a little wider). */
  for (guint v = best + 2 * wrap_tolerance (best) + 1; v <= MAX_WRAP_WIDTH; v++)
    wider += histogram[v];
  if (wider * 20 > n)
    return 0;
  return best;
}

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = text;
  gboolean pending_page = FALSE;

  g_array_set_clear_func (lines, line_clear);

  while (*p)
    {
      size_t n = strcspn (p, "\r\n\f");
      g_autofree char *raw = g_strndup (p, n);
      Line line = { 0 };
      g_autofree char *stripped = plenary_line_strip (raw, &line.indent);

      p += n;
      if (*stripped != '\0')
        {
          line.text = g_steal_pointer (&stripped);
          line.width = line.indent + plenary_line_width (line.text);
          line.page_break = pending_page;
          pending_page = FALSE;
          g_array_append_val (lines, line);
        }
      else
        {
          line.page_break = pending_page;
          pending_page = FALSE;
          g_array_append_val (lines, line);
        }

      if (*p == '\f')
        pending_page = TRUE;
      if (*p == '\r' && p[1] == '\n')
        p += 2;
      else if (*p)
        p++;
    }
  return lines;
}

/* A text saved from a PDF with its pages (form feeds) keeps the running
 * header and footer of each page: a first or last line of a page that
 * is the same, page numbers aside, on many pages is dropped. */
static void
drop_running_lines (GArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  guint pages = 1, threshold;
  guint first = G_MAXUINT, last = G_MAXUINT;

  for (guint i = 0; i <= lines->len; i++)
    {
      Line *line = i < lines->len ? &g_array_index (lines, Line, i) : NULL;

      if (line == NULL || (line->page_break && i > 0))
        {
          /* The page that ends here: its first and last lines. */
          if (first != G_MAXUINT)
            {
              g_array_append_val (candidates, first);
              if (last != first)
                g_array_append_val (candidates, last);
            }
          first = last = G_MAXUINT;
          if (line == NULL)
            break;
          pages++;
        }
      if (line->text != NULL)
        {
          if (first == G_MAXUINT)
            first = i;
          last = i;
        }
    }
  if (pages < 2)
    return;

  for (guint i = 0; i < candidates->len; i++)
    {
      Line *line = &g_array_index (lines, Line, g_array_index (candidates, guint, i));
      char *key = plenary_line_header_key (line->text);

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
    }
  threshold = MAX (2, (pages * 2 + 4) / 5);
  for (guint i = 0; i < candidates->len; i++)
    {
      Line *line = &g_array_index (lines, Line, g_array_index (candidates, guint, i));
      g_autofree char *key = NULL;

      if (line->text == NULL)
        continue;
      key = plenary_line_header_key (line->text);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) >= threshold)
        {
          g_clear_pointer (&line->text, g_free);
          line->page_break = TRUE;
        }
    }
}

GPtrArray *
plenary_text_reader_read_text (const char  *text,
                               GError     **error)
{
  g_autoptr(GArray) lines = split_lines (text);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) current = g_string_new (NULL);
  guint wrap, indented = 0, nonblank = 0;
  gboolean indents_mark_paragraphs;
  Line *prev = NULL;
  gboolean page_between = FALSE;

  /* A text saved from a PDF carries its page numbers: they are not part
   * of the report.  Only then (or after a form feed) is a line that is
   * just a number dropped. */
  drop_running_lines (lines);
  wrap = find_wrap_width (lines);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (line->text == NULL)
        continue;
      if ((wrap > 0 || (i + 1 < lines->len && g_array_index (lines, Line, i + 1).page_break) ||
           line->page_break) &&
          plenary_line_is_page_number (line->text))
        {
          g_clear_pointer (&line->text, g_free);
          line->page_break = TRUE;
          continue;
        }
      nonblank++;
      if (line->indent >= 2)
        indented++;
    }
  if (wrap > 0)
    wrap = find_wrap_width (lines);

  /* The blank lines around a page number belong to the page break. */
  for (guint i = 0; i < lines->len;)
    {
      guint end = i;
      gboolean page = FALSE;

      while (end < lines->len && g_array_index (lines, Line, end).text == NULL)
        page |= g_array_index (lines, Line, end++).page_break;
      for (guint k = i; k < end; k++)
        g_array_index (lines, Line, k).page_break = page;
      i = end > i ? end : i + 1;
    }
  indents_mark_paragraphs = indented * 20 >= nonblank && indented * 10 < nonblank * 9;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      gboolean join = FALSE;

      if (line->text == NULL)
        {
          /* A blank line ends a paragraph, unless the page ended there. */
          if (line->page_break)
            page_between = TRUE;
          else if (!page_between)
            prev = NULL;
          continue;
        }

      if (prev != NULL && wrap > 0)
        {
          guint tolerance = wrap_tolerance (wrap);
          gboolean ends = plenary_line_ends_sentence (prev->text);

          if (indents_mark_paragraphs)
            join = prev->width + tolerance >= wrap && line->indent < 2 &&
                   !(ends && plenary_line_is_heading (line->text));
          else if (prev->width + tolerance + 4 >= wrap)
            /* A full line, or a first line whose indentation was lost:
             * a semicolon or a colon at its end is most often a clause
             * of a paragraph that goes on. */
            join = !plenary_line_ends_paragraph (prev->text) &&
                   !(ends && plenary_line_is_heading (line->text));
          else if (prev->width * 5 >= wrap * 4)
            /* Saved from a PDF, digits and Latin letters are narrower
             * than their columns here, so a wrapped line may end short
             * of the width: one that goes on mid-sentence still joins. */
            join = !ends && !plenary_line_is_heading (prev->text) &&
                   !plenary_line_is_heading (line->text);
        }

      if (!join && current->len > 0)
        {
          g_ptr_array_add (paragraphs, g_strdup (current->str));
          g_string_truncate (current, 0);
        }
      plenary_line_join_append (current, line->text);
      prev = line;
      page_between = FALSE;
    }
  if (current->len > 0)
    g_ptr_array_add (paragraphs, g_strdup (current->str));

  if (paragraphs->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_EMPTY,
                   _("The file has no text."));
      return NULL;
    }
  return g_steal_pointer (&paragraphs);
}

GPtrArray *
plenary_text_reader_read (GBytes  *bytes,
                          GError **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = plenary_text_decode (bytes, error);
  if (text == NULL)
    return NULL;
  return plenary_text_reader_read_text (text, error);
}
