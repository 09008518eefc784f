/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-present-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-report-loader.h"
#include "plenary-present-cli.h"
#include "plenary-presentation.h"
#include "plenary-settings.h"
#include "plenary-slide-list.h"
#include "plenary-slide-pdf.h"

/* The command-line ends of presentation mode: --present-pdf, which needs
 * no display, and --present. */

static PlenarySlideTheme
saved_theme (void)
{
  g_autoptr(GSettings) settings = plenary_settings_new ("presentation-theme");

  if (settings == NULL)
    return PLENARY_SLIDE_THEME_DARK;
  return g_settings_get_enum (settings, "presentation-theme");
}

/**
 * plenary_present_cli_export_pdf:
 * @output: the PDF file to write
 * @report_path: (nullable): a report file, or %NULL for the bundled one
 * @theme: (nullable): "dark" or "light", or %NULL for the theme the
 *   slideshow was last shown in
 *
 * Returns: the exit status: 0, 1 if the report or the PDF failed, 2 for
 *   an unknown theme
 */
int
plenary_present_cli_export_pdf (const char      *output,
                                const char      *report_path,
                                PlenaryLanguage  language,
                                const char      *theme,
                                const char      *deck,
                                FILE            *out,
                                FILE            *err)
{
  PlenarySlideTheme slide_theme = saved_theme ();
  PlenaryDeckKind deck_kind = PLENARY_DECK_STORY;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (output != NULL, 2);

  if (g_strcmp0 (theme, "dark") == 0)
    slide_theme = PLENARY_SLIDE_THEME_DARK;
  else if (g_strcmp0 (theme, "light") == 0)
    slide_theme = PLENARY_SLIDE_THEME_LIGHT;
  else if (theme != NULL)
    {
      fprintf (err, _("Unknown theme “%s”: use light or dark.\n"), theme);
      return 2;
    }
  if (deck == NULL)
    deck_kind = plenary_presentation_get_saved_deck ();
  else if (!plenary_deck_kind_parse (deck, &deck_kind))
    {
      fprintf (err, _("Unknown deck “%s”: use story or all.\n"), deck);
      return 2;
    }

  if (report_path != NULL)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (report_path);
      report = plenary_report_load_file (input, NULL, &error);
    }
  else
    report = plenary_report_load_default (&error);

  if (report == NULL)
    {
      /* TRANSLATORS: the first %s is a file name, the second the reason */
      fprintf (err, _("%s: invalid: %s\n"), report_path ? report_path : _("bundled report"),
               error->message);
      return 1;
    }

  slides = plenary_slide_list_new_deck (report, deck_kind, language);
  file = g_file_new_for_commandline_arg (output);
  if (!plenary_slide_pdf_export (slides, slide_theme, file, NULL, &error))
    {
      fprintf (err, _("%s: could not write: %s\n"), output, error->message);
      return 1;
    }

  /* TRANSLATORS: %s is a file name, %u the number of pages */
  fprintf (out, ngettext ("%s: %u slide\n", "%s: %u slides\n", slides->len),
           output, slides->len);
  return 0;
}

/**
 * plenary_present_cli_start:
 * @parent: the window the slideshow returns to
 * @report: (nullable): the report that window shows
 * @report_file: (nullable): the FILE named on the command line; it is
 *   loaded here rather than taken from @parent, which may still be loading it
 * @chart_id: (nullable): the --chart to start on
 * @language: the language of the slides
 *
 * Returns: the exit status
 */
int
plenary_present_cli_start (GtkWindow               *parent,
                           PlenaryReport           *report,
                           GFile                   *report_file,
                           const char              *chart_id,
                           const char              *deck,
                           PlenaryLanguage          language,
                           GApplicationCommandLine *command_line)
{
  g_autoptr(PlenaryReport) loaded = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryChartSpec *chart = NULL;
  PlenaryDeckKind deck_kind = plenary_presentation_get_saved_deck ();

  if (deck != NULL && !plenary_deck_kind_parse (deck, &deck_kind))
    {
      g_application_command_line_printerr (command_line, _("Unknown deck “%s”: use story or all.\n"),
                                           deck);
      return 2;
    }

  if (report_file != NULL)
    {
      loaded = plenary_report_load_file (report_file, NULL, &error);
      if (loaded == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (report_file);

          g_application_command_line_printerr (command_line, _("%s: invalid: %s\n"),
                                               name, error->message);
          return 1;
        }
      report = loaded;
    }
  else if (report == NULL)
    {
      loaded = plenary_report_load_default (&error);
      if (loaded == NULL)
        {
          g_application_command_line_printerr (command_line, "%s\n", error->message);
          return 1;
        }
      report = loaded;
    }

  if (chart_id != NULL)
    {
      chart = plenary_report_find_chart (report, chart_id);
      /* In front of an audience, starting at the beginning beats not starting. */
      if (chart == NULL)
        g_application_command_line_printerr (command_line,
                                             _("No chart “%s” in this report; starting at the first slide.\n"),
                                             chart_id);
    }

  plenary_presentation_start_deck (parent, report, language, deck_kind, chart);
  return 0;
}
