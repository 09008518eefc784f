/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-pdf-lines"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plenary-import-error.h"
#include "plenary-line-join.h"
#include "plenary-pdf-lines.h"

/* Running headers and footers sit in these bands of the page. */
#define HEADER_BAND 0.10
#define FOOTER_BAND 0.90
/* Page numbers are unmistakable, so a wider band is looked at. */
#define NUMBER_BAND 0.15

void
plenary_pdf_line_free (gpointer data)
{
  PdfLine *line = data;

  g_free (line->text);
  g_free (line);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  if (values->len == 0)
    return 0;
  qsort (values->data, values->len, sizeof (double), compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* The value most lines share, to a point: the column's left or right
 * edge.  Among values within a point of each other, the most common. */
static double
mode (GArray *values)
{
  double best = 0;
  guint best_count = 0;

  if (values->len == 0)
    return 0;
  qsort (values->data, values->len, sizeof (double), compare_doubles);
  for (guint i = 0, j = 0; i < values->len; i++)
    {
      double v = g_array_index (values, double, i);

      while (g_array_index (values, double, j) < v - 1.0)
        j++;
      if (i - j + 1 > best_count)
        {
          best_count = i - j + 1;
          best = v;
        }
    }
  return best;
}

static gboolean
in_band (PdfLine *line,
         double   band)
{
  return line->y1 < line->page_height * band || line->y0 > line->page_height * (1 - band);
}

static void
drop_headers_and_footers (GPtrArray *lines,
                          guint      n_pages)
{
  g_autoptr(GHashTable) pages_per_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint threshold = MAX (2, (n_pages * 2 + 4) / 5);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GHashTable) seen_on_page = NULL;
      guint page = G_MAXUINT;

      for (guint i = 0; i < lines->len; i++)
        {
          PdfLine *line = g_ptr_array_index (lines, i);
          g_autofree char *key = NULL;

          if (line->page != page)
            {
              page = line->page;
              g_clear_pointer (&seen_on_page, g_hash_table_unref);
              seen_on_page = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            }

          if (in_band (line, NUMBER_BAND) && plenary_line_is_page_number (line->text))
            {
              line->dropped = TRUE;
              continue;
            }
          if (n_pages < 2 || !in_band (line, 1 - FOOTER_BAND))
            continue;

          key = plenary_line_header_key (line->text);
          if (pass == 0)
            {
              /* Counted once per page. */
              if (!g_hash_table_contains (seen_on_page, key))
                {
                  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (pages_per_key, key));

                  g_hash_table_add (seen_on_page, g_strdup (key));
                  g_hash_table_insert (pages_per_key, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));
                }
            }
          else if (GPOINTER_TO_UINT (g_hash_table_lookup (pages_per_key, key)) >= threshold)
            line->dropped = TRUE;
        }
      g_clear_pointer (&seen_on_page, g_hash_table_unref);
    }
}

/* The width of a character of @line: its Chinese characters' when it
 * has some, else most of its height. */
static double
line_em (PdfLine *line)
{
  return line->wide > 0 ? line->wide_width / line->wide : 0.8 * (line->y1 - line->y0);
}

/* Whether @piece sits on the same line of the page as @row: their heights
 * alike and mostly overlapping, side by side. */
static gboolean
same_row (PdfLine *row,
          PdfLine *piece)
{
  double h = MIN (row->y1 - row->y0, piece->y1 - piece->y0);
  double H = MAX (row->y1 - row->y0, piece->y1 - piece->y0);
  double overlap = MIN (row->y1, piece->y1) - MAX (row->y0, piece->y0);

  return row->page == piece->page && !row->dropped && h > 0 && H < 1.35 * h && overlap > 0.6 * h &&
         (piece->x0 >= row->x1 - 0.2 * h || piece->x1 <= row->x0 + 0.2 * h);
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  const PdfLine *x = *(PdfLine * const *) a, *y = *(PdfLine * const *) b;

  return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* Puts the pieces of @pieces (one line of the page, left to right) into
 * one line: a gap of about a character (a full-width space) stays one,
 * a wider gap (between the cells of a table) becomes a tab. */
static PdfLine *
join_row (GPtrArray *pieces)
{
  PdfLine *row = g_new0 (PdfLine, 1);
  GString *text = g_string_new (NULL);
  PdfLine *prev = NULL;

  g_ptr_array_sort (pieces, compare_x);
  row->x0 = row->y0 = G_MAXDOUBLE;
  row->x1 = row->y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < pieces->len; i++)
    {
      PdfLine *piece = g_ptr_array_index (pieces, i);

      if (prev != NULL)
        {
          double em = MAX (line_em (prev), line_em (piece));
          double gap = piece->x0 - prev->x1;

          if (gap > 2.5 * em)
            g_string_append_c (text, '\t');
          else if (gap > 0.6 * em)
            g_string_append (text, "\xe3\x80\x80");   /* U+3000 */
          else if (gap > 0.15 * em)
            g_string_append_c (text, ' ');
        }
      g_string_append (text, piece->text);
      row->x0 = MIN (row->x0, piece->x0);
      row->x1 = MAX (row->x1, piece->x1);
      row->y0 = MIN (row->y0, piece->y0);
      row->y1 = MAX (row->y1, piece->y1);
      row->wide += piece->wide;
      row->wide_width += piece->wide_width;
      row->page = piece->page;
      row->page_height = piece->page_height;
      prev = piece;
    }
  row->text = g_string_free (text, FALSE);
  return row;
}

