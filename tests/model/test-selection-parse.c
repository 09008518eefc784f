/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "plenary-selection-parse.h"

/* "Add Indicator" from a selection: the value, the unit and what kind of
 * figure the words around the number make it. */

typedef struct
{
  const char *text;
  double      value;
  const char *unit_text;
  const char *measure;
  const char *unit_id;   /* matched in the table below; NULL: none */
} Case;

static const Case cases[] = {
  { "增长 6.8%", 6.8, "%", "growth", "%" },
  { "地区生产总值增长 6.8%", 6.8, "%", "growth", "%" },
  { "3311 亿元", 3311, "亿元", NULL, "亿元" },
  { "下降6.1%", -6.1, "%", "growth", "%" },
  { "下降 6.1%", -6.1, "%", "growth", "%" },
  { "33.73 万人", 33.73, "万人", NULL, "万人" },
  { "常住人口 1530.59万人，", 1530.59, "万人", NULL, "万人" },
  { "减少2.5个百分点", -2.5, "个百分点", "growth", "百分点" },
  { "占比 62.3%", 62.3, "%", "share", "%" },
  { "23,628.6亿元", 23628.6, "亿元", NULL, "亿元" },
  { "２．５％", 2.5, "%", NULL, "%" },
  { "-0.3%", -0.3, "%", NULL, "%" },
  { "引进 12 家", 12, "家", NULL, "家" },
  { "11.5万人次增长", 11.5, "万人次增长", NULL, "万人次" },
  { "PM2.5 年均浓度 30 微克/立方米", 30, "微克/立方米", NULL, NULL },
  { "5G基站 6.5万座", 6.5, "万座", NULL, NULL },
  { "7个", 7, "个", NULL, "个" },
};

static GPtrArray *
unit_table (void)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (units, plenary_unit_new ("%", "%", "%", PLENARY_UNIT_KIND_PERCENT, 1, NULL));
  g_ptr_array_add (units, plenary_unit_new ("百分点", "个百分点", "percentage points", PLENARY_UNIT_KIND_POINTS, 1, NULL));
  g_ptr_array_add (units, plenary_unit_new ("亿元", "亿元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e8, NULL));
  g_ptr_array_add (units, plenary_unit_new ("万人", "万人", "people", PLENARY_UNIT_KIND_COUNT, 1e4, NULL));
  g_ptr_array_add (units, plenary_unit_new ("人次", "人次", "trips", PLENARY_UNIT_KIND_COUNT, 1, NULL));
  g_ptr_array_add (units, plenary_unit_new ("万人次", "万人次", "trips", PLENARY_UNIT_KIND_COUNT, 1e4, NULL));
  g_ptr_array_add (units, plenary_unit_new ("家", "家", "organisations", PLENARY_UNIT_KIND_COUNT, 1, NULL));
  g_ptr_array_add (units, plenary_unit_new ("个", "个", "", PLENARY_UNIT_KIND_COUNT, 1, NULL));
  return units;
}

static void
test_cases (void)
{
  g_autoptr(GPtrArray) units = unit_table ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PlenarySelectionValue value;
      PlenaryUnit *unit;

      g_test_message ("%s", cases[i].text);
      g_assert_true (plenary_selection_parse (cases[i].text, &value));
      g_assert_cmpfloat_with_epsilon (value.value, cases[i].value, 1e-9);
      g_assert_cmpstr (value.unit_text, ==, cases[i].unit_text);
      g_assert_cmpstr (value.measure, ==, cases[i].measure);
      unit = plenary_selection_match_unit (units, value.unit_text);
      g_assert_cmpstr (unit ? plenary_unit_get_id (unit) : NULL, ==, cases[i].unit_id);
      plenary_selection_value_clear (&value);
    }
}

static void
test_no_number (void)
{
  PlenarySelectionValue value;

  g_assert_false (plenary_selection_parse ("", &value));
  g_assert_false (plenary_selection_parse ("稳中有进", &value));
  g_assert_false (plenary_selection_parse ("增长.%", &value));
  g_assert_false (plenary_selection_parse ("\xff\xfe", &value));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection-parse/cases", test_cases);
  g_test_add_func ("/selection-parse/no-number", test_no_number);
  return g_test_run ();
}
