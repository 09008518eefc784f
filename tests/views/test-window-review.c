/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "plenary-chart-card.h"
#include "plenary-presentation.h"
#include "plenary-chart-builder.h"
#include "plenary-indicator-editor.h"
#include "plenary-review-page.h"
#include "test-window-helpers.h"

/* Reviewing an imported report: the queue driven by its actions and the
 * list's Enter, the counter, undo bringing rows back, the indicator
 * editor refusing what the loader refuses, Add Indicator from words, the
 * chart builder, and the question before presenting unreviewed figures. */

static GtkApplication *app;

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }
  return NULL;
}


static void
end_presentation (PlenaryWindow *window)
{
  plenary_presentation_stop (plenary_window_get_presentation (window));
  WAIT_UNTIL (plenary_window_get_presentation (window) == NULL);
}

static PlenaryWindow *
open_window (gboolean unreviewed)
{
  g_autoptr(GSettings) settings = window_settings ();
  PlenaryWindow *window;

  /* The window would open the last report again, late, over this one. */
  g_settings_set_string (settings, "last-report", "");
  g_settings_set_string (settings, "last-page", "overview");
  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  WAIT_UNTIL (plenary_window_get_report (window) != NULL);
  if (unreviewed)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("PLENARY_UNREVIEWED_REPORT"));

      plenary_window_open_file (window, file);
      WAIT_UNTIL (plenary_window_get_editor (window) != NULL &&
                  plenary_editor_get_file (plenary_window_get_editor (window)) != NULL &&
                  plenary_window_get_report (window) != NULL &&
                  plenary_editor_get_report (plenary_window_get_editor (window)) == plenary_window_get_report (window));
      /* Imported, so read-only until someone chooses Edit on its banner. */
      g_assert_true (plenary_editor_get_read_only (plenary_window_get_editor (window)));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.make-editable", NULL));
      g_assert_false (plenary_editor_get_read_only (plenary_window_get_editor (window)));
    }
  return window;
}

static void
close_window (PlenaryWindow *window)
{
  PlenaryEditor *editor = plenary_window_get_editor (window);

  /* Leave without the Save question: the edits were the test's. */
  while (plenary_editor_get_can_undo (editor))
    g_assert_true (plenary_editor_undo (editor, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
}

static PlenaryReviewPage *
show_queue (PlenaryWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review"));
  page = plenary_window_get_visible_page (window);
  g_assert_true (PLENARY_IS_REVIEW_PAGE (page));
  wait_for_frame (page);
  return PLENARY_REVIEW_PAGE (page);
}

static const char *
selected_id (PlenaryReviewPage *page)
{
  PlenaryIndicator *indicator = plenary_review_page_get_selected (page);

  return indicator ? plenary_indicator_get_id (indicator) : NULL;
}

static GtkButton *
header_counter (PlenaryWindow *window)
{
  GtkWidget *header = find_descendant (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  /* The content header's flat button with a counter on it. */
  g_ptr_array_add (stack, window);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
          g_str_has_suffix (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))), " reviewed"))
        return GTK_BUTTON (widget);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  (void) header;
  return NULL;
}

