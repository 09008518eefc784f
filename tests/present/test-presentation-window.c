/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>

#include "plenary-report-loader.h"
#include "plenary-presentation-window.h"
#include "plenary-presentation.h"
#include "plenary-settings.h"
#include "plenary-presenter-window.h"
#include "plenary-slide-list.h"
#include "plenary-slide-view.h"
#include "plenary-slideshow-osd.h"

/* The slideshow's windows built for real under Xvfb and driven by key
 * events, clicks of the wheel and actions. */

static PlenaryReport *report;

static void
spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_for_map (GtkWidget *widget)
{
  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (widget); i++)
    spin (10);
  g_assert_true (gtk_widget_get_mapped (widget));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

static gboolean
send_key (GtkWidget       *window,
          guint            keyval,
          GdkModifierType  state)
{
  GtkEventController *keys = find_controller (window, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  return handled;
}

static void
record_request_cb (GtkWidget *window,
                   int        request,
                   GArray    *requests)
{
  g_array_append_val (requests, request);
}

static PlenarySlideView *
find_slide_view (GtkWidget *widget)
{
  if (PLENARY_IS_SLIDE_VIEW (widget))
    return PLENARY_SLIDE_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PlenarySlideView *view = find_slide_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

static GtkLabel *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_label_with_class (child, css_class);

      if (label != NULL)
        return label;
    }
  return NULL;
}

