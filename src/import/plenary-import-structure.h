/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* Finds the title, occasion, presenter, years, preamble, outline and
 * closing in the text's paragraphs (see plenary-import-source.h). */
gboolean imp_structure_build (ImpDocument  *doc,
                              GPtrArray    *lines,
                              GError      **error);

/* Heading recognisers, shared with the tests. */
gboolean imp_parse_chinese_numeral (const char *text,
                                    gsize       length,
                                    guint      *out_value);

G_END_DECLS
