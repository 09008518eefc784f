/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-alert.h"
#include "plenary-file-dialog.h"
#include "plenary-importer.h"
#include "plenary-report-loader.h"
#include "plenary-window-private.h"

#define MAX_RECENT 8

/* Loading: in a thread, so that a large file never freezes the window. */

static void
load_report_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  PlenaryImporter *importer = g_object_get_data (G_OBJECT (task), "importer");
  PlenaryEditor *editor = NULL;

  if (importer != NULL)
    {
      /* A PDF, web page or text file is imported, in this thread too. Its
       * editor has no file: saving asks where, never over the source. */
      g_autoptr(PlenaryReport) report = plenary_importer_import (importer, file, cancellable, NULL, &error);

      if (report != NULL)
        editor = plenary_editor_new (report, NULL, NULL);
    }
  else
    /* The editor reads the file and keeps its etag, to notice when someone
     * else changes it before a save. */
    editor = plenary_editor_new_for_file (file, cancellable, &error);

  if (editor != NULL)
    g_task_return_pointer (task, editor, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
forget_last_report (PlenaryWindow *self,
                    GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *last = NULL;

  if (self->settings == NULL)
    return;
  last = g_settings_get_string (self->settings, "last-report");
  /* An older or hand-set value may be a plain path rather than a URI. */
  if (g_strcmp0 (last, uri) == 0 || g_strcmp0 (last, g_file_peek_path (file)) == 0)
    g_settings_set_string (self->settings, "last-report", "");
}

static void
on_report_loaded_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  PlenaryWindow *self = PLENARY_WINDOW (source_object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(PlenaryEditor) editor = NULL;
  PlenaryReport *report;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  editor = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (editor == NULL)
    plenary_window_finish_import (self, _("Import failed"));

  if (self->loading_file == file)
    g_clear_object (&self->loading_file);

  if (editor == NULL)
    {
      forget_last_report (self, file);
      plenary_window_show_error (self, file, error);
      return;
    }

  report = plenary_editor_get_report (editor);
  plenary_window_take_editor (self, editor);
  plenary_window_set_report (self, report);
  plenary_window_add_recent (self, file);
  uri = g_file_get_uri (file);
  /* Only a report file is opened again at the next start, not a source
   * that would be imported anew. */
  if (self->settings != NULL && plenary_report_is_reviewed (report))
    g_settings_set_string (self->settings, "last-report", uri);

  if (plenary_report_get_source_file (report) != NULL && !plenary_report_is_reviewed (report))
    {
      /* The banner above the report says where it was imported from. */
      plenary_window_finish_import (self, NULL);
      return;
    }
  /* Translators: %s is the short title of a report. */
  message = g_strdup_printf (_("Opened “%s”"),
                             plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE,
                                                      plenary_session_get_language (self->session)));
  if (plenary_window_finish_import (self, message))
    return;
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Opens a report file in the background; the report on screen stays
 * until the new one has loaded, and stays for good if it fails. */
void
plenary_window_open_file (PlenaryWindow *self,
                          GFile         *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Unsaved changes are saved or discarded first, or the report stays. */
  if (plenary_window_ask_before_replacing (self, file))
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);

  task = g_task_new (self, self->load_cancellable, on_report_loaded_cb, NULL);
  g_task_set_source_tag (task, plenary_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "importer", plenary_window_begin_import (self, file),
                          g_object_unref);
  g_task_run_in_thread (task, load_report_thread);
}

void
plenary_window_show_error (PlenaryWindow *self,
                           GFile         *file,
                           const GError  *error)
{
  g_autofree char *body = NULL;

  g_assert (PLENARY_IS_WINDOW (self));

  /* The file's name goes in the body, which wraps: a heading as long as a
   * file name would be wider than the dialog, which libadwaita cannot
   * shrink it to (GTK 4.18 warns about exactly that). */
  if (file != NULL)
    {
      /* A GFile made from something that is not a URI has no basename. */
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *name = basename != NULL ? g_filename_display_name (basename)
                                               : g_file_get_parse_name (file);

      body = g_strconcat (name, "\n", error->message, NULL);
    }
  else
    body = g_strdup (error->message);

  plenary_window_close_error_dialog (self);

  g_set_weak_pointer (&self->error_dialog,
                      plenary_alert_show (GTK_WIDGET (self), _("Cannot Open Report"), body));
}

