/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "plenary-chart-card.h"
#include "plenary-report-loader.h"
#include "plenary-charts-page.h"
#include "plenary-indicator-card.h"
#include "plenary-overview-page.h"
#include "plenary-reading-page.h"
#include "plenary-search-panel.h"
#include "plenary-sidebar.h"
#include "test-window-helpers.h"

/* The main window under Xvfb: every page of the outline, search, the
 * indicator card, the content language, and opening good and bad files. */

static GtkApplication *app;

static PlenaryWindow *
create_window (void)
{
  PlenaryWindow *window = g_object_new (PLENARY_TYPE_WINDOW, "application", app, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  return g_object_ref (window);
}

/* The reading page, made when a chapter or section is first shown. */
static PlenaryReadingPage *
reading_page (PlenaryWindow *window)
{
  GtkWidget *page = find_descendant (GTK_WIDGET (window), PLENARY_TYPE_READING_PAGE);

  g_assert_nonnull (page);
  return PLENARY_READING_PAGE (page);
}

static PlenarySearchPanel *
search_panel (PlenaryWindow *window)
{
  return PLENARY_SEARCH_PANEL (find_descendant (GTK_WIDGET (window), PLENARY_TYPE_SEARCH_PANEL));
}

static GtkSearchEntry *
search_entry (PlenaryWindow *window)
{
  return GTK_SEARCH_ENTRY (find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
}

static GtkSearchBar *
search_bar (PlenaryWindow *window)
{
  return GTK_SEARCH_BAR (find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
}

/* Whether the sidebar shows the search results rather than the outline. */
static gboolean
showing_results (PlenaryWindow *window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (search_panel (window)));
}

/* The session's location, as the sidebar and the last-page setting name it. */
static char *
dup_location (PlenaryWindow *window)
{
  return plenary_session_dup_location (plenary_window_get_session (window));
}

static void
destroy_window (PlenaryWindow *window)
{
  GtkWidget *page = find_descendant (GTK_WIDGET (window), PLENARY_TYPE_READING_PAGE);
  GtkPopover *card = page != NULL ? plenary_reading_page_get_indicator_popover (PLENARY_READING_PAGE (page)) : NULL;

  /* GTK 4.8 leaves a tooltip timeout aimed at a popover that is destroyed
   * with its window, and fires it on the popover's NULL surface (a
   * critical).  Close an open indicator card first, and wait out the
   * tooltip delay (500 ms) while its surface still exists, so that a
   * timeout already started fires harmlessly; a loaded machine needs the
   * whole delay, not just the crossing events of the closing. */
  if (card != NULL && gtk_widget_get_mapped (GTK_WIDGET (card)))
    {
      gtk_popover_popdown (card);
      WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (card)));
      wait_ms (700);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  g_assert_finalize_object (window);
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

/* Goes to a location as the sidebar does: "charts", "section:c1s1". */
static void
go_to (PlenaryWindow *window,
       const char    *location)
{
  if (g_str_has_prefix (location, "section:"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                               location + strlen ("section:")));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", location));
}

static void
test_every_page (void)
{
  PlenaryWindow *window = create_window ();
  PlenarySession *session = plenary_window_get_session (window);
  PlenaryReport *report = plenary_window_get_report (window);
  PlenarySidebar *sidebar = PLENARY_SIDEBAR (find_descendant (GTK_WIDGET (window), PLENARY_TYPE_SIDEBAR));
  g_auto(GStrv) locations = plenary_sidebar_dup_locations (sidebar);
  g_autoptr(GSettings) settings = window_settings ();
  GtkWidget *overview;
  guint n_nodes = 0;

  g_assert_nonnull (report);
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_OVERVIEW);
  overview = plenary_window_get_visible_page (window);
  g_assert_true (PLENARY_IS_OVERVIEW_PAGE (overview));
  g_assert_cmpuint (plenary_overview_page_get_n_headlines (PLENARY_OVERVIEW_PAGE (overview)), ==,
                    plenary_report_get_headlines (report)->len);
  g_assert_cmpuint (plenary_overview_page_get_n_headlines (PLENARY_OVERVIEW_PAGE (overview)), >=, 8);

  for (guint i = 0; locations[i] != NULL; i++)
    {
      PlenaryOutlineNode *node = NULL;
      g_autofree char *last = NULL;
      g_autofree char *location = NULL;
      g_autofree char *selected = NULL;

      if (g_str_has_prefix (locations[i], "section:"))
        node = plenary_report_find_node (report, locations[i] + strlen ("section:"));
      go_to (window, locations[i]);
      location = dup_location (window);
      g_assert_cmpstr (location, ==, locations[i]);
      selected = plenary_sidebar_dup_selected (sidebar);
      g_assert_cmpstr (selected, ==, locations[i]);
      g_assert_cmpstr (adw_window_title_get_title (content_title (window)), !=, "");
      last = g_settings_get_string (settings, "last-page");
      g_assert_cmpstr (last, ==, locations[i]);

      if (node != NULL)
        {
          g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
          PlenaryReadingPage *page = PLENARY_READING_PAGE (plenary_window_get_visible_page (window));

          g_assert_true (plenary_session_get_section (session) == node);
          g_assert_true (plenary_reading_page_get_node (page) == node);
          collect_paragraphs (node, paragraphs);
          g_assert_cmpuint (paragraphs->len, >, 0);
          for (guint j = 0; j < paragraphs->len; j++)
            {
              PlenaryParagraph *paragraph = g_ptr_array_index (paragraphs, j);
              GtkWidget *label = plenary_reading_page_get_paragraph_widget (page,
                                                                            plenary_paragraph_get_id (paragraph));
              g_assert_nonnull (label);
              g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                               plenary_paragraph_get_text_for (paragraph, plenary_window_get_language (window)));
            }
          n_nodes++;
        }
      else
        {
          g_assert_cmpstr (plenary_page_to_string (plenary_session_get_page (session)), ==, locations[i]);
          g_assert_false (PLENARY_IS_READING_PAGE (plenary_window_get_visible_page (window)));
        }
    }

  /* Two chapters and their fifteen sections. */
  g_assert_cmpuint (n_nodes, ==, 17);

  /* Neither an unknown id nor the reading page without a section goes
   * anywhere. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "no-such-page");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reading");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "c1");
  {
    g_autofree char *location = dup_location (window);
    g_assert_cmpstr (location, ==, locations[g_strv_length (locations) - 1]);
  }

  destroy_window (window);
}

static void
test_last_page_survives_restart (void)
{
  PlenaryWindow *window = create_window ();
  g_autofree char *selected = NULL;

  go_to (window, "section:c2s3");
  destroy_window (window);

  window = create_window ();
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (plenary_window_get_session (window))),
                   ==, "c2s3");
  selected = plenary_sidebar_dup_selected (PLENARY_SIDEBAR (find_descendant (GTK_WIDGET (window), PLENARY_TYPE_SIDEBAR)));
  g_assert_cmpstr (selected, ==, "section:c2s3");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_reading_page_get_node (reading_page (window))),
                   ==, "c2s3");
  go_to (window, "overview");
  destroy_window (window);
}

static PlenaryIndicatorCard *find_card (GtkWidget  *root,
                                        const char *indicator_id);

/* The popover opens once the page it points into has been laid out. */
static GtkWidget *
wait_for_popover (PlenaryWindow *window)
{
  PlenaryReadingPage *page = reading_page (window);

  WAIT_UNTIL (plenary_reading_page_get_indicator_popover (page) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (plenary_reading_page_get_indicator_popover (page))));
  return GTK_WIDGET (plenary_reading_page_get_indicator_popover (page));
}

