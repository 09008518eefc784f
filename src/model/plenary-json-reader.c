/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-json-reader"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "plenary-json-reader.h"
#include "plenary-report-loader.h"

struct _PlenaryJsonReader
{
  GQuark     domain;
  GString   *path;
  GError    *error;
  GPtrArray *quoted;
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
  g_clear_pointer (&self->quoted, g_ptr_array_unref);
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

/* What the file says, made fit to stand inside a one-line message: control
 * characters written as escapes, invalid UTF-8 replaced, and anything past
 * @max_chars characters left out, so that a stray newline or a whole
 * paragraph pasted into an id cannot garble the message. */
char *
plenary_json_dup_for_message (const char *text,
                              guint       max_chars)
{
  g_autofree char *valid = text ? g_utf8_make_valid (text, -1) : NULL;
  GString *out = g_string_new (NULL);
  guint n = 0;

  /* json-glib's own messages may cut a character in two. */
  for (const char *p = valid; p != NULL && *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else if ((guchar)*p < 0x20 || *p == 0x7f)
        g_string_append_printf (out, "\\u%04X", (guint)(guchar)*p);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/* Returns: (transfer none): @text ready for a message, owned by @self. */
const char *
plenary_json_reader_quote (PlenaryJsonReader *self,
                           const char        *text)
{
  if (self->quoted == NULL)
    self->quoted = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->quoted, plenary_json_dup_for_message (text, 60));
  return g_ptr_array_index (self->quoted, self->quoted->len - 1);
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

/* What a JSON value is, for "expected …, found …". */
static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
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
                              _("the required field “%s” is missing."), key);
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
                                _("expected an object, found %s."), describe_node (node));
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
                                _("expected an array, found %s."), describe_node (node));
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
                                _("expected a string, found %s."), describe_node (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (required && (value == NULL || *value == '\0'))
    {
      plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_VALUE, _("this field must not be empty."));
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

/* An optional true or false: returns FALSE, leaving @out_value, when
 * @key is absent. */
gboolean
plenary_json_reader_get_boolean (PlenaryJsonReader *self,
                                 JsonObject        *parent,
                                 const char        *key,
                                 gboolean          *out_value)
{
  JsonNode *node = member (self, parent, key, FALSE);
  gsize mark;

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *out_value = json_node_get_boolean (node);
      return TRUE;
    }

  mark = plenary_json_reader_push_key (self, key);
  plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                            "expected true or false, found %s.", describe_node (node));
  plenary_json_reader_pop (self, mark);
  return FALSE;
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
        plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_VALUE, _("the number is out of range."));
    }
  else
    plenary_json_reader_fail (self, PLENARY_REPORT_ERROR_TYPE,
                              _("expected a number, found %s."), describe_node (node));
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
                                _("expected a whole number of at least 0, found %g."), value);
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

/* json-glib counts columns in bytes and shows a non-ASCII character it
 * did not expect as an octal escape of its first byte (`\350'); turn both
 * into what a person sees in an editor. */
static char *
describe_place (const char *data,
                gsize       length,
                guint       line,
                guint       byte_column,
                guint      *out_column)
{
  const char *p = data, *end = data + length;
  guint column = 1;

  for (guint n = 1; n < line && p < end; p++)
    if (*p == '\n')
      n++;
  for (guint i = 1; i < byte_column && p < end && *p != '\n'; i++, p++)
    if (((guchar)*p & 0xC0) != 0x80)
      column++;

  *out_column = column;
  if (p < end && (guchar)*p >= 0x80)
    return g_strndup (p, g_utf8_next_char (p) - p);
  return NULL;
}

/* json-glib says "<data>:3:14: Parse error: …"; say it as a sentence with
 * the place first, as every other loader message does. */
GError *
plenary_json_rephrase_parse_error (const GError *parse_error,
                                   const char   *data,
                                   gsize         length,
                                   GQuark        domain)
{
  const char *message = parse_error->message;
  g_autofree char *shown = NULL;
  guint line = 0, column = 0;
  const char *reason;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  if (sscanf (message, "%u:%u", &line, &column) == 2 && (reason = strstr (message, ": ")) != NULL)
    {
      const char *detail = strstr (reason + 2, ": ");
      g_autofree char *character = describe_place (data, length, line, column, &column);
      g_autofree char *readable = NULL;
      const char *escape;

      reason = detail ? detail + 2 : reason + 2;
      escape = strstr (reason, "`\\");
      if (character != NULL && escape != NULL && strchr (escape, '\'') != NULL)
        {
          readable = g_strdup_printf ("%.*s`%s%s", (int)(escape - reason), reason, character,
                                      strchr (escape, '\''));
          reason = readable;
        }
      shown = plenary_json_dup_for_message (reason, 120);
      return g_error_new (domain, PLENARY_REPORT_ERROR_SYNTAX,
                          "Line %u, column %u: the file is not valid JSON (%s).",
                          line, column, shown);
    }
  shown = plenary_json_dup_for_message (message, 120);
  return g_error_new (domain, PLENARY_REPORT_ERROR_SYNTAX,
                      "The file is not valid JSON (%s).", shown);
}

