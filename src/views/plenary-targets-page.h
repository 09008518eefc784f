/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_TARGETS_PAGE (plenary_targets_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryTargetsPage, plenary_targets_page, PLENARY, TARGETS_PAGE, AdwBin)

GtkWidget  *plenary_targets_page_new          (PlenarySession     *session);
GListModel *plenary_targets_page_get_rows     (PlenaryTargetsPage *self);
gboolean    plenary_targets_page_set_category (PlenaryTargetsPage *self,
                                               const char         *category);
gboolean    plenary_targets_page_activate_row (PlenaryTargetsPage *self,
                                               guint               position);
const char *plenary_targets_category_name     (const char         *category);

G_END_DECLS
