/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-language.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_UNIT_KIND_PERCENT,
  PLENARY_UNIT_KIND_POINTS,
  PLENARY_UNIT_KIND_MONEY,
  PLENARY_UNIT_KIND_COUNT,
  PLENARY_UNIT_KIND_LENGTH,
  PLENARY_UNIT_KIND_AREA,
  PLENARY_UNIT_KIND_CONCENTRATION,
  PLENARY_UNIT_KIND_POWER,
  PLENARY_UNIT_KIND_TIME,
  PLENARY_UNIT_KIND_RANK,
} PlenaryUnitKind;

/* The magnitude a number is written in.  Chinese always keeps the
 * report's own (3311亿元); English picks one of the others, once for
 * every value of one quantity on a page (plenary_number_scale_choose()). */
typedef enum {
  PLENARY_NUMBER_SCALE_SOURCE,
  PLENARY_NUMBER_SCALE_ONE,
  PLENARY_NUMBER_SCALE_THOUSAND,
  PLENARY_NUMBER_SCALE_MILLION,
  PLENARY_NUMBER_SCALE_BILLION,
  PLENARY_NUMBER_SCALE_TRILLION,
} PlenaryNumberScale;

#define PLENARY_TYPE_UNIT (plenary_unit_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryUnit, plenary_unit, PLENARY, UNIT, GObject)

PlenaryUnit     *plenary_unit_new            (const char      *id,
                                              const char      *zh,
                                              const char      *en,
                                              PlenaryUnitKind  kind,
                                              double           scale,
                                              const char      *per);
gboolean         plenary_unit_kind_parse     (const char      *text,
                                              PlenaryUnitKind *out_kind);
const char      *plenary_unit_get_id         (PlenaryUnit     *self);
const char      *plenary_unit_get_zh         (PlenaryUnit     *self);
const char      *plenary_unit_get_en         (PlenaryUnit     *self);
PlenaryUnitKind  plenary_unit_get_kind       (PlenaryUnit     *self);
double           plenary_unit_get_scale      (PlenaryUnit     *self);
const char      *plenary_unit_get_per        (PlenaryUnit     *self);
char            *plenary_unit_dup_axis_label (PlenaryUnit        *self,
                                              PlenaryNumberScale  scale,
                                              PlenaryLanguage     language);
char            *plenary_unit_dup_short_name (PlenaryUnit        *self,
                                              PlenaryNumberScale  scale,
                                              PlenaryLanguage     language);
gboolean         plenary_unit_is_scalable    (PlenaryUnit        *self);

G_END_DECLS
