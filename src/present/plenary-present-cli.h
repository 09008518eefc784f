/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>
#include <gtk/gtk.h>

#include "plenary-report.h"

G_BEGIN_DECLS

int plenary_present_cli_export_pdf (const char              *output,
                                    const char              *report_path,
                                    PlenaryLanguage          language,
                                    const char              *theme,
                                    const char              *deck,
                                    FILE                    *out,
                                    FILE                    *err);
int plenary_present_cli_start      (GtkWindow               *parent,
                                    PlenaryReport           *report,
                                    GFile                   *report_file,
                                    const char              *chart_id,
                                    const char              *deck,
                                    PlenaryLanguage          language,
                                    GApplicationCommandLine *command_line);

G_END_DECLS
