/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void plenary_chart_notify       (GtkWidget    *widget,
                                 const char   *message);
void plenary_chart_notify_error (GtkWidget    *widget,
                                 const char   *heading,
                                 const GError *error);

G_END_DECLS