void
plenary_window_close_error_dialog (PlenaryWindow *self)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (self->error_dialog == NULL)
    return;
  plenary_alert_close (self->error_dialog);
  g_clear_weak_pointer (&self->error_dialog);
}

/* Returns: (nullable): the text of the error dialog on screen */
const char *
plenary_window_get_error_body (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  if (self->error_dialog == NULL)
    return NULL;
  return plenary_alert_get_body (self->error_dialog);
}

/* Recent reports, newest first. */

void
plenary_window_add_recent (PlenaryWindow *self,
                           GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-reports");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-reports", (const char * const *)recent);
}

void
plenary_window_update_recent_menu (PlenaryWindow *self)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) bundled = g_menu_new ();

  g_assert (PLENARY_IS_WINDOW (self));

  g_menu_remove_all (self->recent_menu);
  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-reports");

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *label = g_filename_display_name (basename != NULL ? basename : recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (files, item);
    }
  if (recent == NULL || recent[0] == NULL)
    /* An action nobody installs, so the item shows greyed out. */
    g_menu_append (files, _("No Recent Reports"), "win.no-recent-reports");

  g_menu_append (bundled, _("_Bundled Report"), "win.open-bundled");
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (files));
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (bundled));
}

static void
on_recent_changed_cb (PlenaryWindow *self)
{
  plenary_window_update_recent_menu (self);
  plenary_window_update_actions (self);
}

/* Open…: reports and the files that are imported into one; the file
 * dialog helper chooses between GTK 4.8 and 4.10. */

static void
on_open_dialog_done_cb (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PlenaryWindow) self = user_data;
  g_autoptr(GFile) file = plenary_file_dialog_finish (result, NULL);

  if (file != NULL)
    plenary_window_open_file (self, file);
}

static void
choose_report_file (PlenaryWindow *self)
{
  g_autoptr(GtkFileFilter) filter = plenary_file_filter_new (_("Reports (JSON, PDF, web page, text)"),
                                                             "application/json", "json");

  /* These are imported rather than loaded. */
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "html");
  gtk_file_filter_add_suffix (filter, "htm");
  gtk_file_filter_add_suffix (filter, "txt");

  plenary_file_dialog_open (GTK_WIDGET (self), _("Open Report"), filter, NULL,
                            on_open_dialog_done_cb, g_object_ref (self));
}

/* About: AdwAboutWindow on libadwaita 1.2, AdwAboutDialog from 1.5 (newer
 * than ADW_VERSION_MAX_ALLOWED, so used behind the check only). */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
show_about (PlenaryWindow *self)
{
  static const char *developers[] = { "Plenary contributors", NULL };
  g_autofree char *comments = NULL;
  const char *source = NULL;
  const char *title = NULL;
  const char *icon = NULL;
  const char *people[2] = { NULL, NULL };
  GObject *about;

  if (plenary_session_get_report (self->session) != NULL)
    {
      title = plenary_report_get_text (plenary_session_get_report (self->session), PLENARY_REPORT_FIELD_TITLE, plenary_session_get_language (self->session));
      source = plenary_report_get_text (plenary_session_get_report (self->session), PLENARY_REPORT_FIELD_SOURCE, plenary_session_get_language (self->session));
    }

  if (title != NULL && source != NULL && *source != '\0')
    /* Translators: the first %s is a report's title, the second where it comes from. */
    comments = g_strdup_printf (_("Read and present a city’s annual development-plan report.\n\n"
                                  "The report shown is “%s”, published by %s."),
                                title, source);
  else
    comments = g_strdup (_("Read and present a city’s annual development-plan report."));

  if (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                               APPLICATION_ID))
    icon = APPLICATION_ID;