static void
check_search (PlenaryWindow *window,
              const char    *query)
{
  GListModel *results;
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (search_bar (window)));
  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), query);
  /* The entry waits a little before it reports a change. */
  WAIT_UNTIL (showing_results (window) &&
              g_list_model_get_n_items (plenary_search_panel_get_results (search_panel (window))) > 0);

  results = plenary_search_panel_get_results (search_panel (window));
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
        g_assert_nonnull (strstr (plenary_paragraph_get_text_for (paragraph, plenary_search_result_get_language (result)),
                                  match));
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
  /* A match in the Chinese text is selected where the Chinese is shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "zh_CN");
  check_search (window, "地铁");

  /* A match in the text shows its paragraph, flashed and selected. The
   * text comes after the indicators and charts that match. */
  {
    GListModel *results = plenary_search_panel_get_results (search_panel (window));
    GtkListBox *list = GTK_LIST_BOX (find_descendant (GTK_WIDGET (search_panel (window)), GTK_TYPE_LIST_BOX));
    GtkListBoxRow *row = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (results) && first == NULL; i++)
      {
        g_autoptr(PlenarySearchResult) result = g_list_model_get_item (results, i);

        if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_TEXT)
          {
            first = g_object_ref (result);
            row = gtk_list_box_get_row_at_index (list, i);
          }
      }
    g_assert_nonnull (first);
    paragraph = plenary_search_result_get_paragraph (first);
    g_signal_emit_by_name (list, "row-activated", row);
  }
  g_assert_cmpint (plenary_session_get_page (plenary_window_get_session (window)), ==, PLENARY_PAGE_READING);
  g_assert_true (PLENARY_IS_READING_PAGE (plenary_window_get_visible_page (window)));
  label = plenary_reading_page_get_paragraph_widget (reading_page (window),
                                                     plenary_paragraph_get_id (paragraph));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "flash"));
  g_assert_true (gtk_label_get_selection_bounds (GTK_LABEL (label), &start, &end));
  g_assert_cmpint (end - start, ==, g_utf8_strlen ("地铁", -1));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "follow-interface");

  /* An indicator found by its label shows its sentence and its card. */
  check_search (window, "growth");
  {
    GListModel *results = plenary_search_panel_get_results (search_panel (window));
    GtkListBox *list = GTK_LIST_BOX (find_descendant (GTK_WIDGET (search_panel (window)), GTK_TYPE_LIST_BOX));
    GtkListBoxRow *row = NULL;
    g_autoptr(PlenarySearchResult) indicator_result = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (results) && indicator_result == NULL; i++)
      {
        g_autoptr(PlenarySearchResult) result = g_list_model_get_item (results, i);
        if (plenary_search_result_get_indicator (result) != NULL)
          {
            indicator_result = g_object_ref (result);
            row = gtk_list_box_get_row_at_index (list, i);
          }
      }
    g_assert_nonnull (indicator_result);
    go_to (window, "overview");
    /* As a click on the result's row would. */
    g_signal_emit_by_name (list, "row-activated", row);
    g_assert_true (PLENARY_IS_READING_PAGE (plenary_window_get_visible_page (window)));
    g_assert_nonnull (plenary_reading_page_get_paragraph_widget (reading_page (window),
                                                                 plenary_paragraph_get_id (plenary_search_result_get_paragraph (indicator_result))));
    g_assert_nonnull (find_card (wait_for_popover (window),
                                 plenary_indicator_get_id (plenary_search_result_get_indicator (indicator_result))));
  }

  /* Escape closes the search and brings the outline back. */
  g_signal_emit_by_name (search_entry (window), "stop-search");
  WAIT_UNTIL (!showing_results (window));
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (window)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry (window))), ==, "");

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
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-indicator", "s", "gdp-growth-2019"));
  g_assert_true (gtk_widget_has_css_class (plenary_reading_page_get_paragraph_widget (reading_page (window), paragraph_id),
                                           "flash"));
  popover = GTK_POPOVER (wait_for_popover (window));

  card = find_card (GTK_WIDGET (popover), "gdp-growth-2019");
  g_assert_nonnull (card);
  g_assert_cmpstr (plenary_indicator_card_get_value_text (card), ==, "6.8%");
  g_assert_cmpuint (plenary_indicator_card_get_n_charts (card), >, 0);

  /* A value with a qualifier and a unit, in Chinese. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "zh_CN");
  g_assert_null (plenary_reading_page_get_indicator_popover (reading_page (window)));
  g_assert_true (plenary_reading_page_activate_link (reading_page (window),
                                                     plenary_paragraph_get_id (plenary_indicator_get_paragraph (trade)),
                                                     "foreign-trade-value-2019"));
  popover = GTK_POPOVER (wait_for_popover (window));
  card = find_card (GTK_WIDGET (popover), "foreign-trade-value-2019");
  g_assert_nonnull (card);
  expected = plenary_indicator_dup_display (trade, PLENARY_LANGUAGE_ZH);
  /* Word joiners keep the value on one line. */
  g_assert_cmpstr (expected, ==, "超\u2060过\u20601\u2060万\u2060亿\u2060元");
  g_assert_cmpstr (plenary_indicator_card_get_value_text (card), ==, expected);

  /* Quotes that overlap share a link, and its popover shows every card. */
  go_to (window, "section:c2s4");
  g_assert_true (plenary_reading_page_activate_link (reading_page (window), "c2s4i1p1", "metro-projects-2020"));
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
  g_autoptr(GSettings) settings = window_settings ();
  g_autofree char *saved = NULL;
  g_autofree char *location = NULL;
  GtkWidget *title;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "zh_CN");
  g_assert_cmpint (plenary_window_get_language (window), ==, PLENARY_LANGUAGE_ZH);
  saved = g_settings_get_string (settings, "content-language");
  g_assert_cmpstr (saved, ==, "zh_CN");

  go_to (window, "section:c1s1");
  title = find_descendant (GTK_WIDGET (reading_page (window)), GTK_TYPE_LABEL);
  g_assert_nonnull (title);
  /* The header names the report; the page itself heads with the section
   * and its chapter, so the header does not repeat them. */
  g_assert_cmpstr (adw_window_title_get_title (content_title (window)), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE, PLENARY_LANGUAGE_ZH));
  g_assert_null (strstr (adw_window_title_get_title (content_title (window)), "经济发展稳中提质"));
  g_assert_cmpstr (adw_window_title_get_subtitle (content_title (window)), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "en");
  g_assert_cmpint (plenary_window_get_language (window), ==, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (adw_window_title_get_title (content_title (window)), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE, PLENARY_LANGUAGE_EN));
  /* The page stays where it was. */
  location = dup_location (window);
  g_assert_cmpstr (location, ==, "section:c1s1");

  /* LC_ALL=C.UTF-8 makes the interface, and so the content, English. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "follow-interface");
  g_assert_cmpint (plenary_window_get_language (window), ==, plenary_language_from_locale ());

  go_to (window, "overview");
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
  WAIT_UNTIL (plenary_window_get_error_body (window) != NULL);
  /* The file's name, then the loader's own message, word for word. */
  {
    g_autofree char *body = g_strconcat ("broken.json\n", expected->message, NULL);
    g_assert_cmpstr (plenary_window_get_error_body (window), ==, body);
  }

  /* The report that was open stays open. */
  g_assert_true (plenary_window_get_report (window) == before);
  g_assert_cmpstr (plenary_report_get_text (plenary_window_get_report (window),
                                            PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH), ==, title);

  close_error_dialog (window);

  g_unlink (path);
  g_rmdir (dir);
  destroy_window (window);
}

