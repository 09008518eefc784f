/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <string.h>

/* Main-loop helpers shared by the window tests: they wait for states, not
 * for fixed times, so a loaded machine only makes them slower. */

static inline gboolean
test_main_loop_timeout_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* GTK keeps a tooltip timeout aimed at the last window or popover the
 * pointer was over (Xvfb's pointer sits in the middle of the screen, over
 * every window these tests open). When that popover or window has been
 * unrealized meanwhile, as a closed indicator card or a destroyed window
 * is, the timeout asks for the pointer's position on its NULL surface: a
 * critical inside GTK (seen with 4.8), harmless, and no fault of the code
 * under test. Under G_DEBUG=fatal-warnings it would abort the test at
 * random; this message, and only it, is not fatal. */
static inline gboolean
test_fatal_log_cb (const char     *log_domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        user_data)
{
  return !(g_strcmp0 (log_domain, "Gdk") == 0 && message != NULL &&
           strstr (message, "gdk_surface_get_device_position: assertion 'GDK_IS_SURFACE (surface)' failed") != NULL);
}

/* One turn of the main loop. GLib forgets a test's fatal-log handler
 * between test cases, and the main loop only turns in the waits below: the
 * handler is set here. */
static inline gboolean
test_iterate (gboolean may_block)
{
  g_test_log_set_fatal_handler (test_fatal_log_cb, NULL);
  return g_main_context_iteration (NULL, may_block);
}

/* Runs the main loop for @ms milliseconds. */
static inline void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, test_main_loop_timeout_cb, &done);
  while (!done)
    test_iterate (TRUE);
}

/* Runs the main loop until @condition holds, for at most twenty seconds:
 * a bound for a loaded machine (sanitizers, two suites at once), not a timing. */
#define WAIT_UNTIL(condition)                                          \
  G_STMT_START {                                                       \
    gint64 deadline_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;  \
    while (!(condition) && g_get_monotonic_time () < deadline_)        \
      wait_ms (10);                                                    \
    g_assert_true (condition);                                         \
  } G_STMT_END
