/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-importer.h"
#include "plenary-window-private.h"

/* Importing a PDF, web page or text file from the window.  The import runs
 * in the window's loading thread (plenary-window-actions.c) like any other
 * load; this file only shows its progress, once it takes longer than a
 * moment, in a toast with a Cancel button.  The toast lives in the
 * window's object data so that the window's struct, which is being
 * reorganised, does not change for it. */

#define TOAST_KEY "plenary-import-toast"
#define DELAY_KEY "plenary-import-delay"
#define SHOW_AFTER_MS 400
/* Longer than a toast takes to slide in. */
#define DISMISS_AFTER_MS 1000

static void
update_title (AdwToast        *toast,
              PlenaryImporter *importer,
              const char      *name)
{
  g_autofree char *title = NULL;

  /* Translators: %s is a file name, %d a percentage */
  title = g_strdup_printf (_("Importing %s… %d %%"), name,
                           (int) (100 * plenary_importer_get_fraction (importer) + 0.5));
  adw_toast_set_title (toast, title);
}

static void
on_fraction_cb (PlenaryImporter *importer,
                GParamSpec      *pspec,
                PlenaryWindow   *self)
{
  AdwToast *toast = g_object_get_data (G_OBJECT (self), TOAST_KEY);

  if (toast != NULL)
    update_title (toast, importer, g_object_get_data (G_OBJECT (toast), "file-name"));
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
  g_object_set_data_full (G_OBJECT (toast), "file-name", g_strdup (name), g_free);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Cancel"));
  adw_toast_set_action_name (toast, "win.cancel-import");
  update_title (toast, importer, name);
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
