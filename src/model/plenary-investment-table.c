/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-table"

#include <string.h>

#include "plenary-content-strings.h"
#include "plenary-investment-table.h"
#include "plenary-number-format.h"

/* The investment plan as a table a spreadsheet can take: one header row,
 * one row a category, and a totals row.  Numbers are written plainly (no
 * thousands separators, a dot for decimals) so spreadsheets read them as
 * numbers in any locale; the unit is named in the header instead. */

static void
append_cell (GString            *out,
             const char         *text,
             PlenaryTableFormat  format,
             gboolean            first)
{
  if (!first)
    g_string_append_c (out, format == PLENARY_TABLE_CSV ? ',' : '\t');

  if (format == PLENARY_TABLE_CSV && strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else if (format == PLENARY_TABLE_TSV)
    {
      /* A tab or newline inside a cell would break the row apart. */
      for (const char *p = text; *p; p++)
        g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
    }
  else
    g_string_append (out, text);
}

static void
append_number (GString            *out,
               double              value,
               int                 decimals,
               PlenaryTableFormat  format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[8];

  g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
  append_cell (out, g_ascii_formatd (buf, sizeof buf, fmt, value), format, FALSE);
}

static void
append_row (GString            *out,
            const char         *label,
            guint               projects,
            double              amount,
            double              amount_share,
            double              project_share,
            double              average,
            PlenaryTableFormat  format)
{
  char projects_text[16];

  g_snprintf (projects_text, sizeof projects_text, "%u", projects);
  append_cell (out, label, format, TRUE);
  append_cell (out, projects_text, format, FALSE);
  append_number (out, amount, 2, format);
  append_number (out, amount_share, 1, format);
  append_number (out, project_share, 1, format);
  append_number (out, average, 2, format);
  g_string_append (out, "\r\n");
}

char *
plenary_investment_table_format (PlenaryInvestmentPlan *plan,
                                 PlenaryLanguage        language,
                                 PlenaryTableFormat     format)
{
  g_autofree char *unit = NULL;
  g_autofree char *amount_header = NULL;
  g_autofree char *average_header = NULL;
  GListModel *categories;
  GString *out;
  guint n;

  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PLAN (plan), NULL);

  unit = plenary_unit_dup_short_name (plenary_investment_plan_get_unit (plan), language);
  amount_header = plenary_content_format (language, PLENARY_CONTENT_TABLE_AMOUNT, unit, NULL);
  average_header = plenary_content_format (language, PLENARY_CONTENT_TABLE_AVERAGE, unit, NULL);

  out = g_string_new (NULL);
  append_cell (out, plenary_content_get (language, PLENARY_CONTENT_TABLE_CATEGORY), format, TRUE);
  append_cell (out, plenary_content_get (language, PLENARY_CONTENT_TABLE_PROJECTS), format, FALSE);
  append_cell (out, amount_header, format, FALSE);
  append_cell (out, plenary_content_get (language, PLENARY_CONTENT_TABLE_AMOUNT_SHARE), format, FALSE);
  append_cell (out, plenary_content_get (language, PLENARY_CONTENT_TABLE_PROJECT_SHARE), format, FALSE);
  append_cell (out, average_header, format, FALSE);
  g_string_append (out, "\r\n");

  categories = plenary_investment_plan_get_categories (plan);
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (categories, i);

      append_row (out, plenary_investment_category_get_label (c, language),
                  plenary_investment_category_get_projects (c),
                  plenary_investment_category_get_amount (c),
                  plenary_investment_category_get_amount_share (c),
                  plenary_investment_category_get_project_share (c),
                  plenary_investment_category_get_average (c),
                  format);
    }

  append_row (out, plenary_content_get (language, PLENARY_CONTENT_TOTAL),
              plenary_investment_plan_get_projects (plan),
              plenary_investment_plan_get_amount (plan),
              100.0, 100.0,
              plenary_investment_plan_get_projects (plan) > 0
                ? plenary_investment_plan_get_amount (plan) / plenary_investment_plan_get_projects (plan)
                : 0,
              format);

  return g_string_free (out, FALSE);
}
