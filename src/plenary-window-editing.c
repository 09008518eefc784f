/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-editing"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-alert.h"
#include "plenary-file-dialog.h"
#include "plenary-window-private.h"

/* The window's side of editing: the editor of the report on screen, its
 * drafts, Undo and Redo, Save and Save As, the mark of unsaved changes in
 * the title, and the question before closing over unsaved changes. */

typedef enum {
  AFTER_SAVE_NOTHING,
  AFTER_SAVE_CLOSE,
  AFTER_SAVE_OPEN,   /* the report waiting in pending_file or pending_bundled */
} AfterSave;

static void
close_window_cb (gpointer data)
{
  g_autoptr(PlenaryWindow) self = data;

  gtk_window_close (GTK_WINDOW (self));
}

static void save_as (PlenaryWindow *self,
                     AfterSave      after);

static void
update_editing_actions (PlenaryWindow *self)
{
  PlenaryEditor *editor = self->editor;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 editor != NULL && plenary_editor_get_can_undo (editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 editor != NULL && plenary_editor_get_can_redo (editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", editor != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", editor != NULL);
}

static void
on_editor_state_cb (PlenaryWindow *self)
{
  update_editing_actions (self);
  plenary_window_update_titles (self);
}

/* "• Guangzhou 2019 Plan Report" while there are unsaved changes. */
char *
plenary_window_dup_document_title (PlenaryWindow *self,
                             const char    *short_title)
{
  if (short_title == NULL)
    return NULL;
  if (self->editor == NULL || !plenary_editor_get_dirty (self->editor))
    return g_strdup (short_title);
  /* Translators: the mark of a report with unsaved changes; %s is its title. */
  return g_strdup_printf (_("• %s"), short_title);
}

/* Makes @editor the one of the report on screen; the caller shows its
 * report with plenary_window_set_report(). */
void
plenary_window_take_editor (PlenaryWindow *self,
                            PlenaryEditor *editor)
{
  g_assert (PLENARY_IS_WINDOW (self));
  g_assert (PLENARY_IS_EDITOR (editor));

  if (self->editor == editor)
    return;

  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editor, self);
      plenary_draft_store_unwatch (self->drafts, self->editor);
    }
  g_set_object (&self->editor, editor);
  plenary_session_set_editor (self->session, editor);
  g_signal_connect_swapped (editor, "notify::dirty", G_CALLBACK (on_editor_state_cb), self);
  g_signal_connect_swapped (editor, "notify::can-undo", G_CALLBACK (on_editor_state_cb), self);
  g_signal_connect_swapped (editor, "notify::can-redo", G_CALLBACK (on_editor_state_cb), self);
  plenary_draft_store_watch (self->drafts, editor);
  update_editing_actions (self);
}

/* Returns: (nullable) (transfer none): the editor of the report on
 * screen, through which every change to it goes */
PlenaryEditor *
plenary_window_get_editor (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->editor;
}

static void
show_toast (PlenaryWindow *self,
            const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Questions */

typedef PlenaryWindowResponseFunc ResponseFunc;

typedef struct
{
  PlenaryWindow *self;
  ResponseFunc   func;
  gpointer       data;
} Question;

static void
on_question_response (const char *response,
                      gpointer    data)
{
  Question *question = data;

  question->func (question->self, response, question->data);
}

static void
question_free (gpointer data)
{
  Question *question = data;

  g_object_unref (question->self);
  g_free (question);
}

/* Asks @heading with @body; the responses are id, label pairs ending in
 * NULL, the first the one Escape gives, the last the default.  The alert
 * itself is plenary_alert's, the one place that knows libadwaita's dialogs. */
void
plenary_window_ask (PlenaryWindow *self,
                    const char    *heading,
                    const char    *body,
                    const char    *destructive,
                    const char    *suggested,
                    ResponseFunc   func,
                    gpointer       data,
                    ...)
{
  Question *question = g_new0 (Question, 1);
  va_list args;

  question->self = g_object_ref (self);
  question->func = func;
  question->data = data;

  va_start (args, data);
  plenary_alert_ask_valist (GTK_WIDGET (self), heading, body, destructive, suggested,
                            on_question_response, question, question_free, args);
  va_end (args);
}

/* Saving */

/* Opens the report that waited for the unsaved changes to be settled. */
static void
open_pending (PlenaryWindow *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);
  gboolean bundled = self->pending_bundled;

  self->pending_bundled = FALSE;
  self->replace_confirmed = TRUE;
  if (file != NULL)
    plenary_window_open_file (self, file);
  else if (bundled)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-bundled", NULL);
  self->replace_confirmed = FALSE;
}

