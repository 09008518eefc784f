/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-export"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "plenary-chart-export.h"
#include "plenary-chart-layout.h"
#include "plenary-chart-render.h"
#include "plenary-png.h"

/* Charts as files: PNG at any scale, SVG and PDF, all drawn by
 * plenary_chart_render() so that what is exported is what is seen.  A
 * chart is rendered to memory first and then written to a temporary file
 * beside its destination, which is moved over the destination only once
 * complete: a failure never leaves half a file. */

/* A logical pixel is 1/96 in, as in CSS; a PDF page is measured in
 * points, 1/72 in. */
#define PIXELS_PER_INCH 96.0
#define POINTS_PER_PIXEL 0.75

static const struct {
  const char *name;
  const char *extension;
  const char *mime_type;
} formats[] = {
  [PLENARY_CHART_FORMAT_PNG] = { "png", "png", "image/png" },
  [PLENARY_CHART_FORMAT_SVG] = { "svg", "svg", "image/svg+xml" },
  [PLENARY_CHART_FORMAT_PDF] = { "pdf", "pdf", "application/pdf" },
};

gboolean
plenary_chart_format_parse (const char         *text,
                            PlenaryChartFormat *out_format)
{
  g_return_val_if_fail (out_format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (text ? text : "", formats[i].name) == 0)
      {
        *out_format = (PlenaryChartFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
plenary_chart_format_get_extension (PlenaryChartFormat format)
{
  g_return_val_if_fail (format <= PLENARY_CHART_FORMAT_PDF, NULL);
  return formats[format].extension;
}

const char *
plenary_chart_format_get_mime_type (PlenaryChartFormat format)
{
  g_return_val_if_fail (format <= PLENARY_CHART_FORMAT_PDF, NULL);
  return formats[format].mime_type;
}

/* The defaults: 1200 logical pixels wide and as high as the chart's
 * content (height 0), PNG at 2×, light theme. */
void
plenary_chart_export_options_init (PlenaryChartExportOptions *options,
                                   PlenaryChartFormat         format,
                                   PlenaryLanguage            language)
{
  g_return_if_fail (options != NULL);

  options->format = format;
  options->width = PLENARY_CHART_EXPORT_WIDTH;
  options->height = 0;
  options->scale = 2.0;
  options->language = language;
  options->theme = NULL;
}

/* "growth-2019.png": the chart's id, which the report keeps to safe
 * characters, and the format's extension. */
char *
plenary_chart_export_dup_file_name (PlenaryChartSpec   *spec,
                                    PlenaryChartFormat  format)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  id = g_strdup (plenary_chart_spec_get_id (spec));
  g_strdelimit (id, "/\\", '-');
  return g_strconcat (id, ".", plenary_chart_format_get_extension (format), NULL);
}

/**
 * plenary_chart_export_get_height:
 *
 * The height the chart is exported at: the options' height, or with a
 * height of 0, the height its content needs at the options' width, so that
 * no export is mostly empty.
 */
double
plenary_chart_export_get_height (PlenaryChartSpec                *spec,
                                 const PlenaryChartExportOptions *options)
{
  g_autoptr(PlenaryChartTheme) theme = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), 0);
  g_return_val_if_fail (options != NULL, 0);

  if (options->height > 0)
    return options->height;
  theme = options->theme ? plenary_chart_theme_copy (options->theme) : plenary_chart_theme_new_light ();
  return plenary_chart_layout_measure_height (NULL, options->width, spec, options->language, theme);
}

static void
resolve (PlenaryChartSpec                *spec,
         const PlenaryChartExportOptions *options,
         PlenaryChartExportOptions       *resolved)
{
  *resolved = *options;
  resolved->height = plenary_chart_export_get_height (spec, options);
}

static void
render_with (cairo_t                         *cr,
             PlenaryChartSpec                *spec,
             const PlenaryChartExportOptions *options)
{
  g_autoptr(PlenaryChartTheme) theme = options->theme ? plenary_chart_theme_copy (options->theme)
                                                      : plenary_chart_theme_new_light ();

  /* An exported chart always has its own background. */
  theme->paint_background = TRUE;
  plenary_chart_render (cr, options->width, options->height, spec, options->language, theme, -1);
}

/* Returns: (transfer full): an ARGB32 image of the chart at
 * width × scale by height × scale pixels */
