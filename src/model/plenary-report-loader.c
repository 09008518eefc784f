/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "plenary-json-reader.h"
#include "plenary-report-resources.h"
#include "plenary-report-loader.h"
#include "plenary-report-private.h"
#include "plenary-report-loader-private.h"

#define FORMAT_NAME "plenary-report"
#define FORMAT_VERSION 1
#define DEFAULT_REPORT_PATH RESOURCE_BASE_PATH "/reports/guangzhou-2019-2020.json"

G_DEFINE_QUARK (plenary-report-error-quark, plenary_report_error)

/* What the JSON reader's problems are called in a report's errors. */
static const PlenaryJsonErrors json_errors = {
  plenary_report_error_quark,
  {
    [PLENARY_JSON_PROBLEM_TOO_LARGE] = PLENARY_REPORT_ERROR_TOO_LARGE,
    [PLENARY_JSON_PROBLEM_TOO_DEEP] = PLENARY_REPORT_ERROR_TOO_DEEP,
    [PLENARY_JSON_PROBLEM_ENCODING] = PLENARY_REPORT_ERROR_ENCODING,
    [PLENARY_JSON_PROBLEM_SYNTAX] = PLENARY_REPORT_ERROR_SYNTAX,
    [PLENARY_JSON_PROBLEM_TYPE] = PLENARY_REPORT_ERROR_TYPE,
    [PLENARY_JSON_PROBLEM_MISSING] = PLENARY_REPORT_ERROR_MISSING,
    [PLENARY_JSON_PROBLEM_VALUE] = PLENARY_REPORT_ERROR_VALUE,
  },
};

const PlenaryJsonErrors *
plenary_report_loader_json_errors (void)
{
  return &json_errors;
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

const char *
plenary_loader_get_id (Loader     *l,
                       JsonObject *object)
{
  const char *id = plenary_json_reader_get_string (l->reader, object, "id", TRUE);

  if (id != NULL && !is_valid_id (id))
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "id");
      FAIL (l, VALUE, _("“%s” is not a valid id: use lower-case letters and digits, "
            "with single hyphens between words."), Q (l, id));
      plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }
  return id;
}

PlenaryParagraph *
plenary_loader_resolve_paragraph (Loader     *l,
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
      FAIL (l, REFERENCE, _("there is no paragraph with the id “%s”."), Q (l, id));
      plenary_json_reader_pop (l->reader, mark);
    }
  return paragraph;
}

PlenaryIndicator *
plenary_loader_resolve_indicator_at (Loader     *l,
                                     const char *key,
                                     const char *id)
{
  PlenaryIndicator *indicator = plenary_report_find_indicator (l->report, id);

  if (indicator == NULL && id != NULL)
    {
      gsize mark = key ? plenary_json_reader_push_key (l->reader, key) : 0;
      FAIL (l, REFERENCE, _("there is no indicator with the id “%s”."), Q (l, id));
      if (key != NULL)
        plenary_json_reader_pop (l->reader, mark);
    }
  return indicator;
}

/* Reads a quote and checks that it stands in @paragraph word for word. */
const char *
plenary_loader_get_quote (Loader           *l,
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
      FAIL (l, QUOTE, _("“%s” does not appear in paragraph “%s”."),
            Q (l, quote), Q (l, plenary_paragraph_get_id (paragraph)));
      plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }

  if (out_offset != NULL)
    *out_offset = found - text;
  return quote;
}

/* Finds @quote in @text, or fails at @key with the JSON path. */
static const char *
find_quote (Loader           *l,
            const char       *key,
            const char       *quote,
            const char       *text,
            PlenaryParagraph *paragraph,
            const char       *what,
            gsize            *out_offset)
{
  const char *found = strstr (text, quote);

  if (found == NULL)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, key);
      FAIL (l, QUOTE, "“%s” does not appear in the %stext of paragraph “%s”.",
            Q (l, quote), what, Q (l, plenary_paragraph_get_id (paragraph)));
      plenary_json_reader_pop (l->reader, mark);
      return NULL;
    }
  *out_offset = found - text;
  return quote;
}

/* An indicator's quote: a string for a paragraph given as a string, or
 * {"zh": …, "en": …} for a paragraph with an English translation, each
 * found word for word in the text of its own language.  A translated
 * paragraph needs the English quote too, so that the figure is linked in
 * the English text as it is in the Chinese. */
