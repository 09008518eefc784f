/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-report.h"
#include "plenary-slide.h"

G_BEGIN_DECLS

/* The most headline figures one slide shows. */
#define PLENARY_SLIDE_LIST_MAX_FIGURES 4

GPtrArray *plenary_slide_list_new            (PlenaryReport      *report,
                                              PlenaryOutlineNode *node,
                                              PlenaryLanguage     language);
GPtrArray *plenary_slide_list_new_for_charts (PlenaryReport      *report,
                                              GPtrArray          *charts,
                                              PlenaryLanguage     language);
guint      plenary_slide_list_find_chart     (GPtrArray          *slides,
                                              PlenaryChartSpec   *chart);

G_END_DECLS
