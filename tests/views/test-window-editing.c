/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "plenary-draft-store.h"
#include "plenary-report-loader.h"
#include "test-window-helpers.h"

/* The window's editing: Undo and Redo as actions, the unsaved mark in the
 * title, Save writing the file, and the question before closing over
 * unsaved changes, whose Cancel keeps the window and Discard closes it and
 * drops the draft. */

static GtkApplication *app;
static char *state_dir;

static void
apply (PlenaryEditor      *editor,
       PlenaryEditCommand *command)
{
  g_autoptr(PlenaryEditCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_true (plenary_editor_apply (editor, command, &error));
  g_assert_no_error (error);
}

static double
gdp_growth (PlenaryWindow *window)
{
  return plenary_indicator_get_value (plenary_report_find_indicator (plenary_window_get_report (window),
                                                                     "gdp-growth-2019"));
}

static gboolean
marked_unsaved (PlenaryWindow *window)
{
  /* The header names the document; a mark before its name says it has
   * unsaved changes. */
  return g_str_has_prefix (adw_window_title_get_title (content_title (window)), "• ");
}

/* As a shortcut would. */
static gboolean
activate (PlenaryWindow *window,
          const char    *name)
{
  return gtk_widget_activate_action (GTK_WIDGET (window), name, NULL);
}


static void
test_edit_undo_save_close (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-window-editing-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();
  g_autofree char *draft = NULL;
  PlenaryWindow *window;
  PlenaryEditor *editor;
  GtkWidget *question;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));

  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  /* The bundled report has an editor too, with no file. */
  g_assert_nonnull (plenary_window_get_editor (window));
  g_assert_null (plenary_editor_get_file (plenary_window_get_editor (window)));

  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_editor_get_file (plenary_window_get_editor (window)) != NULL);
  editor = plenary_window_get_editor (window);
  g_assert_true (g_file_equal (plenary_editor_get_file (editor), file));
  g_assert_true (plenary_editor_get_report (editor) == plenary_window_get_report (window));
  /* Pages find it through the session. */
  g_assert_true (plenary_session_get_editor (plenary_window_get_session (window)) == editor);
  g_assert_false (marked_unsaved (window));
  /* Nothing to undo yet: Undo does nothing. */
  activate (window, "win.undo");
  g_assert_true (gdp_growth (window) == 6.8);
  g_assert_false (plenary_editor_get_dirty (editor));

  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.2));
  g_assert_true (marked_unsaved (window));
  g_assert_true (gdp_growth (window) == 7.2);

  g_assert_true (activate (window, "win.undo"));
  g_assert_true (gdp_growth (window) == 6.8);
  g_assert_false (marked_unsaved (window));
  g_assert_true (activate (window, "win.redo"));
  g_assert_true (gdp_growth (window) == 7.2);
  g_assert_true (marked_unsaved (window));

  /* Save writes the file and clears the mark. */
  g_assert_true (activate (window, "win.save"));
  g_assert_false (marked_unsaved (window));
  {
    g_autoptr(PlenaryReport) saved = plenary_report_load_file (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (plenary_indicator_get_value (plenary_report_find_indicator (saved, "gdp-growth-2019")) == 7.2);
  }

  /* Someone else changes the file: Save asks before replacing it. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.3));
  g_assert_true (activate (window, "win.save"));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  g_assert_cmpstr (question_heading (question), ==, "File Changed on Disk");
  answer (question, "cancel");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_true (marked_unsaved (window));
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, g_bytes_get_data (bundled, NULL));
  }

  /* There is a draft of the unsaved change (written now rather than
   * after the window's delay). */
  {
    g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (NULL);

    g_assert_true (plenary_draft_store_write_now (store, editor, &error));
    g_assert_no_error (error);
    draft = plenary_draft_store_dup_draft_path (store, editor);
    g_assert_true (g_str_has_prefix (draft, state_dir));
    g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
  }

  /* Closing over unsaved changes asks; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  g_assert_cmpstr (question_heading (question), ==, "Save Changes?");
  answer (question, "cancel");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Discard closes it and removes the draft. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  answer (question, "discard");
  WAIT_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (window)));
  {
    g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (NULL);
    g_autoptr(GPtrArray) drafts = plenary_draft_store_find_drafts (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (drafts->len, ==, 0);
    g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Opening another report over unsaved changes asks first: Cancel keeps
 * the edited report, Save writes it and then opens the other. */
static void
test_open_over_unsaved (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-window-editing-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();
  PlenaryWindow *window;
  PlenaryEditor *editor;
  PlenaryReport *edited;
  GtkWidget *question;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));
  /* Not the file of the test before, which is gone. */
  {
    g_autoptr(GSettings) settings = window_settings ();
    g_settings_set_string (settings, "last-report", "");
  }
  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_editor_get_file (plenary_window_get_editor (window)) != NULL);
  editor = plenary_window_get_editor (window);
  edited = plenary_window_get_report (window);
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.4));

  g_assert_true (activate (window, "win.open-bundled"));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  g_assert_cmpstr (question_heading (question), ==, "Save Changes?");
  answer (question, "cancel");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_true (plenary_window_get_report (window) == edited);
  g_assert_true (plenary_editor_get_dirty (editor));

  g_assert_true (activate (window, "win.open-bundled"));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  answer (question, "save");
  WAIT_UNTIL (plenary_window_get_report (window) != edited);
  g_assert_null (plenary_editor_get_file (plenary_window_get_editor (window)));
  g_assert_true (gdp_growth (window) == 6.8);
  {
    g_autoptr(PlenaryReport) saved = plenary_report_load_file (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (plenary_indicator_get_value (plenary_report_find_indicator (saved, "gdp-growth-2019")) == 7.4);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A draft left by a crash is restored by the window's action, unsaved,
 * for the file it belongs to. */
static void
test_restore_draft (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-window-editing-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (NULL);
  g_autofree char *draft = NULL;
  PlenaryWindow *window;
  PlenaryEditor *editor;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));
  {
    g_autoptr(PlenaryEditor) crashed = plenary_editor_new_for_file (file, NULL, &error);

    g_assert_no_error (error);
    apply (crashed, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.5));
    g_assert_true (plenary_draft_store_write_now (store, crashed, &error));
    draft = plenary_draft_store_dup_draft_path (store, crashed);
  }
  {
    g_autoptr(GSettings) settings = window_settings ();
    g_settings_set_string (settings, "last-report", "");
  }

  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_null (plenary_editor_get_file (plenary_window_get_editor (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-draft", "s", draft));
  editor = plenary_window_get_editor (window);
  g_assert_true (g_file_equal (plenary_editor_get_file (editor), file));
  g_assert_true (plenary_editor_get_dirty (editor));
  g_assert_true (gdp_growth (window) == 7.5);
  g_assert_true (marked_unsaved (window));

  /* Saving puts the edit in the file and the draft away. */
  g_assert_true (activate (window, "win.save"));
  g_assert_false (plenary_editor_get_dirty (editor));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Drafts go to a folder of the test's own. */
  state_dir = g_dir_make_tmp ("plenary-window-editing-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.EditingTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/edit-undo-save-close", test_edit_undo_save_close);
  g_test_add_func ("/window/open-over-unsaved", test_open_over_unsaved);
  g_test_add_func ("/window/restore-draft", test_restore_draft);

  status = g_test_run ();
  g_object_unref (app);

  /* What the drafts left: their folder, empty again. */
  {
    g_autofree char *drafts = g_build_filename (state_dir, "plenary", "drafts", NULL);
    g_autofree char *plenary = g_build_filename (state_dir, "plenary", NULL);

    g_rmdir (drafts);
    g_rmdir (plenary);
    g_rmdir (state_dir);
    g_free (state_dir);
  }
  return status;
}
