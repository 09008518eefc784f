/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PDF reader's layout rules on lines whose boxes are given, so that
 * each rule is tried without typesetting a PDF for it. */
#include <locale.h>

#include "plenary-pdf-lines.h"
#include "plenary-import-error.h"

#define LEFT 80.0
#define RIGHT 520.0
#define SIZE 16.0

static void
add (GPtrArray  *lines,
     guint       page,
     double      x0,
     double      x1,
     double      y0,
     const char *text)
{
  PdfLine *line = g_new0 (PdfLine, 1);

  line->text = g_strdup (text);
  line->page = page;
  line->x0 = x0;
  line->x1 = x1;
  line->y0 = y0;
  line->y1 = y0 + SIZE;
  line->page_height = 842;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_iswide (g_utf8_get_char (p)))
      line->wide++;
  line->wide_width = line->wide * SIZE;
  g_ptr_array_add (lines, line);
}

static void
assert_paragraphs (GPtrArray   *lines,
                   guint        n_pages,
                   const char **expected,
                   guint        n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_pdf_lines_to_paragraphs (lines, n_pages, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < paragraphs->len; i++)
    g_test_message ("[%u] %s", i, (const char *) g_ptr_array_index (paragraphs, i));
  g_assert_cmpuint (paragraphs->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (g_ptr_array_index (paragraphs, i), ==, expected[i]);
}

/* A paragraph that runs over a page break inside "1320.2亿元", then a
 * number broken after its decimal point; the page number, the running
 * header and the spaces of a letter-spaced line go. */
static void
test_breaks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (plenary_pdf_line_free);
  const char *expected[] = {
    "全市地区生产总值完成1320.2亿元，增长5.6%；细颗粒物（PM2.5）平均浓度下降到27微克/立方米。",
    "二、主要目标",
    "各位代表：",
    "城镇新增就业3.6万人，城镇调查失业率控制在5.0%以内。",
  };

  add (lines, 0, 112, RIGHT, 100, "全市地区生产总值完成一二三四五六七");
  add (lines, 0, LEFT, RIGHT, 128, "八九十1320.2亿");
  add (lines, 0, 280, 320, 800, "— 1 —");
  add (lines, 1, 200, 400, 40, "青川市2023年计划执行情况报告");
  add (lines, 1, LEFT, RIGHT, 100, "元，增长5.6%；细颗粒物（PM2.");
  add (lines, 1, LEFT, 300, 128, "5）平均浓度下降到27微克/立方米。");
  add (lines, 1, 112, 250, 156, "二、主要目标");
  add (lines, 1, LEFT, 200, 184, "各 位 代 表：");
  add (lines, 1, 280, 320, 800, "-2-");
  add (lines, 2, 200, 400, 40, "青川市2023年计划执行情况报告");
  add (lines, 2, 112, RIGHT, 100, "城镇新增就业3.6万人，城镇调查失业");
  add (lines, 2, LEFT, 260, 128, "率控制在5.0%以内。");
  add (lines, 2, 270, 330, 800, "第 3 页 共 3 页");

  /* The placeholder characters stand for a line's worth of text. */
  expected[0] = "全市地区生产总值完成一二三四五六七八九十1320.2亿元，增长5.6%；细颗粒物（PM2.5）平均浓度下降到27微克/立方米。";
  assert_paragraphs (lines, 3, expected, G_N_ELEMENTS (expected));
}

/* Without indents, paragraphs are set apart by a wider gap, and a heading
 * after a full stop starts a paragraph even under a full line. */
static void
test_gaps_and_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (plenary_pdf_line_free);
  const char *expected[] = {
    "过去一年全市经济运行总体回升向好，主要指标好于预期。地区生产总值增长5.6%。",
    "规模以上工业增加值增长6.4%，高技术制造业增加值增长12.6%。",
    "（一）产业结构持续优化。",
  };

  add (lines, 0, LEFT, RIGHT, 100, "过去一年全市经济运行总体回升向好，主要指标好于预期。");
  add (lines, 0, LEFT, 300, 128, "地区生产总值增长5.6%。");
  add (lines, 0, LEFT, RIGHT, 176, "规模以上工业增加值增长6.4%，高技术制造业增加值增长");
  add (lines, 0, LEFT, RIGHT, 204, "12.6%。");
  add (lines, 0, LEFT, 300, 232, "（一）产业结构持续优化。");
  /* The full line ending in 12.6%。 is made full on purpose: the heading
   * still starts its own paragraph. */
  assert_paragraphs (lines, 1, expected, G_N_ELEMENTS (expected));
}

