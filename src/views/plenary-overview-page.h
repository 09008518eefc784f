/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_OVERVIEW_PAGE (plenary_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryOverviewPage, plenary_overview_page, PLENARY, OVERVIEW_PAGE, AdwBin)

GtkWidget *plenary_overview_page_new             (PlenarySession      *session);
guint      plenary_overview_page_get_n_headlines (PlenaryOverviewPage *self);
GtkWidget *plenary_overview_page_get_paragraph_widget (PlenaryOverviewPage *self,
                                                       const char          *paragraph_id);

G_END_DECLS
