/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-line-join.h"
#include "plenary-pdf-lines.h"

static int
compare_gaps (const void *a,
              const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* poppler leaves out a gap inside a line as often as it marks it: the
 * full-width space of “区长　周明远” or the white between the cells of a
 * table.  The characters' boxes show it.  A gap much wider than the line's
 * usual one between characters, and wider than half a character, becomes
 * a full-width space, or a tab when wider than two and a half characters;
 * a line set with wide letter spacing has no such gap. */
static char *
mark_gaps (const char             *start,
           const char             *end,
           const PopplerRectangle *rects,
           guint                   first,
           guint                   n_rects,
           double                  em)
{
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  GString *out = g_string_sized_new (end - start + 16);
  double usual, prev_x = 0;
  gboolean have_prev = FALSE, pending_space = FALSE;
  guint k = first;

  for (const char *p = start; p < end && k < n_rects; p = g_utf8_next_char (p), k++)
    {
      const PopplerRectangle *r = &rects[k];

      if (plenary_line_is_space (g_utf8_get_char (p)))
        continue;
      if (have_prev)
        {
          double gap = MIN (r->x1, r->x2) - prev_x;
          g_array_append_val (gaps, gap);
        }
      prev_x = MAX (r->x1, r->x2);
      have_prev = TRUE;
    }
  if (gaps->len == 0 || em <= 0)
    {
      g_string_append_len (out, start, end - start);
      return g_string_free (out, FALSE);
    }
  qsort (gaps->data, gaps->len, sizeof (double), compare_gaps);
  usual = MAX (0, g_array_index (gaps, double, gaps->len / 2));

  have_prev = FALSE;
  k = first;
  for (const char *p = start; p < end; p = g_utf8_next_char (p), k++)
    {
      gunichar c = g_utf8_get_char (p);

      if (k < n_rects && !plenary_line_is_space (c))
        {
          const PopplerRectangle *r = &rects[k];
          double gap = have_prev ? MIN (r->x1, r->x2) - prev_x - usual : 0;

          if (have_prev && gap > 2.5 * em)
            g_string_append_c (out, '\t');
          else if (have_prev && gap > 0.6 * em)
            g_string_append (out, "\xe3\x80\x80");   /* U+3000 */
          else if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          prev_x = MAX (r->x1, r->x2);
          have_prev = TRUE;
        }
      else if (plenary_line_is_space (c))
        {
          pending_space = have_prev;
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static PdfLine *
pdf_line_new (const char *start,
              const char *end,
              const PopplerRectangle *rects,
              guint       first,
              guint       n_rects,
              guint       page,
              double      page_height)
{
  g_autofree char *raw = NULL;
  PdfLine *line;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double wide_width = 0;
  guint k = first, wide = 0;
  g_autofree char *text = NULL;

  /* The box of the line's visible characters. */
  for (const char *p = start; p < end; p = g_utf8_next_char (p), k++)
    {
      gunichar c = g_utf8_get_char (p);
      const PopplerRectangle *r;

      if (k >= n_rects)
        break;
      if (plenary_line_is_space (c))
        continue;
      r = &rects[k];
      x0 = MIN (x0, MIN (r->x1, r->x2));
      x1 = MAX (x1, MAX (r->x1, r->x2));
      y0 = MIN (y0, MIN (r->y1, r->y2));
      y1 = MAX (y1, MAX (r->y1, r->y2));
      if (g_unichar_iswide (c))
        {
          wide++;
          wide_width += fabs (r->x2 - r->x1);
        }
    }
  if (x0 > x1)
    return NULL;

  raw = mark_gaps (start, end, rects, first, n_rects, wide > 0 ? wide_width / wide : 0.8 * (y1 - y0));
  text = plenary_line_trim (raw);
  if (*text == '\0')
    return NULL;

  line = g_new0 (PdfLine, 1);
  line->text = g_steal_pointer (&text);
  line->x0 = x0;
  line->x1 = x1;
  line->y0 = y0;
  line->y1 = y1;
  line->page = page;
  line->page_height = page_height;
  line->wide = wide;
  line->wide_width = wide_width;
  return line;
}

static void
read_page (PopplerPage *page,
           guint        index,
           GPtrArray   *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double width, height;
  const char *start;
  guint k = 0;

  if (text == NULL || *text == '\0')
    return;
  poppler_page_get_size (page, &width, &height);
  if (!poppler_page_get_text_layout (page, &rects, &n_rects))
    n_rects = 0;

  /* One rectangle per character of the text, line breaks included. */
  start = text;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      if (*p == '\n' || *p == '\0')
        {
          guint first = k - (guint) g_utf8_strlen (start, p - start);
          PdfLine *line = pdf_line_new (start, p, rects, first, n_rects, index, height);

          if (line != NULL)
            g_ptr_array_add (lines, line);
          if (*p == '\0')
            break;
          start = p + 1;
        }
      k++;
    }
}

GPtrArray *
plenary_pdf_reader_read (GBytes                     *bytes,
                         GCancellable               *cancellable,
                         PlenaryImportProgressFunc   progress,
                         gpointer                    progress_data,
                         GError                    **error)
{
  /* poppler-glib before 23.x has no g_autoptr for its types. */
  g_autoptr(GObject) document_object = NULL;
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  int n_pages;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_EMPTY,
                   _("The file is empty."));
      return NULL;
    }
  if (g_bytes_get_size (bytes) > PLENARY_IMPORT_MAX_BYTES)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB."), PLENARY_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  document_object = (GObject *) document;
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_ENCRYPTED,
                     _("The PDF is protected by a password."));
      else
        g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_DAMAGED,
                     _("The PDF is damaged and cannot be read."));
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_DAMAGED,
                   _("The PDF is damaged and cannot be read."));
      return NULL;
    }

  lines = g_ptr_array_new_with_free_func (plenary_pdf_line_free);
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(GObject) page = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      page = (GObject *) poppler_document_get_page (document, i);
      if (page != NULL)
        read_page (POPPLER_PAGE (page), i, lines);
      if (progress != NULL)
        progress ((double) (i + 1) / n_pages, progress_data);
    }

  if (lines->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NO_TEXT_LAYER,
                   _("The PDF has no text, only images of pages: it needs text recognition first."));
      return NULL;
    }

  return plenary_pdf_lines_to_paragraphs (lines, n_pages, error);
}
