/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <signal.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

#include "plenary-chart-print.h"
#include "plenary-report-loader.h"
#include "plenary-slide-list.h"
#include "plenary-slide-print.h"

/* Printing through a real CUPS scheduler: the test starts its own cupsd
 * (configuration, spool and socket in a temporary directory, no system
 * service) and adds PDF queues whose device is a file.  The app's print
 * operations (the chart's, the slides') draw their pages through
 * GtkPrintOperation into the PDF that GTK would hand to a printer; the
 * job goes to the queue with lp, CUPS runs its filters (pdftopdf fits it
 * to the queue's A4 paper) and writes the file, which the test reads
 * with poppler's pdfinfo and pdftotext.
 *
 * GTK 4.8's own CUPS backend never reads the scheduler's answer to
 * CUPS-Get-Printers here (it polls the connection without end, over the
 * socket and over TCP alike), so the job is not submitted through it.
 * Where no scheduler can be started (no cupsd installed, a chroot that
 * refuses it) the tests skip and say why. */

#define CHART_QUEUE  "PlenaryTestChart"
#define SLIDES_QUEUE "PlenaryTestSlides"
#define WAIT_SECONDS 90

static PlenaryReport *report;
static GSubprocess *cupsd;
static char *cups_dir;
static char *socket_path;
static char *skip_reason;

static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);
  g_autofree char *sbin = NULL;

  if (path != NULL)
    return path;
  /* cupsd and lpadmin live in /usr/sbin, which a user's PATH may lack. */
  sbin = g_build_filename ("/usr/sbin", name, NULL);
  if (g_file_test (sbin, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&sbin);
  return NULL;
}

