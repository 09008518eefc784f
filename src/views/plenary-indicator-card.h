/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-report.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_INDICATOR_CARD (plenary_indicator_card_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryIndicatorCard, plenary_indicator_card, PLENARY, INDICATOR_CARD, AdwBin)

GtkWidget        *plenary_indicator_card_new            (PlenaryReport        *report,
                                                         PlenaryIndicator     *indicator,
                                                         PlenaryLanguage       language);
PlenaryIndicator *plenary_indicator_card_get_indicator  (PlenaryIndicatorCard *self);
const char       *plenary_indicator_card_get_value_text (PlenaryIndicatorCard *self);
guint             plenary_indicator_card_get_n_charts   (PlenaryIndicatorCard *self);

G_END_DECLS
