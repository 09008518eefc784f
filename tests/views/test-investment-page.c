/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "plenary-investment-table.h"
#include "plenary-chart-card.h"
#include "plenary-report-loader.h"
#include "plenary-investment-page.h"

/* The investment page in a window: table, totals, sorting, the report's
 * sentence for the selection, the clipboard and the CSV file.
 *
 * Run by hand with PLENARY_TEST_SHOW=WIDTHxHEIGHT (and optionally
 * PLENARY_TEST_LANGUAGE=zh_CN|en, PLENARY_TEST_SELECT=ROW and
 * ADW_DEBUG_COLOR_SCHEME=prefer-dark) to keep a window with the page open
 * for screenshots instead of running the tests. */

typedef struct
{
  PlenaryReport         *report;
  PlenarySession        *session;
  PlenaryInvestmentPage *page;
  GtkWindow             *window;
} Fixture;

static GObject *
get_object (PlenaryInvestmentPage *page,
            const char            *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (page), PLENARY_TYPE_INVESTMENT_PAGE, name);

  g_assert_nonnull (child);
  return child;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @window has been drawn, so that the column view has made
 * its rows. */
static void
wait_for_frame (GtkWindow *window)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* Lets whatever is pending (idle callbacks, finished tasks) run. */
static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
on_show_paragraph_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      char         **out_id)
{
  g_free (*out_id);
  *out_id = g_variant_dup_string (parameter, NULL);
}

/* Stands in for the window's win.show-paragraph, which the page's
 * "Read in the report" button activates. */
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
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  fixture->session = plenary_session_new ();
  plenary_session_set_content_language (fixture->session, "zh_CN");
  plenary_session_set_report (fixture->session, fixture->report);
  fixture->page = g_object_ref_sink (plenary_investment_page_new (fixture->session));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  wait_for_frame (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  run_pending ();
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->report);
}

static GtkSingleSelection *
get_selection (Fixture *fixture)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (get_object (fixture->page, "column_view"));
  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
}

static const char *
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (model, position);
  return plenary_investment_category_get_id (category);
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (get_object (fixture->page, name)));
}

static void
assert_order (Fixture           *fixture,
              const char * const order[6])
{
  GListModel *model = G_LIST_MODEL (get_selection (fixture));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpstr (id_at (model, i), ==, order[i]);
}

/* The headline band's texts, value and caption of each visible card; the
 * band holds two pairs of cards. */
static char *
dup_band_text (Fixture *fixture)
{
  GtkWidget *band = GTK_WIDGET (get_object (fixture->page, "band_box"));
  GString *text = g_string_new (NULL);
  guint n_cards = 0;

  for (GtkWidget *outer = gtk_widget_get_first_child (band);
       outer != NULL;
       outer = gtk_widget_get_next_sibling (outer))
    {
      GtkWidget *pair = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (outer));

      for (GtkWidget *child = gtk_widget_get_first_child (pair);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          GtkWidget *card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

          if (!gtk_widget_get_visible (child))
            continue;
          n_cards++;
          for (GtkWidget *label = gtk_widget_get_first_child (card);
               label != NULL;
               label = gtk_widget_get_next_sibling (label))
            g_string_append_printf (text, "%s|", gtk_label_get_text (GTK_LABEL (label)));
        }
    }
  g_assert_cmpuint (n_cards, ==, 4);
  return g_string_free (text, FALSE);
}

