/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-report-loader.h"
#include "plenary-target-pair.h"

/* Targets beside results: the id rule, the explicit pairs, the target the
 * plan chose not to set, and the categories the page filters by. */

static PlenaryReport *report;

static PlenaryTargetPair *
find_target (GListModel *pairs,
             const char *target_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(PlenaryTargetPair) pair = g_list_model_get_item (pairs, i);
      PlenaryIndicator *target = plenary_target_pair_get_target (pair);

      if (target != NULL && g_str_equal (plenary_indicator_get_id (target), target_id))
        return pair;
    }
  return NULL;
}

static const char *
result_id (GListModel *pairs,
           const char *target_id)
{
  PlenaryTargetPair *pair = find_target (pairs, target_id);
  PlenaryIndicator *result;

  g_assert_nonnull (pair);
  result = plenary_target_pair_get_result (pair);
  return result ? plenary_indicator_get_id (result) : NULL;
}

static void
test_stem (void)
{
  const struct { const char *id, *stem; } cases[] = {
    { "gdp-growth-2019", "gdp-growth" },
    { "fixed-asset-investment-growth-target-2020", "fixed-asset-investment-growth" },
    { "charging-piles-target-cumulative", "charging-piles" },
    { "charging-piles-total", "charging-piles" },
    { "high-standard-farmland-cumulative-2020", "high-standard-farmland" },
    { "rail-transit-industry-cluster-scale-target", "rail-transit-industry-cluster-scale" },
    { "5g-base-stations-2019", "5g-base-stations" },
    { "early-2020-growth", "early-2020-growth" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = plenary_target_stem (cases[i].id);
      g_assert_cmpstr (stem, ==, cases[i].stem);
    }
}

static void
test_rows (void)
{
  g_autoptr(GListModel) pairs = plenary_target_pairs_new (report);
  GListModel *indicators = plenary_report_get_indicators (report);
  g_autoptr(PlenaryTargetPair) first = g_list_model_get_item (pairs, 0);
  guint n_targets = 0, n_paired = 0, n_not_set = 0;

  /* Every target once, each in a row of its own. */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);

      if (plenary_indicator_get_kind (indicator) == PLENARY_INDICATOR_TARGET)
        {
          n_targets++;
          g_assert_nonnull (find_target (pairs, plenary_indicator_get_id (indicator)));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(PlenaryTargetPair) pair = g_list_model_get_item (pairs, i);
      PlenaryIndicator *result = plenary_target_pair_get_result (pair);

      if (plenary_target_pair_is_not_set (pair))
        n_not_set++;
      else if (result != NULL)
        {
          n_paired++;
          g_assert_cmpint (plenary_indicator_get_kind (result), ==, PLENARY_INDICATOR_ACTUAL);
        }
      g_assert_nonnull (plenary_target_pair_get_paragraph (pair));
      g_assert_nonnull (plenary_target_pair_get_category (pair));
    }
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_targets + n_not_set);

  /* The comparisons first: no paired row after an unpaired one. */
  {
    gboolean unpaired_seen = FALSE;

    for (guint i = n_not_set; i < g_list_model_get_n_items (pairs); i++)
      {
        g_autoptr(PlenaryTargetPair) pair = g_list_model_get_item (pairs, i);
        gboolean paired = plenary_target_pair_get_result (pair) != NULL;

        g_assert_false (paired && unpaired_seen);
        unpaired_seen |= !paired;
      }
    g_assert_true (unpaired_seen);
  }
  g_assert_cmpuint (n_targets, ==, 78);
  g_assert_cmpuint (n_paired, >=, 24);
  g_assert_cmpuint (n_not_set, ==, 1);

  /* The missing target: the 2020 plan set no GDP growth target, and says so. */
  g_assert_true (plenary_target_pair_is_not_set (first));
  g_assert_null (plenary_target_pair_get_target (first));
  g_assert_cmpstr (plenary_indicator_get_id (plenary_target_pair_get_result (first)), ==, "gdp-growth-2019");
  g_assert_cmpstr (plenary_paragraph_get_id (plenary_target_pair_get_paragraph (first)), ==, "c2p4");
  g_assert_cmpstr (plenary_target_pair_get_quote (first), ==, "今年没有提出经济增速具体目标");
  /* …in the English text as well, where English is read. */
  g_assert_cmpstr (plenary_target_pair_get_quote_for (first, PLENARY_LANGUAGE_EN), ==,
                   "no specific target for economic growth has been set this year");
  g_assert_nonnull (strstr (plenary_paragraph_get_text_for (plenary_target_pair_get_paragraph (first), PLENARY_LANGUAGE_EN),
                            plenary_target_pair_get_quote_for (first, PLENARY_LANGUAGE_EN)));
  g_assert_cmpstr (plenary_target_pair_get_quote_for (first, PLENARY_LANGUAGE_ZH), ==, "今年没有提出经济增速具体目标");
  g_assert_cmpstr (plenary_target_pair_get_label (first, PLENARY_LANGUAGE_EN), ==, "GDP growth");
  g_assert_cmpstr (plenary_target_pair_get_category (first), ==, "economy");

  /* By the id rule. */
  g_assert_cmpstr (result_id (pairs, "fixed-asset-investment-growth-target-2020"), ==,
                   "fixed-asset-investment-growth-2019");
  g_assert_cmpstr (result_id (pairs, "charging-piles-target-cumulative"), ==, "charging-piles-total");
  g_assert_cmpstr (result_id (pairs, "pm25-target-2020"), ==, "pm25-2019");
  /* By the report's explicit pairs, where the ids differ. */
  g_assert_cmpstr (result_id (pairs, "new-urban-jobs-target-2020"), ==, "new-jobs-2019");
  g_assert_cmpstr (result_id (pairs, "registered-urban-unemployment-rate-target-2020"), ==,
                   "urban-registered-unemployment-rate-2019");
  /* A target with no result in the review year. */
  g_assert_null (result_id (pairs, "inclusive-small-business-loan-growth-target-2020"));
}

static void
test_categories (void)
{
  g_autoptr(GListModel) pairs = plenary_target_pairs_new (report);
  g_auto(GStrv) categories = plenary_target_pairs_dup_categories (pairs);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (categories[0], ==, "economy");
  g_assert_true (g_strv_contains ((const char * const *)categories, "employment"));
  g_assert_true (g_strv_contains ((const char * const *)categories, "environment"));
  for (guint i = 0; categories[i] != NULL; i++)
    g_assert_true (g_hash_table_add (seen, categories[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/model/target-pairs/stem", test_stem);
  g_test_add_func ("/model/target-pairs/rows", test_rows);
  g_test_add_func ("/model/target-pairs/categories", test_categories);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
