/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text reader on text already decoded (a web page's <pre> uses it). */
GPtrArray *plenary_text_reader_read_text (const char  *text,
                                          GError     **error);

G_END_DECLS
