/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-loader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "plenary-json-reader.h"
#include "plenary-resources.h"
#include "plenary-report-loader.h"
#include "plenary-report-private.h"

#define FORMAT_NAME "plenary-report"
#define FORMAT_VERSION 1
#define DEFAULT_REPORT_PATH RESOURCE_BASE_PATH "/reports/guangzhou-2019-2020.json"

G_DEFINE_QUARK (plenary-report-error-quark, plenary_report_error)

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

/* As in the schema: ^[a-z0-9]+(-[a-z0-9]+)*$, so that an id can stand in
 * a URL or a file name as it is. */
static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || *id == '-')
    return FALSE;
  for (const char *p = id; *p; p++)
    {
      if (*p == '-' && (p[1] == '-' || p[1] == '\0'))
        return FALSE;
      if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
        return FALSE;
    }
  return TRUE;
}

static const char *
get_id (Loader     *l,
        JsonObject *object)
{
  const char *id = plenary_json_reader_get_string (l->reader, object, "id", TRUE);

  if (id != NULL && !is_valid_id (id))
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "id");
      FAIL (l, VALUE, "“%s” is not a valid id: use lower-case letters and digits, "
            "with single hyphens between words.", Q (l, id));
      plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }
  return id;
}

static PlenaryParagraph *
resolve_paragraph (Loader     *l,
                   JsonObject *object,
                   const char *key)
{
  const char *id = plenary_json_reader_get_string (l->reader, object, key, TRUE);
  PlenaryParagraph *paragraph;

  if (id == NULL)
    return NULL;

  paragraph = plenary_report_find_paragraph (l->report, id);
  if (paragraph == NULL)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, key);
      FAIL (l, REFERENCE, "there is no paragraph with the id “%s”.", Q (l, id));
      plenary_json_reader_pop (l->reader, mark);
    }
  return paragraph;
}

static PlenaryIndicator *
resolve_indicator_at (Loader     *l,
                      const char *key,
                      const char *id)
{
  PlenaryIndicator *indicator = plenary_report_find_indicator (l->report, id);

  if (indicator == NULL && id != NULL)
    {
      gsize mark = key ? plenary_json_reader_push_key (l->reader, key) : 0;
      FAIL (l, REFERENCE, "there is no indicator with the id “%s”.", Q (l, id));
      if (key != NULL)
        plenary_json_reader_pop (l->reader, mark);
    }
  return indicator;
}

/* Reads a quote and checks that it stands in @paragraph word for word. */
static const char *
get_quote (Loader           *l,
           JsonObject       *object,
           PlenaryParagraph *paragraph,
           gsize            *out_offset)
{
  const char *quote = plenary_json_reader_get_string (l->reader, object, "quote", TRUE);
  const char *text, *found;

  if (quote == NULL || paragraph == NULL)
    return NULL;

  text = plenary_paragraph_get_text (paragraph);
  found = strstr (text, quote);
  if (found == NULL)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "quote");
      FAIL (l, QUOTE, "“%s” does not appear in paragraph “%s”.",
            Q (l, quote), Q (l, plenary_paragraph_get_id (paragraph)));
      plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }

  if (out_offset != NULL)
    *out_offset = found - text;
  return quote;
}

