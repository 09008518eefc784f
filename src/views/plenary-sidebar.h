/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* Page ids of the destinations above the outline; a chapter or section
 * page is named by its node id. */
#define PLENARY_PAGE_OVERVIEW   "overview"
#define PLENARY_PAGE_CHARTS     "charts"
#define PLENARY_PAGE_INVESTMENT "investment"

#define PLENARY_TYPE_SIDEBAR (plenary_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySidebar, plenary_sidebar, PLENARY, SIDEBAR, AdwBin)

GtkWidget  *plenary_sidebar_new          (void);
void        plenary_sidebar_set_report   (PlenarySidebar  *self,
                                          PlenaryReport   *report);
void        plenary_sidebar_set_language (PlenarySidebar  *self,
                                          PlenaryLanguage  language);
gboolean    plenary_sidebar_select       (PlenarySidebar  *self,
                                          const char      *page_id);
const char *plenary_sidebar_get_selected (PlenarySidebar  *self);
GStrv       plenary_sidebar_dup_page_ids (PlenarySidebar  *self);
void        plenary_sidebar_focus        (PlenarySidebar  *self);

G_END_DECLS
