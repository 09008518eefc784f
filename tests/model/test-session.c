/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

#include "model/plenary-report-loader.h"
#include "model/plenary-session.h"

static PlenaryReport *
load_minimal (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal-report.json", NULL));
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return report;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_session_notifies_on_change (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  g_autoptr(PlenaryReport) report = load_minimal ();
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (session, "notify", G_CALLBACK (count_notify_cb), log);

  plenary_session_set_report (session, report);
  g_assert_true (plenary_session_get_report (session) == report);
  g_assert_cmpstr (log->str, ==, "report;");
  plenary_session_set_report (session, report);
  g_assert_cmpstr (log->str, ==, "report;");

  g_string_truncate (log, 0);
  plenary_session_set_content_language (session, "en");
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_EN);
  plenary_session_set_content_language (session, "zh_CN");
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_ZH);
  plenary_session_set_content_language (session, "zh_CN");
  /* Under LC_ALL=C.UTF-8 the interface, and so the content, is English
   * to begin with: choosing English changes the choice only. */
  g_assert_cmpstr (log->str, ==, "content-language;content-language;language;");

  /* Following the interface again changes the choice, not the language. */
  g_string_truncate (log, 0);
  plenary_session_set_content_language (session, "en");
  plenary_session_set_content_language (session, NULL);
  g_assert_cmpstr (plenary_session_get_content_language (session), ==, PLENARY_SESSION_FOLLOW_INTERFACE);
  g_assert_cmpstr (log->str, ==, "content-language;language;content-language;");

  g_string_truncate (log, 0);
  g_assert_true (plenary_session_show_page (session, PLENARY_PAGE_CHARTS));
  g_assert_true (plenary_session_show_page (session, PLENARY_PAGE_CHARTS));
  g_assert_false (plenary_session_show_page (session, PLENARY_PAGE_READING));
  g_assert_cmpstr (log->str, ==, "page;");

  g_string_truncate (log, 0);
  g_assert_true (plenary_session_show_section (session, plenary_report_find_node (report, "c1s2i1")));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "c1s2");
  g_assert_cmpstr (log->str, ==, "page;section;");

  g_signal_handlers_disconnect_by_func (session, count_notify_cb, log);
  g_assert_finalize_object (g_steal_pointer (&session));
}

/* A new report keeps the reader on the section of the same id, and its
 * section is in place when "report" is notified. */
static void
on_report_notify_cb (PlenarySession *session,
                     GParamSpec     *pspec,
                     PlenaryReport **seen_section_report)
{
  PlenaryOutlineNode *section = plenary_session_get_section (session);

  g_assert_nonnull (section);
  g_assert_true (plenary_report_find_node (plenary_session_get_report (session),
                                           plenary_outline_node_get_id (section)) == section);
  *seen_section_report = plenary_session_get_report (session);
}

static void
test_session_replace_report (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  g_autoptr(PlenaryReport) first = load_minimal ();
  g_autoptr(PlenaryReport) second = load_minimal ();
  PlenaryReport *seen = NULL;
  gulong handler;

  plenary_session_set_report (session, first);
  g_assert_true (plenary_session_restore_location (session, "section:c1s1"));
  handler = g_signal_connect (session, "notify::report", G_CALLBACK (on_report_notify_cb), &seen);
  plenary_session_set_report (session, second);
  g_assert_true (seen == second);
  g_signal_handler_disconnect (session, handler);
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);
  g_assert_true (plenary_session_get_section (session) == plenary_report_find_node (second, "c1s1"));

  plenary_session_set_report (session, NULL);
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_OVERVIEW);
  g_assert_null (plenary_session_get_section (session));
}

