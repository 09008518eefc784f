/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

typedef struct {
  const char *file_name;   /* the imported file's display name */
  const char *format;      /* "text", "html" or "pdf" */
  const char *imported;    /* ISO 8601 date-time of the import */
  const char *importer;    /* "Plenary 1.2.0" */
} ImpProvenance;

/* Writes the document as a report in the bundled report's format
 * (data/reports/report.schema.json), with a "provenance" object. */
GBytes *imp_document_to_json            (ImpDocument         *doc,
                                         const ImpProvenance *provenance);
/* Indicator labels the glossary has no English for. */
guint   imp_document_count_untranslated (ImpDocument         *doc);

G_END_DECLS
