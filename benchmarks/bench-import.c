/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times importing a text report (the seed's text by default): reading and
 * decoding, the engine (structure, indicators, plan, charts, JSON), and
 * loading the JSON with the normal loader; prints the medians of each and
 * of the whole, wall clock and the thread's CPU time.
 *
 *   bench-import [FILE] [RUNS] */
#include <time.h>

#include "plenary-import-engine.h"
#include "plenary-import-source.h"
#include "plenary-report-loader.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 ? argv[1] : PLENARY_SEED_TEXT;
  guint runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 50;
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) engine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  ImpProvenance provenance = { "bench.txt", "text", "2026-01-01T00:00:00Z", "bench" };

  /* The first run pays for the glossary and the regular expressions,
   * compiled once per process; it is timed on its own. */
  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) paragraphs = NULL;
      g_autoptr(GBytes) json = NULL;
      g_autoptr(PlenaryReport) report = NULL;
      double t0 = wall_ms (), c0 = cpu_ms (), t1, t2, t3;

      bytes = plenary_import_load_bytes (file, NULL, &error);
      if (bytes != NULL)
        paragraphs = plenary_text_reader_read (bytes, &error);
      if (paragraphs == NULL)
        g_error ("%s: %s", path, error->message);
      t1 = wall_ms ();
      json = imp_engine_run (paragraphs, &provenance, NULL, NULL, NULL, NULL, &error);
      if (json == NULL)
        g_error ("%s: %s", path, error->message);
      t2 = wall_ms ();
      report = plenary_report_load_bytes (json, &error);
      if (report == NULL)
        g_error ("%s: %s", path, error->message);
      t3 = wall_ms ();

      if (i == 0)
        {
          g_print ("first import (glossary and patterns compiled): %.1f ms\n", t3 - t0);
          continue;
        }
      g_array_append_vals (read, (double[]) { t1 - t0 }, 1);
      g_array_append_vals (engine, (double[]) { t2 - t1 }, 1);
      g_array_append_vals (load, (double[]) { t3 - t2 }, 1);
      g_array_append_vals (total, (double[]) { t3 - t0 }, 1);
      g_array_append_vals (total_cpu, (double[]) { cpu_ms () - c0 }, 1);
    }

  g_print ("%u runs of %s\n", runs, path);
  g_print ("read and decode: %.2f ms\n", median (read));
  g_print ("engine:          %.2f ms\n", median (engine));
  g_print ("load the JSON:   %.2f ms\n", median (load));
  g_print ("import, median:  %.2f ms wall, %.2f ms CPU (target 50 ms)\n", median (total), median (total_cpu));
  return 0;
}
