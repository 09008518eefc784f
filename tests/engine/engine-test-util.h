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

G_END_DECLS
