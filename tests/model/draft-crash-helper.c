/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For test-draft-store: opens the report file given on the command line,
 * edits it, says "written" once the draft store has written the draft,
 * and then waits to be killed with SIGKILL, as a crash would stop it. */
#include <stdio.h>

#include "plenary-draft-store.h"

static void
on_draft_written_cb (PlenaryDraftStore *store,
                     PlenaryEditor     *editor,
                     const char        *path,
                     gpointer           user_data)
{
  printf ("written %s\n", path);
  fflush (stdout);
}

static void
apply (PlenaryEditor      *editor,
       PlenaryEditCommand *command)
{
  g_autoptr(PlenaryEditCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (!plenary_editor_apply (editor, command, &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const ids[] = { "gdp-growth-2019", "retail-sales-growth-2019", NULL };
  PlenaryChartDraft chart = {
    .id = "crash-test-chart", .type = "bar", .title_zh = "增速", .title_en = "Growth",
    .section = "c1s1", .indicators = ids,
  };
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GFile) file = NULL;
  g_autoptr(PlenaryEditor) editor = NULL;
  g_autoptr(PlenaryDraftStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    g_error ("usage: %s REPORT-FILE", argv[0]);

  file = g_file_new_for_commandline_arg (argv[1]);
  editor = plenary_editor_new_for_file (file, NULL, &error);
  if (editor == NULL)
    g_error ("%s", error->message);

  /* The default folder: $XDG_STATE_HOME/plenary/drafts, set by the test. */
  store = plenary_draft_store_new (NULL);
  plenary_draft_store_set_delay (store, 200);
  plenary_draft_store_watch (store, editor);
  g_signal_connect (store, "draft-written", G_CALLBACK (on_draft_written_cb), NULL);

  apply (editor, plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 6.9));
  apply (editor, plenary_edit_command_new_set_indicator_reviewed ("pm25-2019", FALSE));
  apply (editor, plenary_edit_command_new_add_chart (&chart, 0));

  g_main_loop_run (loop);
  return 0;
}
