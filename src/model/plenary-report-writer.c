/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-writer"

#include <math.h>
#include <string.h>

#include "plenary-report-private.h"
#include "plenary-report-writer.h"
#include "plenary-subscript.h"

/* The writer turns a report back into the document the loader reads: the
 * keys in the order of the bundled report, every optional key left out
 * when the model has nothing for it, so that saving an unchanged report
 * gives the same document.  The editor runs its changes through
 * plenary_report_writer_build() and the loader, and saves with
 * plenary_report_writer_save(). */

/* Writes @value in the shortest form that reads back as the same double:
 * 6.8, not json-glib 1.6's 6.7999999999999998; 3311, not 3311.0. */
void
plenary_json_format_number (double  value,
                            char   *buf)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  g_return_if_fail (buf != NULL);

  if (!isfinite (value))
    {
      /* JSON has no infinity; the loader refuses one, so none reaches here. */
      g_critical ("%s: %g is not a JSON number", G_STRFUNC, value);
      g_strlcpy (buf, "0", PLENARY_JSON_NUMBER_BUF_SIZE);
      return;
    }
  if (value == 0)
    {
      g_strlcpy (buf, "0", PLENARY_JSON_NUMBER_BUF_SIZE);
      return;
    }
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buf, PLENARY_JSON_NUMBER_BUF_SIZE, "%.0f", value);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, PLENARY_JSON_NUMBER_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

/* json-glib's generator writes doubles with 17 digits and has no hook for
 * another form, so each double goes through it as a placeholder string,
 * which is then replaced by the number.  The placeholder carries a random
 * token; should the report's own text ever contain it, the count of
 * placeholders comes out wrong and another token is drawn. */
static void
collect_doubles (JsonNode  *node,
                 GPtrArray *doubles)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        for (GList *l = members; l != NULL; l = l->next)
          collect_doubles (json_object_get_member (object, l->data), doubles);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          collect_doubles (json_array_get_element (array, i), doubles);
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        g_ptr_array_add (doubles, node);
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

static char *
generate_with_placeholders (JsonNode   *root,
                            GPtrArray  *doubles,
                            const char *token)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GArray) values = g_array_sized_new (FALSE, FALSE, sizeof (double), doubles->len);
  char *text;

  for (guint i = 0; i < doubles->len; i++)
    {
      JsonNode *node = g_ptr_array_index (doubles, i);
      double value = json_node_get_double (node);
      g_autofree char *placeholder = g_strdup_printf ("%s%u@", token, i);

      g_array_append_val (values, value);
      json_node_set_string (node, placeholder);
    }

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  for (guint i = 0; i < doubles->len; i++)
    json_node_set_double (g_ptr_array_index (doubles, i), g_array_index (values, double, i));
  return text;
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    count++;
  return count;
}

/* Pretty-printed JSON of @root with every double in its shortest exact
 * form, ending in a newline.  @root is left as it was. */
char *
plenary_json_to_data (JsonNode *root,
                      gsize    *length)
{
  g_autoptr(GPtrArray) doubles = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *token = NULL;
  g_autofree char *quoted_token = NULL;
  GString *out;
  const char *p;

  g_return_val_if_fail (root != NULL, NULL);

  collect_doubles (root, doubles);
  for (;;)
    {
      g_free (token);
      g_free (text);
      g_free (quoted_token);
      token = g_strdup_printf ("@plenary-number-%08x%08x-", g_random_int (), g_random_int ());
      quoted_token = g_strconcat ("\"", token, NULL);
      text = generate_with_placeholders (root, doubles, token);
      if (count_occurrences (text, quoted_token) == doubles->len)
        break;
    }

  out = g_string_sized_new (strlen (text) + 1);
  p = text;
  for (const char *found = strstr (p, quoted_token); found != NULL; found = strstr (p, quoted_token))
    {
      char number[PLENARY_JSON_NUMBER_BUF_SIZE];
      const char *index_start = found + strlen (quoted_token);
      char *index_end;
      guint64 index = g_ascii_strtoull (index_start, &index_end, 10);

      g_assert (index < doubles->len && index_end[0] == '@' && index_end[1] == '"');
      g_string_append_len (out, p, found - p);
      plenary_json_format_number (json_node_get_double (g_ptr_array_index (doubles, index)), number);
      g_string_append (out, number);
      p = index_end + 2;
    }
  g_string_append (out, p);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
}