cairo_surface_t *
plenary_chart_export_image (PlenaryChartSpec                *spec,
                            const PlenaryChartExportOptions *given)
{
  PlenaryChartExportOptions resolved;
  const PlenaryChartExportOptions *options = &resolved;
  double scale;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (given != NULL, NULL);

  resolve (spec, given, &resolved);
  scale = CLAMP (options->scale, 0.25, 8.0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) (options->width * scale + 0.5),
                                        (int) (options->height * scale + 0.5));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  render_with (cr, spec, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* cairo writes the SVG's text as glyph outlines; a <title> and <desc>
 * give it its words back, for screen readers and search. */
static GByteArray *
add_svg_title (GByteArray       *svg,
               PlenaryChartSpec *spec,
               PlenaryLanguage   language)
{
  g_autofree char *title = g_markup_escape_text (plenary_chart_spec_get_title (spec, language), -1);
  g_autofree char *description = plenary_chart_dup_description (spec, language);
  g_autofree char *escaped = g_markup_escape_text (description, -1);
  g_autofree char *elements = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, escaped);
  GByteArray *out;
  const guint8 *end;
  gsize offset;

  end = memchr (svg->data, '>', svg->len);
  for (gsize i = 0; i + 4 <= svg->len; i++)
    if (memcmp (svg->data + i, "<svg", 4) == 0)
      {
        end = memchr (svg->data + i, '>', svg->len - i);
        break;
      }
  if (end == NULL)
    return g_byte_array_ref (svg);

  offset = (gsize) (end + 1 - svg->data);
  out = g_byte_array_sized_new (svg->len + strlen (elements));
  g_byte_array_append (out, svg->data, offset);
  g_byte_array_append (out, (const guint8 *) elements, strlen (elements));
  g_byte_array_append (out, svg->data + offset, svg->len - offset);
  return out;
}

GBytes *
plenary_chart_export_to_bytes (PlenaryChartSpec                *spec,
                               const PlenaryChartExportOptions *given,
                               GError                         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  PlenaryChartExportOptions resolved;
  const PlenaryChartExportOptions *options = &resolved;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (given != NULL, NULL);

  resolve (spec, given, &resolved);

  switch (options->format)
    {
    case PLENARY_CHART_FORMAT_PNG:
      {
        GBytes *png;
        double pixels_per_inch;

        surface = plenary_chart_export_image (spec, options);
        pixels_per_inch = PIXELS_PER_INCH * cairo_image_surface_get_width (surface) / options->width;
        png = plenary_png_encode (surface, pixels_per_inch, error);
        cairo_surface_destroy (surface);
        return png;
      }

    case PLENARY_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array, data,
                                                     options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      cr = cairo_create (surface);
      render_with (cr, spec, options);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        {
          GByteArray *titled = add_svg_title (data, spec, options->language);

          g_byte_array_unref (data);
          data = titled;
        }
      break;

    case PLENARY_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_array, data,
                                                     options->width * POINTS_PER_PIXEL,
                                                     options->height * POINTS_PER_PIXEL);
      /* PDF 1.4 opens in every viewer and keeps each object as plain text:
       * cairo 1.18 would otherwise pack them into compressed object streams,
       * which older tools (and our tests) cannot read. */
      cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      plenary_chart_spec_get_title (spec, options->language));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
      cr = cairo_create (surface);
      cairo_scale (cr, POINTS_PER_PIXEL, POINTS_PER_PIXEL);
      render_with (cr, spec, options);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      break;

    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Unknown image format"));
      return NULL;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Writes @bytes to a new temporary file beside @file and moves it over
 * @file when it is complete; on any failure the temporary file is removed
 * and @file is left as it was. */
gboolean
plenary_chart_export_write_atomic (GFile         *file,
                                   GBytes        *bytes,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  gsize length;
  const guint8 *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  folder = g_file_get_parent (file);
  basename = g_file_get_basename (file);
  if (folder == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, _("“%s” is not a file name"), basename);
      return FALSE;
    }

  for (guint attempt = 0; stream == NULL; attempt++)
    {
      g_autofree char *temp_name = g_strdup_printf (".%s.%08x.part", basename, g_random_int ());

      g_clear_object (&temp);
      g_clear_error (&local_error);
      temp = g_file_get_child (folder, temp_name);
      stream = g_file_create (temp, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
      if (stream == NULL && (attempt > 8 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  data = g_bytes_get_data (bytes, &length);
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable, &local_error)
      || !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error)
      || !g_file_move (temp, file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                       cancellable, NULL, NULL, &local_error))
    {
      /* The stream may still be open after a failed write. */
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_file_delete (temp, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
plenary_chart_export_to_file (PlenaryChartSpec                *spec,
                              const PlenaryChartExportOptions *options,
                              GFile                           *file,
                              GCancellable                    *cancellable,
                              GError                         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = plenary_chart_export_to_bytes (spec, options, error);
  if (bytes == NULL)
    return FALSE;
  return plenary_chart_export_write_atomic (file, bytes, cancellable, error);
}
