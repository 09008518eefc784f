/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-print"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-chart-layout.h"
#include "plenary-chart-print.h"
#include "plenary-chart-render.h"

/* Printing a chart: one page, the chart at its export size scaled to fit
 * the printable area and centred on it, drawn by the renderer with the
 * light theme. */

typedef struct
{
  PlenaryChartSpec *spec;
  PlenaryLanguage   language;
  PlenaryChartErrorFunc  on_error;
  GtkWidget             *parent;
  gboolean               done;
} PrintData;

static void
print_data_free (gpointer data)
{
  PrintData *print = data;

  g_clear_object (&print->spec);
  g_clear_object (&print->parent);
  g_free (print);
}

/* The largest scale at which @chart_width × @chart_height fits the page,
 * and the offset that centres it. */
void
plenary_chart_print_fit (double  page_width,
                         double  page_height,
                         double  chart_width,
                         double  chart_height,
                         double *scale,
                         double *x,
                         double *y)
{
  double s = MIN (page_width / chart_width, page_height / chart_height);

  *scale = s;
  *x = (page_width - chart_width * s) / 2;
  *y = (page_height - chart_height * s) / 2;
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintData         *print)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintData         *print)
{
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale, x, y, height;

  /* The page shows the chart as exported: as high as its content. */
  height = plenary_chart_layout_measure_height (NULL, PLENARY_CHART_EXPORT_WIDTH, print->spec,
                                                print->language, theme);
  plenary_chart_print_fit (gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                           PLENARY_CHART_EXPORT_WIDTH, height, &scale, &x, &y);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  plenary_chart_render (cr, PLENARY_CHART_EXPORT_WIDTH, height, print->spec, print->language, theme, -1);
  cairo_restore (cr);
}

static void
report_error (PrintData    *print,
              const GError *error)
{
  if (print->on_error != NULL && error != NULL)
    print->on_error (print->parent, error);
}

/* The operation holds itself alive while the dialog and the printing run
 * asynchronously, and lets go here. */
static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            PrintData               *print)
{
  print->done = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      report_error (print, error);
    }
  g_object_unref (operation);
}

/**
 * plenary_chart_print_operation_new:
 * @spec: the chart to print
 * @language: the language of its text
 *
 * The print operation of one chart, one page, without a dialog or a
 * printer chosen: the dialog and non-interactive printing (a test, for
 * one) run the same drawing code.
 *
 * Returns: (transfer full): a new print operation
 */
GtkPrintOperation *
plenary_chart_print_operation_new (PlenaryChartSpec *spec,
                                   PlenaryLanguage   language)
{
  GtkPrintOperation *operation;
  PrintData *print;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  operation = gtk_print_operation_new ();
  print = g_new0 (PrintData, 1);
  print->spec = g_object_ref (spec);
  print->language = language;
  g_object_set_data_full (G_OBJECT (operation), "plenary-print-data", print, print_data_free);

  gtk_print_operation_set_job_name (operation, plenary_chart_spec_get_title (spec, language));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);
  return operation;
}

/**
 * plenary_chart_print:
 * @on_error: (nullable): called with @parent if printing fails
 *
 * Shows the print dialog for @spec and prints it, fitted to the page.
 * @parent is kept alive until printing ends.
 */
void
plenary_chart_print (GtkWidget             *parent,
                     PlenaryChartSpec      *spec,
                     PlenaryLanguage        language,
                     PlenaryChartErrorFunc  on_error)
{
  GtkPrintOperation *operation = plenary_chart_print_operation_new (spec, language);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  PrintData *print = g_object_get_data (G_OBJECT (operation), "plenary-print-data");
  GtkPrintOperationResult result;

  print->on_error = on_error;
  print->parent = parent ? g_object_ref (parent) : NULL;

  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), print);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (!print->done && result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      report_error (print, error);
      g_object_unref (operation);
    }
}
