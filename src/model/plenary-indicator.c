/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-indicator"

#include <stdlib.h>
#include <string.h>

#include "plenary-content-strings.h"
#include "plenary-indicator.h"

struct _PlenaryIndicator
{
  GObject               parent_instance;
  char                 *id;
  char                 *label_zh;
  char                 *label_en;
  double                value;
  PlenaryUnit          *unit;
  PlenaryQualifier      qualifier;
  char                 *period;
  PlenaryIndicatorKind  kind;
  PlenaryMeasure        measure;
  char                 *category;
  char                 *concept;
  /* The report owns the paragraph, and the paragraph holds a reference to
   * us; this pointer holds none so that the two do not keep each other. */
  PlenaryParagraph     *paragraph;
  char                 *quote;
  gsize                 quote_offset;
  /* The scale English writes this value in wherever it appears, shared
   * with the values it is charted beside; SOURCE until the loader sets it. */
  PlenaryNumberScale    number_scale;
  /* The quote in the paragraph's English text; NULL when it has none. */
  char                 *quote_en;
  gsize                 quote_en_offset;
  gboolean              reviewed;
};

G_DEFINE_FINAL_TYPE (PlenaryIndicator, plenary_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL_ZH,
  PROP_LABEL_EN,
  PROP_VALUE,
  PROP_PERIOD,
  PROP_CATEGORY,
  PROP_QUOTE,
  PROP_QUOTE_EN,
  PROP_UNIT,
  PROP_QUALIFIER,
  PROP_KIND,
  PROP_MEASURE,
  PROP_REVIEWED,
  PROP_PARAGRAPH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = { "actual", "target", "baseline" };
static const char * const measure_names[] = { "level", "growth", "share", "change", "rank" };

static void
plenary_indicator_finalize (GObject *object)
{
  PlenaryIndicator *self = (PlenaryIndicator *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label_zh, g_free);
  g_clear_pointer (&self->label_en, g_free);
  g_clear_object (&self->unit);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->concept, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->quote_en, g_free);

  G_OBJECT_CLASS (plenary_indicator_parent_class)->finalize (object);
}

static void
plenary_indicator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlenaryIndicator *self = PLENARY_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL_ZH:
      g_value_set_string (value, self->label_zh);
      break;
    case PROP_LABEL_EN:
      g_value_set_string (value, self->label_en);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    case PROP_QUOTE_EN:
      g_value_set_string (value, self->quote_en);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_QUALIFIER:
      g_value_set_int (value, self->qualifier);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_MEASURE:
      g_value_set_int (value, self->measure);
      break;
    case PROP_REVIEWED:
      g_value_set_boolean (value, self->reviewed);
      break;
    case PROP_PARAGRAPH:
      g_value_set_object (value, self->paragraph);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_indicator_class_init (PlenaryIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  /* Read-only for views: only the editor changes an indicator, through
   * plenary_indicator_update(), which notifies what changed. */
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = plenary_indicator_finalize;
  object_class->get_property = plenary_indicator_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_ZH] = g_param_spec_string ("label-zh", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_EN] = g_param_spec_string ("label-en", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL,
                                                -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE_EN] = g_param_spec_string ("quote-en", NULL, NULL, NULL, flags);
  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, PLENARY_TYPE_UNIT, flags);
  /* PlenaryQualifier, PlenaryIndicatorKind and PlenaryMeasure, as ints:
   * the enums are not registered types. */
  properties[PROP_QUALIFIER] = g_param_spec_int ("qualifier", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_MEASURE] = g_param_spec_int ("measure", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_REVIEWED] = g_param_spec_boolean ("reviewed", NULL, NULL, TRUE, flags);
  properties[PROP_PARAGRAPH] = g_param_spec_object ("paragraph", NULL, NULL,
                                                    PLENARY_TYPE_PARAGRAPH, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_indicator_init (PlenaryIndicator *self)
{
  self->reviewed = TRUE;
}

PlenaryIndicator *
plenary_indicator_new (const PlenaryIndicatorFields *fields)
{
  PlenaryIndicator *self;

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (fields->id != NULL, NULL);
  g_return_val_if_fail (PLENARY_IS_UNIT (fields->unit), NULL);
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (fields->paragraph), NULL);

  self = g_object_new (PLENARY_TYPE_INDICATOR, NULL);
  self->id = g_strdup (fields->id);
  self->label_zh = g_strdup (fields->label_zh);
  self->label_en = g_strdup (fields->label_en);
  self->value = fields->value;
  self->unit = g_object_ref (fields->unit);
  self->qualifier = fields->qualifier;
  self->period = g_strdup (fields->period);
  self->kind = fields->kind;
  self->measure = fields->measure;
  self->category = g_strdup (fields->category);
  self->concept = g_strdup (fields->concept);
  self->paragraph = fields->paragraph;
  self->quote = g_strdup (fields->quote);
  self->quote_offset = fields->quote_offset;
  self->quote_en = g_strdup (fields->quote_en);
  self->quote_en_offset = fields->quote_en_offset;
  self->reviewed = !fields->unreviewed;
  return self;
}

