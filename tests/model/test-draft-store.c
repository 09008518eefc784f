/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drafts: written a moment after a change, gone after a save, a discard or
 * an undo back to the file; after a crash (a helper killed with SIGKILL)
 * the draft is found and restores the edits, unsaved, for the file. */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "plenary-draft-store.h"
#include "plenary-report-loader.h"

typedef struct
{
  char *dir;
  char *state_dir;
  char *drafts_dir;
  char *report_path;
  GFile *report_file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();

  f->dir = g_dir_make_tmp ("plenary-drafts-XXXXXX", &error);
  g_assert_no_error (error);
  f->state_dir = g_build_filename (f->dir, "state", NULL);
  f->drafts_dir = g_build_filename (f->state_dir, "plenary", "drafts", NULL);
  f->report_path = g_build_filename (f->dir, "report.json", NULL);
  f->report_file = g_file_new_for_path (f->report_path);
  g_assert_true (g_file_set_contents (f->report_path, g_bytes_get_data (bundled, NULL),
                                      g_bytes_get_size (bundled), &error));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->state_dir);
  g_free (f->drafts_dir);
  g_free (f->report_path);
  g_object_unref (f->report_file);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
on_draft_written_cb (PlenaryDraftStore *store,
                     PlenaryEditor     *editor,
                     const char        *path,
                     gpointer           user_data)
{
  guint *count = user_data;

  (*count)++;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @count changes or @ms pass. */
static void
wait_for (guint *count,
          guint  ms)
{
  guint before = *count;
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, on_timeout_cb, &timed_out);

  while (*count == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
}

static void
apply (PlenaryEditor      *editor,
       PlenaryEditCommand *command)
{
  g_autoptr(PlenaryEditCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_true (plenary_editor_apply (editor, command, &error));
  g_assert_no_error (error);
}

static void
test_written_after_a_change (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryEditor) editor = plenary_editor_new_for_file (f->report_file, NULL, &error);
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (f->drafts_dir);
  g_autofree char *draft = NULL;
  guint written = 0;
  gint64 start;

  g_assert_no_error (error);
  plenary_draft_store_set_delay (store, 100);
  plenary_draft_store_watch (store, editor);
  g_signal_connect (store, "draft-written", G_CALLBACK (on_draft_written_cb), &written);
  draft = plenary_draft_store_dup_draft_path (store, editor);

  /* Nothing to keep while nothing changed. */
  wait_for (&written, 300);
  g_assert_cmpuint (written, ==, 0);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  start = g_get_monotonic_time ();
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7));
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.1));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  wait_for (&written, 5000);
  g_assert_cmpuint (written, ==, 1);
  /* Not before the delay: edits in a burst make one write. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 100 * 1000);
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (f->drafts_dir), ==, 1);

  /* Undoing back to the file leaves nothing to lose: the draft goes. */
  g_assert_true (plenary_editor_undo (editor, NULL));
  g_assert_true (plenary_editor_get_dirty (editor));
  g_assert_true (plenary_editor_undo (editor, NULL));
  g_assert_false (plenary_editor_get_dirty (editor));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* Saving removes it too. */
  g_assert_true (plenary_editor_redo (editor, NULL));
  wait_for (&written, 5000);
  g_assert_cmpuint (written, ==, 2);
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
  g_assert_true (plenary_editor_save (editor, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* And so does discarding the changes. */
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 6.8));
  g_assert_true (plenary_draft_store_write_now (store, editor, &error));
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
  g_assert_true (plenary_draft_store_discard (store, editor, &error));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  /* The timer that was due writes nothing after a discard. */
  wait_for (&written, 300);
  g_assert_cmpuint (written, ==, 3);

  plenary_draft_store_unwatch (store, editor);
}

