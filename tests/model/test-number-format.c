/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-indicator.h"
#include "plenary-number-format.h"

static PlenaryUnit *
make_unit (const char      *id,
           const char      *zh,
           const char      *en,
           PlenaryUnitKind  kind,
           double           scale,
           const char      *per)
{
  return plenary_unit_new (id, zh, en, kind, scale, per);
}

static void
assert_value (double           value,
              PlenaryUnit     *unit,
              PlenaryLanguage  language,
              const char      *expected)
{
  g_autofree char *text = plenary_format_value (value, unit, language);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_plain_numbers (void)
{
  struct { double value; int decimals; gboolean grouping; const char *expected; } cases[] = {
    { 6.8, 2, FALSE, "6.8" },
    { 6.80, 2, FALSE, "6.8" },
    { 1.0, 2, FALSE, "1" },
    { 0, 2, FALSE, "0" },
    { -0.001, 2, FALSE, "0" },
    { -6.1, 2, FALSE, "\xe2\x88\x92" "6.1" },
    { 17686, 2, FALSE, "17686" },
    { 17686, 2, TRUE, "17,686" },
    { 1234567.891, 2, TRUE, "1,234,567.89" },
    { 0.000123, 6, FALSE, "0.000123" },
    { 1e15, 0, TRUE, "1,000,000,000,000,000" },
    { 33.73, 2, FALSE, "33.73" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = plenary_format_number (cases[i].value, cases[i].decimals,
                                                     cases[i].grouping);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_chinese (void)
{
  g_autoptr(PlenaryUnit) yi = make_unit ("亿元", "亿元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e8, NULL);
  g_autoptr(PlenaryUnit) wanren = make_unit ("万人", "万人", "people", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
  g_autoptr(PlenaryUnit) percent = make_unit ("%", "%", "%", PLENARY_UNIT_KIND_PERCENT, 1, NULL);
  g_autoptr(PlenaryUnit) points = make_unit ("百分点", "个百分点", "percentage points",
                                             PLENARY_UNIT_KIND_POINTS, 1, NULL);
  g_autoptr(PlenaryUnit) rank = make_unit ("位", "位", "rank", PLENARY_UNIT_KIND_RANK, 1, NULL);

  assert_value (3311, yi, PLENARY_LANGUAGE_ZH, "3311亿元");
  assert_value (33.73, wanren, PLENARY_LANGUAGE_ZH, "33.73万人");
  assert_value (6.8, percent, PLENARY_LANGUAGE_ZH, "6.8%");
  /* 增长 1.1 倍 is stored as +110 %. */
  assert_value (110, percent, PLENARY_LANGUAGE_ZH, "110%");
  assert_value (-6.1, percent, PLENARY_LANGUAGE_ZH, "\xe2\x88\x92" "6.1%");
  /* 百分点 is not %. */
  assert_value (2.4, points, PLENARY_LANGUAGE_ZH, "2.4个百分点");
  assert_value (1, rank, PLENARY_LANGUAGE_ZH, "第1");
}

static void
test_english (void)
{
  g_autoptr(PlenaryUnit) yi = make_unit ("亿元", "亿元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e8, NULL);
  g_autoptr(PlenaryUnit) wanyi = make_unit ("万亿元", "万亿元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e12, NULL);
  g_autoptr(PlenaryUnit) wan = make_unit ("万元", "万元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e4, NULL);
  g_autoptr(PlenaryUnit) usd = make_unit ("亿美元", "亿美元", "USD", PLENARY_UNIT_KIND_MONEY, 1e8, NULL);
  g_autoptr(PlenaryUnit) monthly = make_unit ("元/月", "元/月", "CNY", PLENARY_UNIT_KIND_MONEY, 1, "a month");
  g_autoptr(PlenaryUnit) wanren = make_unit ("万人", "万人", "people", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
  g_autoptr(PlenaryUnit) visits = make_unit ("万人次", "万人次", "visits", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
  g_autoptr(PlenaryUnit) km = make_unit ("公里", "公里", "km", PLENARY_UNIT_KIND_LENGTH, 1, NULL);
  g_autoptr(PlenaryUnit) points = make_unit ("百分点", "个百分点", "percentage points",
                                             PLENARY_UNIT_KIND_POINTS, 1, NULL);
  g_autoptr(PlenaryUnit) percent = make_unit ("%", "%", "%", PLENARY_UNIT_KIND_PERCENT, 1, NULL);
  g_autoptr(PlenaryUnit) ge = make_unit ("个", "个", "", PLENARY_UNIT_KIND_COUNT, 1, NULL);
  g_autoptr(PlenaryUnit) daily = make_unit ("万吨/天", "万吨/天", "tonnes", PLENARY_UNIT_KIND_COUNT, 1e4, "a day");

  assert_value (3311, yi, PLENARY_LANGUAGE_EN, "CNY 331.1 billion");
  assert_value (621.7, yi, PLENARY_LANGUAGE_EN, "CNY 62.17 billion");
  assert_value (1, wanyi, PLENARY_LANGUAGE_EN, "CNY 1 trillion");
  assert_value (9500, wan, PLENARY_LANGUAGE_EN, "CNY 95 million");
  assert_value (71.43, usd, PLENARY_LANGUAGE_EN, "USD 7.143 billion");
  assert_value (3586, monthly, PLENARY_LANGUAGE_EN, "CNY 3,586 a month");
  assert_value (33.73, wanren, PLENARY_LANGUAGE_EN, "337,300 people");
  assert_value (7338.6, visits, PLENARY_LANGUAGE_EN, "73.386 million visits");
  assert_value (515, km, PLENARY_LANGUAGE_EN, "515 km");
  assert_value (2.4, points, PLENARY_LANGUAGE_EN, "2.4 percentage points");
  assert_value (1, points, PLENARY_LANGUAGE_EN, "1 percentage point");
  assert_value (-23.1, points, PLENARY_LANGUAGE_EN, "\xe2\x88\x92" "23.1 percentage points");
  assert_value (-6.1, percent, PLENARY_LANGUAGE_EN, "\xe2\x88\x92" "6.1%");
  assert_value (0, percent, PLENARY_LANGUAGE_EN, "0%");
  assert_value (2.02, ge, PLENARY_LANGUAGE_EN, "2.02");
  assert_value (100, daily, PLENARY_LANGUAGE_EN, "1 million tonnes a day");
  /* One of a thing is singular. */
  {
    g_autoptr(PlenaryUnit) days = make_unit ("个工作日", "个工作日", "working days", PLENARY_UNIT_KIND_TIME, 1, NULL);
    g_autoptr(PlenaryUnit) people = make_unit ("人", "人", "people", PLENARY_UNIT_KIND_COUNT, 1, NULL);
    g_autoptr(PlenaryUnit) wange = make_unit ("万个", "万个", "", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
    g_autofree char *axis = plenary_unit_dup_axis_label (wange, PLENARY_LANGUAGE_EN);

    assert_value (1, days, PLENARY_LANGUAGE_EN, "1 working day");
    assert_value (2, days, PLENARY_LANGUAGE_EN, "2 working days");
    assert_value (1, people, PLENARY_LANGUAGE_EN, "1 person");
    g_assert_cmpstr (axis, ==, "Unit: 10,000s");
  }
  /* Very large and very small values stay readable. */
  assert_value (123456789, yi, PLENARY_LANGUAGE_EN, "CNY 12,345.679 trillion");
  assert_value (0.0001, yi, PLENARY_LANGUAGE_EN, "CNY 10,000");
}

static void
test_qualifiers (void)
{
  g_autoptr(PlenaryUnit) wan = make_unit ("万个", "万个", "", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
  g_autoptr(PlenaryUnit) percent = make_unit ("%", "%", "%", PLENARY_UNIT_KIND_PERCENT, 1, NULL);
  PlenaryQualifier q;
  g_autofree char *more_zh = plenary_format_qualified (3000, wan, PLENARY_QUALIFIER_MORE_THAN, PLENARY_LANGUAGE_ZH);
  g_autofree char *more_en = plenary_format_qualified (3000, wan, PLENARY_QUALIFIER_MORE_THAN, PLENARY_LANGUAGE_EN);
  g_autofree char *least_zh = plenary_format_qualified (80, percent, PLENARY_QUALIFIER_AT_LEAST, PLENARY_LANGUAGE_ZH);
  g_autofree char *about_en = plenary_format_qualified (100, percent, PLENARY_QUALIFIER_ABOUT, PLENARY_LANGUAGE_EN);
  g_autofree char *aim_zh = plenary_format_qualified (12, percent, PLENARY_QUALIFIER_AIM, PLENARY_LANGUAGE_ZH);

  g_assert_cmpstr (more_zh, ==, "超过3000万个");
  g_assert_cmpstr (more_en, ==, "more than 30 million");
  g_assert_cmpstr (least_zh, ==, "80%以上");
  g_assert_cmpstr (about_en, ==, "about 100%");
  g_assert_cmpstr (aim_zh, ==, "力争12%");

  g_assert_true (plenary_qualifier_parse ("at-most", &q));
  g_assert_cmpint (q, ==, PLENARY_QUALIFIER_AT_MOST);
  g_assert_cmpstr (plenary_qualifier_symbol (q), ==, "≤");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_AT_LEAST), ==, "≥");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_ABOUT), ==, "≈");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_MORE_THAN), ==, ">");
  g_assert_false (plenary_qualifier_parse ("roughly", &q));
}

static void
test_axis_labels (void)
{
  g_autoptr(PlenaryUnit) yi = make_unit ("亿元", "亿元", "CNY", PLENARY_UNIT_KIND_MONEY, 1e8, NULL);
  g_autoptr(PlenaryUnit) wanren = make_unit ("万人", "万人", "people", PLENARY_UNIT_KIND_COUNT, 1e4, NULL);
  g_autoptr(PlenaryUnit) percent = make_unit ("%", "%", "%", PLENARY_UNIT_KIND_PERCENT, 1, NULL);
  g_autofree char *yi_zh = plenary_unit_dup_axis_label (yi, PLENARY_LANGUAGE_ZH);
  g_autofree char *yi_en = plenary_unit_dup_axis_label (yi, PLENARY_LANGUAGE_EN);
  g_autofree char *ren_en = plenary_unit_dup_axis_label (wanren, PLENARY_LANGUAGE_EN);
  g_autofree char *tick_en = plenary_format_on_axis (3311, yi, PLENARY_LANGUAGE_EN);
  g_autofree char *tick_zh = plenary_format_on_axis (3311, yi, PLENARY_LANGUAGE_ZH);
  g_autofree char *tick_pct = plenary_format_on_axis (-6.1, percent, PLENARY_LANGUAGE_ZH);

  g_assert_cmpstr (yi_zh, ==, "单位：亿元");
  g_assert_cmpstr (yi_en, ==, "Unit: CNY 100 million");
  g_assert_cmpstr (ren_en, ==, "Unit: 10,000 people");
  g_assert_cmpstr (tick_en, ==, "3,311");
  g_assert_cmpstr (tick_zh, ==, "3311");
  g_assert_cmpstr (tick_pct, ==, "\xe2\x88\x92" "6.1%");
}

static void
test_periods (void)
{
  const char *valid[] = { "2019", "2020-Q1", "2020-04", "2020-01/04", "2017/2019", "cumulative" };
  const char *invalid[] = { "", "20", "2020-Q5", "2020-4", "2020/01", "cumulativ", "abcd", "2020-01/4" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (plenary_period_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (plenary_period_is_valid (invalid[i]));
  g_assert_false (plenary_period_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/plain-numbers", test_plain_numbers);
  g_test_add_func ("/format/chinese", test_chinese);
  g_test_add_func ("/format/english", test_english);
  g_test_add_func ("/format/qualifiers", test_qualifiers);
  g_test_add_func ("/format/axis-labels", test_axis_labels);
  g_test_add_func ("/format/periods", test_periods);

  return g_test_run ();
}