/* poppler ends a line of the page at a wide gap: at a full-width space
 * (“区长　周明远”, “第三部分　全面…”) and between the cells of a table,
 * whose columns it may even give one after the other.  The pieces of
 * each line of the page are put together again, in the order its first
 * piece came. */
static void
merge_rows (GPtrArray *lines)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();   /* GPtrArray of pieces */
  guint page_start = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      PdfLine *piece = g_ptr_array_index (lines, i);
      GPtrArray *found = NULL;

      if (rows->len > 0)
        {
          GPtrArray *last = g_ptr_array_index (rows, rows->len - 1);
          if (((PdfLine *) g_ptr_array_index (last, 0))->page != piece->page)
            page_start = rows->len;
        }
      for (guint r = rows->len; r > page_start && found == NULL; r--)
        {
          GPtrArray *row = g_ptr_array_index (rows, r - 1);
          gboolean fits = TRUE;

          for (guint k = 0; k < row->len && fits; k++)
            fits = same_row (g_ptr_array_index (row, k), piece);
          if (fits)
            found = row;
        }
      if (found == NULL)
        {
          found = g_ptr_array_new ();
          g_ptr_array_add (rows, found);
        }
      g_ptr_array_add (found, piece);
    }

  g_ptr_array_set_free_func (lines, NULL);
  g_ptr_array_set_size (lines, 0);
  g_ptr_array_set_free_func (lines, plenary_pdf_line_free);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);

      if (row->len == 1)
        g_ptr_array_add (lines, g_ptr_array_index (row, 0));
      else
        {
          g_ptr_array_add (lines, join_row (row));
          for (guint k = 0; k < row->len; k++)
            plenary_pdf_line_free (g_ptr_array_index (row, k));
        }
      g_ptr_array_unref (row);
    }
}

typedef struct {
  double left;      /* the column's edges */
  double right;
  double em;        /* the body text's size */
  double pitch;     /* from one line of a paragraph to the next */
  double height;    /* of a line of body text */
} Column;

static double
line_size (PdfLine *line)
{
  return line->y1 - line->y0;
}

static void
measure_column (GPtrArray *lines,
                Column    *column)
{
  g_autoptr(GArray) lefts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ems = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pitches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  PdfLine *prev = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      PdfLine *line = g_ptr_array_index (lines, i);
      double size = line_size (line);

      if (line->dropped)
        continue;
      g_array_append_val (lefts, line->x0);
      if (line->wide >= 8)
        {
          double em = line->wide_width / line->wide;

          g_array_append_val (ems, em);
          g_array_append_val (heights, size);
        }
      if (line->wide >= 8 || g_utf8_strlen (line->text, -1) >= 40)
        g_array_append_val (rights, line->x1);
      if (prev != NULL && prev->page == line->page && line->y0 > prev->y0 &&
          fabs (line_size (prev) - size) < 0.1 * size)
        {
          double pitch = line->y0 - prev->y0;

          g_array_append_val (pitches, pitch);
        }
      prev = line;
    }

  column->left = mode (lefts);
  /* Justified, most long lines end at the right edge; set ragged right,
   * few do, and the edge is where the longest of them end. */
  if (rights->len > 0)
    {
      double edge = mode (rights);   /* sorts them */
      double p90 = g_array_index (rights, double, rights->len * 9 / 10);

      column->right = MAX (edge, p90);
    }
  column->em = median (ems);
  if (column->em <= 0)
    {
      g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < lines->len; i++)
        {
          double size = line_size (g_ptr_array_index (lines, i));

          g_array_append_val (sizes, size);
        }
      column->em = MAX (1, median (sizes));
    }
  if (column->right <= column->left)
    {
      for (guint i = 0; i < lines->len; i++)
        column->right = MAX (column->right, ((PdfLine *) g_ptr_array_index (lines, i))->x1);
    }
  column->height = heights->len > 0 ? median (heights) : column->em;
  column->pitch = pitches->len > 0 ? median (pitches) : column->em * 1.5;
}

