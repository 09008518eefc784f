/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* Main-loop helpers shared by the window tests: they wait for states, not
 * for fixed times, so a loaded machine only makes them slower. */

static inline gboolean
test_main_loop_timeout_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static inline void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, test_main_loop_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
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
