/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers that the text and PDF readers share to put lines broken by a
 * page, a column or a hard wrap back into paragraphs. */

gboolean  plenary_line_is_space          (gunichar     c);
char     *plenary_line_strip             (const char  *line,
                                          guint       *indent);
char     *plenary_line_trim              (const char  *line);
guint     plenary_line_width             (const char  *line);
gboolean  plenary_line_ends_sentence     (const char  *line);
gboolean  plenary_line_ends_paragraph    (const char  *line);
gboolean  plenary_line_is_heading        (const char  *line);
gboolean  plenary_line_is_page_number    (const char  *line);
char     *plenary_line_header_key        (const char  *text);
void      plenary_line_join_append       (GString     *paragraph,
                                          const char  *line);
char     *plenary_line_normalize_spaces  (const char  *text);
char     *plenary_line_normalize_spaces_len (const char *text,
                                            gssize      len);

G_END_DECLS
