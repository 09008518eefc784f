/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-investment-plan.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_TABLE_CSV,
  PLENARY_TABLE_TSV,
} PlenaryTableFormat;

char *plenary_investment_table_format (PlenaryInvestmentPlan *plan,
                                       PlenaryLanguage        language,
                                       PlenaryTableFormat     format);

#include "plenary-number-format.h"

PlenaryNumberScale plenary_investment_table_amount_scale  (PlenaryInvestmentPlan *plan,
                                                           PlenaryLanguage        language);

G_END_DECLS