/* A {zh, en} object; @en left out when it is NULL, or empty and optional. */
static void
set_text (JsonObject *object,
          const char *key,
          const char *zh,
          const char *en,
          gboolean    en_optional)
{
  JsonObject *text = json_object_new ();

  json_object_set_string_member (text, "zh", zh ? zh : "");
  if (en != NULL && (!en_optional || *en != '\0'))
    json_object_set_string_member (text, "en", en);
  json_object_set_object_member (object, key, text);
}

/* A quote of the investment plan: {zh, en} when the report has its
 * English (the _for (EN) getters hand back the Chinese otherwise), else
 * the plain string. */
static void
set_quote (JsonObject *object,
           const char *zh,
           const char *en_or_zh)
{
  if (en_or_zh != NULL && en_or_zh != zh && *en_or_zh != '\0')
    set_text (object, "quote", zh, en_or_zh, FALSE);
  else
    set_string (object, "quote", zh);
}

static void
set_text_from_properties (JsonObject *object,
                          const char *key,
                          gpointer    instance,
                          const char *zh_property,
                          const char *en_property,
                          gboolean    en_optional)
{
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  g_object_get (instance, zh_property, &zh, en_property, &en, NULL);
  set_text (object, key, zh, en, en_optional);
}

static const char *
enum_name (const char * const  *names,
           gboolean           (*parse) (const char *, gpointer),
           int                  value)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      int parsed = -1;

      if (parse (names[i], &parsed) && parsed == value)
        return names[i];
    }
  g_return_val_if_reached (NULL);
}

static const char * const qualifier_names[] = {
  "more-than", "at-least", "at-most", "about", "aim", NULL,
};
static const char * const unit_kind_names[] = {
  "percent", "points", "money", "count", "length", "area", "concentration", "power", "time",
  "rank", NULL,
};
static const char * const chart_type_names[] = {
  "bar", "grouped-bar", "diverging-bar", "share", "ramp", "big-number", NULL,
};

static void
write_metadata (PlenaryReport *report,
                JsonObject    *root)
{
  static const struct {
    const char *key;
    PlenaryReportField field;
  } texts[] = {
    { "title", PLENARY_REPORT_FIELD_TITLE },
    { "short_title", PLENARY_REPORT_FIELD_SHORT_TITLE },
    { "occasion", PLENARY_REPORT_FIELD_OCCASION },
    { "date", PLENARY_REPORT_N_FIELDS },
    { "presenter", PLENARY_REPORT_FIELD_PRESENTER },
    { "region", PLENARY_REPORT_FIELD_REGION },
    { "review_year", PLENARY_REPORT_N_FIELDS },
    { "plan_year", PLENARY_REPORT_N_FIELDS },
    { "language", PLENARY_REPORT_N_FIELDS },
    { "source", PLENARY_REPORT_FIELD_SOURCE },
  };
  JsonObject *metadata = json_object_new ();

  set_string (metadata, "id", plenary_report_get_id (report));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *key = texts[i].key;

      if (texts[i].field != PLENARY_REPORT_N_FIELDS)
        {
          const char *zh = plenary_report_get_text_raw (report, texts[i].field, PLENARY_LANGUAGE_ZH);
          const char *en = plenary_report_get_text_raw (report, texts[i].field, PLENARY_LANGUAGE_EN);

          if (zh != NULL)
            set_text (metadata, key, zh, en, TRUE);
        }
      else if (strcmp (key, "date") == 0)
        set_string (metadata, key, plenary_report_get_date (report));
      else if (strcmp (key, "review_year") == 0)
        json_object_set_int_member (metadata, key, plenary_report_get_review_year (report));
      else if (strcmp (key, "plan_year") == 0)
        json_object_set_int_member (metadata, key, plenary_report_get_plan_year (report));
      else
        set_string (metadata, key, plenary_report_get_language (report));
    }
  json_object_set_object_member (root, "metadata", metadata);
}

