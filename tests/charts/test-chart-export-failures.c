/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "plenary-chart-export.h"
#include "plenary-report-loader.h"

/* A failed export says why in a GError and leaves nothing behind: no
 * partial file, no temporary file, and an existing file untouched. */

static PlenaryReport *report;

static PlenaryChartSpec *
some_chart (void)
{
  return plenary_report_find_chart (report, "economy-growth-2019");
}

static guint
count_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
options_for (PlenaryChartExportOptions *options)
{
  plenary_chart_export_options_init (options, PLENARY_CHART_FORMAT_PNG, PLENARY_LANGUAGE_ZH);
  options->scale = 1;
}

/* A small file system of our own: a tmpfs mounted on @dir with @options.
 * Only root may mount; elsewhere the tests that need one are skipped. */
static gboolean
mount_tmpfs (const char *dir,
             const char *options)
{
  const char *argv[] = { "mount", "-t", "tmpfs", "-o", options, "tmpfs", dir, NULL };
  int status = -1;

  if (geteuid () != 0)
    return FALSE;
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

static void
unmount (const char *dir)
{
  const char *argv[] = { "umount", dir, NULL };
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* A disk that fills up half-way through a file: the write fails with "no
 * space", the file that was there keeps its contents, and no partial or
 * temporary file is left. */
static void
test_full_disk (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (base, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  PlenaryChartExportOptions options;

  if (!mount_tmpfs (base, "size=48k"))
    {
      g_rmdir (base);
      g_test_skip ("mounting a small tmpfs needs root");
      return;
    }

  g_assert_true (g_file_set_contents (path, "the original", -1, NULL));
  options_for (&options);
  options.scale = 3;   /* far more than 48 KiB */

  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the original");
  g_assert_cmpuint (count_entries (base), ==, 1);

  unmount (base);
  g_unlink (path);
  g_rmdir (base);
}

/* A read-only file system refuses even root, so this case runs where the
 * folder-permission test cannot. */
static void
test_read_only_file_system (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (base, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;

  if (!mount_tmpfs (base, "ro,size=48k"))
    {
      g_rmdir (base);
      g_test_skip ("mounting a read-only tmpfs needs root");
      return;
    }

  options_for (&options);
  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_entries (base), ==, 0);

  unmount (base);
  g_rmdir (base);
}

static void
test_missing_folder (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (base, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;

  options_for (&options);
  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (plenary_chart_export_all (report, folder, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (base), ==, 0);
  g_rmdir (base);
}

static void
test_folder_is_a_file (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *not_folder = g_build_filename (base, "plain-file", NULL);
  g_autofree char *path = g_build_filename (not_folder, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (not_folder);
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;

  g_assert_true (g_file_set_contents (not_folder, "x", 1, NULL));
  options_for (&options);

  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_false (plenary_chart_export_all (report, folder, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);

  g_assert_cmpuint (count_entries (base), ==, 1);
  g_unlink (not_folder);
  g_rmdir (base);
}

/* A folder the user may not write to.  Root writes anywhere, so there the
 * case cannot be made and is skipped. */
static void
test_read_only_folder (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (base, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (base);
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;
  guint written = 99;

  /* /proc takes no new files, not even from root. */
  {
    g_autoptr(GFile) proc_file = g_file_new_for_path ("/proc/plenary-chart.png");

    options_for (&options);
    g_assert_false (plenary_chart_export_to_file (some_chart (), &options, proc_file, NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_query_exists (proc_file, NULL));
  }

  g_assert_cmpint (g_chmod (base, 0555), ==, 0);
  if (access (base, W_OK) == 0)
    {
      g_chmod (base, 0755);
      g_rmdir (base);
      g_test_skip ("Running as a user who can write to read-only folders");
      return;
    }

  options_for (&options);
  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  g_assert_false (plenary_chart_export_all (report, folder, &options, NULL, &written, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (written, ==, 0);

  g_assert_cmpuint (count_entries (base), ==, 0);
  g_chmod (base, 0755);
  g_rmdir (base);
}

/* The move over the destination fails after the temporary file was
 * written in full (the destination is a folder that is not empty): the
 * temporary file is removed and the destination is left as it was. */
static void
test_failed_move_cleans_up (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (base, "chart.png", NULL);
  g_autofree char *inside = g_build_filename (target, "keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;

  g_assert_cmpint (g_mkdir (target, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", 4, NULL));
  options_for (&options);

  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, NULL, &error));
  g_assert_nonnull (error);

  g_assert_cmpuint (count_entries (base), ==, 1);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_unlink (inside);
  g_rmdir (target);
  g_rmdir (base);
}

/* A successful export replaces an existing file whole, and a cancelled
 * one leaves it as it was. */
static void
test_replace_and_cancel (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (base, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  PlenaryChartExportOptions options;

  g_assert_true (g_file_set_contents (target, "old", 3, NULL));
  options_for (&options);

  g_cancellable_cancel (cancellable);
  g_assert_false (plenary_chart_export_to_file (some_chart (), &options, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (base), ==, 1);
  g_clear_pointer (&contents, g_free);

  g_assert_true (plenary_chart_export_to_file (some_chart (), &options, file, NULL, NULL));
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (count_entries (base), ==, 1);

  g_unlink (target);
  g_rmdir (base);
}

static void
on_export_all_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GAsyncResult **out = user_data;
  *out = g_object_ref (result);
}

static void
test_export_all_async (void)
{
  g_autofree char *base = g_dir_make_tmp ("plenary-export-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (base, "missing", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (base);
  g_autoptr(GFile) missing_folder = g_file_new_for_path (missing);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryChartExportOptions options;
  guint written = 0;

  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_SVG, PLENARY_LANGUAGE_EN);
  plenary_chart_export_all_async (report, folder, &options, NULL, on_export_all_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (plenary_chart_export_all_finish (result, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, 73);
  g_assert_cmpuint (count_entries (base), ==, 73);
  g_clear_object (&result);

  plenary_chart_export_all_async (report, missing_folder, &options, NULL, on_export_all_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (plenary_chart_export_all_finish (result, &written, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  {
    g_autoptr(GDir) dir = g_dir_open (base, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (base, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (base);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/charts/export-failures/missing-folder", test_missing_folder);
  g_test_add_func ("/charts/export-failures/folder-is-a-file", test_folder_is_a_file);
  g_test_add_func ("/charts/export-failures/read-only-folder", test_read_only_folder);
  g_test_add_func ("/charts/export-failures/read-only-file-system", test_read_only_file_system);
  g_test_add_func ("/charts/export-failures/full-disk", test_full_disk);
  g_test_add_func ("/charts/export-failures/failed-move", test_failed_move_cleans_up);
  g_test_add_func ("/charts/export-failures/replace-and-cancel", test_replace_and_cancel);
  g_test_add_func ("/charts/export-failures/export-all-async", test_export_all_async);

  return g_test_run ();
}