static void
after_save (PlenaryWindow *self,
            AfterSave      after)
{
  if (after == AFTER_SAVE_CLOSE)
    {
      self->close_confirmed = TRUE;
      /* After the question that asked has gone (see on_close_response). */
      g_idle_add_once (close_window_cb, g_object_ref (self));
    }
  else if (after == AFTER_SAVE_OPEN)
    open_pending (self);
  else
    show_toast (self, _("Saved"));
}

static void
show_save_error (PlenaryWindow *self,
                 const GError  *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save: %s"), error->message);

  show_toast (self, message);
}

static void
on_overwrite_response (PlenaryWindow *self,
                       const char    *response,
                       gpointer       data)
{
  AfterSave after = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "overwrite") == 0)
    {
      if (plenary_editor_save (self->editor, PLENARY_EDITOR_SAVE_OVERWRITE, NULL, &error))
        after_save (self, after);
      else
        show_save_error (self, error);
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    save_as (self, after);
}

static void
save (PlenaryWindow *self,
      AfterSave      after)
{
  g_autoptr(GError) error = NULL;

  if (plenary_editor_get_file (self->editor) == NULL)
    {
      save_as (self, after);
      return;
    }

  if (plenary_editor_save (self->editor, PLENARY_EDITOR_SAVE_NONE, NULL, &error))
    after_save (self, after);
  else if (g_error_matches (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_CHANGED_ON_DISK))
    plenary_window_ask (self, _("File Changed on Disk"), error->message, "overwrite", NULL,
         on_overwrite_response, GINT_TO_POINTER (after),
         "cancel", _("_Cancel"),
         "save-as", _("Save _As…"),
         "overwrite", _("_Replace"),
         NULL);
  else
    show_save_error (self, error);
}

typedef struct
{
  PlenaryWindow *self;
  PlenaryEditor *editor;
  AfterSave      after;
} SaveAs;

static void
on_save_as_chosen_cb (GObject      *source_object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SaveAs *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = plenary_file_dialog_finish (result, &error);

  /* The report on screen may have changed while the dialog was open. */
  if (file != NULL && data->self->editor == data->editor)
    {
      if (plenary_editor_save_as (data->editor, file, NULL, &error))
        {
          plenary_window_add_recent (data->self, file);
          after_save (data->self, data->after);
        }
      else
        show_save_error (data->self, error);
    }
  else if (file == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_save_error (data->self, error);

  g_object_unref (data->self);
  g_object_unref (data->editor);
  g_free (data);
}

static void
save_as (PlenaryWindow *self,
         AfterSave      after)
{
  SaveAs *data = g_new0 (SaveAs, 1);
  GFile *file = plenary_editor_get_file (self->editor);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  data->self = g_object_ref (self);
  data->editor = g_object_ref (self->editor);
  data->after = after;
  if (file != NULL)
    name = g_file_get_basename (file);
  else
    name = g_strconcat (plenary_report_get_id (plenary_editor_get_report (self->editor)), ".json", NULL);

  filter = plenary_file_filter_new (_("Report"), "application/json", "json");
  plenary_file_dialog_save (GTK_WIDGET (self), _("Save Report As"), name, filter, NULL,
                            on_save_as_chosen_cb, data);
}

/* Actions */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL && !plenary_editor_undo (self->editor, &error))
    show_toast (self, error->message);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL && !plenary_editor_redo (self->editor, &error))
    show_toast (self, error->message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (self->editor != NULL)
    save (self, AFTER_SAVE_NOTHING);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (self->editor != NULL)
    save_as (self, AFTER_SAVE_NOTHING);
}

/* Closing */

static void
on_close_response (PlenaryWindow *self,
                   const char    *response,
                   gpointer       data)
{
  if (g_strcmp0 (response, "save") == 0)
    save (self, AFTER_SAVE_CLOSE);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!plenary_draft_store_discard (self->drafts, self->editor, &error))
        g_warning ("%s", error->message);
      self->close_confirmed = TRUE;
      /* Once the question has gone: while a dialog is open, libadwaita
       * 1.5 and later close the dialog, not the window. */
      g_idle_add_once (close_window_cb, g_object_ref (self));
    }
}

