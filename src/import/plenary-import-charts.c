/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include "plenary-chart-spec.h"
#include "plenary-import-charts.h"

#define MAX_ROWS 12

static char *
title_of (ImpNode *node)
{
  g_autofree char *title = g_strdup (node->title);
  gsize length = strlen (title);

  if (g_str_has_suffix (title, "。"))
    title[length - strlen ("。")] = '\0';
  return g_steal_pointer (&title);
}

static ImpNode *
section_of (ImpIndicator *indicator)
{
  ImpNode *node = indicator->paragraph->node;

  while (node != NULL && node->kind == IMP_ITEM)
    node = node->parent;
  return node;
}

static gboolean
all_english (ImpDocument *doc,
             GPtrArray   *ids)
{
  for (guint i = 0; i < ids->len; i++)
    for (guint j = 0; j < doc->indicators->len; j++)
      {
        ImpIndicator *indicator = g_ptr_array_index (doc->indicators, j);
        if (g_str_equal (indicator->id, g_ptr_array_index (ids, i)) && indicator->label_en == NULL)
          return FALSE;
      }
  return TRUE;
}

static ImpChart *
add_chart (ImpDocument *doc,
           const char  *type,
           const char  *section,
           const char  *title_zh,
           const char  *title_en)
{
  g_autofree char *id = g_strdup_printf ("chart-%u", doc->charts->len + 1);
  ImpChart *chart = imp_chart_new (id, type, section);

  chart->title_zh = g_strdup (title_zh);
  chart->title_en = g_strdup (title_en);
  g_ptr_array_add (doc->charts, chart);
  return chart;
}

static ImpIndicator *
find_indicator (ImpDocument *doc,
                const char  *id)
{
  for (guint i = 0; i < doc->indicators->len; i++)
    {
      ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
      if (g_str_equal (indicator->id, id))
        return indicator;
    }
  return NULL;
}

/* A growth from a tiny base is not proposed beside ordinary rates: the
 * loader would refuse the chart, and rightly (see
 * plenary_chart_growth_is_outlier()). Its figure stays on its card. */
static void
drop_growth_outliers (ImpDocument *doc,
                      GPtrArray   *ids)
{
  gboolean dropped = TRUE;

  while (dropped && ids->len >= 2)
    {
      g_autofree double *rates = g_new (double, ids->len);

      dropped = FALSE;
      for (guint k = 0; k < ids->len; k++)
        rates[k] = find_indicator (doc, g_ptr_array_index (ids, k))->value;
      for (guint k = 0; k < ids->len && !dropped; k++)
        if (plenary_chart_growth_is_outlier (rates, ids->len, k, NULL))
          {
            g_ptr_array_remove_index (ids, k);
            dropped = TRUE;
          }
    }
}

/* The growth rates of one section, as bars (or diverging bars when some
 * fell). */
static void
growth_charts (ImpDocument *doc)
{
  for (guint i = 0; i < doc->indicators->len; )
    {
      ImpIndicator *first = g_ptr_array_index (doc->indicators, i);
      ImpNode *section = section_of (first);
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      gboolean negative = FALSE;
      guint j = i;

      for (; j < doc->indicators->len; j++)
        {
          ImpIndicator *indicator = g_ptr_array_index (doc->indicators, j);
          if (section_of (indicator) != section)
            break;
          if (indicator->measure == IMP_MEASURE_GROWTH && g_str_equal (indicator->unit, "%")
              && indicator->kind == first->kind && ids->len < MAX_ROWS
              && indicator->kind != IMP_KIND_BASELINE)
            {
              g_ptr_array_add (ids, indicator->id);
              negative |= indicator->value < 0;
            }
        }
      i = MAX (j, i + 1);
      drop_growth_outliers (doc, ids);
      if (section == NULL || ids->len < 3)
        continue;

      {
        g_autofree char *title = title_of (section);
        g_autofree char *zh = g_strdup_printf ("%s：增长率", title);
        ImpChart *chart = add_chart (doc, negative ? "diverging-bar" : "bar", section->id, zh,
                                     all_english (doc, ids) ? "Growth rates" : "");
        for (guint k = 0; k < ids->len; k++)
          g_ptr_array_add (chart->indicators, g_strdup (g_ptr_array_index (ids, k)));
      }
    }
}

/* The same concept as the review year's result and the plan year's goal. */
static void
actual_target_chart (ImpDocument *doc)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  ImpNode *plan_chapter = NULL;
  ImpMeasure measure = IMP_MEASURE_GROWTH;

  for (guint i = 0; i < doc->chapters->len && plan_chapter == NULL; i++)
    if (((ImpNode *) g_ptr_array_index (doc->chapters, i))->is_plan)
      plan_chapter = g_ptr_array_index (doc->chapters, i);
  if (plan_chapter == NULL)
    return;

  /* One chart shows one measure: the first pair found sets it (a growth
   * rate is never drawn beside a level such as an unemployment rate). */
  for (guint i = 0; i < doc->indicators->len && ids->len < 2 * 8; i++)
    {
      ImpIndicator *target = g_ptr_array_index (doc->indicators, i);
      if (target->kind != IMP_KIND_TARGET || target->concept == NULL || target->value < 0
          || (ids->len > 0 && target->measure != measure))
        continue;
      for (guint j = 0; j < doc->indicators->len; j++)
        {
          ImpIndicator *actual = g_ptr_array_index (doc->indicators, j);
          gboolean taken = FALSE;

          if (actual->kind != IMP_KIND_ACTUAL || g_strcmp0 (actual->concept, target->concept) != 0
              || actual->measure != target->measure || !g_str_equal (actual->unit, "%")
              || !g_str_equal (target->unit, "%") || actual->value < 0)
            continue;
          for (guint k = 0; k < ids->len; k += 2)
            taken |= g_str_equal (g_ptr_array_index (ids, k), actual->id);
          if (taken)
            continue;
          g_ptr_array_add (ids, actual->id);
          g_ptr_array_add (ids, target->id);
          measure = target->measure;
          break;
        }
    }
  if (ids->len < 2)
    return;

  {
    g_autofree char *zh = g_strdup_printf ("%u 年实际与 %u 年目标", doc->review_year, doc->plan_year);
    g_autofree char *en = g_strdup_printf ("%u actual and %u target", doc->review_year, doc->plan_year);
    ImpChart *chart = add_chart (doc, "grouped-bar", plan_chapter->id, zh,
                                 all_english (doc, ids) ? en : "");
    chart->has_series = TRUE;
    for (guint k = 0; k < ids->len; k++)
      g_ptr_array_add (chart->indicators, g_strdup (g_ptr_array_index (ids, k)));
  }
}

