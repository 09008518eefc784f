/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Imports the seed's text and compares the result with the bundled
 * report, which was curated by hand from the same text: the outline, the
 * key-project plan and the indicators (same value, overlapping quote, same
 * period), with recall and precision of at least 90 %. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "engine-test-util.h"
#include "plenary-investment-category.h"
#include "plenary-investment-plan.h"
#include "plenary-outline-node.h"
#include "plenary-paragraph.h"
#include "plenary-report-loader.h"

static PlenaryReport *imported;
static PlenaryReport *bundled;

static guint
count_kind (GListModel         *nodes,
            PlenaryOutlineKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PlenaryOutlineNode) node = g_list_model_get_item (nodes, i);
      n += plenary_outline_node_get_kind (node) == kind;
      n += count_kind (plenary_outline_node_get_children (node), kind);
    }
  return n;
}

static void
compare_nodes (GListModel *a,
               GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(PlenaryOutlineNode) x = g_list_model_get_item (a, i);
      g_autoptr(PlenaryOutlineNode) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (plenary_outline_node_get_id (x), ==, plenary_outline_node_get_id (y));
      g_assert_cmpstr (plenary_outline_node_get_number (x), ==, plenary_outline_node_get_number (y));
      g_assert_cmpstr (plenary_outline_node_get_title (x, PLENARY_LANGUAGE_ZH), ==,
                       plenary_outline_node_get_title (y, PLENARY_LANGUAGE_ZH));
      g_assert_cmpuint (g_list_model_get_n_items (plenary_outline_node_get_paragraphs (x)), ==,
                        g_list_model_get_n_items (plenary_outline_node_get_paragraphs (y)));
      compare_nodes (plenary_outline_node_get_children (x), plenary_outline_node_get_children (y));
    }
}

static void
test_outline (void)
{
  GListModel *chapters = plenary_report_get_chapters (imported);

  g_assert_cmpuint (g_list_model_get_n_items (chapters), ==, 2);
  g_assert_cmpuint (count_kind (chapters, PLENARY_OUTLINE_SECTION), ==, 15);
  g_assert_cmpuint (count_kind (chapters, PLENARY_OUTLINE_ITEM), ==, 43);
  compare_nodes (chapters, plenary_report_get_chapters (bundled));
}

static void
test_metadata (void)
{
  g_assert_cmpstr (plenary_report_get_text (imported, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH), ==,
                   plenary_report_get_text (bundled, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH));
  g_assert_cmpstr (plenary_report_get_text (imported, PLENARY_REPORT_FIELD_OCCASION, PLENARY_LANGUAGE_ZH), ==,
                   plenary_report_get_text (bundled, PLENARY_REPORT_FIELD_OCCASION, PLENARY_LANGUAGE_ZH));
  g_assert_cmpstr (plenary_report_get_text (imported, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_ZH), ==,
                   plenary_report_get_text (bundled, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_ZH));
  g_assert_cmpstr (plenary_report_get_text (imported, PLENARY_REPORT_FIELD_REGION, PLENARY_LANGUAGE_ZH), ==,
                   plenary_report_get_text (bundled, PLENARY_REPORT_FIELD_REGION, PLENARY_LANGUAGE_ZH));
  g_assert_cmpuint (plenary_report_get_review_year (imported), ==, 2019);
  g_assert_cmpuint (plenary_report_get_plan_year (imported), ==, 2020);
  g_assert_cmpstr (plenary_report_get_date (imported), ==, "2020-06");
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_preamble (imported)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_closing (imported)), ==, 2);
}

