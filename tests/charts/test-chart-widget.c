/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>

#include "plenary-chart-card.h"
#include "plenary-chart-export.h"
#include "plenary-chart-render.h"
#include "plenary-chart-widget.h"
#include "plenary-charts-page.h"
#include "plenary-report-loader.h"

/* The chart widget, card and page in a real window (under Xvfb): the
 * accessible role and description, keyboard focus moving between bars,
 * activation by key and by click, and no leaks when the window goes. */

static PlenaryReport *report;

static void
wait_for_allocation (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) <= 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
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
press_key (GtkWidget *widget,
           guint      keyval)
{
  GtkEventController *keys = find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
on_row_activated_cb (PlenaryChartWidget *widget,
                     guint               row,
                     int                *out)
{
  *out = (int) row;
}

static void
test_chart_widget (void)
{
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "economy-growth-2019");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = plenary_chart_widget_new (spec);
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (chart);
  g_autofree char *description = plenary_chart_dup_description (spec, PLENARY_LANGUAGE_EN);
  g_autofree char *error_message = NULL;
  PlenaryChartLayout *layout;
  int activated = -1;

  g_object_ref (chart);
  plenary_chart_widget_set_language (self, PLENARY_LANGUAGE_EN);
  g_signal_connect (chart, "row-activated", G_CALLBACK (on_row_activated_cb), &activated);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 420);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (chart);

  /* An image, described by its data: the title, then each label and value. */
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_true (g_str_has_prefix (description, "Growth of the main economic aggregates, 2019. "));
  g_assert_nonnull (strstr (description, "GDP: 6.8%"));
  g_assert_nonnull (strstr (description, "Fixed-asset investment: 16.5%"));
  error_message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                      description);
  g_assert_null (error_message);
  error_message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                      "Growth of the main economic aggregates, 2019");
  g_assert_null (error_message);

  /* Keyboard: the focus enters on the first bar and the arrows move it,
   * stopping at the ends so that focus can leave the chart. */
  g_assert_true (gtk_widget_get_focusable (chart));
  gtk_widget_grab_focus (chart);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 0);
  g_assert_true (press_key (chart, GDK_KEY_Down));
  g_assert_true (press_key (chart, GDK_KEY_Down));
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 2);
  g_assert_true (press_key (chart, GDK_KEY_Up));
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 1);
  g_assert_true (press_key (chart, GDK_KEY_End));
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 3);
  g_assert_false (press_key (chart, GDK_KEY_Down));
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 3);
  g_assert_true (press_key (chart, GDK_KEY_Home));
  g_assert_false (press_key (chart, GDK_KEY_Up));
  g_assert_true (press_key (chart, GDK_KEY_Right));
  g_assert_true (press_key (chart, GDK_KEY_Return));
  g_assert_cmpint (activated, ==, 1);

  /* A click on a bar activates its row: the bar is found in the layout
   * the widget drew. */
  layout = plenary_chart_widget_get_layout (self);
  g_assert_nonnull (layout);
  for (guint i = 0; i < plenary_chart_layout_get_n_items (layout); i++)
    {
      const PlenaryChartItem *item = plenary_chart_layout_get_item (layout, i);
      GtkEventController *click;

      if (item->role != PLENARY_CHART_ROLE_BAR || item->row != 2)
        continue;
      click = find_controller (chart, GTK_TYPE_GESTURE_CLICK);
      g_signal_emit_by_name (click, "released", 1, item->bounds.x + item->bounds.width / 2,
                             item->bounds.y + item->bounds.height / 2);
    }
  g_assert_cmpint (activated, ==, 2);
  g_assert_cmpint (plenary_chart_widget_get_focus_row (self), ==, 2);

  /* Highlighting from outside, for linked selection. */
  plenary_chart_widget_set_highlighted_row (self, 3);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (self), ==, 3);
  plenary_chart_widget_set_highlighted_row (self, 99);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (self), ==, -1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

static void
on_show_paragraph_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      char         **out)
{
  g_free (*out);
  *out = g_variant_dup_string (parameter, NULL);
}

/* Stands in for the window's win.show-paragraph, which cards activate. */
static void
catch_show_paragraph (GtkWidget  *window,
                      char      **out)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-paragraph", G_VARIANT_TYPE_STRING);

  g_signal_connect (action, "activate", G_CALLBACK (on_show_paragraph_cb), out);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
}

