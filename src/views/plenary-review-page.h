/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_REVIEW_PAGE (plenary_review_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryReviewPage, plenary_review_page, PLENARY, REVIEW_PAGE, GtkWidget)

GListModel       *plenary_review_page_get_queue        (PlenaryReviewPage *self);
PlenaryIndicator *plenary_review_page_get_selected     (PlenaryReviewPage *self);
gboolean          plenary_review_page_select           (PlenaryReviewPage *self,
                                                        guint              position);
void              plenary_review_page_set_filter       (PlenaryReviewPage *self,
                                                        const char        *chapter_id,
                                                        int                kind,
                                                        gboolean           without_english);
const char       *plenary_review_page_get_counter_text (PlenaryReviewPage *self);
const char       *plenary_review_page_get_paragraph_text (PlenaryReviewPage *self);


G_END_DECLS
