/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "plenary-import-source.h"
#include "import-test-util.h"

static GPtrArray *
read_string (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  GPtrArray *paragraphs = plenary_text_reader_read (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (paragraphs);
  return paragraphs;
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = import_test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_text_reader_read (bytes, &error);
  g_autoptr(GPtrArray) expected = import_test_expected (g_str_has_prefix (name, "seed") ? "PLENARY_SEED_TEXT"
                                                                                        : "PLENARY_INVENTED_TEXT");

  g_assert_no_error (error);
  import_test_assert_paragraphs (expected, paragraphs, name);
}

static void
test_decode (void)
{
  struct { const char *bytes; gsize len; const char *text; } cases[] = {
    { "\xEF\xBB\xBF" "增长", 9, "增长" },
    { "\xFF\xFE\x9E\x58\x7F\x95", 6, "增长" },
    { "\xFE\xFF\x58\x9E\x95\x7F", 6, "增长" },
    { "\xD4\xF6\xB3\xA4", 4, "增长" },                    /* GBK */
    { "GDP \xD4\xF6\xB3\xA4 5.6%", 13, "GDP 增长 5.6%" },
    { "\x81\x30\x89\x38", 4, "\xC3\x9F" },                  /* a GB18030 four-byte sequence: ß */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].bytes, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = plenary_text_decode (bytes, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_bad_encoding (void)
{
  struct { const char *bytes; gsize len; int code; } cases[] = {
    { "", 0, PLENARY_IMPORT_ERROR_EMPTY },
    { "abc\xFF\xFF\x80", 6, PLENARY_IMPORT_ERROR_ENCODING },          /* neither UTF-8 nor GB18030 */
    { "\xFF\xFE\x00\xD8", 4, PLENARY_IMPORT_ERROR_ENCODING },         /* a lone UTF-16 surrogate */
    { "caf\xE9 au lait", 12, PLENARY_IMPORT_ERROR_ENCODING },         /* Latin-1 */
    { "\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3E\x00", 20,
      PLENARY_IMPORT_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].bytes, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) paragraphs = plenary_text_reader_read (bytes, &error);

      g_assert_null (paragraphs);
      import_test_assert_error (error, cases[i].code);
    }
}

static void
test_binary_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 50; round++)
    {
      gsize len = g_rand_int_range (rand, 64, 4096);
      guint8 *data = g_malloc (len);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) paragraphs = NULL;

      for (gsize i = 0; i < len; i++)
        data[i] = g_rand_int (rand);
      bytes = g_bytes_new_take (data, len);
      paragraphs = plenary_text_reader_read (bytes, &error);
      g_assert_null (paragraphs);
      import_test_assert_error (error, PLENARY_IMPORT_ERROR_ENCODING);
    }
}

static void
test_blank (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("\r\n\u3000\u3000 \t\n\n", 12);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_text_reader_read (bytes, &error);

  g_assert_null (paragraphs);
  import_test_assert_error (error, PLENARY_IMPORT_ERROR_EMPTY);
}

static void
test_lines (void)
{
  g_autoptr(GPtrArray) paragraphs = read_string ("\u3000\u3000第一段。\r\n第二段\rThird  line \n\n\n");

  g_assert_cmpuint (paragraphs->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==, "第一段。");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 1), ==, "第二段");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 2), ==, "Third  line");
}

/* A text saved from a PDF: lines wrapped at one width wherever they fell,
 * numbers and words included, paragraphs marked by indentation. */
static void
test_hard_wrapped (void)
{
  const char *text =
    "　　全市地区生产总值完成1320.2亿\n"
    "元，增长5.6%；细颗粒物浓度（PM2.\n"
    "5）平均浓度下降到27微克/立方米，\n"
    "空气质量优良天数比例为91.5%。\n"
    "　　城镇新增就业3.6万人，城镇调\n"
    "查失业率控制在5.0%以内，新建改扩\n"
    "建中小学和幼儿园14所，新增学位\n"
    "1.8万个。\n"
    "　　二、主要目标\n"
    "　　The city grew by 5.6 per cent\n"
    "in 2023 and plans a growth of 5.5\n"
    "per cent for 2024, as the report\n"
    "says.\n";
  g_autoptr(GPtrArray) paragraphs = read_string (text);

  g_assert_cmpuint (paragraphs->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==,
                   "全市地区生产总值完成1320.2亿元，增长5.6%；细颗粒物浓度（PM2.5）平均浓度下降到27微克/立方米，"
                   "空气质量优良天数比例为91.5%。");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 1), ==,
                   "城镇新增就业3.6万人，城镇调查失业率控制在5.0%以内，新建改扩建中小学和幼儿园14所，新增学位1.8万个。");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 2), ==, "二、主要目标");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 3), ==,
                   "The city grew by 5.6 per cent in 2023 and plans a growth of 5.5 per cent for 2024, as the report says.");
}

/* Lines of one paragraph each, however alike their lengths, stay apart
 * when they end their sentences. */
