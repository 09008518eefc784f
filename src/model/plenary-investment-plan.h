/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-indicator.h"
#include "plenary-investment-category.h"
#include "plenary-unit.h"

G_BEGIN_DECLS

typedef struct
{
  guint             year;
  guint             projects;
  double            amount;
  PlenaryUnit      *unit;
  PlenaryParagraph *paragraph;
  const char       *quote;
  PlenaryIndicator *growth_target;   /* nullable: the fixed-asset growth it should drive */
  guint             previous_year;
  double            previous_completed;
  double            previous_share_of_plan;
  PlenaryParagraph *previous_paragraph;
  const char       *previous_quote;
  const char       *quote_en;           /* nullable: the quotes in English */
  const char       *previous_quote_en;
} PlenaryInvestmentPlanFields;

#define PLENARY_TYPE_INVESTMENT_PLAN (plenary_investment_plan_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryInvestmentPlan, plenary_investment_plan, PLENARY, INVESTMENT_PLAN, GObject)

PlenaryInvestmentPlan *plenary_investment_plan_new                   (const PlenaryInvestmentPlanFields *fields);
void                   plenary_investment_plan_add_category          (PlenaryInvestmentPlan     *self,
                                                                      PlenaryInvestmentCategory *category);
GListModel            *plenary_investment_plan_get_categories        (PlenaryInvestmentPlan     *self);
PlenaryInvestmentCategory *plenary_investment_plan_find_category     (PlenaryInvestmentPlan     *self,
                                                                      const char                *id);
guint                  plenary_investment_plan_get_year              (PlenaryInvestmentPlan     *self);
guint                  plenary_investment_plan_get_projects          (PlenaryInvestmentPlan     *self);
double                 plenary_investment_plan_get_amount            (PlenaryInvestmentPlan     *self);
guint                  plenary_investment_plan_sum_projects          (PlenaryInvestmentPlan     *self);
double                 plenary_investment_plan_sum_amount            (PlenaryInvestmentPlan     *self);
PlenaryUnit           *plenary_investment_plan_get_unit              (PlenaryInvestmentPlan     *self);
PlenaryParagraph      *plenary_investment_plan_get_paragraph         (PlenaryInvestmentPlan     *self);
const char            *plenary_investment_plan_get_quote             (PlenaryInvestmentPlan     *self);
PlenaryIndicator      *plenary_investment_plan_get_growth_target     (PlenaryInvestmentPlan     *self);
guint                  plenary_investment_plan_get_previous_year     (PlenaryInvestmentPlan     *self);
double                 plenary_investment_plan_get_previous_completed (PlenaryInvestmentPlan    *self);
double                 plenary_investment_plan_get_previous_share_of_plan (PlenaryInvestmentPlan *self);
PlenaryParagraph      *plenary_investment_plan_get_previous_paragraph (PlenaryInvestmentPlan    *self);
const char            *plenary_investment_plan_get_previous_quote    (PlenaryInvestmentPlan     *self);
const char            *plenary_investment_plan_get_quote_for         (PlenaryInvestmentPlan     *self,
                                                                      PlenaryLanguage            language);
const char            *plenary_investment_plan_get_previous_quote_for (PlenaryInvestmentPlan    *self,
                                                                      PlenaryLanguage            language);

G_END_DECLS
