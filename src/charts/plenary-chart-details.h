/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-chart-spec.h"
#include "plenary-language.h"

G_BEGIN_DECLS

typedef void (*PlenaryParagraphFunc) (const char *paragraph_id,
                                      gpointer    user_data);

const char *plenary_chart_qualifier_words (PlenaryQualifier      qualifier,
                                           PlenaryLanguage       language);
GtkWidget  *plenary_chart_table_new       (PlenaryChartSpec     *spec,
                                           PlenaryLanguage       language);
GtkWidget  *plenary_chart_sources_new     (PlenaryChartSpec     *spec,
                                           PlenaryLanguage       language,
                                           PlenaryParagraphFunc  show_paragraph,
                                           gpointer              user_data);

G_END_DECLS
