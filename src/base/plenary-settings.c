/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-settings"

#include "config.h"

#include "plenary-settings.h"

/**
 * plenary_settings_new:
 * @needed_key: (nullable): a key the caller reads, or %NULL
 *
 * The one place that looks the application's settings schema up.  An
 * uninstalled build run without GSETTINGS_SCHEMA_DIR, or one that finds an
 * older compiled schema without @needed_key, still works: it just forgets,
 * where g_settings_new() would abort.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL
 */
GSettings *
plenary_settings_new (const char *needed_key)
{
  static gsize told = 0;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || (needed_key != NULL && !g_settings_schema_has_key (schema, needed_key)))
    {
      if (g_once_init_enter (&told))
        {
          g_message ("The settings schema %s is not installed; nothing will be remembered.",
                     APPLICATION_ID);
          g_once_init_leave (&told, 1);
        }
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
