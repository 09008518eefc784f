/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-language.h"
#include "plenary-paragraph.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_INVESTMENT_CATEGORY (plenary_investment_category_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryInvestmentCategory, plenary_investment_category,
                      PLENARY, INVESTMENT_CATEGORY, GObject)

PlenaryInvestmentCategory *plenary_investment_category_new               (const char                *id,
                                                                          const char                *label_zh,
                                                                          const char                *label_en,
                                                                          guint                      projects,
                                                                          double                     amount,
                                                                          PlenaryParagraph          *paragraph,
                                                                          const char                *quote);
const char                *plenary_investment_category_get_id            (PlenaryInvestmentCategory *self);
const char                *plenary_investment_category_get_label         (PlenaryInvestmentCategory *self,
                                                                          PlenaryLanguage            language);
guint                      plenary_investment_category_get_projects      (PlenaryInvestmentCategory *self);
double                     plenary_investment_category_get_amount        (PlenaryInvestmentCategory *self);
double                     plenary_investment_category_get_amount_share  (PlenaryInvestmentCategory *self);
double                     plenary_investment_category_get_project_share (PlenaryInvestmentCategory *self);
double                     plenary_investment_category_get_average       (PlenaryInvestmentCategory *self);
PlenaryParagraph          *plenary_investment_category_get_paragraph     (PlenaryInvestmentCategory *self);
const char                *plenary_investment_category_get_quote         (PlenaryInvestmentCategory *self);
const char                *plenary_investment_category_get_quote_for     (PlenaryInvestmentCategory *self,
                                                                          PlenaryLanguage            language);
void                       plenary_investment_category_set_quote_en      (PlenaryInvestmentCategory *self,
                                                                          const char                *quote_en);
void                       plenary_investment_category_set_totals        (PlenaryInvestmentCategory *self,
                                                                          guint                      projects,
                                                                          double                     amount);

G_END_DECLS
