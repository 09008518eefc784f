/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-page"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-atomic-write.h"
#include "plenary-file-dialog.h"
#include "plenary-investment-table.h"
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

static char *
dup_csv_name (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);

  return g_strdup_printf ("key-projects-%u-%s.csv",
                          plan ? plenary_investment_plan_get_year (plan) : 0,
                          plenary_language_to_string (self->language));
}

static void
on_save_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PlenaryInvestmentPage) self = user_data;
  g_autoptr(GFile) file = plenary_file_dialog_finish (result, NULL);

  if (file != NULL)
    save_csv (self, file);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = plenary_file_filter_new (_("CSV Files"), "text/csv", "csv");
  g_autofree char *name = dup_csv_name (self);

  plenary_file_dialog_save (widget, _("Export Table"), name, filter, NULL,
                            on_save_dialog_done_cb, g_object_ref (self));
}

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

  if (plenary_atomic_write_bytes_finish (G_FILE (object), result, &error))
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

  /* A failed write never leaves half a table behind. */
  plenary_atomic_write_bytes_async (file, bytes, cancellable, on_csv_replaced_cb,
                                    g_steal_pointer (&task));
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