static void
test_keys (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (slides->len, 0);
  g_autoptr(GArray) requests = g_array_new (FALSE, FALSE, sizeof (int));
  PlenaryPresentationWindow *window;
  PlenarySlideView *view;
  GtkEventController *scroll;
  gboolean handled = FALSE;

  window = plenary_presentation_window_new (slideshow, slides, PLENARY_SLIDE_THEME_DARK);
  g_object_ref_sink (window);
  g_signal_connect (window, "request", G_CALLBACK (record_request_cb), requests);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_map (GTK_WIDGET (window));

  view = find_slide_view (GTK_WIDGET (window));
  g_assert_nonnull (view);
  g_assert_true (plenary_slide_view_get_slide (view) == g_ptr_array_index (slides, 0));

  /* Next and previous. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Right, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 1);
  g_assert_true (plenary_slide_view_get_slide (view) == g_ptr_array_index (slides, 1));
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Page_Down, 0));
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_space, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 3);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_End, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, slides->len - 1);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Right, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, slides->len - 1);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Home, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);

  /* Typing a number and Enter. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_1, 0));
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_2, 0));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "12");
  spin (50);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 11);
  g_assert_true (plenary_slide_view_get_slide (view) == g_ptr_array_index (slides, 11));

  /* A black screen, and any key to come back. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_b, 0));
  g_assert_cmpint (plenary_slide_view_get_screen (view), ==, PLENARY_SLIDESHOW_SCREEN_BLACK);
  spin (50);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Right, 0));
  g_assert_cmpint (plenary_slide_view_get_screen (view), ==, PLENARY_SLIDESHOW_SCREEN_SLIDE);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 11);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_comma, 0));
  g_assert_cmpint (plenary_slide_view_get_screen (view), ==, PLENARY_SLIDESHOW_SCREEN_WHITE);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_w, 0));
  g_assert_cmpint (plenary_slide_view_get_screen (view), ==, PLENARY_SLIDESHOW_SCREEN_SLIDE);

  /* The help, drawn, then gone with any key. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_F1, 0));
  g_assert_true (plenary_slideshow_get_help_visible (slideshow));
  spin (50);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  g_assert_false (plenary_slideshow_get_help_visible (slideshow));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* T switches the theme here; S and R are for the windows around. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_t, 0));
  g_assert_cmpint (plenary_presentation_window_get_theme (window), ==, PLENARY_SLIDE_THEME_LIGHT);
  g_assert_cmpint (plenary_slide_view_get_theme (view), ==, PLENARY_SLIDE_THEME_LIGHT);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_s, 0));
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_r, 0));
  g_assert_cmpuint (requests->len, ==, 3);
  g_assert_cmpint (g_array_index (requests, int, 0), ==, PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME);
  g_assert_cmpint (g_array_index (requests, int, 1), ==, PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS);
  g_assert_cmpint (g_array_index (requests, int, 2), ==, PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK);

  /* Control-keys belong to the application. */
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_q, GDK_CONTROL_MASK));

  /* The wheel, and the window's actions. */
  scroll = find_controller (GTK_WIDGET (window), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  g_assert_nonnull (scroll);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 12);
  g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 11);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "slideshow.next", NULL));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "slideshow.last", NULL));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, slides->len - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "slideshow.first", NULL));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
  spin (50);

  /* Esc ends it: the window closes itself. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  g_assert_cmpint (g_array_index (requests, int, requests->len - 1),
                   ==, PLENARY_SLIDESHOW_REQUEST_STOP);
  spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_finalize_object (window);
}

static void
test_pointer_and_counter (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_ZH);
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (slides->len, 3);
  PlenaryPresentationWindow *window;
  PlenarySlideshowOsd *osd;
  GtkEventController *motion;
  gint64 start;

  window = plenary_presentation_window_new (slideshow, slides, PLENARY_SLIDE_THEME_LIGHT);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_map (GTK_WIDGET (window));

  /* The pointer hides after two seconds without a move (a move the X
   * server makes up when the window appears may restart the wait). */
  start = g_get_monotonic_time ();
  g_assert_false (plenary_presentation_window_get_cursor_hidden (window));
  while (!plenary_presentation_window_get_cursor_hidden (window)
         && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    spin (20);
  g_assert_true (plenary_presentation_window_get_cursor_hidden (window));
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (window))), ==, "none");

  /* A move shows it again, for two seconds. */
  motion = find_controller (GTK_WIDGET (window), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  g_assert_nonnull (motion);
  start = g_get_monotonic_time ();
  g_signal_emit_by_name (motion, "motion", 300.0, 200.0);
  g_assert_false (plenary_presentation_window_get_cursor_hidden (window));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (window)));
  while (!plenary_presentation_window_get_cursor_hidden (window)
         && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    spin (20);
  g_assert_true (plenary_presentation_window_get_cursor_hidden (window));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1990 * 1000);

  /* The counter shows on a change and is gone a little later. */
  osd = PLENARY_SLIDESHOW_OSD (gtk_widget_get_last_child (gtk_window_get_child (GTK_WINDOW (window))));
  g_assert_true (PLENARY_IS_SLIDESHOW_OSD (osd));
  start = g_get_monotonic_time ();
  while (plenary_slideshow_osd_get_counter_opacity (osd) >= 0.01
         && g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
    spin (20);
  g_assert_cmpfloat (plenary_slideshow_osd_get_counter_opacity (osd), <, 0.01);
  /* No exact timings: a loaded machine (or a sanitizer build) may take
   * longer between frames, so the test waits for each state instead. */
  plenary_slideshow_next (slideshow);
  start = g_get_monotonic_time ();
  while (plenary_slideshow_osd_get_counter_opacity (osd) < 0.99
         && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    spin (10);
  g_assert_cmpfloat (plenary_slideshow_osd_get_counter_opacity (osd), >=, 0.99);
  start = g_get_monotonic_time ();
  while (plenary_slideshow_osd_get_counter_opacity (osd) >= 0.01
         && g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
    spin (20);
  g_assert_cmpfloat (plenary_slideshow_osd_get_counter_opacity (osd), <, 0.01);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_presenter_window (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (slides->len, 5);
  g_autoptr(GArray) requests = g_array_new (FALSE, FALSE, sizeof (int));
  PlenaryPresenterWindow *window;
  g_autofree char *clock = NULL;
  GtkLabel *clock_label;

  window = plenary_presenter_window_new (slideshow, slides, PLENARY_SLIDE_THEME_DARK);
  g_object_ref_sink (window);
  g_signal_connect (window, "request", G_CALLBACK (record_request_cb), requests);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_map (GTK_WIDGET (window));

  clock = plenary_presenter_window_dup_clock_text (window);
  g_assert_cmpstr (clock, ==, "0:00");
  clock_label = find_label_with_class (GTK_WIDGET (window), "numeric");
  g_assert_nonnull (clock_label);
  g_assert_cmpstr (gtk_label_get_label (clock_label), ==, "0:00");
  for (guint i = 0; i < 150 && !g_str_equal (gtk_label_get_label (clock_label), "0:01"); i++)
    spin (20);
  g_assert_cmpstr (gtk_label_get_label (clock_label), ==, "0:01");

  /* The same keys work here as on the slides. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_Right, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 6);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_p, 0));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 5);
  spin (50);

  /* R restarts the clock. */
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_r, 0));
  g_assert_cmpstr (gtk_label_get_label (clock_label), ==, "0:00");
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_t, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presenter.swap-monitors", NULL));
  g_assert_cmpuint (requests->len, ==, 3);
  g_assert_cmpint (g_array_index (requests, int, 0), ==, PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK);
  g_assert_cmpint (g_array_index (requests, int, 1), ==, PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME);
  g_assert_cmpint (g_array_index (requests, int, 2), ==, PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS);

  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_F5, 0));
  spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_finalize_object (window);
}