static void
read_indicator_quote (Loader                 *l,
                      JsonObject             *object,
                      PlenaryIndicatorFields *f)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, "quote") : NULL;
  const char *text_en;
  const char *zh = NULL, *en = NULL;
  gsize mark;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      f->quote = plenary_loader_get_quote (l, object, f->paragraph, &f->quote_offset);
      if (!FAILED (l) && f->paragraph != NULL && plenary_paragraph_get_text_en (f->paragraph) != NULL)
        {
          mark = plenary_json_reader_push_key (l->reader, "quote");
          FAIL (l, QUOTE, "paragraph “%s” has an English text, so the quote needs one too: "
                "write it as {\"zh\": …, \"en\": …}.",
                Q (l, plenary_paragraph_get_id (f->paragraph)));
          plenary_json_reader_pop (l->reader, mark);
        }
      return;
    }

  if (!plenary_json_reader_get_text (l->reader, object, "quote", TRUE, &zh, &en) ||
      f->paragraph == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "quote");
  text_en = plenary_paragraph_get_text_en (f->paragraph);
  f->quote = find_quote (l, "zh", zh, plenary_paragraph_get_text (f->paragraph),
                         f->paragraph, "", &f->quote_offset);
  if (!FAILED (l) && text_en == NULL)
    {
      gsize en_mark = plenary_json_reader_push_key (l->reader, "en");
      FAIL (l, QUOTE, "paragraph “%s” has no English text to quote from.",
            Q (l, plenary_paragraph_get_id (f->paragraph)));
      plenary_json_reader_pop (l->reader, en_mark);
    }
  if (!FAILED (l))
    f->quote_en = find_quote (l, "en", en, text_en, f->paragraph, "English ",
                              &f->quote_en_offset);
  plenary_json_reader_pop (l->reader, mark);
}

/* A quote of the investment plan: a string, or {"zh": …, "en": …} with
 * each part found in the text of its own language. The English is
 * optional (reports without it still load); %NULL in @out_en without it. */
const char *
plenary_loader_get_bilingual_quote (Loader            *l,
                                    JsonObject        *object,
                                    PlenaryParagraph  *paragraph,
                                    const char       **out_en)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, "quote") : NULL;
  const char *zh = NULL, *en = NULL, *text_en;
  gsize offset, mark;

  *out_en = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return plenary_loader_get_quote (l, object, paragraph, NULL);

  if (!plenary_json_reader_get_text (l->reader, object, "quote", TRUE, &zh, &en) || paragraph == NULL)
    return NULL;

  mark = plenary_json_reader_push_key (l->reader, "quote");
  zh = find_quote (l, "zh", zh, plenary_paragraph_get_text (paragraph), paragraph, "", &offset);
  text_en = plenary_paragraph_get_text_en (paragraph);
  if (!FAILED (l) && en != NULL && *en != '\0')
    {
      if (text_en == NULL)
        {
          gsize en_mark = plenary_json_reader_push_key (l->reader, "en");
          FAIL (l, QUOTE, "paragraph “%s” has no English text to quote from.",
                Q (l, plenary_paragraph_get_id (paragraph)));
          plenary_json_reader_pop (l->reader, en_mark);
        }
      else
        {
          *out_en = find_quote (l, "en", en, text_en, paragraph, "English ", &offset);
        }
    }
  plenary_json_reader_pop (l->reader, mark);

  return zh;
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
  id = plenary_loader_get_id (l, metadata);
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
  plenary_report_set_language (l->report,
                               plenary_json_reader_get_string (l->reader, metadata, "language", TRUE));
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
        FAIL (l, VALUE, _("“%s” is not one of percent, points, money, count, length, area, "
              "concentration, power, time, rank."), Q (l, kind_name));
        plenary_json_reader_pop (l->reader, kind_mark);
      }
    else if (!FAILED (l) && scale <= 0)
      {
        gsize scale_mark = plenary_json_reader_push_key (l->reader, "scale");
        FAIL (l, VALUE, _("a unit’s scale must be greater than zero, not %g."), scale);
        plenary_json_reader_pop (l->reader, scale_mark);
      }

    if (!FAILED (l))
      {
        g_autoptr(PlenaryUnit) unit = plenary_unit_new (id, zh, en, kind, scale, per);
        if (!plenary_report_add_unit (l->report, unit))
          FAIL (l, DUPLICATE, _("the unit “%s” is defined twice."), Q (l, id));
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
    FAIL (l, DUPLICATE, _("the id “%s” is already used by a chapter, section or item."), Q (l, id));
  else
    FAIL (l, DUPLICATE, _("the id “%s” is already used by a paragraph."), Q (l, id));
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
    const char *id = plenary_loader_get_id (l, object);
    JsonNode *text_node = object != NULL ? json_object_get_member (object, "text") : NULL;
    const char *text = NULL, *text_en = NULL;

    /* "text" is the Chinese as a string, or {"zh": …, "en": …} with
     * both required, for a report that carries its translation. */
    if (text_node != NULL && JSON_NODE_HOLDS_OBJECT (text_node))
      plenary_json_reader_get_text (l->reader, object, "text", TRUE, &text, &text_en);
    else
      text = plenary_json_reader_get_string (l->reader, object, "text", TRUE);

    if (!FAILED (l))
      {
        g_autoptr(PlenaryParagraph) paragraph = plenary_paragraph_new_translated (id, text, text_en);

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

  id = plenary_loader_get_id (l, object);
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
    FAIL (l, VALUE, _("a report needs at least one chapter."));
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
    PlenaryParagraph *paragraph = plenary_loader_resolve_paragraph (l, object, "paragraph");
    const char *original = plenary_json_reader_get_string (l->reader, object, "original", TRUE);
    const char *corrected = plenary_json_reader_get_string (l->reader, object, "corrected", TRUE);
    const char *reason = plenary_json_reader_get_string (l->reader, object, "reason", FALSE);

    if (!FAILED (l) && strstr (plenary_paragraph_get_text (paragraph), corrected) == NULL)
      {
        gsize corrected_mark = plenary_json_reader_push_key (l->reader, "corrected");
        FAIL (l, QUOTE, _("the corrected text “%s” does not appear in paragraph “%s”."),
              Q (l, corrected), Q (l, plenary_paragraph_get_id (paragraph)));
        plenary_json_reader_pop (l->reader, corrected_mark);
      }
    if (!FAILED (l))
      plenary_report_add_erratum (l->report, paragraph, original, corrected, reason);
  })
  plenary_json_reader_pop (l->reader, mark);
}

