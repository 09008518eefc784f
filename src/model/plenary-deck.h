/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-chart-spec.h"
#include "plenary-indicator.h"
#include "plenary-paragraph.h"

G_BEGIN_DECLS

/* A result for which the plan chose not to set a target, with the
 * sentence that says so. */
typedef struct
{
  PlenaryIndicator *result;
  PlenaryParagraph *paragraph;
  char             *quote;
  char             *quote_en;    /* the English words, or %NULL */
} PlenaryTargetNotSet;

/* What the report's data says about its story deck and its targets: the
 * key charts, the investment charts, the targets the deck shows, and the
 * target/result pairs the id rule misses. Built by the loader only. */
#define PLENARY_TYPE_DECK (plenary_deck_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryDeck, plenary_deck, PLENARY, DECK, GObject)

PlenaryDeck      *plenary_deck_new                   (void);
void              plenary_deck_add_key_chart         (PlenaryDeck      *self,
                                                      PlenaryChartSpec *chart);
void              plenary_deck_add_investment_chart  (PlenaryDeck      *self,
                                                      PlenaryChartSpec *chart);
void              plenary_deck_add_target            (PlenaryDeck      *self,
                                                      PlenaryIndicator *target);
void              plenary_deck_add_pair              (PlenaryDeck      *self,
                                                      PlenaryIndicator *target,
                                                      PlenaryIndicator *result);
void              plenary_deck_add_not_set           (PlenaryDeck      *self,
                                                      PlenaryIndicator *result,
                                                      PlenaryParagraph *paragraph,
                                                      const char       *quote,
                                                      const char       *quote_en);

GPtrArray        *plenary_deck_get_key_charts        (PlenaryDeck      *self);
GPtrArray        *plenary_deck_get_investment_charts (PlenaryDeck      *self);
GPtrArray        *plenary_deck_get_targets           (PlenaryDeck      *self);
GPtrArray        *plenary_deck_get_not_set           (PlenaryDeck      *self);
GPtrArray        *plenary_deck_get_paired_targets    (PlenaryDeck      *self);
PlenaryIndicator *plenary_deck_lookup_pair           (PlenaryDeck      *self,
                                                      PlenaryIndicator *target);

G_END_DECLS
