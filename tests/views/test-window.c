/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-indicator-card.h"
#include "plenary-window-private.h"
#include "test-main-loop.h"

/* The main window under Xvfb: every page of the outline, search, the
 * indicator card, the content language, and opening good and bad files. */

static GtkApplication *app;

static PlenaryWindow *
create_window (void)
{
  PlenaryWindow *window = g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  wait_ms (50);

  return g_object_ref (window);
}

static void
destroy_window (PlenaryWindow *window)
{
  GtkPopover *card = plenary_reading_page_get_indicator_popover (window->reading_page);

  /* GTK 4.8 leaves a tooltip timeout aimed at a popover that is destroyed
   * with its window, and fires it on the popover's NULL surface (a
   * critical).  Close an open indicator card first, and let the crossing
   * events of its closing cancel that timeout. */
  if (card != NULL && gtk_widget_get_mapped (GTK_WIDGET (card)))
    {
      gtk_popover_popdown (card);
      WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (card)));
      wait_ms (50);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_paragraphs (PlenaryOutlineNode *node,
                    GPtrArray          *out)
{
  GListModel *paragraphs = plenary_outline_node_get_paragraphs (node);
  GListModel *children = plenary_outline_node_get_children (node);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    g_ptr_array_add (out, g_list_model_get_item (paragraphs, i));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlenaryOutlineNode) child = g_list_model_get_item (children, i);
      collect_paragraphs (child, out);
    }
}

static void
test_every_page (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  g_auto(GStrv) pages = plenary_sidebar_dup_page_ids (window->sidebar);
  guint n_nodes = 0;

  g_assert_nonnull (report);
  g_assert_cmpstr (plenary_window_get_page (window), ==, "overview");
  g_assert_cmpuint (plenary_overview_page_get_n_headlines (window->overview_page), ==,
                    plenary_report_get_headlines (report)->len);
  g_assert_cmpuint (plenary_overview_page_get_n_headlines (window->overview_page), >=, 8);

  for (guint i = 0; pages[i] != NULL; i++)
    {
      PlenaryOutlineNode *node = plenary_report_find_node (report, pages[i]);
      g_autofree char *last = NULL;

      g_assert_true (plenary_window_show_page (window, pages[i]));
      wait_ms (20);
      g_assert_cmpstr (plenary_window_get_page (window), ==, pages[i]);
      g_assert_cmpstr (plenary_sidebar_get_selected (window->sidebar), ==, pages[i]);
      g_assert_cmpstr (adw_window_title_get_title (window->content_title), !=, "");
      last = g_settings_get_string (window->settings, "last-page");
      g_assert_cmpstr (last, ==, pages[i]);

      if (node != NULL)
        {
          g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_object_unref);

          g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "reading");
          g_assert_true (plenary_reading_page_get_node (window->reading_page) == node);
          collect_paragraphs (node, paragraphs);
          g_assert_cmpuint (paragraphs->len, >, 0);
          for (guint j = 0; j < paragraphs->len; j++)
            {
              PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, j);
              GtkWidget *label = plenary_reading_page_get_paragraph_widget (window->reading_page,
                                                                            plenary_paragraph_get_id (paragraph));
              g_assert_nonnull (label);
              g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                               plenary_paragraph_get_text (paragraph));
            }
          n_nodes++;
        }
      else
        {
          g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, pages[i]);
        }
    }

  /* Two chapters and their fifteen sections. */
  g_assert_cmpuint (n_nodes, ==, 17);
  g_assert_false (plenary_window_show_page (window, "no-such-page"));

  destroy_window (window);
}

static void
test_last_page_survives_restart (void)
{
  PlenaryWindow *window = create_window ();

  g_assert_true (plenary_window_show_page (window, "c2s3"));
  destroy_window (window);

  window = create_window ();
  g_assert_cmpstr (plenary_window_get_page (window), ==, "c2s3");
  g_assert_cmpstr (plenary_sidebar_get_selected (window->sidebar), ==, "c2s3");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_reading_page_get_node (window->reading_page)),
                   ==, "c2s3");
  plenary_window_show_page (window, "overview");
  destroy_window (window);
}

static PlenaryIndicatorCard *find_card (GtkWidget  *root,
                                        const char *indicator_id);

/* The popover opens once the page it points into has been laid out. */
static GtkWidget *
wait_for_popover (PlenaryWindow *window)
{
  WAIT_UNTIL (plenary_reading_page_get_indicator_popover (window->reading_page) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (plenary_reading_page_get_indicator_popover (window->reading_page))));
  return GTK_WIDGET (plenary_reading_page_get_indicator_popover (window->reading_page));
}

