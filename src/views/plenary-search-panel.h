/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-report.h"
#include "plenary-search.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SEARCH_PANEL (plenary_search_panel_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySearchPanel, plenary_search_panel, PLENARY, SEARCH_PANEL, AdwBin)

GtkWidget  *plenary_search_panel_new            (void);
void        plenary_search_panel_set_report     (PlenarySearchPanel *self,
                                                 PlenaryReport      *report);
void        plenary_search_panel_set_language   (PlenarySearchPanel *self,
                                                 PlenaryLanguage     language);
void        plenary_search_panel_set_query      (PlenarySearchPanel *self,
                                                 const char         *query);
GListModel *plenary_search_panel_get_results    (PlenarySearchPanel *self);
gboolean    plenary_search_panel_activate_first (PlenarySearchPanel *self);
gboolean    plenary_search_panel_focus_first    (PlenarySearchPanel *self);

G_END_DECLS
