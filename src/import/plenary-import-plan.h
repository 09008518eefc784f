/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-import-document.h"

G_BEGIN_DECLS

/* Finds the plan year's programme of key projects (count, annual
 * investment, categories) and the review year's completion, and checks
 * that the categories add up; what does not is noted in plan.problems. */
void imp_plan_find (ImpDocument *doc);

G_END_DECLS