static void
read_metadata (Loader     *l,
               JsonObject *root)
{
  static const struct {
    const char *key;
    PlenaryReportField field;
  } texts[] = {
    { "title", PLENARY_REPORT_FIELD_TITLE },
    { "short_title", PLENARY_REPORT_FIELD_SHORT_TITLE },
    { "occasion", PLENARY_REPORT_FIELD_OCCASION },
    { "presenter", PLENARY_REPORT_FIELD_PRESENTER },
    { "region", PLENARY_REPORT_FIELD_REGION },
    { "source", PLENARY_REPORT_FIELD_SOURCE },
  };
  JsonObject *metadata = plenary_json_reader_get_object (l->reader, root, "metadata", TRUE);
  const char *id, *date;
  guint review_year = 0, plan_year = 0;
  gsize mark;

  if (metadata == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "metadata");
  id = get_id (l, metadata);
  plenary_report_set_id (l->report, id);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *zh = NULL, *en = NULL;

      if (plenary_json_reader_get_text (l->reader, metadata, texts[i].key, FALSE, &zh, &en))
        plenary_report_set_text (l->report, texts[i].field, zh, en);
    }

  date = plenary_json_reader_get_string (l->reader, metadata, "date", TRUE);
  plenary_json_reader_get_uint (l->reader, metadata, "review_year", &review_year);
  plenary_json_reader_get_uint (l->reader, metadata, "plan_year", &plan_year);
  plenary_json_reader_get_string (l->reader, metadata, "language", TRUE);
  plenary_report_set_dates (l->report, date, review_year, plan_year);
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_units (Loader     *l,
            JsonObject *root)
{
  JsonArray *units = plenary_json_reader_get_array (l->reader, root, "units", TRUE);
  gsize mark = plenary_json_reader_push_key (l->reader, "units");

  FOR_EACH_ELEMENT (l, units, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *id = plenary_json_reader_get_string (l->reader, object, "id", TRUE);
    const char *zh = plenary_json_reader_get_string (l->reader, object, "zh", TRUE);
    const char *en = plenary_json_reader_get_string (l->reader, object, "en", FALSE);
    const char *kind_name = plenary_json_reader_get_string (l->reader, object, "kind", TRUE);
    const char *per = plenary_json_reader_get_string (l->reader, object, "per", FALSE);
    PlenaryUnitKind kind = PLENARY_UNIT_KIND_COUNT;
    double scale = 1;

    if (object != NULL && json_object_has_member (object, "scale"))
      plenary_json_reader_get_number (l->reader, object, "scale", &scale);

    if (!FAILED (l) && !plenary_unit_kind_parse (kind_name, &kind))
      {
        gsize kind_mark = plenary_json_reader_push_key (l->reader, "kind");
        FAIL (l, VALUE, "“%s” is not one of percent, points, money, count, length, area, "
              "concentration, power, time, rank.", Q (l, kind_name));
        plenary_json_reader_pop (l->reader, kind_mark);
      }
    else if (!FAILED (l) && scale <= 0)
      {
        gsize scale_mark = plenary_json_reader_push_key (l->reader, "scale");
        FAIL (l, VALUE, "a unit’s scale must be greater than zero, not %g.", scale);
        plenary_json_reader_pop (l->reader, scale_mark);
      }

    if (!FAILED (l))
      {
        g_autoptr(PlenaryUnit) unit = plenary_unit_new (id, zh, en, kind, scale, per);
        if (!plenary_report_add_unit (l->report, unit))
          FAIL (l, DUPLICATE, "the unit “%s” is defined twice.", Q (l, id));
      }
  })
  plenary_json_reader_pop (l->reader, mark);
}

/* Paragraphs and outline nodes share one namespace of ids. */
static void
fail_duplicate_id (Loader     *l,
                   const char *id)
{
  if (plenary_report_find_node (l->report, id) != NULL)
    FAIL (l, DUPLICATE, "the id “%s” is already used by a chapter, section or item.", Q (l, id));
  else
    FAIL (l, DUPLICATE, "the id “%s” is already used by a paragraph.", Q (l, id));
}

static void
read_paragraphs (Loader             *l,
                 JsonObject         *parent,
                 const char         *key,
                 gboolean            required,
                 PlenaryOutlineNode *node,
                 void              (*add) (PlenaryReport *, PlenaryParagraph *))
{
  JsonArray *array = plenary_json_reader_get_array (l->reader, parent, key, required);
  gsize mark = plenary_json_reader_push_key (l->reader, key);

  FOR_EACH_ELEMENT (l, array, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *id = get_id (l, object);
    const char *text = plenary_json_reader_get_string (l->reader, object, "text", TRUE);

    if (!FAILED (l))
      {
        g_autoptr(PlenaryParagraph) paragraph = plenary_paragraph_new (id, text);

        if (!plenary_report_register_paragraph (l->report, paragraph))
          fail_duplicate_id (l, id);
        else if (node != NULL)
          plenary_outline_node_add_paragraph (node, paragraph);
        else
          add (l->report, paragraph);
      }
  })
  plenary_json_reader_pop (l->reader, mark);
}

static const char * const child_keys[] = { "sections", "items", NULL };