/* A title in larger type centred on two lines stays one paragraph; the
 * subtitle under it, in body type, is another. */
static void
test_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (plenary_pdf_line_free);
  const char *expected[] = {
    "关于青川市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
    "——2024年1月在青川市第九届人民代表大会第三次会议上",
    "各位代表：",
    "受市人民政府委托现将青川市计划执行情况提请大会审议并请市政协各位委员提出意见现将有关情况报告"
    "如下本报告为测试用的虚构文本城市人物和数字均为编写过去一年全市上下坚持稳中求进经济运行回升向好。",
  };
  PdfLine *title1, *title2;

  add (lines, 0, 110, 490, 80, "关于青川市2023年国民经济和社会发展计划");
  add (lines, 0, 150, 450, 112, "执行情况与2024年计划草案的报告");
  title1 = g_ptr_array_index (lines, 0);
  title2 = g_ptr_array_index (lines, 1);
  title1->y1 = title1->y0 + 24;
  title2->y1 = title2->y0 + 24;
  add (lines, 0, 120, 480, 160, "——2024年1月在青川市第九届人民代表大会第三次会议上");
  add (lines, 0, LEFT, 160, 200, "各位代表：");
  /* The body, from which the column is measured. */
  add (lines, 0, 112, RIGHT, 228, "受市人民政府委托现将青川市计划执行情况提请大会");
  add (lines, 0, LEFT, RIGHT, 256, "审议并请市政协各位委员提出意见现将有关情况报告");
  add (lines, 0, LEFT, RIGHT, 284, "如下本报告为测试用的虚构文本城市人物和数字均为");
  add (lines, 0, LEFT, RIGHT, 312, "编写过去一年全市上下坚持稳中求进经济运行回升向");
  add (lines, 0, LEFT, 200, 340, "好。");
  assert_paragraphs (lines, 1, expected, G_N_ELEMENTS (expected));
}

/* Set ragged right (English here): lines that stop mid-sentence go on,
 * a short line that ends a sentence ends the paragraph. */
static void
test_ragged (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (plenary_pdf_line_free);
  const char *expected[] = {
    "The city's gross domestic product grew by 5.6 per cent to 132.02 billion yuan, and its retail sales by 8.3 per cent.",
    "Fixed-asset investment grew by 6 per cent.",
  };

  add (lines, 0, LEFT, RIGHT - 10, 100, "The city's gross domestic product grew by 5.6 per");
  add (lines, 0, LEFT, RIGHT - 40, 128, "cent to 132.02 billion yuan, and its retail sales by");
  add (lines, 0, LEFT, 200, 156, "8.3 per cent.");
  add (lines, 0, LEFT, RIGHT - 30, 184, "Fixed-asset investment grew by 6 per cent.");
  assert_paragraphs (lines, 1, expected, G_N_ELEMENTS (expected));
}

static void
test_close_spaces (void)
{
  g_autofree char *a = plenary_pdf_line_close_cjk_spaces ("各 位  代 表： 2019 年 GDP 增长 5.6%");

  g_assert_cmpstr (a, ==, "各位代表： 2019 年 GDP 增长 5.6%");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/pdf-lines/breaks", test_breaks);
  g_test_add_func ("/import/pdf-lines/gaps-and-headings", test_gaps_and_headings);
  g_test_add_func ("/import/pdf-lines/title", test_title);
  g_test_add_func ("/import/pdf-lines/ragged", test_ragged);
  g_test_add_func ("/import/pdf-lines/close-spaces", test_close_spaces);
  return g_test_run ();
}
