/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>
#include <locale.h>
#include <string.h>

#include "plenary-import-source.h"
#include "import-test-util.h"

static GPtrArray *
read_html (const char *html,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (html, strlen (html));

  return plenary_html_reader_read (bytes, error);
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = import_test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_html_reader_read (bytes, &error);
  g_autoptr(GPtrArray) expected = import_test_expected (g_str_has_prefix (name, "seed") ? "PLENARY_SEED_TEXT"
                                                                                        : "PLENARY_INVENTED_TEXT");

  g_assert_no_error (error);
  import_test_assert_paragraphs (expected, paragraphs, name);
  /* The chrome around the article stays out. */
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *p = g_ptr_array_index (paragraphs, i);

      g_assert_null (strstr (p, "上一篇"));
      g_assert_null (strstr (p, "打印本页"));
      g_assert_null (strstr (p, "分享到"));
      g_assert_null (strstr (p, "备案号"));
      g_assert_null (strstr (p, "当前位置"));
      g_assert_false (g_str_has_prefix (p, " "));
      g_assert_false (g_str_has_prefix (p, "\u3000"));
      g_assert_false (g_str_has_prefix (p, "\u00A0"));
    }
}

static void
test_paragraphs (void)
{
  const char *html =
    "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div>"
    "<div class=\"article-content\">"
    "<p>&nbsp;&nbsp;&nbsp;&nbsp;地区生产总值<span>增长</span><b>5.6%</b>，高于全省平均水平。<br>"
    "\u3000\u3000规模以上工业增加值增长6.4%，\n高于预期目标。</p>"
    "<p style=\"text-indent:2em\">社会消费品零售总额增长8.3%，\r\n  继续回升向好，市场活力持续增强。</p>"
    "<table><tr><th>指标</th><th>2023年</th></tr>"
    "<tr><td><p>地区生产总值</p></td><td>1320.2亿元</td></tr></table>"
    "<div>一般公共预算收入86.4亿元，增长7.1%。The report says so.</div>"
    "<p>【打印本页】【关闭窗口】</p>"
    "</div><div class=\"bottom\">网站地图 | 联系我们</div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = read_html (html, &error);
  const char *expected[] = {
    "地区生产总值增长5.6%，高于全省平均水平。",
    "规模以上工业增加值增长6.4%，高于预期目标。",
    "社会消费品零售总额增长8.3%，继续回升向好，市场活力持续增强。",
    "指标\t2023年",
    "地区生产总值\t1320.2亿元",
    "一般公共预算收入86.4亿元，增长7.1%。The report says so.",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (paragraphs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (paragraphs, i), ==, expected[i]);
}

/* The article is found by its text, not by its class: here the links
 * outnumber it and no class names it. */
static void
test_density (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body><div id=\"a\"><ul>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;

  for (guint i = 0; i < 80; i++)
    g_string_append_printf (html, "<li><a href=\"/%u\">关于做好第%u批项目申报工作的通知</a></li>", i, i);
  g_string_append (html, "</ul></div><div id=\"b\"><div>");
  for (guint i = 0; i < 5; i++)
    g_string_append_printf (html, "<p>第%u段：全市固定资产投资增长6%%，其中工业投资增长12%%，基础设施投资增长8%%。</p>", i + 1);
  g_string_append (html, "</div></div></body></html>");

  paragraphs = read_html (html->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paragraphs->len, ==, 5);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (paragraphs, 0), "第1段"));
}

/* An old site laid out with tables: the article's paragraphs stand in a
 * cell, and stay paragraphs. */
static void
test_layout_table (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body><table width=\"960\"><tr><td width=\"200\">"
                                          "<a href=\"/\">首页</a></td><td>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (html, "<p>\u3000\u3000第%u段：全市固定资产投资增长6%%，其中工业投资增长12%%，"
                                  "基础设施投资增长8%%，民间投资增长4%%。</p>", i + 1);
  g_string_append (html, "</td></tr></table></body></html>");

  paragraphs = read_html (html->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paragraphs->len, ==, 6);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (paragraphs, 5), "第6段："));
}

/* A text published as preformatted lines: one paragraph per line. */
static void
test_pre (void)
{
  const char *html = "<html><body><a href=\"/\">首页</a><pre>\n"
                     "\u3000\u3000地区生产总值完成1320.2亿元，增长5.6%。\n"
                     "\u3000\u3000一般公共预算收入86.4亿元，增长7.1%。\n"
                     "\u3000\u3000社会消费品零售总额612.8亿元，增长8.3%。\n"
                     "</pre></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = read_html (html, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (paragraphs->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 2), ==, "社会消费品零售总额612.8亿元，增长8.3%。");
}

