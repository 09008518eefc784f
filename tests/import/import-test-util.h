/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *import_test_fixture_path       (const char *name);
GBytes    *import_test_load_fixture       (const char *name);
GPtrArray *import_test_expected           (const char *env_name);
void       import_test_assert_paragraphs  (GPtrArray  *expected,
                                           GPtrArray  *actual,
                                           const char *what);
void       import_test_assert_error       (GError     *error,
                                           int         code);

G_END_DECLS
