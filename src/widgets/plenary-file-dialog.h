/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   plenary_file_dialog_save          (GtkWidget           *parent,
                                          const char          *title,
                                          const char          *initial_name,
                                          GtkFileFilter       *filter,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void   plenary_file_dialog_open          (GtkWidget           *parent,
                                          const char          *title,
                                          GtkFileFilter       *filter,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void   plenary_file_dialog_select_folder (GtkWidget           *parent,
                                          const char          *title,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GFile *plenary_file_dialog_finish        (GAsyncResult        *result,
                                          GError             **error);

GtkFileFilter *plenary_file_filter_new   (const char          *name,
                                          const char          *mime_type,
                                          const char          *suffix);

G_END_DECLS
