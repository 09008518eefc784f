/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-application"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-language.h"
#include "plenary-application.h"
#include "plenary-chart-cli.h"
#include "plenary-cli.h"
#include "plenary-import-cli.h"
#include "plenary-window.h"
#include "plenary-present-cli.h"
#include "plenary-presentation.h"
#include "plenary-settings.h"

struct _PlenaryApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PlenaryApplication, plenary_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check report files and print what is wrong with them"), NULL },
  { "list-indicators", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the indicators of a report (the bundled one without FILE)"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --list-indicators, print JSON"), NULL },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Content language: zh_CN or en"), N_("LANG") },
  { "export-charts", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save every chart of a report (the bundled one without FILE) into DIR"), N_("DIR") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-charts, the file format: png, svg or pdf"), N_("FORMAT") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("With --export-charts, pixels per logical pixel of a PNG (default 2)"), N_("N") },
  { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-charts, the colours: light or dark"), N_("THEME") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export-charts, the width in logical pixels (default 1200); the height follows the content"),
    N_("N") },
  { "present", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start a full-screen slideshow of the report’s charts"), NULL },
  { "chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --present, start at the chart with this ID"), N_("ID") },
  { "deck", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --present or --present-pdf, the slides: story (at most 30) or all (every chart)"),
    N_("DECK") },
  { "present-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the slideshow as a 16:9 PDF, one slide a page, and exit"), N_("OUT.pdf") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a report from a PDF, web page or text file and exit"), N_("FILE") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --import, the report file to write (- for standard output)"), N_("OUT.json") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static gboolean
lookup_language (GVariantDict    *options,
                 PlenaryLanguage *out_language)
{
  const char *lang = NULL;

  *out_language = plenary_language_from_locale ();
  if (!g_variant_dict_lookup (options, "lang", "&s", &lang))
    return TRUE;
  if (plenary_language_parse (lang, out_language))
    return TRUE;

  g_printerr (_("Unknown language “%s”: use zh_CN or en.\n"), lang);
  return FALSE;
}

/* Operations that print and exit run here, in the calling process, with no
 * window and no display. */
static int
plenary_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  g_autofree const char **files = NULL;
  PlenaryLanguage language;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (!lookup_language (options, &language))
    return 2;

  if (g_variant_dict_contains (options, "validate"))
    {
      if (files == NULL || files[0] == NULL)
        {
          g_printerr (_("--validate needs at least one FILE.\n"));
          return 2;
        }
      return plenary_cli_validate (files, stdout, stderr);
    }

  if (g_variant_dict_contains (options, "import"))
    {
      const char *input = NULL, *output = NULL;

      g_variant_dict_lookup (options, "import", "^&ay", &input);
      g_variant_dict_lookup (options, "output", "^&ay", &output);
      return plenary_import_cli_run (input, output, stdout, stderr);
    }

  if (g_variant_dict_contains (options, "export-charts"))
    {
      const char *folder = NULL, *format = NULL, *theme = NULL;
      double scale = 0;
      int width = 0;

      g_variant_dict_lookup (options, "export-charts", "^&ay", &folder);
      g_variant_dict_lookup (options, "width", "i", &width);
      g_variant_dict_lookup (options, "format", "&s", &format);
      g_variant_dict_lookup (options, "theme", "&s", &theme);
      g_variant_dict_lookup (options, "scale", "d", &scale);
      return plenary_chart_cli_export (folder, files ? files[0] : NULL, format, scale, width,
                                       language, theme, stdout, stderr);
    }

  if (g_variant_dict_contains (options, "present-pdf"))
    {
      const char *output = NULL, *theme = NULL, *deck = NULL;

      g_variant_dict_lookup (options, "present-pdf", "^&ay", &output);
      g_variant_dict_lookup (options, "theme", "&s", &theme);
      g_variant_dict_lookup (options, "deck", "&s", &deck);
      return plenary_present_cli_export_pdf (output, files ? files[0] : NULL, language, theme,
                                             deck, stdout, stderr);
    }

  if (g_variant_dict_contains (options, "chart") && !g_variant_dict_contains (options, "present"))
    {
      g_printerr (_("--chart needs --present.\n"));
      return 2;
    }

  if (g_variant_dict_contains (options, "list-indicators"))
    return plenary_cli_list_indicators (files ? files[0] : NULL,
                                        g_variant_dict_contains (options, "json"),
                                        language, stdout, stderr);

  return G_APPLICATION_CLASS (plenary_application_parent_class)->handle_local_options (app, options);
}

static PlenaryWindow *
get_or_create_window (PlenaryApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (plenary_window_new (self));
  return PLENARY_WINDOW (window);
}

static void
plenary_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (PLENARY_APPLICATION (app))));
}

static void
plenary_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  PlenaryWindow *window = get_or_create_window (PLENARY_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  if (n_files > 0)
    plenary_window_open_file (window, files[0]);
}

static int
plenary_application_command_line (GApplication            *app,
                                  GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **args = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line, args[i]));

  if (files->len > 0)
    g_application_open (app, (GFile **)files->pdata, files->len, "");
  else
    g_application_activate (app);

  if (g_variant_dict_contains (options, "present"))
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
      PlenaryWindow *plenary_window = PLENARY_IS_WINDOW (window) ? PLENARY_WINDOW (window) : NULL;
      PlenaryLanguage language = plenary_language_from_locale ();
      const char *chart_id = NULL, *lang = NULL, *deck = NULL;

      /* --lang, else the language the window shows the report in. */
      g_variant_dict_lookup (options, "chart", "&s", &chart_id);
      g_variant_dict_lookup (options, "deck", "&s", &deck);
      if (!g_variant_dict_lookup (options, "lang", "&s", &lang)
          || !plenary_language_parse (lang, &language))
        language = plenary_window ? plenary_window_get_language (plenary_window) : language;
      return plenary_present_cli_start (window,
                                        plenary_window
                                        ? plenary_window_get_report (plenary_window) : NULL,
                                        files->len > 0 ? files->pdata[0] : NULL,
                                        chart_id, deck, language, command_line);
    }

  return 0;
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window is asked to close, so that one with unsaved changes asks
   * about them; the application ends with its last window.  Closing one
   * window may already have closed another (a presentation). */
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (app), l->data) != NULL)
      gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated_cb },
};

static void
plenary_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GSettings) settings = NULL;

  G_APPLICATION_CLASS (plenary_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  /* The slideshow menu's choice of deck is the setting itself. */
  settings = plenary_settings_new ("presentation-deck");
  if (settings != NULL)
    {
      g_autoptr(GAction) deck = g_settings_create_action (settings, "presentation-deck");
      g_action_map_add_action (G_ACTION_MAP (app), deck);
    }
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
plenary_application_class_init (PlenaryApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = plenary_application_handle_local_options;
  app_class->command_line = plenary_application_command_line;
  app_class->activate = plenary_application_activate;
  app_class->open = plenary_application_open;
  app_class->startup = plenary_application_startup;
}

static void
plenary_application_init (PlenaryApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Read and present a city’s annual development-plan report."));
}

PlenaryApplication *
plenary_application_new (void)
{
  return g_object_new (PLENARY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