static void
test_not_wrapped (void)
{
  const char *text =
    "一、2023年计划执行情况良好\n"
    "地区生产总值增长5.6%，高于全省平均水平。\n"
    "规模以上工业增加值增长6.4%，高于预期。\n"
    "社会消费品零售总额增长8.3%，持续回升。\n"
    "城镇调查失业率控制在5.0%以内，总体稳定。\n";
  g_autoptr(GPtrArray) paragraphs = read_string (text);

  g_assert_cmpuint (paragraphs->len, ==, 5);
}

/* What pdftotext writes: no indentation, digits narrower than their
 * columns, a running header after each form feed and page numbers. */
static void
test_pdftotext (void)
{
  const char *text =
    "示例市2023年计划执行情况报告\n"
    "\n"
    "过去一年，全市上下坚持稳中求进，经济运行总体回升向好。地区\n"
    "生产总值完成1320.2亿元，增长5.6%；一般公共预算收入86.4亿元\n"
    "，增长7.1%；社会消费品零售总额增长8.3%，城镇调查失业率控制\n"
    "\n"
    "—1—\n"
    "\f示例市2023年计划执行情况报告\n"
    "\n"
    "在5.0%以内。\n"
    "城镇新增就业3.6万人，新建改扩建中小学和幼儿园14所，新增学位\n"
    "1.8万个，基本养老保险参保人数达到215万人，民生保障扎实有力。\n"
    "\n"
    "—2—\n"
    "\f示例市2023年计划执行情况报告\n"
    "\n"
    "二、2024年主要目标\n"
    "地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，固定\n"
    "资产投资增长6%，社会消费品零售总额增长7%左右。\n"
    "\n"
    "—3—\n";
  g_autoptr(GPtrArray) paragraphs = read_string (text);
  const char *expected[] = {
    "过去一年，全市上下坚持稳中求进，经济运行总体回升向好。地区生产总值完成1320.2亿元，增长5.6%；"
    "一般公共预算收入86.4亿元，增长7.1%；社会消费品零售总额增长8.3%，城镇调查失业率控制在5.0%以内。",
    "城镇新增就业3.6万人，新建改扩建中小学和幼儿园14所，新增学位1.8万个，基本养老保险参保人数达到215万人，民生保障扎实有力。",
    "二、2024年主要目标",
    "地区生产总值增长5.5%左右，规模以上工业增加值增长6%以上，固定资产投资增长6%，社会消费品零售总额增长7%左右。",
  };

  for (guint i = 0; i < paragraphs->len; i++)
    g_test_message ("[%u] %s", i, (const char *) g_ptr_array_index (paragraphs, i));
  g_assert_cmpuint (paragraphs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (paragraphs, i), ==, expected[i]);
}

static void
test_too_large_bytes (void)
{
  gsize len = PLENARY_IMPORT_MAX_BYTES + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (len), len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_text_reader_read (bytes, &error);

  g_assert_null (paragraphs);
  import_test_assert_error (error, PLENARY_IMPORT_ERROR_TOO_LARGE);
}

/* A 200 MB file (sparse: it takes no disk) is refused by its size
 * before it is read, so quickly and without 200 MB of memory. */
static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 start;
  int fd = g_file_open_tmp ("plenary-import-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, (goffset) 200 * 1024 * 1024), ==, 0);
  close (fd);

  file = g_file_new_for_path (path);
  start = g_get_monotonic_time ();
  bytes = plenary_import_load_bytes (file, NULL, &error);
  g_assert_null (bytes);
  import_test_assert_error (error, PLENARY_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_unlink (path);
}

static void
test_load_small_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = import_test_fixture_path ("seed-gb18030.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = plenary_import_load_bytes (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
}

int
main (int    argc,
      char **argv)
{
  const char *fixtures[] = {
    "seed-utf8.txt", "seed-utf8-bom-crlf.txt", "seed-wrapped.txt", "seed-gb18030.txt",
    "seed-utf16le.txt", "seed-utf16be.txt",
    "qingchuan-utf8.txt", "qingchuan-utf8-bom-crlf.txt", "qingchuan-wrapped.txt",
    "qingchuan-gb18030.txt", "qingchuan-utf16le.txt", "qingchuan-utf16be.txt",
  };

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/text/fixture/%s", fixtures[i]);

      g_test_add_data_func (path, fixtures[i], test_fixture);
    }
  g_test_add_func ("/import/text/decode", test_decode);
  g_test_add_func ("/import/text/bad-encoding", test_bad_encoding);
  g_test_add_func ("/import/text/binary-garbage", test_binary_garbage);
  g_test_add_func ("/import/text/blank", test_blank);
  g_test_add_func ("/import/text/lines", test_lines);
  g_test_add_func ("/import/text/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/import/text/not-wrapped", test_not_wrapped);
  g_test_add_func ("/import/text/pdftotext", test_pdftotext);
  g_test_add_func ("/import/text/too-large-bytes", test_too_large_bytes);
  g_test_add_func ("/import/text/too-large-file", test_too_large_file);
  g_test_add_func ("/import/text/load", test_load_small_file);
  return g_test_run ();
}
