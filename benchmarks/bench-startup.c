/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Start-up to the first drawn frame, and the peak memory by then, of
 * Plenary's window on the bundled report (`plenary`) and of a bare
 * AdwApplicationWindow (`bare`) in the same process setup and with the
 * same GSK renderer.  benchmarks/run.sh runs both alternately and compares
 * their medians. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/resource.h>

#include "plenary-application.h"

static gint64 start_time;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  struct rusage usage;
  double ms = (g_get_monotonic_time () - start_time) / 1000.0;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("{\"first_frame_ms\": %.2f, \"max_rss_kib\": %ld}\n", ms, usage.ru_maxrss);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_window_realize_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), widget);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), NULL);
}

static void
on_bare_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  gboolean bare = argc > 1 && g_strcmp0 (argv[1], "bare") == 0;
  char *no_args[] = { argv[0], NULL };

  start_time = g_get_monotonic_time ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  textdomain (GETTEXT_PACKAGE);

  if (bare)
    {
      app = G_APPLICATION (adw_application_new ("io.github.plenary.Bench", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate_cb), NULL);
    }
  else
    {
      app = G_APPLICATION (plenary_application_new ());
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  return g_application_run (app, 1, no_args);
}
