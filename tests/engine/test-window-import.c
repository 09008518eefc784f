/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "plenary-window-private.h"
#include "../views/test-main-loop.h"

/* Opening a text file or a PDF in the running window imports it: the
 * imported report replaces the open one and is marked unreviewed, a file
 * that cannot be imported shows its reason in the loader's error dialog
 * and leaves the open report, and a cancelled import leaves it too. */

static GtkApplication *app;

static void
test_import_in_window (void)
{
  g_autofree char *pdf = g_build_filename (g_getenv ("PLENARY_IMPORT_FIXTURES"), "seed.pdf", NULL);
  g_autofree char *dir = g_dir_make_tmp ("plenary-window-import-XXXXXX", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autoptr(GFile) text_file = g_file_new_for_path (g_getenv ("PLENARY_SEED_TEXT"));
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) empty_file = g_file_new_for_path (empty);
  PlenaryWindow *window;
  PlenaryReport *before, *imported;

  g_file_set_contents (empty, "", 0, NULL);
  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  before = plenary_window_get_report (window);
  g_assert_nonnull (before);
  g_assert_true (plenary_report_is_reviewed (before));

  plenary_window_open_file (window, text_file);
  WAIT_UNTIL (plenary_window_get_report (window) != before);
  imported = plenary_window_get_report (window);
  g_assert_false (plenary_report_is_reviewed (imported));
  g_assert_cmpstr (plenary_report_get_source_file (imported), ==, "guangzhou-2019-plan-report.txt");
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_chapters (imported)), ==, 2);

  /* An empty file: the reason in the dialog, the import stays open. */
  plenary_window_open_file (window, empty_file);
  WAIT_UNTIL (window->error_dialog != NULL);
  g_assert_nonnull (strstr (plenary_window_get_error_body (window), "empty"));
  g_assert_true (plenary_window_get_report (window) == imported);
  plenary_window_close_error_dialog (window);
  WAIT_UNTIL (window->error_dialog == NULL);

  /* Cancelled at once: nothing changes and nothing complains. */
  plenary_window_open_file (window, pdf_file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-import", NULL);
  wait_ms (1500);
  g_assert_true (plenary_window_get_report (window) == imported);
  g_assert_null (window->error_dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
  g_unlink (empty);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.ImportTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/import", test_import_in_window);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
