/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-chart-spec.h"

G_BEGIN_DECLS

GtkWidget *plenary_chart_embed_new (PlenaryChartSpec *spec,
                                    PlenaryLanguage   language);

G_END_DECLS