static GtkWidget *
find_by_class (GtkWidget  *widget,
               const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The queue's list, not the list of a filter's drop-down. */
static GtkWidget *
find_review_list (GtkWidget *widget)
{
  return find_by_class (widget, "review-list");
}

static void
test_queue (void)
{
  PlenaryWindow *window = open_window (TRUE);
  PlenaryReport *report = plenary_window_get_report (window);
  PlenaryReviewPage *page = show_queue (window);
  GListModel *queue = plenary_review_page_get_queue (page);
  GtkWidget *list = find_review_list (GTK_WIDGET (page));
  PlenaryIndicator *gdp = plenary_report_find_indicator (report, "gdp-growth-2019");
  g_autofree char *second = NULL;
  guint n_targets;

  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 289);
  g_assert_cmpstr (plenary_review_page_get_counter_text (page), ==, "0 of 289 reviewed");
  g_assert_nonnull (header_counter (window));
  /* The page shows the count: the header's button is for the other pages. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (header_counter (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (header_counter (window))));
  g_assert_true (show_queue (window) == page);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (header_counter (window))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (header_counter (window)))), ==, "0 of 289 reviewed");
  g_assert_cmpstr (selected_id (page), ==, "gdp-growth-2019");
  /* The paragraph beside the list is the figure's. */
  g_assert_nonnull (strstr (plenary_review_page_get_paragraph_text (page), "地区生产总值增长 6.8%"));

  /* J and K move, through their actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.next", NULL));
  second = g_strdup (selected_id (page));
  g_assert_cmpstr (second, !=, "gdp-growth-2019");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.previous", NULL));
  g_assert_cmpstr (selected_id (page), ==, "gdp-growth-2019");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.previous", NULL));
  g_assert_cmpstr (selected_id (page), ==, "gdp-growth-2019");

  /* Enter is the list's "activate": the figure is reviewed, leaves the
   * queue, and the next one takes its place. */
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_true (plenary_indicator_get_reviewed (gdp));
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 288);
  g_assert_cmpstr (plenary_review_page_get_counter_text (page), ==, "1 of 289 reviewed");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (header_counter (window)))), ==, "1 of 289 reviewed");
  g_assert_cmpstr (selected_id (page), ==, second);

  /* Delete: a figure a chart shows stays (the loader's rule, in a toast). */
  {
    g_autoptr(GPtrArray) shown_in = plenary_report_dup_charts_for_indicator (report, plenary_review_page_get_selected (page));
    g_assert_cmpuint (shown_in->len, >, 0);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.remove", NULL));
  g_assert_nonnull (plenary_report_find_indicator (report, second));
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 288);

  /* One no chart shows goes, undoably. */
  for (guint i = 0;; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (queue, i);
      g_autoptr(GPtrArray) shown_in = plenary_report_dup_charts_for_indicator (report, indicator);
      gboolean headline = FALSE;

      for (guint h = 0; h < plenary_report_get_headlines (report)->len; h++)
        {
          PlenaryHeadline *line = g_ptr_array_index (plenary_report_get_headlines (report), h);
          headline |= line->indicator == indicator || line->change == indicator;
        }
      if (shown_in->len == 0 && !headline)
        {
          g_assert_true (plenary_review_page_select (page, i));
          g_free (second);
          second = g_strdup (plenary_indicator_get_id (indicator));
          break;
        }
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.remove", NULL));
  g_assert_null (plenary_report_find_indicator (report, second));
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 287);
  g_assert_cmpstr (plenary_review_page_get_counter_text (page), ==, "1 of 288 reviewed");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (plenary_report_find_indicator (report, second));
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 288);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (plenary_indicator_get_reviewed (gdp));
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 289);
  g_assert_cmpstr (plenary_review_page_get_counter_text (page), ==, "0 of 289 reviewed");

  /* Filters: targets only; then labels without English (none here). */
  plenary_review_page_set_filter (page, NULL, PLENARY_INDICATOR_TARGET, FALSE);
  n_targets = g_list_model_get_n_items (queue);
  g_assert_cmpuint (n_targets, >, 0);
  g_assert_cmpuint (n_targets, <, 289);
  for (guint i = 0; i < n_targets; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (queue, i);
      g_assert_cmpint (plenary_indicator_get_kind (indicator), ==, PLENARY_INDICATOR_TARGET);
    }
  plenary_review_page_set_filter (page, "c2", -1, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (queue), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (queue), <, 289);
  plenary_review_page_set_filter (page, NULL, -1, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 289);

  close_window (window);
}