/* A last-report setting that holds a plain path rather than a URI (an
 * older or hand-edited value) is opened as a path: when the file has
 * gone, the reader is told which and it is forgotten, with no crash. */
static void
test_last_report_plain_path (void)
{
  g_autoptr(GSettings) settings = window_settings ();
  g_autofree char *dir = g_dir_make_tmp ("plenary-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.json", NULL);
  g_autofree char *last = NULL;
  PlenaryWindow *window;

  g_settings_set_string (settings, "last-report", path);
  window = create_window ();
  WAIT_UNTIL (plenary_window_get_error_body (window) != NULL);
  g_assert_true (g_str_has_prefix (plenary_window_get_error_body (window), "gone.json\n"));
  last = g_settings_get_string (settings, "last-report");
  g_assert_cmpstr (last, ==, "");
  close_error_dialog (window);

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
  g_autoptr(GSettings) settings = window_settings ();
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  g_autofree char *location = NULL;

  go_to (window, "section:c1s2");
  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_window_get_report (window) != before);

  recent = g_settings_get_strv (settings, "recent-reports");
  g_assert_cmpstr (recent[0], ==, uri);
  last = g_settings_get_string (settings, "last-report");
  g_assert_cmpstr (last, ==, uri);
  /* The same report again: the page that was open stays open. */
  location = dup_location (window);
  g_assert_cmpstr (location, ==, "section:c1s2");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));

  /* Back to the bundled report, which is then what opens next time. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  g_free (last);
  last = g_settings_get_string (settings, "last-report");
  g_assert_cmpstr (last, ==, "");
  go_to (window, "overview");

  destroy_window (window);
}

/* win.show-chart opens the charts page scrolled to the chart's card. */
static void
test_show_chart (void)
{
  PlenaryWindow *window = create_window ();
  PlenaryReport *report = plenary_window_get_report (window);
  GListModel *charts = plenary_report_get_charts (report);
  g_autoptr(PlenaryChartSpec) last = g_list_model_get_item (charts, g_list_model_get_n_items (charts) - 1);
  GtkWidget *page;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-chart", "s",
                                             plenary_chart_spec_get_id (last)));
  g_assert_cmpint (plenary_session_get_page (plenary_window_get_session (window)), ==, PLENARY_PAGE_CHARTS);
  page = plenary_window_get_visible_page (window);
  g_assert_true (PLENARY_IS_CHARTS_PAGE (page));
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (plenary_charts_page_find_card (PLENARY_CHARTS_PAGE (page),
                                                                                           plenary_chart_spec_get_id (last)),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (scroller);
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  /* The last chart is far down a page of seventy. */
  WAIT_UNTIL (gtk_adjustment_get_value (adjustment) > 1000);

  /* One switch for the page sets what every card shows; the cards have
   * none of their own, but each has its Present button in sight. */
  {
    GObject *table_button = gtk_widget_get_template_child (page, PLENARY_TYPE_CHARTS_PAGE, "table_mode_button");
    GtkWidget *cards[2] = {
      plenary_charts_page_find_card (PLENARY_CHARTS_PAGE (page), plenary_chart_spec_get_id (last)),
      NULL,
    };
    g_autoptr(PlenaryChartSpec) first = g_list_model_get_item (charts, 0);

    cards[1] = plenary_charts_page_find_card (PLENARY_CHARTS_PAGE (page), plenary_chart_spec_get_id (first));
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (table_button), TRUE);
    for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
      {
        GObject *stack = gtk_widget_get_template_child (cards[i], PLENARY_TYPE_CHART_CARD, "stack");
        GObject *switcher = gtk_widget_get_template_child (cards[i], PLENARY_TYPE_CHART_CARD, "switcher");
        GObject *present = gtk_widget_get_template_child (cards[i], PLENARY_TYPE_CHART_CARD, "present_button");

        g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "table");
        g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
        g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (present)) || i == 0);
        g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (present)), ==, "chart.present");
      }
    /* The choice is remembered for the next window. */
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      g_autofree char *view = g_settings_get_string (settings, "charts-view");

      g_assert_cmpstr (view, ==, "table");
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (page, PLENARY_TYPE_CHARTS_PAGE,
                                                                                     "chart_mode_button")), TRUE);
      g_free (view);
      view = g_settings_get_string (settings, "charts-view");
      g_assert_cmpstr (view, ==, "chart");
    }
  }

  go_to (window, "overview");
  destroy_window (window);
}

