/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "plenary-unit.h"

G_BEGIN_DECLS

/* What a selection of a report's sentence says: "增长 6.8%" is 6.8 with
 * unit "%", "下降6.1%" is -6.1, "3311 亿元" is 3311 亿元. */
typedef struct
{
  double  value;
  char   *unit_text;   /* the words after the number, up to punctuation; "" when none */
  char   *measure;     /* "growth" after 增长/下降…, "share" after 占…, else NULL */
} PlenarySelectionValue;

gboolean     plenary_selection_parse       (const char            *text,
                                            PlenarySelectionValue *out);
void         plenary_selection_value_clear (PlenarySelectionValue *value);
PlenaryUnit *plenary_selection_match_unit  (GPtrArray             *units,
                                            const char            *unit_text);

G_END_DECLS