static void
test_session_locations (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  g_autoptr(PlenaryReport) report = load_minimal ();
  g_autofree char *location = NULL;
  PlenaryPage page;

  plenary_session_set_report (session, report);
  g_assert_true (plenary_session_restore_location (session, "investment"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_INVESTMENT);
  location = plenary_session_dup_location (session);
  g_assert_cmpstr (location, ==, "investment");

  /* A bare node id, as older versions stored it. */
  g_assert_true (plenary_session_restore_location (session, "c1"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);
  g_clear_pointer (&location, g_free);
  location = plenary_session_dup_location (session);
  g_assert_cmpstr (location, ==, "section:c1");

  g_assert_false (plenary_session_restore_location (session, "section:nowhere"));
  g_assert_false (plenary_session_restore_location (session, "reading"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_READING);

  g_assert_true (plenary_page_parse ("charts", &page));
  g_assert_cmpint (page, ==, PLENARY_PAGE_CHARTS);
  g_assert_false (plenary_page_parse ("c1", &page));
  g_assert_cmpstr (plenary_page_to_string (PLENARY_PAGE_OVERVIEW), ==, "overview");
}

static void
test_reading_node (void)
{
  g_autoptr(PlenaryReport) report = load_minimal ();

  g_assert_null (plenary_report_get_reading_node (report, plenary_report_find_paragraph (report, "pre-p1")));
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_report_get_reading_node (report, plenary_report_find_paragraph (report, "c1s2i1p1"))), ==, "c1s2");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_report_get_reading_node (report, plenary_report_find_paragraph (report, "c1p1"))), ==, "c1");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_report_get_reading_node (report, plenary_report_find_paragraph (report, "end-p1"))), ==, "c1s2");
}

static void
on_reveal_cb (PlenarySession *session,
              PlenaryTarget   target,
              const char     *id,
              int             start,
              int             end,
              GString        *log)
{
  g_string_append_printf (log, "%d:%s:%d:%d;", target, id, start, end);
}

static void
test_session_reveal (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (session, "reveal", G_CALLBACK (on_reveal_cb), log);
  plenary_session_reveal (session, PLENARY_TARGET_CHART, "gdp", -1, -1);
  plenary_session_reveal (session, PLENARY_TARGET_CHART, "gdp", -1, -1);
  g_assert_cmpstr (log->str, ==, "2:gdp:-1:-1;2:gdp:-1:-1;");
}

/* Navigation by paragraph, indicator and chart: to the page that shows
 * it, then a reveal request. */
static void
test_session_show_things (void)
{
  g_autoptr(PlenarySession) session = plenary_session_new ();
  g_autoptr(PlenaryReport) report = load_minimal ();
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (session, "reveal", G_CALLBACK (on_reveal_cb), log);
  g_assert_false (plenary_session_show_paragraph (session, "c1s1p1", -1, -1));
  plenary_session_set_report (session, report);

  g_assert_true (plenary_session_show_paragraph (session, "c1s2i1p1", 3, 9));
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "c1s2");
  g_assert_true (plenary_session_show_paragraph (session, "pre-p1", -1, -1));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_OVERVIEW);
  g_assert_false (plenary_session_show_paragraph (session, "no-such-paragraph", -1, -1));

  /* A chapter read as a whole keeps the reader when one of its sections'
   * paragraphs is asked for. */
  g_assert_true (plenary_session_show_section (session, plenary_report_find_node (report, "c1")));
  g_assert_true (plenary_session_show_paragraph (session, "c1s1p1", -1, -1));
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "c1");

  g_assert_true (plenary_session_show_indicator (session, "key-projects-investment-2020"));
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_session_get_section (session)), ==, "c1");
  g_assert_false (plenary_session_show_indicator (session, "no-such-indicator"));

  g_assert_true (plenary_session_show_chart (session, "jobs-2019"));
  g_assert_cmpint (plenary_session_get_page (session), ==, PLENARY_PAGE_CHARTS);
  g_assert_false (plenary_session_show_chart (session, "no-such-chart"));

  g_assert_cmpstr (log->str, ==,
                   "0:c1s2i1p1:3:9;0:pre-p1:-1:-1;0:c1s1p1:-1:-1;1:key-projects-investment-2020:-1:-1;"
                   "2:jobs-2019:-1:-1;");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/notifies-on-change", test_session_notifies_on_change);
  g_test_add_func ("/session/replace-report", test_session_replace_report);
  g_test_add_func ("/session/locations", test_session_locations);
  g_test_add_func ("/session/reveal", test_session_reveal);
  g_test_add_func ("/session/show-things", test_session_show_things);
  g_test_add_func ("/report/reading-node", test_reading_node);

  return g_test_run ();
}
