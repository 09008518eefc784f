/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-script"

#include "plenary-script-converter.h"

#include <json-glib/json-glib.h>
#include <opencc/opencc.h>
#include <string.h>

#include "plenary-report-loader.h"

/* Converts the report's Simplified Chinese to Traditional with OpenCC:
 * s2twp (Taiwan, with its vocabulary: 软件 → 軟體) or s2hk (Hong Kong).
 *
 * A report is converted as JSON, before it is loaded: every Chinese
 * string but the ids and unit codes that others refer to, and then the
 * converted JSON goes through the loader with all its checks. Quotes
 * must stay word-for-word substrings of their paragraphs, and OpenCC
 * converts by phrases and may change a text's length, so a paragraph is
 * cut at the edges of every quote in it and converted piece by piece:
 * each quote is then exactly the converted pieces it covers, and the
 * loader finds its offset again in the converted text. The converted
 * report is kept on the original one, so it is made once per report and
 * script. */

struct _PlenaryScriptConverter
{
  GObject        parent_instance;

  PlenaryConversion  script;
  opencc_t       opencc;
};

G_DEFINE_FINAL_TYPE (PlenaryScriptConverter, plenary_script_converter, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PlenaryConversion, plenary_conversion,
                    G_DEFINE_ENUM_VALUE (PLENARY_CONVERSION_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (PLENARY_CONVERSION_TAIWAN, "taiwan"),
                    G_DEFINE_ENUM_VALUE (PLENARY_CONVERSION_HONG_KONG, "hong-kong"))

G_DEFINE_QUARK (plenary-script-converter-error-quark, plenary_script_converter_error)

/* The members whose strings are references or codes, not text: they must
 * come through unchanged (a chart's "indicators" is a list of ids, the
 * report's a list of objects with text to convert). */
static const char * const reference_members[] = {
  "id", "unit", "paragraph", "section", "indicators", "growth_target", NULL,
};

/* Members left alone below: English, and the texts converted with their
 * paragraphs. */
static const char * const skipped_members[] = {
  "en", "text", "quote", "corrected", NULL,
};

/* The script of the first Chinese language the interface asks for;
 * Simplified when it asks for none. */
PlenaryConversion
plenary_conversion_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];

      if (!g_str_has_prefix (name, "zh"))
        continue;
      if (g_str_has_prefix (name, "zh_TW") || strstr (name, "Hant") != NULL)
        return PLENARY_CONVERSION_TAIWAN;
      if (g_str_has_prefix (name, "zh_HK") || g_str_has_prefix (name, "zh_MO"))
        return PLENARY_CONVERSION_HONG_KONG;
      return PLENARY_CONVERSION_NONE;
    }

  return PLENARY_CONVERSION_NONE;
}

static void
plenary_script_converter_finalize (GObject *object)
{
  PlenaryScriptConverter *self = PLENARY_SCRIPT_CONVERTER (object);

  if (self->opencc != (opencc_t)-1 && self->opencc != NULL)
    opencc_close (self->opencc);

  G_OBJECT_CLASS (plenary_script_converter_parent_class)->finalize (object);
}

static void
plenary_script_converter_class_init (PlenaryScriptConverterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_script_converter_finalize;
}

static void
plenary_script_converter_init (PlenaryScriptConverter *self)
{
  self->opencc = (opencc_t)-1;
}

/* Returns: (transfer full) (nullable): a converter to @script, which must
 * be a Traditional one, or %NULL with @error set when OpenCC cannot load
 * its configuration */