static void
update_string (PlenaryIndicator  *self,
               char             **field,
               const char        *text,
               guint              prop)
{
  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

#define UPDATE_SCALAR(self, field, new_value, prop)                       \
  G_STMT_START {                                                          \
    if ((self)->field != (new_value))                                     \
      {                                                                   \
        (self)->field = (new_value);                                      \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);     \
      }                                                                   \
  } G_STMT_END

/* Gives the indicator every field of @fields but its id, and notifies the
 * properties that changed.  Only the editor calls this, after the loader's
 * rules have accepted the new fields; the caller keeps the paragraphs'
 * lists of indicators in step when the paragraph changes. */
void
plenary_indicator_update (PlenaryIndicator             *self,
                          const PlenaryIndicatorFields *fields)
{
  g_return_if_fail (PLENARY_IS_INDICATOR (self));
  g_return_if_fail (fields != NULL);
  g_return_if_fail (PLENARY_IS_UNIT (fields->unit));
  g_return_if_fail (PLENARY_IS_PARAGRAPH (fields->paragraph));

  g_object_freeze_notify (G_OBJECT (self));
  update_string (self, &self->label_zh, fields->label_zh, PROP_LABEL_ZH);
  update_string (self, &self->label_en, fields->label_en, PROP_LABEL_EN);
  UPDATE_SCALAR (self, value, fields->value, PROP_VALUE);
  if (self->unit != fields->unit)
    {
      g_set_object (&self->unit, fields->unit);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
    }
  UPDATE_SCALAR (self, qualifier, fields->qualifier, PROP_QUALIFIER);
  update_string (self, &self->period, fields->period, PROP_PERIOD);
  UPDATE_SCALAR (self, kind, fields->kind, PROP_KIND);
  UPDATE_SCALAR (self, measure, fields->measure, PROP_MEASURE);
  update_string (self, &self->category, fields->category, PROP_CATEGORY);
  /* Not a property: no view shows it; it is kept so that a save keeps it. */
  if (g_strcmp0 (self->concept, fields->concept) != 0)
    {
      g_free (self->concept);
      self->concept = g_strdup (fields->concept);
    }
  UPDATE_SCALAR (self, paragraph, fields->paragraph, PROP_PARAGRAPH);
  if (self->quote_offset != fields->quote_offset)
    {
      self->quote_offset = fields->quote_offset;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
    }
  update_string (self, &self->quote, fields->quote, PROP_QUOTE);
  if (self->quote_en_offset != fields->quote_en_offset)
    {
      self->quote_en_offset = fields->quote_en_offset;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_EN]);
    }
  update_string (self, &self->quote_en, fields->quote_en, PROP_QUOTE_EN);
  UPDATE_SCALAR (self, reviewed, !fields->unreviewed, PROP_REVIEWED);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
