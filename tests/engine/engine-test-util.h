/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"
#include "plenary-report.h"

G_BEGIN_DECLS

/* Imports @path (a text file) through the text reader and the engine;
 * the document and the loaded report come back. */
PlenaryReport *engine_test_import_text (const char   *path,
                                        ImpDocument **out_doc,
                                        GBytes      **out_json);

/* Whether two Chinese labels name the same thing: equal but for spaces
 * (a page's layout puts some in, a reviewer leaves them out). */
gboolean       engine_test_same_label  (const char   *mine,
                                        const char   *expected);

G_END_DECLS