PlenaryScriptConverter *
plenary_script_converter_new (PlenaryConversion   script,
                              GError        **error)
{
  g_autoptr(PlenaryScriptConverter) self = NULL;
  const char *config;

  g_return_val_if_fail (script != PLENARY_CONVERSION_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  config = script == PLENARY_CONVERSION_HONG_KONG ? "s2hk.json" : "s2twp.json";
  self = g_object_new (PLENARY_TYPE_SCRIPT_CONVERTER, NULL);
  self->script = script;
  self->opencc = opencc_open (config);
  if (self->opencc == (opencc_t)-1)
    {
      g_set_error (error, PLENARY_SCRIPT_CONVERTER_ERROR, PLENARY_SCRIPT_CONVERTER_ERROR_OPEN,
                   "OpenCC cannot open %s: %s", config, opencc_error ());
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Returns: (transfer none) (nullable): the converter to @script, made on
 * first use and kept: loading OpenCC's dictionaries takes a while. */
PlenaryScriptConverter *
plenary_script_converter_get_default (PlenaryConversion   script,
                                      GError        **error)
{
  static PlenaryScriptConverter *converters[PLENARY_CONVERSION_HONG_KONG + 1];

  g_return_val_if_fail (script != PLENARY_CONVERSION_NONE, NULL);
  g_return_val_if_fail (script <= PLENARY_CONVERSION_HONG_KONG, NULL);

  if (converters[script] == NULL)
    converters[script] = plenary_script_converter_new (script, error);

  return converters[script];
}

PlenaryConversion
plenary_script_converter_get_conversion (PlenaryScriptConverter *self)
{
  g_return_val_if_fail (PLENARY_IS_SCRIPT_CONVERTER (self), PLENARY_CONVERSION_NONE);
  return self->script;
}

/* OpenCC's Taiwan phrases segment "各项目标" (each target: 各项 目标) as
 * 各 项目 标 and write 各專案標. In this genre 项目标 is nearly always
 * 项 + 目标; only 项目标准 (a project standard) is 项目 + 标准. */
static char *
fix_taiwan_phrases (char *converted)
{
  GString *text;
  const char *wrong = "專案標";
  const char *p, *at;

  if (strstr (converted, wrong) == NULL)
    return converted;

  text = g_string_new (NULL);
  p = converted;
  while ((at = strstr (p, wrong)) != NULL)
    {
      const char *after = at + strlen (wrong);

      g_string_append_len (text, p, at - p);
      g_string_append (text, g_str_has_prefix (after, "準") ? wrong : "項目標");
      p = after;
    }
  g_string_append (text, p);
  g_free (converted);
  return g_string_free (text, FALSE);
}

static char *
convert_length (PlenaryScriptConverter *self,
                const char             *text,
                gsize                   length)
{
  char *converted;
  char *result;

  if (length == 0)
    return g_strdup ("");

  converted = opencc_convert_utf8 (self->opencc, text, length);
  if (converted == NULL)
    {
      /* OpenCC fails only on text it cannot read; show it unconverted
       * rather than not at all. */
      g_debug ("OpenCC could not convert “%.*s”: %s", (int)length, text, opencc_error ());
      return g_strndup (text, length);
    }
  result = g_strdup (converted);
  opencc_convert_utf8_free (converted);

  if (self->script == PLENARY_CONVERSION_TAIWAN)
    result = fix_taiwan_phrases (result);
  return result;
}

/* Returns: (transfer full): @text converted */
char *
plenary_script_converter_convert (PlenaryScriptConverter *self,
                                  const char             *text)
{
  g_return_val_if_fail (PLENARY_IS_SCRIPT_CONVERTER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return convert_length (self, text, strlen (text));
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *)a;
  gsize y = *(const gsize *)b;

  return x < y ? -1 : x > y;
}

/* Converts @text cut at the edges of each of @quotes (first occurrences,
 * as the loader finds them); fills @converted_quotes, quote → its
 * converted text. */
static char *
convert_paragraph (PlenaryScriptConverter *self,
                   const char             *text,
                   GPtrArray              *quotes,
                   GHashTable             *converted_quotes)
{
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) converted_cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *out = g_string_new (NULL);
  gsize length = strlen (text);
  gsize zero = 0;
  guint n = 0;

  g_array_append_val (cuts, zero);
  g_array_append_val (cuts, length);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      const char *quote = g_ptr_array_index (quotes, i);
      const char *found = *quote != '\0' ? strstr (text, quote) : NULL;

      if (found != NULL)
        {
          gsize start = found - text;
          gsize end = start + strlen (quote);

          g_array_append_val (cuts, start);
          g_array_append_val (cuts, end);
        }
    }
  g_array_sort (cuts, compare_offsets);

  /* Convert each piece between two distinct cuts. */
  for (guint i = 0; i < cuts->len; i++)
    {
      gsize cut = g_array_index (cuts, gsize, i);

      if (n > 0 && g_array_index (cuts, gsize, n - 1) == cut)
        continue;
      g_array_index (cuts, gsize, n++) = cut;
    }
  g_array_set_size (cuts, n);

  for (guint i = 0; i < cuts->len; i++)
    {
      gsize at = out->len;

      g_array_append_val (converted_cuts, at);
      if (i + 1 < cuts->len)
        {
          gsize start = g_array_index (cuts, gsize, i);
          gsize end = g_array_index (cuts, gsize, i + 1);
          g_autofree char *piece = convert_length (self, text + start, end - start);

          g_string_append (out, piece);
        }
    }

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      const char *quote = g_ptr_array_index (quotes, i);
      const char *found = *quote != '\0' ? strstr (text, quote) : NULL;
      gsize start, end, from = 0, to = 0;

      if (found == NULL || g_hash_table_contains (converted_quotes, quote))
        continue;
      start = found - text;
      end = start + strlen (quote);
      for (guint j = 0; j < cuts->len; j++)
        {
          if (g_array_index (cuts, gsize, j) == start)
            from = g_array_index (converted_cuts, gsize, j);
          if (g_array_index (cuts, gsize, j) == end)
            to = g_array_index (converted_cuts, gsize, j);
        }
      g_hash_table_insert (converted_quotes, g_strdup (quote),
                           g_strndup (out->str + from, to - from));
    }

  return g_string_free (out, FALSE);
}