/* TRUE when the window must stay open for now: there are unsaved
 * changes, and the person is asked whether to save them. */
gboolean
plenary_window_editing_close_request (PlenaryWindow *self)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (self->close_confirmed || self->editor == NULL || !plenary_editor_get_dirty (self->editor))
    return FALSE;

  plenary_window_ask (self, _("Save Changes?"),
       _("The report has unsaved changes. Changes which are not saved will be permanently lost."),
       "discard", "save", on_close_response, NULL,
       "cancel", _("_Cancel"),
       "discard", _("_Discard"),
       "save", _("_Save"),
       NULL);
  return TRUE;
}

static void
on_replace_response (PlenaryWindow *self,
                     const char    *response,
                     gpointer       data)
{
  if (g_strcmp0 (response, "save") == 0)
    save (self, AFTER_SAVE_OPEN);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!plenary_draft_store_discard (self->drafts, self->editor, &error))
        g_warning ("%s", error->message);
      open_pending (self);
    }
  else
    {
      g_clear_object (&self->pending_file);
      self->pending_bundled = FALSE;
    }
}

/* TRUE when opening @file (NULL: the bundled report) must wait: the
 * report on screen has unsaved changes, and the person is asked whether
 * to save them; the report opens after Save or Discard. */
gboolean
plenary_window_ask_before_replacing (PlenaryWindow *self,
                                     GFile         *file)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (self->replace_confirmed || self->editor == NULL || !plenary_editor_get_dirty (self->editor))
    return FALSE;

  g_set_object (&self->pending_file, file);
  self->pending_bundled = file == NULL;
  plenary_window_ask (self, _("Save Changes?"),
       _("The report has unsaved changes. Changes which are not saved will be permanently lost."),
       "discard", "save", on_replace_response, NULL,
       "cancel", _("_Cancel"),
       "discard", _("_Discard"),
       "save", _("_Save"),
       NULL);
  return TRUE;
}

static void
restore_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(GPtrArray) drafts = plenary_draft_store_find_drafts (self->drafts, NULL);
  const char *path = g_variant_get_string (parameter, NULL);

  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    {
      PlenaryDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autoptr(PlenaryEditor) editor = NULL;
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (info->path, path) != 0)
        continue;
      if (plenary_window_ask_before_replacing (self, NULL))
        return;
      g_cancellable_cancel (self->load_cancellable);
      editor = plenary_draft_store_restore (self->drafts, info, &error);
      if (editor == NULL)
        {
          plenary_window_show_error (self, NULL, error);
          return;
        }
      plenary_window_take_editor (self, editor);
      plenary_window_set_report (self, plenary_editor_get_report (editor));
      return;
    }
}

/* Offers the newest draft an earlier run left, after a crash. */
static void
offer_draft (PlenaryWindow *self)
{
  g_autoptr(GPtrArray) drafts = plenary_draft_store_find_drafts (self->drafts, NULL);
  PlenaryDraftInfo *info;
  g_autofree char *message = NULL;
  AdwToast *toast;
  const char *title;

  if (drafts == NULL || drafts->len == 0)
    return;

  info = g_ptr_array_index (drafts, 0);
  title = plenary_language_pick (plenary_session_get_language (self->session),
                                 info->title_zh, info->title_en);
  /* Translators: %s is the short title of a report. */
  message = g_strdup_printf (_("Unsaved changes were kept: “%s”"), title && *title ? title : info->report_id);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Restore"));
  adw_toast_set_action_name (toast, "win.restore-draft");
  adw_toast_set_action_target_value (toast, g_variant_new_string (info->path));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
plenary_window_class_init_editing (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-draft", "s", restore_draft_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

void
plenary_window_init_editing (PlenaryWindow *self)
{
  self->drafts = plenary_draft_store_new (NULL);
  update_editing_actions (self);
  offer_draft (self);
}

void
plenary_window_dispose_editing (PlenaryWindow *self)
{
  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editor, self);
      if (self->drafts != NULL)
        plenary_draft_store_unwatch (self->drafts, self->editor);
    }
  g_clear_object (&self->editor);
  g_clear_object (&self->drafts);
  g_clear_object (&self->pending_file);
}
