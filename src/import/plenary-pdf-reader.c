/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-line-join.h"
#include "plenary-pdf-lines.h"

static PdfLine *
pdf_line_new (const char *start,
              const char *end,
              const PopplerRectangle *rects,
              guint       first,
              guint       n_rects,
              guint       page,
              double      page_height)
{
  g_autofree char *raw = g_strndup (start, end - start);
  PdfLine *line;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double wide_width = 0;
  guint k = first, wide = 0;
  g_autofree char *text = plenary_line_strip (raw, NULL);

  if (*text == '\0')
    return NULL;

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
