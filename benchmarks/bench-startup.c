/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Start-up to the first drawn frame, and the peak memory by then, of
 * Plenary's window on the bundled report (`plenary`) and of a bare
 * AdwApplicationWindow (`bare`) in the same process setup and with the
 * same GSK renderer.  benchmarks/run.sh runs both alternately and compares
 * their medians.
 *
 * `text` is the bare window with a title and two lines of text, one
 * Chinese: the bare window draws no text at all, so it never loads a
 * font, and this variant tells how much of Plenary's extra time is the
 * text stack's one-off start (fontconfig's fallback lists, HarfBuzz and
 * FreeType faces for Latin and CJK fonts) rather than Plenary's own
 * work. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "plenary-application.h"
#include "plenary-report-preload.h"

static gint64 start_time;

/* With PLENARY_BENCH_PHASES set, prints when each step of the start is
 * reached, in milliseconds from main(), to tell where a difference lies.
 * The handlers run after GTK's own: "mapped", "layout-done" and
 * "paint-done" mark the ends of those steps. */
static void
mark_phase (const char *phase)
{
  if (g_getenv ("PLENARY_BENCH_PHASES") != NULL)
    g_printerr ("%-13s %7.1f ms\n", phase, (g_get_monotonic_time () - start_time) / 1000.0);
}

static void
on_phase_cb (gpointer    instance,
             const char *phase)
{
  mark_phase (phase);
}

/* A field of /proc/self/status in KiB, or -1. */
static long
status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? strtol (line + strlen (field) + 1, NULL, 10) : -1;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  struct rusage usage;
  double ms = (g_get_monotonic_time () - start_time) / 1000.0;
  double cpu;

  mark_phase ("after-paint");
  /* CPU time of all the process's threads (the GL renderer's too), from
   * exec on: less disturbed by a busy machine than the wall clock. */
  getrusage (RUSAGE_SELF, &usage);
  cpu = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
        + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  /* What the resident memory is made of now: heap and other anonymous
   * memory, mapped files (libraries, fonts, icon caches), shared memory. */
  g_print ("{\"first_frame_ms\": %.2f, \"cpu_ms\": %.2f, \"max_rss_kib\": %ld, "
           "\"rss_anon_kib\": %ld, \"rss_file_kib\": %ld, \"rss_shmem_kib\": %ld}\n",
           ms, cpu, usage.ru_maxrss,
           status_kib ("RssAnon:"), status_kib ("RssFile:"), status_kib ("RssShmem:"));
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_window_realize_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  mark_phase ("realize");
  g_signal_connect (widget, "map", G_CALLBACK (on_phase_cb), (gpointer) "mapped");
  g_signal_connect (clock, "layout", G_CALLBACK (on_phase_cb), (gpointer) "layout-done");
  g_signal_connect (clock, "paint", G_CALLBACK (on_phase_cb), (gpointer) "paint-done");

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), widget);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window)
{
  mark_phase ("window-added");
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), NULL);
}

static gboolean with_text;

static void
on_bare_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_box_append (GTK_BOX (box), header);
  if (with_text)
    {
      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Plenary", "广州市 2019 年计划执行情况"));
      gtk_box_append (GTK_BOX (box), gtk_label_new ("关于广州市 2019 年国民经济和社会发展规划执行情况与 2020 年国民经济和社会发展规划草案的报告"));
      gtk_box_append (GTK_BOX (box), gtk_label_new ("Report on the Implementation of Guangzhou's 2019 Plan"));
    }
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  gboolean bare = argc > 1 && (g_strcmp0 (argv[1], "bare") == 0 || g_strcmp0 (argv[1], "text") == 0);
  char *no_args[] = { argv[0], NULL };

  start_time = g_get_monotonic_time ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  textdomain (GETTEXT_PACKAGE);

  with_text = argc > 1 && g_strcmp0 (argv[1], "text") == 0;
  if (bare)
    {
      app = G_APPLICATION (adw_application_new ("io.github.plenary.Bench", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate_cb), NULL);
    }
  else
    {
      /* As main() does for a start without arguments. */
      plenary_report_preload_start ();
      app = G_APPLICATION (plenary_application_new ());
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  /* "startup" runs its class handler first, "activate" last. */
  g_signal_connect (app, "startup", G_CALLBACK (on_phase_cb), (gpointer) "startup-done");
  g_signal_connect (app, "activate", G_CALLBACK (on_phase_cb), (gpointer) "activate");
  return g_application_run (app, 1, no_args);
}