static void
test_indicator_editor (void)
{
  PlenaryWindow *window = open_window (TRUE);
  PlenaryReport *report = plenary_window_get_report (window);
  PlenaryReviewPage *page = show_queue (window);
  PlenaryIndicator *gdp = plenary_report_find_indicator (report, "gdp-growth-2019");
  PlenaryIndicatorEditor *editor;

  /* E opens the editor on the selected figure. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.edit", NULL));
  editor = find_toplevel (PLENARY_TYPE_INDICATOR_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (plenary_indicator_editor_get_indicator (editor) == gdp);

  g_assert_false (plenary_indicator_editor_apply_value (editor, "6,8x"));
  g_assert_nonnull (plenary_indicator_editor_get_error (editor));
  g_assert_true (plenary_indicator_editor_apply_value (editor, "7.1"));
  g_assert_null (plenary_indicator_editor_get_error (editor));
  g_assert_true (plenary_indicator_get_value (gdp) == 7.1);

  /* The loader's rule, and its words, for a period. */
  g_assert_false (plenary_indicator_editor_apply_text (editor, PLENARY_INDICATOR_FIELD_PERIOD, "20x9"));
  g_assert_nonnull (strstr (plenary_indicator_editor_get_error (editor), "is not a period"));
  g_assert_cmpstr (plenary_indicator_get_period (gdp), ==, "2019");
  g_assert_true (plenary_indicator_editor_apply_text (editor, PLENARY_INDICATOR_FIELD_LABEL_EN, "Growth of GDP"));
  g_assert_cmpstr (plenary_indicator_get_label (gdp, PLENARY_LANGUAGE_EN), ==, "Growth of GDP");
  /* A chart shows one unit: the loader refuses a different one for it. */
  g_assert_false (plenary_indicator_editor_apply_text (editor, PLENARY_INDICATOR_FIELD_UNIT, "百分点"));
  g_assert_nonnull (strstr (plenary_indicator_editor_get_error (editor), "one chart shows one unit"));
  g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (gdp)), ==, "%");
  g_assert_true (plenary_indicator_editor_apply_text (editor, PLENARY_INDICATOR_FIELD_QUALIFIER, "about"));
  g_assert_cmpint (plenary_indicator_get_qualifier (gdp), ==, PLENARY_QUALIFIER_ABOUT);

  /* One command a field: three undos take back qualifier, label and value. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (plenary_indicator_get_qualifier (gdp), ==, PLENARY_QUALIFIER_NONE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (plenary_indicator_get_label (gdp, PLENARY_LANGUAGE_EN), ==, "GDP growth");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (plenary_indicator_get_value (gdp) == 6.8);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A headline on the overview, and back (the overview follows the
   * report's headlines). */
  {
    GPtrArray *headlines = plenary_report_get_headlines (report);
    guint n_headlines = headlines->len;
    PlenaryIndicator *other = NULL;

    for (guint i = 0; other == NULL; i++)
      {
        g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (plenary_report_get_indicators (report), i);
        gboolean shown = FALSE;

        for (guint h = 0; h < headlines->len; h++)
          shown |= ((PlenaryHeadline *) g_ptr_array_index (headlines, h))->indicator == indicator;
        if (!shown)
          other = indicator;
      }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-indicator", "s",
                                               plenary_indicator_get_id (other)));
    editor = find_toplevel (PLENARY_TYPE_INDICATOR_EDITOR);
    if (n_headlines < 12)
      {
        g_assert_true (plenary_indicator_editor_set_headline (editor, TRUE));
        headlines = plenary_report_get_headlines (report);
        g_assert_cmpuint (headlines->len, ==, n_headlines + 1);
        g_assert_true (((PlenaryHeadline *) g_ptr_array_index (headlines, n_headlines))->indicator == other);
        g_assert_true (plenary_indicator_editor_set_headline (editor, FALSE));
        g_assert_cmpuint (plenary_report_get_headlines (report)->len, ==, n_headlines);
      }
    else
      {
        /* Twelve fit on the overview: the loader refuses a thirteenth. */
        g_assert_false (plenary_indicator_editor_set_headline (editor, TRUE));
        g_assert_nonnull (strstr (plenary_indicator_editor_get_error (editor), "12 headlines"));
      }
    gtk_window_destroy (GTK_WINDOW (editor));
  }

  /* The card's Edit button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-indicator", "s", "gdp-growth-2019"));
  editor = find_toplevel (PLENARY_TYPE_INDICATOR_EDITOR);
  g_assert_nonnull (editor);
  gtk_window_destroy (GTK_WINDOW (editor));

  close_window (window);
}

static void
test_add_from_text (void)
{
  PlenaryWindow *window = open_window (TRUE);
  PlenaryReport *report = plenary_window_get_report (window);
  guint n = g_list_model_get_n_items (plenary_report_get_indicators (report));
  PlenaryIndicatorEditor *editor;
  PlenaryIndicator *added;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-indicator", "(ss)",
                                             "c1s1p1", "新增就业 33.73 万人"));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, n + 1);
  editor = find_toplevel (PLENARY_TYPE_INDICATOR_EDITOR);
  g_assert_nonnull (editor);
  added = plenary_indicator_editor_get_indicator (editor);
  g_assert_true (plenary_indicator_get_value (added) == 33.73);
  g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (added)), ==, "万人");
  g_assert_cmpstr (plenary_indicator_get_quote (added), ==, "新增就业 33.73 万人");
  g_assert_cmpstr (plenary_indicator_get_label (added, PLENARY_LANGUAGE_ZH), ==, "新增就业");
  /* The paragraph is in English too, where the figure reads 337,300: the
   * English quote is the paragraph's text until a reviewer narrows it. */
  g_assert_nonnull (plenary_indicator_get_quote_en (added));
  g_assert_nonnull (strstr (plenary_paragraph_get_text_en (plenary_indicator_get_paragraph (added)),
                            plenary_indicator_get_quote_en (added)));
  g_assert_false (plenary_indicator_get_reviewed (added));
  /* Its Chinese label stands in for the English one, which the queue's
   * filter finds. */
  {
    PlenaryReviewPage *page = show_queue (window);

    plenary_review_page_set_filter (page, NULL, -1, TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (plenary_review_page_get_queue (page)), ==, 1);
    g_assert_true (g_list_model_get_item (plenary_review_page_get_queue (page), 0) == (gpointer) added);
    g_object_unref (added);
    plenary_review_page_set_filter (page, NULL, -1, FALSE);
  }

  /* Undo takes it away and closes its editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, n);
  WAIT_UNTIL (find_toplevel (PLENARY_TYPE_INDICATOR_EDITOR) == NULL);

  /* Words with no number are refused, and nothing changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-indicator", "(ss)",
                                             "c1s1p1", "稳中有进"));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_indicators (report)), ==, n);

  close_window (window);
}

static GtkWidget *
find_card (GtkWidget  *widget,
           const char *chart_id)
{
  if (PLENARY_IS_CHART_CARD (widget))
    {
      PlenaryChartSpec *spec = NULL;
      gboolean match;

      g_object_get (widget, "spec", &spec, NULL);
      match = spec != NULL && g_strcmp0 (plenary_chart_spec_get_id (spec), chart_id) == 0;
      g_clear_object (&spec);
      if (match)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_card (child, chart_id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_chart_builder (void)
{
  PlenaryWindow *window = open_window (FALSE);
  PlenaryReport *report = plenary_window_get_report (window);
  GListModel *charts = plenary_report_get_charts (report);
  guint n = g_list_model_get_n_items (charts);
  PlenaryChartBuilder *builder;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryChartSpec *chart;
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  page = plenary_window_get_visible_page (window);
  wait_for_frame (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-chart", NULL));
  builder = find_toplevel (PLENARY_TYPE_CHART_BUILDER);
  g_assert_nonnull (builder);
  g_assert_null (plenary_chart_builder_get_preview (builder));

  /* Nothing chosen: the report refuses an empty chart, and says so. */
  g_assert_null (plenary_chart_builder_save (builder, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  plenary_chart_builder_set_chart_type (builder, PLENARY_CHART_BAR);
  plenary_chart_builder_set_titles (builder, "三项增长", "Three growth rates");
  plenary_chart_builder_add_indicator (builder, plenary_report_find_indicator (report, "gdp-growth-2019"));
  plenary_chart_builder_add_indicator (builder, plenary_report_find_indicator (report, "fixed-asset-investment-growth-2019"));
  plenary_chart_builder_add_indicator (builder, plenary_report_find_indicator (report, "retail-sales-growth-2019"));
  g_assert_true (plenary_chart_builder_move (builder, 2, 0));
  plenary_chart_builder_set_row_label (builder, 1, "GDP", "GDP");
  g_assert_nonnull (plenary_chart_builder_get_preview (builder));
  g_assert_cmpuint (plenary_chart_spec_get_n_rows (plenary_chart_builder_get_preview (builder)), ==, 3);
  g_assert_cmpstr (plenary_chart_spec_get_row_label (plenary_chart_builder_get_preview (builder), 1, PLENARY_LANGUAGE_ZH), ==, "GDP");

  id = g_strdup (plenary_chart_builder_save (builder, &error));
  g_assert_no_error (error);
  g_assert_nonnull (id);
  gtk_window_destroy (GTK_WINDOW (builder));

  /* In the report's charts, in the order chosen, and on the charts page. */
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, n + 1);
  chart = plenary_report_find_chart (report, id);
  g_assert_nonnull (chart);
  g_assert_cmpstr (plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_EN), ==, "Three growth rates");
  g_assert_cmpstr (plenary_indicator_get_id (g_ptr_array_index (plenary_chart_spec_get_indicators (chart), 0)), ==,
                   "retail-sales-growth-2019");
  wait_for_frame (page);
  g_assert_nonnull (find_card (page, id));

  /* Edit it: the builder loads it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-chart", "s", id));
  builder = find_toplevel (PLENARY_TYPE_CHART_BUILDER);
  g_assert_cmpuint (plenary_chart_builder_get_n_indicators (builder), ==, 3);
  g_assert_true (plenary_chart_builder_remove (builder, 2));
  g_assert_nonnull (plenary_chart_builder_save (builder, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (builder));
  chart = plenary_report_find_chart (report, id);
  g_assert_cmpuint (plenary_chart_spec_get_indicators (chart)->len, ==, 2);

  /* Delete, from the card's menu action; undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-chart", "s", id));
  g_assert_null (plenary_report_find_chart (report, id));
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, n);
  wait_for_frame (page);
  g_assert_null (find_card (page, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (plenary_report_find_chart (report, id));
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, n + 1);

  close_window (window);
}

static void
test_read_only (void)
{
  g_autoptr(GSettings) settings = window_settings ();
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("PLENARY_UNREVIEWED_REPORT"));
  PlenaryWindow *window;
  PlenaryEditor *editor;
  PlenaryReviewPage *page;
  PlenaryIndicator *gdp;
  GtkRevealer *banner;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryEditCommand) command = NULL;

  g_settings_set_string (settings, "last-report", "");
  window = g_object_ref (g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  /* The curated report is not imported: editable, no banner. */
  g_assert_false (plenary_editor_get_read_only (plenary_window_get_editor (window)));
  banner = GTK_REVEALER (gtk_widget_get_parent (find_by_class (GTK_WIDGET (window), "imported-banner")));
  g_assert_true (GTK_IS_REVEALER (banner));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_window_get_editor (window) != NULL &&
              plenary_editor_get_file (plenary_window_get_editor (window)) != NULL);
  editor = plenary_window_get_editor (window);
  gdp = plenary_report_find_indicator (plenary_window_get_report (window), "gdp-growth-2019");
  g_assert_true (plenary_editor_get_read_only (editor));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_revealer_get_child (banner)))),
                            "guangzhou-2019-plan-report.txt"));

  /* Nothing changes it meanwhile, not even the queue's Enter. */
  command = plenary_edit_command_new_set_indicator_value ("gdp-growth-2019", 7.0);
  g_assert_false (plenary_editor_apply (editor, command, &error));
  g_assert_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_READ_ONLY);
  page = show_queue (window);
  gtk_widget_activate_action (GTK_WIDGET (page), "review.accept", NULL);
  g_assert_false (plenary_indicator_get_reviewed (gdp));

  /* One click on Edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.make-editable", NULL));
  g_assert_false (plenary_editor_get_read_only (editor));
  g_assert_false (gtk_revealer_get_reveal_child (banner));
  gtk_widget_activate_action (GTK_WIDGET (page), "review.accept", NULL);
  g_assert_true (plenary_indicator_get_reviewed (gdp));

  close_window (window);
}

static void
test_guard (void)
{
  PlenaryWindow *window = open_window (TRUE);
  GtkWidget *question;
  GtkWidget *card;
  GdkClipboard *clipboard;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  g_assert_cmpstr (question_heading (question), ==, "Unreviewed Figures");
  g_assert_null (plenary_window_get_presentation (window));
  answer (question, "review");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_true (PLENARY_IS_REVIEW_PAGE (plenary_window_get_visible_page (window)));
  g_assert_null (plenary_window_get_presentation (window));

  /* Copying a chart asks as well, from the card, and Cancel copies nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  WAIT_UNTIL ((card = find_descendant (GTK_WIDGET (window), PLENARY_TYPE_CHART_CARD)) != NULL);
  clipboard = gtk_widget_get_clipboard (card);
  gdk_clipboard_set_text (clipboard, "before");
  g_assert_true (gtk_widget_activate_action (card, "chart.copy", NULL));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  g_assert_cmpstr (question_heading (question), ==, "Unreviewed Figures");
  answer (question, "cancel");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_false (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));

  /* Copy Anyway: the card's own action runs again. */
  g_assert_true (gtk_widget_activate_action (card, "chart.copy", NULL));
  WAIT_UNTIL ((question = find_question (window)) != NULL);
  answer (question, "present");
  WAIT_UNTIL (find_question (window) == NULL);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));

  /* The answer holds for the report: presenting no longer asks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  WAIT_UNTIL (plenary_window_get_presentation (window) != NULL);
  g_assert_null (find_question (window));
  end_presentation (window);
  close_window (window);

  /* The curated report is all reviewed: no question. */
  window = open_window (FALSE);
  g_assert_null (header_counter (window) && gtk_widget_get_visible (GTK_WIDGET (header_counter (window)))
                 ? (gpointer) header_counter (window) : NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  WAIT_UNTIL (plenary_window_get_presentation (window) != NULL);
  g_assert_null (find_question (window));
  end_presentation (window);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = NULL;
  int status;

  state_dir = g_dir_make_tmp ("plenary-window-review-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.ReviewTests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/review/queue", test_queue);
  g_test_add_func ("/review/indicator-editor", test_indicator_editor);
  g_test_add_func ("/review/add-from-text", test_add_from_text);
  g_test_add_func ("/review/chart-builder", test_chart_builder);
  g_test_add_func ("/review/guard", test_guard);
  g_test_add_func ("/review/read-only", test_read_only);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
