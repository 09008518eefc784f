/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_GRID (plenary_chart_grid_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryChartGrid, plenary_chart_grid, PLENARY, CHART_GRID, GtkWidget)

GtkWidget *plenary_chart_grid_new               (void);
void       plenary_chart_grid_append            (PlenaryChartGrid *self,
                                                 GtkWidget        *child);
void       plenary_chart_grid_remove_all        (PlenaryChartGrid *self);
guint      plenary_chart_grid_columns_for_width (PlenaryChartGrid *self,
                                                 int               width);

G_END_DECLS
