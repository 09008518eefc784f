/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-indicator.h"

G_BEGIN_DECLS

char *plenary_review_dup_quote_markup (PlenaryIndicator *indicator,
                                       const char       *text);

G_END_DECLS
