/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-present"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-presentation.h"
#include "plenary-slide-list.h"
#include "plenary-slide-print.h"
#include "plenary-window-private.h"

/* The window's side of presentation mode: which slides to show, started
 * from F5, the header bar, a chart card or the menu, and the PDF export. */

static void
on_presentation_finished_cb (PlenaryWindow *self)
{
  g_clear_object (&self->presentation);
}

static void
start_presentation (PlenaryWindow      *self,
                    PlenaryOutlineNode *node,
                    PlenaryChartSpec   *start_chart)
{
  PlenaryPresentation *presentation;

  g_assert (PLENARY_IS_WINDOW (self));

  /* One slideshow at a time: F5 inside the slides ends it, and a second
   * press here must not open another. */
  if (plenary_session_get_report (self->session) == NULL || self->presentation != NULL)
    return;

  presentation = plenary_presentation_start (GTK_WINDOW (self), plenary_session_get_report (self->session), plenary_session_get_language (self->session),
                                             node, start_chart);
  if (presentation == NULL)
    return;

  self->presentation = G_OBJECT (g_object_ref (presentation));
  g_signal_connect_object (presentation, "finished",
                           G_CALLBACK (on_presentation_finished_cb), self, G_CONNECT_SWAPPED);
}

void
plenary_window_stop_presentation (PlenaryWindow *self)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (self->presentation != NULL)
    plenary_presentation_stop (PLENARY_PRESENTATION (self->presentation));
  g_clear_object (&self->presentation);
}

/* Returns: (nullable) (transfer none): the slideshow running from this
 * window */
PlenaryPresentation *
plenary_window_get_presentation (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->presentation != NULL ? PLENARY_PRESENTATION (self->presentation) : NULL;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;
  start_presentation (PLENARY_WINDOW (widget), NULL, NULL);
}

/* The chapter or section being read; the whole report elsewhere. */
static void
present_section_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryOutlineNode *node = NULL;

  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;
  node = plenary_session_get_section (self->session);
  start_presentation (self, node, NULL);
}

static void
present_chart_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryChartSpec *chart;

  if (plenary_session_get_report (self->session) == NULL ||
      !plenary_review_guard_check (widget, action_name, parameter))
    return;
  chart = plenary_report_find_chart (plenary_session_get_report (self->session), g_variant_get_string (parameter, NULL));
  if (chart != NULL)
    start_presentation (self, NULL, chart);
}

static void
on_slides_exported_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PlenaryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = plenary_presentation_export_pdf_finish (result, &error);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        plenary_window_show_error (self, NULL, error);
      return;
    }

  name = g_file_get_basename (file);
  /* TRANSLATORS: %s is a file name */
  message = g_strdup_printf (_("Slides saved as “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
export_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (plenary_session_get_report (self->session) == NULL ||
      !plenary_review_guard_check (widget, action_name, parameter))
    return;
  plenary_presentation_export_pdf (widget, plenary_session_get_report (self->session), plenary_session_get_language (self->session), NULL,
                                   on_slides_exported_cb, g_object_ref (self));
}

static void
on_print_slides_failed_cb (GtkWidget    *parent,
                           const GError *error)
{
  plenary_window_show_error (PLENARY_WINDOW (parent), NULL, error);
}

/* Paper takes the light slides whatever the projector's theme. */
static void
print_slides_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(GPtrArray) slides = NULL;

  if (plenary_session_get_report (self->session) == NULL ||
      !plenary_review_guard_check (widget, action_name, parameter))
    return;
  slides = plenary_slide_list_new (plenary_session_get_report (self->session), NULL,
                                   plenary_session_get_language (self->session));
  plenary_slide_print (widget, slides, PLENARY_SLIDE_THEME_LIGHT, on_print_slides_failed_cb);
}

void
plenary_window_class_init_present (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-section", NULL, present_section_action);
  gtk_widget_class_install_action (widget_class, "win.present-chart", "s", present_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export-slides", NULL, export_slides_action);
  gtk_widget_class_install_action (widget_class, "win.print-slides", NULL, print_slides_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK,
                                       "win.present-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-slides", NULL);
}
