/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-report.h"
#include "plenary-slide.h"

G_BEGIN_DECLS

/* The most headline figures one slide shows. */
#define PLENARY_SLIDE_LIST_MAX_FIGURES 4

/* The most slides the story deck has: twenty minutes at 40 seconds a slide. */
#define PLENARY_SLIDE_LIST_MAX_STORY 30

/* Which deck a presentation of the whole report shows. */
typedef enum {
  PLENARY_DECK_STORY,  /* title, headlines, one key chart per section, investment, targets, end */
  PLENARY_DECK_ALL,    /* title, headlines, every chart, end */
} PlenaryDeckKind;

GPtrArray *plenary_slide_list_new            (PlenaryReport      *report,
                                              PlenaryOutlineNode *node,
                                              PlenaryLanguage     language);
GPtrArray *plenary_slide_list_new_for_charts (PlenaryReport      *report,
                                              GPtrArray          *charts,
                                              PlenaryLanguage     language);
GPtrArray *plenary_slide_list_new_deck       (PlenaryReport      *report,
                                              PlenaryDeckKind     deck,
                                              PlenaryLanguage     language);
gboolean   plenary_deck_kind_parse           (const char         *text,
                                              PlenaryDeckKind    *out_deck);
const char *plenary_deck_kind_to_string      (PlenaryDeckKind     deck);
guint      plenary_slide_list_find_chart     (GPtrArray          *slides,
                                              PlenaryChartSpec   *chart);

G_END_DECLS