static void
set_error_at (GError     **error,
              GQuark       domain,
              int          code,
              const char  *data,
              gsize        offset,
              const char  *reason)
{
  guint line, column;

  offset_to_line_column (data, offset, &line, &column);
  g_set_error (error, domain, code, "Line %u, column %u: %s", line, column, reason);
}

/* Refuses what the parser must never see: files too large to be a report,
 * text that is not UTF-8, and nesting deep enough to exhaust the stack of
 * json-glib's recursive parser.
 *
 * The nesting count is only sound if this scan and json-glib agree on what
 * is inside a string.  json-glib also accepts single-quoted strings and
 * comments, in which a double quote would hide any number of brackets from
 * this scan, so both are refused here: neither is JSON.  The same scan
 * recognises a file that was cut short, which json-glib reports confusingly
 * or not at all, and text after the end of the JSON, which json-glib
 * silently accepts. */
gboolean
plenary_json_check_bytes (const char  *data,
                          gsize        length,
                          gsize        max_bytes,
                          guint        max_depth,
                          GQuark       domain,
                          GError     **error)
{
  g_autofree char *open = NULL;
  const char *end = NULL;
  guint depth = 0, line, column;
  gboolean in_string = FALSE, mismatched = FALSE, closed = FALSE;
  gsize start;

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

  /* The brackets still open, to tell a file cut short from one whose
   * brackets do not match (which json-glib explains well enough). */
  open = g_malloc (max_depth + 1);

  /* A report is one object.  json-glib accepts several values one after
   * the other, and loses the memory of all but one of them, so nothing may
   * come before the object (but a byte order mark) or after it. */
  start = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (start < length && g_ascii_isspace (data[start]))
    start++;
  if (start == length)
    {
      g_set_error (error, domain, PLENARY_REPORT_ERROR_SYNTAX,
                   "The file holds nothing but white space.");
      return FALSE;
    }
  if (data[start] != '{')
    {
      set_error_at (error, domain, PLENARY_REPORT_ERROR_SYNTAX, data, start,
                    "the file is not a JSON object; a report starts with “{”.");
      return FALSE;
    }

  for (gsize i = start; i < length; i++)
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

      if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        continue;

      if (closed)
        {
          set_error_at (error, domain, PLENARY_REPORT_ERROR_SYNTAX, data, i,
                        "the file goes on after the end of the JSON.");
          return FALSE;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '\'')
        {
          set_error_at (error, domain, PLENARY_REPORT_ERROR_SYNTAX, data, i,
                        "the file is not valid JSON (strings must be in double quotes).");
          return FALSE;
        }
      else if (c == '/')
        {
          set_error_at (error, domain, PLENARY_REPORT_ERROR_SYNTAX, data, i,
                        "the file is not valid JSON (comments are not allowed).");
          return FALSE;
        }
      else if (c == '{' || c == '[')
        {
          if (depth >= max_depth)
            {
              offset_to_line_column (data, i, &line, &column);
              g_set_error (error, domain, PLENARY_REPORT_ERROR_TOO_DEEP,
                           "Line %u, column %u: the JSON is nested more than %u levels deep, "
                           "deeper than any report.", line, column, max_depth);
              return FALSE;
            }
          open[depth++] = c;
        }
      else if (c == '}' || c == ']')
        {
          if (depth == 0 || open[depth - 1] != (c == '}' ? '{' : '['))
            mismatched = TRUE;
          if (depth > 0 && --depth == 0 && !mismatched)
            closed = TRUE;
        }
    }

  if (in_string || (depth > 0 && !mismatched))
    {
      set_error_at (error, domain, PLENARY_REPORT_ERROR_SYNTAX, data, length,
                    in_string ? "the file ends inside a string; it may have been cut short."
                              : "the file ends before its objects and arrays are closed; "
                                "it may have been cut short.");
      return FALSE;
    }

  return TRUE;
}
