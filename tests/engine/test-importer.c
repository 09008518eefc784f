/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PlenaryImporter (thread, progress, cancellation, bad input) and the
 * command line's --import. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "plenary-cli.h"
#include "plenary-import-cli.h"
#include "plenary-import-error.h"
#include "plenary-importer.h"
#include "plenary-report-loader.h"

typedef struct {
  GMainLoop     *loop;
  PlenaryReport *report;
  GBytes        *json;
  GError        *error;
  guint          notifies;
} Wait;

static void
on_import_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->report = plenary_importer_import_finish (PLENARY_IMPORTER (source), result, &wait->json, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
on_fraction_cb (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  Wait *wait = user_data;

  /* Progress arrives in the main context, never from the worker. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  wait->notifies++;
}

static void
import_path (const char   *path,
             GCancellable *cancellable,
             Wait         *wait)
{
  g_autoptr(PlenaryImporter) importer = plenary_importer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  memset (wait, 0, sizeof *wait);
  wait->loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (importer, "notify::fraction", G_CALLBACK (on_fraction_cb), wait);
  plenary_importer_import_async (importer, file, cancellable, on_import_cb, wait);
  g_main_loop_run (wait->loop);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
  if (wait->report != NULL)
    {
      g_assert_cmpint (plenary_importer_get_stage (importer), ==, PLENARY_IMPORT_STAGE_DONE);
      g_assert_cmpfloat (plenary_importer_get_fraction (importer), ==, 1.0);
    }
}

static void
wait_clear (Wait *wait)
{
  g_clear_object (&wait->report);
  g_clear_pointer (&wait->json, g_bytes_unref);
  g_clear_error (&wait->error);
}

static void
test_async (void)
{
  Wait wait;

  import_path (g_getenv ("PLENARY_SEED_TEXT"), NULL, &wait);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.report);
  g_assert_nonnull (wait.json);
  g_assert_cmpuint (wait.notifies, >=, 3);
  g_assert_cmpstr (plenary_report_get_source_file (wait.report), ==, "guangzhou-2019-plan-report.txt");
  g_assert_cmpstr (plenary_report_get_source_format (wait.report), ==, "text");
  g_assert_false (plenary_report_is_reviewed (wait.report));
  g_assert_nonnull (plenary_report_get_imported (wait.report));
  wait_clear (&wait);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait wait;

  g_cancellable_cancel (cancellable);
  import_path (g_getenv ("PLENARY_SEED_TEXT"), cancellable, &wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (wait.report);
  wait_clear (&wait);
}

static char *
write_temp (const char *name,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-import-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_bad_input (void)
{
  static const struct { const char *name; const char *data; gssize length; GQuark domain; int code; } cases[] = {
    { "empty.txt", "", 0, 0, PLENARY_IMPORT_ERROR_EMPTY },
    { "blank.txt", " \n\n \n", -1, 0, PLENARY_IMPORT_ERROR_EMPTY },
    { "report.json", "{ \"format\": \"plenary-report\" }", -1, 0, PLENARY_IMPORT_ERROR_UNSUPPORTED },
    { "recipe.txt", "番茄炒蛋\n先把鸡蛋打散，再把番茄切块。\n", -1, 0, PLENARY_IMPORT_ERROR_NOT_A_REPORT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_temp (cases[i].name, cases[i].data, cases[i].length);
      Wait wait;

      import_path (path, NULL, &wait);
      g_assert_null (wait.report);
      g_assert_error (wait.error, PLENARY_IMPORT_ERROR, cases[i].code);
      g_assert_cmpstr (wait.error->message, !=, "");
      wait_clear (&wait);
    }
}

static char *
read_stream (FILE *stream)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  size_t n;

  rewind (stream);
  while ((n = fread (buffer, 1, sizeof buffer, stream)) > 0)
    g_string_append_len (text, buffer, n);
  return g_string_free (text, FALSE);
}

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("plenary-cli-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "out.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *empty = write_temp ("empty.txt", "", 0);
  const char *paths[] = { output, NULL };
  FILE *out = tmpfile (), *err = tmpfile ();
  g_autofree char *summary = NULL;
  g_autofree char *json = NULL;

  g_assert_cmpint (plenary_import_cli_run (g_getenv ("PLENARY_SEED_TEXT"), output, out, err), ==, 0);
  summary = read_stream (out);
  g_assert_nonnull (strstr (summary, "2 chapters, 15 sections, 43 items"));
  g_assert_nonnull (strstr (summary, "labels without English"));
  g_assert_nonnull (strstr (summary, "763 projects"));
  g_assert_cmpint (plenary_cli_validate (paths, out, err), ==, 0);
  fclose (out);
  fclose (err);

  /* Bad input: exit 1, the reason on stderr, nothing written. */
  out = tmpfile ();
  err = tmpfile ();
  g_assert_cmpint (plenary_import_cli_run (empty, missing, out, err), ==, 1);
  g_free (summary);
  summary = read_stream (err);
  g_assert_nonnull (strstr (summary, "cannot import"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  fclose (out);
  fclose (err);

  /* "-" writes the report to the output stream and the summary apart. */
  out = tmpfile ();
  err = tmpfile ();
  g_assert_cmpint (plenary_import_cli_run (g_getenv ("PLENARY_SEED_TEXT"), "-", out, err), ==, 0);
  json = read_stream (out);
  g_assert_true (g_str_has_prefix (json, "{"));
  {
    g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
    g_autoptr(GError) error = NULL;
    g_autoptr(PlenaryReport) report = plenary_report_load_bytes (bytes, &error);
    g_assert_no_error (error);
  }
  fclose (out);
  fclose (err);
  g_unlink (output);
  g_rmdir (dir);
}

/* The loader checks an imported report's provenance like every other part. */
static void
test_provenance_rules (void)
{
  static const struct { const char *from, *to; int code; } cases[] = {
    { "\"reviewed\" : false", "\"reviewed\" : \"no\"", PLENARY_REPORT_ERROR_TYPE },
    { "\"reviewed\" : false,", "", PLENARY_REPORT_ERROR_MISSING },
    { "\"format\" : \"text\"", "\"format\" : \"doc\"", PLENARY_REPORT_ERROR_VALUE },
    { "\"source_file\" : \"guangzhou-2019-plan-report.txt\"", "\"source_file\" : \"\"", PLENARY_REPORT_ERROR_VALUE },
  };
  Wait wait;
  g_autofree char *json = NULL;

  import_path (g_getenv ("PLENARY_SEED_TEXT"), NULL, &wait);
  g_assert_no_error (wait.error);
  json = g_strndup (g_bytes_get_data (wait.json, NULL), g_bytes_get_size (wait.json));
  wait_clear (&wait);
  g_assert_nonnull (strstr (json, "\"provenance\""));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) broken = g_string_new (json);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PlenaryReport) report = NULL;

      g_assert_cmpuint (g_string_replace (broken, cases[i].from, cases[i].to, 1), ==, 1);
      bytes = g_bytes_new (broken->str, broken->len);
      report = plenary_report_load_bytes (bytes, &error);
      g_assert_null (report);
      g_assert_error (error, PLENARY_REPORT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "provenance"));
    }

  /* The bundled report, made by hand, has none and counts as reviewed. */
  {
    g_autoptr(PlenaryReport) bundled = plenary_report_load_default (NULL);
    g_assert_true (plenary_report_is_reviewed (bundled));
    g_assert_null (plenary_report_get_source_file (bundled));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-engine/importer/async", test_async);
  g_test_add_func ("/import-engine/importer/cancelled", test_cancelled);
  g_test_add_func ("/import-engine/importer/bad-input", test_bad_input);
  g_test_add_func ("/import-engine/cli", test_cli);
  g_test_add_func ("/import-engine/provenance-rules", test_provenance_rules);
  return g_test_run ();
}
