/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

gboolean    plenary_qualifier_parse     (const char       *text,
                                         PlenaryQualifier *out_qualifier);
const char *plenary_qualifier_symbol    (PlenaryQualifier  qualifier);

char       *plenary_format_number       (double            value,
                                         int               max_decimals,
                                         gboolean          grouping);
char       *plenary_format_on_axis      (double            value,
                                         PlenaryUnit      *unit,
                                         PlenaryLanguage   language);
char       *plenary_format_value        (double            value,
                                         PlenaryUnit      *unit,
                                         PlenaryLanguage   language);
char       *plenary_format_qualified    (double            value,
                                         PlenaryUnit      *unit,
                                         PlenaryQualifier  qualifier,
                                         PlenaryLanguage   language);

G_END_DECLS
