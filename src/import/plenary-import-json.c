/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-json"

#include "config.h"

#include <json-glib/json-glib.h>

#include "plenary-import-json.h"
#include "plenary-import-numbers.h"
#include "plenary-import-units.h"

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_text (JsonBuilder *b,
          const char  *key,
          const char  *zh,
          const char  *en)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_object (b);
  add_string (b, "zh", zh);
  add_string (b, "en", en != NULL ? en : "");
  json_builder_end_object (b);
}

static void
add_int (JsonBuilder *b,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_number (JsonBuilder *b,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (b, key);
  /* Whole numbers are written as integers: 763, not 763.0. */
  if (value == (double)(gint64) value && value > -1e15 && value < 1e15)
    json_builder_add_int_value (b, (gint64) value);
  else
    json_builder_add_double_value (b, value);
}

static void
add_paragraphs (JsonBuilder *b,
                const char  *key,
                GPtrArray   *paragraphs)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      ImpParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      json_builder_begin_object (b);
      add_string (b, "id", paragraph->id);
      add_string (b, "text", paragraph->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_node (JsonBuilder *b,
          ImpNode     *node)
{
  static const char * const child_keys[] = { "sections", "items", NULL };

  json_builder_begin_object (b);
  add_string (b, "id", node->id);
  add_string (b, "number", node->number);
  /* A heading with nothing after its number is titled by the number. */
  add_text (b, "title", *node->title != '\0' ? node->title : node->number, "");
  add_paragraphs (b, "paragraphs", node->paragraphs);
  if (child_keys[node->kind] != NULL)
    {
      json_builder_set_member_name (b, child_keys[node->kind]);
      json_builder_begin_array (b);
      for (guint i = 0; i < node->children->len; i++)
        add_node (b, g_ptr_array_index (node->children, i));
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
add_unit_id (GPtrArray  *units,
             const char *id)
{
  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (g_ptr_array_index (units, i), id))
      return;
  g_ptr_array_add (units, (gpointer) id);
}

static void
add_units (JsonBuilder *b,
           ImpDocument *doc)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  add_unit_id (ids, "%");
  add_unit_id (ids, "亿元");
  for (guint i = 0; i < doc->indicators->len; i++)
    add_unit_id (ids, ((ImpIndicator *) g_ptr_array_index (doc->indicators, i))->unit);

  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ImpUnit) unit = imp_unit_describe (g_ptr_array_index (ids, i));
      json_builder_begin_object (b);
      add_string (b, "id", unit->id);
      add_string (b, "zh", unit->zh);
      add_string (b, "en", unit->en);
      add_string (b, "kind", unit->kind);
      add_number (b, "scale", unit->scale);
      if (unit->per != NULL)
        add_string (b, "per", unit->per);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

guint
imp_document_count_untranslated (ImpDocument *doc)
{
  guint n = 0;

  for (guint i = 0; i < doc->indicators->len; i++)
    n += ((ImpIndicator *) g_ptr_array_index (doc->indicators, i))->label_en == NULL;
  return n;
}

static void
add_indicators (JsonBuilder *b,
                ImpDocument *doc)
{
  json_builder_set_member_name (b, "indicators");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->indicators->len; i++)
    {
      ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);

      json_builder_begin_object (b);
      add_string (b, "id", indicator->id);
      /* The schema wants an English label; until someone translates it,
       * the Chinese stands in and provenance counts it. */
      add_text (b, "label", indicator->label_zh,
                indicator->label_en != NULL ? indicator->label_en : indicator->label_zh);
      add_number (b, "value", indicator->value);
      add_string (b, "unit", indicator->unit);
      if (indicator->qualifier != IMP_QUALIFIER_NONE)
        add_string (b, "qualifier", imp_qualifier_name (indicator->qualifier));
      add_string (b, "period", indicator->period);
      add_string (b, "kind", imp_kind_name (indicator->kind));
      add_string (b, "measure", imp_measure_name (indicator->measure));
      add_string (b, "category", indicator->category);
      add_string (b, "paragraph", indicator->paragraph->id);
      add_string (b, "quote", indicator->quote);
      if (indicator->concept != NULL)
        add_string (b, "concept", indicator->concept);
      /* Every figure a program read is for a person to check: the review
       * queue lists the indicators marked so. */
      json_builder_set_member_name (b, "reviewed");
      json_builder_add_boolean_value (b, FALSE);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_investment (JsonBuilder *b,
                ImpPlan     *plan)
{
  json_builder_set_member_name (b, "investment");
  json_builder_begin_object (b);
  add_int (b, "year", plan->year);
  add_string (b, "unit", "亿元");
  add_int (b, "projects", plan->projects);
  add_number (b, "amount", plan->amount);
  add_string (b, "paragraph", plan->paragraph->id);
  add_string (b, "quote", plan->quote);
  if (plan->growth_target != NULL)
    add_string (b, "growth_target", plan->growth_target);
  json_builder_set_member_name (b, "categories");
  json_builder_begin_array (b);
  for (guint i = 0; i < plan->categories->len; i++)
    {
      ImpCategory *category = g_ptr_array_index (plan->categories, i);
      json_builder_begin_object (b);
      add_string (b, "id", category->id);
      add_text (b, "label", category->label_zh,
                category->label_en != NULL ? category->label_en : category->label_zh);
      add_int (b, "projects", category->projects);
      add_number (b, "amount", category->amount);
      add_string (b, "quote", category->quote);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (plan->has_previous)
    {
      json_builder_set_member_name (b, "previous");
      json_builder_begin_object (b);
      add_int (b, "year", plan->previous_year);
      add_number (b, "completed", plan->previous_completed);
      add_number (b, "share_of_plan", plan->previous_share);
      add_string (b, "paragraph", plan->previous_paragraph->id);
      add_string (b, "quote", plan->previous_quote);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

static void
add_charts (JsonBuilder *b,
            ImpDocument *doc)
{
  json_builder_set_member_name (b, "headlines");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->headlines->len; i++)
    {
      json_builder_begin_object (b);
      add_string (b, "indicator", g_ptr_array_index (doc->headlines, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "charts");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->charts->len; i++)
    {
      ImpChart *chart = g_ptr_array_index (doc->charts, i);

      json_builder_begin_object (b);
      add_string (b, "id", chart->id);
      add_string (b, "type", chart->type);
      /* The loader wants an English title: the Chinese stands in when
       * some label has no English yet. */
      add_text (b, "title", chart->title_zh,
                chart->title_en != NULL && *chart->title_en ? chart->title_en : chart->title_zh);
      add_string (b, "section", chart->section);
      json_builder_set_member_name (b, "indicators");
      json_builder_begin_array (b);
      for (guint j = 0; j < chart->indicators->len; j++)
        json_builder_add_string_value (b, g_ptr_array_index (chart->indicators, j));
      json_builder_end_array (b);
      if (chart->has_series)
        {
          json_builder_set_member_name (b, "series");
          json_builder_begin_array (b);
          json_builder_begin_object (b);
          add_string (b, "zh", "实际");
          add_string (b, "en", "Actual");
          json_builder_end_object (b);
          json_builder_begin_object (b);
          add_string (b, "zh", "目标");
          add_string (b, "en", "Target");
          json_builder_end_object (b);
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_metadata (JsonBuilder         *b,
              ImpDocument         *doc,
              const ImpProvenance *provenance)
{
  g_autofree char *id = g_strdup_printf ("imported-%u-%u", doc->review_year, doc->plan_year);
  g_autofree char *short_title = NULL;

  if (doc->region != NULL)
    short_title = g_strdup_printf ("%s %u 年报告", doc->region, doc->plan_year);
  else
    short_title = g_strdup (doc->title);

  json_builder_set_member_name (b, "metadata");
  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_text (b, "title", doc->title, "");
  add_text (b, "short_title", short_title, "");
  add_text (b, "occasion", doc->occasion != NULL ? doc->occasion : doc->title, "");
  add_text (b, "presenter", doc->presenter != NULL ? doc->presenter : "—", "");
  add_text (b, "region", doc->region != NULL ? doc->region : "—", "");
  add_text (b, "source", provenance->file_name, provenance->file_name);
  add_string (b, "date", doc->date);
  add_int (b, "review_year", doc->review_year);
  add_int (b, "plan_year", doc->plan_year);
  add_string (b, "language", "zh-CN");
  json_builder_end_object (b);
}

static void
add_provenance (JsonBuilder         *b,
                ImpDocument         *doc,
                const ImpProvenance *provenance)
{
  json_builder_set_member_name (b, "provenance");
  json_builder_begin_object (b);
  add_string (b, "source_file", provenance->file_name);
  add_string (b, "format", provenance->format);
  add_string (b, "imported", provenance->imported);
  add_string (b, "importer", provenance->importer);
  json_builder_set_member_name (b, "reviewed");
  json_builder_add_boolean_value (b, FALSE);
  add_int (b, "labels_without_english", imp_document_count_untranslated (doc));
  json_builder_set_member_name (b, "notes");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->plan.problems->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (doc->plan.problems, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

GBytes *
imp_document_to_json (ImpDocument         *doc,
                      const ImpProvenance *provenance)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length = 0;
  char *data;

  json_builder_begin_object (b);
  add_string (b, "format", "plenary-report");
  add_int (b, "version", 1);
  add_metadata (b, doc, provenance);
  add_provenance (b, doc, provenance);
  add_units (b, doc);
  add_paragraphs (b, "preamble", doc->preamble);
  json_builder_set_member_name (b, "chapters");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->chapters->len; i++)
    add_node (b, g_ptr_array_index (doc->chapters, i));
  json_builder_end_array (b);
  add_paragraphs (b, "closing", doc->closing);
  json_builder_set_member_name (b, "errata");
  json_builder_begin_array (b);
  json_builder_end_array (b);
  add_indicators (b, doc);
  add_charts (b, doc);
  if (doc->plan.found)
    add_investment (b, &doc->plan);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}
