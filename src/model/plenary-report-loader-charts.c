/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-report-loader-private.h"

/* The second half of the loader: the 2020 investment plan, whose
 * categories must add up to its totals, and the charts, whose every value
 * must be an indicator's, in the indicator's unit. */

static PlenaryInvestmentCategory *
read_category (Loader           *l,
               JsonObject       *object,
               PlenaryParagraph *paragraph)
{
  const char *id, *zh = NULL, *en = NULL, *quote;
  guint projects = 0;
  double amount = 0;

  id = plenary_loader_get_id (l, object);
  plenary_json_reader_get_text (l->reader, object, "label", TRUE, &zh, &en);
  plenary_json_reader_get_uint (l->reader, object, "projects", &projects);
  plenary_json_reader_get_number (l->reader, object, "amount", &amount);
  if (!FAILED (l) && amount < 0)
    {
      gsize mark = plenary_json_reader_push_key (l->reader, "amount");
      FAIL (l, VALUE, _("an amount must not be negative, found %g."), amount);
      plenary_json_reader_pop (l->reader, mark);
    }
  quote = plenary_loader_get_quote (l, object, paragraph, NULL);

  if (FAILED (l))
    return NULL;
  return plenary_investment_category_new (id, zh, en, projects, amount, paragraph, quote);
}

static void
read_previous_year (Loader                      *l,
                    JsonObject                  *investment,
                    PlenaryInvestmentPlanFields *f)
{
  JsonObject *previous = plenary_json_reader_get_object (l->reader, investment, "previous", FALSE);
  gsize mark;

  if (previous == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "previous");
  plenary_json_reader_get_uint (l->reader, previous, "year", &f->previous_year);
  plenary_json_reader_get_number (l->reader, previous, "completed", &f->previous_completed);
  plenary_json_reader_get_number (l->reader, previous, "share_of_plan", &f->previous_share_of_plan);
  f->previous_paragraph = plenary_loader_resolve_paragraph (l, previous, "paragraph");
  f->previous_quote = plenary_loader_get_quote (l, previous, f->previous_paragraph, NULL);
  plenary_json_reader_pop (l->reader, mark);
}

static void
check_category_sums (Loader                *l,
                     PlenaryInvestmentPlan *plan)
{
  guint projects = plenary_investment_plan_sum_projects (plan);
  double amount = plenary_investment_plan_sum_amount (plan);
  double total = plenary_investment_plan_get_amount (plan);

  if (projects != plenary_investment_plan_get_projects (plan))
    FAIL (l, INCONSISTENT, _("the categories add up to %u projects, but the plan counts %u."),
          projects, plenary_investment_plan_get_projects (plan));
  else if (fabs (amount - total) > 1e-6 * MAX (1.0, fabs (total)))
    FAIL (l, INCONSISTENT, _("the categories’ amounts add up to %g, but the plan’s amount is %g."),
          amount, total);
}

void
plenary_loader_read_investment (Loader     *l,
                                JsonObject *root)
{
  JsonObject *investment = plenary_json_reader_get_object (l->reader, root, "investment", FALSE);
  g_autoptr(PlenaryInvestmentPlan) plan = NULL;
  PlenaryInvestmentPlanFields f = { 0, };
  const char *unit_id, *growth_id;
  JsonArray *categories;
  gsize mark;

  if (investment == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "investment");
  plenary_json_reader_get_uint (l->reader, investment, "year", &f.year);
  plenary_json_reader_get_uint (l->reader, investment, "projects", &f.projects);
  plenary_json_reader_get_number (l->reader, investment, "amount", &f.amount);
  unit_id = plenary_json_reader_get_string (l->reader, investment, "unit", TRUE);
  f.unit = plenary_report_find_unit (l->report, unit_id);
  if (!FAILED (l) && f.unit == NULL)
    {
      gsize unit_mark = plenary_json_reader_push_key (l->reader, "unit");
      FAIL (l, REFERENCE, _("the unit “%s” is not in the report’s unit table."), Q (l, unit_id));
      plenary_json_reader_pop (l->reader, unit_mark);
    }
  f.paragraph = plenary_loader_resolve_paragraph (l, investment, "paragraph");
  f.quote = plenary_loader_get_quote (l, investment, f.paragraph, NULL);
  growth_id = plenary_json_reader_get_string (l->reader, investment, "growth_target", FALSE);
  if (!FAILED (l) && growth_id != NULL)
    f.growth_target = plenary_loader_resolve_indicator_at (l, "growth_target", growth_id);
  read_previous_year (l, investment, &f);
  categories = plenary_json_reader_get_array (l->reader, investment, "categories", TRUE);

  if (!FAILED (l))
    plan = plenary_investment_plan_new (&f);

  {
    gsize categories_mark = plenary_json_reader_push_key (l->reader, "categories");
    FOR_EACH_ELEMENT (l, categories, i, element, {
      JsonObject *object = plenary_json_reader_object (l->reader, element);
      g_autoptr(PlenaryInvestmentCategory) category = NULL;

      if (object != NULL)
        category = read_category (l, object, f.paragraph);
      if (category != NULL && plenary_investment_plan_find_category (plan, plenary_investment_category_get_id (category)))
        FAIL (l, DUPLICATE, _("the category id “%s” is used twice."),
              Q (l, plenary_investment_category_get_id (category)));
      else if (category != NULL)
        plenary_investment_plan_add_category (plan, category);
    })
    plenary_json_reader_pop (l->reader, categories_mark);
  }

  if (!FAILED (l))
    check_category_sums (l, plan);
  if (!FAILED (l))
    plenary_report_set_investment (l->report, plan);
  plenary_json_reader_pop (l->reader, mark);
}

