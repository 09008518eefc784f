/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <stdio.h>

#include "plenary-language.h"

G_BEGIN_DECLS

/* The command-line operations that need no window.  Each returns the
 * process's exit status and writes to the given streams. */
int plenary_cli_validate        (const char * const *paths,
                                 FILE               *out,
                                 FILE               *err);
int plenary_cli_list_indicators (const char         *path,
                                 gboolean            as_json,
                                 PlenaryLanguage     language,
                                 FILE               *out,
                                 FILE               *err);

G_END_DECLS
