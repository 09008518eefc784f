/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-json-reader.h"
#include "plenary-report-private.h"

G_BEGIN_DECLS

const PlenaryJsonErrors *plenary_report_loader_json_errors (void);

/* Shared by the two halves of the report loader: the text and its
 * indicators (plenary-report-loader.c), and the investment plan and the
 * charts that are checked against them (plenary-report-loader-charts.c). */

typedef struct
{
  PlenaryJsonReader *reader;
  PlenaryReport     *report;
} Loader;

#define FAILED(l) plenary_json_reader_failed ((l)->reader)
#define FAIL(l, code, ...) plenary_json_reader_fail ((l)->reader, PLENARY_REPORT_ERROR_##code, __VA_ARGS__)
/* Text from the file, fit to stand in a message. */
#define Q(l, text) plenary_json_reader_quote ((l)->reader, (text))

/* Runs @body for each element of @array with the path set to the element. */
#define FOR_EACH_ELEMENT(l, array, i, element, ...)                          \
  for (guint i = 0; (array) != NULL && i < json_array_get_length (array) && !FAILED (l); i++) \
    {                                                                          \
      gsize mark__ = plenary_json_reader_push_index ((l)->reader, i);          \
      JsonNode *element = json_array_get_element ((array), i);                 \
      __VA_ARGS__                                                              \
      plenary_json_reader_pop ((l)->reader, mark__);                           \
    }

const char       *plenary_loader_get_id               (Loader            *l,
                                                       JsonObject        *object);
PlenaryParagraph *plenary_loader_resolve_paragraph    (Loader            *l,
                                                       JsonObject        *object,
                                                       const char        *key);
PlenaryIndicator *plenary_loader_resolve_indicator_at (Loader            *l,
                                                       const char        *key,
                                                       const char        *id);
const char       *plenary_loader_get_bilingual_quote  (Loader            *l,
                                                       JsonObject        *object,
                                                       PlenaryParagraph  *paragraph,
                                                       const char       **out_en);
const char       *plenary_loader_get_quote            (Loader            *l,
                                                       JsonObject        *object,
                                                       PlenaryParagraph  *paragraph,
                                                       gsize             *out_offset);
gboolean          plenary_loader_parse_enum           (Loader            *l,
                                                       JsonObject        *object,
                                                       const char        *key,
                                                       gboolean           required,
                                                       gboolean         (*parse) (const char *, gpointer),
                                                       gpointer           out,
                                                       const char        *allowed);

void              plenary_loader_read_investment      (Loader            *l,
                                                       JsonObject        *root);
void              plenary_loader_read_charts          (Loader            *l,
                                                       JsonObject        *root);
void              plenary_loader_read_provenance      (Loader            *l,
                                                       JsonObject        *root);
void              plenary_loader_read_deck            (Loader            *l,
                                                       JsonObject        *root);

G_END_DECLS
