/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

G_BEGIN_DECLS

/* plenary --import FILE --output OUT.json (or - for standard output):
 * imports FILE, writes the report atomically and prints a summary.
 * Returns the exit status; on failure nothing is written. */
int plenary_import_cli_run (const char *input,
                            const char *output,
                            FILE       *out,
                            FILE       *err);

G_END_DECLS
