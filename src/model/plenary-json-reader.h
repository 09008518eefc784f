/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Reads a parsed JSON tree while keeping the JSON path of what it reads,
 * so that the first problem it finds becomes one error that says where
 * ($.indicators[12].value) and why. */
typedef struct _PlenaryJsonReader PlenaryJsonReader;

/* The kinds of problem the reader finds itself.  The reader knows no
 * caller's error domain: the caller hands it a table that says which of
 * its own error codes each kind becomes. */
typedef enum {
  PLENARY_JSON_PROBLEM_TOO_LARGE,
  PLENARY_JSON_PROBLEM_TOO_DEEP,
  PLENARY_JSON_PROBLEM_ENCODING,
  PLENARY_JSON_PROBLEM_SYNTAX,
  PLENARY_JSON_PROBLEM_TYPE,
  PLENARY_JSON_PROBLEM_MISSING,
  PLENARY_JSON_PROBLEM_VALUE,
  PLENARY_JSON_N_PROBLEMS
} PlenaryJsonProblem;

typedef struct {
  GQuark (*domain) (void);
  int      codes[PLENARY_JSON_N_PROBLEMS];
} PlenaryJsonErrors;

PlenaryJsonReader *plenary_json_reader_new        (const PlenaryJsonErrors *errors);
void               plenary_json_reader_free       (PlenaryJsonReader  *self);
gboolean           plenary_json_reader_failed     (PlenaryJsonReader  *self);
GError            *plenary_json_reader_steal_error (PlenaryJsonReader *self);
void               plenary_json_reader_fail       (PlenaryJsonReader  *self,
                                                   int                 code,
                                                   const char         *format,
                                                   ...) G_GNUC_PRINTF (3, 4);
const char        *plenary_json_reader_quote      (PlenaryJsonReader  *self,
                                                   const char         *text);
gsize              plenary_json_reader_push_key   (PlenaryJsonReader  *self,
                                                   const char         *key);
gsize              plenary_json_reader_push_index (PlenaryJsonReader  *self,
                                                   guint               index);
void               plenary_json_reader_pop        (PlenaryJsonReader  *self,
                                                   gsize               mark);

JsonObject        *plenary_json_reader_object     (PlenaryJsonReader  *self,
                                                   JsonNode           *node);
JsonObject        *plenary_json_reader_get_object (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   gboolean            required);
JsonArray         *plenary_json_reader_get_array  (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   gboolean            required);
const char        *plenary_json_reader_get_string (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   gboolean            required);
const char        *plenary_json_reader_string_at  (PlenaryJsonReader  *self,
                                                   JsonArray          *array,
                                                   guint               index);
gboolean           plenary_json_reader_get_number (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   double             *out_value);
gboolean           plenary_json_reader_get_uint   (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   guint              *out_value);
gboolean           plenary_json_reader_get_text   (PlenaryJsonReader  *self,
                                                   JsonObject         *parent,
                                                   const char         *key,
                                                   gboolean            require_en,
                                                   const char        **out_zh,
                                                   const char        **out_en);

char              *plenary_json_dup_for_message   (const char         *text,
                                                   guint               max_chars);
JsonParser        *plenary_json_parser_new        (void);
gboolean           plenary_json_parse             (JsonParser         *parser,
                                                   const char         *data,
                                                   gsize               length,
                                                   const PlenaryJsonErrors *errors,
                                                   GError            **error);
gboolean           plenary_json_check_bytes       (const char         *data,
                                                   gsize               length,
                                                   gsize               max_bytes,
                                                   guint               max_depth,
                                                   const PlenaryJsonErrors *errors,
                                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryJsonReader, plenary_json_reader_free)

G_END_DECLS
