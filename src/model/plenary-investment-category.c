/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-category"

#include "plenary-investment-category.h"

/* One category of the key-project plan.  Shares and the average are
 * derived from the plan's totals, so they are properties a column view can
 * sort on without doing arithmetic itself. */
struct _PlenaryInvestmentCategory
{
  GObject           parent_instance;
  char             *id;
  char             *label_zh;
  char             *label_en;
  guint             projects;
  double            amount;
  guint             total_projects;
  double            total_amount;
  PlenaryParagraph *paragraph;
  char             *quote;
  char             *quote_en;
};

G_DEFINE_FINAL_TYPE (PlenaryInvestmentCategory, plenary_investment_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL_ZH,
  PROP_LABEL_EN,
  PROP_PROJECTS,
  PROP_AMOUNT,
  PROP_AMOUNT_SHARE,
  PROP_PROJECT_SHARE,
  PROP_AVERAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_investment_category_finalize (GObject *object)
{
  PlenaryInvestmentCategory *self = (PlenaryInvestmentCategory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label_zh, g_free);
  g_clear_pointer (&self->label_en, g_free);
  g_clear_object (&self->paragraph);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->quote_en, g_free);

  G_OBJECT_CLASS (plenary_investment_category_parent_class)->finalize (object);
}

static void
plenary_investment_category_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  PlenaryInvestmentCategory *self = PLENARY_INVESTMENT_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL_ZH:
      g_value_set_string (value, self->label_zh);
      break;
    case PROP_LABEL_EN:
      g_value_set_string (value, self->label_en);
      break;
    case PROP_PROJECTS:
      g_value_set_uint (value, self->projects);
      break;
    case PROP_AMOUNT:
      g_value_set_double (value, self->amount);
      break;
    case PROP_AMOUNT_SHARE:
      g_value_set_double (value, plenary_investment_category_get_amount_share (self));
      break;
    case PROP_PROJECT_SHARE:
      g_value_set_double (value, plenary_investment_category_get_project_share (self));
      break;
    case PROP_AVERAGE:
      g_value_set_double (value, plenary_investment_category_get_average (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_investment_category_class_init (PlenaryInvestmentCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = plenary_investment_category_finalize;
  object_class->get_property = plenary_investment_category_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_ZH] = g_param_spec_string ("label-zh", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_EN] = g_param_spec_string ("label-en", NULL, NULL, NULL, flags);
  properties[PROP_PROJECTS] = g_param_spec_uint ("projects", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_AMOUNT] = g_param_spec_double ("amount", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_AMOUNT_SHARE] = g_param_spec_double ("amount-share", NULL, NULL,
                                                       0, 100, 0, flags);
  properties[PROP_PROJECT_SHARE] = g_param_spec_double ("project-share", NULL, NULL,
                                                        0, 100, 0, flags);
  properties[PROP_AVERAGE] = g_param_spec_double ("average", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_investment_category_init (PlenaryInvestmentCategory *self)
{
}

PlenaryInvestmentCategory *
plenary_investment_category_new (const char       *id,
                                 const char       *label_zh,
                                 const char       *label_en,
                                 guint             projects,
                                 double            amount,
                                 PlenaryParagraph *paragraph,
                                 const char       *quote)
{
  PlenaryInvestmentCategory *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (paragraph), NULL);

  self = g_object_new (PLENARY_TYPE_INVESTMENT_CATEGORY, NULL);
  self->id = g_strdup (id);
  self->label_zh = g_strdup (label_zh);
  self->label_en = g_strdup (label_en);
  self->projects = projects;
  self->amount = amount;
  self->paragraph = g_object_ref (paragraph);
  self->quote = g_strdup (quote);
  return self;
}

const char *
plenary_investment_category_get_id (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), NULL);
  return self->id;
}

const char *
plenary_investment_category_get_label (PlenaryInvestmentCategory *self,
                                       PlenaryLanguage            language)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), NULL);
  return plenary_language_pick (language, self->label_zh, self->label_en);
}

guint
plenary_investment_category_get_projects (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), 0);
  return self->projects;
}

double
plenary_investment_category_get_amount (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), 0);
  return self->amount;
}

/* Returns: the category's share of the plan's amount, in percent */
double
plenary_investment_category_get_amount_share (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), 0);
  return self->total_amount > 0 ? 100.0 * self->amount / self->total_amount : 0;
}

/* Returns: the category's share of the plan's projects, in percent */
double
plenary_investment_category_get_project_share (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), 0);
  return self->total_projects > 0 ? 100.0 * self->projects / self->total_projects : 0;
}

/* Returns: the average investment a project, in the plan's unit */
double
plenary_investment_category_get_average (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), 0);
  return self->projects > 0 ? self->amount / self->projects : 0;
}

PlenaryParagraph *
plenary_investment_category_get_paragraph (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), NULL);
  return self->paragraph;
}

const char *
plenary_investment_category_get_quote (PlenaryInvestmentCategory *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), NULL);
  return self->quote;
}

void
plenary_investment_category_set_totals (PlenaryInvestmentCategory *self,
                                        guint                      projects,
                                        double                     amount)
{
  g_return_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self));

  if (self->total_projects == projects && self->total_amount == amount)
    return;

  self->total_projects = projects;
  self->total_amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT_SHARE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_SHARE]);
}

/* The category's quote in @language (the Chinese where there is no
 * English). */
const char *
plenary_investment_category_get_quote_for (PlenaryInvestmentCategory *self,
                                           PlenaryLanguage            language)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self), NULL);
  return plenary_language_pick (language, self->quote, self->quote_en);
}

/* Only the loader sets it: the quote in the paragraph's English text. */
void
plenary_investment_category_set_quote_en (PlenaryInvestmentCategory *self,
                                          const char                *quote_en)
{
  g_return_if_fail (PLENARY_IS_INVESTMENT_CATEGORY (self));

  g_free (self->quote_en);
  self->quote_en = g_strdup (quote_en);
}
