/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-session.h"

/* The content modes a reader can pick (Chinese, English, both side by
 * side) and the script the Chinese is shown in, as the session and the
 * settings hold them. */

static void
set_interface (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
}

static void
log_notify_cb (GObject    *object,
               GParamSpec *pspec,
               GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_both (void)
{
  g_autoptr(PlenarySession) session = NULL;
  g_autoptr(GString) log = g_string_new (NULL);

  set_interface ("zh_CN");
  session = plenary_session_new ();
  g_signal_connect (session, "notify", G_CALLBACK (log_notify_cb), log);
  g_assert_false (plenary_session_get_side_by_side (session));

  plenary_session_set_content_language (session, "en");
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_EN);
  g_assert_false (plenary_session_get_side_by_side (session));

  /* Side by side, what shows one language follows the interface. */
  g_string_truncate (log, 0);
  plenary_session_set_content_language (session, PLENARY_SESSION_BOTH);
  g_assert_true (plenary_session_get_side_by_side (session));
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_ZH);
  g_assert_cmpstr (log->str, ==, "content-language;language;side-by-side;");

  g_string_truncate (log, 0);
  plenary_session_set_content_language (session, PLENARY_SESSION_BOTH);
  g_assert_cmpstr (log->str, ==, "");

  plenary_session_set_content_language (session, "zh_CN");
  g_assert_false (plenary_session_get_side_by_side (session));
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_ZH);

  set_interface ("en");
  {
    g_autoptr(PlenarySession) english = plenary_session_new ();

    plenary_session_set_content_language (english, PLENARY_SESSION_BOTH);
    g_assert_true (plenary_session_get_side_by_side (english));
    g_assert_cmpint (plenary_session_get_language (english), ==, PLENARY_LANGUAGE_EN);
  }
}

/* The setting stores "both", and a session bound to it follows. */
static void
test_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(PlenarySession) session = plenary_session_new ();

  g_settings_bind (settings, "content-language", session, "content-language", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-simplified", session, "show-simplified", G_SETTINGS_BIND_DEFAULT);
  g_assert_false (plenary_session_get_side_by_side (session));

  g_assert_true (g_settings_set_string (settings, "content-language", "both"));
  g_assert_true (plenary_session_get_side_by_side (session));
  g_assert_cmpstr (plenary_session_get_content_language (session), ==, "both");

  /* And the other way: the menu sets the session. */
  plenary_session_set_content_language (session, "en");
  {
    g_autofree char *stored = g_settings_get_string (settings, "content-language");
    g_assert_cmpstr (stored, ==, "en");
  }

  g_assert_false (g_settings_get_boolean (settings, "show-simplified"));
  g_settings_set_boolean (settings, "show-simplified", TRUE);
  g_assert_true (plenary_session_get_show_simplified (session));
  g_settings_reset (settings, "show-simplified");
  g_settings_reset (settings, "content-language");
}

/* With a Taiwanese interface the report is shown converted; the switch
 * brings back the report as given, and converting again reuses the
 * conversion made before. */
static void
test_traditional_switch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_default (&error);
  g_autoptr(PlenarySession) session = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  PlenaryReport *converted;
  PlenaryParagraph *paragraph;

  g_assert_no_error (error);
  set_interface ("zh_TW");
  session = plenary_session_new ();
  g_assert_cmpint (plenary_session_get_conversion (session), ==, PLENARY_CONVERSION_TAIWAN);
  g_assert_cmpint (plenary_session_get_language (session), ==, PLENARY_LANGUAGE_ZH);

  plenary_session_set_report (session, report);
  converted = plenary_session_get_report (session);
  g_assert_true (plenary_session_get_source_report (session) == report);
  g_assert_true (converted != report);
  paragraph = plenary_report_find_paragraph (converted, "c1s1p1");
  g_assert_nonnull (strstr (plenary_paragraph_get_text (paragraph), "地區生產總值"));
  g_assert_null (strstr (plenary_paragraph_get_text (paragraph), "地区生产总值"));

  g_signal_connect (session, "notify", G_CALLBACK (log_notify_cb), log);
  plenary_session_set_show_simplified (session, TRUE);
  g_assert_cmpstr (log->str, ==, "show-simplified;conversion;report;");
  g_assert_true (plenary_session_get_report (session) == report);
  g_assert_cmpint (plenary_session_get_conversion (session), ==, PLENARY_CONVERSION_NONE);
  paragraph = plenary_report_find_paragraph (plenary_session_get_report (session), "c1s1p1");
  g_assert_nonnull (strstr (plenary_paragraph_get_text (paragraph), "地区生产总值"));

  plenary_session_set_show_simplified (session, FALSE);
  g_assert_true (plenary_session_get_report (session) == converted);

  /* A Simplified interface has nothing to convert. */
  set_interface ("zh_CN");
  {
    g_autoptr(PlenarySession) simplified = plenary_session_new ();

    plenary_session_set_report (simplified, report);
    g_assert_true (plenary_session_get_report (simplified) == report);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-mode/both", test_both);
  g_test_add_func ("/content-mode/setting", test_setting);
  g_test_add_func ("/content-mode/traditional-switch", test_traditional_switch);

  return g_test_run ();
}
