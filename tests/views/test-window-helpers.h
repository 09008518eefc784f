/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "config.h"

#include <adwaita.h>

#include "plenary-window.h"
#include "test-main-loop.h"

/* What the window tests share: they see the window as its users do,
 * through its actions, its session and the widgets on screen, never its
 * private struct. */

/* Returns: (nullable): the first widget of @type at or below @widget, in
 * the order of the widget tree (pages not on screen included). */
static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline void
test_window_after_paint_cb (GdkFrameClock *clock,
                            gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @widget's window has drawn a frame with it mapped. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  WAIT_UNTIL (gtk_widget_get_mapped (widget));
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (test_window_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  WAIT_UNTIL (painted);
  g_signal_handler_disconnect (clock, handler);
}

/* The window's settings, as another GSettings on the same (memory)
 * backend sees them. */
static inline GSettings *
window_settings (void)
{
  return g_settings_new (APPLICATION_ID);
}

/* The content's header title, the window template's "content_title"
 * (the sidebar's is "sidebar_title"). */
static inline AdwWindowTitle *
content_title (PlenaryWindow *window)
{
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (window), PLENARY_TYPE_WINDOW,
                                                  "content_title");

  g_assert_true (ADW_IS_WINDOW_TITLE (title));
  return ADW_WINDOW_TITLE (title);
}

/* Closes the "Cannot Open Report" dialog as its Close button would. */
/* AdwAlertDialog is newer than ADW_VERSION_MAX_ALLOWED: used behind the
 * check only. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static inline void
close_error_dialog (PlenaryWindow *window)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  GtkWidget *dialog = find_descendant (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);

  g_assert_nonnull (dialog);
  adw_dialog_close (ADW_DIALOG (dialog));
#else
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        {
          /* What its Close button does. */
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (toplevel), "close");
          gtk_window_close (toplevel);
          break;
        }
    }
#endif
  WAIT_UNTIL (plenary_window_get_error_body (window) == NULL);
}
G_GNUC_END_IGNORE_DEPRECATIONS
/* The question a window asks (Save Changes?, Unreviewed Figures), found
 * and answered as a click would. */
/* AdwAlertDialog is newer than ADW_VERSION_MAX_ALLOWED: behind the check only. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#if ADW_CHECK_VERSION (1, 5, 0)
static inline GtkWidget *
find_question (PlenaryWindow *window)
{
  return find_descendant (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
}

static inline void
answer (GtkWidget  *dialog,
        const char *response)
{
  g_autoptr(GtkWidget) held = g_object_ref (dialog);

  /* The answer may close the window, and the dialog with it. */
  g_signal_emit_by_name (held, "response", response);
  if (gtk_widget_get_root (held) != NULL)
    adw_dialog_force_close (ADW_DIALOG (held));
}

static inline const char *
question_heading (GtkWidget *dialog)
{
  return adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog));
}
#else
static inline GtkWidget *
find_question (PlenaryWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

static inline void
answer (GtkWidget  *dialog,
        const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static inline const char *
question_heading (GtkWidget *dialog)
{
  return adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog));
}
#endif
G_GNUC_END_IGNORE_DEPRECATIONS