static void
read_bilingual_list (Loader           *l,
                     JsonObject       *object,
                     const char       *key,
                     PlenaryChartSpec *chart,
                     void            (*add) (PlenaryChartSpec *, const char *, const char *))
{
  JsonArray *array = plenary_json_reader_get_array (l->reader, object, key, FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, key);

  FOR_EACH_ELEMENT (l, array, i, element, {
    JsonObject *text = plenary_json_reader_object (l->reader, element);
    const char *zh = plenary_json_reader_get_string (l->reader, text, "zh", TRUE);
    const char *en = plenary_json_reader_get_string (l->reader, text, "en", FALSE);

    if (!FAILED (l))
      add (chart, zh, en ? en : "");
  })
  plenary_json_reader_pop (l->reader, mark);
}

/* Rules a chart must follow so that it can be drawn honestly. */
static void
check_chart_values (Loader           *l,
                    PlenaryChartSpec *chart,
                    const char       *type_name)
{
  PlenaryChartType type = plenary_chart_spec_get_chart_type (chart);
  GPtrArray *indicators = plenary_chart_spec_get_indicators (chart);
  guint n_series = plenary_chart_spec_get_n_series (chart);
  guint n_rows = plenary_chart_spec_get_n_rows (chart);
  PlenaryUnit *unit = NULL;
  gboolean any_negative = FALSE;

  if (indicators->len == 0)
    FAIL (l, CHART, _("a chart needs at least one indicator."));
  else if (indicators->len % n_series != 0)
    FAIL (l, CHART, _("a %s chart takes its indicators in pairs, but this one lists %u."),
          type_name, indicators->len);

  for (guint i = 0; i < indicators->len && !FAILED (l); i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
      double value = plenary_indicator_get_value (indicator);
      gsize mark;

      any_negative |= value < 0;
      if (type == PLENARY_CHART_BIG_NUMBER)
        continue;

      mark = plenary_json_reader_push_index (l->reader, i);
      if (unit == NULL)
        unit = plenary_indicator_get_unit (indicator);
      else if (unit != plenary_indicator_get_unit (indicator))
        FAIL (l, CHART, _("“%s” is in %s but the chart’s first value is in %s; one chart shows one unit."),
              Q (l, plenary_indicator_get_id (indicator)),
              Q (l, plenary_unit_get_id (plenary_indicator_get_unit (indicator))),
              Q (l, plenary_unit_get_id (unit)));
      if (!FAILED (l) && (type == PLENARY_CHART_BAR || type == PLENARY_CHART_SHARE ||
                          type == PLENARY_CHART_RAMP) && value < 0)
        FAIL (l, CHART, _("“%s” is negative, which a %s chart cannot show; use a diverging-bar "
              "chart for values that fall."), Q (l, plenary_indicator_get_id (indicator)), type_name);
      else if (!FAILED (l) && type == PLENARY_CHART_RAMP && value == 0)
        FAIL (l, CHART, _("“%s” is zero, which a ramp cannot start from."),
              Q (l, plenary_indicator_get_id (indicator)));
      plenary_json_reader_pop (l->reader, mark);
    }

  if (!FAILED (l) && type == PLENARY_CHART_DIVERGING_BAR && !any_negative)
    FAIL (l, CHART, _("a diverging-bar chart needs at least one value below zero."));
  else if (!FAILED (l) && type == PLENARY_CHART_SHARE && (n_rows < 2 || n_rows > 8))
    FAIL (l, CHART, _("a share chart shows 2 to 8 parts, not %u."), n_rows);
  else if (!FAILED (l) && type == PLENARY_CHART_BIG_NUMBER && n_rows > 4)
    FAIL (l, CHART, _("a big-number chart shows 1 to 4 numbers, not %u."), n_rows);
  else if (!FAILED (l) && n_rows > 12)
    FAIL (l, CHART, _("a chart shows at most 12 rows, not %u."), n_rows);
}