static void
write_units (PlenaryReport *report,
             JsonObject    *root)
{
  JsonArray *units = json_array_new ();
  GPtrArray *ordered = plenary_report_get_units (report);

  for (guint i = 0; i < ordered->len; i++)
    {
      PlenaryUnit *unit = g_ptr_array_index (ordered, i);
      JsonObject *object = json_object_new ();

      set_string (object, "id", plenary_unit_get_id (unit));
      set_string (object, "zh", plenary_unit_get_zh (unit));
      set_string (object, "en", plenary_unit_get_en (unit));
      set_string (object, "kind", enum_name (unit_kind_names, (gpointer)plenary_unit_kind_parse,
                                             plenary_unit_get_kind (unit)));
      json_object_set_double_member (object, "scale", plenary_unit_get_scale (unit));
      set_string (object, "per", plenary_unit_get_per (unit));
      json_array_add_object_element (units, object);
    }
  json_object_set_array_member (root, "units", units);
}

static JsonArray *
paragraphs_array (GListModel *paragraphs)
{
  JsonArray *array = json_array_new ();
  guint n = g_list_model_get_n_items (paragraphs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      JsonObject *object = json_object_new ();

      set_string (object, "id", plenary_paragraph_get_id (paragraph));
      /* A translated paragraph's text is {zh, en}; an untranslated one's a
       * plain string, as the loader accepts both. */
      if (plenary_paragraph_get_text_en (paragraph) != NULL)
        set_text (object, "text", plenary_paragraph_get_text (paragraph),
                  plenary_paragraph_get_text_en (paragraph), FALSE);
      else
        set_string (object, "text", plenary_paragraph_get_text (paragraph));
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonObject *
node_object (PlenaryOutlineNode *node)
{
  static const char * const child_keys[] = { "sections", "items", NULL };
  JsonObject *object = json_object_new ();
  GListModel *children = plenary_outline_node_get_children (node);
  const char *children_key = child_keys[plenary_outline_node_get_kind (node)];

  set_string (object, "id", plenary_outline_node_get_id (node));
  set_string (object, "number", plenary_outline_node_get_number (node));
  set_text_from_properties (object, "title", node, "title-zh", "title-en", TRUE);
  json_object_set_array_member (object, "paragraphs",
                                paragraphs_array (plenary_outline_node_get_paragraphs (node)));

  /* Chapters always list their sections and sections their items, even
   * none, as the bundled report does. */
  if (children_key != NULL)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(PlenaryOutlineNode) child = g_list_model_get_item (children, i);
          json_array_add_object_element (array, node_object (child));
        }
      json_object_set_array_member (object, children_key, array);
    }
  return object;
}

static void
write_outline (PlenaryReport *report,
               JsonObject    *root)
{
  GListModel *chapters = plenary_report_get_chapters (report);
  JsonArray *array = json_array_new ();

  if (g_list_model_get_n_items (plenary_report_get_preamble (report)) > 0)
    json_object_set_array_member (root, "preamble",
                                  paragraphs_array (plenary_report_get_preamble (report)));

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      json_array_add_object_element (array, node_object (chapter));
    }
  json_object_set_array_member (root, "chapters", array);

  if (g_list_model_get_n_items (plenary_report_get_closing (report)) > 0)
    json_object_set_array_member (root, "closing",
                                  paragraphs_array (plenary_report_get_closing (report)));
}

static void
write_errata (PlenaryReport *report,
              JsonObject    *root)
{
  GPtrArray *errata = plenary_report_get_errata (report);
  JsonArray *array;

  if (errata->len == 0)
    return;

  array = json_array_new ();
  for (guint i = 0; i < errata->len; i++)
    {
      PlenaryErratum *erratum = g_ptr_array_index (errata, i);
      JsonObject *object = json_object_new ();

      set_string (object, "paragraph", plenary_paragraph_get_id (erratum->paragraph));
      set_string (object, "original", erratum->original);
      set_string (object, "corrected", erratum->corrected);
      set_string (object, "reason", erratum->reason);
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "errata", array);
}

