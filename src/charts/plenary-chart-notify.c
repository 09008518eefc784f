/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-notify"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plenary-alert.h"
#include "plenary-chart-notify.h"

/* Messages about exports: a toast in the nearest AdwToastOverlay, or,
 * for a failure with no overlay around, a dialog; a failure is never only
 * logged. */

void
plenary_chart_notify (GtkWidget  *widget,
                      const char *message)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      /* Toast titles are Pango markup. */
      g_autofree char *escaped = g_markup_escape_text (message, -1);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
    }
}

void
plenary_chart_notify_error (GtkWidget    *widget,
                            const char   *heading,
                            const GError *error)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_message ("%s: %s", heading, error->message);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      g_autofree char *title = g_markup_printf_escaped ("%s: %s", heading, error->message);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  plenary_alert_show (widget, heading, error->message);
}
