/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   plenary_chart_file_dialog_save          (GtkWidget           *parent,
                                                const char          *title,
                                                const char          *initial_name,
                                                const char          *filter_name,
                                                const char          *mime_type,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GFile *plenary_chart_file_dialog_save_finish   (GAsyncResult        *result,
                                                GError             **error);
void   plenary_chart_file_dialog_folder        (GtkWidget           *parent,
                                                const char          *title,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GFile *plenary_chart_file_dialog_folder_finish (GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
