/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "plenary-application.h"
#include "plenary-report-preload.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlenaryApplication) app = NULL;
  const char *localedir = g_getenv ("PLENARY_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PLENARY_LOCALEDIR lets an uninstalled build find its catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A plain start opens the window on a report: read it on a thread
   * while GTK starts.  Any argument (a file, an option) is left to the
   * application. */
  if (argc == 1)
    plenary_report_preload_start ();

  app = plenary_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
