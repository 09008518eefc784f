/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SIDEBAR (plenary_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySidebar, plenary_sidebar, PLENARY, SIDEBAR, AdwBin)

GtkWidget  *plenary_sidebar_new           (PlenarySession *session);
char       *plenary_sidebar_dup_selected  (PlenarySidebar *self);
GStrv       plenary_sidebar_dup_locations (PlenarySidebar *self);
void        plenary_sidebar_focus         (PlenarySidebar *self);

G_END_DECLS
