/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "plenary-investment-table.h"
#include "plenary-number-format.h"
#include "plenary-investment-page-private.h"

/* The investment page's table: its cells, its sorters, its look, and the
 * sums under it that show the categories add up to the plan's totals. */

static const char * const column_properties[N_COLUMNS] = {
  [COLUMN_CATEGORY] = NULL, /* label-zh or label-en, by language */
  [COLUMN_PROJECTS] = "projects",
  [COLUMN_AMOUNT] = "amount",
  [COLUMN_AMOUNT_SHARE] = "amount-share",
  [COLUMN_PROJECT_SHARE] = "project-share",
  [COLUMN_AVERAGE] = "average",
};

/* A fixed number of decimals, so the column's figures line up. */
char *
_plenary_investment_format_fixed (double          value,
                                  int             decimals,
                                  PlenaryLanguage language)
{
  g_autofree char *text = plenary_format_number (value, decimals, language == PLENARY_LANGUAGE_EN);
  const char *dot = strchr (text, '.');
  int have = dot ? (int)strlen (dot + 1) : 0;
  GString *out = g_string_new (text);

  if (decimals > 0 && dot == NULL)
    g_string_append_c (out, '.');
  for (; have < decimals; have++)
    g_string_append_c (out, '0');
  return g_string_free (out, FALSE);
}

char *
_plenary_investment_format_percent (double          value,
                                    PlenaryLanguage language)
{
  g_autofree char *number = _plenary_investment_format_fixed (value, 1, language);
  return g_strconcat (number, "%", NULL);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PlenaryInvestmentPage    *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_CATEGORY ? 0.0f : 1.0f);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  if (column != COLUMN_CATEGORY)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PlenaryInvestmentPage    *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  PlenaryInvestmentCategory *category = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  PlenaryUnit *unit = plan ? plenary_investment_plan_get_unit (plan) : NULL;
  PlenaryNumberScale scale = plan ? plenary_investment_table_amount_scale (plan, self->language)
                                  : PLENARY_NUMBER_SCALE_SOURCE;
  double factor = unit ? plenary_number_scale_factor (scale, unit) : 1.0;
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_CATEGORY:
      text = g_strdup (plenary_investment_category_get_label (category, self->language));
      break;
    case COLUMN_PROJECTS:
      text = plenary_format_on_axis (plenary_investment_category_get_projects (category), -1,
                                     NULL, PLENARY_NUMBER_SCALE_SOURCE, self->language);
      break;
    case COLUMN_AMOUNT:
      text = plenary_format_on_axis (plenary_investment_category_get_amount (category), -1,
                                     unit, scale, self->language);
      break;
    case COLUMN_AMOUNT_SHARE:
      text = _plenary_investment_format_percent (plenary_investment_category_get_amount_share (category),
                             self->language);
      break;
    case COLUMN_PROJECT_SHARE:
      text = _plenary_investment_format_percent (plenary_investment_category_get_project_share (category),
                             self->language);
      break;
    case COLUMN_AVERAGE:
      /* In the amounts' scale, with the digits the report's figure has. */
      text = _plenary_investment_format_fixed (plenary_investment_category_get_average (category) * factor,
                                               2 + (int)round (-log10 (MIN (factor, 1))), self->language);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (GTK_LABEL (label), text);
  if (category == self->totals)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static GtkSorter *
create_sorter (PlenaryInvestmentPage *self,
               Column                 column)
{
  GtkExpression *expression;

  if (column == COLUMN_CATEGORY)
    {
      expression = gtk_property_expression_new (PLENARY_TYPE_INVESTMENT_CATEGORY, NULL,
                                                self->language == PLENARY_LANGUAGE_ZH
                                                  ? "label-zh" : "label-en");
      return GTK_SORTER (gtk_string_sorter_new (expression));
    }

  expression = gtk_property_expression_new (PLENARY_TYPE_INVESTMENT_CATEGORY, NULL,
                                            column_properties[column]);
  return GTK_SORTER (gtk_numeric_sorter_new (expression));
}