gboolean
plenary_loader_parse_enum (Loader      *l,
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
  FAIL (l, VALUE, _("“%s” is not one of %s."), Q (l, text), allowed);
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

  f.id = plenary_loader_get_id (l, object);
  plenary_json_reader_get_text (l->reader, object, "label", TRUE, &f.label_zh, &f.label_en);
  plenary_json_reader_get_number (l->reader, object, "value", &f.value);

  unit_id = plenary_json_reader_get_string (l->reader, object, "unit", TRUE);
  f.unit = plenary_report_find_unit (l->report, unit_id);
  if (!FAILED (l) && f.unit == NULL)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "unit");
      FAIL (l, REFERENCE, _("the unit “%s” is not in the report’s unit table."), Q (l, unit_id));
      plenary_json_reader_pop (l->reader, mark);
    }

  plenary_loader_parse_enum (l, object, "qualifier", FALSE, (gpointer)plenary_qualifier_parse, &f.qualifier,
                             "more-than, at-least, at-most, about, aim");

  f.period = plenary_json_reader_get_string (l->reader, object, "period", TRUE);
  if (!FAILED (l) && !plenary_period_is_valid (f.period))
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "period");
      FAIL (l, VALUE, _("“%s” is not a period: use 2019, 2020-Q1, 2020-04, 2020-01/04, "
            "2017/2019 or cumulative."), Q (l, f.period));
      plenary_json_reader_pop (l->reader, mark);
    }

  plenary_loader_parse_enum (l, object, "kind", TRUE, (gpointer)plenary_indicator_kind_parse, &f.kind,
                             "actual, target, baseline");
  plenary_loader_parse_enum (l, object, "measure", TRUE, (gpointer)plenary_measure_parse, &f.measure,
                             "level, growth, share, change, rank");
  f.category = plenary_json_reader_get_string (l->reader, object, "category", TRUE);
  f.concept = plenary_json_reader_get_string (l->reader, object, "concept", FALSE);
  f.paragraph = plenary_loader_resolve_paragraph (l, object, "paragraph");
  read_indicator_quote (l, object, &f);
  {
    gboolean reviewed = TRUE;

    plenary_json_reader_get_boolean (l->reader, object, "reviewed", &reviewed);
    f.unreviewed = !reviewed;
  }

  if (FAILED (l))
    return;

  indicator = plenary_indicator_new (&f);
  if (!plenary_report_add_indicator (l->report, indicator))
    FAIL (l, DUPLICATE, _("the indicator id “%s” is used twice."), Q (l, f.id));
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
    FAIL (l, VALUE, _("at most 12 headlines fit on the overview; this report has %u."),
          json_array_get_length (headlines));

  FOR_EACH_ELEMENT (l, headlines, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    const char *id = plenary_json_reader_get_string (l->reader, object, "indicator", TRUE);
    const char *change_id = plenary_json_reader_get_string (l->reader, object, "change", FALSE);
    PlenaryIndicator *indicator = NULL, *change = NULL;

    if (!FAILED (l))
      indicator = plenary_loader_resolve_indicator_at (l, "indicator", id);
    if (!FAILED (l) && change_id != NULL)
      change = plenary_loader_resolve_indicator_at (l, "change", change_id);
    if (!FAILED (l))
      plenary_report_add_headline (l->report, indicator, change);
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
      /* Translators: the first %s is what the file names as its format,
       * the second the one Plenary reads, plenary-report. */
      FAIL (l, FORMAT, _("“%s” is not “%s”, so this is not a Plenary report."),
            Q (l, format), FORMAT_NAME);
      plenary_json_reader_pop (l->reader, mark);
      return;
    }

  if (!plenary_json_reader_get_number (l->reader, root, "version", &version))
    return;
  mark = plenary_json_reader_push_key (l->reader, "version");
  if (version > FORMAT_VERSION)
    FAIL (l, FORMAT, _("the report is in format version %g, newer than the version %d this "
          "Plenary reads."), version, FORMAT_VERSION);
  else if (version != FORMAT_VERSION)
    FAIL (l, FORMAT, _("%g is not a format version; this Plenary reads version %d."),
          version, FORMAT_VERSION);
  plenary_json_reader_pop (l->reader, mark);
}

