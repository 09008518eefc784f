/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-png"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <png.h>
#include <setjmp.h>

#include "plenary-png.h"

/* A PNG encoder for exported charts, in place of
 * cairo_surface_write_to_png_stream(), which spent over 90 % of an export
 * in libpng and zlib (benchmarks/RESULTS.md).  Three choices make it about
 * five times faster on charts, with files about 45 % larger:
 *
 *  - an opaque image is written as RGB, not RGBA: a quarter less to
 *    compress;
 *  - every row uses the "None" filter instead of libpng trying all five:
 *    charts are wide runs of a few flat colours, which deflate finds as
 *    long matches without any filtering;
 *  - zlib's level 3, the last of its fast levels: level 4 and up switch to
 *    lazy matching, which doubles the time for a third smaller files. */

#define COMPRESSION_LEVEL 3
#define METRES_PER_INCH 0.0254

typedef struct
{
  GByteArray *out;
  char       *error;
} Target;

static void
write_cb (png_structp png,
          png_bytep   data,
          png_size_t  length)
{
  Target *target = png_get_io_ptr (png);

  g_byte_array_append (target->out, data, (guint) length);
}

static void
flush_cb (png_structp png)
{
}

static void
error_cb (png_structp     png,
          png_const_charp message)
{
  Target *target = png_get_error_ptr (png);

  target->error = g_strdup (message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

static gboolean
is_opaque (const guint8 *pixels,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (pixels + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* cairo keeps native-endian 0xAARRGGBB with premultiplied colour; PNG
 * wants R, G, B (and A) bytes with straight colour. */
static void
convert_row (const guint32 *src,
             guint8        *dst,
             int            width,
             gboolean       with_alpha)
{
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = src[x];
      guint alpha = pixel >> 24;
      guint red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff;

      if (!with_alpha)
        {
          *dst++ = red;
          *dst++ = green;
          *dst++ = blue;
          continue;
        }

      if (alpha != 0 && alpha != 0xff)
        {
          red = (red * 0xff + alpha / 2) / alpha;
          green = (green * 0xff + alpha / 2) / alpha;
          blue = (blue * 0xff + alpha / 2) / alpha;
        }
      *dst++ = red;
      *dst++ = green;
      *dst++ = blue;
      *dst++ = alpha;
    }
}

/* Everything that libpng may leave by longjmp() lives in the caller, so
 * that no local here is changed between setjmp() and the jump. */
static gboolean
write_png (png_structp   png,
           png_infop     info,
           const guint8 *pixels,
           int           width,
           int           height,
           int           stride,
           gboolean      with_alpha,
           png_uint_32   pixels_per_metre,
           guint8       *row)
{
  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_set_compression_level (png, COMPRESSION_LEVEL);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR (png, info, width, height, 8,
                with_alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (pixels_per_metre > 0)
    png_set_pHYs (png, info, pixels_per_metre, pixels_per_metre, PNG_RESOLUTION_METER);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (pixels + (gsize) y * stride), row, width, with_alpha);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  return TRUE;
}

/**
 * plenary_png_encode:
 * @surface: an ARGB32 or RGB24 image surface
 * @pixels_per_inch: the resolution to record in the file, or 0 for none
 *
 * Returns: (transfer full): the PNG file, or %NULL with @error set
 */
GBytes *
plenary_png_encode (cairo_surface_t  *surface,
                    double            pixels_per_inch,
                    GError          **error)
{
  Target target = { NULL, NULL };
  cairo_format_t format;
  png_structp png;
  png_infop info;
  const guint8 *pixels;
  guint8 *row;
  int width, height, stride;
  gboolean with_alpha, written;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);

  format = cairo_image_surface_get_format (surface);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write the image: unsupported pixel format"));
      return NULL;
    }

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  with_alpha = format == CAIRO_FORMAT_ARGB32 && !is_opaque (pixels, width, height, stride);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &target, error_cb, warning_cb);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the image: out of memory"));
      return NULL;
    }

  target.out = g_byte_array_sized_new ((guint) MIN ((gsize) width * height / 8, G_MAXUINT / 2));
  row = g_malloc ((gsize) width * (with_alpha ? 4 : 3));
  png_set_write_fn (png, &target, write_cb, flush_cb);
  written = write_png (png, info, pixels, width, height, stride, with_alpha,
                       (png_uint_32) (pixels_per_inch / METRES_PER_INCH + 0.5), row);
  png_destroy_write_struct (&png, &info);
  g_free (row);

  if (!written)
    {
      /* TRANSLATORS: %s is libpng's reason, in English */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the image: %s"),
                   target.error ? target.error : "libpng");
      g_free (target.error);
      g_byte_array_unref (target.out);
      return NULL;
    }

  return g_byte_array_free_to_bytes (target.out);
}
