/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The writer: numbers in their shortest exact form, and a save of the
 * bundled report that loads back to the same model, is the same document
 * as the file (modulo key order) and is byte-stable on a second save. */
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "plenary-report-loader.h"
#include "plenary-report-writer.h"
#include "report-compare.h"

static void
check_number (double      value,
              const char *expected)
{
  char buf[PLENARY_JSON_NUMBER_BUF_SIZE];

  plenary_json_format_number (value, buf);
  g_assert_cmpstr (buf, ==, expected);
  g_assert_true (g_ascii_strtod (buf, NULL) == value);
}

static void
test_numbers (void)
{
  check_number (6.8, "6.8");
  check_number (-6.1, "-6.1");
  check_number (33.73, "33.73");
  check_number (3311, "3311");
  check_number (-42, "-42");
  check_number (0, "0");
  check_number (0.1 + 0.2, "0.30000000000000004");
  check_number (1.0 / 3.0, "0.3333333333333333");
  check_number (1e-7, "1e-07");
  check_number (1e21, "1e+21");
  check_number (100000000, "100000000");
  check_number (7338.6, "7338.6");

  /* Every double the bundled report could hold reads back exactly. */
  for (guint i = 0; i < 10000; i++)
    {
      char buf[PLENARY_JSON_NUMBER_BUF_SIZE];
      double value = g_test_rand_double_range (-1e9, 1e9) / g_test_rand_int_range (1, 1000);

      plenary_json_format_number (value, buf);
      g_assert_true (g_ascii_strtod (buf, NULL) == value);
      g_assert_cmpuint (strlen (buf), <=, 24);
    }
}

static void
test_placeholder_text_survives (void)
{
  /* Text that looks like the writer's placeholders stays text. */
  g_autoptr(JsonNode) root = json_from_string ("{\"a\": \"@plenary-number-0000000000000000-0@\", "
                                                "\"b\": 6.8, \"c\": [1.5, 2]}", NULL);
  g_autofree char *text = plenary_json_to_data (root, NULL);
  g_autoptr(JsonNode) back = json_from_string (text, NULL);

  g_assert_nonnull (strstr (text, "\"b\" : 6.8"));
  g_assert_nonnull (strstr (text, "1.5"));
  g_assert_true (json_node_equal (root, back));
  g_assert_true (g_str_has_suffix (text, "}\n"));
}

static PlenaryReport *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_default (&error);

  g_assert_no_error (error);
  return report;
}

static void
test_noop_save (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  g_autoptr(PlenaryReport) reloaded = NULL;
  g_autoptr(PlenaryReport) reloaded_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-writer-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *path2 = g_build_filename (dir, "saved-again.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) file2 = g_file_new_for_path (path2);
  g_autoptr(GBytes) original = plenary_report_dup_default_bytes ();
  g_autofree char *saved = NULL, *saved2 = NULL;
  g_autoptr(JsonNode) original_doc = NULL, saved_doc = NULL;
  gsize saved_len, saved2_len;
  gint64 start;

  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  g_assert_true (plenary_report_writer_save (report, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("saving the bundled report took %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  /* The bundled report has every kind of field the comparison checks, so
   * that it is not vacuous: English paragraphs and quotes, charts that
   * name what they count, errata and subscript markup. */
  {
    g_autoptr(PlenaryIndicator) first = g_list_model_get_item (plenary_report_get_indicators (report), 0);
    PlenaryIndicator *pm25 = plenary_report_find_indicator (report, "pm25-2019");
    GListModel *charts = plenary_report_get_charts (report);
    guint n_counts = 0;

    g_assert_nonnull (plenary_indicator_get_quote_en (first));
    g_assert_nonnull (plenary_paragraph_get_text_en (plenary_indicator_get_paragraph (first)));
    g_assert_nonnull (pm25);
    g_assert_nonnull (strstr (plenary_indicator_get_quote (pm25), "PM₂.₅"));
    for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
      {
        g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, i);

        if (plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_EN) != NULL)
          n_counts++;
      }
    g_assert_cmpuint (n_counts, >, 0);
    g_assert_cmpuint (plenary_report_get_errata (report)->len, ==, 4);
  }

  /* The same model, every field of every object. */
  reloaded = plenary_report_load_file (file, NULL, &error);
  g_assert_no_error (error);
  compare_reports (report, reloaded);

  /* The same document as the bundled file, modulo key order. */
  g_assert_true (g_file_get_contents (path, &saved, &saved_len, &error));
  original_doc = json_from_string (g_bytes_get_data (original, NULL), &error);
  g_assert_no_error (error);
  saved_doc = json_from_string (saved, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (original_doc, saved_doc));

  /* Subscripts are written back as the file's markup. */
  g_assert_nonnull (strstr (saved, "PM_{2.5}"));
  g_assert_null (strstr (saved, "₂"));

  /* Shortest numbers, not json-glib's 17 digits. */
  g_assert_nonnull (strstr (saved, "\"value\" : 6.8,"));
  g_assert_null (strstr (saved, "6.79999"));
  g_assert_null (strstr (saved, "\"scale\" : 1.0"));

  /* A second save of what the first wrote is the same bytes. */
  g_assert_true (plenary_report_writer_save (reloaded, file2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path2, &saved2, &saved2_len, &error));
  g_assert_cmpmem (saved, saved_len, saved2, saved2_len);
  reloaded_again = plenary_report_load_file (file2, NULL, &error);
  g_assert_no_error (error);
  compare_reports (reloaded, reloaded_again);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (path2), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_save_is_atomic_and_checks_etag (void)
{
  g_autoptr(PlenaryReport) report = load_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-writer-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *etag = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (plenary_report_writer_save (report, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  /* Someone else writes the file: saving with the old etag is refused
   * and leaves their file alone. */
  g_usleep (10000);
  g_assert_true (g_file_set_contents (path, "{}", -1, &error));
  g_assert_false (plenary_report_writer_save (report, file, etag, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "{}");
  }

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_json_numbers (void)
{
  g_autofree char *binary = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "src", "plenary", NULL);
  const char *argv[] = { binary, "--list-indicators", "--json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_nonnull (strstr (out, "\"value\" : 6.8,"));
  g_assert_null (strstr (out, "6.7999999999999998"));
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 289);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/numbers", test_numbers);
  g_test_add_func ("/writer/placeholder-text-survives", test_placeholder_text_survives);
  g_test_add_func ("/writer/noop-save", test_noop_save);
  g_test_add_func ("/writer/atomic-and-etag", test_save_is_atomic_and_checks_etag);
  g_test_add_func ("/writer/cli-json-numbers", test_cli_json_numbers);

  return g_test_run ();
}
