/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws every chart of the bundled report onto a 1920×1080 image surface
 * through the same renderer the app uses, and prints each chart's median
 * time.  The target is a median of at most 4 ms a chart. */
#include <cairo.h>

#include "charts/plenary-chart-render.h"
#include "model/plenary-report-loader.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(GArray) medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  int runs = argc > 1 ? atoi (argv[1]) : 15;
  GListModel *charts;
  cairo_surface_t *surface;
  double worst = 0;
  const char *worst_id = "";

  if (report == NULL)
    g_error ("%s", error->message);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      double median;

      for (int r = 0; r < runs + 1; r++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 start = g_get_monotonic_time ();
          double ms;

          plenary_chart_render (cr, 1920, 1080, spec, PLENARY_LANGUAGE_ZH, theme, -1);
          cairo_surface_flush (surface);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
          /* The first draw warms font caches; it is not what a redraw costs. */
          if (r > 0)
            g_array_append_val (samples, ms);
        }

      median = median_of (samples);
      g_array_append_val (medians, median);
      if (median > worst)
        {
          worst = median;
          worst_id = plenary_chart_spec_get_id (spec);
        }
    }

  g_print ("{\"charts\": %u, \"runs\": %d, \"median_of_medians_ms\": %.3f, \"worst_ms\": %.3f, \"worst_chart\": \"%s\"}\n",
           medians->len, runs, median_of (medians), worst, worst_id);

  cairo_surface_destroy (surface);
  return 0;
}
