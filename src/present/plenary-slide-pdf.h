/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-slide-draw.h"

G_BEGIN_DECLS

/* 16:9 pages, one slide each.  At 1280 × 720 pt a slide's title is about
 * 43 pt and its smallest text 20 pt. */
#define PLENARY_SLIDE_PDF_PAGE_WIDTH  1280.0
#define PLENARY_SLIDE_PDF_PAGE_HEIGHT 720.0

gboolean plenary_slide_pdf_write        (GPtrArray           *slides,
                                         PlenarySlideTheme    theme,
                                         GOutputStream       *stream,
                                         GCancellable        *cancellable,
                                         GError             **error);
gboolean plenary_slide_pdf_export       (GPtrArray           *slides,
                                         PlenarySlideTheme    theme,
                                         GFile               *file,
                                         GCancellable        *cancellable,
                                         GError             **error);
void     plenary_slide_pdf_export_async (GPtrArray           *slides,
                                         PlenarySlideTheme    theme,
                                         GFile               *file,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean plenary_slide_pdf_export_finish (GAsyncResult       *result,
                                          GError            **error);

G_END_DECLS
