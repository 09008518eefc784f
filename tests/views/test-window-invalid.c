/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-report-loader.h"
#include "test-window-helpers.h"

/* Every invalid report the build makes in tests/data/invalid/ opened in the running window,
 * as a user would: each shows the loader's message in the error dialog,
 * the report already open stays open, and nothing warns (the test runs
 * with fatal warnings). */

static GtkApplication *app;

static gboolean
wait_for_dialog (PlenaryWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (plenary_window_get_error_body (window) == NULL && g_get_monotonic_time () < deadline)
    wait_ms (10);
  return plenary_window_get_error_body (window) != NULL;
}

static void
test_every_invalid_file (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"),
                                                "tests", "data", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PlenaryWindow *window;
  PlenaryReport *before;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >=, 25);

  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    wait_ms (10);
  before = plenary_window_get_report (window);
  g_assert_nonnull (before);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) expected = NULL;
      g_autoptr(PlenaryReport) none = plenary_report_load_file (file, NULL, &expected);
      g_autofree char *body = NULL;

      g_test_message ("%s", (char *)g_ptr_array_index (names, i));
      g_assert_null (none);
      g_assert_nonnull (expected);

      plenary_window_open_file (window, file);
      g_assert_true (wait_for_dialog (window));
      body = g_strconcat (g_ptr_array_index (names, i), "\n", expected->message, NULL);
      g_assert_cmpstr (plenary_window_get_error_body (window), ==, body);

      /* The report that was open stays open. */
      g_assert_true (plenary_window_get_report (window) == before);

      close_error_dialog (window);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.InvalidTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/every-invalid-file", test_every_invalid_file);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
