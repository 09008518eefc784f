/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* As plenary_text_decode(), trying @charset first (what a web page
 * declares; NULL to detect). */
char *plenary_text_decode_with_charset (GBytes      *bytes,
                                        const char  *charset,
                                        GError     **error);

G_END_DECLS
