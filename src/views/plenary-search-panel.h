/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-search.h"
#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SEARCH_PANEL (plenary_search_panel_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySearchPanel, plenary_search_panel, PLENARY, SEARCH_PANEL, AdwBin)

GtkWidget  *plenary_search_panel_new            (PlenarySession     *session);
void        plenary_search_panel_set_query      (PlenarySearchPanel *self,
                                                 const char         *query);
GListModel *plenary_search_panel_get_results    (PlenarySearchPanel *self);
gboolean    plenary_search_panel_activate_first (PlenarySearchPanel *self);
gboolean    plenary_search_panel_focus_first    (PlenarySearchPanel *self);

G_END_DECLS