static void
test_table_and_totals (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const order[] = { "industry", "infrastructure", "environment",
                                        "livelihood", "urban-renewal", "total" };
  g_autoptr(PlenaryInvestmentCategory) total = NULL;

  /* Five categories in the report's order, then the totals row. */
  assert_order (fixture, order);
  total = g_list_model_get_item (G_LIST_MODEL (get_selection (fixture)), 5);
  g_assert_cmpuint (plenary_investment_category_get_projects (total), ==, 763);
  g_assert_cmpfloat (plenary_investment_category_get_amount (total), ==, 3311);
  g_assert_cmpfloat_with_epsilon (plenary_investment_category_get_amount_share (total), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (plenary_investment_category_get_average (total), 3311.0 / 763, 1e-9);

  /* Nothing is selected at first; the plan's own sentence is shown. */
  g_assert_cmpuint (gtk_single_selection_get_selected (get_selection (fixture)), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_nonnull (strstr (label_text (fixture, "quote_label"),
                            "全力推进763个市重点项目建设，力争完成年度投资3311亿元"));
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (get_object (fixture->page, "column_view"));
  static const char * const by_amount[] = { "infrastructure", "industry", "urban-renewal",
                                            "livelihood", "environment", "total" };
  static const char * const by_projects[] = { "urban-renewal", "environment", "livelihood",
                                              "infrastructure", "industry", "total" };
  static const char * const by_average[] = { "urban-renewal", "infrastructure", "industry",
                                             "livelihood", "environment", "total" };
  static const char * const by_label_en[] = { "environment", "industry", "infrastructure",
                                              "livelihood", "urban-renewal", "total" };

  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "amount_column")),
                                  GTK_SORT_DESCENDING);
  assert_order (fixture, by_amount);

  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "projects_column")),
                                  GTK_SORT_ASCENDING);
  assert_order (fixture, by_projects);

  /* 381/53 = 7.19, 1521/226 = 6.73, 1023/289 = 3.54, 274/122 = 2.25, 112/73 = 1.53. */
  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "average_column")),
                                  GTK_SORT_DESCENDING);
  assert_order (fixture, by_average);

  /* The category column sorts on the label in the content language. */
  plenary_session_set_content_language (fixture->session, "en");
  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "category_column")),
                                  GTK_SORT_ASCENDING);
  assert_order (fixture, by_label_en);
}

static void
test_selection_quote (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkSingleSelection *selection = get_selection (fixture);
  GtkColumnView *view = GTK_COLUMN_VIEW (get_object (fixture->page, "column_view"));
  g_autofree char *shown = NULL;

  catch_show_paragraph (GTK_WIDGET (fixture->window), &shown);

  /* Sorted by amount, the second row is industry. */
  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "amount_column")),
                                  GTK_SORT_DESCENDING);
  gtk_single_selection_set_selected (selection, 1);
  g_assert_cmpstr (label_text (fixture, "quote_title_label"), ==, "产业");
  g_assert_nonnull (strstr (label_text (fixture, "quote_label"), "推进年度投资1023亿元的289个产业项目"));
  /* The quote stands in its sentence, not alone. */
  g_assert_true (g_str_has_prefix (label_text (fixture, "quote_label"), "…聚焦“建链、补链、强链、延链”"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (get_object (fixture->page, "quote_label"))),
                            "<b>推进年度投资1023亿元的289个产业项目</b>"));

  g_signal_emit_by_name (get_object (fixture->page, "read_button"), "clicked");
  g_assert_cmpstr (shown, ==, "c2s2i2p1");

  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", NULL);
}

static void
test_band_and_checks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  zh = dup_band_text (fixture);
  g_assert_nonnull (strstr (zh, "763\u2060个|"));
  g_assert_nonnull (strstr (zh, "3311\u2060亿\u2060元|"));
  g_assert_nonnull (strstr (zh, "12%|"));
  g_assert_nonnull (strstr (zh, "3334\u2060亿\u2060元|"));
  g_assert_nonnull (strstr (zh, "108%"));
  g_assert_nonnull (strstr (label_text (fixture, "projects_check_label"), "289 + 226 + 73 + 122 + 53 =\u00a0763\u00a0✓"));
  g_assert_nonnull (strstr (label_text (fixture, "amount_check_label"), "1023 + 1521 + 112 + 274 + 381 =\u00a03311\u00a0✓"));

  plenary_session_set_content_language (fixture->session, "en");
  en = dup_band_text (fixture);
  g_assert_nonnull (strstr (en, "CNY\u00a0331.1\u00a0billion|"));
  g_assert_nonnull (strstr (en, "CNY\u00a0333.4\u00a0billion|"));
  g_assert_nonnull (strstr (label_text (fixture, "amount_check_label"),
                            "102.3 + 152.1 + 11.2 + 27.4 + 38.1 =\u00a0331.1\u00a0✓"));
  g_assert_true (g_str_has_prefix (label_text (fixture, "table_subtitle_label"),
                                  "Amounts in CNY billion."));
}

