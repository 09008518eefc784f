/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-chart-file-dialog.h"

/* The one place that knows that GTK 4.10 replaced GtkFileChooserNative
 * with GtkFileDialog: both are wrapped in a GTask that returns the chosen
 * GFile, or G_IO_ERROR_CANCELLED when the user closes the dialog. */

static GtkWindow *
window_of (GtkWidget *parent)
{
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

#if GTK_CHECK_VERSION (4, 10, 0)

/* Closing the dialog is a cancellation, as with the older chooser. */
static void
return_error (GTask  *task,
              GError *error)
{
  if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
      || g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    {
      g_clear_error (&error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed by the user");
    }
  else
    g_task_return_error (task, error);
}

static void
on_save_finished_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);

  if (file == NULL)
    return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

static void
on_folder_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (object), result, &error);

  if (file == NULL)
    return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

#else

static void
on_native_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog)), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed by the user");

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

#endif

void
plenary_chart_file_dialog_save (GtkWidget           *parent,
                                const char          *title,
                                const char          *initial_name,
                                const char          *filter_name,
                                const char          *mime_type,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_task_set_source_tag (task, plenary_chart_file_dialog_save);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    g_list_store_append (filters, filter);
    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_initial_name (dialog, initial_name);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_set_default_filter (dialog, filter);
    gtk_file_dialog_save (dialog, window_of (parent), cancellable, on_save_finished_cb, task);
  }
#else
  {
    GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, window_of (parent),
                                                                GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                _("_Save"), _("_Cancel"));

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), initial_name);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    g_signal_connect (dialog, "response", G_CALLBACK (on_native_response_cb), task);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  }
#endif
}

GFile *
plenary_chart_file_dialog_save_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
plenary_chart_file_dialog_folder (GtkWidget           *parent,
                                  const char          *title,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_source_tag (task, plenary_chart_file_dialog_folder);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_select_folder (dialog, window_of (parent), cancellable, on_folder_finished_cb, task);
  }
#else
  {
    GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, window_of (parent),
                                                                GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                                _("_Select"), _("_Cancel"));

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
    g_signal_connect (dialog, "response", G_CALLBACK (on_native_response_cb), task);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  }
#endif
}

GFile *
plenary_chart_file_dialog_folder_finish (GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
