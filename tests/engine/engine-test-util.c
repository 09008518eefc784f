/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "engine-test-util.h"
#include "plenary-import-engine.h"
#include "plenary-import-source.h"
#include "plenary-report-loader.h"

PlenaryReport *
engine_test_import_text (const char   *path,
                         ImpDocument **out_doc,
                         GBytes      **out_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = plenary_import_load_bytes (file, NULL, &error);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autofree char *name = g_path_get_basename (path);
  ImpProvenance provenance = { name, "text", "2026-01-01T00:00:00Z", "Plenary test" };
  PlenaryReport *report;

  g_assert_no_error (error);
  paragraphs = plenary_text_reader_read (bytes, &error);
  g_assert_no_error (error);
  json = imp_engine_run (paragraphs, &provenance, NULL, NULL, NULL, out_doc, &error);
  g_assert_no_error (error);
  /* PLENARY_ENGINE_DUMP=DIR keeps the JSON, to look at what was made. */
  if (g_getenv ("PLENARY_ENGINE_DUMP") != NULL)
    {
      g_autofree char *out = g_build_filename (g_getenv ("PLENARY_ENGINE_DUMP"), name, NULL);
      g_autofree char *json_name = g_strconcat (out, ".json", NULL);
      g_file_set_contents (json_name, g_bytes_get_data (json, NULL), g_bytes_get_size (json), NULL);
    }
  report = plenary_report_load_bytes (json, &error);
  if (error != NULL)
    g_printerr ("%s: %s\n", path, error->message);
  g_assert_no_error (error);
  if (out_json != NULL)
    *out_json = g_steal_pointer (&json);
  return report;
}

static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

gboolean
engine_test_same_label (const char *mine,
                        const char *expected)
{
  g_autofree char *a = without_spaces (mine);
  g_autofree char *b = without_spaces (expected);

  return g_str_equal (a, b);
}
