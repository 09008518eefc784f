/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-import-source.h"

GPtrArray *
plenary_pdf_reader_read (GBytes                     *bytes,
                         GCancellable               *cancellable,
                         PlenaryImportProgressFunc   progress,
                         gpointer                    progress_data,
                         GError                    **error)
{
  g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_UNSUPPORTED,
               _("PDF files cannot be read yet."));
  return NULL;
}
