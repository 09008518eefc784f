/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-importer.h"
#include "plenary-window-private.h"

/* Importing a PDF, web page or text file from the window.  The import runs
 * in the window's loading thread (plenary-window-actions.c) like any other
 * load; this file only shows its progress, once it takes longer than a
 * moment, in a toast with a progress bar and a Cancel button.  The toast lives in the
 * window's object data so that the window's struct, which is being
 * reorganised, does not change for it. */

#define TOAST_KEY "plenary-import-toast"
#define DELAY_KEY "plenary-import-delay"
#define SHOW_AFTER_MS 400
/* Longer than a toast takes to slide in. */
#define DISMISS_AFTER_MS 1000

/* What the importer is doing, in words. */
static const char *
stage_text (PlenaryImportStage stage)
{
  switch (stage)
    {
    case PLENARY_IMPORT_STAGE_READING:
      return _("Reading the document");
    case PLENARY_IMPORT_STAGE_STRUCTURE:
      return _("Finding chapters and sections");
    case PLENARY_IMPORT_STAGE_INDICATORS:
      return _("Finding the figures");
    case PLENARY_IMPORT_STAGE_CHARTS:
      return _("Proposing charts");
    case PLENARY_IMPORT_STAGE_LOADING:
    case PLENARY_IMPORT_STAGE_DONE:
    default:
      return _("Opening the report");
    }
}

/* The toast's title: the file's name, and a bar with the stage on it. */
static GtkWidget *
progress_title_new (const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *text = NULL;

  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Importing %s…"), name);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_widget_set_size_request (bar, 240, -1);
  gtk_widget_add_css_class (bar, "import-progress");
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  return box;
}

static void
update_title (AdwToast        *toast,
              PlenaryImporter *importer)
{
  GtkWidget *box = adw_toast_get_custom_title (toast);
  GtkProgressBar *bar;

  if (box == NULL)
    return;
  bar = GTK_PROGRESS_BAR (gtk_widget_get_last_child (box));
  gtk_progress_bar_set_fraction (bar, plenary_importer_get_fraction (importer));
  gtk_progress_bar_set_text (bar, stage_text (plenary_importer_get_stage (importer)));
}

static void
on_fraction_cb (PlenaryImporter *importer,
                GParamSpec      *pspec,
                PlenaryWindow   *self)
{
  AdwToast *toast = g_object_get_data (G_OBJECT (self), TOAST_KEY);

  if (toast != NULL)
    update_title (toast, importer);
}

static gboolean
show_toast_cb (gpointer user_data)
{
  PlenaryWindow *self = user_data;
  AdwToast *toast = g_object_get_data (G_OBJECT (self), TOAST_KEY);

  g_object_steal_data (G_OBJECT (self), DELAY_KEY);
  if (toast != NULL)
    {
      g_object_set_data (G_OBJECT (toast), "shown", GINT_TO_POINTER (TRUE));
      adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
    }
  return G_SOURCE_REMOVE;
}

static void
remove_source (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

/* Returns a new importer when @file is one to import, NULL otherwise. */
PlenaryImporter *
plenary_window_begin_import (PlenaryWindow *self,
                             GFile         *file)
{
  g_autofree char *name = g_file_get_basename (file);
  PlenaryImporter *importer;
  AdwToast *toast;
  guint delay;

  /* Opening another file cancels an import under way. */
  plenary_window_finish_import (self, _("Import cancelled"));
  if (name == NULL || !plenary_importer_handles_name (name))
    return NULL;

  importer = plenary_importer_new ();
  toast = adw_toast_new ("");
  adw_toast_set_custom_title (toast, progress_title_new (name));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Cancel"));
  adw_toast_set_action_name (toast, "win.cancel-import");
  update_title (toast, importer);
  g_signal_connect_object (importer, "notify::fraction", G_CALLBACK (on_fraction_cb), self, 0);
  g_object_set_data_full (G_OBJECT (self), TOAST_KEY, toast, g_object_unref);

  delay = g_timeout_add (SHOW_AFTER_MS, show_toast_cb, self);
  g_object_set_data_full (G_OBJECT (self), DELAY_KEY, GUINT_TO_POINTER (delay), remove_source);
  return importer;
}

static gboolean
dismiss_toast_cb (gpointer user_data)
{
  adw_toast_dismiss (ADW_TOAST (user_data));
  return G_SOURCE_REMOVE;
}

/* The import has loaded: a progress toast on screen becomes the message,
 * rather than being dismissed for a new toast (libadwaita 1.2 does not
 * survive a toast dismissed while the next one is added).  A NULL
 * @message dismisses it, when the window says so another way.  Returns
 * whether there was one; if not, the caller shows its own toast. */
gboolean
plenary_window_finish_import (PlenaryWindow *self,
                              const char    *message)
{
  g_autoptr(AdwToast) toast = g_object_steal_data (G_OBJECT (self), TOAST_KEY);

  g_object_set_data (G_OBJECT (self), DELAY_KEY, NULL);
  if (toast == NULL || g_object_get_data (G_OBJECT (toast), "shown") == NULL)
    return FALSE;
  if (message == NULL)
    {
      /* Not at once: a toast dismissed while it is still sliding in
       * leaves libadwaita 1.2 a show animation that fires, when the
       * overlay is next unmapped, on the freed toast's data. */
      g_timeout_add_full (G_PRIORITY_DEFAULT, DISMISS_AFTER_MS, dismiss_toast_cb,
                          g_object_ref (toast), g_object_unref);
      return TRUE;
    }
  adw_toast_set_custom_title (toast, NULL);
  adw_toast_set_title (toast, message);
  adw_toast_set_button_label (toast, NULL);
  adw_toast_set_action_name (toast, NULL);
  return TRUE;
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  /* The report on screen stays; the load's callback sees the cancel.  A
   * toast's button dismisses its toast itself. */
  g_cancellable_cancel (self->load_cancellable);
  plenary_window_finish_import (self, _("Import cancelled"));
}

void
plenary_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
}
