/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-error"

#include "plenary-import-error.h"

G_DEFINE_QUARK (plenary-import-error-quark, plenary_import_error)
