/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-chart-spec.h"
#include "plenary-deck.h"
#include "plenary-indicator.h"
#include "plenary-investment-plan.h"
#include "plenary-language.h"
#include "plenary-outline-node.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_REPORT_FIELD_TITLE,
  PLENARY_REPORT_FIELD_SHORT_TITLE,
  PLENARY_REPORT_FIELD_OCCASION,
  PLENARY_REPORT_FIELD_PRESENTER,
  PLENARY_REPORT_FIELD_REGION,
  PLENARY_REPORT_FIELD_SOURCE,
  PLENARY_REPORT_N_FIELDS,
} PlenaryReportField;

typedef struct
{
  PlenaryIndicator *indicator;
  PlenaryIndicator *change;   /* nullable */
} PlenaryHeadline;

typedef struct
{
  PlenaryParagraph *paragraph;
  char             *original;
  char             *corrected;
  char             *reason;
} PlenaryErratum;

#define PLENARY_TYPE_REPORT (plenary_report_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryReport, plenary_report, PLENARY, REPORT, GObject)

const char            *plenary_report_get_id               (PlenaryReport      *self);
const char            *plenary_report_get_text             (PlenaryReport      *self,
                                                            PlenaryReportField  field,
                                                            PlenaryLanguage     language);
const char            *plenary_report_get_date             (PlenaryReport      *self);
const char            *plenary_report_get_language         (PlenaryReport      *self);
guint                  plenary_report_get_review_year      (PlenaryReport      *self);
guint                  plenary_report_get_plan_year        (PlenaryReport      *self);
GListModel            *plenary_report_get_preamble         (PlenaryReport      *self);
GListModel            *plenary_report_get_chapters         (PlenaryReport      *self);
GListModel            *plenary_report_get_closing          (PlenaryReport      *self);
GListModel            *plenary_report_get_indicators       (PlenaryReport      *self);
GListModel            *plenary_report_get_charts           (PlenaryReport      *self);
PlenaryDeck           *plenary_report_get_deck             (PlenaryReport      *self);
GPtrArray             *plenary_report_get_headlines        (PlenaryReport      *self);
GPtrArray             *plenary_report_get_errata           (PlenaryReport      *self);
PlenaryInvestmentPlan *plenary_report_get_investment       (PlenaryReport      *self);
GBytes                *plenary_report_get_source_bytes     (PlenaryReport      *self);
GPtrArray             *plenary_report_get_all_paragraphs   (PlenaryReport      *self);
/* An imported report says where it came from; NULL for a hand-made one. */
const char            *plenary_report_get_source_file      (PlenaryReport      *self);
const char            *plenary_report_get_source_format    (PlenaryReport      *self);
const char            *plenary_report_get_imported         (PlenaryReport      *self);
gboolean               plenary_report_is_reviewed          (PlenaryReport      *self);
guint                  plenary_report_count_reviewed       (PlenaryReport      *report,
                                                            guint              *n_indicators);

GPtrArray             *plenary_report_get_units            (PlenaryReport      *self);
PlenaryUnit           *plenary_report_find_unit            (PlenaryReport      *self,
                                                            const char         *id);
PlenaryParagraph      *plenary_report_find_paragraph       (PlenaryReport      *self,
                                                            const char         *id);
PlenaryOutlineNode    *plenary_report_find_node            (PlenaryReport      *self,
                                                            const char         *id);
PlenaryOutlineNode    *plenary_report_get_reading_node     (PlenaryReport      *self,
                                                            PlenaryParagraph   *paragraph);
PlenaryIndicator      *plenary_report_find_indicator       (PlenaryReport      *self,
                                                            const char         *id);
PlenaryChartSpec      *plenary_report_find_chart           (PlenaryReport      *self,
                                                            const char         *id);
GPtrArray             *plenary_report_dup_charts_for_indicator (PlenaryReport    *self,
                                                            PlenaryIndicator   *indicator);
GPtrArray             *plenary_report_dup_charts_for_node  (PlenaryReport      *self,
                                                            PlenaryOutlineNode *node);

G_END_DECLS
