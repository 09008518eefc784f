/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-source"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-import-source.h"

/* Reads @file whole, refusing it by its size before reading a byte when
 * it is larger than any report (a 200 MB file is not one). */
GBytes *
plenary_import_load_bytes (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_UNSUPPORTED,
                   _("A folder cannot be imported."));
      return NULL;
    }
  if (g_file_info_get_size (info) > PLENARY_IMPORT_MAX_BYTES)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB."), PLENARY_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, error))
    return NULL;
  /* It may have grown since it was measured. */
  if (len > PLENARY_IMPORT_MAX_BYTES)
    {
      g_free (data);
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB."), PLENARY_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  return g_bytes_new_take (data, len);
}