static void
check_chart (Loader           *l,
             PlenaryChartSpec *chart,
             JsonObject       *object)
{
  const char *type_name = json_object_get_string_member (object, "type");
  guint n_series = plenary_chart_type_series_count (plenary_chart_spec_get_chart_type (chart));
  guint n_rows = plenary_chart_spec_get_n_rows (chart);
  JsonArray *labels;
  gsize mark;

  mark = plenary_json_reader_push_key (l->reader, "indicators");
  check_chart_values (l, chart, type_name);
  plenary_json_reader_pop (l->reader, mark);

  labels = json_object_has_member (object, "series") ?
           json_object_get_array_member (object, "series") : NULL;
  if (!FAILED (l) && n_series > 1 && labels == NULL)
    FAIL (l, CHART, _("a %s chart needs a “series” list of %u labels, one for each value in a row."),
          type_name, n_series);
  else if (!FAILED (l) && n_series > 1 && json_array_get_length (labels) != n_series)
    {
      mark = plenary_json_reader_push_key (l->reader, "series");
      FAIL (l, CHART, _("a %s chart needs %u series labels, one for each value in a row, not %u."),
            type_name, n_series, json_array_get_length (labels));
      plenary_json_reader_pop (l->reader, mark);
    }

  labels = json_object_has_member (object, "rows") ?
           json_object_get_array_member (object, "rows") : NULL;
  if (!FAILED (l) && labels != NULL && json_array_get_length (labels) != n_rows)
    {
      mark = plenary_json_reader_push_key (l->reader, "rows");
      FAIL (l, CHART, _("there are %u row labels for %u rows of values."),
            json_array_get_length (labels), n_rows);
      plenary_json_reader_pop (l->reader, mark);
    }
}

static void
read_chart (Loader     *l,
            JsonObject *object)
{
  g_autoptr(PlenaryChartSpec) chart = NULL;
  PlenaryChartType type = PLENARY_CHART_BAR;
  const char *id, *zh = NULL, *en = NULL, *section_id;
  PlenaryOutlineNode *section;
  JsonArray *indicators;
  gsize mark;

  id = plenary_loader_get_id (l, object);
  plenary_loader_parse_enum (l, object, "type", TRUE, (gpointer)plenary_chart_type_parse, &type,
                             "bar, grouped-bar, diverging-bar, share, ramp, big-number");
  plenary_json_reader_get_text (l->reader, object, "title", TRUE, &zh, &en);
  section_id = plenary_json_reader_get_string (l->reader, object, "section", TRUE);
  section = plenary_report_find_node (l->report, section_id);
  if (!FAILED (l) && section == NULL)
    {
      mark = plenary_json_reader_push_key (l->reader, "section");
      FAIL (l, REFERENCE, _("there is no chapter, section or item with the id “%s”."),
            Q (l, section_id));
      plenary_json_reader_pop (l->reader, mark);
    }
  indicators = plenary_json_reader_get_array (l->reader, object, "indicators", TRUE);
  if (FAILED (l))
    return;

  chart = plenary_chart_spec_new (id, type, zh, en, section);

  mark = plenary_json_reader_push_key (l->reader, "indicators");
  for (guint i = 0; i < json_array_get_length (indicators) && !FAILED (l); i++)
    {
      const char *indicator_id = plenary_json_reader_string_at (l->reader, indicators, i);
      gsize element_mark = plenary_json_reader_push_index (l->reader, i);
      PlenaryIndicator *indicator = FAILED (l) ? NULL : plenary_loader_resolve_indicator_at (l, NULL, indicator_id);

      if (indicator != NULL)
        plenary_chart_spec_add_indicator (chart, indicator);
      plenary_json_reader_pop (l->reader, element_mark);
    }
  plenary_json_reader_pop (l->reader, mark);

  read_bilingual_list (l, object, "series", chart, plenary_chart_spec_add_series);
  read_bilingual_list (l, object, "rows", chart, plenary_chart_spec_add_row_label);

  if (!FAILED (l))
    check_chart (l, chart, object);
  if (!FAILED (l) && !plenary_report_add_chart (l->report, chart))
    FAIL (l, DUPLICATE, _("the chart id “%s” is used twice."), Q (l, id));
}

void
plenary_loader_read_charts (Loader     *l,
                            JsonObject *root)
{
  JsonArray *charts = plenary_json_reader_get_array (l->reader, root, "charts", FALSE);
  gsize mark = plenary_json_reader_push_key (l->reader, "charts");

  FOR_EACH_ELEMENT (l, charts, i, element, {
    JsonObject *object = plenary_json_reader_object (l->reader, element);
    if (object != NULL)
      read_chart (l, object);
  })
  plenary_json_reader_pop (l->reader, mark);
}