static void
write_indicators (PlenaryReport *report,
                  JsonObject    *root)
{
  GListModel *indicators = plenary_report_get_indicators (report);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      JsonObject *object = json_object_new ();
      PlenaryQualifier qualifier = plenary_indicator_get_qualifier (indicator);

      set_string (object, "id", plenary_indicator_get_id (indicator));
      set_text_from_properties (object, "label", indicator, "label-zh", "label-en", FALSE);
      json_object_set_double_member (object, "value", plenary_indicator_get_value (indicator));
      set_string (object, "unit", plenary_unit_get_id (plenary_indicator_get_unit (indicator)));
      if (qualifier != PLENARY_QUALIFIER_NONE)
        set_string (object, "qualifier",
                    enum_name (qualifier_names, (gpointer)plenary_qualifier_parse, qualifier));
      set_string (object, "period", plenary_indicator_get_period (indicator));
      set_string (object, "kind",
                  plenary_indicator_kind_to_string (plenary_indicator_get_kind (indicator)));
      set_string (object, "measure",
                  plenary_measure_to_string (plenary_indicator_get_measure (indicator)));
      set_string (object, "category", plenary_indicator_get_category (indicator));
      set_string (object, "concept", plenary_indicator_get_concept (indicator));
      set_string (object, "paragraph",
                  plenary_paragraph_get_id (plenary_indicator_get_paragraph (indicator)));
      /* The loader requires {zh, en} when the paragraph has English text,
       * and a string when it has none. */
      if (plenary_indicator_get_quote_en (indicator) != NULL)
        set_text (object, "quote", plenary_indicator_get_quote (indicator),
                  plenary_indicator_get_quote_en (indicator), FALSE);
      else
        set_string (object, "quote", plenary_indicator_get_quote (indicator));
      /* Reviewed is the default: a curated report never says it. */
      if (!plenary_indicator_get_reviewed (indicator))
        json_object_set_boolean_member (object, "reviewed", FALSE);
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "indicators", array);
}

static void
write_headlines (PlenaryReport *report,
                 JsonObject    *root)
{
  GPtrArray *headlines = plenary_report_get_headlines (report);
  JsonArray *array;

  if (headlines->len == 0)
    return;

  array = json_array_new ();
  for (guint i = 0; i < headlines->len; i++)
    {
      PlenaryHeadline *headline = g_ptr_array_index (headlines, i);
      JsonObject *object = json_object_new ();

      set_string (object, "indicator", plenary_indicator_get_id (headline->indicator));
      if (headline->change != NULL)
        set_string (object, "change", plenary_indicator_get_id (headline->change));
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "headlines", array);
}

static void
write_investment (PlenaryReport *report,
                  JsonObject    *root)
{
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  GListModel *categories;
  JsonObject *object, *previous;
  JsonArray *array;

  if (plan == NULL)
    return;

  object = json_object_new ();
  json_object_set_int_member (object, "year", plenary_investment_plan_get_year (plan));
  set_string (object, "unit", plenary_unit_get_id (plenary_investment_plan_get_unit (plan)));
  json_object_set_int_member (object, "projects", plenary_investment_plan_get_projects (plan));
  json_object_set_double_member (object, "amount", plenary_investment_plan_get_amount (plan));
  set_string (object, "paragraph",
              plenary_paragraph_get_id (plenary_investment_plan_get_paragraph (plan)));
  set_quote (object, plenary_investment_plan_get_quote (plan),
             plenary_investment_plan_get_quote_for (plan, PLENARY_LANGUAGE_EN));
  if (plenary_investment_plan_get_growth_target (plan) != NULL)
    set_string (object, "growth_target",
                plenary_indicator_get_id (plenary_investment_plan_get_growth_target (plan)));

  categories = plenary_investment_plan_get_categories (plan);
  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (categories, i);
      JsonObject *element = json_object_new ();

      set_string (element, "id", plenary_investment_category_get_id (category));
      set_text_from_properties (element, "label", category, "label-zh", "label-en", FALSE);
      json_object_set_int_member (element, "projects",
                                  plenary_investment_category_get_projects (category));
      json_object_set_double_member (element, "amount",
                                     plenary_investment_category_get_amount (category));
      set_quote (element, plenary_investment_category_get_quote (category),
                 plenary_investment_category_get_quote_for (category, PLENARY_LANGUAGE_EN));
      json_array_add_object_element (array, element);
    }
  json_object_set_array_member (object, "categories", array);

  if (plenary_investment_plan_get_previous_paragraph (plan) != NULL)
    {
      previous = json_object_new ();
      json_object_set_int_member (previous, "year", plenary_investment_plan_get_previous_year (plan));
      json_object_set_double_member (previous, "completed",
                                     plenary_investment_plan_get_previous_completed (plan));
      json_object_set_double_member (previous, "share_of_plan",
                                     plenary_investment_plan_get_previous_share_of_plan (plan));
      set_string (previous, "paragraph",
                  plenary_paragraph_get_id (plenary_investment_plan_get_previous_paragraph (plan)));
      set_quote (previous, plenary_investment_plan_get_previous_quote (plan),
                 plenary_investment_plan_get_previous_quote_for (plan, PLENARY_LANGUAGE_EN));
      json_object_set_object_member (object, "previous", previous);
    }

  json_object_set_object_member (root, "investment", object);
}

