/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-export"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "plenary-chart-export.h"
#include "plenary-chart-render.h"

/* Charts as files: PNG at any scale, SVG and PDF, all drawn by
 * plenary_chart_render() so that what is exported is what is seen.  A
 * chart is rendered to memory first and then written to a temporary file
 * beside its destination, which is moved over the destination only once
 * complete: a failure never leaves half a file. */

/* A PDF page is measured in points; a logical pixel is 1/96 in. */
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

/* The defaults: 1200 × 800 logical pixels, PNG at 2×, light theme. */
void
plenary_chart_export_options_init (PlenaryChartExportOptions *options,
                                   PlenaryChartFormat         format,
                                   PlenaryLanguage            language)
{
  g_return_if_fail (options != NULL);

  options->format = format;
  options->width = PLENARY_CHART_EXPORT_WIDTH;
  options->height = PLENARY_CHART_EXPORT_HEIGHT;
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
                            const PlenaryChartExportOptions *options)
{
  double scale;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (options != NULL, NULL);

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
                               const PlenaryChartExportOptions *options,
                               GError                         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (options->format)
    {
    case PLENARY_CHART_FORMAT_PNG:
      surface = plenary_chart_export_image (spec, options);
      status = cairo_surface_write_to_png_stream (surface, append_to_array, data);
      cairo_surface_destroy (surface);
      break;

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

/**
 * plenary_chart_export_all:
 * @folder: an existing folder
 * @n_written: (out) (optional): how many files were written
 *
 * Writes every chart of @report into @folder, one file a chart named by
 * the chart's id ("growth-2019.png").  Stops at the first failure, with
 * @error naming the file; files written before it stay.
 */
gboolean
plenary_chart_export_all (PlenaryReport                   *report,
                          GFile                           *folder,
                          const PlenaryChartExportOptions *options,
                          GCancellable                    *cancellable,
                          guint                           *n_written,
                          GError                         **error)
{
  GListModel *charts;
  GFileType type;
  guint written = 0;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (n_written != NULL)
    *n_written = 0;

  type = g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, cancellable);
  if (type != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      if (type == G_FILE_TYPE_UNKNOWN)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The folder “%s” does not exist"), name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY, _("“%s” is not a folder"), name);
      return FALSE;
    }

  charts = plenary_report_get_charts (report);
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      g_autofree char *file_name = plenary_chart_export_dup_file_name (spec, options->format);
      g_autoptr(GFile) file = g_file_get_child (folder, file_name);
      g_autoptr(GError) local_error = NULL;

      if (!plenary_chart_export_to_file (spec, options, file, cancellable, &local_error))
        {
          /* TRANSLATORS: the first %s is a file name, the second the reason */
          g_set_error (error, local_error->domain, local_error->code, _("Could not save “%s”: %s"),
                       file_name, local_error->message);
          if (n_written != NULL)
            *n_written = written;
          return FALSE;
        }
      written++;
    }

  if (n_written != NULL)
    *n_written = written;
  return TRUE;
}

typedef struct
{
  PlenaryReport             *report;
  GFile                     *folder;
  PlenaryChartExportOptions  options;
  PlenaryChartTheme         *theme;
} ExportAllData;

static void
export_all_data_free (gpointer data)
{
  ExportAllData *task_data = data;

  g_clear_object (&task_data->report);
  g_clear_object (&task_data->folder);
  g_clear_pointer (&task_data->theme, plenary_chart_theme_free);
  g_free (task_data);
}

static void
export_all_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      data,
                   GCancellable *cancellable)
{
  ExportAllData *task_data = data;
  GError *error = NULL;
  guint written = 0;

  if (plenary_chart_export_all (task_data->report, task_data->folder, &task_data->options,
                                cancellable, &written, &error))
    g_task_return_int (task, written);
  else
    g_task_return_error (task, error);
}

/**
 * plenary_chart_export_all_async:
 *
 * As plenary_chart_export_all(), in a worker thread.  The report is only
 * read, never changed, while the task runs.
 */
void
plenary_chart_export_all_async (PlenaryReport                   *report,
                                GFile                           *folder,
                                const PlenaryChartExportOptions *options,
                                GCancellable                    *cancellable,
                                GAsyncReadyCallback              callback,
                                gpointer                         user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportAllData *task_data;

  g_return_if_fail (PLENARY_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (options != NULL);

  task_data = g_new0 (ExportAllData, 1);
  task_data->report = g_object_ref (report);
  task_data->folder = g_object_ref (folder);
  task_data->options = *options;
  if (options->theme != NULL)
    task_data->theme = plenary_chart_theme_copy (options->theme);
  task_data->options.theme = task_data->theme;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_chart_export_all_async);
  g_task_set_task_data (task, task_data, export_all_data_free);
  g_task_run_in_thread (task, export_all_thread);
}

gboolean
plenary_chart_export_all_finish (GAsyncResult  *result,
                                 guint         *n_written,
                                 GError       **error)
{
  gssize written;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  written = g_task_propagate_int (G_TASK (result), error);
  if (written < 0)
    return FALSE;
  if (n_written != NULL)
    *n_written = (guint) written;
  return TRUE;
}