/* A report whose chapter, sections and charts are called like the fixed
 * pages ("charts", "overview", "investment") opens, and each id goes to
 * its own place: the page names and the report's ids are apart. */
static void
test_ids_named_like_pages (void)
{
  PlenaryWindow *window = create_window ();
  PlenarySession *session = plenary_window_get_session (window);
  PlenaryReport *before = plenary_window_get_report (window);
  PlenarySidebar *sidebar = PLENARY_SIDEBAR (find_descendant (GTK_WIDGET (window), PLENARY_TYPE_SIDEBAR));
  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "tests", "data",
                                            "page-ids-report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = window_settings ();
  PlenaryReport *report;
  GtkWidget *charts;

  plenary_window_open_file (window, file);
  WAIT_UNTIL (plenary_window_get_report (window) != before);
  report = plenary_window_get_report (window);
  g_assert_null (plenary_window_get_error_body (window));
  g_assert_nonnull (plenary_report_find_node (report, "charts"));
  g_assert_nonnull (plenary_report_find_chart (report, "overview"));

  /* The chapter "charts" is read; the page "charts" is the charts. */
  go_to (window, "section:charts");
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);
  g_assert_true (plenary_session_get_section (session) == plenary_report_find_node (report, "charts"));
  g_assert_true (PLENARY_IS_READING_PAGE (plenary_window_get_visible_page (window)));
  g_assert_true (plenary_reading_page_get_node (reading_page (window)) == plenary_session_get_section (session));
  g_assert_nonnull (strstr (adw_window_title_get_title (content_title (window)), "2019"));
  {
    g_autofree char *selected = plenary_sidebar_dup_selected (sidebar);
    g_autofree char *last = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (selected, ==, "section:charts");
    g_assert_cmpstr (last, ==, "section:charts");
  }

  go_to (window, "charts");
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_CHARTS);
  g_assert_null (plenary_session_get_section (session));
  charts = plenary_window_get_visible_page (window);
  g_assert_false (PLENARY_IS_READING_PAGE (charts));
  {
    g_autofree char *selected = plenary_sidebar_dup_selected (sidebar);
    g_assert_cmpstr (selected, ==, "charts");
  }

  /* The sections "overview" and "investment" are sections too. */
  go_to (window, "section:overview");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "overview");
  g_assert_true (PLENARY_IS_READING_PAGE (plenary_window_get_visible_page (window)));
  go_to (window, "section:investment");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "investment");
  go_to (window, "overview");
  g_assert_true (PLENARY_IS_OVERVIEW_PAGE (plenary_window_get_visible_page (window)));
  go_to (window, "investment");
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_INVESTMENT);

  /* A paragraph of the section "overview" opens that section, not the
   * overview page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-paragraph", "s", "c1s1p1"));
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "overview");
  g_assert_true (gtk_widget_has_css_class (plenary_reading_page_get_paragraph_widget (reading_page (window), "c1s1p1"),
                                           "flash"));

  /* The charts "overview" and "investment" open on the charts page, at their cards. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-chart", "s", "overview"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_CHARTS);
  g_assert_true (plenary_window_get_visible_page (window) == charts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-chart", "s", "investment"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_CHARTS);

  /* An unknown chart goes nowhere. */
  go_to (window, "section:overview");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-chart", "s", "no-such-chart");
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);

  /* Back to the bundled report for the tests that follow. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  go_to (window, "overview");
  destroy_window (window);
}

/* The shortcuts window is built on first use, by win.show-help-overlay
 * (Ctrl+? and Ctrl+/), not when the window is made.  Showing it is not
 * tested here: GTK 4.8 warns that the shortcuts section's page switcher
 * reports a negative minimum width, as it did when GtkApplication built
 * the window, and warnings are fatal in this suite. */
static void
test_shortcuts_window_lazy (void)
{
  PlenaryWindow *window = create_window ();

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-help-overlay"));

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
  g_test_add_func ("/window/last-report-plain-path", test_last_report_plain_path);
  g_test_add_func ("/window/show-chart", test_show_chart);
  g_test_add_func ("/window/ids-named-like-pages", test_ids_named_like_pages);
  g_test_add_func ("/window/shortcuts-window-lazy", test_shortcuts_window_lazy);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
