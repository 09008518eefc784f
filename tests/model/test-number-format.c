/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The number formatter: a table of cases for every unit of the bundled
 * report in both languages and at the scales that occur, the parts a value
 * is returned in, the shared scale of several values, and the rule that
 * English never claims more precision than the report's Chinese figure. */
#include <json-glib/json-glib.h>
#include <string.h>

#include "plenary-chart-spec.h"
#include "plenary-indicator.h"
#include "plenary-number-format.h"
#include "plenary-report-loader.h"

#define NBSP "\xc2\xa0"
#define WJ   "\xe2\x81\xa0"

static PlenaryReport *report;

/* unit id, value in the report's unit, English, Chinese (joined plainly).
 * Every unit of data/reports/tools/units.json has its rows: small values,
 * values in the 万 and 亿 ranges, one, and a negative. */
static const struct {
  const char *unit;
  double      value;
  const char *en;
  const char *zh;
} table[] = {
  { "%", 1, "1%", "1%" },
  { "%", 3, "3%", "3%" },
  { "%", 33.73, "33.73%", "33.73%" },
  { "%", 7338.6, "7,338.6%", "7338.6%" },
  { "%", -6.1, "−6.1%", "−6.1%" },
  { "百分点", 1, "1 percentage point", "1个百分点" },
  { "百分点", 3, "3 percentage points", "3个百分点" },
  { "百分点", 33.73, "33.73 percentage points", "33.73个百分点" },
  { "百分点", 7338.6, "7,338.6 percentage points", "7338.6个百分点" },
  { "百分点", -6.1, "−6.1 percentage points", "−6.1个百分点" },
  { "元", 1, "CNY 1", "1元" },
  { "元", 3, "CNY 3", "3元" },
  { "元", 33.73, "CNY 33.73", "33.73元" },
  { "元", 7338.6, "CNY 7,338.6", "7338.6元" },
  { "元", -6.1, "−CNY 6.1", "−6.1元" },
  { "元/月", 1, "CNY 1 a month", "1元/月" },
  { "元/月", 3, "CNY 3 a month", "3元/月" },
  { "元/月", 33.73, "CNY 33.73 a month", "33.73元/月" },
  { "元/月", 7338.6, "CNY 7,338.6 a month", "7338.6元/月" },
  { "元/月", -6.1, "−CNY 6.1 a month", "−6.1元/月" },
  { "万元", 1, "CNY 10 thousand", "1万元" },
  { "万元", 3, "CNY 30 thousand", "3万元" },
  { "万元", 33.73, "CNY 337.3 thousand", "33.73万元" },
  { "万元", 7338.6, "CNY 73.39 million", "7338.6万元" },
  { "万元", -6.1, "−CNY 61 thousand", "−6.1万元" },
  { "亿元", 0.35, "CNY 35 million", "0.35亿元" },
  { "亿元", 1, "CNY 100 million", "1亿元" },
  { "亿元", 3311, "CNY 331.1 billion", "3311亿元" },
  { "亿元", -2.5, "−CNY 250 million", "−2.5亿元" },
  { "亿元/年", 0.35, "CNY 35 million a year", "0.35亿元/年" },
  { "亿元/年", 1, "CNY 100 million a year", "1亿元/年" },
  { "亿元/年", 3311, "CNY 331.1 billion a year", "3311亿元/年" },
  { "亿元/年", -2.5, "−CNY 250 million a year", "−2.5亿元/年" },
  { "万亿元", 0.35, "CNY 350 billion", "0.35万亿元" },
  { "万亿元", 1, "CNY 1 trillion", "1万亿元" },
  { "万亿元", 3311, "CNY 3,311 trillion", "3311万亿元" },
  { "万亿元", -2.5, "−CNY 2.5 trillion", "−2.5万亿元" },
  { "亿美元", 0.35, "USD 35 million", "0.35亿美元" },
  { "亿美元", 1, "USD 100 million", "1亿美元" },
  { "亿美元", 3311, "USD 331.1 billion", "3311亿美元" },
  { "亿美元", -2.5, "−USD 250 million", "−2.5亿美元" },
  { "人", 1, "1 person", "1人" },
  { "人", 3, "3 people", "3人" },
  { "人", 33.73, "33.73 people", "33.73人" },
  { "人", 7338.6, "7,338.6 people", "7338.6人" },
  { "人", -6.1, "−6.1 people", "−6.1人" },
  { "万人", 1, "10 thousand people", "1万人" },
  { "万人", 3, "30 thousand people", "3万人" },
  { "万人", 33.73, "337.3 thousand people", "33.73万人" },
  { "万人", 7338.6, "73.39 million people", "7338.6万人" },
  { "万人", -6.1, "−61 thousand people", "−6.1万人" },
  { "人次", 1, "1 person-time", "1人次" },
  { "人次", 3, "3 person-times", "3人次" },
  { "人次", 33.73, "33.73 person-times", "33.73人次" },
  { "人次", 7338.6, "7,338.6 person-times", "7338.6人次" },
  { "人次", -6.1, "−6.1 person-times", "−6.1人次" },
  { "万人次", 1, "10 thousand person-times", "1万人次" },
  { "万人次", 3, "30 thousand person-times", "3万人次" },
  { "万人次", 33.73, "337.3 thousand person-times", "33.73万人次" },
  { "万人次", 7338.6, "73.39 million person-times", "7338.6万人次" },
  { "万人次", -6.1, "−61 thousand person-times", "−6.1万人次" },
  { "亿人次", 0.35, "35 million person-times", "0.35亿人次" },
  { "亿人次", 1, "100 million person-times", "1亿人次" },
  { "亿人次", 3311, "331.1 billion person-times", "3311亿人次" },
  { "亿人次", -2.5, "−250 million person-times", "−2.5亿人次" },
  { "万人次:passengers", 1, "10 thousand passengers", "1万人次" },
  { "万人次:passengers", 3, "30 thousand passengers", "3万人次" },
  { "万人次:passengers", 33.73, "337.3 thousand passengers", "33.73万人次" },
  { "万人次:passengers", 7338.6, "73.39 million passengers", "7338.6万人次" },
  { "万人次:passengers", -6.1, "−61 thousand passengers", "−6.1万人次" },
  { "万人次:visits", 1, "10 thousand visits", "1万人次" },
  { "万人次:visits", 3, "30 thousand visits", "3万人次" },
  { "万人次:visits", 33.73, "337.3 thousand visits", "33.73万人次" },
  { "万人次:visits", 7338.6, "73.39 million visits", "7338.6万人次" },
  { "万人次:visits", -6.1, "−61 thousand visits", "−6.1万人次" },
  { "亿人次:visits", 0.35, "35 million visits", "0.35亿人次" },
  { "亿人次:visits", 1, "100 million visits", "1亿人次" },
  { "亿人次:visits", 3311, "331.1 billion visits", "3311亿人次" },
  { "亿人次:visits", -2.5, "−250 million visits", "−2.5亿人次" },
  { "万吨", 1, "10 thousand tonnes", "1万吨" },
  { "万吨", 3, "30 thousand tonnes", "3万吨" },
  { "万吨", 33.73, "337.3 thousand tonnes", "33.73万吨" },
  { "万吨", 7338.6, "73.39 million tonnes", "7338.6万吨" },
  { "万吨", -6.1, "−61 thousand tonnes", "−6.1万吨" },
  { "亿吨", 0.35, "35 million tonnes", "0.35亿吨" },
  { "亿吨", 1, "100 million tonnes", "1亿吨" },
  { "亿吨", 3311, "331.1 billion tonnes", "3311亿吨" },
  { "亿吨", -2.5, "−250 million tonnes", "−2.5亿吨" },
  { "吨/天", 1, "1 tonne a day", "1吨/天" },
  { "吨/天", 3, "3 tonnes a day", "3吨/天" },
  { "吨/天", 33.73, "33.73 tonnes a day", "33.73吨/天" },
  { "吨/天", 7338.6, "7,338.6 tonnes a day", "7338.6吨/天" },
  { "吨/天", -6.1, "−6.1 tonnes a day", "−6.1吨/天" },
  { "万吨/天", 1, "10 thousand tonnes a day", "1万吨/天" },
  { "万吨/天", 3, "30 thousand tonnes a day", "3万吨/天" },
  { "万吨/天", 33.73, "337.3 thousand tonnes a day", "33.73万吨/天" },
  { "万吨/天", 7338.6, "73.39 million tonnes a day", "7338.6万吨/天" },
  { "万吨/天", -6.1, "−61 thousand tonnes a day", "−6.1万吨/天" },
  { "万标箱", 1, "10 thousand TEU", "1万标箱" },
  { "万标箱", 3, "30 thousand TEU", "3万标箱" },
  { "万标箱", 33.73, "337.3 thousand TEU", "33.73万标箱" },
  { "万标箱", 7338.6, "73.39 million TEU", "7338.6万标箱" },
  { "万标箱", -6.1, "−61 thousand TEU", "−6.1万标箱" },
  { "公里", 1, "1 km", "1公里" },
  { "公里", 3, "3 km", "3公里" },
  { "公里", 33.73, "33.73 km", "33.73公里" },
  { "公里", 7338.6, "7,338.6 km", "7338.6公里" },
  { "公里", -6.1, "−6.1 km", "−6.1公里" },
  { "平方公里", 1, "1 km²", "1平方公里" },
  { "平方公里", 3, "3 km²", "3平方公里" },
  { "平方公里", 33.73, "33.73 km²", "33.73平方公里" },
  { "平方公里", 7338.6, "7,338.6 km²", "7338.6平方公里" },
  { "平方公里", -6.1, "−6.1 km²", "−6.1平方公里" },
  { "万平方米", 1, "10 thousand m²", "1万平方米" },
  { "万平方米", 3, "30 thousand m²", "3万平方米" },
  { "万平方米", 33.73, "337.3 thousand m²", "33.73万平方米" },
  { "万平方米", 7338.6, "73.39 million m²", "7338.6万平方米" },
  { "万平方米", -6.1, "−61 thousand m²", "−6.1万平方米" },
  { "公顷", 1, "1 hectare", "1公顷" },
  { "公顷", 3, "3 hectares", "3公顷" },
  { "公顷", 33.73, "33.73 hectares", "33.73公顷" },
  { "公顷", 7338.6, "7,338.6 hectares", "7338.6公顷" },
  { "公顷", -6.1, "−6.1 hectares", "−6.1公顷" },
  { "亩", 1, "1 mu", "1亩" },
  { "亩", 3, "3 mu", "3亩" },
  { "亩", 33.73, "33.73 mu", "33.73亩" },
  { "亩", 7338.6, "7,338.6 mu", "7338.6亩" },
  { "亩", -6.1, "−6.1 mu", "−6.1亩" },
  { "万亩", 1, "10 thousand mu", "1万亩" },
  { "万亩", 3, "30 thousand mu", "3万亩" },
  { "万亩", 33.73, "337.3 thousand mu", "33.73万亩" },
  { "万亩", 7338.6, "73.39 million mu", "7338.6万亩" },
  { "万亩", -6.1, "−61 thousand mu", "−6.1万亩" },
  { "微克/立方米", 1, "1 µg/m³", "1微克/立方米" },
  { "微克/立方米", 3, "3 µg/m³", "3微克/立方米" },
  { "微克/立方米", 33.73, "33.73 µg/m³", "33.73微克/立方米" },
  { "微克/立方米", 7338.6, "7,338.6 µg/m³", "7338.6微克/立方米" },
  { "微克/立方米", -6.1, "−6.1 µg/m³", "−6.1微克/立方米" },
  { "万千瓦", 1, "10 thousand kW", "1万千瓦" },
  { "万千瓦", 3, "30 thousand kW", "3万千瓦" },
  { "万千瓦", 33.73, "337.3 thousand kW", "33.73万千瓦" },
  { "万千瓦", 7338.6, "73.39 million kW", "7338.6万千瓦" },
  { "万千瓦", -6.1, "−61 thousand kW", "−6.1万千瓦" },
  { "个", 1, "1", "1个" },
  { "个", 3, "3", "3个" },
  { "个", 33.73, "33.73", "33.73个" },
  { "个", 7338.6, "7,338.6", "7338.6个" },
  { "个", -6.1, "−6.1", "−6.1个" },
  { "万个", 1, "10 thousand", "1万个" },
  { "万个", 3, "30 thousand", "3万个" },
  { "万个", 33.73, "337.3 thousand", "33.73万个" },
  { "万个", 7338.6, "73.39 million", "7338.6万个" },
  { "万个", -6.1, "−61 thousand", "−6.1万个" },
  { "家", 1, "1 organisation", "1家" },
  { "家", 1001, "1,001 organisations", "1001家" },
  { "人", 1.004, "1 person", "1.004人" },
  { "家", 3, "3 organisations", "3家" },
  { "家", 33.73, "33.73 organisations", "33.73家" },
  { "家", 7338.6, "7,338.6 organisations", "7338.6家" },
  { "家", -6.1, "−6.1 organisations", "−6.1家" },
  { "万家", 1, "10 thousand organisations", "1万家" },
  { "万家", 3, "30 thousand organisations", "3万家" },
  { "万家", 33.73, "337.3 thousand organisations", "33.73万家" },
  { "万家", 7338.6, "73.39 million organisations", "7338.6万家" },
  { "万家", -6.1, "−61 thousand organisations", "−6.1万家" },
  { "户", 1, "1 household", "1户" },
  { "户", 3, "3 households", "3户" },
  { "户", 33.73, "33.73 households", "33.73户" },
  { "户", 7338.6, "7,338.6 households", "7338.6户" },
  { "户", -6.1, "−6.1 households", "−6.1户" },
  { "户:enterprises", 1, "1 enterprise", "1户" },
  { "户:enterprises", 3, "3 enterprises", "3户" },
  { "户:enterprises", 33.73, "33.73 enterprises", "33.73户" },
  { "户:enterprises", 7338.6, "7,338.6 enterprises", "7338.6户" },
  { "户:enterprises", -6.1, "−6.1 enterprises", "−6.1户" },
  { "万户", 1, "10 thousand households", "1万户" },
  { "万户", 3, "30 thousand households", "3万户" },
  { "万户", 33.73, "337.3 thousand households", "33.73万户" },
  { "万户", 7338.6, "73.39 million households", "7338.6万户" },
  { "万户", -6.1, "−61 thousand households", "−6.1万户" },
  { "万户:enterprises", 1, "10 thousand enterprises", "1万户" },
  { "万户:enterprises", 3, "30 thousand enterprises", "3万户" },
  { "万户:enterprises", 33.73, "337.3 thousand enterprises", "33.73万户" },
  { "万户:enterprises", 7338.6, "73.39 million enterprises", "7338.6万户" },
  { "万户:enterprises", -6.1, "−61 thousand enterprises", "−6.1万户" },
  { "万户:market-entities", 1, "10 thousand market entities", "1万户" },
  { "万户:market-entities", 3, "30 thousand market entities", "3万户" },
  { "万户:market-entities", 33.73, "337.3 thousand market entities", "33.73万户" },
  { "万户:market-entities", 7338.6, "73.39 million market entities", "7338.6万户" },
  { "万户:market-entities", -6.1, "−61 thousand market entities", "−6.1万户" },
  { "座", 1, "1", "1座" },
  { "座", 3, "3", "3座" },
  { "座", 33.73, "33.73", "33.73座" },
  { "座", 7338.6, "7,338.6", "7338.6座" },
  { "座", -6.1, "−6.1", "−6.1座" },
  { "万座", 1, "10 thousand", "1万座" },
  { "万座", 3, "30 thousand", "3万座" },
  { "万座", 33.73, "337.3 thousand", "33.73万座" },
  { "万座", 7338.6, "73.39 million", "7338.6万座" },
  { "万座", -6.1, "−61 thousand", "−6.1万座" },
  { "辆", 1, "1 vehicle", "1辆" },
  { "辆", 3, "3 vehicles", "3辆" },
  { "辆", 33.73, "33.73 vehicles", "33.73辆" },
  { "辆", 7338.6, "7,338.6 vehicles", "7338.6辆" },
  { "辆", -6.1, "−6.1 vehicles", "−6.1辆" },
  { "万辆", 1, "10 thousand vehicles", "1万辆" },
  { "万辆", 3, "30 thousand vehicles", "3万辆" },
  { "万辆", 33.73, "337.3 thousand vehicles", "33.73万辆" },
  { "万辆", 7338.6, "73.39 million vehicles", "7338.6万辆" },
  { "万辆", -6.1, "−61 thousand vehicles", "−6.1万辆" },
  { "条", 1, "1", "1条" },
  { "条", 3, "3", "3条" },
  { "条", 33.73, "33.73", "33.73条" },
  { "条", 7338.6, "7,338.6", "7338.6条" },
  { "条", -6.1, "−6.1", "−6.1条" },
  { "项", 1, "1 item", "1项" },
  { "项", 3, "3 items", "3项" },
  { "项", 33.73, "33.73 items", "33.73项" },
  { "项", 7338.6, "7,338.6 items", "7338.6项" },
  { "项", -6.1, "−6.1 items", "−6.1项" },
  { "所", 1, "1 school", "1所" },
  { "所", 3, "3 schools", "3所" },
  { "所", 33.73, "33.73 schools", "33.73所" },
  { "所", 7338.6, "7,338.6 schools", "7338.6所" },
  { "所", -6.1, "−6.1 schools", "−6.1所" },
  { "部", 1, "1 work", "1部" },
  { "部", 3, "3 works", "3部" },
  { "部", 33.73, "33.73 works", "33.73部" },
  { "部", 7338.6, "7,338.6 works", "7338.6部" },
  { "部", -6.1, "−6.1 works", "−6.1部" },
  { "台", 1, "1 unit", "1台" },
  { "台", 3, "3 units", "3台" },
  { "台", 33.73, "33.73 units", "33.73台" },
  { "台", 7338.6, "7,338.6 units", "7338.6台" },
  { "台", -6.1, "−6.1 units", "−6.1台" },
  { "套", 1, "1 home", "1套" },
  { "套", 3, "3 homes", "3套" },
  { "套", 33.73, "33.73 homes", "33.73套" },
  { "套", 7338.6, "7,338.6 homes", "7338.6套" },
  { "套", -6.1, "−6.1 homes", "−6.1套" },
  { "对", 1, "1 pair", "1对" },
  { "对", 3, "3 pairs", "3对" },
  { "对", 33.73, "33.73 pairs", "33.73对" },
  { "对", 7338.6, "7,338.6 pairs", "7338.6对" },
  { "对", -6.1, "−6.1 pairs", "−6.1对" },
  { "架次", 1, "1 aircraft", "1架次" },
  { "架次", 3, "3 aircraft", "3架次" },
  { "架次", 33.73, "33.73 aircraft", "33.73架次" },
  { "架次", 7338.6, "7,338.6 aircraft", "7338.6架次" },
  { "架次", -6.1, "−6.1 aircraft", "−6.1架次" },
  { "件", 1, "1 piece", "1件" },
  { "件", 3, "3 pieces", "3件" },
  { "件", 33.73, "33.73 pieces", "33.73件" },
  { "件", 7338.6, "7,338.6 pieces", "7338.6件" },
  { "件", -6.1, "−6.1 pieces", "−6.1件" },
  { "万件", 1, "10 thousand pieces", "1万件" },
  { "万件", 3, "30 thousand pieces", "3万件" },
  { "万件", 33.73, "337.3 thousand pieces", "33.73万件" },
  { "万件", 7338.6, "73.39 million pieces", "7338.6万件" },
  { "万件", -6.1, "−61 thousand pieces", "−6.1万件" },
  { "支", 1, "1 unit", "1支" },
  { "支", 3, "3 units", "3支" },
  { "支", 33.73, "33.73 units", "33.73支" },
  { "支", 7338.6, "7,338.6 units", "7338.6支" },
  { "支", -6.1, "−6.1 units", "−6.1支" },
  { "万支", 1, "10 thousand units", "1万支" },
  { "万支", 3, "30 thousand units", "3万支" },
  { "万支", 33.73, "337.3 thousand units", "33.73万支" },
  { "万支", 7338.6, "73.39 million units", "7338.6万支" },
  { "万支", -6.1, "−61 thousand units", "−6.1万支" },
  { "名", 1, "1 person", "1名" },
  { "名", 3, "3 people", "3名" },
  { "名", 33.73, "33.73 people", "33.73名" },
  { "名", 7338.6, "7,338.6 people", "7338.6名" },
  { "名", -6.1, "−6.1 people", "−6.1名" },
  { "张", 1, "1 bed", "1张" },
  { "张", 3, "3 beds", "3张" },
  { "张", 33.73, "33.73 beds", "33.73张" },
  { "张", 7338.6, "7,338.6 beds", "7338.6张" },
  { "张", -6.1, "−6.1 beds", "−6.1张" },
  { "小时", 1, "1 hour", "1小时" },
  { "小时", 3, "3 hours", "3小时" },
  { "小时", 33.73, "33.73 hours", "33.73小时" },
  { "小时", 7338.6, "7,338.6 hours", "7338.6小时" },
  { "小时", -6.1, "−6.1 hours", "−6.1小时" },
  { "天", 1, "1 day", "1天" },
  { "天", 3, "3 days", "3天" },
  { "天", 33.73, "33.73 days", "33.73天" },
  { "天", 7338.6, "7,338.6 days", "7338.6天" },
  { "天", -6.1, "−6.1 days", "−6.1天" },
  { "年", 1, "1 year", "1年" },
  { "年", 2, "2 years", "2年" },
  { "年", 33.73, "33.73 years", "33.73年" },
  { "个工作日", 1, "1 working day", "1个工作日" },
  { "个工作日", 3, "3 working days", "3个工作日" },
  { "个工作日", 33.73, "33.73 working days", "33.73个工作日" },
  { "个工作日", 7338.6, "7,338.6 working days", "7338.6个工作日" },
  { "个工作日", -6.1, "−6.1 working days", "−6.1个工作日" },
  { "位", 1, "No. 1", "第1" },
  { "位", 3, "No. 3", "第3" },
  { "万个:charging-points", 1, "10 thousand charging points", "1万个" },
  { "万个:charging-points", 3, "30 thousand charging points", "3万个" },
  { "万个:charging-points", 33.73, "337.3 thousand charging points", "33.73万个" },
  { "万个:charging-points", 7338.6, "73.39 million charging points", "7338.6万个" },
  { "万个:charging-points", -6.1, "−61 thousand charging points", "−6.1万个" },
  { "万个:masks", 1, "10 thousand masks", "1万个" },
  { "万个:masks", 3, "30 thousand masks", "3万个" },
  { "万个:masks", 33.73, "337.3 thousand masks", "33.73万个" },
  { "万个:masks", 7338.6, "73.39 million masks", "7338.6万个" },
  { "万个:masks", -6.1, "−61 thousand masks", "−6.1万个" },
  { "万个:places", 1, "10 thousand places", "1万个" },
  { "万个:places", 3, "30 thousand places", "3万个" },
  { "万个:places", 33.73, "337.3 thousand places", "33.73万个" },
  { "万个:places", 7338.6, "73.39 million places", "7338.6万个" },
  { "万个:places", -6.1, "−61 thousand places", "−6.1万个" },
  { "万个:sites", 1, "10 thousand sites", "1万个" },
  { "万个:sites", 3, "30 thousand sites", "3万个" },
  { "万个:sites", 33.73, "337.3 thousand sites", "33.73万个" },
  { "万个:sites", 7338.6, "73.39 million sites", "7338.6万个" },
  { "万个:sites", -6.1, "−61 thousand sites", "−6.1万个" },
  { "万座:base-stations", 1, "10 thousand base stations", "1万座" },
  { "万座:base-stations", 3, "30 thousand base stations", "3万座" },
  { "万座:base-stations", 33.73, "337.3 thousand base stations", "33.73万座" },
  { "万座:base-stations", 7338.6, "73.39 million base stations", "7338.6万座" },
  { "万座:base-stations", -6.1, "−61 thousand base stations", "−6.1万座" },
};

