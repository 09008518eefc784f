/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-page"

#include "config.h"

#include <glib/gi18n.h>

#include "model/plenary-investment-table.h"
#include "plenary-investment-page-private.h"

/* The investment page's ways out for the table: the clipboard, as
 * tab-separated text a spreadsheet pastes into cells, and a CSV file.  The
 * charts are saved, copied and printed by their own cards. */

static void
copy_table_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (widget);
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  g_autofree char *tsv = NULL;

  if (plan == NULL)
    return;

  tsv = plenary_investment_table_format (plan, self->language, PLENARY_TABLE_TSV);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), tsv);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Table copied")));
}

static void
on_csv_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (plenary_investment_page_save_csv_finish (self, result, &error))
    message = g_strdup_printf (_("Saved “%s”"), name);
  else
    {
      g_warning ("Could not save the table as %s: %s", name, error->message);
      /* Translators: the file name and the reason, "Could not save “a.csv”: Permission denied". */
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
save_csv (PlenaryInvestmentPage *self,
          GFile                 *file)
{
  plenary_investment_page_save_csv_async (self, file, NULL, on_csv_saved_cb, g_object_ref (file));
}

static GtkFileFilter *
create_csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV Files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  return filter;
}

static char *
dup_csv_name (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);

  return g_strdup_printf ("key-projects-%u-%s.csv",
                          plan ? plenary_investment_plan_get_year (plan) : 0,
                          plenary_language_to_string (self->language));
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_save_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PlenaryInvestmentPage) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    save_csv (self, file);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = create_csv_filter ();
  g_autofree char *name = dup_csv_name (self);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Export Table"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        on_save_dialog_done_cb, g_object_ref (self));
}
#else
static void
on_save_native_response_cb (GtkNativeDialog *native,
                            int              response,
                            gpointer         user_data)
{
  g_autoptr(PlenaryInvestmentPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file != NULL)
        save_csv (self, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = create_csv_filter ();
  g_autofree char *name = dup_csv_name (self);

  native = gtk_file_chooser_native_new (_("Export Table"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_save_native_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

void
_plenary_investment_page_update_actions (PlenaryInvestmentPage *self)
{
  gboolean has_plan = _plenary_investment_page_get_plan (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "investment.copy-table", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "investment.export-csv", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "investment.show-paragraph",
                                 self->shown_paragraph != NULL);
}

void
_plenary_investment_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "investment.copy-table", NULL, copy_table_action);
  gtk_widget_class_install_action (widget_class, "investment.export-csv", NULL, export_csv_action);
}

static void
on_csv_replaced_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * plenary_investment_page_save_csv_async:
 *
 * Writes the table as CSV in the page's content language: UTF-8 with a
 * byte-order mark, a header row, one row a category and the totals.
 */
void
plenary_investment_page_save_csv_async (PlenaryInvestmentPage *self,
                                        GFile                 *file,
                                        GCancellable          *cancellable,
                                        GAsyncReadyCallback    callback,
                                        gpointer               user_data)
{
  PlenaryInvestmentPlan *plan;
  g_autoptr(GTask) task = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GString *contents;

  g_return_if_fail (PLENARY_IS_INVESTMENT_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_investment_page_save_csv_async);

  plan = _plenary_investment_page_get_plan (self);
  if (plan == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               "There is no investment plan to save");
      return;
    }

  /* A byte-order mark tells spreadsheets that open the file directly (not
   * through an import dialog) that it is UTF-8, which Chinese labels need. */
  csv = plenary_investment_table_format (plan, self->language, PLENARY_TABLE_CSV);
  contents = g_string_new ("\xef\xbb\xbf");
  g_string_append (contents, csv);
  bytes = g_string_free_to_bytes (contents);

  /* Written to a temporary file and renamed over the old one, so a failed
   * write never leaves half a table behind. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                                       on_csv_replaced_cb, g_steal_pointer (&task));
}

gboolean
plenary_investment_page_save_csv_finish (PlenaryInvestmentPage  *self,
                                         GAsyncResult           *result,
                                         GError                **error)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
