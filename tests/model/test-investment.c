/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "plenary-investment-table.h"
#include "plenary-report-loader.h"

static PlenaryReport *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
test_totals_and_shares (void)
{
  g_autoptr(PlenaryReport) report = load_bundled ();
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  GListModel *categories = plenary_investment_plan_get_categories (plan);
  double amount_shares = 0, project_shares = 0;
  PlenaryInvestmentCategory *infrastructure;

  g_assert_cmpuint (plenary_investment_plan_get_projects (plan), ==, 763);
  g_assert_cmpfloat (plenary_investment_plan_get_amount (plan), ==, 3311);
  g_assert_cmpuint (plenary_investment_plan_sum_projects (plan), ==, 763);
  g_assert_cmpfloat_with_epsilon (plenary_investment_plan_sum_amount (plan), 3311, 1e-9);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 5);
  g_assert_cmpfloat (plenary_investment_plan_get_previous_completed (plan), ==, 3334);
  g_assert_cmpfloat (plenary_investment_plan_get_previous_share_of_plan (plan), ==, 108);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (categories, i);
      amount_shares += plenary_investment_category_get_amount_share (c);
      project_shares += plenary_investment_category_get_project_share (c);
    }
  g_assert_cmpfloat_with_epsilon (amount_shares, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (project_shares, 100, 1e-9);

  /* 基础设施: 226 projects, 1521 亿元. */
  infrastructure = plenary_investment_plan_find_category (plan, "infrastructure");
  g_assert_nonnull (infrastructure);
  g_assert_cmpuint (plenary_investment_category_get_projects (infrastructure), ==, 226);
  g_assert_cmpfloat_with_epsilon (plenary_investment_category_get_amount_share (infrastructure),
                                  100.0 * 1521 / 3311, 1e-9);
  g_assert_cmpfloat_with_epsilon (plenary_investment_category_get_project_share (infrastructure),
                                  100.0 * 226 / 763, 1e-9);
  g_assert_cmpfloat_with_epsilon (plenary_investment_category_get_average (infrastructure),
                                  1521.0 / 226, 1e-9);
  g_assert_null (plenary_investment_plan_find_category (plan, "no-such-category"));
}

static void
test_csv (void)
{
  g_autoptr(PlenaryReport) report = load_bundled ();
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  g_autofree char *zh = plenary_investment_table_format (plan, PLENARY_LANGUAGE_ZH, PLENARY_TABLE_CSV);
  g_autofree char *en = plenary_investment_table_format (plan, PLENARY_LANGUAGE_EN, PLENARY_TABLE_CSV);
  g_auto(GStrv) rows = g_strsplit (zh, "\r\n", -1);

  /* Header, five categories, totals, and the empty string after the last CRLF. */
  g_assert_cmpuint (g_strv_length (rows), ==, 8);
  g_assert_cmpstr (rows[0], ==, "类别,项目数（个）,年度投资（亿元）,投资占比（%）,项目数占比（%）,项目平均投资（亿元）");
  g_assert_cmpstr (rows[1], ==, "产业,289,1023.00,30.9,37.9,3.54");
  g_assert_cmpstr (rows[6], ==, "合计,763,3311.00,100.0,100.0,4.34");
  g_assert_cmpstr (rows[7], ==, "");
  g_assert_true (g_utf8_validate (zh, -1, NULL));

  g_assert_true (g_str_has_prefix (en, "Category,Projects,Annual investment (CNY billion),"));
  /* English writes the amounts in the page's one scale, billions, keeping
   * every digit of the report's figures. */
  g_assert_nonnull (strstr (en, "\r\nInfrastructure,226,152.100,45.9,29.6,0.673\r\n"));
}

static void
test_tsv (void)
{
  g_autoptr(PlenaryReport) report = load_bundled ();
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  g_autofree char *tsv = plenary_investment_table_format (plan, PLENARY_LANGUAGE_EN, PLENARY_TABLE_TSV);
  g_auto(GStrv) rows = g_strsplit (tsv, "\r\n", -1);
  g_auto(GStrv) cells = g_strsplit (rows[6], "\t", -1);

  g_assert_cmpuint (g_strv_length (cells), ==, 6);
  g_assert_cmpstr (cells[0], ==, "Total");
  g_assert_cmpstr (cells[1], ==, "763");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/investment/totals-and-shares", test_totals_and_shares);
  g_test_add_func ("/investment/csv", test_csv);
  g_test_add_func ("/investment/tsv", test_tsv);

  return g_test_run ();
}
