/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget  *plenary_alert_show     (GtkWidget  *parent,
                                    const char *heading,
                                    const char *body);
const char *plenary_alert_get_body (GtkWidget  *alert);
void        plenary_alert_close    (GtkWidget  *alert);

/* Called with the id of the response chosen. */
typedef void (*PlenaryAlertFunc) (const char *response,
                                  gpointer    data);

GtkWidget  *plenary_alert_ask_valist (GtkWidget        *parent,
                                      const char       *heading,
                                      const char       *body,
                                      const char       *destructive,
                                      const char       *suggested,
                                      PlenaryAlertFunc  func,
                                      gpointer          data,
                                      GDestroyNotify    destroy,
                                      va_list           responses);

G_END_DECLS
