/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Field-by-field comparison of two reports, for the writer's and the
 * editor's tests: every getter of every object, by value, with objects
 * matched by id. */

#include "plenary-report-private.h"

static inline void
compare_text_props (gpointer    a,
                    gpointer    b,
                    const char *zh_prop,
                    const char *en_prop)
{
  g_autofree char *a_zh = NULL, *a_en = NULL, *b_zh = NULL, *b_en = NULL;

  g_object_get (a, zh_prop, &a_zh, en_prop, &a_en, NULL);
  g_object_get (b, zh_prop, &b_zh, en_prop, &b_en, NULL);
  g_assert_cmpstr (a_zh, ==, b_zh);
  g_assert_cmpstr (a_en, ==, b_en);
}

static inline void
compare_paragraph_lists (GListModel *a,
                         GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(PlenaryParagraph) pa = g_list_model_get_item (a, i);
      g_autoptr(PlenaryParagraph) pb = g_list_model_get_item (b, i);
      GPtrArray *ia = plenary_paragraph_get_indicators (pa);
      GPtrArray *ib = plenary_paragraph_get_indicators (pb);

      g_assert_cmpstr (plenary_paragraph_get_id (pa), ==, plenary_paragraph_get_id (pb));
      g_assert_cmpstr (plenary_paragraph_get_text (pa), ==, plenary_paragraph_get_text (pb));
      g_assert_cmpstr (plenary_paragraph_get_text_en (pa), ==, plenary_paragraph_get_text_en (pb));
      g_assert_cmpuint (ia->len, ==, ib->len);
      for (guint j = 0; j < ia->len; j++)
        g_assert_cmpstr (plenary_indicator_get_id (g_ptr_array_index (ia, j)), ==,
                         plenary_indicator_get_id (g_ptr_array_index (ib, j)));
    }
}

static inline void
compare_nodes (GListModel *a,
               GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(PlenaryOutlineNode) na = g_list_model_get_item (a, i);
      g_autoptr(PlenaryOutlineNode) nb = g_list_model_get_item (b, i);

      g_assert_cmpstr (plenary_outline_node_get_id (na), ==, plenary_outline_node_get_id (nb));
      g_assert_cmpint (plenary_outline_node_get_kind (na), ==, plenary_outline_node_get_kind (nb));
      g_assert_cmpstr (plenary_outline_node_get_number (na), ==, plenary_outline_node_get_number (nb));
      g_assert_cmpuint (plenary_outline_node_get_position (na), ==, plenary_outline_node_get_position (nb));
      compare_text_props (na, nb, "title-zh", "title-en");
      compare_paragraph_lists (plenary_outline_node_get_paragraphs (na),
                               plenary_outline_node_get_paragraphs (nb));
      compare_nodes (plenary_outline_node_get_children (na), plenary_outline_node_get_children (nb));
    }
}

static inline void
compare_indicator (PlenaryIndicator *a,
                   PlenaryIndicator *b)
{
  g_assert_cmpstr (plenary_indicator_get_id (a), ==, plenary_indicator_get_id (b));
  compare_text_props (a, b, "label-zh", "label-en");
  /* Exactly equal: the writer must not lose a bit of a value. */
  g_assert_true (plenary_indicator_get_value (a) == plenary_indicator_get_value (b));
  g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (a)), ==,
                   plenary_unit_get_id (plenary_indicator_get_unit (b)));
  g_assert_cmpint (plenary_indicator_get_qualifier (a), ==, plenary_indicator_get_qualifier (b));
  g_assert_cmpstr (plenary_indicator_get_period (a), ==, plenary_indicator_get_period (b));
  g_assert_cmpint (plenary_indicator_get_kind (a), ==, plenary_indicator_get_kind (b));
  g_assert_cmpint (plenary_indicator_get_measure (a), ==, plenary_indicator_get_measure (b));
  g_assert_cmpstr (plenary_indicator_get_category (a), ==, plenary_indicator_get_category (b));
  g_assert_cmpstr (plenary_paragraph_get_id (plenary_indicator_get_paragraph (a)), ==,
                   plenary_paragraph_get_id (plenary_indicator_get_paragraph (b)));
  g_assert_cmpstr (plenary_indicator_get_quote (a), ==, plenary_indicator_get_quote (b));
  g_assert_cmpuint (plenary_indicator_get_quote_offset (a), ==, plenary_indicator_get_quote_offset (b));
  g_assert_cmpstr (plenary_indicator_get_quote_en (a), ==, plenary_indicator_get_quote_en (b));
  g_assert_cmpuint (plenary_indicator_get_quote_offset_for (a, PLENARY_LANGUAGE_EN), ==,
                    plenary_indicator_get_quote_offset_for (b, PLENARY_LANGUAGE_EN));
  g_assert_cmpint (plenary_indicator_get_number_scale (a), ==, plenary_indicator_get_number_scale (b));
  g_assert_cmpint (plenary_indicator_get_reviewed (a), ==, plenary_indicator_get_reviewed (b));
}

