/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The periods a sentence names (前三季度, 上半年, 1—10月, 截至9月底) and
 * the 主要指标 table, its rows apart by tabs or by white space. */
#include "config.h"

#include <string.h>

#include "plenary-import-engine.h"

static ImpDocument *
run (const char * const *text,
     guint               n)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  ImpDocument *doc = NULL;
  ImpProvenance provenance = { "test.txt", "text", "2026-01-01T00:00:00Z", "test" };

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (lines, (gpointer) text[i]);
  json = imp_engine_run (lines, &provenance, NULL, NULL, NULL, &doc, &error);
  g_assert_no_error (error);
  return doc;
}

static ImpIndicator *
find (ImpDocument *doc,
      double       value)
{
  for (guint i = 0; i < doc->indicators->len; i++)
    {
      ImpIndicator *indicator = g_ptr_array_index (doc->indicators, i);
      if (indicator->value == value)
        return indicator;
    }
  g_assert_not_reached ();
}

static const char * const opening[] = {
  "关于示例市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告",
  "——2020年1月10日在示例市第十五届人民代表大会第五次会议上",
  "示例市发展和改革委员会主任　陈一",
  "各位代表：",
};

static void
test_periods (void)
{
  static const char * const body[] = {
    "一、2019年计划执行情况",
    "前三季度，全市地区生产总值增长6.2%。上半年，规模以上工业增加值增长5.1%。一季度，社会消费品零售总额增长8.3%。"
    "1—10月，固定资产投资增长9.4%。截至9月底，一般公共预算收入增长4.6%。下半年，出口增长3.2%。"
    "前10个月，工业用电量增长7.1%。一至三季度，进口增长2.4%。全年实际使用外资12亿美元。",
    "二、2020年计划安排",
    "地区生产总值增长6%左右。",
  };
  const char *text[G_N_ELEMENTS (opening) + G_N_ELEMENTS (body)];
  g_autoptr(ImpDocument) doc = NULL;

  memcpy (text, opening, sizeof opening);
  memcpy (text + G_N_ELEMENTS (opening), body, sizeof body);
  doc = run (text, G_N_ELEMENTS (text));
  g_assert_cmpstr (find (doc, 6.2)->period, ==, "2019-01/09");
  g_assert_cmpstr (find (doc, 5.1)->period, ==, "2019-01/06");
  g_assert_cmpstr (find (doc, 8.3)->period, ==, "2019-Q1");
  g_assert_cmpstr (find (doc, 9.4)->period, ==, "2019-01/10");
  g_assert_cmpstr (find (doc, 4.6)->period, ==, "2019-01/09");
  g_assert_cmpstr (find (doc, 3.2)->period, ==, "2019-07/12");
  g_assert_cmpstr (find (doc, 7.1)->period, ==, "2019-01/10");
  g_assert_cmpstr (find (doc, 2.4)->period, ==, "2019-01/09");
  g_assert_cmpstr (find (doc, 12)->period, ==, "2019");
  g_assert_cmpstr (find (doc, 6)->period, ==, "2020");
}

static void
test_table (void)
{
  static const char * const body[] = {
    "一、2019年计划执行情况",
    "主要指标完成情况见下表。",
    "表1 示例市主要经济指标",
    "序号\t指标名称\t单位\t2019年完成\t增长%\t2020年目标",
    "1\t地区生产总值\t亿元\t1520.4\t6.8\t1620\t",
    "2  一般公共预算收入  亿元  121.5  5.2  128",
    "3\t城镇登记失业率\t%\t3.1\t—\t3.5以内",
    "4\t研发经费投入强度（%）\t\t2.4\t\t2.5",
    "全年新增就业3.2万人。",
    "二、2020年计划安排",
    "地区生产总值增长6%左右。",
  };
  const char *text[G_N_ELEMENTS (opening) + G_N_ELEMENTS (body)];
  g_autoptr(ImpDocument) doc = NULL;
  ImpIndicator *indicator;

  memcpy (text, opening, sizeof opening);
  memcpy (text + G_N_ELEMENTS (opening), body, sizeof body);
  doc = run (text, G_N_ELEMENTS (text));

  indicator = find (doc, 1520.4);
  g_assert_cmpstr (indicator->period, ==, "2019");
  g_assert_cmpint (indicator->kind, ==, IMP_KIND_ACTUAL);
  g_assert_cmpstr (indicator->unit, ==, "亿元");
  g_assert_cmpstr (indicator->label_zh, ==, "地区生产总值");
  g_assert_cmpstr (indicator->quote, ==, indicator->paragraph->text);
  indicator = find (doc, 6.8);
  g_assert_cmpstr (indicator->unit, ==, "%");
  g_assert_cmpint (indicator->measure, ==, IMP_MEASURE_GROWTH);
  g_assert_cmpstr (indicator->period, ==, "2019");
  indicator = find (doc, 1620);
  g_assert_cmpstr (indicator->period, ==, "2020");
  g_assert_cmpint (indicator->kind, ==, IMP_KIND_TARGET);
  indicator = find (doc, 128);
  g_assert_cmpstr (indicator->label_zh, ==, "一般公共预算收入");
  g_assert_cmpint (indicator->kind, ==, IMP_KIND_TARGET);
  indicator = find (doc, 3.5);
  g_assert_cmpint (indicator->qualifier, ==, IMP_QUALIFIER_AT_MOST);
  g_assert_cmpint (indicator->measure, ==, IMP_MEASURE_SHARE);
  indicator = find (doc, 2.5);
  g_assert_cmpstr (indicator->unit, ==, "%");
  g_assert_cmpstr (indicator->label_zh, ==, "研发经费投入强度");
  /* The serial numbers and the header's years are no indicators; the
   * sentence after the table is read as a sentence again. */
  g_assert_cmpuint (doc->indicators->len, ==, 12);
  g_assert_cmpstr (find (doc, 3.2)->label_zh, ==, "新增就业");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-engine/periods/to-date", test_periods);
  g_test_add_func ("/import-engine/table/rows", test_table);
  return g_test_run ();
}
