/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-file-dialog.h"

/* The one place that knows that GTK 4.10 replaced GtkFileChooserNative
 * with GtkFileDialog: every file Plenary asks for (a chart, a table, the
 * slides, a folder for all charts, a report to open) is asked for here.
 * Both are wrapped in a GTask that returns the chosen GFile, or
 * G_IO_ERROR_CANCELLED when the user closes the dialog. */

typedef enum {
  MODE_SAVE,
  MODE_OPEN,
  MODE_FOLDER,
} Mode;

static GtkWindow *
window_of (GtkWidget *parent)
{
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* GtkFileDialog is newer than the floor (GDK_VERSION_MAX_ALLOWED): its
 * use here is behind the version check, which is what the silenced
 * "not available before 4.10" warnings would ask for. */
#if GTK_CHECK_VERSION (4, 10, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
on_dialog_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  GError *error = NULL;
  GFile *file = NULL;

  switch (GPOINTER_TO_INT (g_task_get_task_data (task)))
    {
    case MODE_SAVE:
      file = gtk_file_dialog_save_finish (dialog, result, &error);
      break;
    case MODE_OPEN:
      file = gtk_file_dialog_open_finish (dialog, result, &error);
      break;
    case MODE_FOLDER:
    default:
      file = gtk_file_dialog_select_folder_finish (dialog, result, &error);
      break;
    }

  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
           || g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    {
      /* Closing the dialog is a cancellation, as with the older chooser. */
      g_clear_error (&error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed by the user");
    }
  else
    g_task_return_error (task, error);
}

static void
run_dialog (GtkWidget     *parent,
            Mode           mode,
            const char    *title,
            const char    *initial_name,
            GtkFileFilter *filter,
            GTask         *task)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GCancellable *cancellable = g_task_get_cancellable (task);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filter != NULL)
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, filter);
    }

  switch (mode)
    {
    case MODE_SAVE:
      if (initial_name != NULL)
        gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, window_of (parent), cancellable, on_dialog_finished_cb, task);
      break;
    case MODE_OPEN:
      gtk_file_dialog_open (dialog, window_of (parent), cancellable, on_dialog_finished_cb, task);
      break;
    case MODE_FOLDER:
    default:
      gtk_file_dialog_select_folder (dialog, window_of (parent), cancellable, on_dialog_finished_cb, task);
      break;
    }
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

static void
on_native_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed by the user");

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
run_dialog (GtkWidget     *parent,
            Mode           mode,
            const char    *title,
            const char    *initial_name,
            GtkFileFilter *filter,
            GTask         *task)
{
  static const GtkFileChooserAction actions[] = {
    [MODE_SAVE] = GTK_FILE_CHOOSER_ACTION_SAVE,
    [MODE_OPEN] = GTK_FILE_CHOOSER_ACTION_OPEN,
    [MODE_FOLDER] = GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
  };
  const char *accept = mode == MODE_SAVE ? _("_Save") : mode == MODE_OPEN ? _("_Open") : _("_Select");
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, window_of (parent), actions[mode], accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (mode == MODE_SAVE && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), initial_name);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (on_native_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif

static void
start (GtkWidget           *parent,
       Mode                 mode,
       const char          *title,
       const char          *initial_name,
       GtkFileFilter       *filter,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, GINT_TO_POINTER (mode), NULL);
  run_dialog (parent, mode, title, initial_name, filter, task);
}

/**
 * plenary_file_dialog_save:
 * @parent: (nullable): a widget in the window the dialog belongs to
 * @filter: (nullable): the file type offered
 *
 * Asks where to save a file; finish with plenary_file_dialog_finish().
 */
void
plenary_file_dialog_save (GtkWidget           *parent,
                          const char          *title,
                          const char          *initial_name,
                          GtkFileFilter       *filter,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  start (parent, MODE_SAVE, title, initial_name, filter, cancellable, callback, user_data);
}

/* Asks for a file to open; finish with plenary_file_dialog_finish(). */
void
plenary_file_dialog_open (GtkWidget           *parent,
                          const char          *title,
                          GtkFileFilter       *filter,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  start (parent, MODE_OPEN, title, NULL, filter, cancellable, callback, user_data);
}

/* Asks for a folder; finish with plenary_file_dialog_finish(). */
void
plenary_file_dialog_select_folder (GtkWidget           *parent,
                                   const char          *title,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  start (parent, MODE_FOLDER, title, NULL, NULL, cancellable, callback, user_data);
}

/**
 * plenary_file_dialog_finish:
 *
 * Returns: (transfer full): the chosen file or folder, or %NULL with
 *   G_IO_ERROR_CANCELLED when the user closed the dialog
 */
GFile *
plenary_file_dialog_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == start, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * plenary_file_filter_new:
 * @suffix: (nullable): also matches files by this suffix, for systems
 *   that do not know @mime_type
 *
 * Returns: (transfer full): a filter for one type of file
 */
GtkFileFilter *
plenary_file_filter_new (const char *name,
                         const char *mime_type,
                         const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  if (suffix != NULL)
    gtk_file_filter_add_suffix (filter, suffix);
  return filter;
}
