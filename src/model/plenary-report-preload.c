/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-preload"

#include "config.h"

#include "plenary-report-loader.h"
#include "plenary-report-preload.h"
#include "plenary-settings.h"

/* The report the window opens with, read on a thread that main() starts
 * before g_application_run(), so that reading and parsing it overlaps
 * GTK's own start instead of following it.  Exactly one report is parsed:
 * the one that was open last if it still loads, else the bundled one. */

typedef struct
{
  PlenaryReport *report;
  GFile         *file;
  GError        *error;
} Preload;

static GThread *preload_thread;

static gpointer
preload_thread_func (gpointer data)
{
  Preload *preload = g_new0 (Preload, 1);
  g_autoptr(GSettings) settings = plenary_settings_new ("last-report");
  g_autofree char *uri = settings ? g_settings_get_string (settings, "last-report") : NULL;

  if (uri != NULL && *uri != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      /* A report that has gone or no longer loads is left to the window,
       * which opens it again to say why; the bundled one is read here. */
      preload->report = plenary_report_load_file (file, NULL, NULL);
      if (preload->report != NULL)
        preload->file = g_steal_pointer (&file);
    }

  if (preload->report == NULL)
    preload->report = plenary_report_load_default (&preload->error);
  return preload;
}

/**
 * plenary_report_preload_start:
 *
 * Starts reading the report to open with; call it once, early.
 */
void
plenary_report_preload_start (void)
{
  g_return_if_fail (preload_thread == NULL);

  preload_thread = g_thread_new ("plenary-preload", preload_thread_func, NULL);
}

/**
 * plenary_report_preload_finish:
 * @out_file: (out) (optional) (transfer full): the file the report came
 *   from, %NULL for the bundled report
 *
 * Waits for the report that plenary_report_preload_start() began to read.
 * Only the first call after a start gets it.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error
 *   set if even the bundled one did not load, or %NULL and no error if
 *   nothing was preloaded
 */
PlenaryReport *
plenary_report_preload_finish (GFile  **out_file,
                               GError **error)
{
  Preload *preload;
  PlenaryReport *report;

  if (out_file != NULL)
    *out_file = NULL;
  if (preload_thread == NULL)
    return NULL;

  preload = g_thread_join (g_steal_pointer (&preload_thread));
  report = preload->report;
  if (preload->error != NULL)
    g_propagate_error (error, preload->error);
  if (out_file != NULL)
    *out_file = g_steal_pointer (&preload->file);
  g_clear_object (&preload->file);
  g_free (preload);
  return report;
}
