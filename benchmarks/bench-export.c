/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the time of `plenary --export-charts DIR --scale 2` goes: drawing
 * each chart onto its 2400 × 1600 image, and encoding that image as PNG.
 * The encoding is timed three ways, to tell how much a different encoder
 * would save:
 *
 *   cairo      cairo_surface_write_to_png_stream(), what Plenary does now:
 *              RGBA, zlib's default level, libpng's adaptive filters;
 *   rgb-up-l6  libpng directly, RGB (an exported chart is opaque, so its
 *              alpha channel carries nothing), the same zlib level, and
 *              the Up filter alone instead of trying all five on every
 *              row, which is where libpng spends most of its time;
 *   rgb-up-l1  the same at zlib level 1: faster, larger files.
 *
 * It also draws and encodes the charts (as cairo does) on two threads,
 * to tell what the machine's second core would give.  Nothing is written
 * to disk: `plenary --export-charts` adds the file writes, which are small
 * beside the rest.  Prints one JSON line of totals in milliseconds and
 * sizes in bytes. */
#include <cairo.h>
#include <png.h>
#include <string.h>

#include "charts/plenary-chart-export.h"
#include "model/plenary-report-loader.h"

typedef struct
{
  guint8 *data;
  gsize   len;
  gsize   allocated;
} Buffer;

static void
buffer_write_cb (png_structp  png,
                 png_bytep    data,
                 png_size_t   length)
{
  Buffer *buffer = png_get_io_ptr (png);

  if (buffer->len + length > buffer->allocated)
    {
      buffer->allocated = MAX (buffer->allocated * 2, buffer->len + length);
      buffer->data = g_realloc (buffer->data, buffer->allocated);
    }
  memcpy (buffer->data + buffer->len, data, length);
  buffer->len += length;
}

static void
buffer_flush_cb (png_structp png)
{
}

/* cairo hands its stream callback no png_structp; this one appends to
 * the closure directly. */
static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  Buffer *buffer = closure;

  if (buffer->len + length > buffer->allocated)
    {
      buffer->allocated = MAX (buffer->allocated * 2, buffer->len + length);
      buffer->data = g_realloc (buffer->data, buffer->allocated);
    }
  memcpy (buffer->data + buffer->len, data, length);
  buffer->len += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Encodes an opaque ARGB32 surface as an 8-bit RGB PNG. */
static gsize
encode_rgb (cairo_surface_t *surface,
            int              level,
            int              filters)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  g_autofree guint8 *row = g_malloc (width * 3);
  Buffer buffer = { NULL, 0, 0 };
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct (png);
  gsize size;

  if (setjmp (png_jmpbuf (png)))
    g_error ("libpng failed");

  png_set_write_fn (png, &buffer, buffer_write_cb, buffer_flush_cb);
  png_set_compression_level (png, level);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, filters);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  for (int y = 0; y < height; y++)
    {
      const guint32 *src = (const guint32 *) (pixels + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        {
          row[3 * x] = src[x] >> 16;
          row[3 * x + 1] = src[x] >> 8;
          row[3 * x + 2] = src[x];
        }
      png_write_row (png, row);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);

  size = buffer.len;
  g_free (buffer.data);
  return size;
}

static gsize
encode_cairo (cairo_surface_t *surface)
{
  Buffer buffer = { NULL, 0, 0 };
  gsize size;

  if (cairo_surface_write_to_png_stream (surface, append_cb, &buffer) != CAIRO_STATUS_SUCCESS)
    g_error ("cairo could not write the PNG");
  size = buffer.len;
  g_free (buffer.data);
  return size;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

typedef struct
{
  GListModel                      *charts;
  const PlenaryChartExportOptions *options;
  guint                            first;
  guint                            step;
} Share;

/* One thread's share of the export: every step-th chart from first. */
static gpointer
export_share (gpointer data)
{
  Share *share = data;

  for (guint i = share->first; i < g_list_model_get_n_items (share->charts); i += share->step)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (share->charts, i);
      cairo_surface_t *surface = plenary_chart_export_image (spec, share->options);

      encode_cairo (surface);
      cairo_surface_destroy (surface);
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  PlenaryChartExportOptions options;
  double render = 0, cairo_ms = 0, l6_ms = 0, l1_ms = 0, two_threads;
  gsize cairo_bytes = 0, l6_bytes = 0, l1_bytes = 0;
  GListModel *charts;
  guint n;
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
      cairo_surface_t *surface;

      start = g_get_monotonic_time ();
      surface = plenary_chart_export_image (spec, &options);
      render += ms_since (start);

      start = g_get_monotonic_time ();
      cairo_bytes += encode_cairo (surface);
      cairo_ms += ms_since (start);

      start = g_get_monotonic_time ();
      l6_bytes += encode_rgb (surface, 6, PNG_FILTER_UP);
      l6_ms += ms_since (start);

      start = g_get_monotonic_time ();
      l1_bytes += encode_rgb (surface, 1, PNG_FILTER_UP);
      l1_ms += ms_since (start);

      cairo_surface_destroy (surface);
    }

  /* Pango and cairo keep their font maps per thread, so each thread
   * lays out text on its own. */
  {
    Share shares[2] = { { charts, &options, 0, 2 }, { charts, &options, 1, 2 } };
    GThread *threads[2];

    start = g_get_monotonic_time ();
    for (int t = 0; t < 2; t++)
      threads[t] = g_thread_new ("export", export_share, &shares[t]);
    for (int t = 0; t < 2; t++)
      g_thread_join (threads[t]);
    two_threads = ms_since (start);
  }

  g_print ("{\"charts\": %u, \"render_ms\": %.1f, \"cairo_png_ms\": %.1f, \"cairo_png_bytes\": %" G_GSIZE_FORMAT
           ", \"rgb_up_l6_ms\": %.1f, \"rgb_up_l6_bytes\": %" G_GSIZE_FORMAT
           ", \"rgb_up_l1_ms\": %.1f, \"rgb_up_l1_bytes\": %" G_GSIZE_FORMAT
           ", \"two_threads_ms\": %.1f}\n",
           n, render, cairo_ms, cairo_bytes, l6_ms, l6_bytes, l1_ms, l1_bytes, two_threads);
  return 0;
}
