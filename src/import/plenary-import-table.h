/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* The 主要指标 table a report sets after its goals (indicator | unit |
 * 2019年完成 | 2020年目标), as the readers give it: a paragraph per row,
 * its cells apart by a tab or by white space. */

typedef struct _ImpTable ImpTable;

/* The cells of @text when it reads as a row of a table: three cells or
 * more, short, without a sentence's punctuation.  NULL otherwise. */
GStrv     imp_table_row_cells   (const char   *text);
/* 表1 柘源县主要经济指标, 附表: a table's caption. */
gboolean  imp_table_is_caption  (const char   *text);

ImpTable *imp_table_new         (void);
void      imp_table_free        (ImpTable     *table);
/* Reads @paragraph as part of the table being read: a header row starts
 * one, a row under a header gives an indicator for each of its values
 * (appended to @out).  Returns whether the paragraph was the table's;
 * any other paragraph ends the table. */
gboolean  imp_table_scan        (ImpTable     *table,
                                 ImpDocument  *doc,
                                 ImpParagraph *paragraph,
                                 GPtrArray    *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImpTable, imp_table_free)

G_END_DECLS
