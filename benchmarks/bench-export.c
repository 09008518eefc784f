/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the time of `plenary --export-charts DIR --scale 2` goes: drawing
 * each chart onto its 2400 × 1600 image, and encoding that image as PNG.
 * The encoding is timed two ways:
 *
 *   plenary    plenary_png_encode(), what Plenary does: RGB, the None
 *              filter, zlib level 3 (see src/charts/plenary-png.c);
 *   cairo      cairo_surface_write_to_png_stream(), what Plenary did
 *              before: RGBA, zlib's default level, libpng's adaptive
 *              filters.
 *
 * Then the whole export (draw, encode, write) through
 * plenary_chart_export_all(), which works on every processor, into a
 * temporary folder.  Prints one JSON line of totals in milliseconds and
 * sizes in bytes. */
#include <cairo.h>
#include <glib/gstdio.h>

#include "plenary-chart-export.h"
#include "plenary-png.h"
#include "plenary-report-loader.h"

static cairo_status_t
count_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;
  PlenaryChartExportOptions options;
  double render = 0, plenary_ms = 0, cairo_ms = 0, export_all_ms;
  gsize plenary_bytes = 0, cairo_bytes = 0;
  GListModel *charts;
  guint n, written = 0;
  gint64 start;

  if (report == NULL)
    g_error ("%s", error->message);

  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, PLENARY_LANGUAGE_ZH);
  options.scale = 2;
  options.theme = theme;
  charts = plenary_report_get_charts (report);
  n = g_list_model_get_n_items (charts);

  /* Warm the font caches, as the first chart of a real export would. */
  {
    g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, 0);
    cairo_surface_destroy (plenary_chart_export_image (spec, &options));
  }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      g_autoptr(GBytes) png = NULL;
      cairo_surface_t *surface;

      start = g_get_monotonic_time ();
      surface = plenary_chart_export_image (spec, &options);
      render += ms_since (start);

      start = g_get_monotonic_time ();
      png = plenary_png_encode (surface, 192, &error);
      if (png == NULL)
        g_error ("%s", error->message);
      plenary_ms += ms_since (start);
      plenary_bytes += g_bytes_get_size (png);

      start = g_get_monotonic_time ();
      if (cairo_surface_write_to_png_stream (surface, count_cb, &cairo_bytes) != CAIRO_STATUS_SUCCESS)
        g_error ("cairo could not write the PNG");
      cairo_ms += ms_since (start);

      cairo_surface_destroy (surface);
    }

  folder_path = g_dir_make_tmp ("plenary-bench-export-XXXXXX", &error);
  if (folder_path == NULL)
    g_error ("%s", error->message);
  folder = g_file_new_for_path (folder_path);
  start = g_get_monotonic_time ();
  if (!plenary_chart_export_all (report, folder, &options, NULL, &written, &error))
    g_error ("%s", error->message);
  export_all_ms = ms_since (start);
  remove_folder (folder_path);

  g_print ("{\"charts\": %u, \"threads\": %u, \"render_ms\": %.1f"
           ", \"plenary_png_ms\": %.1f, \"plenary_png_bytes\": %" G_GSIZE_FORMAT
           ", \"cairo_png_ms\": %.1f, \"cairo_png_bytes\": %" G_GSIZE_FORMAT
           ", \"export_all_ms\": %.1f}\n",
           n, g_get_num_processors (), render, plenary_ms, plenary_bytes, cairo_ms, cairo_bytes,
           export_all_ms);
  return written == n ? 0 : 1;
}
