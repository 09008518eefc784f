/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-language.h"
#include "plenary-number-format.h"
#include "plenary-paragraph.h"
#include "plenary-unit.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_INDICATOR_ACTUAL,
  PLENARY_INDICATOR_TARGET,
  PLENARY_INDICATOR_BASELINE,
} PlenaryIndicatorKind;

typedef enum {
  PLENARY_MEASURE_LEVEL,
  PLENARY_MEASURE_GROWTH,
  PLENARY_MEASURE_SHARE,
  PLENARY_MEASURE_CHANGE,
  PLENARY_MEASURE_RANK,
} PlenaryMeasure;

#define PLENARY_TYPE_INDICATOR (plenary_indicator_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryIndicator, plenary_indicator, PLENARY, INDICATOR, GObject)

typedef struct
{
  const char           *id;
  const char           *label_zh;
  const char           *label_en;
  double                value;
  PlenaryUnit          *unit;
  PlenaryQualifier      qualifier;
  const char           *period;
  PlenaryIndicatorKind  kind;
  PlenaryMeasure        measure;
  const char           *category;
  /* The standard indicator this figure is an instance of (the importer's
   * glossary id, e.g. "gdp"): it links one indicator across reports and
   * years. NULL when unknown. */
  const char           *concept;
  PlenaryParagraph     *paragraph;
  const char           *quote;
  gsize                 quote_offset;
  /* NULL when the paragraph has no English text. */
  const char           *quote_en;
  gsize                 quote_en_offset;
  /* Zero for a curated figure, so that a zeroed struct means reviewed;
   * an imported report marks its figures unreviewed. */
  gboolean              unreviewed;
} PlenaryIndicatorFields;

PlenaryIndicator     *plenary_indicator_new              (const PlenaryIndicatorFields *fields);
void                  plenary_indicator_update           (PlenaryIndicator             *self,
                                                          const PlenaryIndicatorFields *fields);
const char           *plenary_indicator_kind_to_string   (PlenaryIndicatorKind   kind);
const char           *plenary_measure_to_string          (PlenaryMeasure         measure);
gboolean              plenary_indicator_kind_parse       (const char            *text,
                                                          PlenaryIndicatorKind  *out_kind);
gboolean              plenary_measure_parse              (const char            *text,
                                                          PlenaryMeasure        *out_measure);
gboolean              plenary_period_is_valid            (const char            *text);

const char           *plenary_indicator_get_id           (PlenaryIndicator      *self);
const char           *plenary_indicator_get_label        (PlenaryIndicator      *self,
                                                          PlenaryLanguage        language);
double                plenary_indicator_get_value        (PlenaryIndicator      *self);
PlenaryUnit          *plenary_indicator_get_unit         (PlenaryIndicator      *self);
PlenaryQualifier      plenary_indicator_get_qualifier    (PlenaryIndicator      *self);
const char           *plenary_indicator_get_period       (PlenaryIndicator      *self);
PlenaryIndicatorKind  plenary_indicator_get_kind         (PlenaryIndicator      *self);
PlenaryMeasure        plenary_indicator_get_measure      (PlenaryIndicator      *self);
const char           *plenary_indicator_get_category     (PlenaryIndicator      *self);
const char           *plenary_indicator_get_concept      (PlenaryIndicator      *self);
PlenaryParagraph     *plenary_indicator_get_paragraph    (PlenaryIndicator      *self);
const char           *plenary_indicator_get_quote        (PlenaryIndicator      *self);
gsize                 plenary_indicator_get_quote_offset (PlenaryIndicator      *self);
const char           *plenary_indicator_get_quote_en     (PlenaryIndicator      *self);
const char           *plenary_indicator_get_quote_for    (PlenaryIndicator      *self,
                                                          PlenaryLanguage        language);
gsize                 plenary_indicator_get_quote_offset_for (PlenaryIndicator  *self,
                                                          PlenaryLanguage        language);
gboolean              plenary_indicator_get_reviewed     (PlenaryIndicator      *self);
char                 *plenary_indicator_dup_display      (PlenaryIndicator      *self,
                                                          PlenaryLanguage        language);
PlenaryFormattedNumber *plenary_indicator_format          (PlenaryIndicator      *self,
                                                           PlenaryNumberScale     scale,
                                                           PlenaryLanguage        language);
PlenaryNumberScale    plenary_indicator_get_number_scale (PlenaryIndicator      *self);
void                  plenary_indicator_set_number_scale (PlenaryIndicator      *self,
                                                           PlenaryNumberScale     scale);
char                 *plenary_indicator_dup_period_label (PlenaryIndicator      *self,
                                                          PlenaryLanguage        language);

G_END_DECLS