plenary_indicator_kind_to_string (PlenaryIndicatorKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

const char *
plenary_measure_to_string (PlenaryMeasure measure)
{
  g_return_val_if_fail (measure < G_N_ELEMENTS (measure_names), NULL);
  return measure_names[measure];
}

gboolean
plenary_indicator_kind_parse (const char           *text,
                              PlenaryIndicatorKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *out_kind = (PlenaryIndicatorKind)i;
        return TRUE;
      }
  return FALSE;
}

gboolean
plenary_measure_parse (const char     *text,
                       PlenaryMeasure *out_measure)
{
  for (guint i = 0; i < G_N_ELEMENTS (measure_names); i++)
    if (g_strcmp0 (text, measure_names[i]) == 0)
      {
        *out_measure = (PlenaryMeasure)i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_digits (const char *text,
           gsize       count)
{
  for (gsize i = 0; i < count; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Periods are "2019", "2020-Q1", "2020-04", "2020-01/04" (January to
 * April), "2017/2019" (three years) or "cumulative". */
gboolean
plenary_period_is_valid (const char *text)
{
  gsize len;

  if (text == NULL)
    return FALSE;
  if (strcmp (text, "cumulative") == 0)
    return TRUE;

  len = strlen (text);
  if (len < 4 || !is_digits (text, 4))
    return FALSE;
  if (len == 4)
    return TRUE;
  if (len == 7 && text[4] == '-' && text[5] == 'Q')
    return text[6] >= '1' && text[6] <= '4';
  if (len == 7 && text[4] == '-')
    return is_digits (text + 5, 2);
  if (len == 10 && text[4] == '-' && text[7] == '/')
    return is_digits (text + 5, 2) && is_digits (text + 8, 2);
  if (len == 9 && text[4] == '/')
    return is_digits (text + 5, 4);
  return FALSE;
}

const char *
plenary_indicator_get_id (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->id;
}

const char *
plenary_indicator_get_label (PlenaryIndicator *self,
                             PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return plenary_language_pick (language, self->label_zh, self->label_en);
}

double
plenary_indicator_get_value (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), 0);
  return self->value;
}

PlenaryUnit *
plenary_indicator_get_unit (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->unit;
}

PlenaryQualifier
plenary_indicator_get_qualifier (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), PLENARY_QUALIFIER_NONE);
  return self->qualifier;
}

const char *
plenary_indicator_get_period (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->period;
}

PlenaryIndicatorKind
plenary_indicator_get_kind (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), PLENARY_INDICATOR_ACTUAL);
  return self->kind;
}

PlenaryMeasure
plenary_indicator_get_measure (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), PLENARY_MEASURE_LEVEL);
  return self->measure;
}

const char *
plenary_indicator_get_category (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->category;
}

/* Returns: (nullable): the glossary id of the standard indicator this
 * figure is an instance of */
const char *
plenary_indicator_get_concept (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->concept;
}

PlenaryParagraph *
plenary_indicator_get_paragraph (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->paragraph;
}

const char *
plenary_indicator_get_quote (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->quote;
}

/* The quote's byte offset in its paragraph's text. */
gsize
plenary_indicator_get_quote_offset (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), 0);
  return self->quote_offset;
}

/* FALSE for a figure an importer found that no person has checked yet. */
gboolean
plenary_indicator_get_reviewed (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), TRUE);
  return self->reviewed;
}

/* The value with its qualifier and unit, in parts, in @scale (see
 * plenary_number_scale_choose()).
 *
 * Returns: (transfer full): the parts. */
PlenaryFormattedNumber *
plenary_indicator_format (PlenaryIndicator   *self,
                          PlenaryNumberScale  scale,
                          PlenaryLanguage     language)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);

  if (scale == PLENARY_NUMBER_SCALE_SOURCE)
    scale = self->number_scale;
  return plenary_formatted_number_new (self->value, self->unit, self->qualifier, scale, language);
}

/* The scale this value is written in everywhere, in English (see
 * plenary_chart_spec_assign_scales()); %PLENARY_NUMBER_SCALE_SOURCE for
 * "its own". */