static PlenaryOutlineNode *
read_node (Loader             *l,
           JsonObject         *object,
           PlenaryOutlineKind  kind,
           guint               position)
{
  g_autoptr(PlenaryOutlineNode) node = NULL;
  const char *id, *number, *zh = NULL, *en = NULL;
  const char *children_key = child_keys[kind];
  JsonArray *children;
  gsize mark;

  id = get_id (l, object);
  number = plenary_json_reader_get_string (l->reader, object, "number", TRUE);
  plenary_json_reader_get_text (l->reader, object, "title", FALSE, &zh, &en);
  if (FAILED (l))
    return NULL;

  node = plenary_outline_node_new (kind, id, number, position, zh, en);
  if (!plenary_report_register_node (l->report, node))
    {
      fail_duplicate_id (l, id);
      return NULL;
    }

  read_paragraphs (l, object, "paragraphs", FALSE, node, NULL);

  if (children_key == NULL)
    return g_steal_pointer (&node);

  children = plenary_json_reader_get_array (l->reader, object, children_key, FALSE);
  mark = plenary_json_reader_push_key (l->reader, children_key);
  FOR_EACH_ELEMENT (l, children, i, element, {
    JsonObject *child_object = plenary_json_reader_object (l->reader, element);
    g_autoptr(PlenaryOutlineNode) child = NULL;

    if (child_object != NULL)
      child = read_node (l, child_object, kind + 1, i + 1);
    if (child != NULL)
      plenary_outline_node_add_child (node, child);
  })
  plenary_json_reader_pop (l->reader, mark);

  return FAILED (l) ? NULL : g_steal_pointer (&node);
}

static void
read_outline (Loader     *l,
              JsonObject *root)
{
  JsonArray *chapters;
  gsize mark;

  read_paragraphs (l, root, "preamble", FALSE, NULL, plenary_report_add_preamble);

  chapters = plenary_json_reader_get_array (l->reader, root, "chapters", TRUE);
  mark = plenary_json_reader_push_key (l->reader, "chapters");
  if (chapters != NULL && json_array_get_length (chapters) == 0)
    FAIL (l, VALUE, "a report needs at least one chapter.");
  FOR_EACH_ELEMENT (l, chapters, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    g_autoptr(PlenaryOutlineNode) chapter = NULL;

    if (object != NULL)
      chapter = read_node (l, object, PLENARY_OUTLINE_CHAPTER, i + 1);
    if (chapter != NULL)
      plenary_report_add_chapter (l->report, chapter);
  })
  plenary_json_reader_pop (l->reader, mark);

  read_paragraphs (l, root, "closing", FALSE, NULL, plenary_report_add_closing);
}

static void
read_errata (Loader     *l,
             JsonObject *root)
{
  JsonArray *errata = plenary_json_reader_get_array (l->reader, root, "errata", FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, "errata");

  FOR_EACH_ELEMENT (l, errata, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    PlenaryParagraph *paragraph = resolve_paragraph (l, object, "paragraph");
    const char *original = plenary_json_reader_get_string (l->reader, object, "original", TRUE);
    const char *corrected = plenary_json_reader_get_string (l->reader, object, "corrected", TRUE);
    const char *reason = plenary_json_reader_get_string (l->reader, object, "reason", FALSE);

    if (!FAILED (l) && strstr (plenary_paragraph_get_text (paragraph), corrected) == NULL)
      {
        gsize corrected_mark = plenary_json_reader_push_key (l->reader, "corrected");
        FAIL (l, QUOTE, "the corrected text “%s” does not appear in paragraph “%s”.",
              Q (l, corrected), Q (l, plenary_paragraph_get_id (paragraph)));
        plenary_json_reader_pop (l->reader, corrected_mark);
      }
    if (!FAILED (l))
      plenary_report_add_erratum (l->report, paragraph, original, corrected, reason);
  })
  plenary_json_reader_pop (l->reader, mark);
}

static gboolean
parse_enum (Loader      *l,
            JsonObject  *object,
            const char  *key,
            gboolean     required,
            gboolean   (*parse) (const char *, gpointer),
            gpointer     out,
            const char  *allowed)
{
  const char *text = plenary_json_reader_get_string (l->reader, object, key, required);
  gsize mark;

  if (text == NULL)
    return FALSE;
  if (parse (text, out))
    return TRUE;

  mark = plenary_json_reader_push_key (l->reader, key);
  FAIL (l, VALUE, "“%s” is not one of %s.", Q (l, text), allowed);
  plenary_json_reader_pop (l->reader, mark);
  return FALSE;
}