/* The charts of the page, by their spec's id. */
static PlenaryChartWidget *
find_chart (Fixture    *fixture,
            const char *id)
{
  GtkWidget *box = GTK_WIDGET (get_object (fixture->page, "chart_box"));

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PlenaryChartCard *card = PLENARY_CHART_CARD (child);

      if (g_strcmp0 (plenary_chart_spec_get_id (plenary_chart_card_get_spec (card)), id) == 0)
        return plenary_chart_card_get_chart (card);
    }
  return NULL;
}

static void
test_linked_selection (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkSingleSelection *selection = get_selection (fixture);
  GtkColumnView *view = GTK_COLUMN_VIEW (get_object (fixture->page, "column_view"));
  PlenaryChartWidget *share = find_chart (fixture, "investment-plan-share-2020");
  PlenaryChartWidget *amount = find_chart (fixture, "investment-plan-amount-2020");
  PlenaryChartWidget *projects = find_chart (fixture, "investment-plan-projects-2020");
  PlenaryChartWidget *years = find_chart (fixture, "key-projects-investment-2019-2020");

  g_assert_nonnull (share);
  g_assert_nonnull (amount);
  g_assert_nonnull (projects);
  g_assert_nonnull (years);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (share), ==, -1);

  /* Sorted by projects, ascending: urban renewal (53) is the first row and
   * the fifth category of the plan. */
  gtk_column_view_sort_by_column (view, GTK_COLUMN_VIEW_COLUMN (get_object (fixture->page, "projects_column")),
                                  GTK_SORT_ASCENDING);
  gtk_single_selection_set_selected (selection, 0);
  g_assert_cmpstr (id_at (G_LIST_MODEL (selection), 0), ==, "urban-renewal");
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (share), ==, 4);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (amount), ==, 4);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (projects), ==, 4);
  /* The 2019-against-2020 chart has no categories to highlight. */
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (years), ==, -1);

  /* Infrastructure, the plan's second category, clicked in a chart: the
   * table selects its row, the fourth when sorted by projects. */
  g_signal_emit_by_name (amount, "row-activated", 1u);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  g_assert_cmpstr (id_at (G_LIST_MODEL (selection), 3), ==, "infrastructure");
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (share), ==, 1);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (projects), ==, 1);
  g_assert_cmpstr (label_text (fixture, "quote_title_label"), ==, "基础设施");

  /* The totals row highlights nothing. */
  gtk_single_selection_set_selected (selection, 5);
  g_assert_cmpint (plenary_chart_widget_get_highlighted_row (share), ==, -1);

  /* A change of language reaches the charts. */
  plenary_session_set_content_language (fixture->session, "en");
  g_assert_cmpint (plenary_chart_widget_get_language (share), ==, PLENARY_LANGUAGE_EN);
  g_assert_cmpint (plenary_chart_widget_get_language (years), ==, PLENARY_LANGUAGE_EN);
}

/* At 1280×800 a selected row and its linked chart are on screen at once,
 * and the wheel over the table scrolls the page, not the table. */
