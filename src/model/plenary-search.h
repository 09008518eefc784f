/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* Results come grouped in this order: indicators, investment categories,
 * charts, then the text. */
typedef enum {
  PLENARY_SEARCH_MATCH_TEXT,
  PLENARY_SEARCH_MATCH_INDICATOR,
  PLENARY_SEARCH_MATCH_CHART,
  PLENARY_SEARCH_MATCH_INVESTMENT,
} PlenarySearchMatchKind;

#define PLENARY_TYPE_SEARCH_RESULT (plenary_search_result_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySearchResult, plenary_search_result, PLENARY, SEARCH_RESULT, GObject)

PlenarySearchMatchKind  plenary_search_result_get_kind           (PlenarySearchResult *self);
PlenaryParagraph       *plenary_search_result_get_paragraph      (PlenarySearchResult *self);
PlenaryIndicator       *plenary_search_result_get_indicator      (PlenarySearchResult *self);
PlenaryChartSpec       *plenary_search_result_get_chart          (PlenarySearchResult *self);
PlenaryInvestmentCategory *plenary_search_result_get_category    (PlenarySearchResult *self);
PlenaryLanguage         plenary_search_result_get_language       (PlenarySearchResult *self);
const char             *plenary_search_result_get_text           (PlenarySearchResult *self);
gsize                   plenary_search_result_get_match_start    (PlenarySearchResult *self);
gsize                   plenary_search_result_get_match_end      (PlenarySearchResult *self);
char                   *plenary_search_result_dup_context        (PlenarySearchResult *self,
                                                                  guint                context_chars,
                                                                  gsize               *out_start,
                                                                  gsize               *out_end);
char                   *plenary_search_result_dup_context_markup (PlenarySearchResult *self,
                                                                  guint                context_chars);

gboolean                plenary_search_text                      (const char          *text,
                                                                  const char          *query,
                                                                  gsize                from,
                                                                  gsize               *out_start,
                                                                  gsize               *out_end);
GListModel             *plenary_search_report                    (PlenaryReport       *report,
                                                                  const char          *query,
                                                                  PlenaryLanguage      preferred,
                                                                  guint                max_results);

G_END_DECLS
