/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "plenary-language.h"

G_BEGIN_DECLS

/* The words Plenary adds to a report's content: table headings, chart
 * captions, period labels, slide titles. They are content, not interface:
 * they follow the content language, not gettext. Unit words are the
 * units' own (plenary-unit.c). Entries with {0}, {1}, {2} take strings,
 * in the same order in every language. */
typedef enum {
  PLENARY_CONTENT_TOTAL,
  PLENARY_CONTENT_SOURCE,                 /* {0}: where from */
  PLENARY_CONTENT_SOURCE_REPORT,          /* {0}: a place in the report */
  PLENARY_CONTENT_LOG_SCALE,
  PLENARY_CONTENT_WITH_NOTE,              /* {0} and a note {1} on it */
  PLENARY_CONTENT_LABEL_VALUE,            /* {0}: a label, {1}: its value */
  PLENARY_CONTENT_LABEL_SEPARATOR,
  PLENARY_CONTENT_LIST_SEPARATOR,
  PLENARY_CONTENT_SENTENCE_END,
  PLENARY_CONTENT_PERIOD_CUMULATIVE,
  PLENARY_CONTENT_PERIOD_YEAR,            /* {0}: year */
  PLENARY_CONTENT_PERIOD_QUARTER,         /* {0}: year, {1}: quarter, 1–4 */
  PLENARY_CONTENT_PERIOD_MONTH,           /* {0}: year, {1}: short month name */
  PLENARY_CONTENT_PERIOD_MONTHS,          /* {0}: year, {1}, {2}: short month names */
  PLENARY_CONTENT_PERIOD_YEARS,           /* {0}, {1}: first and last year */
  PLENARY_CONTENT_PERIOD_TARGET,          /* {0}: a period */
  PLENARY_CONTENT_PERIOD_STARTING_POINT,  /* {0}: a period */
  PLENARY_CONTENT_DATE_MONTH,             /* {0}: year, {1}: month name */
  PLENARY_CONTENT_THANK_YOU,
  PLENARY_CONTENT_HEADLINE_FIGURES,
  PLENARY_CONTENT_CHANGE_DOWN,            /* {0}: how much */
  PLENARY_CONTENT_CHANGE_UP,              /* {0}: how much */
  PLENARY_CONTENT_RATIO,                  /* {0}: a ratio */
  PLENARY_CONTENT_RATIO_MORE,             /* {0}: a ratio */
  PLENARY_CONTENT_QUALIFIER_MORE_THAN,
  PLENARY_CONTENT_QUALIFIER_AT_LEAST,
  PLENARY_CONTENT_QUALIFIER_AT_MOST,
  PLENARY_CONTENT_QUALIFIER_ABOUT,
  PLENARY_CONTENT_QUALIFIER_AIM,
  PLENARY_CONTENT_TABLE_CATEGORY,
  PLENARY_CONTENT_TABLE_PROJECTS,
  PLENARY_CONTENT_TABLE_AMOUNT,           /* {0}: unit */
  PLENARY_CONTENT_TABLE_AMOUNT_SHARE,
  PLENARY_CONTENT_TABLE_PROJECT_SHARE,
  PLENARY_CONTENT_TABLE_AVERAGE,          /* {0}: unit */
  PLENARY_CONTENT_MEASURE_GROWTH,
  PLENARY_CONTENT_MEASURE_CHANGE,
  PLENARY_CONTENT_MEASURE_RANK,
  PLENARY_CONTENT_MEASURE_COUNT,          /* {0}: what is counted */
  PLENARY_CONTENT_MEASURE_IN_UNIT,        /* {0}: a measure, {1}: its unit */
  PLENARY_CONTENT_MEASURE_UNIT,           /* {0}: a unit */
  PLENARY_CONTENT_SUBTITLE_SEPARATOR,
  PLENARY_CONTENT_PERIODS_SEPARATOR,
  PLENARY_CONTENT_PERIODS_LAST,           /* {0}: the periods so far, {1}: the last */
  PLENARY_CONTENT_TARGETS_FOR,            /* {0}: the plan year */
  PLENARY_CONTENT_TARGET_NOT_SET,
  PLENARY_CONTENT_RESULT_IN,              /* {0}: the review year, {1}: the result */
  PLENARY_CONTENT_N_STRINGS
} PlenaryContentString;

/* The scripts Chinese content is written in. */
typedef enum {
  PLENARY_SCRIPT_SIMPLIFIED,
  PLENARY_SCRIPT_TRADITIONAL,
} PlenaryScript;

PlenaryScript  plenary_content_script_from_locale (void);
const char    *plenary_content_get                (PlenaryLanguage       language,
                                                   PlenaryContentString  id);
const char    *plenary_content_get_in             (PlenaryLanguage       language,
                                                   PlenaryScript         script,
                                                   PlenaryContentString  id);
char          *plenary_content_format             (PlenaryLanguage       language,
                                                   PlenaryContentString  id,
                                                   ...) G_GNUC_NULL_TERMINATED;
const char    *plenary_content_month              (PlenaryLanguage       language,
                                                   guint                 month,
                                                   gboolean              abbreviated);

G_END_DECLS
