/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-plan"

#include "plenary-investment-plan.h"

struct _PlenaryInvestmentPlan
{
  GObject           parent_instance;
  guint             year;
  guint             projects;
  double            amount;
  PlenaryUnit      *unit;
  PlenaryParagraph *paragraph;
  char             *quote;
  PlenaryIndicator *growth_target;
  guint             previous_year;
  double            previous_completed;
  double            previous_share_of_plan;
  PlenaryParagraph *previous_paragraph;
  char             *previous_quote;
  char             *quote_en;
  char             *previous_quote_en;
  GListStore       *categories;
};

G_DEFINE_FINAL_TYPE (PlenaryInvestmentPlan, plenary_investment_plan, G_TYPE_OBJECT)

static void
plenary_investment_plan_dispose (GObject *object)
{
  PlenaryInvestmentPlan *self = (PlenaryInvestmentPlan *)object;

  g_clear_object (&self->categories);
  g_clear_object (&self->unit);
  g_clear_object (&self->paragraph);
  g_clear_object (&self->previous_paragraph);
  g_clear_object (&self->growth_target);

  G_OBJECT_CLASS (plenary_investment_plan_parent_class)->dispose (object);
}

static void
plenary_investment_plan_finalize (GObject *object)
{
  PlenaryInvestmentPlan *self = (PlenaryInvestmentPlan *)object;

  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->previous_quote, g_free);
  g_clear_pointer (&self->quote_en, g_free);
  g_clear_pointer (&self->previous_quote_en, g_free);

  G_OBJECT_CLASS (plenary_investment_plan_parent_class)->finalize (object);
}

static void
plenary_investment_plan_class_init (PlenaryInvestmentPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_investment_plan_dispose;
  object_class->finalize = plenary_investment_plan_finalize;
}

static void
plenary_investment_plan_init (PlenaryInvestmentPlan *self)
{
  self->categories = g_list_store_new (PLENARY_TYPE_INVESTMENT_CATEGORY);
}

PlenaryInvestmentPlan *
plenary_investment_plan_new (const PlenaryInvestmentPlanFields *fields)
{
  PlenaryInvestmentPlan *self;

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (PLENARY_IS_UNIT (fields->unit), NULL);
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (fields->paragraph), NULL);

  self = g_object_new (PLENARY_TYPE_INVESTMENT_PLAN, NULL);
  self->year = fields->year;
  self->projects = fields->projects;
  self->amount = fields->amount;
  self->unit = g_object_ref (fields->unit);
  self->paragraph = g_object_ref (fields->paragraph);
  self->quote = g_strdup (fields->quote);
  g_set_object (&self->growth_target, fields->growth_target);
  self->previous_year = fields->previous_year;
  self->previous_completed = fields->previous_completed;
  self->previous_share_of_plan = fields->previous_share_of_plan;
  g_set_object (&self->previous_paragraph, fields->previous_paragraph);
  self->previous_quote = g_strdup (fields->previous_quote);
  self->quote_en = g_strdup (fields->quote_en);
  self->previous_quote_en = g_strdup (fields->previous_quote_en);
  return self;
}

void
plenary_investment_plan_add_category (PlenaryInvestmentPlan     *self,
                                      PlenaryInvestmentCategory *category)
{
  g_return_if_fail (PLENARY_IS_INVESTMENT_PLAN (self));
  g_return_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (category));

  plenary_investment_category_set_totals (category, self->projects, self->amount);
  g_list_store_append (self->categories, category);
}

/* Returns: (transfer none): a list model of PlenaryInvestmentCategory */
GListModel *
plenary_investment_plan_get_categories (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return G_LIST_MODEL (self->categories);
}

/* Returns: (nullable) (transfer none) */
PlenaryInvestmentCategory *
plenary_investment_plan_find_category (PlenaryInvestmentPlan *self,
                                       const char            *id)
{
  guint n;

  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      if (g_strcmp0 (plenary_investment_category_get_id (c), id) == 0)
        return c;
    }
  return NULL;
}

guint
plenary_investment_plan_get_year (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->year;
}

guint
plenary_investment_plan_get_projects (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->projects;
}

double
plenary_investment_plan_get_amount (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->amount;
}

/* The categories' projects added up; the loader checks it equals the total. */
guint
plenary_investment_plan_sum_projects (PlenaryInvestmentPlan *self)
{
  guint n, sum = 0;

  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      sum += plenary_investment_category_get_projects (c);
    }
  return sum;
}

double
plenary_investment_plan_sum_amount (PlenaryInvestmentPlan *self)
{
  guint n;
  double sum = 0;

  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      sum += plenary_investment_category_get_amount (c);
    }
  return sum;
}

PlenaryUnit *
plenary_investment_plan_get_unit (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->unit;
}

PlenaryParagraph *
plenary_investment_plan_get_paragraph (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->paragraph;
}

const char *
plenary_investment_plan_get_quote (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->quote;
}

PlenaryIndicator *
plenary_investment_plan_get_growth_target (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->growth_target;
}

guint
plenary_investment_plan_get_previous_year (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->previous_year;
}

double
plenary_investment_plan_get_previous_completed (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->previous_completed;
}

double
plenary_investment_plan_get_previous_share_of_plan (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), 0);
  return self->previous_share_of_plan;
}

PlenaryParagraph *
plenary_investment_plan_get_previous_paragraph (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->previous_paragraph;
}

const char *
plenary_investment_plan_get_previous_quote (PlenaryInvestmentPlan *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return self->previous_quote;
}

/* The plan's quote in @language: the English one, where the report has
 * it, stands in the paragraph's English text. */
const char *
plenary_investment_plan_get_quote_for (PlenaryInvestmentPlan *self,
                                       PlenaryLanguage        language)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return plenary_language_pick (language, self->quote, self->quote_en);
}

const char *
plenary_investment_plan_get_previous_quote_for (PlenaryInvestmentPlan *self,
                                                PlenaryLanguage        language)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (self), NULL);
  return plenary_language_pick (language, self->previous_quote, self->previous_quote_en);
}