static void
check_search (PlenaryWindow *window,
              const char    *query)
{
  GListModel *results;
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), query);
  /* The entry waits a little before it reports a change. */
  WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (window->sidebar_stack), "results") == 0);

  results = plenary_search_panel_get_results (window->search_panel);
  n = g_list_model_get_n_items (results);
  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenarySearchResult) result = g_list_model_get_item (results, i);
      const char *text = plenary_search_result_get_text (result);
      gsize start = plenary_search_result_get_match_start (result);
      gsize end = plenary_search_result_get_match_end (result);
      g_autofree char *match = g_strndup (text + start, end - start);
      g_autofree char *folded_match = g_utf8_casefold (match, -1);
      g_autofree char *folded_query = g_utf8_casefold (query, -1);
      PlenaryParagraph *paragraph = plenary_search_result_get_paragraph (result);

      g_assert_cmpstr (folded_match, ==, folded_query);
      if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_TEXT)
        g_assert_nonnull (strstr (plenary_paragraph_get_text (paragraph), match));
    }
}

static void
test_search (void)
{
  PlenaryWindow *window = create_window ();
  g_autoptr(PlenarySearchResult) first = NULL;
  PlenaryParagraph *paragraph;
  GtkWidget *label;
  int start, end;

  check_search (window, "GDP");
  check_search (window, "地铁");

  /* Enter shows the first match in its paragraph, flashed and selected. */
  first = g_list_model_get_item (plenary_search_panel_get_results (window->search_panel), 0);
  paragraph = plenary_search_result_get_paragraph (first);
  g_signal_emit_by_name (window->search_entry, "activate");
  wait_ms (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "reading");
  label = plenary_reading_page_get_paragraph_widget (window->reading_page,
                                                     plenary_paragraph_get_id (paragraph));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "flash"));
  g_assert_true (gtk_label_get_selection_bounds (GTK_LABEL (label), &start, &end));
  g_assert_cmpint (end - start, ==, g_utf8_strlen ("地铁", -1));

  /* An indicator found by its label shows its sentence and its card. */
  check_search (window, "growth");
  {
    GListModel *results = plenary_search_panel_get_results (window->search_panel);
    g_autoptr(PlenarySearchResult) indicator_result = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (results) && indicator_result == NULL; i++)
      {
        g_autoptr(PlenarySearchResult) result = g_list_model_get_item (results, i);
        if (plenary_search_result_get_indicator (result) != NULL)
          indicator_result = g_object_ref (result);
      }
    g_assert_nonnull (indicator_result);
    plenary_window_show_page (window, "overview");
    g_signal_emit_by_name (window->search_panel, "result-activated", indicator_result);
    wait_ms (50);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "reading");
    g_assert_nonnull (plenary_reading_page_get_paragraph_widget (window->reading_page,
                                                                 plenary_paragraph_get_id (plenary_search_result_get_paragraph (indicator_result))));
    g_assert_nonnull (find_card (wait_for_popover (window),
                                 plenary_indicator_get_id (plenary_search_result_get_indicator (indicator_result))));
  }

  /* Escape closes the search and brings the outline back. */
  g_signal_emit_by_name (window->search_entry, "stop-search");
  wait_ms (20);
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "outline");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");

  destroy_window (window);
}