static PlenaryUnit *
find_unit (const char *id)
{
  PlenaryUnit *unit = plenary_report_find_unit (report, id);

  if (unit == NULL)
    g_error ("unit %s is not in the bundled report", id);
  return unit;
}

static char *
dup_without (const char *text,
             const char *remove)
{
  g_auto(GStrv) pieces = g_strsplit (text, remove, -1);
  return g_strjoinv ("", pieces);
}

static guint
count_ideographs (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) >= 0x2E80;
  return n;
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      PlenaryUnit *unit = find_unit (table[i].unit);
      g_autoptr(PlenaryFormattedNumber) en = plenary_formatted_number_new (table[i].value, unit, PLENARY_QUALIFIER_NONE,
                                                                           PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_EN);
      g_autoptr(PlenaryFormattedNumber) zh = plenary_formatted_number_new (table[i].value, unit, PLENARY_QUALIFIER_NONE,
                                                                           PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
      g_autofree char *en_plain = plenary_formatted_number_join (en, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
      g_autofree char *zh_plain = plenary_formatted_number_join (zh, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
      g_autofree char *en_screen = plenary_format_value (table[i].value, unit, PLENARY_LANGUAGE_EN);
      g_autofree char *zh_screen = plenary_format_value (table[i].value, unit, PLENARY_LANGUAGE_ZH);
      g_auto(GStrv) words = NULL;
      g_autofree char *en_spaced = NULL;
      g_autofree char *zh_joined = NULL;

      g_test_message ("%s %g", table[i].unit, table[i].value);
      g_assert_cmpstr (en_plain, ==, table[i].en);
      g_assert_cmpstr (zh_plain, ==, table[i].zh);

      /* On screen: the same text, with no place a line could break. */
      g_assert_null (strchr (en_screen, ' '));
      words = g_strsplit (en_screen, NBSP, -1);
      en_spaced = g_strjoinv (" ", words);
      g_assert_cmpstr (en_spaced, ==, table[i].en);
      zh_joined = dup_without (zh_screen, WJ);
      g_assert_cmpstr (zh_joined, ==, table[i].zh);
      /* Between the figure and 万人 (or 个百分点…) and between the unit's
       * own characters, a word joiner. */
      g_assert_cmpuint (g_utf8_strlen (zh_screen, -1) - g_utf8_strlen (zh_joined, -1), >=,
                        count_ideographs (plenary_unit_get_zh (unit)));
    }
}

/* The table above leaves out no unit of the bundled report. */
static void
test_every_unit_covered (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PLENARY_SOURCE_ROOT"), "data", "reports", "tools",
                                            "units.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *units;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  units = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (units), >, 50);

  for (guint u = 0; u < json_array_get_length (units); u++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (units, u), "id");
      guint rows = 0;

      for (guint i = 0; i < G_N_ELEMENTS (table); i++)
        rows += g_str_equal (table[i].unit, id);
      g_test_message ("unit %s", id);
      g_assert_cmpuint (rows, >=, 2);
    }
}