static void
read_indicator (Loader     *l,
                JsonObject *object)
{
  PlenaryIndicatorFields f = { 0, };
  g_autoptr(PlenaryIndicator) indicator = NULL;
  const char *unit_id;

  f.id = get_id (l, object);
  plenary_json_reader_get_text (l->reader, object, "label", TRUE, &f.label_zh, &f.label_en);
  plenary_json_reader_get_number (l->reader, object, "value", &f.value);

  unit_id = plenary_json_reader_get_string (l->reader, object, "unit", TRUE);
  f.unit = plenary_report_find_unit (l->report, unit_id);
  if (!FAILED (l) && f.unit == NULL)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "unit");
      FAIL (l, REFERENCE, "the unit “%s” is not in the report’s unit table.", Q (l, unit_id));
      plenary_json_reader_pop (l->reader, mark);
    }

  parse_enum (l, object, "qualifier", FALSE, (gpointer)plenary_qualifier_parse, &f.qualifier,
              "more-than, at-least, at-most, about, aim");

  f.period = plenary_json_reader_get_string (l->reader, object, "period", TRUE);
  if (!FAILED (l) && !plenary_period_is_valid (f.period))
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "period");
      FAIL (l, VALUE, "“%s” is not a period: use 2019, 2020-Q1, 2020-04, 2020-01/04, "
            "2017/2019 or cumulative.", Q (l, f.period));
      plenary_json_reader_pop (l->reader, mark);
    }

  parse_enum (l, object, "kind", TRUE, (gpointer)plenary_indicator_kind_parse, &f.kind,
              "actual, target, baseline");
  parse_enum (l, object, "measure", TRUE, (gpointer)plenary_measure_parse, &f.measure,
              "level, growth, share, change, rank");
  f.category = plenary_json_reader_get_string (l->reader, object, "category", TRUE);
  f.paragraph = resolve_paragraph (l, object, "paragraph");
  f.quote = get_quote (l, object, f.paragraph, &f.quote_offset);

  if (FAILED (l))
    return;

  indicator = plenary_indicator_new (&f);
  if (!plenary_report_add_indicator (l->report, indicator))
    FAIL (l, DUPLICATE, "the indicator id “%s” is used twice.", Q (l, f.id));
}

static void
read_indicators (Loader     *l,
                 JsonObject *root)
{
  JsonArray *indicators = plenary_json_reader_get_array (l->reader, root, "indicators", TRUE);
  gsize mark = plenary_json_reader_push_key (l->reader, "indicators");

  FOR_EACH_ELEMENT (l, indicators, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    if (object != NULL)
      read_indicator (l, object);
  })
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_headlines (Loader     *l,
                JsonObject *root)
{
  JsonArray *headlines = plenary_json_reader_get_array (l->reader, root, "headlines", FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, "headlines");

  if (headlines != NULL && json_array_get_length (headlines) > 12)
    FAIL (l, VALUE, "at most 12 headlines fit on the overview; this report has %u.",
          json_array_get_length (headlines));

  FOR_EACH_ELEMENT (l, headlines, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *id = plenary_json_reader_get_string (l->reader, object, "indicator", TRUE);
    const char *change_id = plenary_json_reader_get_string (l->reader, object, "change", FALSE);
    PlenaryIndicator *indicator = NULL, *change = NULL;

    if (!FAILED (l))
      indicator = resolve_indicator_at (l, "indicator", id);
    if (!FAILED (l) && change_id != NULL)
      change = resolve_indicator_at (l, "change", change_id);
    if (!FAILED (l))
      plenary_report_add_headline (l->report, indicator, change);
  })
  plenary_json_reader_pop (l->reader, mark);
}