static void
test_row_and_chart_in_view (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkSingleSelection *selection = get_selection (fixture);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (get_object (fixture->page, "page_scroller"));
  GtkWidget *table_scroller = GTK_WIDGET (get_object (fixture->page, "table_scroller"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (scroller);
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *card = gtk_widget_get_ancestor (GTK_WIDGET (find_chart (fixture, "investment-plan-share-2020")),
                                             PLENARY_TYPE_CHART_CARD);
  GtkWidget *view = GTK_WIDGET (get_object (fixture->page, "column_view"));
  graphene_rect_t card_bounds, view_bounds;
  GtkEventController *wheel = NULL;
  gboolean handled = FALSE;
  double value, before;

  g_assert_nonnull (card);
  gtk_single_selection_set_selected (selection, 4);
  wait_for_frame (fixture->window);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_true (gtk_widget_compute_bounds (card, content, &card_bounds));
  g_assert_true (gtk_widget_compute_bounds (view, content, &view_bounds));
  /* The chart's bottom and the fifth row (of six and a header) in sight. */
  g_assert_cmpfloat (card_bounds.origin.y + card_bounds.size.height, <=,
                     value + gtk_adjustment_get_page_size (adjustment) + 1);
  g_assert_cmpfloat (view_bounds.origin.y + view_bounds.size.height * 5 / 7, >=, value);

  /* The wheel over the table. */
  controllers = gtk_widget_observe_controllers (table_scroller);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "plenary-table-wheel") == 0)
        wheel = controller;
    }
  g_assert_nonnull (wheel);
  gtk_adjustment_set_value (adjustment, 0);
  before = gtk_adjustment_get_value (adjustment);
  g_signal_emit_by_name (wheel, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, before);
}

/* At 360 px everything stacks and the table scrolls on its own: nothing
 * but the chart cards may ask for more width than a phone has. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *box = GTK_WIDGET (get_object (fixture->page, "chart_box"));
  GtkWidget *table = GTK_WIDGET (get_object (fixture->page, "column_view"));
  int page_min, card_min = 0, table_min, nat;

  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &page_min, &nat, NULL, NULL);
  gtk_widget_measure (table, GTK_ORIENTATION_HORIZONTAL, -1, &table_min, &nat, NULL, NULL);
  /* The table is wider than a phone, and its scrolled window takes that. */
  g_assert_cmpint (table_min, >, 360);

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      card_min = MAX (card_min, min);
    }

  if (card_min > 360 - 24)
    {
      g_autofree char *message = g_strdup_printf ("a chart card needs %d px, more than a 360 px window has", card_min);
      g_test_skip (message);
      return;
    }
  g_assert_cmpint (page_min, <=, 360);
}

static void
on_text_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **out_text = user_data;
  g_autoptr(GError) error = NULL;

  *out_text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

/* The Ctrl+C shortcut of the column view, found among its controllers. */
static GtkShortcut *
find_copy_shortcut (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  g_autoptr(GtkShortcutTrigger) ctrl_c = gtk_keyval_trigger_new (GDK_KEY_c, GDK_CONTROL_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), ctrl_c))
            return shortcut;
        }
    }
  return NULL;
}

static void
test_clipboard (Fixture       *fixture,
                gconstpointer  data)
{
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (fixture->report);
  GtkWidget *view = GTK_WIDGET (get_object (fixture->page, "column_view"));
  g_autofree char *expected_zh = plenary_investment_table_format (plan, PLENARY_LANGUAGE_ZH, PLENARY_TABLE_TSV);
  g_autofree char *expected_en = plenary_investment_table_format (plan, PLENARY_LANGUAGE_EN, PLENARY_TABLE_TSV);
  g_autofree char *copied_zh = NULL;
  g_autofree char *copied_en = NULL;
  GtkShortcut *shortcut;

  /* The copy button. */
  gtk_widget_grab_focus (view);
  g_signal_emit_by_name (get_object (fixture->page, "copy_button"), "clicked");
  copied_zh = read_clipboard (view);
  g_assert_cmpstr (copied_zh, ==, expected_zh);
  g_assert_true (g_str_has_prefix (copied_zh, "类别\t项目数（个）\t"));
  g_assert_nonnull (strstr (copied_zh, "\r\n合计\t763\t3311.00\t100.0\t100.0\t4.34\r\n"));

  /* Ctrl+C on the table, in the other language. */
  plenary_session_set_content_language (fixture->session, "en");
  shortcut = find_copy_shortcut (view);
  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, view, NULL));
  copied_en = read_clipboard (view);
  g_assert_cmpstr (copied_en, ==, expected_en);
}

