/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdio.h>

#include "plenary-report-loader.h"
#include "plenary-present-cli.h"
#include "plenary-slide-draw.h"
#include "plenary-slide-list.h"
#include "plenary-slide-pdf.h"

/* Drawing slides, and the slideshow as a PDF. */

static PlenaryReport *report;

/* Counts page objects, not the /Pages tree. */
static guint
count_pages (const char *pdf,
             gsize       length)
{
  g_autoptr(GRegex) regex = g_regex_new ("/Type\\s*/Page(?![a-zA-Z])", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint count = 0;

  g_regex_match_full (regex, pdf, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      count++;
      g_match_info_next (match, NULL);
    }
  return count;
}

/* Every /MediaBox must be [0 0 1280 720]; returns how many there are. */
static guint
check_media_boxes (const char *pdf,
                   gsize       length)
{
  g_autoptr(GRegex) regex = g_regex_new ("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)"
                                         "\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]",
                                         G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint count = 0;

  g_regex_match_full (regex, pdf, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);

      g_assert_cmpfloat (g_ascii_strtod (x0, NULL), ==, 0);
      g_assert_cmpfloat (g_ascii_strtod (y0, NULL), ==, 0);
      g_assert_cmpfloat (g_ascii_strtod (x1, NULL), ==, PLENARY_SLIDE_PDF_PAGE_WIDTH);
      g_assert_cmpfloat (g_ascii_strtod (y1, NULL), ==, PLENARY_SLIDE_PDF_PAGE_HEIGHT);
      count++;
      g_match_info_next (match, NULL);
    }
  return count;
}

static void
assert_pdf_file (const char *path,
                 guint       n_pages)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (count_pages (contents, length), ==, n_pages);
  g_assert_cmpuint (check_media_boxes (contents, length), >=, 1);
}

/* Whether any pixel in the outer @band of the image differs from the
 * corner's, i.e. whether something was drawn into the margin or cut off
 * by the edge; and whether anything at all was drawn. */
static void
measure_ink (cairo_surface_t *surface,
             int              band,
             gboolean        *any_ink,
             gboolean        *edge_ink)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;
  guint32 background;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  background = *(const guint32 *)data;
  *any_ink = FALSE;
  *edge_ink = FALSE;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *)(data + y * stride + x * 4);

        if (pixel == background)
          continue;
        *any_ink = TRUE;
        if (x < band || y < band || x >= width - band || y >= height - band)
          *edge_ink = TRUE;
      }
}

static void
draw_all_at (PlenaryLanguage   language,
             PlenarySlideTheme theme,
             int               width,
             int               height)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, language);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  int band = MAX (2, (int)(0.012 * MIN (width, height)));

  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);
      cairo_t *cr = cairo_create (surface);
      gboolean any_ink, edge_ink;

      plenary_slide_draw (cr, width, height, slide, theme);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);

      measure_ink (surface, band, &any_ink, &edge_ink);
      if (!any_ink || edge_ink)
        g_test_message ("slide %u (%s) at %d×%d: ink %d, at the edge %d", i + 1,
                        plenary_slide_get_title (slide), width, height, any_ink, edge_ink);
      g_assert_true (any_ink);
      g_assert_false (edge_ink);
    }
  cairo_surface_destroy (surface);
}

static void
test_draw_every_slide (void)
{
  draw_all_at (PLENARY_LANGUAGE_EN, PLENARY_SLIDE_THEME_DARK, 1280, 720);
  draw_all_at (PLENARY_LANGUAGE_ZH, PLENARY_SLIDE_THEME_LIGHT, 1280, 720);
  draw_all_at (PLENARY_LANGUAGE_EN, PLENARY_SLIDE_THEME_LIGHT, 1024, 768);
  draw_all_at (PLENARY_LANGUAGE_ZH, PLENARY_SLIDE_THEME_DARK, 1024, 768);
}

static void
test_text_scales_with_screen (void)
{
  const struct { double width, height, text; } screens[] = {
    { 1024, 768, 768 * PLENARY_SLIDE_TEXT_FRACTION },
    { 1920, 1080, 1080 * PLENARY_SLIDE_TEXT_FRACTION },
    { 3840, 2160, 2160 * PLENARY_SLIDE_TEXT_FRACTION },
    { 1280, 720, 720 * PLENARY_SLIDE_TEXT_FRACTION },
    /* A portrait screen is as wide as a 4:3 one is. */
    { 768, 1366, 576 * PLENARY_SLIDE_TEXT_FRACTION },
  };

  /* A title of at least 4% of the height, as the issue asks. */
  g_assert_cmpfloat (PLENARY_SLIDE_TITLE_FRACTION, >=, 0.04);

  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    {
      g_autoptr(PlenaryChartTheme) theme = plenary_slide_theme_new_chart (PLENARY_SLIDE_THEME_DARK,
                                                                          screens[i].width,
                                                                          screens[i].height);
      double unit = plenary_slide_get_unit (screens[i].width, screens[i].height);
      double size = plenary_chart_theme_get_font_size (theme, screens[i].width,
                                                       screens[i].height * 0.8);

      g_assert_cmpfloat_with_epsilon (size, screens[i].text, 0.01);
      g_assert_cmpfloat (size * 1.3, >=, 0.04 * unit);
      g_assert_true (theme->dark);
      g_assert_false (theme->paint_background);
    }
}