PlenaryNumberScale
plenary_indicator_get_number_scale (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), PLENARY_NUMBER_SCALE_SOURCE);
  return self->number_scale;
}

void
plenary_indicator_set_number_scale (PlenaryIndicator   *self,
                                    PlenaryNumberScale  scale)
{
  g_return_if_fail (PLENARY_IS_INDICATOR (self));
  self->number_scale = scale;
}

/* The value with its qualifier and unit, in @language, for the screen
 * (no line breaks inside it). */
char *
plenary_indicator_dup_display (PlenaryIndicator *self,
                               PlenaryLanguage   language)
{
  g_autoptr(PlenaryFormattedNumber) number = NULL;

  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);

  number = plenary_indicator_format (self, PLENARY_NUMBER_SCALE_SOURCE, language);
  return plenary_formatted_number_join (number, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, NULL, NULL);
}

/* "2020 target", "2020 年 1–4 月", "Apr 2020", "cumulative"… */
char *
plenary_indicator_dup_period_label (PlenaryIndicator *self,
                                    PlenaryLanguage   language)
{
  const char *p;
  g_autofree char *year = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);

  p = self->period;
  year = g_strndup (p, 4);
  if (g_strcmp0 (p, "cumulative") == 0)
    base = g_strdup (plenary_content_get (language, PLENARY_CONTENT_PERIOD_CUMULATIVE));
  else if (strlen (p) == 4)
    base = plenary_content_format (language, PLENARY_CONTENT_PERIOD_YEAR, p, NULL);
  else if (p[4] == '-' && p[5] == 'Q')
    {
      char quarter[2] = { p[6], '\0' };
      base = plenary_content_format (language, PLENARY_CONTENT_PERIOD_QUARTER, year, quarter, NULL);
    }
  else if (p[4] == '-' && strlen (p) == 7)
    {
      int month = CLAMP (atoi (p + 5), 1, 12);
      base = plenary_content_format (language, PLENARY_CONTENT_PERIOD_MONTH, year,
                                     plenary_content_month (language, month, TRUE), NULL);
    }
  else if (p[4] == '-')
    {
      int from = CLAMP (atoi (p + 5), 1, 12);
      int to = CLAMP (atoi (p + 8), 1, 12);
      base = plenary_content_format (language, PLENARY_CONTENT_PERIOD_MONTHS, year,
                                     plenary_content_month (language, from, TRUE),
                                     plenary_content_month (language, to, TRUE), NULL);
    }
  else
    base = plenary_content_format (language, PLENARY_CONTENT_PERIOD_YEARS, year, p + 5, NULL);

  switch (self->kind)
    {
    case PLENARY_INDICATOR_TARGET:
      return plenary_content_format (language, PLENARY_CONTENT_PERIOD_TARGET, base, NULL);
    case PLENARY_INDICATOR_BASELINE:
      return plenary_content_format (language, PLENARY_CONTENT_PERIOD_STARTING_POINT, base, NULL);
    case PLENARY_INDICATOR_ACTUAL:
    default:
      return g_steal_pointer (&base);
    }
}

/* Returns: (nullable): the quote in the paragraph's English text, or %NULL
 * when the paragraph has none. */
const char *
plenary_indicator_get_quote_en (PlenaryIndicator *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);
  return self->quote_en;
}

/* The quote as it stands in plenary_paragraph_get_text_for() of the same
 * @language: English when the report translates the paragraph, otherwise
 * the Chinese. */
const char *
plenary_indicator_get_quote_for (PlenaryIndicator *self,
                                 PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), NULL);

  if (language == PLENARY_LANGUAGE_EN && self->quote_en != NULL)
    return self->quote_en;
  return self->quote;
}

/* The byte offset of plenary_indicator_get_quote_for() in
 * plenary_paragraph_get_text_for() of the same @language. */
gsize
plenary_indicator_get_quote_offset_for (PlenaryIndicator *self,
                                        PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR (self), 0);

  if (language == PLENARY_LANGUAGE_EN && self->quote_en != NULL)
    return self->quote_en_offset;
  return self->quote_offset;
}