static PlenaryInvestmentCategory *
read_category (Loader           *l,
               JsonObject       *object,
               PlenaryParagraph *paragraph)
{
  const char *id, *zh = NULL, *en = NULL, *quote;
  guint projects = 0;
  double amount = 0;

  id = get_id (l, object);
  plenary_json_reader_get_text (l->reader, object, "label", TRUE, &zh, &en);
  plenary_json_reader_get_uint (l->reader, object, "projects", &projects);
  plenary_json_reader_get_number (l->reader, object, "amount", &amount);
  if (!FAILED (l) && amount < 0)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "amount");
      FAIL (l, VALUE, "an amount must not be negative, found %g.", amount);
      plenary_json_reader_pop (l->reader, mark);
    }
  quote = get_quote (l, object, paragraph, NULL);

  if (FAILED (l))
    return NULL;
  return plenary_investment_category_new (id, zh, en, projects, amount, paragraph, quote);
}

static void
read_previous_year (Loader                      *l,
                    JsonObject                  *investment,
                    PlenaryInvestmentPlanFields *f)
{
  JsonObject *previous = plenary_json_reader_get_object (l->reader, investment, "previous", FALSE);
  gsize mark;

  if (previous == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "previous");
  plenary_json_reader_get_uint (l->reader, previous, "year", &f->previous_year);
  plenary_json_reader_get_number (l->reader, previous, "completed", &f->previous_completed);
  plenary_json_reader_get_number (l->reader, previous, "share_of_plan", &f->previous_share_of_plan);
  f->previous_paragraph = resolve_paragraph (l, previous, "paragraph");
  f->previous_quote = get_quote (l, previous, f->previous_paragraph, NULL);
  plenary_json_reader_pop (l->reader, mark);
}

static void
check_category_sums (Loader                *l,
                     PlenaryInvestmentPlan *plan)
{
  guint projects = plenary_investment_plan_sum_projects (plan);
  double amount = plenary_investment_plan_sum_amount (plan);
  double total = plenary_investment_plan_get_amount (plan);

  if (projects != plenary_investment_plan_get_projects (plan))
    FAIL (l, INCONSISTENT, "the categories add up to %u projects, but the plan counts %u.",
          projects, plenary_investment_plan_get_projects (plan));
  else if (fabs (amount - total) > 1e-6 * MAX (1.0, fabs (total)))
    FAIL (l, INCONSISTENT, "the categories’ amounts add up to %g, but the plan’s amount is %g.",
          amount, total);
}

