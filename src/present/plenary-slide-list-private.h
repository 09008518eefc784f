/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-slide-list.h"

G_BEGIN_DECLS

/* Shared by the slide list's two files: the decks of every chart
 * (plenary-slide-list.c) and the story deck (plenary-slide-list-story.c). */
PlenarySlide *plenary_slide_list_title_new       (PlenaryReport     *report,
                                                  PlenaryLanguage    language);
PlenarySlide *plenary_slide_list_end_new         (PlenaryReport     *report,
                                                  PlenaryLanguage    language);
void          plenary_slide_list_add_headlines   (GPtrArray         *slides,
                                                  PlenaryReport     *report,
                                                  PlenaryLanguage    language);
void          plenary_slide_list_add_charts      (GPtrArray         *slides,
                                                  PlenaryReport     *report,
                                                  GPtrArray         *charts,
                                                  gboolean           with_chapters,
                                                  PlenaryLanguage    language);
void          plenary_slide_list_append_note     (GString           *notes,
                                                  PlenaryIndicator  *indicator,
                                                  PlenaryLanguage    language);
GPtrArray    *plenary_slide_list_dup_all_charts  (PlenaryReport     *report);

G_END_DECLS