static JsonArray *
labels_array (GPtrArray *labels)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i + 1 < labels->len; i += 2)
    {
      JsonObject *text = json_object_new ();
      const char *en = g_ptr_array_index (labels, i + 1);

      json_object_set_string_member (text, "zh", g_ptr_array_index (labels, i));
      if (en != NULL && *en != '\0')
        json_object_set_string_member (text, "en", en);
      json_array_add_object_element (array, text);
    }
  return array;
}

static JsonArray *
id_array (GPtrArray  *objects,
          const char *(*get_id) (gpointer))
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < objects->len; i++)
    json_array_add_string_element (array, get_id (g_ptr_array_index (objects, i)));
  return array;
}

/* The story deck's choices and the targets' explicit pairs, as the
 * report gave them; each block left out when the report has none. */
static void
write_deck (PlenaryReport *report,
            JsonObject    *root)
{
  PlenaryDeck *deck = plenary_report_get_deck (report);
  GPtrArray *key_charts, *investment_charts, *targets, *paired, *not_set;

  if (deck == NULL)
    return;

  key_charts = plenary_deck_get_key_charts (deck);
  investment_charts = plenary_deck_get_investment_charts (deck);
  targets = plenary_deck_get_targets (deck);
  if (key_charts->len > 0 || investment_charts->len > 0 || targets->len > 0)
    {
      JsonObject *object = json_object_new ();

      if (key_charts->len > 0)
        json_object_set_array_member (object, "key_charts",
                                      id_array (key_charts, (gpointer)plenary_chart_spec_get_id));
      if (investment_charts->len > 0)
        json_object_set_array_member (object, "investment_charts",
                                      id_array (investment_charts, (gpointer)plenary_chart_spec_get_id));
      if (targets->len > 0)
        json_object_set_array_member (object, "targets",
                                      id_array (targets, (gpointer)plenary_indicator_get_id));
      json_object_set_object_member (root, "deck", object);
    }

  paired = plenary_deck_get_paired_targets (deck);
  not_set = plenary_deck_get_not_set (deck);
  if (paired->len > 0 || not_set->len > 0)
    {
      JsonObject *object = json_object_new ();

      if (paired->len > 0)
        {
          JsonArray *pairs = json_array_new ();

          for (guint i = 0; i < paired->len; i++)
            {
              PlenaryIndicator *target = g_ptr_array_index (paired, i);
              JsonObject *pair = json_object_new ();

              json_object_set_string_member (pair, "target", plenary_indicator_get_id (target));
              json_object_set_string_member (pair, "result",
                                             plenary_indicator_get_id (plenary_deck_lookup_pair (deck, target)));
              json_array_add_object_element (pairs, pair);
            }
          json_object_set_array_member (object, "pairs", pairs);
        }
      if (not_set->len > 0)
        {
          JsonArray *entries = json_array_new ();

          for (guint i = 0; i < not_set->len; i++)
            {
              PlenaryTargetNotSet *entry = g_ptr_array_index (not_set, i);
              JsonObject *element = json_object_new ();

              json_object_set_string_member (element, "result", plenary_indicator_get_id (entry->result));
              json_object_set_string_member (element, "paragraph", plenary_paragraph_get_id (entry->paragraph));
              set_quote (element, entry->quote, entry->quote_en);
              json_array_add_object_element (entries, element);
            }
          json_object_set_array_member (object, "not_set", entries);
        }
      json_object_set_object_member (root, "targets", object);
    }
}

/* Where an imported report came from, and whether a person has reviewed
 * it; left out when the report has none, as every other optional key. */