static void
read_investment (Loader     *l,
                 JsonObject *root)
{
  JsonObject *investment = plenary_json_reader_get_object (l->reader, root, "investment", FALSE);
  g_autoptr(PlenaryInvestmentPlan) plan = NULL;
  PlenaryInvestmentPlanFields f = { 0, };
  const char *unit_id, *growth_id;
  JsonArray *categories;
  gsize mark;

  if (investment == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "investment");
  plenary_json_reader_get_uint (l->reader, investment, "year", &f.year);
  plenary_json_reader_get_uint (l->reader, investment, "projects", &f.projects);
  plenary_json_reader_get_number (l->reader, investment, "amount", &f.amount);
  unit_id = plenary_json_reader_get_string (l->reader, investment, "unit", TRUE);
  f.unit = plenary_report_find_unit (l->report, unit_id);
  if (!FAILED (l) && f.unit == NULL)
    {
      gsize unit_mark = plenary_json_reader_push_key (l->reader, "unit");
      FAIL (l, REFERENCE, "the unit “%s” is not in the report’s unit table.", Q (l, unit_id));
      plenary_json_reader_pop (l->reader, unit_mark);
    }
  f.paragraph = resolve_paragraph (l, investment, "paragraph");
  f.quote = get_quote (l, investment, f.paragraph, NULL);
  growth_id = plenary_json_reader_get_string (l->reader, investment, "growth_target", FALSE);
  if (!FAILED (l) && growth_id != NULL)
    f.growth_target = resolve_indicator_at (l, "growth_target", growth_id);
  read_previous_year (l, investment, &f);
  categories = plenary_json_reader_get_array (l->reader, investment, "categories", TRUE);

  if (!FAILED (l))
    plan = plenary_investment_plan_new (&f);

  {
    gsize categories_mark = plenary_json_reader_push_key (l->reader, "categories");
    FOR_EACH_ELEMENT (l, categories, i, element, {
      JsonObject *object = plenary_json_reader_object (l->reader, element);
      g_autoptr(PlenaryInvestmentCategory) category = NULL;

      if (object != NULL)
        category = read_category (l, object, f.paragraph);
      if (category != NULL && plenary_investment_plan_find_category (plan, plenary_investment_category_get_id (category)))
        FAIL (l, DUPLICATE, "the category id “%s” is used twice.",
              Q (l, plenary_investment_category_get_id (category)));
      else if (category != NULL)
        plenary_investment_plan_add_category (plan, category);
    })
    plenary_json_reader_pop (l->reader, categories_mark);
  }

  if (!FAILED (l))
    check_category_sums (l, plan);
  if (!FAILED (l))
    plenary_report_set_investment (l->report, plan);
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_bilingual_list (Loader           *l,
                     JsonObject       *object,
                     const char       *key,
                     PlenaryChartSpec *chart,
                     void            (*add) (PlenaryChartSpec *, const char *, const char *))
{
  JsonArray *array = plenary_json_reader_get_array (l->reader, object, key, FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, key);

  FOR_EACH_ELEMENT (l, array, i, element, {
    JsonObject *text = plenary_json_reader_object (l->reader, element);
    const char *zh = plenary_json_reader_get_string (l->reader, text, "zh", TRUE);
    const char *en = plenary_json_reader_get_string (l->reader, text, "en", FALSE);

    if (!FAILED (l))
      add (chart, zh, en ? en : "");
  })
  plenary_json_reader_pop (l->reader, mark);
}

/* Rules a chart must follow so that it can be drawn honestly. */
static void
check_chart_values (Loader           *l,
                    PlenaryChartSpec *chart,
                    const char       *type_name)
{
  PlenaryChartType type = plenary_chart_spec_get_chart_type (chart);
  GPtrArray *indicators = plenary_chart_spec_get_indicators (chart);
  guint n_series = plenary_chart_spec_get_n_series (chart);
  guint n_rows = plenary_chart_spec_get_n_rows (chart);
  PlenaryUnit *unit = NULL;
  gboolean any_negative = FALSE;

  if (indicators->len == 0)
    FAIL (l, CHART, "a chart needs at least one indicator.");
  else if (indicators->len % n_series != 0)
    FAIL (l, CHART, "a %s chart takes its indicators in pairs, but this one lists %u.",
          type_name, indicators->len);

  for (guint i = 0; i < indicators->len && !FAILED (l); i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
      double value = plenary_indicator_get_value (indicator);
      gsize mark;

      any_negative |= value < 0;
      if (type == PLENARY_CHART_BIG_NUMBER)
        continue;

      mark = plenary_json_reader_push_index (l->reader, i);
      if (unit == NULL)
        unit = plenary_indicator_get_unit (indicator);
      else if (unit != plenary_indicator_get_unit (indicator))
        FAIL (l, CHART, "“%s” is in %s but the chart’s first value is in %s; one chart shows one unit.",
              Q (l, plenary_indicator_get_id (indicator)),
              Q (l, plenary_unit_get_id (plenary_indicator_get_unit (indicator))),
              Q (l, plenary_unit_get_id (unit)));
      if (!FAILED (l) && (type == PLENARY_CHART_BAR || type == PLENARY_CHART_SHARE ||
                          type == PLENARY_CHART_RAMP) && value < 0)
        FAIL (l, CHART, "“%s” is negative, which a %s chart cannot show; use a diverging-bar "
              "chart for values that fall.", Q (l, plenary_indicator_get_id (indicator)), type_name);
      else if (!FAILED (l) && type == PLENARY_CHART_RAMP && value == 0)
        FAIL (l, CHART, "“%s” is zero, which a ramp cannot start from.",
              Q (l, plenary_indicator_get_id (indicator)));
      plenary_json_reader_pop (l->reader, mark);
    }

  if (!FAILED (l) && type == PLENARY_CHART_DIVERGING_BAR && !any_negative)
    FAIL (l, CHART, "a diverging-bar chart needs at least one value below zero.");
  else if (!FAILED (l) && type == PLENARY_CHART_SHARE && (n_rows < 2 || n_rows > 8))
    FAIL (l, CHART, "a share chart shows 2 to 8 parts, not %u.", n_rows);
  else if (!FAILED (l) && type == PLENARY_CHART_BIG_NUMBER && n_rows > 4)
    FAIL (l, CHART, "a big-number chart shows 1 to 4 numbers, not %u.", n_rows);
  else if (!FAILED (l) && n_rows > 12)
    FAIL (l, CHART, "a chart shows at most 12 rows, not %u.", n_rows);
}

static void
check_chart (Loader           *l,
             PlenaryChartSpec *chart,
             JsonObject       *object)
{
  const char *type_name = json_object_get_string_member (object, "type");
  guint n_series = plenary_chart_type_series_count (plenary_chart_spec_get_chart_type (chart));
  guint n_rows = plenary_chart_spec_get_n_rows (chart);
  JsonArray *labels;
  gsize mark;

  mark = plenary_json_reader_push_key (l->reader, "indicators");
  check_chart_values (l, chart, type_name);
  plenary_json_reader_pop (l->reader, mark);

  labels = json_object_has_member (object, "series") ?
           json_object_get_array_member (object, "series") : NULL;
  if (!FAILED (l) && n_series > 1 && labels == NULL)
    FAIL (l, CHART, "a %s chart needs a “series” list of %u labels, one for each value in a row.",
          type_name, n_series);
  else if (!FAILED (l) && n_series > 1 && json_array_get_length (labels) != n_series)
    {
      mark = plenary_json_reader_push_key (l->reader, "series");
      FAIL (l, CHART, "a %s chart needs %u series labels, one for each value in a row, not %u.",
            type_name, n_series, json_array_get_length (labels));
      plenary_json_reader_pop (l->reader, mark);
    }

  labels = json_object_has_member (object, "rows") ?
           json_object_get_array_member (object, "rows") : NULL;
  if (!FAILED (l) && labels != NULL && json_array_get_length (labels) != n_rows)
    {
      mark = plenary_json_reader_push_key (l->reader, "rows");
      FAIL (l, CHART, "there are %u row labels for %u rows of values.",
            json_array_get_length (labels), n_rows);
      plenary_json_reader_pop (l->reader, mark);
    }
}

static void
read_chart (Loader     *l,
            JsonObject *object)
{
  g_autoptr(PlenaryChartSpec) chart = NULL;
  PlenaryChartType type = PLENARY_CHART_BAR;
  const char *id, *zh = NULL, *en = NULL, *section_id;
  PlenaryOutlineNode *section;
  JsonArray *indicators;
  gsize mark;

  id = get_id (l, object);
  parse_enum (l, object, "type", TRUE, (gpointer)plenary_chart_type_parse, &type,
              "bar, grouped-bar, diverging-bar, share, ramp, big-number");
  plenary_json_reader_get_text (l->reader, object, "title", TRUE, &zh, &en);
  section_id = plenary_json_reader_get_string (l->reader, object, "section", TRUE);
  section = plenary_report_find_node (l->report, section_id);
  if (!FAILED (l) && section == NULL)
    {
      mark = plenary_json_reader_push_key (l->reader, "section");
      FAIL (l, REFERENCE, "there is no chapter, section or item with the id “%s”.",
            Q (l, section_id));
      plenary_json_reader_pop (l->reader, mark);
    }
  indicators = plenary_json_reader_get_array (l->reader, object, "indicators", TRUE);
  if (FAILED (l))
    return;

  chart = plenary_chart_spec_new (id, type, zh, en, section);

  mark = plenary_json_reader_push_key (l->reader, "indicators");
  for (guint i = 0; i < json_array_get_length (indicators) && !FAILED (l); i++)
    {
      const char *indicator_id = plenary_json_reader_string_at (l->reader, indicators, i);
      gsize element_mark = plenary_json_reader_push_index (l->reader, i);
      PlenaryIndicator *indicator = FAILED (l) ? NULL : resolve_indicator_at (l, NULL, indicator_id);

      if (indicator != NULL)
        plenary_chart_spec_add_indicator (chart, indicator);
      plenary_json_reader_pop (l->reader, element_mark);
    }
  plenary_json_reader_pop (l->reader, mark);

  read_bilingual_list (l, object, "series", chart, plenary_chart_spec_add_series);
  read_bilingual_list (l, object, "rows", chart, plenary_chart_spec_add_row_label);

  if (!FAILED (l))
    check_chart (l, chart, object);
  if (!FAILED (l) && !plenary_report_add_chart (l->report, chart))
    FAIL (l, DUPLICATE, "the chart id “%s” is used twice.", Q (l, id));
}

static void
read_charts (Loader     *l,
             JsonObject *root)
{
  JsonArray *charts = plenary_json_reader_get_array (l->reader, root, "charts", FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, "charts");

  FOR_EACH_ELEMENT (l, charts, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    if (object != NULL)
      read_chart (l, object);
  })
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_format (Loader     *l,
             JsonObject *root)
{
  const char *format = plenary_json_reader_get_string (l->reader, root, "format", TRUE);
  double version = 0;
  gsize mark;

  if (format != NULL && g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      mark = plenary_json_reader_push_key (l->reader, "format");
      FAIL (l, FORMAT, "“%s” is not “" FORMAT_NAME "”, so this is not a Plenary report.",
            Q (l, format));
      plenary_json_reader_pop (l->reader, mark);
      return;
    }

  if (!plenary_json_reader_get_number (l->reader, root, "version", &version))
    return;
  mark = plenary_json_reader_push_key (l->reader, "version");
  if (version > FORMAT_VERSION)
    FAIL (l, FORMAT, "the report is in format version %g, newer than the version %d this "
          "Plenary reads.", version, FORMAT_VERSION);
  else if (version != FORMAT_VERSION)
    FAIL (l, FORMAT, "%g is not a format version; this Plenary reads version %d.",
          version, FORMAT_VERSION);
  plenary_json_reader_pop (l->reader, mark);
}

PlenaryReport *
plenary_report_load_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(PlenaryJsonReader) reader = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  const char *data;
  gsize length;
  JsonObject *root;
  Loader l;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!plenary_json_check_bytes (data, length, PLENARY_REPORT_MAX_BYTES,
                                 PLENARY_REPORT_MAX_DEPTH, PLENARY_REPORT_ERROR, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_propagate_error (error, plenary_json_rephrase_parse_error (parse_error, data, length,
                                                                   PLENARY_REPORT_ERROR));
      return NULL;
    }

  report = plenary_report_new ();
  reader = plenary_json_reader_new (PLENARY_REPORT_ERROR);
  l.reader = reader;
  l.report = report;

  /* plenary_json_check_bytes() lets no empty document through; should
   * json-glib still find no value, the report must not come out empty. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_SYNTAX, "The file is empty.");
      return NULL;
    }
  root = plenary_json_reader_object (reader, json_parser_get_root (parser));
  if (root != NULL)
    {
      read_format (&l, root);
      if (!FAILED (&l))
        read_metadata (&l, root);
      if (!FAILED (&l))
        read_units (&l, root);
      if (!FAILED (&l))
        read_outline (&l, root);
      if (!FAILED (&l))
        read_errata (&l, root);
      if (!FAILED (&l))
        read_indicators (&l, root);
      if (!FAILED (&l))
        read_headlines (&l, root);
      if (!FAILED (&l))
        read_investment (&l, root);
      if (!FAILED (&l))
        read_charts (&l, root);
    }

  if (FAILED (&l))
    {
      g_propagate_error (error, plenary_json_reader_steal_error (reader));
      return NULL;
    }

  return g_steal_pointer (&report);
}

PlenaryReport *
plenary_report_load_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Refuse a huge file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > PLENARY_REPORT_MAX_BYTES)
    {
      g_set_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_TOO_LARGE,
                   "The file is %.1f MiB; reports larger than %u MiB are refused.",
                   g_file_info_get_size (info) / 1048576.0,
                   (guint)(PLENARY_REPORT_MAX_BYTES / 1048576));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return plenary_report_load_bytes (bytes, error);
}

/* Referencing the resource keeps its object file, and the constructor that
 * registers it, in every binary that links the static library. */
static void
ensure_resources (void)
{
  g_assert (plenary_get_resource () != NULL);
}

GBytes *
plenary_report_dup_default_bytes (void)
{
  ensure_resources ();
  return g_resources_lookup_data (DEFAULT_REPORT_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

PlenaryReport *
plenary_report_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  ensure_resources ();
  bytes = g_resources_lookup_data (DEFAULT_REPORT_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return plenary_report_load_bytes (bytes, error);
}