static inline void
compare_label_arrays (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static inline void
compare_chart (PlenaryChartSpec *a,
               PlenaryChartSpec *b)
{
  GPtrArray *ia = plenary_chart_spec_get_indicators (a);
  GPtrArray *ib = plenary_chart_spec_get_indicators (b);

  g_assert_cmpstr (plenary_chart_spec_get_id (a), ==, plenary_chart_spec_get_id (b));
  g_assert_cmpint (plenary_chart_spec_get_chart_type (a), ==, plenary_chart_spec_get_chart_type (b));
  compare_text_props (a, b, "title-zh", "title-en");
  g_assert_cmpstr (plenary_outline_node_get_id (plenary_chart_spec_get_section (a)), ==,
                   plenary_outline_node_get_id (plenary_chart_spec_get_section (b)));
  g_assert_cmpuint (ia->len, ==, ib->len);
  for (guint i = 0; i < ia->len; i++)
    g_assert_cmpstr (plenary_indicator_get_id (g_ptr_array_index (ia, i)), ==,
                     plenary_indicator_get_id (g_ptr_array_index (ib, i)));
  compare_label_arrays (plenary_chart_spec_get_series_labels (a), plenary_chart_spec_get_series_labels (b));
  compare_label_arrays (plenary_chart_spec_get_row_labels (a), plenary_chart_spec_get_row_labels (b));
  g_assert_cmpstr (plenary_chart_spec_get_counts (a, PLENARY_LANGUAGE_ZH), ==,
                   plenary_chart_spec_get_counts (b, PLENARY_LANGUAGE_ZH));
  g_assert_cmpstr (plenary_chart_spec_get_counts (a, PLENARY_LANGUAGE_EN), ==,
                   plenary_chart_spec_get_counts (b, PLENARY_LANGUAGE_EN));
}

static inline void
compare_investment (PlenaryInvestmentPlan *a,
                    PlenaryInvestmentPlan *b)
{
  GListModel *ca, *cb;

  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpuint (plenary_investment_plan_get_year (a), ==, plenary_investment_plan_get_year (b));
  g_assert_cmpuint (plenary_investment_plan_get_projects (a), ==, plenary_investment_plan_get_projects (b));
  g_assert_true (plenary_investment_plan_get_amount (a) == plenary_investment_plan_get_amount (b));
  g_assert_cmpstr (plenary_unit_get_id (plenary_investment_plan_get_unit (a)), ==,
                   plenary_unit_get_id (plenary_investment_plan_get_unit (b)));
  g_assert_cmpstr (plenary_paragraph_get_id (plenary_investment_plan_get_paragraph (a)), ==,
                   plenary_paragraph_get_id (plenary_investment_plan_get_paragraph (b)));
  g_assert_cmpstr (plenary_investment_plan_get_quote (a), ==, plenary_investment_plan_get_quote (b));
  g_assert_true ((plenary_investment_plan_get_growth_target (a) == NULL) ==
                 (plenary_investment_plan_get_growth_target (b) == NULL));
  if (plenary_investment_plan_get_growth_target (a) != NULL)
    g_assert_cmpstr (plenary_indicator_get_id (plenary_investment_plan_get_growth_target (a)), ==,
                     plenary_indicator_get_id (plenary_investment_plan_get_growth_target (b)));
  g_assert_cmpuint (plenary_investment_plan_get_previous_year (a), ==,
                    plenary_investment_plan_get_previous_year (b));
  g_assert_true (plenary_investment_plan_get_previous_completed (a) ==
                 plenary_investment_plan_get_previous_completed (b));
  g_assert_true (plenary_investment_plan_get_previous_share_of_plan (a) ==
                 plenary_investment_plan_get_previous_share_of_plan (b));
  g_assert_cmpstr (plenary_investment_plan_get_previous_quote (a), ==,
                   plenary_investment_plan_get_previous_quote (b));

  ca = plenary_investment_plan_get_categories (a);
  cb = plenary_investment_plan_get_categories (b);
  g_assert_cmpuint (g_list_model_get_n_items (ca), ==, g_list_model_get_n_items (cb));
  for (guint i = 0; i < g_list_model_get_n_items (ca); i++)
    {
      g_autoptr(PlenaryInvestmentCategory) xa = g_list_model_get_item (ca, i);
      g_autoptr(PlenaryInvestmentCategory) xb = g_list_model_get_item (cb, i);

      g_assert_cmpstr (plenary_investment_category_get_id (xa), ==, plenary_investment_category_get_id (xb));
      compare_text_props (xa, xb, "label-zh", "label-en");
      g_assert_cmpuint (plenary_investment_category_get_projects (xa), ==,
                        plenary_investment_category_get_projects (xb));
      g_assert_true (plenary_investment_category_get_amount (xa) ==
                     plenary_investment_category_get_amount (xb));
      g_assert_cmpstr (plenary_investment_category_get_quote (xa), ==,
                       plenary_investment_category_get_quote (xb));
    }
}

/* Asserts that @a and @b hold the same report, field by field. */
static inline void
compare_reports (PlenaryReport *a,
                 PlenaryReport *b)
{
  GListModel *la, *lb;
  GPtrArray *pa, *pb;

  g_assert_cmpstr (plenary_report_get_id (a), ==, plenary_report_get_id (b));
  for (guint f = 0; f < PLENARY_REPORT_N_FIELDS; f++)
    for (guint lang = 0; lang < 2; lang++)
      g_assert_cmpstr (plenary_report_get_text_raw (a, f, lang), ==,
                       plenary_report_get_text_raw (b, f, lang));
  g_assert_cmpstr (plenary_report_get_date (a), ==, plenary_report_get_date (b));
  g_assert_cmpstr (plenary_report_get_language (a), ==, plenary_report_get_language (b));
  g_assert_cmpuint (plenary_report_get_review_year (a), ==, plenary_report_get_review_year (b));
  g_assert_cmpuint (plenary_report_get_plan_year (a), ==, plenary_report_get_plan_year (b));

  pa = plenary_report_get_units (a);
  pb = plenary_report_get_units (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      PlenaryUnit *ua = g_ptr_array_index (pa, i), *ub = g_ptr_array_index (pb, i);

      g_assert_cmpstr (plenary_unit_get_id (ua), ==, plenary_unit_get_id (ub));
      g_assert_cmpstr (plenary_unit_get_zh (ua), ==, plenary_unit_get_zh (ub));
      g_assert_cmpstr (plenary_unit_get_en (ua), ==, plenary_unit_get_en (ub));
      g_assert_cmpstr (plenary_unit_get_per (ua), ==, plenary_unit_get_per (ub));
      g_assert_cmpint (plenary_unit_get_kind (ua), ==, plenary_unit_get_kind (ub));
      g_assert_true (plenary_unit_get_scale (ua) == plenary_unit_get_scale (ub));
    }

  compare_paragraph_lists (plenary_report_get_preamble (a), plenary_report_get_preamble (b));
  compare_nodes (plenary_report_get_chapters (a), plenary_report_get_chapters (b));
  compare_paragraph_lists (plenary_report_get_closing (a), plenary_report_get_closing (b));
  g_assert_cmpuint (plenary_report_get_all_paragraphs (a)->len, ==,
                    plenary_report_get_all_paragraphs (b)->len);

  la = plenary_report_get_indicators (a);
  lb = plenary_report_get_indicators (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(PlenaryIndicator) ia = g_list_model_get_item (la, i);
      g_autoptr(PlenaryIndicator) ib = g_list_model_get_item (lb, i);

      compare_indicator (ia, ib);
      g_assert_true (plenary_report_find_indicator (a, plenary_indicator_get_id (ia)) == ia);
    }

  la = plenary_report_get_charts (a);
  lb = plenary_report_get_charts (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(PlenaryChartSpec) ca = g_list_model_get_item (la, i);
      g_autoptr(PlenaryChartSpec) cb = g_list_model_get_item (lb, i);

      compare_chart (ca, cb);
      g_assert_true (plenary_report_find_chart (a, plenary_chart_spec_get_id (ca)) == ca);
    }

  pa = plenary_report_get_headlines (a);
  pb = plenary_report_get_headlines (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      PlenaryHeadline *ha = g_ptr_array_index (pa, i), *hb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (plenary_indicator_get_id (ha->indicator), ==, plenary_indicator_get_id (hb->indicator));
      g_assert_cmpstr (ha->change ? plenary_indicator_get_id (ha->change) : NULL, ==,
                       hb->change ? plenary_indicator_get_id (hb->change) : NULL);
    }

  pa = plenary_report_get_errata (a);
  pb = plenary_report_get_errata (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      PlenaryErratum *ea = g_ptr_array_index (pa, i), *eb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (plenary_paragraph_get_id (ea->paragraph), ==, plenary_paragraph_get_id (eb->paragraph));
      g_assert_cmpstr (ea->original, ==, eb->original);
      g_assert_cmpstr (ea->corrected, ==, eb->corrected);
      g_assert_cmpstr (ea->reason, ==, eb->reason);
    }

  compare_investment (plenary_report_get_investment (a), plenary_report_get_investment (b));
}
