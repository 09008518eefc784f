/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* Finds every quantity in the report's chapters and makes it an indicator
 * (value, unit, qualifier, period, kind, measure, label, quote). */
void        imp_numbers_extract   (ImpDocument *doc);

/* Finds the quantities of one paragraph; appended to @out. */
void        imp_numbers_scan      (ImpDocument  *doc,
                                   ImpParagraph *paragraph,
                                   GPtrArray    *out);

/* Names @indicator (label, concept, English label, category) after
 * @subject, and gives it an id unique in @doc. */
void        imp_indicator_set_label (ImpIndicator *indicator,
                                     const char   *subject,
                                     ImpNode      *node);
char       *imp_indicator_make_id   (ImpDocument  *doc,
                                     ImpIndicator *indicator);

const char *imp_qualifier_name    (ImpQualifier qualifier);
const char *imp_measure_name      (ImpMeasure   measure);
const char *imp_kind_name         (ImpKind      kind);

G_END_DECLS
