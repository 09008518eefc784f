/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* Proposes charts (growth rates per section, actual against target,
 * the investment categories, big numbers) and headline cards. */
void imp_charts_propose (ImpDocument *doc);

G_END_DECLS
