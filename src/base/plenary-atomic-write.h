/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GOutputStream *plenary_atomic_write_begin        (GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
gboolean       plenary_atomic_write_commit       (GOutputStream        *stream,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           plenary_atomic_write_abort        (GOutputStream        *stream);
gboolean       plenary_atomic_write_bytes        (GFile                *file,
                                                  GBytes               *bytes,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           plenary_atomic_write_bytes_async  (GFile                *file,
                                                  GBytes               *bytes,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       plenary_atomic_write_bytes_finish (GFile                *file,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
