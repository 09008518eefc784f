/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-json-reader"

#include <math.h>

#include "plenary-json-reader.h"
#include "plenary-report-loader.h"

struct _PlenaryJsonReader
{
  GQuark   domain;
  GString *path;
  GError  *error;
};

PlenaryJsonReader *
plenary_json_reader_new (GQuark domain)
{
  PlenaryJsonReader *self = g_new0 (PlenaryJsonReader, 1);

  self->domain = domain;
  self->path = g_string_new ("$");
  return self;
}

void
plenary_json_reader_free (PlenaryJsonReader *self)
{
  if (self == NULL)
    return;
  g_string_free (self->path, TRUE);
  g_clear_error (&self->error);
  g_free (self);
}

gboolean
plenary_json_reader_failed (PlenaryJsonReader *self)
{
  return self->error != NULL;
}

GError *
plenary_json_reader_steal_error (PlenaryJsonReader *self)
{
  return g_steal_pointer (&self->error);
}

/* Records the first problem only: later ones are usually its echoes. */
void
plenary_json_reader_fail (PlenaryJsonReader *self,
                          int                code,
                          const char        *format,
                          ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (self->error != NULL)
    return;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  self->error = g_error_new (self->domain, code, "%s: %s", self->path->str, reason);
}

gsize
plenary_json_reader_push_key (PlenaryJsonReader *self,
                              const char        *key)
{
  gsize mark = self->path->len;

  /* Called for every field read, so it avoids printf. */
  g_string_append_c (self->path, '.');
  g_string_append (self->path, key);
  return mark;
}

gsize
plenary_json_reader_push_index (PlenaryJsonReader *self,
                                guint              index)
{
  gsize mark = self->path->len;
  char digits[16];
  int n = 0;

  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);

  g_string_append_c (self->path, '[');
  while (n > 0)
    g_string_append_c (self->path, digits[--n]);
  g_string_append_c (self->path, ']');
  return mark;
}

void
plenary_json_reader_pop (PlenaryJsonReader *self,
                         gsize              mark)
{
  /* Keep the path of a failure so the error can still name it. */
  if (self->error == NULL)
    g_string_truncate (self->path, mark);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "true or false";
    default:
      return "a number";
    }
}

static JsonNode *
member (PlenaryJsonReader *self,
        JsonObject        *parent,
        const char        *key,
        gboolean           required)
{
  JsonNode *node;

  if (self->error != NULL || parent == NULL)
    return NULL;

  node = json_object_get_member (parent, key);
  if (node == NULL && required)
    plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_MISSING,
                              "the required field “%s” is missing.", key);
  return node;
}

JsonObject *
plenary_json_reader_object (PlenaryJsonReader *self,
                            JsonNode          *node)
{
  if (self->error != NULL || node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                                "expected an object, found %s.", describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

JsonObject *
plenary_json_reader_get_object (PlenaryJsonReader *self,
                                JsonObject        *parent,
                                const char        *key,
                                gboolean           required)
{
  JsonNode *node = member (self, parent, key, required);
  JsonObject *object;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = plenary_json_reader_push_key (self, key);
  object = plenary_json_reader_object (self, node);
  plenary_json_reader_pop (self, mark);
  return object;
}

JsonArray *
plenary_json_reader_get_array (PlenaryJsonReader *self,
                               JsonObject        *parent,
                               const char        *key,
                               gboolean           required)
{
  JsonNode *node = member (self, parent, key, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      gsize mark = plenary_json_reader_push_key (self, key);
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                                "expected an array, found %s.", describe_node (node));
      plenary_json_reader_pop (self, mark);
      return NULL;
    }
  return json_node_get_array (node);
}

static const char *
node_string (PlenaryJsonReader *self,
             JsonNode          *node,
             gboolean           required)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                                "expected a string, found %s.", describe_node (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (required && (value == NULL || *value == '\0'))
    {
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_VALUE, "must not be empty.");
      return NULL;
    }
  return value ? value : "";
}

const char *
plenary_json_reader_get_string (PlenaryJsonReader *self,
                                JsonObject        *parent,
                                const char        *key,
                                gboolean           required)
{
  JsonNode *node = member (self, parent, key, required);
  const char *value;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = plenary_json_reader_push_key (self, key);
  value = node_string (self, node, required);
  plenary_json_reader_pop (self, mark);
  return value;
}

