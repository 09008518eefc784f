/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Why a file could not be imported.  Every error carries a message that
 * says so in one sentence, in the user's language. */
#define PLENARY_IMPORT_ERROR (plenary_import_error_quark ())

typedef enum {
  PLENARY_IMPORT_ERROR_EMPTY,          /* no bytes, or no text at all */
  PLENARY_IMPORT_ERROR_TOO_LARGE,      /* larger than PLENARY_IMPORT_MAX_BYTES */
  PLENARY_IMPORT_ERROR_ENCODING,       /* not text in any encoding we know */
  PLENARY_IMPORT_ERROR_UNSUPPORTED,    /* a format we do not read */
  PLENARY_IMPORT_ERROR_DAMAGED,        /* a PDF or HTML file that cannot be parsed */
  PLENARY_IMPORT_ERROR_ENCRYPTED,      /* a PDF that needs a password */
  PLENARY_IMPORT_ERROR_NO_TEXT_LAYER,  /* a scanned, image-only PDF */
  PLENARY_IMPORT_ERROR_NO_ARTICLE,     /* a web page without an article body */
  PLENARY_IMPORT_ERROR_NOT_A_REPORT,   /* text, but nothing of the genre in it */
} PlenaryImportError;

/* Files larger than this are refused before they are read. */
#define PLENARY_IMPORT_MAX_BYTES (64 * 1024 * 1024)

GQuark plenary_import_error_quark (void);

G_END_DECLS
