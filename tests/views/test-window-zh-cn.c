/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>
#include <locale.h>

#include "test-window-helpers.h"

/* The window in Chinese: a report that does not load is refused in the
 * user's language, heading, file name and the loader's reason alike. */

static GtkApplication *app;

/* As tests/po/test-catalogues.c: LANGUAGE, and a real zh_CN locale where
 * the machine has one, for glibc versions that ignore LANGUAGE under C. */
static void
use_zh_cn (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "po", NULL);

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, ""));
  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL)
    g_assert_nonnull (setlocale (LC_MESSAGES, ""));
  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, localedir));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static const char *
error_heading (PlenaryWindow *window)
{
/* AdwAlertDialog is newer than ADW_VERSION_MAX_ALLOWED: behind the check only. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#if ADW_CHECK_VERSION (1, 5, 0)
  GtkWidget *dialog = find_descendant (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);

  return dialog != NULL ? adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)) : NULL;
#else
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel));
    }
  return NULL;
#endif
G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
test_cannot_open_in_chinese (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "tests", "data", "invalid",
                                            "value-string.json", NULL);
  g_autofree char *missing = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "tests", "data", "invalid",
                                               "missing-metadata-title.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  PlenaryWindow *window = g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (plenary_window_get_language (window), ==, PLENARY_LANGUAGE_ZH);

  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_window_get_error_body (window) != NULL);
  g_assert_cmpstr (error_heading (window), ==, "无法打开报告");
  /* The JSON path stays as the file has it; the reason is Chinese. */
  g_assert_cmpstr (plenary_window_get_error_body (window), ==,
                   "value-string.json\n$.indicators[2].value: 应为数字，实为字符串。");
  close_error_dialog (window);

  plenary_window_open_file (window, missing_file);
  WAIT_UNTIL (plenary_window_get_error_body (window) != NULL);
  g_assert_cmpstr (plenary_window_get_error_body (window), ==,
                   "missing-metadata-title.json\n$.metadata: 缺少必填字段“title”。");
  close_error_dialog (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* gtk_init() would set the locale from LC_ALL=C.UTF-8 again. */
  gtk_disable_setlocale ();
  use_zh_cn ();
  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.ChineseTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window-zh-cn/cannot-open", test_cannot_open_in_chinese);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
