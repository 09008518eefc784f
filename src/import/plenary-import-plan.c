/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plenary-import-plan.h"

static const struct { const char *zh; const char *id; const char *en; } known_categories[] = {
  { "产业", "industry", "Industry" },
  { "基础设施", "infrastructure", "Infrastructure" },
  { "生态环保", "environment", "Eco-environment" },
  { "生态环境", "environment", "Eco-environment" },
  { "社会民生", "livelihood", "Social welfare" },
  { "民生", "livelihood", "Social welfare" },
  { "城市更新", "urban-renewal", "Urban renewal" },
  { "乡村振兴", "rural-revitalisation", "Rural revitalisation" },
  { "科技创新", "innovation", "Innovation" },
  { "现代服务业", "services", "Modern services" },
  { "先进制造业", "manufacturing", "Advanced manufacturing" },
  { "交通", "transport", "Transport" },
  { "能源", "energy", "Energy" },
  { "水利", "water", "Water conservancy" },
  { "新型基础设施", "new-infrastructure", "New infrastructure" },
};

static GRegex *
compile (GRegex     **slot,
         const char  *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

static double
fetch_number (GMatchInfo *match,
              int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);
  return g_ascii_strtod (text, NULL);
}

static void
add_category (ImpPlan    *plan,
              const char *label,
              guint       projects,
              double      amount,
              const char *quote)
{
  ImpCategory *category = g_new0 (ImpCategory, 1);
  g_autofree char *clean = g_strstrip (g_strdup (label));

  category->label_zh = g_strdup (clean);
  for (guint i = 0; i < G_N_ELEMENTS (known_categories); i++)
    if (g_str_equal (clean, known_categories[i].zh))
      {
        category->id = g_strdup (known_categories[i].id);
        category->label_en = g_strdup (known_categories[i].en);
      }
  for (guint i = 0; i < plan->categories->len; i++)
    if (category->id != NULL
        && g_str_equal (((ImpCategory *) g_ptr_array_index (plan->categories, i))->id, category->id))
      g_clear_pointer (&category->id, g_free);
  if (category->id == NULL)
    category->id = g_strdup_printf ("category-%u", plan->categories->len + 1);
  category->projects = projects;
  category->amount = amount;
  category->quote = g_strdup (quote);
  g_ptr_array_add (plan->categories, category);
}

/* 推进年度投资1023亿元的289个产业项目 / 产业项目198个、年度计划投资503亿元 */
static void
find_categories (ImpPlan    *plan,
                 const char *text)
{
  static GRegex *before_re, *after_re;
  GRegex *before = compile (&before_re,
                            "(?:推进|安排|实施|建设)?\\s*(?:年度计划投资|年度投资|计划投资|投资)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*亿元的\\s*([0-9]+)\\s*个([^，。；、0-9“”]{2,12}?)项目");
  GRegex *after = compile (&after_re,
                           "([^，。；、：0-9“”]{2,12}?)(?:类)?项目\\s*([0-9]+)\\s*个\\s*[，、,]?\\s*(?:年度计划投资|年度投资|计划投资|投资)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*亿元");
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (before, text, 0, &match))
    do
      {
        g_autofree char *quote = g_match_info_fetch (match, 0);
        g_autofree char *label = g_match_info_fetch (match, 3);
        if (fetch_number (match, 2) < 1e9 && fetch_number (match, 1) < 1e12)
          add_category (plan, label, (guint) fetch_number (match, 2), fetch_number (match, 1), quote);
      }
    while (g_match_info_next (match, NULL));
  g_clear_pointer (&match, g_match_info_unref);
  if (plan->categories->len > 0)
    return;

  if (g_regex_match (after, text, 0, &match))
    do
      {
        g_autofree char *quote = g_match_info_fetch (match, 0);
        g_autofree char *label = g_match_info_fetch (match, 1);
        const char *short_label = label;

        /* "其中产业项目…" and "，基础设施项目…": keep the category's name. */
        for (const char *lead = NULL; (lead = strstr (short_label, "其中")) != NULL; )
          short_label = lead + strlen ("其中");
        if (strstr (short_label, "重点") != NULL)
          continue;
        if (fetch_number (match, 2) < 1e9 && fetch_number (match, 3) < 1e12)
          add_category (plan, short_label, (guint) fetch_number (match, 2), fetch_number (match, 3), quote);
      }
    while (g_match_info_next (match, NULL));
}