static void
test_find_skips_other_files (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (f->drafts_dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *junk = g_build_filename (f->drafts_dir, "junk.json", NULL);
  g_autofree char *other = g_build_filename (f->drafts_dir, "notes.txt", NULL);

  /* No folder yet: no drafts, no error. */
  drafts = plenary_draft_store_find_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_cmpint (g_mkdir_with_parents (f->drafts_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (junk, "{\"format\": \"something\"", -1, NULL));
  g_assert_true (g_file_set_contents (other, "hello", -1, NULL));
  drafts = plenary_draft_store_find_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 0);
}

static void
test_recover_after_kill (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *helper = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "tests", "model",
                                              "draft-crash-helper", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (f->drafts_dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PlenaryEditor) restored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *uri = g_file_get_uri (f->report_file);
  g_autofree char *draft_path = NULL;
  g_autofree char *file_before = NULL, *file_after = NULL;
  PlenaryDraftInfo *info;
  PlenaryReport *report;

  g_assert_true (g_file_get_contents (f->report_path, &file_before, NULL, NULL));

  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", f->state_dir, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, helper, f->report_path, NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "written "));
  draft_path = g_strdup (line + strlen ("written "));
  g_assert_true (g_str_has_prefix (draft_path, f->drafts_dir));

  /* The crash: no chance to clean up or save. */
  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

  /* The next start finds the draft… */
  drafts = plenary_draft_store_find_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->path, ==, draft_path);
  g_assert_cmpstr (info->original_uri, ==, uri);
  g_assert_cmpstr (info->report_id, ==, "guangzhou-2019-2020");
  g_assert_cmpstr (info->title_en, ==, "Guangzhou 2019 Plan Report and 2020 Plan");
  g_assert_nonnull (info->saved_at);
  g_assert_cmpint (g_date_time_difference (now, info->saved_at), <, 5 * 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (now, info->saved_at), >, -5 * 60 * G_TIME_SPAN_SECOND);

  /* …and restores the edits, unsaved, for the same file. */
  restored = plenary_draft_store_restore (store, info, &error);
  g_assert_no_error (error);
  report = plenary_editor_get_report (restored);
  g_assert_true (plenary_editor_get_dirty (restored));
  g_assert_true (g_file_equal (plenary_editor_get_file (restored), f->report_file));
  g_assert_true (plenary_indicator_get_value (plenary_report_find_indicator (report, "gdp-growth-2019")) == 6.9);
  g_assert_false (plenary_indicator_get_reviewed (plenary_report_find_indicator (report, "pm25-2019")));
  {
    g_autoptr(PlenaryChartSpec) first = g_list_model_get_item (plenary_report_get_charts (report), 0);
    g_assert_cmpstr (plenary_chart_spec_get_id (first), ==, "crash-test-chart");
  }

  /* The file itself was never touched. */
  g_assert_true (g_file_get_contents (f->report_path, &file_after, NULL, NULL));
  g_assert_cmpstr (file_before, ==, file_after);

  /* Saving the restored report writes the edits and removes the draft. */
  plenary_draft_store_watch (store, restored);
  g_assert_true (plenary_editor_save (restored, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  {
    g_autoptr(PlenaryReport) saved = plenary_report_load_file (f->report_file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (plenary_indicator_get_value (plenary_report_find_indicator (saved, "gdp-growth-2019")) == 6.9);
  }
  plenary_draft_store_unwatch (store, restored);
}

static void
test_restored_draft_notices_changed_file (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryEditor) editor = plenary_editor_new_for_file (f->report_file, NULL, &error);
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (f->drafts_dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PlenaryEditor) restored = NULL;
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();

  g_assert_no_error (error);
  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7));
  g_assert_true (plenary_draft_store_write_now (store, editor, &error));

  /* Someone else changes the file after the draft was written. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (f->report_path, g_bytes_get_data (bundled, NULL),
                                      g_bytes_get_size (bundled), &error));

  drafts = plenary_draft_store_find_drafts (store, &error);
  g_assert_cmpuint (drafts->len, ==, 1);
  restored = plenary_draft_store_restore (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_false (plenary_editor_save (restored, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
  g_assert_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  g_assert_true (plenary_draft_store_remove (store, g_ptr_array_index (drafts, 0), &error));
  g_assert_cmpuint (count_files (f->drafts_dir), ==, 0);
}

static void
test_unsaved_report_draft (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenaryEditor) editor = plenary_editor_new (report, NULL, NULL);
  g_autoptr(PlenaryDraftStore) store = plenary_draft_store_new (f->drafts_dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PlenaryEditor) restored = NULL;

  apply (editor, plenary_edit_command_new_set_indicator_reviewed ("gdp-growth-2019", FALSE));
  g_assert_true (plenary_draft_store_write_now (store, editor, &error));
  drafts = plenary_draft_store_find_drafts (store, &error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_null (((PlenaryDraftInfo *)g_ptr_array_index (drafts, 0))->original_uri);
  restored = plenary_draft_store_restore (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_null (plenary_editor_get_file (restored));
  g_assert_true (plenary_editor_get_dirty (restored));
  g_assert_false (plenary_indicator_get_reviewed (
    plenary_report_find_indicator (plenary_editor_get_report (restored), "gdp-growth-2019")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/drafts/written-after-a-change", test_written_after_a_change);
  ADD ("/drafts/find-skips-other-files", test_find_skips_other_files);
  ADD ("/drafts/recover-after-kill", test_recover_after_kill);
  ADD ("/drafts/restored-draft-notices-changed-file", test_restored_draft_notices_changed_file);
  ADD ("/drafts/unsaved-report", test_unsaved_report_draft);
#undef ADD

  return g_test_run ();
}