static void
investment_charts (ImpDocument *doc)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  ImpNode *node;

  if (!doc->plan.found)
    return;
  for (guint i = 0; i < doc->plan.categories->len; i++)
    {
      ImpCategory *category = g_ptr_array_index (doc->plan.categories, i);
      if (category->amount_indicator == NULL)
        return;
      g_ptr_array_add (ids, category->amount_indicator);
    }
  if (ids->len < 2 || ids->len > 8)
    return;

  node = doc->plan.paragraph->node;
  {
    g_autofree char *zh = g_strdup_printf ("%u 年重点项目年度投资构成", doc->plan_year);
    g_autofree char *en = g_strdup_printf ("Key projects' %u investment by category", doc->plan_year);
    ImpChart *share = add_chart (doc, "share", node->id, zh, en);
    ImpChart *bars = add_chart (doc, "bar", node->id, zh, en);
    for (guint k = 0; k < ids->len; k++)
      {
        g_ptr_array_add (share->indicators, g_strdup (g_ptr_array_index (ids, k)));
        g_ptr_array_add (bars->indicators, g_strdup (g_ptr_array_index (ids, k)));
      }
  }
}

static int
by_amount (gconstpointer a,
           gconstpointer b)
{
  const ImpIndicator *x = *(ImpIndicator **) a, *y = *(ImpIndicator **) b;
  double vx = x->value * (g_str_has_prefix (x->unit, "万亿") ? 10000 : 1);
  double vy = y->value * (g_str_has_prefix (y->unit, "万亿") ? 10000 : 1);
  return vx < vy ? 1 : vx > vy ? -1 : 0;
}

/* The largest amounts of the year looked back on, as big numbers. */
static void
big_numbers (ImpDocument *doc)
{
  g_autoptr(GPtrArray) money = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  ImpNode *first;

  for (guint i = 0; i < doc->indicators->len; i++)
    {
      ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
      if (indicator->kind == IMP_KIND_ACTUAL && indicator->measure == IMP_MEASURE_LEVEL
          && (g_str_equal (indicator->unit, "亿元") || g_str_equal (indicator->unit, "万亿元")))
        g_ptr_array_add (money, indicator);
    }
  if (money->len == 0)
    return;
  g_ptr_array_sort (money, by_amount);
  for (guint i = 0; i < money->len && ids->len < 4; i++)
    g_ptr_array_add (ids, ((ImpIndicator *) g_ptr_array_index (money, i))->id);

  first = g_ptr_array_index (doc->chapters, 0);
  {
    g_autofree char *zh = g_strdup_printf ("%u 年的大数", doc->review_year);
    g_autofree char *en = g_strdup_printf ("%u in big numbers", doc->review_year);
    ImpChart *chart = add_chart (doc, "big-number", first->id, zh, all_english (doc, ids) ? en : "");
    for (guint k = 0; k < ids->len; k++)
      g_ptr_array_add (chart->indicators, g_strdup (g_ptr_array_index (ids, k)));
  }
}

/* The genre's leading figures, in the order a reader looks for them. */
static const char * const headline_concepts[] = {
  "gdp", "general-budget-revenue", "fixed-asset-investment", "retail-sales", "foreign-trade-value",
  "industrial-value-added", "fdi-utilised", "new-urban-jobs", "new-jobs", "disposable-income",
  "urban-disposable-income", "cpi", "pm25", "good-air-days", NULL
};

static void
headlines (ImpDocument *doc)
{
  for (guint c = 0; headline_concepts[c] != NULL && doc->headlines->len < 8; c++)
    for (guint i = 0; i < doc->indicators->len; i++)
      {
        ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
        if (indicator->kind == IMP_KIND_ACTUAL && g_strcmp0 (indicator->concept, headline_concepts[c]) == 0
            && g_str_has_prefix (indicator->period, "2") && strlen (indicator->period) == 4)
          {
            g_ptr_array_add (doc->headlines, g_strdup (indicator->id));
            break;
          }
      }
  if (doc->headlines->len == 0 && doc->indicators->len > 0)
    g_ptr_array_add (doc->headlines, g_strdup (((ImpIndicator *) g_ptr_array_index (doc->indicators, 0))->id));
}

void
imp_charts_propose (ImpDocument *doc)
{
  growth_charts (doc);
  actual_target_chart (doc);
  investment_charts (doc);
  big_numbers (doc);
  headlines (doc);
}