static gboolean
run_tool (const char * const *argv,
          char              **out,
          char              **err)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err,
                     &status, &error))
    {
      if (err != NULL)
        *err = g_strdup (error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (cups_dir, name, NULL);

  return g_file_set_contents (path, contents, -1, NULL);
}

/* A file: device must exist before the job starts: CUPS opens it without
 * creating it. */
static char *
reset_output (const char *queue)
{
  char *path = g_strdup_printf ("%s/out/%s.pdf", cups_dir, queue);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_no_errno (g_chmod (path, 0666));
  return path;
}

static gboolean
add_queue (const char  *lpadmin,
           const char  *queue,
           char       **err)
{
  g_autofree char *ppd = g_test_build_filename (G_TEST_DIST, "print", "plenary-test-pdf.ppd", NULL);
  g_autofree char *output = reset_output (queue);
  g_autofree char *uri = g_strconcat ("file://", output, NULL);
  const char *argv[] = { lpadmin, "-h", socket_path, "-p", queue, "-E", "-v", uri, "-P", ppd, NULL };

  /* Only the last attempt's words are kept. */
  g_clear_pointer (err, g_free);
  return run_tool (argv, NULL, err);
}

/* A scheduler outlives no test that aborts. */
static void
die_with_parent (gpointer data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

static void
start_cups (void)
{
  g_autofree char *cupsd_path = find_tool ("cupsd");
  g_autofree char *lpadmin = find_tool ("lpadmin");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *files_conf = NULL;
  g_autofree char *cupsd_conf = NULL;
  g_autofree char *conf_path = NULL;
  g_autofree char *files_path = NULL;
  g_autofree char *last_error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  const char *subdirs[] = { "spool", "spool/tmp", "cache", "state", "log", "out" };
  gint64 deadline;
  gboolean ready = FALSE;

  if (cupsd_path == NULL || lpadmin == NULL)
    {
      skip_reason = g_strdup ("no CUPS scheduler: cupsd or lpadmin is not installed "
                              "(packages cups-daemon, cups-client)");
      return;
    }
  if (pdfinfo == NULL || pdftotext == NULL)
    {
      skip_reason = g_strdup ("pdfinfo or pdftotext is not installed (package poppler-utils)");
      return;
    }

  cups_dir = g_dir_make_tmp ("plenary-cups-XXXXXX", &error);
  g_assert_no_error (error);
  /* Filters run as the scheduler's unprivileged user (lp when it runs as
   * root), which must reach the spool. */
  g_assert_no_errno (g_chmod (cups_dir, 0755));
  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *path = g_build_filename (cups_dir, subdirs[i], NULL);

      g_assert_no_errno (g_mkdir (path, 0755));
    }
  socket_path = g_build_filename (cups_dir, "cups.sock", NULL);

  files_conf = g_strdup_printf ("ServerRoot %1$s\n"
                                "StateDir %1$s/state\n"
                                "CacheDir %1$s/cache\n"
                                "RequestRoot %1$s/spool\n"
                                "TempDir %1$s/spool/tmp\n"
                                "AccessLog %1$s/log/access_log\n"
                                "ErrorLog %1$s/log/error_log\n"
                                "PageLog %1$s/log/page_log\n"
                                "FileDevice Yes\n"
                                "Sandboxing relaxed\n"
                                "%2$s",
                                cups_dir,
                                getuid () == 0 ? "" : "SystemGroup users\n");
  cupsd_conf = g_strdup_printf ("Listen %s\n"
                                "LogLevel info\n"
                                "AccessLogLevel all\n"
                                "Browsing No\n"
                                "WebInterface No\n"
                                "DefaultAuthType None\n"
                                "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                "<Policy default>\n  <Limit All>\n    Order deny,allow\n"
                                "  </Limit>\n</Policy>\n",
                                socket_path);
  g_assert_true (write_file ("cups-files.conf", files_conf));
  g_assert_true (write_file ("cupsd.conf", cupsd_conf));
  conf_path = g_build_filename (cups_dir, "cupsd.conf", NULL);
  files_path = g_build_filename (cups_dir, "cups-files.conf", NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  cupsd = g_subprocess_launcher_spawn (launcher, &error, cupsd_path, "-f", "-c", conf_path,
                                       "-s", files_path, NULL);
  if (cupsd == NULL)
    {
      skip_reason = g_strdup_printf ("cannot start cupsd: %s", error->message);
      return;
    }

  /* Ready once it takes a queue; a scheduler that exits or never listens
   * ends the wait early or at the deadline. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      if (g_file_test (socket_path, G_FILE_TEST_EXISTS))
        {
          g_clear_pointer (&last_error, g_free);
          if (add_queue (lpadmin, CHART_QUEUE, &last_error) &&
              add_queue (lpadmin, SLIDES_QUEUE, &last_error))
            {
              ready = TRUE;
              break;
            }
        }
      if (g_subprocess_get_identifier (cupsd) == NULL)
        break;
      g_usleep (100 * 1000);
    }
  if (!ready)
    skip_reason = g_strdup_printf ("no CUPS scheduler reachable at %s (cupsd did not start or "
                                   "refused the queues: %s); see %s/log/error_log",
                                   socket_path, last_error ? g_strstrip (last_error) : "no socket",
                                   cups_dir);
}

static void
stop_cups (void)
{
  if (cupsd != NULL)
    {
      g_subprocess_send_signal (cupsd, SIGTERM);
      g_subprocess_wait (cupsd, NULL, NULL);
      g_clear_object (&cupsd);
    }
  if (cups_dir != NULL && skip_reason == NULL)
    {
      const char *argv[] = { "rm", "-rf", cups_dir, NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
}

static int
pdf_page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  const char *pages;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL))
    return -1;
  pages = out ? strstr (out, "\nPages:") : NULL;
  if (pages == NULL)
    return -1;
  return (int) g_ascii_strtoll (pages + strlen ("\nPages:"), NULL, 10);
}

/* Whether @queue has no job left that is not completed, and at least
 * one completed. */
static gboolean
queue_is_done (const char *queue)
{
  const char *pending[] = { "lpstat", "-h", socket_path, "-W", "not-completed", "-o", queue, NULL };
  const char *completed[] = { "lpstat", "-h", socket_path, "-W", "completed", "-o", queue, NULL };
  g_autofree char *pending_out = NULL;
  g_autofree char *completed_out = NULL;

  if (!run_tool (pending, &pending_out, NULL) || !run_tool (completed, &completed_out, NULL))
    return FALSE;
  return *g_strstrip (pending_out) == '\0' && *g_strstrip (completed_out) != '\0';
}

/* Draws @operation's pages on A4 paper into the PDF a printer is sent,
 * submits it to @queue, and waits (bounded) until CUPS has finished the
 * job and @output is a whole PDF.  Returns the PDF submitted. */
static char *
print_and_wait (GtkPrintOperation *operation,
                const char        *queue,
                const char        *output)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  char *job = g_strdup_printf ("%s/%s-job.pdf", cups_dir, queue);
  g_autofree char *lp_out = NULL;
  g_autofree char *lp_err = NULL;
  const char *lp[] = { "lp", "-h", socket_path, "-d", queue, "-t", queue, job, NULL };
  GtkPageSetup *given = gtk_print_operation_get_default_page_setup (operation);
  GtkPrintOperationResult result;
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + WAIT_SECONDS * G_USEC_PER_SEC;
  gboolean done = FALSE;

  setup = given != NULL ? gtk_page_setup_copy (given) : gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, job);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  if (!run_tool (lp, &lp_out, &lp_err))
    g_error ("lp refused the job: %s", lp_err ? lp_err : "");

  while (!done && g_get_monotonic_time () < deadline)
    {
      done = queue_is_done (queue) && pdf_page_count (output) > 0;
      if (!done)
        g_usleep (100 * 1000);
    }
  g_test_message ("%s: job done after %.1f s (%s)", queue,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, output);
  if (!done)
    g_error ("CUPS did not finish the job on %s within %d s; see %s/log/error_log",
             queue, WAIT_SECONDS, cups_dir);
  return job;
}

/* Page @page's size in points, and its rotation, from pdfinfo. */
static void
pdf_page_size (const char *path,
               int         page,
               double     *width,
               double     *height,
               int        *rotation)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdfinfo", "-f", first, "-l", first, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *size_key = g_strdup_printf ("Page %4d size:", page);
  g_autofree char *rot_key = g_strdup_printf ("Page %4d rot:", page);
  const char *size, *rot;
  char *end;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, NULL, NULL));
  size = strstr (out, size_key);
  rot = strstr (out, rot_key);
  g_assert_nonnull (size);
  g_assert_nonnull (rot);
  *width = g_ascii_strtod (size + strlen (size_key), &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
  *rotation = (int) g_ascii_strtoll (rot + strlen (rot_key), NULL, 10);
}