static void
write_provenance (PlenaryReport *report,
                  JsonObject    *root)
{
  JsonObject *provenance;

  if (plenary_report_get_source_file (report) == NULL)
    return;

  provenance = json_object_new ();
  json_object_set_string_member (provenance, "source_file", plenary_report_get_source_file (report));
  json_object_set_string_member (provenance, "format", plenary_report_get_source_format (report));
  set_string (provenance, "imported", plenary_report_get_imported (report));
  json_object_set_boolean_member (provenance, "reviewed", plenary_report_is_reviewed (report));
  json_object_set_object_member (root, "provenance", provenance);
}

static void
write_charts (PlenaryReport *report,
              JsonObject    *root)
{
  GListModel *charts = plenary_report_get_charts (report);
  JsonArray *array;

  if (g_list_model_get_n_items (charts) == 0)
    return;

  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);
      JsonObject *object = json_object_new ();
      GPtrArray *indicators = plenary_chart_spec_get_indicators (chart);
      GPtrArray *series = plenary_chart_spec_get_series_labels (chart);
      GPtrArray *rows = plenary_chart_spec_get_row_labels (chart);
      JsonArray *ids = json_array_new ();

      set_string (object, "id", plenary_chart_spec_get_id (chart));
      set_string (object, "type", enum_name (chart_type_names, (gpointer)plenary_chart_type_parse,
                                             plenary_chart_spec_get_chart_type (chart)));
      set_text_from_properties (object, "title", chart, "title-zh", "title-en", FALSE);
      set_string (object, "section",
                  plenary_outline_node_get_id (plenary_chart_spec_get_section (chart)));
      for (guint j = 0; j < indicators->len; j++)
        json_array_add_string_element (ids, plenary_indicator_get_id (g_ptr_array_index (indicators, j)));
      json_object_set_array_member (object, "indicators", ids);
      if (plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_ZH) != NULL)
        set_text (object, "counts", plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_ZH),
                  plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_EN), FALSE);
      if (series->len > 0)
        json_object_set_array_member (object, "series", labels_array (series));
      if (rows->len > 0)
        json_object_set_array_member (object, "rows", labels_array (rows));
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "charts", array);
}

/* The loader draws "PM_{2.5}" as "PM₂.₅" in every string it reads; the
 * file keeps the markup, so every string goes back to it, and a saved
 * report reads as the file it was loaded from. */
static void
unrender_subscripts (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        for (GList *l = members; l != NULL; l = l->next)
          unrender_subscripts (json_object_get_member (object, l->data));
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          unrender_subscripts (json_array_get_element (array, i));
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_autofree char *markup = plenary_subscript_unrender (json_node_get_string (node));

          if (markup != NULL)
            json_node_set_string (node, markup);
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* Returns: (transfer full): the report as the document the loader reads */
JsonNode *
plenary_report_writer_build (PlenaryReport *report)
{
  JsonObject *root;
  JsonNode *node;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);

  root = json_object_new ();
  json_object_set_string_member (root, "format", "plenary-report");
  json_object_set_int_member (root, "version", 1);
  write_metadata (report, root);
  write_units (report, root);
  write_outline (report, root);
  write_errata (report, root);
  write_indicators (report, root);
  write_headlines (report, root);
  write_investment (report, root);
  write_charts (report, root);
  write_deck (report, root);
  write_provenance (report, root);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  unrender_subscripts (node);
  return node;
}

GBytes *
plenary_report_writer_to_bytes (PlenaryReport *report)
{
  g_autoptr(JsonNode) root = NULL;
  char *data;
  gsize length;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);

  root = plenary_report_writer_build (report);
  data = plenary_json_to_data (root, &length);
  return g_bytes_new_take (data, length);
}

/* Writes @report to @file atomically: into a temporary file that is then
 * renamed over @file, so that a crash leaves the old file or the new one,
 * never half of one.  With @etag, fails with G_IO_ERROR_WRONG_ETAG when
 * the file changed on disk since it had that etag. */
gboolean
plenary_report_writer_save (PlenaryReport  *report,
                            GFile          *file,
                            const char     *etag,
                            char          **new_etag,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = plenary_report_writer_to_bytes (report);
  data = g_bytes_get_data (bytes, &length);
  return g_file_replace_contents (file, data, length, etag, FALSE, G_FILE_CREATE_NONE,
                                  new_etag, cancellable, error);
}
