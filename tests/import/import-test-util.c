/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "plenary-import-error.h"
#include "import-test-util.h"

char *
import_test_fixture_path (const char *name)
{
  const char *dir = g_getenv ("PLENARY_IMPORT_FIXTURES");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

GBytes *
import_test_load_fixture (const char *name)
{
  g_autofree char *path = import_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* The paragraphs a reader should find: the source text's non-empty lines. */
GPtrArray *
import_test_expected (const char *env_name)
{
  const char *path = g_getenv (env_name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (path);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0])
        g_ptr_array_add (out, g_strdup (lines[i]));
    }
  return out;
}

static char *
squeeze (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xA0)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Compares paragraph by paragraph, white space aside, and prints every
 * difference before failing, so that one run shows all that is wrong. */
void
import_test_assert_paragraphs (GPtrArray  *expected,
                               GPtrArray  *actual,
                               const char *what)
{
  guint n = MAX (expected->len, actual->len);
  guint differences = 0;

  g_assert_nonnull (actual);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *e = i < expected->len ? squeeze (g_ptr_array_index (expected, i)) : g_strdup ("(none)");
      g_autofree char *a = i < actual->len ? squeeze (g_ptr_array_index (actual, i)) : g_strdup ("(none)");

      g_assert_true (i >= actual->len || g_utf8_validate (g_ptr_array_index (actual, i), -1, NULL));
      if (strcmp (e, a) != 0)
        {
          if (differences++ < 12)
            g_test_message ("%s: paragraph %u differs:\n  expected: %s\n  actual:   %s", what, i + 1, e, a);
        }
    }
  g_test_message ("%s: %u paragraphs expected, %u read, %u differ", what,
                  expected->len, actual->len, differences);
  if (differences > 0)
    g_test_fail_printf ("%s: %u of %u paragraphs differ (%u read)", what, differences, expected->len, actual->len);
}

void
import_test_assert_error (GError *error,
                          int     code)
{
  g_assert_error (error, PLENARY_IMPORT_ERROR, code);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
}
