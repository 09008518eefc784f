/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* The importer's reading of Chinese report text: spaces, numbers, clauses
 * and sentences, the words around a figure that are not its name, the
 * period a sentence names, and the policy area a label belongs to.  All
 * offsets are byte pointers into UTF-8 text. */

gboolean    imp_is_space_at        (const char  *p);
const char *imp_skip_spaces        (const char  *p);
const char *imp_back_spaces        (const char  *start,
                                    const char  *p);
gboolean    imp_ends_with          (const char  *start,
                                    const char  *p,
                                    const char  *word);
gboolean    imp_is_digit_at        (const char  *p);
const char *imp_read_number        (const char  *p,
                                    double      *value);
gboolean    imp_is_stop_before     (const char  *start,
                                    const char  *p,
                                    gboolean     with_enumeration,
                                    gsize       *length);
const char *imp_clause_start       (const char  *start,
                                    const char  *floor,
                                    const char  *p,
                                    gboolean     with_enumeration);
const char *imp_sentence_start     (const char  *start,
                                    const char  *p);
gboolean    imp_inside_quotes      (const char  *start,
                                    const char  *p);
char       *imp_strip_words        (const char  *text,
                                    const char * const *heads,
                                    const char * const *tails);
char       *imp_strip_time         (const char  *text);
const char *imp_period_in_sentence (ImpDocument *doc,
                                    const char  *sentence,
                                    const char  *number,
                                    guint        year,
                                    char       **out_period);
gboolean    imp_sentence_has       (const char  *sentence,
                                    const char  *end,
                                    const char * const *words);
const char *imp_guess_category     (const char  *label,
                                    ImpNode     *node);
GPtrArray  *imp_split_subjects     (const char  *subject,
                                    guint        n);

G_END_DECLS