static PlenaryIndicatorCard *
find_card (GtkWidget  *root,
           const char *indicator_id)
{
  if (PLENARY_IS_INDICATOR_CARD (root) &&
      g_str_equal (plenary_indicator_get_id (plenary_indicator_card_get_indicator (PLENARY_INDICATOR_CARD (root))),
                   indicator_id))
    return PLENARY_INDICATOR_CARD (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      PlenaryIndicatorCard *found = find_card (child, indicator_id);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_indicator_card (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  PlenaryIndicator *gdp = plenary_report_find_indicator (report, "gdp-growth-2019");
  PlenaryIndicator *trade = plenary_report_find_indicator (report, "foreign-trade-value-2019");
  const char *paragraph_id = plenary_paragraph_get_id (plenary_indicator_get_paragraph (gdp));
  g_autofree char *expected = NULL;
  PlenaryIndicatorCard *card;
  GtkPopover *popover;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "en");
  plenary_window_show_paragraph (window, paragraph_id);
  wait_ms (50);
  g_assert_true (plenary_reading_page_activate_link (window->reading_page, paragraph_id,
                                                     "gdp-growth-2019"));
  popover = GTK_POPOVER (wait_for_popover (window));

  card = find_card (GTK_WIDGET (popover), "gdp-growth-2019");
  g_assert_nonnull (card);
  g_assert_cmpstr (plenary_indicator_card_get_value_text (card), ==, "6.8%");
  g_assert_cmpuint (plenary_indicator_card_get_n_charts (card), >, 0);

  /* A value with a qualifier and a unit, in Chinese. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "zh_CN");
  g_assert_null (plenary_reading_page_get_indicator_popover (window->reading_page));
  g_assert_true (plenary_reading_page_activate_link (window->reading_page,
                                                     plenary_paragraph_get_id (plenary_indicator_get_paragraph (trade)),
                                                     "foreign-trade-value-2019"));
  popover = GTK_POPOVER (wait_for_popover (window));
  card = find_card (GTK_WIDGET (popover), "foreign-trade-value-2019");
  g_assert_nonnull (card);
  expected = plenary_indicator_dup_display (trade, PLENARY_LANGUAGE_ZH);
  g_assert_cmpstr (expected, ==, "超过1万亿元");
  g_assert_cmpstr (plenary_indicator_card_get_value_text (card), ==, expected);

  /* Quotes that overlap share a link, and its popover shows every card. */
  plenary_window_show_page (window, "c2s4");
  wait_ms (20);
  g_assert_true (plenary_reading_page_activate_link (window->reading_page, "c2s4i1p1", "metro-projects-2020"));
  popover = GTK_POPOVER (wait_for_popover (window));
  g_assert_nonnull (find_card (GTK_WIDGET (popover), "metro-projects-2020"));
  g_assert_nonnull (find_card (GTK_WIDGET (popover), "intercity-rail-projects-2020"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "follow-interface");
  destroy_window (window);
}

static void
test_content_language (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  g_autofree char *saved = NULL;
  GtkWidget *title;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "zh_CN");
  g_assert_cmpint (plenary_window_get_language (window), ==, PLENARY_LANGUAGE_ZH);
  saved = g_settings_get_string (window->settings, "content-language");
  g_assert_cmpstr (saved, ==, "zh_CN");

  plenary_window_show_page (window, "c1s1");
  wait_ms (20);
  title = find_descendant (GTK_WIDGET (window->reading_page), GTK_TYPE_LABEL);
  g_assert_nonnull (title);
  g_assert_nonnull (strstr (adw_window_title_get_title (window->content_title), "经济发展稳中提质"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "en");
  g_assert_cmpint (plenary_window_get_language (window), ==, PLENARY_LANGUAGE_EN);
  g_assert_nonnull (strstr (adw_window_title_get_title (window->content_title), "economy"));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->content_title), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE, PLENARY_LANGUAGE_EN));
  /* The page stays where it was. */
  g_assert_cmpstr (plenary_window_get_page (window), ==, "c1s1");

  /* LC_ALL=C.UTF-8 makes the interface, and so the content, English. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "follow-interface");
  g_assert_cmpint (plenary_window_get_language (window), ==, plenary_language_from_locale ());

  plenary_window_show_page (window, "overview");
  destroy_window (window);
}

static void
test_open_invalid_file (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *before = plenary_window_get_report (window);
  g_autofree char *title = g_strdup (plenary_report_get_text (before, PLENARY_REPORT_FIELD_TITLE,
                                                              PLENARY_LANGUAGE_ZH));
  g_autofree char *dir = g_dir_make_tmp ("plenary-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) expected = NULL;
  g_autoptr(PlenaryReport) none = NULL;

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"plenary-report\", \"version\": 1,", -1, NULL));
  none = plenary_report_load_file (file, NULL, &expected);
  g_assert_null (none);
  g_assert_nonnull (expected);

  plenary_window_open_file (window, file);
  WAIT_UNTIL (window->error_dialog != NULL && gtk_widget_get_mapped (window->error_dialog));
  /* The file's name, then the loader's own message, word for word. */
  {
    g_autofree char *body = g_strconcat ("broken.json\n", expected->message, NULL);
    g_assert_cmpstr (plenary_window_get_error_body (window), ==, body);
  }

  /* The report that was open stays open. */
  g_assert_true (plenary_window_get_report (window) == before);
  g_assert_cmpstr (plenary_report_get_text (plenary_window_get_report (window),
                                            PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH), ==, title);

  plenary_window_close_error_dialog (window);
  WAIT_UNTIL (window->error_dialog == NULL);

  g_unlink (path);
  g_rmdir (dir);
  destroy_window (window);
}

static void
test_open_file (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *before = plenary_window_get_report (window);
  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_SOURCE_ROOT"), "data", "reports",
                                            "guangzhou-2019-2020.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;

  plenary_window_show_page (window, "c1s2");
  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_window_get_report (window) != before);

  recent = g_settings_get_strv (window->settings, "recent-reports");
  g_assert_cmpstr (recent[0], ==, uri);
  last = g_settings_get_string (window->settings, "last-report");
  g_assert_cmpstr (last, ==, uri);
  /* The same report again: the page that was open stays open. */
  g_assert_cmpstr (plenary_window_get_page (window), ==, "c1s2");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));

  /* Back to the bundled report, which is then what opens next time. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  g_free (last);
  last = g_settings_get_string (window->settings, "last-report");
  g_assert_cmpstr (last, ==, "");
  plenary_window_show_page (window, "overview");

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                       "application-id", "io.github.plenary.Plenary.Tests",
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       "resource-base-path", RESOURCE_BASE_PATH,
                                       NULL));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/every-page", test_every_page);
  g_test_add_func ("/window/last-page-survives-restart", test_last_page_survives_restart);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/indicator-card", test_indicator_card);
  g_test_add_func ("/window/content-language", test_content_language);
  g_test_add_func ("/window/open-invalid-file", test_open_invalid_file);
  g_test_add_func ("/window/open-file", test_open_file);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
