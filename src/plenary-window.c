/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n.h>

#include "model/plenary-report-loader.h"
#include "plenary-window.h"

struct _PlenaryWindow
{
  AdwApplicationWindow  parent_instance;
  PlenaryReport        *report;
  GtkLabel             *title_label;
};

G_DEFINE_FINAL_TYPE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW)

static void
plenary_window_set_report (PlenaryWindow *self,
                           PlenaryReport *report)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (!g_set_object (&self->report, report))
    return;
  gtk_label_set_label (self->title_label,
                       plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE,
                                                plenary_language_from_locale ()));
}

static void
plenary_window_dispose (GObject *object)
{
  PlenaryWindow *self = (PlenaryWindow *)object;

  g_clear_object (&self->report);

  G_OBJECT_CLASS (plenary_window_parent_class)->dispose (object);
}

static void
plenary_window_class_init (PlenaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_window_dispose;
}

static void
plenary_window_init (PlenaryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title_label));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  report = plenary_report_load_default (&error);
  if (report == NULL)
    g_critical ("The bundled report does not load: %s", error->message);
  else
    plenary_window_set_report (self, report);
}

PlenaryWindow *
plenary_window_new (PlenaryApplication *application)
{
  return g_object_new (PLENARY_TYPE_WINDOW, "application", application, NULL);
}

PlenaryReport *
plenary_window_get_report (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->report;
}

void
plenary_window_open_file (PlenaryWindow *self,
                          GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  report = plenary_report_load_file (file, NULL, &error);
  if (report != NULL)
    plenary_window_set_report (self, report);
  else
    g_warning ("%s", error->message);
}
