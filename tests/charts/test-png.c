/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <string.h>

#include "plenary-chart-export.h"
#include "plenary-png.h"
#include "plenary-report-loader.h"

/* Plenary's own PNG encoder: what it writes decodes (by cairo, through
 * libpng's reader) to exactly the pixels it was given, as RGB when the
 * image is opaque and as straight RGBA when it is not, with the
 * resolution asked for. */

typedef struct
{
  const guint8 *data;
  gsize         size;
  gsize         offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (GBytes *png)
{
  Reader reader = { NULL, 0, 0 };
  cairo_surface_t *surface;

  reader.data = g_bytes_get_data (png, &reader.size);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The colour type, byte 25 of the file: 2 is RGB, 6 is RGBA. */
static guint
colour_type (GBytes *png)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (png, &size);

  g_assert_cmpuint (size, >, 26);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  return data[25];
}

/* A big-endian number anywhere in the file, aligned or not. */
static guint32
read_be32 (const guint8 *data)
{
  return (guint32) data[0] << 24 | (guint32) data[1] << 16 | (guint32) data[2] << 8 | data[3];
}

/* The pHYs chunk's pixels a metre, or 0 when there is none. */
static guint32
pixels_per_metre (GBytes *png)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (png, &size);

  for (gsize i = 8; i + 12 <= size;)
    {
      guint32 length = read_be32 (data + i);

      if (memcmp (data + i + 4, "pHYs", 4) == 0)
        return read_be32 (data + i + 8);
      i += 12 + length;
    }
  return 0;
}

/* Every pixel of @actual within @tolerance of @expected, channel by
 * channel. */
static void
assert_same_pixels (cairo_surface_t *expected,
                    cairo_surface_t *actual,
                    guint            tolerance)
{
  int width = cairo_image_surface_get_width (expected);
  int height = cairo_image_surface_get_height (expected);

  g_assert_cmpint (cairo_image_surface_get_width (actual), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (actual), ==, height);
  cairo_surface_flush (expected);

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (expected) +
                                             y * cairo_image_surface_get_stride (expected));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (actual) +
                                             y * cairo_image_surface_get_stride (actual));

      for (int x = 0; x < width; x++)
        for (int shift = 0; shift < 32; shift += 8)
          {
            int ca = (a[x] >> shift) & 0xff, cb = (b[x] >> shift) & 0xff;

            if ((guint) ABS (ca - cb) > tolerance)
              g_error ("pixel %d,%d: %08x written, %08x read back", x, y, a[x], b[x]);
          }
    }
}

/* An odd size, a gradient (every value of each channel) and sharp text-like
 * edges, so that nothing is lucky. */
static cairo_surface_t *
make_image (cairo_format_t format,
            gboolean       translucent)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, 301, 67);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, 301, 0);

  cairo_pattern_add_color_stop_rgb (gradient, 0, 1, 0, 0.2);
  cairo_pattern_add_color_stop_rgb (gradient, 0.5, 0.1, 0.9, 0.3);
  cairo_pattern_add_color_stop_rgb (gradient, 1, 0, 0.2, 1);
  cairo_set_source (cr, gradient);
  if (translucent)
    cairo_paint_with_alpha (cr, 0.6);
  else
    cairo_paint (cr);
  cairo_pattern_destroy (gradient);

  cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, translucent ? 0.8 : 1.0);
  cairo_arc (cr, 150, 33, 25, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_move_to (cr, 10, 60);
  cairo_set_font_size (cr, 14);
  cairo_show_text (cr, "GDP 2.8");
  cairo_destroy (cr);
  return surface;
}

static void
test_opaque_is_rgb_and_lossless (void)
{
  cairo_surface_t *image = make_image (CAIRO_FORMAT_ARGB32, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = plenary_png_encode (image, 192, &error);
  cairo_surface_t *back;

  g_assert_no_error (error);
  g_assert_cmpuint (colour_type (png), ==, 2);
  /* 192 per inch is 7559.06 a metre. */
  g_assert_cmpuint (pixels_per_metre (png), ==, 7559);

  back = decode (png);
  assert_same_pixels (image, back, 0);
  cairo_surface_destroy (back);
  cairo_surface_destroy (image);
}

static void
test_translucent_is_rgba (void)
{
  cairo_surface_t *image = make_image (CAIRO_FORMAT_ARGB32, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = plenary_png_encode (image, 0, &error);
  cairo_surface_t *back;

  g_assert_no_error (error);
  g_assert_cmpuint (colour_type (png), ==, 6);
  g_assert_cmpuint (pixels_per_metre (png), ==, 0);

  /* Straight colour is premultiplied again on reading: one step of
   * rounding either way at most. */
  back = decode (png);
  assert_same_pixels (image, back, 1);
  cairo_surface_destroy (back);
  cairo_surface_destroy (image);
}

static void
test_rgb24 (void)
{
  cairo_surface_t *image = make_image (CAIRO_FORMAT_RGB24, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = plenary_png_encode (image, 96, &error);
  cairo_surface_t *back;

  g_assert_no_error (error);
  g_assert_cmpuint (colour_type (png), ==, 2);
  back = decode (png);
  /* RGB24 leaves its top byte undefined; cairo reads the file back as
   * opaque ARGB32, so compare the colour only. */
  {
    cairo_surface_t *opaque = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 301, 67);
    cairo_t *cr = cairo_create (opaque);

    cairo_set_source_surface (cr, image, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    assert_same_pixels (opaque, back, 0);
    cairo_surface_destroy (opaque);
  }
  cairo_surface_destroy (back);
  cairo_surface_destroy (image);
}

static void
test_unsupported_format (void)
{
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, 10, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = plenary_png_encode (mask, 96, &error);

  g_assert_null (png);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  cairo_surface_destroy (mask);
}

/* An exported chart is the drawn chart, pixel for pixel, at 2 × 96 per
 * inch, and smaller than the raw pixels by far. */
static void
test_exported_chart (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  PlenaryChartExportOptions options;
  GListModel *charts;

  g_assert_no_error (error);
  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, PLENARY_LANGUAGE_ZH);
  charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i += 9)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      cairo_surface_t *drawn = plenary_chart_export_image (spec, &options);
      g_autoptr(GBytes) png = plenary_chart_export_to_bytes (spec, &options, &error);
      cairo_surface_t *back;

      g_assert_no_error (error);
      g_assert_cmpuint (colour_type (png), ==, 2);
      g_assert_cmpuint (pixels_per_metre (png), ==, 7559);
      g_assert_cmpuint (g_bytes_get_size (png), <, 2400 * 1600 * 3 / 20);
      back = decode (png);
      assert_same_pixels (drawn, back, 0);
      cairo_surface_destroy (back);
      cairo_surface_destroy (drawn);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/png/opaque-is-rgb-and-lossless", test_opaque_is_rgb_and_lossless);
  g_test_add_func ("/png/translucent-is-rgba", test_translucent_is_rgba);
  g_test_add_func ("/png/rgb24", test_rgb24);
  g_test_add_func ("/png/unsupported-format", test_unsupported_format);
  g_test_add_func ("/png/exported-chart", test_exported_chart);

  return g_test_run ();
}