static void
test_no_article (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>示例市人民政府</title></head><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (html, "<div class=\"item\"><a href=\"/%u\">新闻标题第%u条</a><span>2024-01-%02u</span></div>",
                            i, i, i % 28 + 1);
  g_string_append (html, "<script>var x = '很长很长的脚本文字很长很长的脚本文字很长很长的脚本文字很长很长的脚本文字很长很长的脚本文字';</script>"
                         "</body></html>");
  paragraphs = read_html (html->str, &error);
  g_assert_null (paragraphs);
  import_test_assert_error (error, PLENARY_IMPORT_ERROR_NO_ARTICLE);
}

static void
test_bad_input (void)
{
  struct { const char *bytes; gsize len; int code; } cases[] = {
    { "", 0, PLENARY_IMPORT_ERROR_EMPTY },
    { "<html><body></body></html>", 26, PLENARY_IMPORT_ERROR_NO_ARTICLE },
    { "<html><body><p>短</p></body></html>", 36, PLENARY_IMPORT_ERROR_NO_ARTICLE },
    { "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 20, PLENARY_IMPORT_ERROR_ENCODING },
    { "<html><head><meta charset=\"utf-8\"></head><body>\xFF\xFE\x00\x01\x02\x03</body></html>", 67,
      PLENARY_IMPORT_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].bytes, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) paragraphs = plenary_html_reader_read (bytes, &error);

      g_assert_null (paragraphs);
      import_test_assert_error (error, cases[i].code);
    }
}

/* A GBK page that declares nothing is recognised like a text file. */
static void
test_undeclared_gbk (void)
{
  const char *html = "<html><body><div><p>地区生产总值完成1320.2亿元，增长5.6%；一般公共预算收入86.4亿元，增长7.1%；"
                     "社会消费品零售总额612.8亿元，增长8.3%。</p></div></body></html>";
  gsize len = 0;
  g_autofree char *gbk = g_convert (html, -1, "GB18030", "UTF-8", NULL, &len, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (gbk, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_html_reader_read (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (paragraphs, 0), "地区生产总值完成1320.2亿元"));
}

/* Sites declare the wrong charset often enough: bytes that are valid
 * UTF-8 are UTF-8, and GBK under a UTF-8 declaration is recognised. */
static void
test_wrong_declaration (void)
{
  const char *body = "<body><div><p>地区生产总值完成1320.2亿元，增长5.6%；一般公共预算收入86.4亿元，增长7.1%；"
                     "社会消费品零售总额612.8亿元，增长8.3%。</p></div></body></html>";
  g_autofree char *utf8_as_gbk = g_strconcat ("<html><head><meta http-equiv=\"Content-Type\" "
                                              "content=\"text/html; charset=gb2312\"></head>", body, NULL);
  g_autofree char *gbk_as_utf8 = g_strconcat ("<html><head><meta charset=\"utf-8\"></head>", body, NULL);
  gsize len = 0;
  g_autofree char *gbk = g_convert (gbk_as_utf8, -1, "GB18030", "UTF-8", NULL, &len, NULL);
  const struct { const char *data; gsize len; } cases[] = {
    { utf8_as_gbk, strlen (utf8_as_gbk) },
    { gbk, len },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].data, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) paragraphs = plenary_html_reader_read (bytes, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (paragraphs->len, ==, 1);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (paragraphs, 0), "地区生产总值完成1320.2亿元"));
    }
}

int
main (int    argc,
      char **argv)
{
  const char *fixtures[] = {
    "seed-utf8.html", "seed-gbk.html", "qingchuan-utf8.html", "qingchuan-gbk.html",
  };

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/html/fixture/%s", fixtures[i]);

      g_test_add_data_func (path, fixtures[i], test_fixture);
    }
  g_test_add_func ("/import/html/paragraphs", test_paragraphs);
  g_test_add_func ("/import/html/density", test_density);
  g_test_add_func ("/import/html/no-article", test_no_article);
  g_test_add_func ("/import/html/layout-table", test_layout_table);
  g_test_add_func ("/import/html/pre", test_pre);
  g_test_add_func ("/import/html/bad-input", test_bad_input);
  g_test_add_func ("/import/html/undeclared-gbk", test_undeclared_gbk);
  g_test_add_func ("/import/html/wrong-declaration", test_wrong_declaration);
  return g_test_run ();
}
