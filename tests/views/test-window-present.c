/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-slide-list.h"
#include "test-window-helpers.h"

/* Starting presentation mode from the window: F5 for the whole report,
 * Shift+F5 for the section being read, a chart card's "from this chart",
 * and never two slideshows at once. */

static GtkApplication *app;

static PlenaryWindow *
create_window (void)
{
  PlenaryWindow *window = g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  return g_object_ref (window);
}

/* Lets whatever the last action queued (idle callbacks, mapping) run. */
static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    test_iterate (FALSE);
}

static PlenarySlideshow *
running_slideshow (PlenaryWindow *window)
{
  PlenaryPresentation *presentation;

  WAIT_UNTIL (plenary_window_get_presentation (window) != NULL);
  presentation = plenary_window_get_presentation (window);

  g_assert_nonnull (presentation);
  g_assert_true (plenary_presentation_get_running (presentation));
  return plenary_presentation_get_slideshow (presentation);
}

static void
end_presentation (PlenaryWindow *window)
{
  plenary_presentation_stop (plenary_window_get_presentation (window));
  WAIT_UNTIL (plenary_window_get_presentation (window) == NULL);
}

static void
test_whole_report_once (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  guint n_charts = g_list_model_get_n_items (plenary_report_get_charts (report));
  PlenarySlideshow *slideshow;
  PlenaryPresentation *first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  slideshow = running_slideshow (window);
  /* The story deck by default: title, headlines, one key chart a section,
   * the investment plan, the targets and the end, not every chart. */
  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), <=, PLENARY_SLIDE_LIST_MAX_STORY);
  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), <, n_charts);
  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), >=, 15);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);

  /* A second F5 from the window must not start another slideshow. */
  first = plenary_window_get_presentation (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  run_pending ();
  g_assert_true (plenary_window_get_presentation (window) == first);

  end_presentation (window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
  g_assert_finalize_object (window);
}

static void
test_section (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  PlenaryOutlineNode *section = plenary_report_find_node (report, "c1s1");
  g_autoptr(GPtrArray) charts = plenary_report_dup_charts_for_node (report, section);
  PlenarySlideshow *slideshow;

  g_assert_cmpuint (charts->len, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "c1s1"));
  g_assert_true (plenary_session_get_section (plenary_window_get_session (window)) == section);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-section", NULL));
  slideshow = running_slideshow (window);
  /* The section's charts, with a heading slide before and an end slide
   * after them; far fewer than the whole report. */
  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), >=, charts->len);
  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), <=, charts->len + 3);

  end_presentation (window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
  g_assert_finalize_object (window);
}

static void
test_from_chart (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  g_autoptr(PlenaryChartSpec) last = NULL;
  GListModel *charts = plenary_report_get_charts (report);
  PlenarySlideshow *slideshow;

  last = g_list_model_get_item (charts, g_list_model_get_n_items (charts) - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-chart", "s",
                                             plenary_chart_spec_get_id (last)));
  slideshow = running_slideshow (window);
  /* The last chart is followed only by the end slide. */
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==,
                    plenary_slideshow_get_n_slides (slideshow) - 2);

  end_presentation (window);

  /* An unknown chart starts nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-chart", "s", "no-such-chart"));
  run_pending ();
  g_assert_null (plenary_window_get_presentation (window));

  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.PresentTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window-present/whole-report-once", test_whole_report_once);
  g_test_add_func ("/window-present/section", test_section);
  g_test_add_func ("/window-present/from-chart", test_from_chart);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
