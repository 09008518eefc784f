/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "plenary-atomic-write.h"
#include "plenary-slide-pdf.h"

/* The slideshow as a PDF, for a conference-room computer without
 * Plenary: one 16:9 page a slide, drawn by the same function as the
 * screen. */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (write->stream, data, length, NULL, write->cancellable,
                                  &write->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * plenary_slide_pdf_write:
 * @slides: (element-type PlenarySlide): the slides
 * @theme: dark or light pages
 * @stream: where the PDF goes; it is not closed
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
plenary_slide_pdf_write (GPtrArray          *slides,
                         PlenarySlideTheme   theme,
                         GOutputStream      *stream,
                         GCancellable       *cancellable,
                         GError            **error)
{
  WriteClosure closure = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (slides != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure,
                                                 PLENARY_SLIDE_PDF_PAGE_WIDTH,
                                                 PLENARY_SLIDE_PDF_PAGE_HEIGHT);
  /* PDF 1.4 opens in every viewer and keeps each object as plain text:
   * cairo 1.18 would otherwise pack them into compressed object streams,
   * which older tools (and our tests) cannot read. */
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Plenary " PACKAGE_VERSION);
  if (slides->len > 0)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                    plenary_slide_get_title (g_ptr_array_index (slides, 0)));

  cr = cairo_create (surface);
  for (guint i = 0; i < slides->len && closure.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &closure.error))
        break;
      plenary_slide_draw (cr, PLENARY_SLIDE_PDF_PAGE_WIDTH, PLENARY_SLIDE_PDF_PAGE_HEIGHT,
                          g_ptr_array_index (slides, i), theme);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the slides: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * plenary_slide_pdf_export:
 * @file: the PDF file to write
 *
 * Writes the PDF atomically: into a temporary file beside @file, renamed
 * over it only once complete, so that a failure never leaves half a file
 * or destroys the previous one.
 */
gboolean
plenary_slide_pdf_export (GPtrArray          *slides,
                          PlenarySlideTheme   theme,
                          GFile              *file,
                          GCancellable       *cancellable,
                          GError            **error)
{
  GOutputStream *stream;

  g_return_val_if_fail (slides != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = plenary_atomic_write_begin (file, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!plenary_slide_pdf_write (slides, theme, stream, cancellable, error))
    {
      plenary_atomic_write_abort (stream);
      return FALSE;
    }
  return plenary_atomic_write_commit (stream, cancellable, error);
}

typedef struct
{
  GPtrArray         *slides;
  PlenarySlideTheme  theme;
  GFile             *file;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_ptr_array_unref (export->slides);
  g_object_unref (export->file);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  GError *error = NULL;

  if (plenary_slide_pdf_export (export->slides, export->theme, export->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Slides are immutable once built and the thread draws with its own Pango
 * font map, so the export can run off the main thread. */
void
plenary_slide_pdf_export_async (GPtrArray           *slides,
                                PlenarySlideTheme    theme,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (slides != NULL);
  g_return_if_fail (G_IS_FILE (file));

  export = g_new0 (ExportData, 1);
  export->slides = g_ptr_array_ref (slides);
  export->theme = theme;
  export->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_slide_pdf_export_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
plenary_slide_pdf_export_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
