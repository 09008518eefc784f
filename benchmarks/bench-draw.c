/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws every chart of the bundled report onto a 1920×1080 image surface
 * through the same renderer the app uses, in Chinese and in English, and
 * prints the median of the charts' medians and the worst chart's median,
 * in wall-clock time and in the thread's CPU time (which a busy machine
 * disturbs much less).  The target is a median of at most 4 ms for every
 * chart.
 *
 *   bench-draw [RUNS] [DUMP_DIR]    (DUMP_DIR: also write each as PNG) */
#include <cairo.h>
#include <time.h>

#include "plenary-chart-render.h"
#include "plenary-report-loader.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
median_of (GArray *samples)
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

typedef struct
{
  double      median;
  double      cpu_median;
  const char *id;
  const char *language;
} Result;

static Result
time_chart (cairo_surface_t         *surface,
            PlenaryChartSpec        *spec,
            PlenaryLanguage          language,
            const PlenaryChartTheme *theme,
            int                      runs)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_samples = g_array_new (FALSE, FALSE, sizeof (double));
  Result result;

  for (int r = 0; r < runs + 1; r++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      double ms, cpu;

      /* What a redraw of the widget does: clear, then draw. */
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      plenary_chart_render (cr, 1920, 1080, spec, language, theme, -1);
      cairo_surface_flush (surface);
      cpu = cpu_ms () - cpu_start;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      /* The first draw warms font caches; it is not what a redraw costs. */
      if (r > 0)
        {
          g_array_append_val (samples, ms);
          g_array_append_val (cpu_samples, cpu);
        }
    }

  result.median = median_of (samples);
  result.cpu_median = median_of (cpu_samples);
  result.id = plenary_chart_spec_get_id (spec);
  result.language = language == PLENARY_LANGUAGE_ZH ? "zh" : "en";
  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(GArray) medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  int runs = argc > 1 ? atoi (argv[1]) : 15;
  const char *dump = argc > 2 ? argv[2] : NULL;
  const PlenaryLanguage languages[] = { PLENARY_LANGUAGE_ZH, PLENARY_LANGUAGE_EN };
  Result worst = { 0, 0, "", "" }, worst_cpu = { 0, 0, "", "" };
  GListModel *charts;
  cairo_surface_t *surface;
  guint n;

  if (report == NULL)
    g_error ("%s", error->message);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  charts = plenary_report_get_charts (report);
  n = g_list_model_get_n_items (charts);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
        Result result = time_chart (surface, spec, languages[l], theme, runs);

        g_array_append_val (medians, result.median);
        g_array_append_val (cpu_medians, result.cpu_median);
        if (result.median > worst.median)
          worst = result;
        if (result.cpu_median > worst_cpu.cpu_median)
          worst_cpu = result;
        if (dump != NULL)
          {
            g_autofree char *name = g_strdup_printf ("%s-%s.png", result.id, result.language);
            g_autofree char *path = g_build_filename (dump, name, NULL);

            cairo_surface_write_to_png (surface, path);
          }
      }

  g_print ("{\"charts\": %u, \"languages\": %u, \"runs\": %d, \"median_of_medians_ms\": %.3f, "
           "\"worst_ms\": %.3f, \"worst_chart\": \"%s/%s\", "
           "\"cpu_median_of_medians_ms\": %.3f, \"worst_cpu_ms\": %.3f, \"worst_cpu_chart\": \"%s/%s\"}\n",
           n, (guint) G_N_ELEMENTS (languages), runs, median_of (medians),
           worst.median, worst.id, worst.language,
           median_of (cpu_medians), worst_cpu.cpu_median, worst_cpu.id, worst_cpu.language);

  cairo_surface_destroy (surface);
  return 0;
}