static void
on_finished_cb (PlenaryPresentation *presentation,
                PlenaryChartSpec    *chart,
                PlenaryChartSpec   **out_chart)
{
  *out_chart = chart;
  g_object_set_data (G_OBJECT (presentation), "finished", GINT_TO_POINTER (TRUE));
}

/* The whole slideshow from a parent window, on Xvfb's one monitor. */
static void
test_presentation (void)
{
  GtkWidget *parent = gtk_window_new ();
  PlenaryChartSpec *start = plenary_report_find_chart (report, "pm25-2019-2020");
  PlenaryChartSpec *finished_on = NULL;
  PlenaryPresentation *presentation;
  GtkWindow *slides_window;
  g_autoptr(GSettings) settings = NULL;
  int theme;
  GdkMonitor *monitor;
  GdkRectangle geometry;

  g_object_ref_sink (parent);
  gtk_window_present (GTK_WINDOW (parent));
  wait_for_map (parent);

  presentation = plenary_presentation_start (GTK_WINDOW (parent), report, PLENARY_LANGUAGE_EN,
                                             NULL, start);
  g_object_ref (presentation);
  g_signal_connect (presentation, "finished", G_CALLBACK (on_finished_cb), &finished_on);
  g_assert_true (plenary_presentation_get_running (presentation));

  /* It starts on the chart asked for, on one monitor without a presenter's window. */
  slides_window = plenary_presentation_get_slides_window (presentation);
  g_assert_nonnull (slides_window);
  g_assert_null (plenary_presentation_get_presenter_window (presentation));
  wait_for_map (GTK_WIDGET (slides_window));
  {
    /* pm25-2019-2020 is a key chart: the story deck, the default, has it. */
    g_autoptr(GPtrArray) slides = plenary_slide_list_new_deck (report, PLENARY_DECK_STORY,
                                                               PLENARY_LANGUAGE_EN);
    guint expected = plenary_slide_list_find_chart (slides, start);

    g_assert_cmpuint (expected, !=, G_MAXUINT);

    PlenarySlideshow *slideshow = plenary_presentation_get_slideshow (presentation);

    g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, expected);
  }

  /* Full screen on the monitor: the window takes the monitor's size. */
  monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  gdk_monitor_get_geometry (monitor, &geometry);
  g_object_unref (monitor);
  for (guint i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (slides_window)) != geometry.width; i++)
    spin (20);
  g_test_message ("monitor %d×%d, slides %d×%d", geometry.width, geometry.height,
                  gtk_widget_get_width (GTK_WIDGET (slides_window)),
                  gtk_widget_get_height (GTK_WIDGET (slides_window)));

  /* S with one monitor changes nothing. */
  g_assert_true (send_key (GTK_WIDGET (slides_window), GDK_KEY_s, 0));
  g_assert_null (plenary_presentation_get_presenter_window (presentation));

  /* T switches the theme, and the choice is kept for next time. */
  settings = plenary_settings_new ("presentation-theme");
  g_assert_nonnull (settings);
  theme = g_settings_get_enum (settings, "presentation-theme");
  g_assert_true (send_key (GTK_WIDGET (slides_window), GDK_KEY_t, 0));
  g_assert_cmpint (g_settings_get_enum (settings, "presentation-theme"), ==, !theme);
  g_settings_set_enum (settings, "presentation-theme", theme);
  g_assert_cmpint (plenary_presentation_window_get_theme (PLENARY_PRESENTATION_WINDOW (slides_window)),
                   ==, theme);
  g_assert_true (send_key (GTK_WIDGET (slides_window), GDK_KEY_Right, 0));

  /* Esc: the slides go, the parent comes back, and we hear where it ended. */
  g_assert_true (send_key (GTK_WIDGET (slides_window), GDK_KEY_Escape, 0));
  spin (50);
  g_assert_false (plenary_presentation_get_running (presentation));
  g_assert_null (plenary_presentation_get_slides_window (presentation));
  g_assert_true (g_object_get_data (G_OBJECT (presentation), "finished") != NULL);
  /* Right from the PM2.5 chart: the story deck's next key chart. */
  g_assert_true (finished_on == plenary_report_find_chart (report, "school-places-2019-2020"));
  g_assert_true (gtk_widget_get_visible (parent));
  g_assert_finalize_object (presentation);

  gtk_window_destroy (GTK_WINDOW (parent));
  g_assert_finalize_object (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/present/window/keys", test_keys);
  g_test_add_func ("/present/window/pointer-and-counter", test_pointer_and_counter);
  g_test_add_func ("/present/window/presenter", test_presenter_window);
  g_test_add_func ("/present/window/presentation", test_presentation);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
