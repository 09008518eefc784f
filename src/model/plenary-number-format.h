/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-language.h"
#include "plenary-unit.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_QUALIFIER_NONE,
  PLENARY_QUALIFIER_MORE_THAN,
  PLENARY_QUALIFIER_AT_LEAST,
  PLENARY_QUALIFIER_AT_MOST,
  PLENARY_QUALIFIER_ABOUT,
  PLENARY_QUALIFIER_AIM,
} PlenaryQualifier;

/* The pieces of a written value, in the order a language puts them. */
typedef enum {
  PLENARY_NUMBER_PART_QUALIFIER,
  PLENARY_NUMBER_PART_SIGN,
  PLENARY_NUMBER_PART_DIGITS,
  PLENARY_NUMBER_PART_SCALE,
  PLENARY_NUMBER_PART_UNIT,
  PLENARY_NUMBER_PART_PER,
  PLENARY_NUMBER_N_PARTS,
} PlenaryNumberPart;

typedef enum {
  PLENARY_NUMBER_JOIN_NO_BREAK, /* for the screen: U+00A0 and U+2060 where a line could break */
  PLENARY_NUMBER_JOIN_PLAIN,    /* for files and the terminal: ordinary spaces only */
} PlenaryNumberJoin;

/* A value written out, in parts: nobody parses a formatted string to
 * find its number again.  Boxed and reference-counted. */
typedef struct _PlenaryFormattedNumber PlenaryFormattedNumber;

#define PLENARY_TYPE_FORMATTED_NUMBER (plenary_formatted_number_get_type ())
GType                   plenary_formatted_number_get_type     (void) G_GNUC_CONST;

PlenaryFormattedNumber *plenary_formatted_number_new          (double                  value,
                                                               PlenaryUnit            *unit,
                                                               PlenaryQualifier        qualifier,
                                                               PlenaryNumberScale      scale,
                                                               PlenaryLanguage         language);
PlenaryFormattedNumber *plenary_formatted_number_ref          (PlenaryFormattedNumber *self);
void                    plenary_formatted_number_unref        (PlenaryFormattedNumber *self);
const char             *plenary_formatted_number_get_part     (PlenaryFormattedNumber *self,
                                                               PlenaryNumberPart       part);
guint                   plenary_formatted_number_get_n_parts  (PlenaryFormattedNumber *self);
gboolean                plenary_formatted_number_has_leading_qualifier (PlenaryFormattedNumber *self);
PlenaryNumberPart       plenary_formatted_number_get_nth_part (PlenaryFormattedNumber *self,
                                                               guint                   position);
char                   *plenary_formatted_number_join         (PlenaryFormattedNumber *self,
                                                               PlenaryNumberJoin       join,
                                                               gboolean                with_qualifier,
                                                               guint                  *number_start,
                                                               guint                  *number_end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryFormattedNumber, plenary_formatted_number_unref)

gboolean           plenary_qualifier_parse      (const char         *text,
                                                 PlenaryQualifier   *out_qualifier);
const char        *plenary_qualifier_symbol     (PlenaryQualifier    qualifier);

PlenaryNumberScale plenary_number_scale_choose  (const double       *values,
                                                 gsize               n_values,
                                                 PlenaryUnit        *unit,
                                                 PlenaryLanguage     language);
double             plenary_number_scale_factor  (PlenaryNumberScale  scale,
                                                 PlenaryUnit        *unit);
const char        *plenary_number_scale_word    (PlenaryNumberScale  scale);

char              *plenary_format_number        (double              value,
                                                 int                 max_decimals,
                                                 gboolean            grouping);
char              *plenary_format_on_axis       (double              value,
                                                 int                 max_decimals,
                                                 PlenaryUnit        *unit,
                                                 PlenaryNumberScale  scale,
                                                 PlenaryLanguage     language);
char              *plenary_format_value         (double              value,
                                                 PlenaryUnit        *unit,
                                                 PlenaryLanguage     language);
char              *plenary_format_qualified     (double              value,
                                                 PlenaryUnit        *unit,
                                                 PlenaryQualifier    qualifier,
                                                 PlenaryLanguage     language);

G_END_DECLS
