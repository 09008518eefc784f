/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-table"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-import-lexicon.h"
#include "plenary-import-numbers.h"
#include "plenary-import-table.h"
#include "plenary-import-units.h"

typedef enum {
  COLUMN_OTHER,
  COLUMN_NAME,
  COLUMN_UNIT,
  COLUMN_VALUE,
} ColumnRole;

typedef struct {
  ColumnRole role;
  char      *period;
  ImpKind    kind;
  gboolean   growth;   /* 增长%, 增速: the growth of the column before */
} Column;

struct _ImpTable {
  GArray  *columns;    /* Column; empty outside a table */
};

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->period);
}

ImpTable *
imp_table_new (void)
{
  ImpTable *table = g_new0 (ImpTable, 1);

  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, column_clear);
  return table;
}

void
imp_table_free (ImpTable *table)
{
  g_array_unref (table->columns);
  g_free (table);
}

static gboolean
contains_any (const char         *text,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Cells apart by tabs (a web page's or a PDF's table) keep the empty
 * ones; otherwise any run of white space parts them. */
GStrv
imp_table_row_cells (const char *text)
{
  static const char * const sentence_marks[] = { "。", "，", "；", "！", "？", "、", NULL };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean tabs = strchr (text, '\t') != NULL;
  const char *p = imp_skip_spaces (text);
  guint filled = 0;

  if (strlen (text) > 240 || contains_any (text, sentence_marks))
    return NULL;
  while (*p)
    {
      const char *start = p, *end;

      while (*p && (tabs ? *p != '\t' : !imp_is_space_at (p)))
        p = g_utf8_next_char (p);
      end = imp_back_spaces (start, p);
      start = imp_skip_spaces (start);
      if (end < start)
        end = start;
      if (g_utf8_strlen (start, end - start) > 20)
        return NULL;
      g_ptr_array_add (cells, g_strndup (start, end - start));
      filled += end > start;
      p = tabs ? (*p ? p + 1 : p) : imp_skip_spaces (p);
    }
  while (cells->len > 0 && *(char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
    g_ptr_array_remove_index (cells, cells->len - 1);
  if (filled < 3)
    return NULL;
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&cells), FALSE);
}

gboolean
imp_table_is_caption (const char *text)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^(?:附\\s*)?表\\s*[0-9一二三四五六七八九十]*(?:[-—．.][0-9]+)?(?:\\s|[：:]|$)",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return g_utf8_strlen (text, -1) <= 40 && g_regex_match (regex, text, 0, NULL);
}

static const char * const target_words[] = { "目标", "计划", "预期", "力争", NULL };
static const char * const actual_words[] = { "完成", "实际", "预计", "执行", "实绩", NULL };
static const char * const growth_words[] = { "增长", "增速", "增幅", "比上年", "同比", NULL };

/* What a header cell says of its column's figures: the year (2019年完成),
 * or the review or plan year from the words (上年完成, 本年目标). */
static gboolean
read_value_column (ImpDocument *doc,
                   const char  *cell,
                   Column      *column)
{
  static GRegex *year_re;
  g_autoptr(GMatchInfo) match = NULL;
  gboolean target = contains_any (cell, target_words) && strstr (cell, "完成") == NULL;
  gboolean actual = contains_any (cell, actual_words);
  guint year = 0;
  char *months = NULL;

  if (g_once_init_enter (&year_re))
    g_once_init_leave (&year_re, g_regex_new ("((?:19|20)[0-9]{2})\\s*年?", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (year_re, cell, 0, &match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      year = (guint) atoi (y);
    }
  else if (strstr (cell, "上年") != NULL || strstr (cell, "去年") != NULL)
    year = doc->review_year;
  else if (target || strstr (cell, "本年") != NULL || strstr (cell, "今年") != NULL)
    year = target ? doc->plan_year : doc->review_year;
  else if (actual)
    year = doc->review_year;
  if (year == 0)
    return FALSE;

  if (!target && !actual)
    target = year == doc->plan_year && doc->plan_year != doc->review_year;
  column->role = COLUMN_VALUE;
  column->kind = target ? IMP_KIND_TARGET : IMP_KIND_ACTUAL;
  if (imp_period_in_sentence (doc, cell, cell + strlen (cell), year, &months) != NULL
      && g_str_has_prefix (months, "2") && strlen (months) > 4)
    column->period = months;
  else
    {
      g_free (months);
      column->period = g_strdup_printf ("%u", year);
    }
  return TRUE;
}

static gboolean
named_column (GArray *columns)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_array_index (columns, Column, i).role == COLUMN_NAME)
      return TRUE;
  return FALSE;
}

