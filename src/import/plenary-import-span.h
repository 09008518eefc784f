/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* A chapter that looks back over several years (过去五年, 五年来) or
 * ahead to them (今后五年, 未来五年), as a province's or city's report
 * does once a term: which years its figures belong to. */

gboolean  imp_span_of_node (ImpNode      *node,
                            guint        *out_years,
                            gboolean     *out_ahead);
char     *imp_span_period  (ImpDocument  *doc,
                            ImpNode      *node,
                            const char   *sentence,
                            const char   *number,
                            const char   *subject,
                            gboolean      baseline);
char     *imp_year_of      (const char   *sentence,
                            const char   *number);
gboolean  imp_is_from_year (const char   *text,
                            const char   *number);

G_END_DECLS