/* Cells show language-dependent text, so a change of language gives each
 * column a fresh factory (rebinding every cell) and the category column a
 * sorter on the label in the new language. */
void
_plenary_investment_page_setup_columns (PlenaryInvestmentPage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), self);
      gtk_column_view_column_set_factory (self->columns[i], factory);

      /* Setting a sorter takes the column out of the view's sort order,
       * so a sorter is only replaced when its language changed. */
      if (gtk_column_view_column_get_sorter (self->columns[i]) == NULL
          || (i == COLUMN_CATEGORY && self->sorter_language != self->language))
        {
          g_autoptr(GtkSorter) sorter = create_sorter (self, i);
          gtk_column_view_column_set_sorter (self->columns[i], sorter);
        }
    }
  self->sorter_language = self->language;
}

static char *
dup_sum_line (PlenaryInvestmentPage *self,
              GListModel            *categories,
              PlenaryUnit           *unit,
              PlenaryNumberScale     scale,
              gboolean               amounts,
              double                 total)
{
  GString *line = g_string_new (NULL);
  guint n = g_list_model_get_n_items (categories);
  g_autofree char *sum_text = NULL;
  double sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (categories, i);
      double value = amounts ? plenary_investment_category_get_amount (c)
                             : plenary_investment_category_get_projects (c);
      g_autofree char *text = plenary_format_on_axis (value, -1, unit, scale, self->language);

      if (i > 0)
        g_string_append (line, " + ");
      g_string_append (line, text);
      sum += value;
    }

  sum_text = plenary_format_on_axis (sum, -1, unit, scale, self->language);
  /* No-break spaces keep the sum and its mark together when the line wraps. */
  g_string_append_printf (line, " =\u00a0%s", sum_text);
  if (G_APPROX_VALUE (sum, total, 1e-6))
    g_string_append (line, "\u00a0✓");
  else
    {
      g_autofree char *total_text = plenary_format_on_axis (total, -1, unit, scale, self->language);
      g_string_append_printf (line, "\u00a0≠\u00a0%s\u00a0✗", total_text);
    }
  return g_string_free (line, FALSE);
}

void
_plenary_investment_page_update_checks (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  GListModel *categories;
  g_autofree char *projects = NULL;
  g_autofree char *amounts = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *projects_line = NULL;
  g_autofree char *amount_line = NULL;
  PlenaryNumberScale scale;

  if (plan == NULL)
    {
      gtk_label_set_label (self->checks_label, "");
      gtk_label_set_label (self->projects_check_label, "");
      gtk_label_set_label (self->amount_check_label, "");
      return;
    }

  categories = plenary_investment_plan_get_categories (plan);
  scale = plenary_investment_table_amount_scale (plan, self->language);
  projects = dup_sum_line (self, categories, NULL, PLENARY_NUMBER_SCALE_SOURCE, FALSE,
                           plenary_investment_plan_get_projects (plan));
  amounts = dup_sum_line (self, categories, plenary_investment_plan_get_unit (plan), scale, TRUE,
                          plenary_investment_plan_get_amount (plan));
  unit = plenary_unit_dup_short_name (plenary_investment_plan_get_unit (plan), scale, self->language);

  gtk_label_set_label (self->checks_label,
                       _("The categories add up to the plan’s totals, as checked when the report was loaded"));
  /* Translators: the sum of the projects of each category, "289 + 226 + … = 763 ✓". */
  projects_line = g_strdup_printf (_("Projects: %s"), projects);
  /* Translators: the first %s is the unit, the second the sum, "1023 + 1521 + … = 3311 ✓". */
  amount_line = g_strdup_printf (_("Investment (%s): %s"), unit, amounts);
  gtk_label_set_label (self->projects_check_label, projects_line);
  gtk_label_set_label (self->amount_check_label, amount_line);
}

/* The table sits in a card: its rows take the card's background rather
 * than the darker one of a view, which would show as a band in dark style. */
void
_plenary_investment_page_ensure_style (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider,
                                       "columnview.plenary-investment-table,"
                                       "columnview.plenary-investment-table > listview {"
                                       "  background: none; }",
                                       -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&done, 1);
    }
}
