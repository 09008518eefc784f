/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times loading a report (parse, validate, build the model) against
 * json-glib parsing the same bytes alone, in the same process, and prints
 * the medians and their ratio: of wall-clock time, and of the thread's
 * CPU time, which a busy machine disturbs much less.
 *
 *   bench-load [FILE|-] [RUNS]      (- or nothing: the bundled report) */
#include <json-glib/json-glib.h>
#include <time.h>

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

static void
time_parse_only (GBytes *bytes,
                 double *wall,
                 double *cpu)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (!json_parser_load_from_data (parser, data, len, NULL))
    g_error ("json-glib could not parse the file");
  /* The parser's tree is dropped as the model is below. */
  g_clear_object (&parser);
  *cpu = cpu_ms () - cpu_start;
  *wall = (g_get_monotonic_time () - start) / 1000.0;
}

static void
time_load (GBytes *bytes,
           double *wall,
           double *cpu)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();

  report = plenary_report_load_bytes (bytes, &error);
  if (report == NULL)
    g_error ("The report does not load: %s", error->message);
  /* Dropping the model is part of the cost a user pays when opening another
   * report, so it is timed too. */
  g_clear_object (&report);
  *cpu = cpu_ms () - cpu_start;
  *wall = (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parse_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int runs = argc > 2 ? atoi (argv[2]) : 21;

  if (argc > 1 && g_strcmp0 (argv[1], "-") != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
    }
  else
    bytes = plenary_report_dup_default_bytes ();
  if (bytes == NULL)
    g_error ("%s", error ? error->message : "no report");

  /* Interleave the two so that machine noise falls on both alike. */
  for (int i = 0; i < runs; i++)
    {
      double p, pc, l, lc;

      time_parse_only (bytes, &p, &pc);
      time_load (bytes, &l, &lc);
      g_array_append_val (parse, p);
      g_array_append_val (load, l);
      g_array_append_val (parse_cpu, pc);
      g_array_append_val (load_cpu, lc);
    }

  g_print ("{\"bytes\": %" G_GSIZE_FORMAT ", \"runs\": %d, \"parse_ms\": %.3f, \"load_ms\": %.3f, \"ratio\": %.3f, "
           "\"parse_cpu_ms\": %.3f, \"load_cpu_ms\": %.3f, \"cpu_ratio\": %.3f}\n",
           g_bytes_get_size (bytes), runs, median (parse), median (load),
           median (load) / median (parse),
           median (parse_cpu), median (load_cpu), median (load_cpu) / median (parse_cpu));
  return 0;
}