static gboolean
find_total (ImpPlan      *plan,
            ImpParagraph *paragraph)
{
  static GRegex *count_first_re, *count_after_re;
  GRegex *count_first = compile (&count_first_re,
                                 "([0-9]+)\\s*个[^，。；0-9]{0,10}?重点(?:建设)?项目[^。；0-9]{0,20}?(?:年度计划投资|年度投资|计划投资|投资)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*亿元");
  GRegex *count_after = compile (&count_after_re,
                                 "重点(?:建设)?项目\\s*(?:安排|共|计|共计|合计)?\\s*([0-9]+)\\s*个[^。；0-9]{0,16}?(?:年度计划投资|年度投资|计划投资|投资)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*亿元");
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (count_first, paragraph->text, 0, &match))
    {
      g_clear_pointer (&match, g_match_info_unref);
      g_regex_match (count_after, paragraph->text, 0, &match);
    }
  if (g_match_info_matches (match) && fetch_number (match, 1) < 1e9 && fetch_number (match, 2) < 1e12)
    {
      plan->found = TRUE;
      plan->projects = (guint) fetch_number (match, 1);
      plan->amount = fetch_number (match, 2);
      plan->paragraph = paragraph;
      plan->quote = g_match_info_fetch (match, 0);
      return TRUE;
    }
  return FALSE;
}

static void
find_previous (ImpDocument  *doc,
               ImpParagraph *paragraph)
{
  static GRegex *done_re;
  GRegex *done = compile (&done_re,
                          "(?:[市省区县])?重点(?:建设)?项目[^。；]{0,40}?完成(?:年度)?投资\\s*([0-9]+(?:\\.[0-9]+)?)\\s*亿元\\s*[，,、]\\s*(?:完成|占|为)?年度计划的?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
  g_autoptr(GMatchInfo) match = NULL;

  if (doc->plan.has_previous || !g_regex_match (done, paragraph->text, 0, &match)
      || !(fetch_number (match, 1) < 1e12) || !(fetch_number (match, 2) < 1e6))
    return;
  doc->plan.has_previous = TRUE;
  doc->plan.previous_year = doc->review_year;
  doc->plan.previous_completed = fetch_number (match, 1);
  doc->plan.previous_share = fetch_number (match, 2);
  doc->plan.previous_paragraph = paragraph;
  doc->plan.previous_quote = g_match_info_fetch (match, 0);
}

static void
visit (ImpParagraph *paragraph,
       gpointer      user_data)
{
  ImpDocument *doc = user_data;

  if (paragraph->node == NULL)
    return;
  if (paragraph->node->is_plan)
    {
      if (!doc->plan.found && find_total (&doc->plan, paragraph))
        find_categories (&doc->plan, paragraph->text);
    }
  else
    find_previous (doc, paragraph);
}

static void
check_sums (ImpDocument *doc)
{
  ImpPlan *plan = &doc->plan;
  guint projects = 0;
  double amount = 0;

  for (guint i = 0; i < plan->categories->len; i++)
    {
      ImpCategory *category = g_ptr_array_index (plan->categories, i);
      projects += category->projects;
      amount += category->amount;
    }

  if (projects == plan->projects && fabs (amount - plan->amount) < 1e-6 * MAX (1.0, plan->amount))
    return;

  if (plan->categories->len == 0)
    g_ptr_array_add (plan->problems,
                     g_strdup (_("The text does not break the key projects down by category.")));
  else
    g_ptr_array_add (plan->problems,
                     g_strdup_printf (_("The key-project categories add up to %u projects and %g (100 million CNY), "
                                        "but the plan counts %u projects and %g."),
                                      projects, amount, plan->projects, plan->amount));
  if (projects <= plan->projects && amount <= plan->amount + 1e-9)
    {
      /* What the text does not itemise is shown as such, so that the
       * breakdown still adds up to the total the text states. */
      ImpCategory *rest = g_new0 (ImpCategory, 1);
      rest->id = g_strdup ("not-itemised");
      rest->label_zh = g_strdup ("未列明");
      rest->label_en = g_strdup ("Not itemised");
      rest->projects = plan->projects - projects;
      rest->amount = plan->amount - amount;
      rest->quote = g_strdup (plan->quote);
      g_ptr_array_add (plan->categories, rest);
    }
  else
    {
      g_ptr_array_add (plan->problems,
                       g_strdup (_("The categories exceed the total, so the key-project plan was left out.")));
      plan->found = FALSE;
    }
}

void
imp_plan_find (ImpDocument *doc)
{
  doc->plan.year = doc->plan_year;
  imp_document_foreach_paragraph (doc, visit, doc);
  if (!doc->plan.found)
    return;

  for (guint i = 0; i < doc->indicators->len; i++)
    {
      ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
      if (indicator->kind == IMP_KIND_TARGET && indicator->measure == IMP_MEASURE_GROWTH
          && g_strcmp0 (indicator->concept, "fixed-asset-investment") == 0
          && g_str_equal (indicator->period, indicator->period) && doc->plan.growth_target == NULL)
        doc->plan.growth_target = g_strdup (indicator->id);
    }

  /* The category's amount, as an indicator, for the investment charts. */
  for (guint c = 0; c < doc->plan.categories->len; c++)
    {
      ImpCategory *category = g_ptr_array_index (doc->plan.categories, c);
      for (guint i = 0; i < doc->indicators->len && category->amount_indicator == NULL; i++)
        {
          ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
          if (indicator->paragraph == doc->plan.paragraph && indicator->value == category->amount
              && g_str_equal (indicator->unit, "亿元"))
            category->amount_indicator = g_strdup (indicator->id);
        }
    }
  check_sums (doc);
}
