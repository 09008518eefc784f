/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>

/* The catalogues come from the build's po directory, where meson's
 * i18n.gettext lays them out as <lang>/LC_MESSAGES/plenary.mo: the files
 * that get installed, tested without installing them. */

/* gettext caches translations by the LC_MESSAGES locale, which stays
 * C.UTF-8 here; setlocale() again invalidates that cache so that a new
 * LANGUAGE takes effect. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  g_assert_nonnull (setlocale (LC_ALL, ""));
  /* glibc 2.41 (Debian 13, the GNOME 48 build) ignores LANGUAGE while
   * LC_MESSAGES is C.UTF-8, as it always has for C; a real locale, where
   * the machine has one, makes the list count again.  Debian 12 honours
   * LANGUAGE under C.UTF-8, so there the test runs as the README says. */
  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL)
    g_assert_nonnull (setlocale (LC_MESSAGES, ""));
}

static void
test_zh_cn (void)
{
  g_autofree char *slide = NULL;
  g_autofree char *saved = NULL;

  use_language ("zh_CN");

  g_assert_cmpstr (_("Overview"), ==, "概览");
  g_assert_cmpstr (_("Investment"), ==, "投资");
  g_assert_cmpstr (_("Charts"), ==, "图表");
  /* Chinese GNOME keeps the mnemonic as a bracketed Latin letter. */
  g_assert_cmpstr (_("_Open…"), ==, "打开(_O)…");
  g_assert_cmpstr (C_("shortcut window", "General"), ==, "常规");

  /* A translated format must still take the same arguments. */
  slide = g_strdup_printf (_("Slide %u of %u"), 7u, 28u);
  g_assert_cmpstr (slide, ==, "第 7 张，共 28 张");
  saved = g_strdup_printf (ngettext ("Saved %u chart", "Saved %u charts", 3), 3u);
  g_assert_cmpstr (saved, ==, "已保存 3 幅图表");
}

static void
test_zh_tw (void)
{
  g_autofree char *could_not = NULL;

  use_language ("zh_TW");

  g_assert_cmpstr (_("Overview"), ==, "總覽");
  g_assert_cmpstr (_("Search the Report"), ==, "搜尋報告");
  g_assert_cmpstr (_("Slideshow"), ==, "投影片放映");
  g_assert_cmpstr (C_("shortcut window", "General"), ==, "一般");

  /* Taiwan quotes with corner brackets. */
  could_not = g_strdup_printf (_("Could not save “%s”: %s"), "a.csv", "?");
  g_assert_cmpstr (could_not, ==, "無法儲存「a.csv」：?");
}

/* A language without a catalogue falls back to the English source text, or
 * to the next language of the LANGUAGE list that has one. */
static void
test_fallback (void)
{
  use_language ("fr");
  g_assert_cmpstr (_("Overview"), ==, "Overview");

  use_language ("fr:zh_TW");
  g_assert_cmpstr (_("Overview"), ==, "總覽");
}

/* Every language named in po/LINGUAS has a built catalogue that translates
 * the basic strings of the window. */
static void
test_every_lingua (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_SOURCE_ROOT"), "po", "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n_languages = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *lang = g_strstrip (lines[i]);
      const char *msgids[] = { "Overview", "Charts", "Investment", "Contents", "Search the Report" };

      if (*lang == '\0' || *lang == '#')
        continue;

      g_test_message ("checking %s", lang);
      use_language (lang);
      for (guint j = 0; j < G_N_ELEMENTS (msgids); j++)
        g_assert_cmpstr (_(msgids[j]), !=, msgids[j]);
      n_languages++;
    }

  g_assert_cmpuint (n_languages, >=, 2);
}

/* The desktop file gets its translations from the same catalogues. */
static void
test_desktop_file (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *zh_cn = NULL;
  g_autofree char *zh_tw = NULL;

  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_BUILD_ROOT"), "data",
                                           APPLICATION_ID ".desktop", NULL);

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);

  zh_cn = g_key_file_get_locale_string (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                        G_KEY_FILE_DESKTOP_KEY_GENERIC_NAME, "zh_CN", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zh_cn, ==, "报告阅读器");

  zh_tw = g_key_file_get_locale_string (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                        G_KEY_FILE_DESKTOP_KEY_GENERIC_NAME, "zh_TW", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zh_tw, ==, "報告閱讀器");
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("PLENARY_BUILD_ROOT");
  g_autofree char *localedir = NULL;

  g_assert_nonnull (build_root);
  localedir = g_build_filename (build_root, "po", NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, localedir));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/po/zh_CN", test_zh_cn);
  g_test_add_func ("/po/zh_TW", test_zh_tw);
  g_test_add_func ("/po/fallback", test_fallback);
  g_test_add_func ("/po/every-lingua", test_every_lingua);
  g_test_add_func ("/po/desktop-file", test_desktop_file);

  return g_test_run ();
}
