/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "plenary-chart-cli.h"
#include "plenary-chart-export.h"
#include "plenary-report-loader.h"

/* plenary --export-charts DIR [--format png|svg|pdf] [--scale N] [--width N]
 *         [--lang zh_CN|en] [--theme light|dark] [FILE]
 *
 * Runs in the calling process before GTK starts, so it needs no display:
 * everything here is cairo and Pango. */
int
plenary_chart_cli_export (const char      *folder,
                          const char      *report_path,
                          const char      *format,
                          double           scale,
                          int              width,
                          PlenaryLanguage  language,
                          const char      *theme,
                          FILE            *out,
                          FILE            *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(PlenaryChartTheme) chart_theme = NULL;
  g_autoptr(GFile) directory = NULL;
  PlenaryChartExportOptions options;
  PlenaryChartFormat chart_format = PLENARY_CHART_FORMAT_PNG;
  guint written = 0;

  g_return_val_if_fail (folder != NULL, 2);

  if (format != NULL && !plenary_chart_format_parse (format, &chart_format))
    {
      fprintf (err, _("Unknown format “%s”: use png, svg or pdf.\n"), format);
      return 2;
    }
  if (scale != 0 && (scale < 0.25 || scale > 8))
    {
      fprintf (err, _("The scale must be between 0.25 and 8.\n"));
      return 2;
    }
  if (width != 0 && (width < 240 || width > 8000))
    {
      fprintf (err, _("The width must be between 240 and 8000.\n"));
      return 2;
    }
  if (theme == NULL || g_strcmp0 (theme, "light") == 0)
    chart_theme = plenary_chart_theme_new_light ();
  else if (g_strcmp0 (theme, "dark") == 0)
    chart_theme = plenary_chart_theme_new_dark ();
  else
    {
      fprintf (err, _("Unknown theme “%s”: use light or dark.\n"), theme);
      return 2;
    }

  if (report_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (report_path);
      report = plenary_report_load_file (file, NULL, &error);
    }
  else
    report = plenary_report_load_default (&error);

  if (report == NULL)
    {
      /* TRANSLATORS: %s is the reason */
      fprintf (err, _("Could not load the report: %s\n"), error->message);
      return 1;
    }

  /* On the command line a missing folder is made, as mkdir -p would. */
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;
      fprintf (err, _("Could not create the folder “%s”: %s\n"), folder, g_strerror (saved_errno));
      return 1;
    }

  plenary_chart_export_options_init (&options, chart_format, language);
  if (scale != 0)
    options.scale = scale;
  if (width != 0)
    options.width = width;
  options.theme = chart_theme;

  directory = g_file_new_for_commandline_arg (folder);
  if (!plenary_chart_export_all (report, directory, &options, NULL, &written, &error))
    {
      fprintf (err, "%s\n", error->message);
      return 1;
    }

  fprintf (out, g_dngettext (GETTEXT_PACKAGE, "Wrote %u chart to %s\n", "Wrote %u charts to %s\n", written),
           written, folder);
  return 0;
}