static void
assert_parts (PlenaryFormattedNumber  *number,
              const PlenaryNumberPart *order,
              guint                    n_order,
              const char              *qualifier,
              const char              *sign,
              const char              *digits,
              const char              *scale,
              const char              *unit)
{
  g_assert_cmpuint (plenary_formatted_number_get_n_parts (number), ==, n_order);
  for (guint i = 0; i < n_order; i++)
    g_assert_cmpint (plenary_formatted_number_get_nth_part (number, i), ==, order[i]);
  g_assert_cmpstr (plenary_formatted_number_get_part (number, PLENARY_NUMBER_PART_QUALIFIER), ==, qualifier);
  g_assert_cmpstr (plenary_formatted_number_get_part (number, PLENARY_NUMBER_PART_SIGN), ==, sign);
  g_assert_cmpstr (plenary_formatted_number_get_part (number, PLENARY_NUMBER_PART_DIGITS), ==, digits);
  g_assert_cmpstr (plenary_formatted_number_get_part (number, PLENARY_NUMBER_PART_SCALE), ==, scale);
  g_assert_cmpstr (plenary_formatted_number_get_part (number, PLENARY_NUMBER_PART_UNIT), ==, unit);
}

static void
test_parts (void)
{
  PlenaryUnit *yi = find_unit ("亿元");
  PlenaryUnit *wange = find_unit ("万个");
  PlenaryUnit *percent = find_unit ("%");
  PlenaryUnit *rank = find_unit ("位");
  g_autoptr(PlenaryFormattedNumber) money_en = plenary_formatted_number_new (3311, yi, PLENARY_QUALIFIER_NONE,
                                                                             PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_EN);
  g_autoptr(PlenaryFormattedNumber) money_zh = plenary_formatted_number_new (3311, yi, PLENARY_QUALIFIER_NONE,
                                                                             PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  g_autoptr(PlenaryFormattedNumber) more_en = plenary_formatted_number_new (3000, wange, PLENARY_QUALIFIER_MORE_THAN,
                                                                            PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_EN);
  g_autoptr(PlenaryFormattedNumber) more_zh = plenary_formatted_number_new (3000, wange, PLENARY_QUALIFIER_MORE_THAN,
                                                                            PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  g_autoptr(PlenaryFormattedNumber) least_zh = plenary_formatted_number_new (80, percent, PLENARY_QUALIFIER_AT_LEAST,
                                                                             PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  g_autoptr(PlenaryFormattedNumber) down_en = plenary_formatted_number_new (-6.1, percent, PLENARY_QUALIFIER_NONE,
                                                                            PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_EN);
  g_autoptr(PlenaryFormattedNumber) rank_zh = plenary_formatted_number_new (1, rank, PLENARY_QUALIFIER_NONE,
                                                                            PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  const PlenaryNumberPart money_en_order[] = { PLENARY_NUMBER_PART_UNIT, PLENARY_NUMBER_PART_DIGITS,
                                               PLENARY_NUMBER_PART_SCALE };
  const PlenaryNumberPart money_zh_order[] = { PLENARY_NUMBER_PART_DIGITS, PLENARY_NUMBER_PART_UNIT };
  const PlenaryNumberPart more_en_order[] = { PLENARY_NUMBER_PART_QUALIFIER, PLENARY_NUMBER_PART_DIGITS,
                                              PLENARY_NUMBER_PART_SCALE };
  const PlenaryNumberPart more_zh_order[] = { PLENARY_NUMBER_PART_QUALIFIER, PLENARY_NUMBER_PART_DIGITS,
                                              PLENARY_NUMBER_PART_UNIT };
  const PlenaryNumberPart least_zh_order[] = { PLENARY_NUMBER_PART_DIGITS, PLENARY_NUMBER_PART_UNIT,
                                               PLENARY_NUMBER_PART_QUALIFIER };
  const PlenaryNumberPart down_en_order[] = { PLENARY_NUMBER_PART_SIGN, PLENARY_NUMBER_PART_DIGITS,
                                              PLENARY_NUMBER_PART_UNIT };
  const PlenaryNumberPart rank_zh_order[] = { PLENARY_NUMBER_PART_UNIT, PLENARY_NUMBER_PART_DIGITS };
  guint start, end;
  g_autofree char *text = NULL;
  g_autofree char *without = NULL;
  g_autofree char *screen = NULL;

  assert_parts (money_en, money_en_order, 3, "", "", "331.1", "billion", "CNY");
  assert_parts (money_zh, money_zh_order, 2, "", "", "3311", "", "亿元");
  assert_parts (more_en, more_en_order, 3, "more than", "", "30", "million", "");
  assert_parts (more_zh, more_zh_order, 3, "超过", "", "3000", "", "万个");
  assert_parts (least_zh, least_zh_order, 3, "以上", "", "80", "", "%");
  assert_parts (down_en, down_en_order, 3, "", "\xe2\x88\x92", "6.1", "", "%");
  assert_parts (rank_zh, rank_zh_order, 2, "", "", "1", "", "第");

  /* The figure's place in the joined text, for setting it large. */
  text = plenary_formatted_number_join (money_en, PLENARY_NUMBER_JOIN_PLAIN, TRUE, &start, &end);
  g_assert_cmpstr (text, ==, "CNY 331.1 billion");
  g_assert_cmpuint (start, ==, 4);
  g_assert_cmpuint (end, ==, 9);
  g_clear_pointer (&text, g_free);
  text = plenary_formatted_number_join (down_en, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, &start, &end);
  g_assert_cmpstr (text, ==, "\xe2\x88\x92" "6.1%");
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 6);
  g_clear_pointer (&text, g_free);

  /* Without its qualifier (a slide sets it apart, above the number). */
  without = plenary_formatted_number_join (more_en, PLENARY_NUMBER_JOIN_NO_BREAK, FALSE, &start, &end);
  g_assert_cmpstr (without, ==, "30" NBSP "million");
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 2);

  /* The qualifier's own words may wrap; nothing else may. */
  screen = plenary_formatted_number_join (more_en, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, NULL, NULL);
  g_assert_cmpstr (screen, ==, "more than" NBSP "30" NBSP "million");
  g_clear_pointer (&screen, g_free);
  screen = plenary_formatted_number_join (more_zh, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, &start, &end);
  g_assert_cmpstr (screen, ==, "超" WJ "过" WJ "3000" WJ "万" WJ "个");
  g_assert_cmpstr (screen + start, ==, "3000" WJ "万" WJ "个");
  g_assert_cmpuint (end - start, ==, 4);
}

static void
test_shared_scale (void)
{
  PlenaryUnit *yi = find_unit ("亿元");
  PlenaryUnit *wange = find_unit ("万个");
  PlenaryUnit *wanren = find_unit ("万人");
  PlenaryUnit *percent = find_unit ("%");
  const double investment[] = { 3311, 1023, 1521, 112, 274, 381, 3334 };
  const double charging[] = { 2.3, 4.1 };
  const double masks[] = { 50, 3000 };
  g_autofree char *tick = NULL;
  g_autofree char *axis = NULL;
  g_autofree char *axis_zh = NULL;
  g_autofree char *small = NULL;
  g_autofree char *points = NULL;

  /* The investment table and the cards beside it: one scale, billions. */
  g_assert_cmpint (plenary_number_scale_choose (investment, G_N_ELEMENTS (investment), yi, PLENARY_LANGUAGE_EN),
                   ==, PLENARY_NUMBER_SCALE_BILLION);
  g_assert_cmpint (plenary_number_scale_choose (investment, G_N_ELEMENTS (investment), yi, PLENARY_LANGUAGE_ZH),
                   ==, PLENARY_NUMBER_SCALE_SOURCE);
  tick = plenary_format_on_axis (112, -1, yi, PLENARY_NUMBER_SCALE_BILLION, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (tick, ==, "11.2");
  g_clear_pointer (&tick, g_free);
  tick = plenary_format_on_axis (112, -1, yi, PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  g_assert_cmpstr (tick, ==, "112");
  g_clear_pointer (&tick, g_free);
  axis = plenary_unit_dup_axis_label (yi, PLENARY_NUMBER_SCALE_BILLION, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (axis, ==, "Unit: CNY billion");
  axis_zh = plenary_unit_dup_axis_label (yi, PLENARY_NUMBER_SCALE_SOURCE, PLENARY_LANGUAGE_ZH);
  g_assert_cmpstr (axis_zh, ==, "单位：亿元");
  {
    g_autoptr(PlenaryFormattedNumber) n = plenary_formatted_number_new (112, yi, PLENARY_QUALIFIER_NONE,
                                                                        PLENARY_NUMBER_SCALE_BILLION, PLENARY_LANGUAGE_EN);
    small = plenary_formatted_number_join (n, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
    g_assert_cmpstr (small, ==, "CNY 11.2 billion");
  }

  /* 4.1万个 is "41 thousand" in the chart, its neighbour and its card. */
  g_assert_cmpint (plenary_number_scale_choose (charging, 2, wange, PLENARY_LANGUAGE_EN),
                   ==, PLENARY_NUMBER_SCALE_THOUSAND);
  g_assert_cmpint (plenary_number_scale_choose (&charging[1], 1, wange, PLENARY_LANGUAGE_EN),
                   ==, PLENARY_NUMBER_SCALE_THOUSAND);
  tick = plenary_format_on_axis (4.1, -1, wange, PLENARY_NUMBER_SCALE_THOUSAND, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (tick, ==, "41");
  g_clear_pointer (&tick, g_free);
  g_clear_pointer (&axis, g_free);
  axis = plenary_unit_dup_axis_label (wange, PLENARY_NUMBER_SCALE_THOUSAND, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (axis, ==, "Unit: thousand");
  g_clear_pointer (&axis, g_free);
  axis = plenary_unit_dup_axis_label (wanren, PLENARY_NUMBER_SCALE_THOUSAND, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (axis, ==, "Unit: thousand people");

  /* A small value beside a large one takes the large one's scale. */
  g_assert_cmpint (plenary_number_scale_choose (masks, 2, wange, PLENARY_LANGUAGE_EN),
                   ==, PLENARY_NUMBER_SCALE_MILLION);
  tick = plenary_format_on_axis (50, -1, wange, PLENARY_NUMBER_SCALE_MILLION, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (tick, ==, "0.5");
  g_clear_pointer (&tick, g_free);

  /* Values side by side keep their digits where the largest stays under
   * 10,000 in the smaller scale; a value alone is rounded. */
  {
    PlenaryUnit *wanmu = find_unit ("万亩");
    PlenaryUnit *entities = find_unit ("万户:market-entities");
    const double farmland[] = { 95.1, 115 };
    const double market[] = { 219.8 };
    g_autoptr(PlenaryFormattedNumber) alone = plenary_formatted_number_new (219.8, entities, PLENARY_QUALIFIER_NONE,
                                                                            PLENARY_NUMBER_SCALE_SOURCE,
                                                                            PLENARY_LANGUAGE_EN);
    g_autofree char *alone_text = plenary_formatted_number_join (alone, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);

    g_assert_cmpint (plenary_number_scale_choose (farmland, 2, wanmu, PLENARY_LANGUAGE_EN),
                     ==, PLENARY_NUMBER_SCALE_THOUSAND);
    g_assert_cmpint (plenary_number_scale_choose (market, 1, entities, PLENARY_LANGUAGE_EN),
                     ==, PLENARY_NUMBER_SCALE_MILLION);
    g_assert_cmpstr (alone_text, ==, "2.2 million market entities");
    /* …but not when that makes the largest a five-digit figure. */
    g_assert_cmpint (plenary_number_scale_choose ((const double[]) { 0.35, 3311 }, 2, yi, PLENARY_LANGUAGE_EN),
                     ==, PLENARY_NUMBER_SCALE_BILLION);
  }

  /* Percentages are never scaled, and keep their sign on the axis. */
  g_assert_cmpint (plenary_number_scale_choose (masks, 2, percent, PLENARY_LANGUAGE_EN),
                   ==, PLENARY_NUMBER_SCALE_ONE);
  points = plenary_format_on_axis (-6.1, -1, percent, PLENARY_NUMBER_SCALE_ONE, PLENARY_LANGUAGE_EN);
  g_assert_cmpstr (points, ==, "\xe2\x88\x92" "6.1%");
  g_assert_null (plenary_unit_dup_axis_label (wange, PLENARY_NUMBER_SCALE_ONE, PLENARY_LANGUAGE_EN));
}

static guint
significant_digits (const char *digits)
{
  g_autofree char *bare = dup_without (digits, ",");
  const char *p = bare;
  gsize len;

  while (*p == '0' || *p == '.')
    p++;
  len = strlen (p);
  /* Trailing zeros of a whole number are not significant (3000万). */
  if (strchr (p, '.') == NULL)
    while (len > 0 && p[len - 1] == '0')
      len--;
  return (guint) (len - (memchr (p, '.', len) ? 1 : 0));
}

/* No false precision: for every indicator of the bundled report, the
 * English figure has at most two decimals and never more significant
 * digits than the Chinese one. */
static void
test_no_false_precision (void)
{
  GListModel *indicators = plenary_report_get_indicators (report);
  guint n = g_list_model_get_n_items (indicators);

  g_assert_cmpuint (n, >, 200);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(PlenaryFormattedNumber) en = plenary_indicator_format (indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                       PLENARY_LANGUAGE_EN);
      g_autoptr(PlenaryFormattedNumber) zh = plenary_indicator_format (indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                       PLENARY_LANGUAGE_ZH);
      const char *en_digits = plenary_formatted_number_get_part (en, PLENARY_NUMBER_PART_DIGITS);
      const char *zh_digits = plenary_formatted_number_get_part (zh, PLENARY_NUMBER_PART_DIGITS);
      const char *dot = strchr (en_digits, '.');

      g_test_message ("%s: %s / %s", plenary_indicator_get_id (indicator), en_digits, zh_digits);
      g_assert_true (dot == NULL || strlen (dot + 1) <= 2);
      g_assert_cmpuint (significant_digits (en_digits), <=, significant_digits (zh_digits));
      /* Every value carries its unit, or is a bare count in English. */
      g_assert_cmpstr (plenary_formatted_number_get_part (zh, PLENARY_NUMBER_PART_UNIT), !=, "");
    }
}

/* Two charts that show one indicator write it in the same scale, so that
 * neighbours never read "4.1 (10,000s)" and "41,000". */
static void
test_same_scale_in_every_chart (void)
{
  GListModel *charts = plenary_report_get_charts (report);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (charts);
  guint shared = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(PlenaryChartSpec) chart = g_list_model_get_item (charts, c);
      GPtrArray *indicators = plenary_chart_spec_get_indicators (chart);

      for (guint i = 0; i < indicators->len; i++)
        {
          PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
          PlenaryNumberScale scale = plenary_chart_spec_choose_scale (chart, plenary_indicator_get_unit (indicator),
                                                                      PLENARY_LANGUAGE_EN);
          gpointer before;

          if (g_hash_table_lookup_extended (seen, indicator, NULL, &before))
            {
              g_test_message ("%s in %s", plenary_indicator_get_id (indicator), plenary_chart_spec_get_id (chart));
              g_assert_cmpint (GPOINTER_TO_INT (before), ==, scale);
              shared++;
            }
          g_hash_table_insert (seen, indicator, GINT_TO_POINTER (scale));
        }
    }
  /* The check means something: many indicators are in two charts. */
  g_assert_cmpuint (shared, >, 10);
}

/* A value reads the same on its card as in the charts beside it. */
static void
test_cards_match_charts (void)
{
  const struct { const char *id; const char *en; } rows[] = {
    { "charging-piles-target-cumulative", "aiming for 41 thousand charging points" },
    { "charging-piles-total", "more than 23 thousand charging points" },
    { "high-standard-farmland", "951 thousand mu" },
    { "high-standard-farmland-cumulative-2020", "1,150 thousand mu" },
    { "mask-daily-output-baseline-2020", "0.5 million masks" },
    { "key-projects-investment-2020", "aiming for CNY 331.1 billion" },
    { "baiyun-airport-passengers-2019", "73.39 million passengers" },
    { "new-jobs-2019", "337.3 thousand people" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      PlenaryIndicator *indicator = plenary_report_find_indicator (report, rows[i].id);
      g_autoptr(PlenaryFormattedNumber) number = plenary_indicator_format (indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                           PLENARY_LANGUAGE_EN);
      g_autofree char *text = plenary_formatted_number_join (number, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
      g_autofree char *display = plenary_indicator_dup_display (indicator, PLENARY_LANGUAGE_EN);
      g_auto(GStrv) words = g_strsplit (display, NBSP, -1);
      g_autofree char *spaced = g_strjoinv (" ", words);

      g_assert_cmpstr (text, ==, rows[i].en);
      g_assert_cmpstr (spaced, ==, rows[i].en);
    }
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
test_qualifiers (void)
{
  PlenaryUnit *wan = find_unit ("万个");
  PlenaryUnit *percent = find_unit ("%");
  PlenaryUnit *yi = find_unit ("亿元");
  const struct {
    double            value;
    PlenaryUnit      *unit;
    PlenaryQualifier  qualifier;
    const char       *zh;
    const char       *en;
  } rows[] = {
    { 3000, wan, PLENARY_QUALIFIER_MORE_THAN, "超过3000万个", "more than 30 million" },
    { 80, percent, PLENARY_QUALIFIER_AT_LEAST, "80%以上", "at least 80%" },
    { 3.5, percent, PLENARY_QUALIFIER_AT_MOST, "3.5%以内", "at most 3.5%" },
    { 100, percent, PLENARY_QUALIFIER_ABOUT, "100%左右", "about 100%" },
    { 12, percent, PLENARY_QUALIFIER_AIM, "力争12%", "aiming for 12%" },
    { 10000, yi, PLENARY_QUALIFIER_MORE_THAN, "超过10000亿元", "more than CNY 1 trillion" },
    { 1.4, find_unit ("万人"), PLENARY_QUALIFIER_ABOUT, "1.4万人左右", "about 14 thousand people" },
  };
  PlenaryQualifier q;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    for (PlenaryLanguage language = PLENARY_LANGUAGE_ZH; language <= PLENARY_LANGUAGE_EN; language++)
      {
        g_autoptr(PlenaryFormattedNumber) n = plenary_formatted_number_new (rows[i].value, rows[i].unit,
                                                                            rows[i].qualifier,
                                                                            PLENARY_NUMBER_SCALE_SOURCE, language);
        g_autofree char *text = plenary_formatted_number_join (n, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);

        g_assert_cmpstr (text, ==, language == PLENARY_LANGUAGE_ZH ? rows[i].zh : rows[i].en);
      }

  g_assert_true (plenary_qualifier_parse ("at-most", &q));
  g_assert_cmpint (q, ==, PLENARY_QUALIFIER_AT_MOST);
  g_assert_cmpstr (plenary_qualifier_symbol (q), ==, "≤");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_AT_LEAST), ==, "≥");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_ABOUT), ==, "≈");
  g_assert_cmpstr (plenary_qualifier_symbol (PLENARY_QUALIFIER_MORE_THAN), ==, ">");
  g_assert_false (plenary_qualifier_parse ("roughly", &q));
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
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/format/table", test_table);
  g_test_add_func ("/format/every-unit-covered", test_every_unit_covered);
  g_test_add_func ("/format/parts", test_parts);
  g_test_add_func ("/format/shared-scale", test_shared_scale);
  g_test_add_func ("/format/no-false-precision", test_no_false_precision);
  g_test_add_func ("/format/same-scale-in-every-chart", test_same_scale_in_every_chart);
  g_test_add_func ("/format/cards-match-charts", test_cards_match_charts);
  g_test_add_func ("/format/plain-numbers", test_plain_numbers);
  g_test_add_func ("/format/qualifiers", test_qualifiers);
  g_test_add_func ("/format/periods", test_periods);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