static gboolean
read_header (ImpTable    *table,
             ImpDocument *doc,
             GStrv        cells)
{
  static const char * const name_words[] = { "指标", "项目", "名称", "内容", NULL };
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));
  guint values = 0;
  gboolean named = FALSE;

  g_array_set_clear_func (columns, column_clear);
  for (guint i = 0; cells[i] != NULL; i++)
    {
      Column column = { COLUMN_OTHER, NULL, IMP_KIND_ACTUAL, FALSE };
      const char *cell = cells[i];
      double value;

      if (imp_is_digit_at (cell) && *imp_read_number (cell, &value) == '\0')
        return FALSE;   /* a figure: a row, not a header */
      if (strstr (cell, "序号") != NULL || g_str_equal (cell, "序"))
        ;
      else if (contains_any (cell, name_words) && values == 0 && !named_column (columns))
        {
          column.role = COLUMN_NAME;
          named = TRUE;
        }
      else if (strstr (cell, "单位") != NULL)
        {
          column.role = COLUMN_UNIT;
          named = TRUE;
        }
      else if (read_value_column (doc, cell, &column))
        values++;
      else if (contains_any (cell, growth_words) && values > 0)
        {
          const Column *before = &g_array_index (columns, Column, columns->len - 1);

          column.role = COLUMN_VALUE;
          column.growth = TRUE;
          column.kind = before->kind;
          column.period = g_strdup (before->period);
        }
      else if (i == 0)
        column.role = COLUMN_NAME;
      g_array_append_val (columns, column);
    }
  if (!named || values == 0 || !named_column (columns))
    return FALSE;
  g_array_set_size (table->columns, 0);
  for (guint i = 0; i < columns->len; i++)
    {
      Column *column = &g_array_index (columns, Column, i);
      g_array_append_val (table->columns, *column);
      column->period = NULL;
    }
  return TRUE;
}

/* A unit written alone: 亿元, %, （万人）. */
static char *
read_unit_cell (const char *cell)
{
  g_autofree char *bare = g_strdup (cell);
  g_autofree char *id = NULL;
  gboolean more = FALSE, times = FALSE;
  gsize n;

  if (g_str_has_prefix (bare, "（") || g_str_has_prefix (bare, "("))
    {
      memmove (bare, bare + (*bare == '(' ? 1 : strlen ("（")), strlen (bare) - (*bare == '(' ? 1 : strlen ("（")) + 1);
      if (g_str_has_suffix (bare, "）"))
        bare[strlen (bare) - strlen ("）")] = '\0';
      else if (g_str_has_suffix (bare, ")"))
        bare[strlen (bare) - 1] = '\0';
    }
  if (g_str_equal (bare, "%") || g_str_equal (bare, "％"))
    return g_strdup ("%");
  n = imp_unit_read (bare, &id, &more, &times);
  if (n == 0 || bare[n] != '\0' || times)
    return NULL;
  return g_steal_pointer (&id);
}

/* A name with its unit after it: 地区生产总值（亿元）. */
static char *
split_name_unit (char *name)
{
  char *open = strstr (name, "（");

  if (open == NULL)
    open = strchr (name, '(');
  if (open != NULL && open > name)
    {
      char *unit = read_unit_cell (open);
      if (unit != NULL)
        {
          *open = '\0';
          return unit;
        }
    }
  return NULL;
}

/* A cell's figure: 186.7, 7.5左右, 4000以上, -3, 152.3亿元. */
static gboolean
read_value_cell (const char    *cell,
                 double        *value,
                 char         **unit,
                 ImpQualifier  *qualifier)
{
  static const struct { const char *word; ImpQualifier q; } before[] = {
    { "约", IMP_QUALIFIER_ABOUT }, { "超过", IMP_QUALIFIER_MORE_THAN }, { ">", IMP_QUALIFIER_MORE_THAN },
    { "＞", IMP_QUALIFIER_MORE_THAN }, { "≥", IMP_QUALIFIER_AT_LEAST }, { "≤", IMP_QUALIFIER_AT_MOST },
    { "<", IMP_QUALIFIER_AT_MOST }, { "＜", IMP_QUALIFIER_AT_MOST },
  };
  static const struct { const char *word; ImpQualifier q; } after[] = {
    { "左右", IMP_QUALIFIER_ABOUT }, { "以上", IMP_QUALIFIER_AT_LEAST }, { "以内", IMP_QUALIFIER_AT_MOST },
    { "以下", IMP_QUALIFIER_AT_MOST },
  };
  const char *p = cell;
  gboolean negative = FALSE;

  *qualifier = IMP_QUALIFIER_NONE;
  *unit = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    if (g_str_has_prefix (p, before[i].word))
      {
        *qualifier = before[i].q;
        p += strlen (before[i].word);
        break;
      }
  if (*p == '-' || g_str_has_prefix (p, "－") || g_str_has_prefix (p, "下降"))
    {
      negative = TRUE;
      p += *p == '-' ? 1 : strlen ("－");
    }
  if (!imp_is_digit_at (p))
    return FALSE;
  p = imp_read_number (p, value);
  if (negative)
    *value = -*value;
  if (*p != '\0' && !g_str_has_prefix (p, "左右") && !g_str_has_prefix (p, "以"))
    {
      gboolean more = FALSE, times = FALSE;
      gsize n;

      if (*p == '%' || g_str_has_prefix (p, "％"))
        {
          *unit = g_strdup ("%");
          n = *p == '%' ? 1 : strlen ("％");
        }
      else
        n = imp_unit_read (p, unit, &more, &times);
      if (n == 0 || times)
        {
          g_clear_pointer (unit, g_free);
          return FALSE;
        }
      p += n;
    }
  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    if (g_str_equal (p, after[i].word))
      {
        *qualifier = after[i].q;
        p += strlen (after[i].word);
        break;
      }
  if (*p != '\0')
    g_clear_pointer (unit, g_free);
  return *p == '\0';
}

