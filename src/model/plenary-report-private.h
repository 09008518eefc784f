/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-report.h"

G_BEGIN_DECLS

/* Only the loader builds reports; views see them read-only. */
PlenaryReport *plenary_report_new             (void);
void           plenary_report_set_id          (PlenaryReport         *self,
                                               const char            *id);
void           plenary_report_set_text        (PlenaryReport         *self,
                                               PlenaryReportField     field,
                                               const char            *zh,
                                               const char            *en);
void           plenary_report_set_dates       (PlenaryReport         *self,
                                               const char            *date,
                                               guint                  review_year,
                                               guint                  plan_year);
gboolean       plenary_report_add_unit        (PlenaryReport         *self,
                                               PlenaryUnit           *unit);
gboolean       plenary_report_register_paragraph (PlenaryReport      *self,
                                               PlenaryParagraph      *paragraph);
gboolean       plenary_report_register_node   (PlenaryReport         *self,
                                               PlenaryOutlineNode    *node);
void           plenary_report_add_preamble    (PlenaryReport         *self,
                                               PlenaryParagraph      *paragraph);
void           plenary_report_add_closing     (PlenaryReport         *self,
                                               PlenaryParagraph      *paragraph);
void           plenary_report_add_chapter     (PlenaryReport         *self,
                                               PlenaryOutlineNode    *chapter);
gboolean       plenary_report_add_indicator   (PlenaryReport         *self,
                                               PlenaryIndicator      *indicator);
gboolean       plenary_report_add_chart       (PlenaryReport         *self,
                                               PlenaryChartSpec      *chart);
void           plenary_report_add_headline    (PlenaryReport         *self,
                                               PlenaryIndicator      *indicator,
                                               PlenaryIndicator      *change);
void           plenary_report_add_erratum     (PlenaryReport         *self,
                                               PlenaryParagraph      *paragraph,
                                               const char            *original,
                                               const char            *corrected,
                                               const char            *reason);
void           plenary_report_set_investment  (PlenaryReport         *self,
                                               PlenaryInvestmentPlan *plan);
void           plenary_report_set_provenance  (PlenaryReport         *self,
                                               const char            *source_file,
                                               const char            *format,
                                               const char            *imported,
                                               gboolean               reviewed);
void           plenary_report_set_source_bytes (PlenaryReport        *self,
                                               GBytes               *source);

G_END_DECLS