static gboolean
is_centered (PdfLine *line,
             Column  *column)
{
  double left = line->x0 - column->left;
  double right = column->right - line->x1;

  return left > column->em && fabs (left - right) < 1.5 * column->em;
}

/* Whether @next goes on the paragraph that @prev is the last line of so
 * far.  A paragraph ends with a line noticeably shorter than the column;
 * one begins with a line indented by about two characters, after a gap
 * wider than the line spacing, at a change of type size, or at a heading
 * after a full stop. */
static gboolean
continues (PdfLine *prev,
           PdfLine *next,
           Column  *column)
{
  double em = column->em;
  double prev_size = line_size (prev), next_size = line_size (next);
  gboolean same_page = prev->page == next->page;
  gboolean same_size = fabs (prev_size - next_size) <= 0.15 * MAX (prev_size, next_size);

  if (same_page && next->y0 < prev->y0 + 0.5 * MIN (prev_size, next_size))
    return FALSE;   /* not below it: another column or a table cell */
  if (same_page && next->y0 - prev->y0 > MAX (1.4 * column->pitch, prev_size * 2.2))
    return FALSE;
  if (!same_size)
    return FALSE;
  if (strchr (prev->text, '\t') != NULL || strchr (next->text, '\t') != NULL)
    return FALSE;   /* a row of a table */

  /* A title in larger type, centred on two lines. */
  if (prev_size > 1.15 * column->height && same_page && is_centered (next, column) &&
      (is_centered (prev, column) || prev->x1 > column->right - em))
    return !plenary_line_ends_sentence (prev->text);

  if (next->x0 > column->left + 1.2 * em)
    return FALSE;
  if (prev->x1 < column->right - 1.5 * em)
    {
      /* Set ragged right, a line of a paragraph may end well short of
       * the column; one that stops mid-sentence still goes on. */
      return prev->x1 >= column->left + 0.8 * (column->right - column->left) &&
             !is_centered (prev, column) && !plenary_line_ends_sentence (prev->text) && !plenary_line_is_heading (prev->text) &&
             !plenary_line_is_heading (next->text);
    }
  if (plenary_line_is_heading (next->text) && plenary_line_ends_sentence (prev->text))
    return FALSE;
  return TRUE;
}

/* A justified line set with wide letter spacing comes out of poppler as
 * "各 位 代 表"; a space between two Chinese characters never means
 * anything, while the one in "2019 年" is the report's and stays. */
char *
plenary_pdf_line_close_cjk_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p)
    {
      if (*p == ' ')
        {
          const char *q = p;
          const char *last;
          gunichar before = 0;

          while (*q == ' ')
            q++;
          last = out->len > 0 ? g_utf8_find_prev_char (out->str, out->str + out->len) : NULL;
          if (last != NULL)
            before = g_utf8_get_char (last);
          if (*q == '\0' || !(g_unichar_iswide (before) && g_unichar_iswide (g_utf8_get_char (q))))
            g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

GPtrArray *
plenary_pdf_lines_to_paragraphs (GPtrArray  *lines,
                                 guint       n_pages,
                                 GError    **error)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) current = g_string_new (NULL);
  Column column = { 0 };
  PdfLine *prev = NULL;

  merge_rows (lines);
  drop_headers_and_footers (lines, n_pages);
  measure_column (lines, &column);
  g_debug ("column %.1f–%.1f, em %.2f, pitch %.2f", column.left, column.right, column.em, column.pitch);

  for (guint i = 0; i < lines->len; i++)
    {
      PdfLine *line = g_ptr_array_index (lines, i);
      g_autofree char *closed = NULL;
      g_autofree char *text = NULL;

      if (line->dropped)
        continue;
      if (prev != NULL && !continues (prev, line, &column) && current->len > 0)
        {
          g_ptr_array_add (paragraphs, g_strdup (current->str));
          g_string_truncate (current, 0);
        }
      closed = plenary_pdf_line_close_cjk_spaces (line->text);
      if (strchr (closed, '\t') != NULL)
        {
          /* In a row of a table, a narrower gap parts cells too. */
          g_auto(GStrv) parts = g_strsplit (closed, "\xe3\x80\x80", -1);
          g_free (closed);
          closed = g_strjoinv ("\t", parts);
        }
      text = plenary_line_normalize_spaces (closed);
      plenary_line_join_append (current, text);
      prev = line;
    }
  if (current->len > 0)
    g_ptr_array_add (paragraphs, g_strdup (current->str));

  if (paragraphs->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NO_TEXT_LAYER,
                   _("The PDF has no text, only images of pages: it needs text recognition first."));
      return NULL;
    }
  return g_steal_pointer (&paragraphs);
}
