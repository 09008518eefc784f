/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-import-error.h"

G_BEGIN_DECLS

/* The readers turn a file's bytes into the report's text: a GPtrArray of
 * UTF-8 strings (freed with g_free), one per paragraph or heading, in
 * reading order.  Each string is one logical paragraph: lines broken by a
 * page or a column are joined again, leading indentation and trailing
 * white space are removed, CRLF and full-width spaces are normalised, and
 * nothing else is changed (the spaces a report puts around numbers stay).
 * The structure (headings, indicators) is found later, from these strings. */

typedef void (*PlenaryImportProgressFunc) (double   fraction,
                                           gpointer user_data);

/* Reads a file whole; refuses it by its size, before reading, when it is
 * larger than PLENARY_IMPORT_MAX_BYTES (PLENARY_IMPORT_ERROR_TOO_LARGE). */
GBytes    *plenary_import_load_bytes (GFile                     *file,
                                      GCancellable              *cancellable,
                                      GError                   **error);

/* Decodes text in UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK, detected without asking. */
char      *plenary_text_decode      (GBytes                     *bytes,
                                     GError                    **error);

GPtrArray *plenary_text_reader_read (GBytes                     *bytes,
                                     GError                    **error);

GPtrArray *plenary_html_reader_read (GBytes                     *bytes,
                                     GError                    **error);

GPtrArray *plenary_pdf_reader_read  (GBytes                     *bytes,
                                     GCancellable               *cancellable,
                                     PlenaryImportProgressFunc   progress,
                                     gpointer                    progress_data,
                                     GError                    **error);

G_END_DECLS
