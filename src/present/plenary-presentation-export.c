/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-presentation-export"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-file-dialog.h"
#include "plenary-presentation.h"
#include "plenary-settings.h"
#include "plenary-slide-list.h"
#include "plenary-slide-pdf.h"

/* "Export Slides as PDF…": a save dialog, then the whole slideshow written
 * off the main thread, in the theme it was last shown in. */

typedef struct
{
  PlenaryReport   *report;
  PlenaryLanguage  language;
  GFile           *file;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_object (&export->report);
  g_clear_object (&export->file);
  g_free (export);
}

static void
on_pdf_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (plenary_slide_pdf_export_finish (result, &error))
    g_task_return_pointer (task, g_object_ref (export->file), g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  PlenarySlideTheme theme = PLENARY_SLIDE_THEME_DARK;
  GError *error = NULL;

  export->file = plenary_file_dialog_finish (result, &error);
  if (export->file == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  settings = plenary_settings_new ("presentation-theme");
  if (settings != NULL)
    theme = g_settings_get_enum (settings, "presentation-theme");
  slides = plenary_slide_list_new_deck (export->report, plenary_presentation_get_saved_deck (),
                                        export->language);
  plenary_slide_pdf_export_async (slides, theme, export->file, g_task_get_cancellable (task),
                                  on_pdf_written_cb, g_object_ref (task));
}

/**
 * plenary_presentation_export_pdf:
 * @parent: the widget whose window the save dialog belongs to
 * @report: the report whose slideshow is exported
 * @language: the language of the slides
 *
 * Asks where to save, then writes the whole slideshow as a 16:9 PDF.
 * Finish with plenary_presentation_export_pdf_finish().
 */
void
plenary_presentation_export_pdf (GtkWidget           *parent,
                                 PlenaryReport       *report,
                                 PlenaryLanguage      language,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (PLENARY_IS_REPORT (report));

  export = g_new0 (Export, 1);
  export->report = g_object_ref (report);
  export->language = language;

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_presentation_export_pdf);
  g_task_set_task_data (task, export, export_free);

  /* TRANSLATORS: the suggested file name; %s is the report's id, e.g. guangzhou-2019-2020 */
  name = g_strdup_printf (_("%s-slides.pdf"), plenary_report_get_id (report));
  filter = plenary_file_filter_new (_("PDF documents"), "application/pdf", "pdf");
  plenary_file_dialog_save (parent, _("Export Slides as PDF"), name, filter, cancellable,
                            on_file_chosen_cb, g_steal_pointer (&task));
}

/**
 * plenary_presentation_export_pdf_finish:
 *
 * Returns: (transfer full) (nullable): the PDF written, or %NULL with
 *   G_IO_ERROR_CANCELLED if the user closed the dialog, or another error
 */
GFile *
plenary_presentation_export_pdf_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