const char *
plenary_json_reader_string_at (PlenaryJsonReader *self,
                               JsonArray         *array,
                               guint              index)
{
  const char *value;
  gsize mark;

  if (self->error != NULL)
    return NULL;

  mark = plenary_json_reader_push_index (self, index);
  value = node_string (self, json_array_get_element (array, index), TRUE);
  plenary_json_reader_pop (self, mark);
  return value;
}

gboolean
plenary_json_reader_get_number (PlenaryJsonReader *self,
                                JsonObject        *parent,
                                const char        *key,
                                double            *out_value)
{
  JsonNode *node = member (self, parent, key, TRUE);
  gboolean ok = FALSE;
  gsize mark;

  if (node == NULL)
    return FALSE;

  mark = plenary_json_reader_push_key (self, key);
  if (JSON_NODE_HOLDS_VALUE (node) &&
      (json_node_get_value_type (node) == G_TYPE_INT64 ||
       json_node_get_value_type (node) == G_TYPE_DOUBLE))
    {
      *out_value = json_node_get_double (node);
      ok = isfinite (*out_value);
      if (!ok)
        plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_VALUE, "the number is out of range.");
    }
  else
    plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                              "expected a number, found %s.", describe_node (node));
  plenary_json_reader_pop (self, mark);
  return ok;
}

gboolean
plenary_json_reader_get_uint (PlenaryJsonReader *self,
                              JsonObject        *parent,
                              const char        *key,
                              guint             *out_value)
{
  double value;

  if (!plenary_json_reader_get_number (self, parent, key, &value))
    return FALSE;

  if (value < 0 || value > G_MAXUINT || value != floor (value))
    {
      gsize mark = plenary_json_reader_push_key (self, key);
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_VALUE,
                                "expected a whole number of at least 0, found %g.", value);
      plenary_json_reader_pop (self, mark);
      return FALSE;
    }

  *out_value = (guint)value;
  return TRUE;
}

/* A bilingual text: {"zh": "…", "en": "…"}.  Chinese is the source's
 * language and always required; English only where @require_en. */
gboolean
plenary_json_reader_get_text (PlenaryJsonReader  *self,
                              JsonObject         *parent,
                              const char         *key,
                              gboolean            require_en,
                              const char        **out_zh,
                              const char        **out_en)
{
  JsonObject *text = plenary_json_reader_get_object (self, parent, key, TRUE);
  gsize mark;

  if (text == NULL)
    return FALSE;

  mark = plenary_json_reader_push_key (self, key);
  *out_zh = plenary_json_reader_get_string (self, text, "zh", TRUE);
  *out_en = plenary_json_reader_get_string (self, text, "en", require_en);
  if (*out_en == NULL)
    *out_en = "";
  plenary_json_reader_pop (self, mark);

  return !plenary_json_reader_failed (self);
}

static void
offset_to_line_column (const char *data,
                       gsize       offset,
                       guint      *line,
                       guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar)data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

/* Refuses what the parser must never see: files too large to be a report,
 * text that is not UTF-8, and nesting deep enough to exhaust the stack of
 * a recursive parser. */
gboolean
plenary_json_check_bytes (const char  *data,
                          gsize        length,
                          gsize        max_bytes,
                          guint        max_depth,
                          GQuark       domain,
                          GError     **error)
{
  const char *end = NULL;
  guint depth = 0, line, column;
  gboolean in_string = FALSE;

  if (length > max_bytes)
    {
      g_set_error (error, domain, PLENARY_REPORT_ERROR_TOO_LARGE,
                   "The file is %.1f MiB; reports larger than %u MiB are refused.",
                   length / 1048576.0, (guint)(max_bytes / 1048576));
      return FALSE;
    }

  if (length == 0)
    {
      g_set_error (error, domain, PLENARY_REPORT_ERROR_SYNTAX, "The file is empty.");
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      offset_to_line_column (data, end - data, &line, &column);
      g_set_error (error, domain, PLENARY_REPORT_ERROR_ENCODING,
                   "Line %u, column %u: the file is not valid UTF-8 text (byte 0x%02X).",
                   line, column, (guchar)*end);
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > max_depth)
            {
              offset_to_line_column (data, i, &line, &column);
              g_set_error (error, domain, PLENARY_REPORT_ERROR_TOO_DEEP,
                           "Line %u, column %u: the JSON is nested more than %u levels deep, "
                           "deeper than any report.", line, column, max_depth);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}