static void
on_csv_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  int *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (plenary_investment_page_save_csv_finish (PLENARY_INVESTMENT_PAGE (object), result, &error));
  g_assert_no_error (error);
  *done = 1;
}

static void
test_csv_file (Fixture       *fixture,
               gconstpointer  data)
{
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (fixture->report);
  g_autofree char *dir = g_dir_make_tmp ("plenary-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "table.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = plenary_investment_table_format (plan, PLENARY_LANGUAGE_ZH, PLENARY_TABLE_CSV);
  g_autofree char *contents = NULL;
  gsize length;
  int done = 0;

  g_assert_nonnull (dir);
  /* An older file is replaced whole. */
  g_assert_true (g_file_set_contents (path, "old contents that are longer than nothing", -1, NULL));

  plenary_investment_page_save_csv_async (fixture->page, file, NULL, on_csv_saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
  g_assert_cmpstr (contents + 3, ==, expected);
  g_assert_true (g_utf8_validate (contents, length, NULL));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_no_report (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  PlenaryInvestmentPage *page = g_object_ref_sink (plenary_investment_page_new (session));

  g_assert_null (plenary_investment_page_get_report (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (get_object (page, "column_view"))))),
                    ==, 0);
  g_assert_finalize_object (page);
}

/* PLENARY_TEST_SCROLL=PIXELS scrolls the page down, to look at its lower part. */
static void
scroll_page (gpointer data)
{
  GtkWidget *band = GTK_WIDGET (get_object (data, "band_box"));
  GtkWidget *scroller = gtk_widget_get_ancestor (band, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adjustment, g_ascii_strtod (g_getenv ("PLENARY_TEST_SCROLL"), NULL));
}

static int
show_window (const char *size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(PlenarySession) session = plenary_session_new ();
  PlenaryInvestmentPage *page;
  const char *language_name = g_getenv ("PLENARY_TEST_LANGUAGE");
  const char *select = g_getenv ("PLENARY_TEST_SELECT");
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  int width = 1280, height = 800;

  g_assert_no_error (error);
  if (language_name != NULL)
    plenary_session_set_content_language (session, language_name);
  sscanf (size, "%dx%d", &width, &height);

  plenary_session_set_report (session, report);
  page = plenary_investment_page_new (session);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (select != NULL)
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (get_object (page, "column_view")))),
                                       atoi (select));
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_main_loop_quit), loop);
  gtk_window_present (GTK_WINDOW (window));
  if (g_getenv ("PLENARY_TEST_SCROLL") != NULL)
    g_timeout_add_once (1000, scroll_page, page);
  g_main_loop_run (loop);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *show = g_getenv ("PLENARY_TEST_SHOW");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (show != NULL)
    return show_window (show);

  g_test_add_func ("/views/investment-page/no-report", test_no_report);
  g_test_add ("/views/investment-page/table-and-totals", Fixture, NULL,
              fixture_set_up, test_table_and_totals, fixture_tear_down);
  g_test_add ("/views/investment-page/sorting", Fixture, NULL,
              fixture_set_up, test_sorting, fixture_tear_down);
  g_test_add ("/views/investment-page/row-and-chart-in-view", Fixture, NULL,
              fixture_set_up, test_row_and_chart_in_view, fixture_tear_down);
  g_test_add ("/views/investment-page/selection-quote", Fixture, NULL,
              fixture_set_up, test_selection_quote, fixture_tear_down);
  g_test_add ("/views/investment-page/band-and-checks", Fixture, NULL,
              fixture_set_up, test_band_and_checks, fixture_tear_down);
  g_test_add ("/views/investment-page/linked-selection", Fixture, NULL,
              fixture_set_up, test_linked_selection, fixture_tear_down);
  g_test_add ("/views/investment-page/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/views/investment-page/clipboard", Fixture, NULL,
              fixture_set_up, test_clipboard, fixture_tear_down);
  g_test_add ("/views/investment-page/csv-file", Fixture, NULL,
              fixture_set_up, test_csv_file, fixture_tear_down);

  return g_test_run ();
}