static void
test_plan (void)
{
  PlenaryInvestmentPlan *a = plenary_report_get_investment (imported);
  PlenaryInvestmentPlan *b = plenary_report_get_investment (bundled);
  GListModel *ca, *cb;

  g_assert_nonnull (a);
  g_assert_cmpuint (plenary_investment_plan_get_projects (a), ==, 763);
  g_assert_cmpfloat (plenary_investment_plan_get_amount (a), ==, 3311);
  g_assert_cmpuint (plenary_investment_plan_get_year (a), ==, plenary_investment_plan_get_year (b));
  ca = plenary_investment_plan_get_categories (a);
  cb = plenary_investment_plan_get_categories (b);
  g_assert_cmpuint (g_list_model_get_n_items (ca), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) x = g_list_model_get_item (ca, i);
      g_autoptr(PlenaryInvestmentCategory) y = g_list_model_get_item (cb, i);
      g_assert_cmpstr (plenary_investment_category_get_id (x), ==, plenary_investment_category_get_id (y));
      g_assert_cmpuint (plenary_investment_category_get_projects (x), ==,
                        plenary_investment_category_get_projects (y));
      g_assert_cmpfloat (plenary_investment_category_get_amount (x), ==,
                         plenary_investment_category_get_amount (y));
      g_assert_cmpstr (plenary_investment_category_get_quote (x), ==, plenary_investment_category_get_quote (y));
    }
  g_assert_cmpfloat (plenary_investment_plan_get_previous_completed (a), ==, 3334);
  g_assert_cmpfloat (plenary_investment_plan_get_previous_share_of_plan (a), ==, 108);
}

static gboolean
matches (PlenaryIndicator *x,
         PlenaryIndicator *y)
{
  const char *px = plenary_paragraph_get_id (plenary_indicator_get_paragraph (x));
  const char *py = plenary_paragraph_get_id (plenary_indicator_get_paragraph (y));
  gsize xs = plenary_indicator_get_quote_offset (x), ys = plenary_indicator_get_quote_offset (y);
  gsize xe = xs + strlen (plenary_indicator_get_quote (x));
  gsize ye = ys + strlen (plenary_indicator_get_quote (y));

  return g_str_equal (px, py)
         && fabs (plenary_indicator_get_value (x) - plenary_indicator_get_value (y)) < 1e-6
         && g_str_equal (plenary_indicator_get_period (x), plenary_indicator_get_period (y))
         /* Errata shift the bundled text by a few bytes. */
         && xs < ye + 4 && ys < xe + 4;
}

static guint
count_matched (GListModel *from,
               GListModel *in,
               const char *what)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(PlenaryIndicator) x = g_list_model_get_item (from, i);
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (in) && !found; j++)
        {
          g_autoptr(PlenaryIndicator) y = g_list_model_get_item (in, j);
          found = matches (x, y);
        }
      if (found)
        n++;
      else
        printf ("# %s: %s %g %s [%s] %s «%s»\n", what,
                 plenary_paragraph_get_id (plenary_indicator_get_paragraph (x)),
                 plenary_indicator_get_value (x),
                 plenary_unit_get_id (plenary_indicator_get_unit (x)),
                 plenary_indicator_get_period (x),
                 plenary_indicator_get_label (x, PLENARY_LANGUAGE_ZH),
                 plenary_indicator_get_quote (x));
    }
  return n;
}

static void
test_indicators (void)
{
  GListModel *mine = plenary_report_get_indicators (imported);
  GListModel *gold = plenary_report_get_indicators (bundled);
  guint n_mine = g_list_model_get_n_items (mine), n_gold = g_list_model_get_n_items (gold);
  guint found = count_matched (gold, mine, "missed");
  guint right = count_matched (mine, gold, "extra");
  double recall = 100.0 * found / n_gold, precision = 100.0 * right / MAX (n_mine, 1);

  g_print ("# indicators: %u imported, %u curated; recall %.1f %% (%u), precision %.1f %% (%u)\n",
           n_mine, n_gold, recall, found, precision, right);
  g_assert_cmpfloat (recall, >=, 90.0);
  g_assert_cmpfloat (precision, >=, 90.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = plenary_report_load_default (&error);
  g_assert_no_error (error);
  imported = engine_test_import_text (g_getenv ("PLENARY_SEED_TEXT"), NULL, NULL);

  g_test_add_func ("/import-engine/seed/metadata", test_metadata);
  g_test_add_func ("/import-engine/seed/outline", test_outline);
  g_test_add_func ("/import-engine/seed/plan", test_plan);
  g_test_add_func ("/import-engine/seed/indicators", test_indicators);
  status = g_test_run ();
  g_clear_object (&imported);
  g_clear_object (&bundled);
  return status;
}
