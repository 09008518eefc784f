/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHARTS_PAGE (plenary_charts_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartsPage, plenary_charts_page, PLENARY, CHARTS_PAGE, GtkWidget)

PlenaryChartsPage *plenary_charts_page_new          (PlenarySession    *session);
PlenaryReport     *plenary_charts_page_get_report   (PlenaryChartsPage *self);
PlenaryLanguage    plenary_charts_page_get_language (PlenaryChartsPage *self);
GtkWidget         *plenary_charts_page_find_card    (PlenaryChartsPage *self,
                                                     const char        *chart_id);
void               plenary_charts_page_export_all   (PlenaryChartsPage *self);

G_END_DECLS
