/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* One row of the targets-and-results view: a plan-year target beside the
 * review-year result for the same indicator. Either side may be missing:
 * a target with no result quoted for the review year, or a result for
 * which the plan chose not to set a target (then the pair carries the
 * sentence that says so). */
#define PLENARY_TYPE_TARGET_PAIR (plenary_target_pair_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryTargetPair, plenary_target_pair, PLENARY, TARGET_PAIR, GObject)

PlenaryIndicator *plenary_target_pair_get_target    (PlenaryTargetPair *self);
PlenaryIndicator *plenary_target_pair_get_result    (PlenaryTargetPair *self);
gboolean          plenary_target_pair_is_not_set    (PlenaryTargetPair *self);
const char       *plenary_target_pair_get_category  (PlenaryTargetPair *self);
const char       *plenary_target_pair_get_label     (PlenaryTargetPair *self,
                                                     PlenaryLanguage    language);
PlenaryParagraph *plenary_target_pair_get_paragraph (PlenaryTargetPair *self);
const char       *plenary_target_pair_get_quote     (PlenaryTargetPair *self);
const char       *plenary_target_pair_get_quote_for (PlenaryTargetPair *self,
                                                     PlenaryLanguage    language);

char             *plenary_target_stem               (const char        *indicator_id);
GListModel       *plenary_target_pairs_new          (PlenaryReport     *report);
char            **plenary_target_pairs_dup_categories (GListModel      *pairs);

G_END_DECLS