#if ADW_CHECK_VERSION (1, 5, 0)
  about = G_OBJECT (adw_about_dialog_new ());
#else
  about = G_OBJECT (adw_about_window_new ());
#endif

  g_object_set (about,
                "application-name", _("Plenary"),
                "version", PACKAGE_VERSION,
                "developer-name", _("Plenary contributors"),
                "developers", developers,
                "copyright", "© Plenary contributors",
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", comments,
                /* Translators: put your names here, one a line. */
                "translator-credits", _("translator-credits"),
                NULL);
  if (icon != NULL)
    g_object_set (about, "application-icon", icon, NULL);

  people[0] = source;
#if ADW_CHECK_VERSION (1, 5, 0)
  if (source != NULL && *source != '\0')
    adw_about_dialog_add_acknowledgement_section (ADW_ABOUT_DIALOG (about), _("Report Source"), people);
  adw_dialog_present (ADW_DIALOG (about), GTK_WIDGET (self));
#else
  if (source != NULL && *source != '\0')
    adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Report Source"), people);
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (about));
#endif
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose_report_file (PLENARY_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  plenary_window_open_file (PLENARY_WINDOW (widget), file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (plenary_window_ask_before_replacing (self, NULL))
    return;

  g_cancellable_cancel (self->load_cancellable);
  report = plenary_report_load_default (&error);
  if (report == NULL)
    {
      plenary_window_show_error (self, NULL, error);
      return;
    }

  plenary_window_set_report (self, report);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-report", "");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  plenary_window_start_search (PLENARY_WINDOW (widget));
}

static void
about_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  show_about (PLENARY_WINDOW (widget));
}

/* Installed in plenary-window.c; they need a report to go anywhere. */
static const char * const navigation_actions[] = {
  "win.show-page", "win.show-section", "win.show-paragraph", "win.show-match",
  "win.show-indicator", "win.show-chart",
};

void
plenary_window_update_actions (PlenaryWindow *self)
{
  g_auto(GStrv) recent = NULL;
  gboolean has_report;

  g_assert (PLENARY_IS_WINDOW (self));

  has_report = plenary_session_get_report (self->session) != NULL;
  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-reports");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_report);
  for (guint i = 0; i < G_N_ELEMENTS (navigation_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), navigation_actions[i], has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent",
                                 recent != NULL && recent[0] != NULL);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            PlenaryWindow *self)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);
      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      file = g_value_get_object (value);
    }

  if (file == NULL)
    return FALSE;

  plenary_window_open_file (self, file);
  return TRUE;
}

void
plenary_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  plenary_window_class_init_import (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action);
  gtk_widget_class_install_property_action (widget_class, "win.content-language",
                                            "content-language");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* The shortcuts window is built when first asked for.  GtkApplication
 * would build it for every window it adds, from gtk/help-overlay.ui under
 * the resource base path: as many instructions as laying out the whole
 * first frame's text.  With this action in the window's action map,
 * gtk_application_window_set_help_overlay() keeps it instead of adding its
 * own. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/plenary/Plenary/ui/plenary-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

void
plenary_window_init_actions (PlenaryWindow *self)
{
  g_autoptr(GSimpleAction) help_overlay = g_simple_action_new ("show-help-overlay", NULL);
  GtkDropTarget *drop;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkEventController *shortcuts;

  /* Lists and labels take Ctrl+/ for "select all"; the shortcuts window
   * gets it first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>slash"),
                                                          gtk_named_action_new ("win.show-help-overlay")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (help_overlay, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help_overlay));

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-reports",
                             G_CALLBACK (on_recent_changed_cb), self, G_CONNECT_SWAPPED);
  plenary_window_update_recent_menu (self);
  plenary_window_update_actions (self);
}
