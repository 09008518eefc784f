/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-print"

#include "config.h"

#include "plenary-slide-pdf.h"
#include "plenary-slide-print.h"

/* "Print Slides…": the slideshow on paper, one slide a landscape page,
 * each drawn by the slide painter that draws the screen and the PDF,
 * fitted at 16:9 into the printable area. */

typedef struct
{
  GPtrArray                  *slides;
  PlenarySlideTheme           theme;
  PlenarySlidePrintErrorFunc  on_error;
  GtkWidget                  *parent;
  gboolean                    done;
} PrintData;

static void
print_data_free (gpointer data)
{
  PrintData *print = data;

  g_clear_pointer (&print->slides, g_ptr_array_unref);
  g_clear_object (&print->parent);
  g_free (print);
}

/* The largest 16:9 rectangle that fits the page, centred on it. */
void
plenary_slide_print_fit (double  page_width,
                         double  page_height,
                         double *width,
                         double *height,
                         double *x,
                         double *y)
{
  double scale = MIN (page_width / PLENARY_SLIDE_PDF_PAGE_WIDTH,
                      page_height / PLENARY_SLIDE_PDF_PAGE_HEIGHT);

  *width = PLENARY_SLIDE_PDF_PAGE_WIDTH * scale;
  *height = PLENARY_SLIDE_PDF_PAGE_HEIGHT * scale;
  *x = (page_width - *width) / 2;
  *y = (page_height - *height) / 2;
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintData         *print)
{
  gtk_print_operation_set_n_pages (operation, MAX (print->slides->len, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintData         *print)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, x, y;

  if (page_nr < 0 || (guint) page_nr >= print->slides->len)
    return;

  plenary_slide_print_fit (gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context), &width, &height, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  plenary_slide_draw (cr, width, height, g_ptr_array_index (print->slides, page_nr), print->theme);
  cairo_restore (cr);
}

/**
 * plenary_slide_print_operation_new:
 * @slides: (element-type PlenarySlide): the slides, one a page
 * @theme: the slides' colours; light suits paper
 *
 * The print operation of a slideshow, landscape by default, without a
 * dialog or a printer chosen: the dialog and non-interactive printing
 * run the same drawing code.
 *
 * Returns: (transfer full): a new print operation
 */
GtkPrintOperation *
plenary_slide_print_operation_new (GPtrArray         *slides,
                                   PlenarySlideTheme  theme)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPrintOperation *operation;
  PrintData *print;

  g_return_val_if_fail (slides != NULL, NULL);

  operation = gtk_print_operation_new ();
  print = g_new0 (PrintData, 1);
  print->slides = g_ptr_array_ref (slides);
  print->theme = theme;
  g_object_set_data_full (G_OBJECT (operation), "plenary-print-data", print, print_data_free);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (slides->len > 0)
    gtk_print_operation_set_job_name (operation, plenary_slide_get_title (g_ptr_array_index (slides, 0)));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);
  return operation;
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
 * plenary_slide_print:
 * @parent: the widget whose window the dialog belongs to; kept alive
 *   until printing ends
 * @on_error: (nullable): called with @parent if printing fails
 *
 * Shows the print dialog for @slides and prints them.
 */
void
plenary_slide_print (GtkWidget                  *parent,
                     GPtrArray                  *slides,
                     PlenarySlideTheme           theme,
                     PlenarySlidePrintErrorFunc  on_error)
{
  GtkPrintOperation *operation;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  PrintData *print;
  GtkPrintOperationResult result;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (slides != NULL);

  operation = plenary_slide_print_operation_new (slides, theme);
  print = g_object_get_data (G_OBJECT (operation), "plenary-print-data");
  print->on_error = on_error;
  print->parent = g_object_ref (parent);
  root = gtk_widget_get_root (parent);

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