static void
test_card (void)
{
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "key-projects-investment-2019-2020");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = plenary_chart_card_new (spec);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *paragraph = NULL;
  GtkWidget *list;

  g_object_ref (card);
  plenary_chart_card_set_language (PLENARY_CHART_CARD (card), PLENARY_LANGUAGE_ZH);
  catch_show_paragraph (window, &paragraph);
  /* In a scroller, as on the charts page: its pages differ in height, and
   * a bare window would be measured at the old one while it resizes. */
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_window_set_default_size (GTK_WINDOW (window), 700, 700);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), card);
    gtk_window_set_child (GTK_WINDOW (window), scroller);
  }
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (card);

  g_assert_true (PLENARY_IS_CHART_WIDGET (plenary_chart_card_get_chart (PLENARY_CHART_CARD (card))));
  g_assert_cmpint (plenary_chart_widget_get_language (plenary_chart_card_get_chart (PLENARY_CHART_CARD (card))),
                   ==, PLENARY_LANGUAGE_ZH);

  /* The clipboard image is the export at 2×: as high as its content. */
  texture = plenary_chart_card_dup_texture (PLENARY_CHART_CARD (card), 2);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2400);
  {
    PlenaryChartExportOptions options;

    plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, PLENARY_LANGUAGE_ZH);
    g_assert_cmpint (gdk_texture_get_height (texture), ==,
                     (int) (plenary_chart_export_get_height (spec, &options) * 2 + 0.5));
  }

  /* The Source page leads back to the paragraphs. */
  plenary_chart_card_show_page (PLENARY_CHART_CARD (card), "source");
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  list = NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (card); w != NULL && list == NULL; )
    {
      if (GTK_IS_LIST_BOX (w))
        list = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w) == card ? NULL : gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (list);
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0), "activated");
  g_assert_cmpstr (paragraph, ==,
                   plenary_paragraph_get_id (plenary_indicator_get_paragraph (plenary_chart_spec_get_value (spec, 0, 0))));

  plenary_chart_card_show_page (PLENARY_CHART_CARD (card), "table");
  plenary_chart_card_set_language (PLENARY_CHART_CARD (card), PLENARY_LANGUAGE_EN);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (card);
}

static void
test_page (void)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(PlenarySession) session = plenary_session_new ();
  PlenaryChartsPage *page;
  g_autofree char *paragraph = NULL;
  GtkWidget *card;

  plenary_session_set_content_language (session, "en");
  plenary_session_set_report (session, report);
  page = plenary_charts_page_new (session);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  catch_show_paragraph (window, &paragraph);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (page));

  /* Every chart has its card in the session's language. */
  for (guint i = 0; i < g_list_model_get_n_items (plenary_report_get_charts (report)); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (plenary_report_get_charts (report), i);

      card = plenary_charts_page_find_card (page, plenary_chart_spec_get_id (spec));
      g_assert_nonnull (card);
      g_assert_cmpint (plenary_chart_card_get_language (PLENARY_CHART_CARD (card)), ==, PLENARY_LANGUAGE_EN);
    }
  card = plenary_charts_page_find_card (page, "pm25-2019-2020");

  /* The page follows the session's language. */
  plenary_session_set_content_language (session, "zh_CN");
  g_assert_cmpint (plenary_chart_card_get_language (PLENARY_CHART_CARD (card)), ==, PLENARY_LANGUAGE_ZH);
  plenary_session_set_content_language (session, "en");
  g_assert_cmpint (plenary_chart_card_get_language (PLENARY_CHART_CARD (card)), ==, PLENARY_LANGUAGE_EN);

  /* The language is a typed property of the session, settable by name
   * from a binding or a builder file. */
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (session), "language");

    g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
    g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == PLENARY_TYPE_LANGUAGE);
    g_assert_cmpstr (g_enum_get_value_by_nick (g_type_class_peek (PLENARY_TYPE_LANGUAGE), "en")->value_name,
                     ==, "PLENARY_LANGUAGE_EN");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  /* The suite turns accessibility off (GTK_A11Y=none); this test reads
   * the accessible properties back, which needs GTK's test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/charts/widget/chart", test_chart_widget);
  g_test_add_func ("/charts/widget/card", test_card);
  g_test_add_func ("/charts/widget/page", test_page);

  return g_test_run ();
}