/* Page @page's text with every run of white space made one space, so
 * that a title wrapped over two lines still matches. */
static char *
pdf_page_text (const char *path,
               int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", first, "-l", first, "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, NULL, NULL));
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static void
assert_page_has (const char *path,
                 int         page,
                 const char *text)
{
  g_autofree char *contents = pdf_page_text (path, page);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *wanted = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

  if (strstr (contents, wanted) == NULL)
    g_error ("page %d of %s lacks “%s”; it reads: %s", page, path, wanted, contents);
}

/* Whether the page reads landscape: wider than tall, or turned a
 * quarter. */
static gboolean
page_is_landscape (double width,
                   double height,
                   int    rotation)
{
  gboolean quarter = rotation % 180 != 0;

  return quarter ? height > width : width > height;
}

static void
test_print_chart (void)
{
  g_autoptr(PlenaryChartSpec) spec = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *output = NULL;
  g_autofree char *job = NULL;
  double width, height;
  int rotation;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }

  spec = g_list_model_get_item (plenary_report_get_charts (report), 0);
  g_assert_nonnull (spec);
  output = reset_output (CHART_QUEUE);
  operation = plenary_chart_print_operation_new (spec, PLENARY_LANGUAGE_EN);
  job = print_and_wait (operation, CHART_QUEUE, output);

  g_assert_cmpint (pdf_page_count (job), ==, 1);
  g_assert_cmpint (pdf_page_count (output), ==, 1);
  /* The queue's default paper, A4, upright. */
  pdf_page_size (output, 1, &width, &height, &rotation);
  g_assert_cmpfloat_with_epsilon (MIN (width, height), 595, 1);
  g_assert_cmpfloat_with_epsilon (MAX (width, height), 842, 1);
  g_assert_false (page_is_landscape (width, height, rotation));
  assert_page_has (output, 1, plenary_chart_spec_get_title (spec, PLENARY_LANGUAGE_EN));
}

static void
test_print_slides (void)
{
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *output = NULL;
  g_autofree char *job = NULL;
  PlenarySlide *last;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }

  slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_assert_cmpuint (slides->len, >, 2);
  output = reset_output (SLIDES_QUEUE);
  operation = plenary_slide_print_operation_new (slides, PLENARY_SLIDE_THEME_LIGHT);
  job = print_and_wait (operation, SLIDES_QUEUE, output);

  /* GTK drew one landscape A4 page a slide; CUPS printed as many pages
   * on the queue's A4 paper (pdftopdf turns landscape pages a quarter
   * onto portrait paper, so the paper's orientation is not checked). */
  g_assert_cmpint (pdf_page_count (job), ==, (int) slides->len);
  g_assert_cmpint (pdf_page_count (output), ==, (int) slides->len);
  for (guint i = 1; i <= slides->len; i += MAX (slides->len - 1, 1))
    {
      double width, height;
      int rotation;

      pdf_page_size (job, i, &width, &height, &rotation);
      g_assert_cmpfloat_with_epsilon (width, 842, 1);
      g_assert_cmpfloat_with_epsilon (height, 595, 1);
      g_assert_cmpint (rotation, ==, 0);
      pdf_page_size (output, i, &width, &height, &rotation);
      g_assert_cmpfloat_with_epsilon (MIN (width, height), 595, 1);
      g_assert_cmpfloat_with_epsilon (MAX (width, height), 842, 1);
    }
  assert_page_has (output, 1, plenary_slide_get_title (g_ptr_array_index (slides, 0)));
  last = g_ptr_array_index (slides, slides->len - 1);
  assert_page_has (output, slides->len, plenary_slide_get_title (last));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  start_cups ();
  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/print/chart", test_print_chart);
  g_test_add_func ("/print/slides", test_print_slides);
  status = g_test_run ();

  g_clear_object (&report);
  stop_cups ();
  g_clear_pointer (&socket_path, g_free);
  g_clear_pointer (&cups_dir, g_free);
  g_clear_pointer (&skip_reason, g_free);
  return status;
}