PlenaryReport *
plenary_report_load_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  PlenaryReport *report;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!plenary_json_check_bytes (data, length, PLENARY_REPORT_MAX_BYTES,
                                 PLENARY_REPORT_MAX_DEPTH, &json_errors, error))
    return NULL;

  parser = plenary_json_parser_new ();
  if (!plenary_json_parse (parser, data, length, &json_errors, error))
    return NULL;

  /* plenary_json_check_bytes() lets no empty document through; should
   * json-glib still find no value, the report must not come out empty. */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_SYNTAX, _("The file is empty."));
      return NULL;
    }

  report = plenary_report_load_node (json_parser_get_root (parser), error);
  if (report != NULL)
    plenary_report_set_source_bytes (report, bytes);
  return report;
}

/* Reads a report from a parsed document: the editor runs every change
 * through this, on the document the writer makes of the edited report. */
PlenaryReport *
plenary_report_load_node (JsonNode  *root_node,
                          GError   **error)
{
  g_autoptr(PlenaryJsonReader) reader = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  JsonObject *root;
  Loader l;

  g_return_val_if_fail (root_node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = plenary_report_new ();
  reader = plenary_json_reader_new (&json_errors);
  l.reader = reader;
  l.report = report;

  root = plenary_json_reader_object (reader, root_node);
  if (root != NULL)
    {
      read_format (&l, root);
      if (!FAILED (&l))
        read_metadata (&l, root);
      if (!FAILED (&l))
        plenary_loader_read_provenance (&l, root);
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
        plenary_loader_read_investment (&l, root);
      if (!FAILED (&l))
        plenary_loader_read_charts (&l, root);
      if (!FAILED (&l))
        plenary_chart_spec_assign_scales (plenary_report_get_charts (report));
      if (!FAILED (&l))
        plenary_loader_read_deck (&l, root);
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
                   _("The file is %.1f MiB; reports larger than %u MiB are refused."),
                   g_file_info_get_size (info) / 1048576.0,
                   (guint)(PLENARY_REPORT_MAX_BYTES / 1048576));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return plenary_report_load_bytes (bytes, error);
}

/* The bundled report is in the model's own resource, read from it
 * directly: nothing needs to have registered it. */
GBytes *
plenary_report_dup_default_bytes (void)
{
  return g_resource_lookup_data (plenary_report_data_get_resource (), DEFAULT_REPORT_PATH,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

PlenaryReport *
plenary_report_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (plenary_report_data_get_resource (), DEFAULT_REPORT_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return plenary_report_load_bytes (bytes, error);
}