static void
test_pdf_stream (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_ZH);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  const char *pdf;
  gsize length;

  g_assert_true (plenary_slide_pdf_write (slides, PLENARY_SLIDE_THEME_DARK, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  pdf = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpuint (count_pages (pdf, length), ==, slides->len);
  g_assert_cmpuint (check_media_boxes (pdf, length), ==, slides->len);
}

static void
test_pdf_file_is_replaced_atomically (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_autofree char *dir = g_dir_make_tmp ("plenary-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slides.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "slides.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  guint n_entries = 0;

  /* An older file of the same name is replaced. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (plenary_slide_pdf_export (slides, PLENARY_SLIDE_THEME_LIGHT, file, NULL, &error));
  g_assert_no_error (error);
  assert_pdf_file (path, slides->len);

  /* A failed export leaves the file as it was, and no temporary file. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancelled);
  g_assert_false (plenary_slide_pdf_export (slides, PLENARY_SLIDE_THEME_LIGHT, file, cancelled,
                                            &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_false (plenary_slide_pdf_export (slides, PLENARY_SLIDE_THEME_LIGHT, missing_file, NULL,
                                            &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  gboolean  done;
  gboolean  succeeded;
  GError   *error;
} ExportResult;

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportResult *export = user_data;

  export->succeeded = plenary_slide_pdf_export_finish (result, &export->error);
  export->done = TRUE;
}

static void
on_folder_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      gboolean          *writing)
{
  *writing = TRUE;
}

/* Cancelled while the pages are being written: either the export got
 * through first and the file is whole, or the old file is untouched.
 * Half a PDF, or a temporary file left behind, would be wrong. */
static void
test_pdf_cancelled_midway (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_autofree char *dir = g_dir_make_tmp ("plenary-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFileMonitor) monitor = NULL;
  gboolean writing = FALSE;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  ExportResult export = { FALSE, };
  guint n_entries = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  g_assert_nonnull (monitor);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_folder_changed_cb), &writing);
  plenary_slide_pdf_export_async (slides, PLENARY_SLIDE_THEME_DARK, file, cancellable,
                                  on_export_done_cb, &export);
  /* Cancel once the export has started writing into the folder. */
  while (!writing && !export.done)
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  g_file_monitor_cancel (monitor);
  while (!export.done)
    g_main_context_iteration (NULL, TRUE);

  if (export.succeeded)
    {
      g_test_message ("the export finished before it was cancelled");
      assert_pdf_file (path, slides->len);
    }
  else
    {
      g_assert_error (export.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old");
    }
  g_clear_error (&export.error);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pdf_export_async (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_autofree char *dir = g_dir_make_tmp ("plenary-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "async.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ExportResult export = { FALSE, };

  plenary_slide_pdf_export_async (slides, PLENARY_SLIDE_THEME_DARK, file, NULL,
                                  on_export_done_cb, &export);
  while (!export.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (export.error);
  g_assert_true (export.succeeded);
  assert_pdf_file (path, slides->len);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_export (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                             PLENARY_LANGUAGE_EN);
  g_autoptr(GPtrArray) all = plenary_slide_list_new_deck (report, PLENARY_DECK_ALL, PLENARY_LANGUAGE_EN);
  g_autofree char *dir = g_dir_make_tmp ("plenary-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cli.pdf", NULL);
  g_autofree char *bad_report = g_build_filename (dir, "not-a-report.json", NULL);
  FILE *null_out = fopen ("/dev/null", "w");

  g_assert_cmpint (plenary_present_cli_export_pdf (path, NULL, PLENARY_LANGUAGE_EN, NULL, NULL,
                                                   null_out, null_out), ==, 0);
  assert_pdf_file (path, slides->len);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* --deck all: every chart, more pages than the story. */
  g_assert_cmpint (plenary_present_cli_export_pdf (path, NULL, PLENARY_LANGUAGE_EN, NULL, "all",
                                                   null_out, null_out), ==, 0);
  assert_pdf_file (path, all->len);
  g_assert_cmpint (all->len, >, slides->len);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (plenary_present_cli_export_pdf (path, NULL, PLENARY_LANGUAGE_EN, NULL, "some",
                                                   null_out, null_out), ==, 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (bad_report, "{", -1, NULL));
  g_assert_cmpint (plenary_present_cli_export_pdf (path, bad_report, PLENARY_LANGUAGE_EN, "light", NULL,
                                                   null_out, null_out), ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (plenary_present_cli_export_pdf (path, NULL, PLENARY_LANGUAGE_EN, "purple", NULL,
                                                   null_out, null_out), ==, 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  fclose (null_out);
  g_assert_cmpint (g_unlink (bad_report), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The real command, with no display at all. */
static void
test_cli_without_display (void)
{
  const char *build_root = g_getenv ("PLENARY_BUILD_ROOT");
  g_autofree char *program = g_build_filename (build_root ? build_root : ".", "src", "plenary", NULL);
  g_autofree char *dir = g_dir_make_tmp ("plenary-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "headless.pdf", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { program, "--present-pdf", path, "--lang", "en", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  /* The story deck, the default. */
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                             PLENARY_LANGUAGE_EN);
  int status;

  if (!g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("the plenary executable is not built");
      return;
    }

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  assert_pdf_file (path, slides->len);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/present/slide-draw/every-slide", test_draw_every_slide);
  g_test_add_func ("/present/slide-draw/text-scales-with-screen", test_text_scales_with_screen);
  g_test_add_func ("/present/pdf/stream", test_pdf_stream);
  g_test_add_func ("/present/pdf/atomic-file", test_pdf_file_is_replaced_atomically);
  g_test_add_func ("/present/pdf/async", test_pdf_export_async);
  g_test_add_func ("/present/pdf/cancelled-midway", test_pdf_cancelled_midway);
  g_test_add_func ("/present/pdf/cli", test_cli_export);
  g_test_add_func ("/present/pdf/cli-without-display", test_cli_without_display);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