static void
add_indicator (ImpDocument  *doc,
               ImpParagraph *paragraph,
               const Column *column,
               const char   *name,
               double        value,
               const char   *unit,
               ImpQualifier  qualifier,
               GPtrArray    *out)
{
  ImpIndicator *indicator = g_new0 (ImpIndicator, 1);

  indicator->value = value;
  indicator->unit = g_strdup (unit);
  indicator->qualifier = qualifier;
  indicator->kind = column->kind;
  indicator->period = g_strdup (column->period);
  if (g_str_equal (unit, "百分点"))
    indicator->measure = IMP_MEASURE_CHANGE;
  else if (g_str_equal (unit, "%"))
    indicator->measure = column->growth || contains_any (name, growth_words) ? IMP_MEASURE_GROWTH
                         : IMP_MEASURE_SHARE;
  else
    indicator->measure = IMP_MEASURE_LEVEL;
  imp_indicator_set_label (indicator, name, paragraph->node);
  indicator->paragraph = paragraph;
  indicator->quote_offset = 0;
  indicator->quote = g_strdup (paragraph->text);
  indicator->id = imp_indicator_make_id (doc, indicator);
  g_ptr_array_add (out, indicator);
}

/* A row under the header: its name, its unit and a figure per value
 * column.  A name broken by a space takes the cells the header has no
 * room for. */
static void
read_row (ImpTable     *table,
          ImpDocument  *doc,
          ImpParagraph *paragraph,
          GStrv         cells,
          GPtrArray    *out)
{
  guint n = g_strv_length (cells), n_columns = table->columns->len, extra, c, name_at = 0;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *unit = NULL;
  g_autofree char *name_unit = NULL;
  double value;

  if (n < n_columns)
    return;
  extra = n - n_columns;
  while (g_array_index (table->columns, Column, name_at).role != COLUMN_NAME)
    name_at++;
  for (guint i = name_at; i <= name_at + extra; i++)
    {
      if (imp_is_digit_at (cells[i]) && *imp_read_number (cells[i], &value) == '\0')
        return;
      g_string_append (name, cells[i]);
    }
  name_unit = split_name_unit (name->str);
  g_string_set_size (name, strlen (name->str));
  {
    /* 其中： before the name. */
    g_autofree char *bare = imp_strip_words (name->str, (const char * const[]) { "其中：", "其中", NULL }, NULL);
    g_string_assign (name, bare);
  }
  if (name->len == 0)
    return;

  for (c = name_at + 1; c < n_columns; c++)
    if (g_array_index (table->columns, Column, c).role == COLUMN_UNIT)
      {
        g_free (unit);
        unit = read_unit_cell (cells[c + extra]);
      }
  for (c = name_at + 1; c < n_columns; c++)
    {
      const Column *column = &g_array_index (table->columns, Column, c);
      g_autofree char *cell_unit = NULL;
      const char *use;
      ImpQualifier qualifier;

      if (column->role != COLUMN_VALUE || !read_value_cell (cells[c + extra], &value, &cell_unit, &qualifier))
        continue;
      use = cell_unit != NULL ? cell_unit : column->growth ? "%" : unit != NULL ? unit : name_unit;
      if (use == NULL)
        continue;
      add_indicator (doc, paragraph, column, name->str, value, use, qualifier, out);
    }
}

gboolean
imp_table_scan (ImpTable     *table,
                ImpDocument  *doc,
                ImpParagraph *paragraph,
                GPtrArray    *out)
{
  g_auto(GStrv) cells = imp_table_row_cells (paragraph->text);

  if (cells == NULL)
    {
      /* A header cell wrapped onto a line of its own (2020年 / 目标). */
      if (table->columns->len > 0 && g_utf8_strlen (paragraph->text, -1) <= 6
          && strpbrk (paragraph->text, "0123456789") == NULL && !imp_table_is_caption (paragraph->text))
        return TRUE;
      g_array_set_size (table->columns, 0);
      return FALSE;
    }
  if (read_header (table, doc, cells))
    return TRUE;
  if (table->columns->len == 0)
    return FALSE;
  read_row (table, doc, paragraph, cells, out);
  return TRUE;
}
