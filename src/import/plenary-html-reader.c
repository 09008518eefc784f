/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-html-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-import-source.h"

GPtrArray *
plenary_html_reader_read (GBytes  *bytes,
                          GError **error)
{
  g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_UNSUPPORTED,
               _("Web pages cannot be read yet."));
  return NULL;
}