/* The Chinese of a text member: the string itself or its "zh". */
static const char *
chinese_of (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);

      if (json_object_has_member (inner, "zh") &&
          JSON_NODE_HOLDS_VALUE (json_object_get_member (inner, "zh")))
        return json_object_get_string_member (inner, "zh");
    }
  return NULL;
}

static void
set_chinese (JsonObject *object,
             const char *member,
             const char *text)
{
  JsonNode *node = json_object_get_member (object, member);

  if (JSON_NODE_HOLDS_OBJECT (node))
    json_object_set_string_member (json_node_get_object (node), "zh", text);
  else
    json_object_set_string_member (object, member, text);
}

static JsonObject *
object_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Something in the report that quotes a paragraph: an object whose
 * @member (a string or {zh, en}) stands in the paragraph @paragraph_id. */
typedef struct
{
  JsonObject *object;
  const char *member;
  char       *paragraph_id;
  char       *quote;
} Quoting;

static void
quoting_free (gpointer data)
{
  Quoting *q = data;

  g_free (q->paragraph_id);
  g_free (q->quote);
  g_free (q);
}

static void
add_quoting (GPtrArray  *quotings,
             JsonObject *object,
             const char *member,
             const char *paragraph_id)
{
  const char *quote = chinese_of (object, member);
  Quoting *q;

  if (quote == NULL || paragraph_id == NULL)
    return;
  q = g_new0 (Quoting, 1);
  q->object = object;
  q->member = member;
  q->paragraph_id = g_strdup (paragraph_id);
  q->quote = g_strdup (quote);
  g_ptr_array_add (quotings, q);
}

static void
collect_quotings (JsonObject *root,
                  GPtrArray  *quotings)
{
  JsonArray *indicators = array_member (root, "indicators");
  JsonArray *errata = array_member (root, "errata");
  JsonObject *investment = object_member (root, "investment");
  JsonObject *targets = object_member (root, "targets");
  JsonArray *not_set = targets != NULL ? array_member (targets, "not_set") : NULL;

  for (guint i = 0; indicators != NULL && i < json_array_get_length (indicators); i++)
    {
      JsonObject *indicator = json_array_get_object_element (indicators, i);

      if (indicator != NULL)
        add_quoting (quotings, indicator, "quote", string_member (indicator, "paragraph"));
    }
  for (guint i = 0; errata != NULL && i < json_array_get_length (errata); i++)
    {
      JsonObject *erratum = json_array_get_object_element (errata, i);

      if (erratum != NULL)
        add_quoting (quotings, erratum, "corrected", string_member (erratum, "paragraph"));
    }
  /* The sentences in which the plan says it set no target. */
  for (guint i = 0; not_set != NULL && i < json_array_get_length (not_set); i++)
    {
      JsonObject *entry = json_array_get_object_element (not_set, i);

      if (entry != NULL)
        add_quoting (quotings, entry, "quote", string_member (entry, "paragraph"));
    }
  if (investment != NULL)
    {
      JsonObject *previous = object_member (investment, "previous");
      JsonArray *categories = array_member (investment, "categories");
      const char *paragraph_id = string_member (investment, "paragraph");

      add_quoting (quotings, investment, "quote", paragraph_id);
      if (previous != NULL)
        add_quoting (quotings, previous, "quote", string_member (previous, "paragraph"));
      for (guint i = 0; categories != NULL && i < json_array_get_length (categories); i++)
        {
          JsonObject *category = json_array_get_object_element (categories, i);

          if (category != NULL)
            add_quoting (quotings, category, "quote", paragraph_id);
        }
    }
}

typedef struct
{
  PlenaryScriptConverter *self;
  GHashTable             *quotes_by_paragraph;   /* id → GPtrArray of quotes */
  GHashTable             *converted_by_paragraph; /* id → (quote → converted) */
} Walk;

/* Converts every string below @node but under the skipped members; a
 * paragraph (an object with an "id" and a "text") is converted in pieces. */
static void
convert_node (Walk       *w,
              JsonNode   *node,
              const char *member)
{
  if (member != NULL && g_strv_contains (skipped_members, member))
    return;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *converted = NULL;

      if (member != NULL && g_strv_contains (reference_members, member))
        return;
      converted = plenary_script_converter_convert (w->self, json_node_get_string (node));
      json_node_set_string (node, converted);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        convert_node (w, json_array_get_element (array, i), member);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *id = string_member (object, "id");
      const char *text = chinese_of (object, "text");
      g_autoptr(GList) members = json_object_get_members (object);

      if (id != NULL && text != NULL)
        {
          GHashTable *converted_quotes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_autofree char *converted = convert_paragraph (w->self, text,
                                                          g_hash_table_lookup (w->quotes_by_paragraph, id),
                                                          converted_quotes);

          g_hash_table_replace (w->converted_by_paragraph, g_strdup (id), converted_quotes);
          set_chinese (object, "text", converted);
        }

      for (GList *l = members; l != NULL; l = l->next)
        convert_node (w, json_object_get_member (object, l->data), l->data);
    }
}

