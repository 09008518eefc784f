/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-atomic-write"

#include "config.h"

#include "plenary-atomic-write.h"

/* Every file Plenary writes (charts, tables, slides) goes through here, so
 * that a failed or cancelled write never leaves half a file behind and
 * never destroys the file it was to replace.
 *
 * g_file_replace() writes an existing file's replacement into a temporary
 * file beside it and renames it over the old one when the stream is
 * closed; closing with a cancelled cancellable drops the temporary file
 * instead.  A file that did not exist yet is written in place, so on
 * failure that one is deleted here. */

#define CREATED_KEY "plenary-atomic-write-created"

/**
 * plenary_atomic_write_begin:
 * @file: the file to write or replace
 *
 * Returns: (transfer full): a stream to write the whole contents to, then
 *   to hand to plenary_atomic_write_commit() or
 *   plenary_atomic_write_abort(); %NULL with @error set if @file cannot
 *   be written
 */
GOutputStream *
plenary_atomic_write_begin (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  existed = g_file_query_exists (file, cancellable);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return NULL;

  if (!existed)
    g_object_set_data_full (G_OBJECT (stream), CREATED_KEY, g_object_ref (file), g_object_unref);
  return G_OUTPUT_STREAM (g_steal_pointer (&stream));
}

/**
 * plenary_atomic_write_abort:
 * @stream: (transfer full): a stream from plenary_atomic_write_begin()
 *
 * Leaves the file as it was before: an old file untouched, a new one gone.
 */
void
plenary_atomic_write_abort (GOutputStream *stream)
{
  g_autoptr(GOutputStream) owned = stream;
  g_autoptr(GCancellable) abort = g_cancellable_new ();
  GFile *created;

  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));

  g_cancellable_cancel (abort);
  g_output_stream_close (stream, abort, NULL);

  created = g_object_get_data (G_OBJECT (stream), CREATED_KEY);
  if (created != NULL)
    g_file_delete (created, NULL, NULL);
}

/**
 * plenary_atomic_write_commit:
 * @stream: (transfer full): a stream from plenary_atomic_write_begin()
 *
 * Closes @stream, which puts the new contents in place.  If that fails,
 * the file is left as it was, as by plenary_atomic_write_abort().
 */
gboolean
plenary_atomic_write_commit (GOutputStream  *stream,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!g_output_stream_close (stream, cancellable, error))
    {
      plenary_atomic_write_abort (stream);
      return FALSE;
    }

  g_object_unref (stream);
  return TRUE;
}

/**
 * plenary_atomic_write_bytes:
 * @file: the file to write or replace
 * @bytes: its whole new contents
 *
 * Returns: %TRUE if @file now holds @bytes; otherwise it is as it was
 */
gboolean
plenary_atomic_write_bytes (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  GOutputStream *stream;
  const guint8 *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  stream = plenary_atomic_write_begin (file, cancellable, error);
  if (stream == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (!g_output_stream_write_all (stream, data, length, NULL, cancellable, error))
    {
      plenary_atomic_write_abort (stream);
      return FALSE;
    }
  return plenary_atomic_write_commit (stream, cancellable, error);
}

static void
write_bytes_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;

  if (plenary_atomic_write_bytes (G_FILE (source_object), task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The same on a worker thread, for the interface. */
void
plenary_atomic_write_bytes_async (GFile               *file,
                                  GBytes              *bytes,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_atomic_write_bytes_async);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify)g_bytes_unref);
  g_task_run_in_thread (task, write_bytes_thread);
}

gboolean
plenary_atomic_write_bytes_finish (GFile         *file,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
