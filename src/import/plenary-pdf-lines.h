/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line of a PDF page as poppler lays it out, in points from the page's
 * top left corner. */
typedef struct {
  char   *text;
  double  x0, x1, y0, y1;
  double  page_height;
  guint   page;
  guint   wide;         /* Chinese characters in the line */
  double  wide_width;   /* and their widths, summed */
  gboolean dropped;     /* a running header, footer or page number */
} PdfLine;

void       plenary_pdf_line_free            (gpointer    line);
char      *plenary_pdf_line_close_cjk_spaces (const char *text);

/* Drops the running headers, footers and page numbers of @lines (in
 * reading order, page by page) and joins the rest into paragraphs by
 * their layout. */
GPtrArray *plenary_pdf_lines_to_paragraphs  (GPtrArray  *lines,
                                             guint       n_pages,
                                             GError    **error);

G_END_DECLS