/* Returns: (transfer full) (nullable): the report JSON @json converted, or
 * %NULL with @error set when it is not JSON */
GBytes *
plenary_script_converter_convert_json (PlenaryScriptConverter  *self,
                                       GBytes                  *json,
                                       GError                 **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GPtrArray) quotings = g_ptr_array_new_with_free_func (quoting_free);
  g_autoptr(GHashTable) quotes_by_paragraph = NULL;
  g_autoptr(GHashTable) converted_by_paragraph = NULL;
  const char *data;
  gsize length;
  JsonNode *root;
  char *out;
  Walk w;

  g_return_val_if_fail (PLENARY_IS_SCRIPT_CONVERTER (self), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  data = g_bytes_get_data (json, &length);
  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, PLENARY_SCRIPT_CONVERTER_ERROR, PLENARY_SCRIPT_CONVERTER_ERROR_CONVERT,
                   "The report is not a JSON object.");
      return NULL;
    }

  collect_quotings (json_node_get_object (root), quotings);
  quotes_by_paragraph = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < quotings->len; i++)
    {
      Quoting *q = g_ptr_array_index (quotings, i);
      GPtrArray *quotes = g_hash_table_lookup (quotes_by_paragraph, q->paragraph_id);

      if (quotes == NULL)
        {
          quotes = g_ptr_array_new ();
          g_hash_table_insert (quotes_by_paragraph, q->paragraph_id, quotes);
        }
      g_ptr_array_add (quotes, q->quote);
    }

  converted_by_paragraph = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify)g_hash_table_unref);
  w.self = self;
  w.quotes_by_paragraph = quotes_by_paragraph;
  w.converted_by_paragraph = converted_by_paragraph;
  convert_node (&w, root, NULL);

  /* Each quote becomes the converted pieces it covers; a quote that is
   * not in its paragraph is converted whole, and the loader reports it. */
  for (guint i = 0; i < quotings->len; i++)
    {
      Quoting *q = g_ptr_array_index (quotings, i);
      GHashTable *converted_quotes = g_hash_table_lookup (converted_by_paragraph, q->paragraph_id);
      const char *converted = converted_quotes != NULL ? g_hash_table_lookup (converted_quotes, q->quote) : NULL;
      g_autofree char *whole = NULL;

      if (converted == NULL)
        converted = whole = plenary_script_converter_convert (self, q->quote);
      set_chinese (q->object, q->member, converted);
    }

  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  out = json_generator_to_data (generator, &length);

  return g_bytes_new_take (out, length);
}

static GQuark
converted_quark (PlenaryConversion script)
{
  return script == PLENARY_CONVERSION_HONG_KONG
    ? g_quark_from_static_string ("plenary-converted-hk")
    : g_quark_from_static_string ("plenary-converted-tw");
}

/* Returns: (transfer full) (nullable): @report with its Chinese
 * converted, loaded from its converted JSON; made once and kept on
 * @report. %NULL with @error set when @report was not loaded from JSON
 * or its conversion does not load. */
PlenaryReport *
plenary_script_converter_convert_report (PlenaryScriptConverter  *self,
                                         PlenaryReport           *report,
                                         GError                 **error)
{
  g_autoptr(GBytes) converted = NULL;
  PlenaryReport *result;
  GBytes *source;
  GQuark quark;

  g_return_val_if_fail (PLENARY_IS_SCRIPT_CONVERTER (self), NULL);
  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  quark = converted_quark (self->script);
  result = g_object_get_qdata (G_OBJECT (report), quark);
  if (result != NULL)
    return g_object_ref (result);

  source = plenary_report_get_source_bytes (report);
  if (source == NULL)
    {
      g_set_error (error, PLENARY_SCRIPT_CONVERTER_ERROR, PLENARY_SCRIPT_CONVERTER_ERROR_NO_SOURCE,
                   "The report was not loaded from a file.");
      return NULL;
    }

  converted = plenary_script_converter_convert_json (self, source, error);
  if (converted == NULL)
    return NULL;
  result = plenary_report_load_bytes (converted, error);
  if (result == NULL)
    return NULL;

  g_object_set_qdata_full (G_OBJECT (report), quark, g_object_ref (result), g_object_unref);
  return result;
}
