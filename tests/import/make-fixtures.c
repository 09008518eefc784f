/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Generates the readers' test fixtures from a report's text, one
 * paragraph per non-empty line:
 *
 *   make-fixtures text SOURCE OUTDIR PREFIX   text and web pages
 *   make-fixtures pdf SOURCE OUT.pdf [STYLE [PAGES]]
 *   make-fixtures image-pdf OUT.pdf           a scan: no text layer
 *   make-fixtures encrypted-pdf OUT.pdf       needs a password
 *
 * The PDF is typeset the way Chinese government reports are: A4, lines
 * justified and broken wherever they fall (inside numbers too), 2-em
 * indents, a running header and page numbers in the footer.  STYLE
 * "gap" typesets without indents, paragraphs set apart by space instead,
 * and "第 N 页 共 M 页" footers; "official" in 16-point type, the title on
 * narrower centred lines, headings flush left, page numbers outside and
 * no running header.  PAGES repeats the text until the PDF has
 * at least that many pages (for the benchmark). */
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

/* The generator runs at build time, where the sanitizer builds' leak
 * suppressions do not apply, and fontconfig's and cairo's caches live
 * until the process exits. */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

#define PAGE_WIDTH 595.28
#define PAGE_HEIGHT 841.89

static char **
read_paragraphs (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *out = g_ptr_array_new ();

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (*line)
        g_ptr_array_add (out, g_steal_pointer (&line));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* The lines before the salutation ("各位代表：") are the title block. */
static guint
salutation_index (char **paragraphs)
{
  for (guint i = 0; paragraphs[i]; i++)
    if (g_str_has_suffix (paragraphs[i], "代表：") || g_str_has_suffix (paragraphs[i], "同志们："))
      return i;
  return 0;
}

static void
write_file (const char *dir,
            const char *name,
            const char *data,
            gssize      len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, data, len, &error))
    g_error ("%s", error->message);
}

static char *
convert_or_die (const char *text,
                const char *to,
                gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (text, -1, to, "UTF-8", NULL, len, &error);

  if (out == NULL)
    g_error ("%s: %s", to, error->message);
  return out;
}

static guint
plenary_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

/* Wraps @text at @width columns wherever it falls (a Chinese character is
 * two columns), as a text saved from a PDF is. */
static void
wrap_into (GString    *out,
           const char *text,
           const char *indent,
           guint       width,
           const char *eol)
{
  guint column = 0;

  g_string_append (out, indent);
  column = plenary_width (indent);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint w = g_unichar_iswide (c) ? 2 : 1;

      if (column + w > width && !(c < 128 && g_ascii_isalpha (c) && p > text && g_ascii_isalpha (p[-1])))
        {
          g_string_append (out, eol);
          column = 0;
        }
      g_string_append_unichar (out, c);
      column += w;
    }
  g_string_append (out, eol);
}

static void
make_text (const char *source,
           const char *dir,
           const char *prefix)
{
  g_auto(GStrv) paragraphs = read_paragraphs (source);
  guint salutation = salutation_index (paragraphs);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) crlf = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GString) wrapped = g_string_new (NULL);
  g_autoptr(GString) html = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *gb = NULL, *le = NULL, *be = NULL, *gbk_html = NULL;
  gsize gb_len, le_len, be_len, gbk_len;
  guint wrapped_lines = 0, page = 1;
  gboolean br_style = strcmp (prefix, "seed") != 0;

  for (guint i = 0; paragraphs[i]; i++)
    {
      /* The usual file: blank lines between paragraphs, full-width
       * spaces as indentation. */
      g_string_append_printf (plain, "%s%s\n\n", i > salutation ? "\u3000\u3000" : "", paragraphs[i]);
      g_string_append_printf (crlf, "%s\r\n", paragraphs[i]);
    }

  /* Saved from a PDF: hard-wrapped at 60 columns, no blank lines, page
   * numbers and form feeds every 40 lines. */
  for (guint i = 0; paragraphs[i]; i++)
    {
      g_autoptr(GString) one = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;

      wrap_into (one, paragraphs[i], i > salutation ? "\u3000\u3000" : "", 60, "\n");
      lines = g_strsplit (one->str, "\n", -1);
      for (guint j = 0; lines[j] && (lines[j][0] || lines[j + 1]); j++)
        {
          g_string_append_printf (wrapped, "%s\r\n", lines[j]);
          if (++wrapped_lines % 40 == 0)
            g_string_append_printf (wrapped, "\r\n                          — %u —\r\n\f", page++);
        }
    }

  gb = convert_or_die (plain->str, "GB18030", &gb_len);
  le = convert_or_die (plain->str, "UTF-16LE", &le_len);
  be = convert_or_die (plain->str, "UTF-16BE", &be_len);

  name = g_strdup_printf ("%s-utf8.txt", prefix);
  write_file (dir, name, plain->str, plain->len);
  g_free (name);
  name = g_strdup_printf ("%s-utf8-bom-crlf.txt", prefix);
  write_file (dir, name, crlf->str, crlf->len);
  g_free (name);
  name = g_strdup_printf ("%s-wrapped.txt", prefix);
  write_file (dir, name, wrapped->str, wrapped->len);
  g_free (name);
  name = g_strdup_printf ("%s-gb18030.txt", prefix);
  write_file (dir, name, gb, gb_len);
  {
    g_autoptr(GString) bom = g_string_new_len ("\xFF\xFE", 2);

    g_string_append_len (bom, le, le_len);
    g_free (name);
    name = g_strdup_printf ("%s-utf16le.txt", prefix);
    write_file (dir, name, bom->str, bom->len);
    g_string_assign (bom, "");
    g_string_append_len (bom, "\xFE\xFF", 2);
    g_string_append_len (bom, be, be_len);
    g_free (name);
    name = g_strdup_printf ("%s-utf16be.txt", prefix);
    write_file (dir, name, bom->str, bom->len);
  }

  /* A government site's article page: chrome all around, the article in
   * div#zoom with the usual mix of <p>, indentation by &nbsp; and
   * full-width spaces, inline spans and <br>. */
  g_string_append (html,
    "<!DOCTYPE html>\n<html><head>@CHARSET@\n<title>规划计划 - 示例市人民政府门户网站</title>\n"
    "<style>body{font:14px sans-serif} .nav a{margin:0 8px}</style>\n"
    "<script>var _hmt=_hmt||[];(function(){document.write('<p>统计代码</p>');})();</script>\n"
    "</head><body>\n<div class=\"top\"><header><div class=\"logo\">示例市人民政府门户网站</div>\n"
    "<nav class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk\">政务公开</a><a href=\"/hdjl\">互动交流</a>"
    "<a href=\"/bsfw\">办事服务</a><a href=\"/zjsl\">走进示例</a></nav></header></div>\n"
    "<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 规划计划</div>\n"
    "<div class=\"main\"><div class=\"content\">\n"
    "<div class=\"info\">发布日期：2020-06-20　来源：市发展改革委　浏览次数：<span id=\"count\">1024</span></div>\n"
    "<div class=\"bdsharebuttonbox\">分享到：<a class=\"bds_weixin\">微信</a><a class=\"bds_tsina\">微博</a></div>\n"
    "<div id=\"zoom\" class=\"TRS_Editor\">\n");
  if (br_style)
    {
      /* Another site: the title above the body as <h1>, the body one
       * block of text broken by <br>, indented with full-width spaces. */
      g_string_replace (html, "<div class=\"info\">",
                        "<div class=\"article-title\"><h1>@TITLE@</h1></div>\n<div class=\"info\">", 1);
      g_string_replace (html, "@TITLE@", paragraphs[0], 1);
      g_string_append (html, "<div class=\"TRS_PreAppend\" style=\"font-size:16px\">");
      for (guint i = 1; paragraphs[i]; i++)
        g_string_append_printf (html, "%s%s<br>\n", i > salutation ? "\u3000\u3000" : "", paragraphs[i]);
      g_string_append (html, "</div>\n");
    }
  for (guint i = 0; paragraphs[i] && !br_style; i++)
    {
      const char *p = paragraphs[i];

      if (i <= salutation)
        g_string_append_printf (html, "<p align=\"center\"><strong><span style=\"font-size:16pt\">%s</span></strong></p>\n", p);
      else if (i % 7 == 3 && paragraphs[i + 1] != NULL && strlen (paragraphs[i + 1]) > 60)
        {
          /* Two paragraphs in one <p>, broken by <br> as editors do. */
          g_string_append_printf (html, "<p>&nbsp;&nbsp;&nbsp;&nbsp;%s<br/>\n&nbsp;&nbsp;&nbsp;&nbsp;%s</p>\n", p, paragraphs[i + 1]);
          i++;
        }
      else if (i % 5 == 1)
        {
          /* A paragraph cut into runs of inline formatting. */
          gsize half = g_utf8_offset_to_pointer (p, g_utf8_strlen (p, -1) / 2) - p;

          g_string_append_printf (html, "<p style=\"text-indent:2em\"><span style=\"font-family:仿宋\">%.*s</span>"
                                        "<font face=\"仿宋\">%s</font></p>\n", (int) half, p, p + half);
        }
      else if (i % 5 == 2)
        g_string_append_printf (html, "<div>\u3000\u3000%s</div>\n", p);
      else
        g_string_append_printf (html, "<p style=\"text-indent:2em\">%s</p>\n", p);
    }
  g_string_append (html,
    "</div>\n<div class=\"print\"><a href=\"javascript:window.print()\">【打印本页】</a>"
    "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n"
    "<div class=\"pages\"><p>上一篇：<a href=\"/a.html\">关于示例市2019年预算执行情况的报告</a></p>\n"
    "<p>下一篇：<a href=\"/b.html\">示例市2020年政府工作报告</a></p></div>\n"
    "</div><aside class=\"sidebar\"><h3>相关链接</h3><ul><li><a href=\"/1\">国家发展改革委</a></li>"
    "<li><a href=\"/2\">省发展改革委</a></li><li><a href=\"/3\">市统计局统计公报</a></li></ul></aside></div>\n"
    "<footer><p>主办：示例市人民政府办公厅　网站标识码：4401000000</p><p>备案号：示ICP备00000000号</p></footer>\n"
    "<form action=\"/search\"><input name=\"q\"/><button>搜索</button></form>\n"
    "</body></html>\n");

  {
    g_autofree char *utf8 = NULL;
    GString *copy = g_string_new (html->str);

    g_string_replace (copy, "@CHARSET@", "<meta charset=\"utf-8\">", 1);
    utf8 = g_string_free (copy, FALSE);
    g_free (name);
    name = g_strdup_printf ("%s-utf8.html", prefix);
    write_file (dir, name, utf8, -1);
  }
  {
    g_autofree char *declared = NULL;
    GString *copy = g_string_new (html->str);

    /* Sites declare GB2312 and use GBK characters; the reader takes it
     * for GB18030, which holds both. */
    g_string_replace (copy, "@CHARSET@",
                      "<META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", 1);
    declared = g_string_free (copy, FALSE);
    gbk_html = convert_or_die (declared, "GB18030", &gbk_len);
    g_free (name);
    name = g_strdup_printf ("%s-gbk.html", prefix);
    write_file (dir, name, gbk_html, gbk_len);
  }
}

/* ---- PDF ---- */

typedef struct {
  const char *family;
  double size;
  gboolean bold;
  PangoLayout *layout;
  GHashTable *widths;
} Font;

typedef struct {
  guint page;
  double x, y;
  Font *font;
  GPtrArray *units;   /* char * */
  GArray *xs;         /* double, from x */
} PdfLine;

static void
font_init (Font       *font,
           cairo_t    *cr,
           const char *family,
           double      size,
           gboolean    bold)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();

  font->family = family;
  font->size = size;
  font->bold = bold;
  font->layout = pango_cairo_create_layout (cr);
  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (font->layout, desc);
  font->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static double
font_width (Font       *font,
            const char *unit)
{
  double *cached = g_hash_table_lookup (font->widths, unit);
  int width;

  if (cached != NULL)
    return *cached;
  pango_layout_set_text (font->layout, unit, -1);
  pango_layout_get_size (font->layout, &width, NULL);
  cached = g_new (double, 1);
  *cached = (double) width / PANGO_SCALE;
  g_hash_table_insert (font->widths, g_strdup (unit), cached);
  return *cached;
}

/* Latin words stay whole; everything else may end a line. */
static GPtrArray *
split_units (const char *text)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; *p;)
    {
      const char *q = g_utf8_next_char (p);

      if (g_ascii_isalpha (*p))
        while (g_ascii_isalpha (*q))
          q++;
      g_ptr_array_add (units, g_strndup (p, q - p));
      p = q;
    }
  return units;
}

typedef struct {
  gboolean gap_style;
  double left, right, top, bottom, pitch;
  guint page;
  double y;
  GPtrArray *lines;
} Typesetter;

static void
new_page (Typesetter *t)
{
  t->page++;
  t->y = t->top;
}

typedef enum { ALIGN_JUSTIFY, ALIGN_CENTER } Align;

static void
typeset (Typesetter *t,
         Font       *font,
         const char *text,
         double      indent,
         Align       align,
         double      pitch)
{
  g_autoptr(GPtrArray) units = split_units (text);
  double column = t->right - t->left;
  guint i = 0;
  gboolean first = TRUE;

  while (i < units->len)
    {
      double avail = column - (first ? indent : 0);
      double natural = 0;
      guint start = i, end;
      PdfLine *line;
      double extra = 0, x;

      /* A line never starts with a space. */
      while (start < units->len && strcmp (g_ptr_array_index (units, start), " ") == 0)
        start++;
      if (start >= units->len)
        break;
      end = start;
      while (end < units->len && natural + font_width (font, g_ptr_array_index (units, end)) <= avail + 0.01)
        natural += font_width (font, g_ptr_array_index (units, end++));
      if (end == start)
        natural += font_width (font, g_ptr_array_index (units, end++));

      if (t->y + pitch > PAGE_HEIGHT - t->bottom)
        new_page (t);

      line = g_new0 (PdfLine, 1);
      line->page = t->page;
      line->font = font;
      line->y = t->y;
      line->units = g_ptr_array_new_with_free_func (g_free);
      line->xs = g_array_new (FALSE, FALSE, sizeof (double));
      if (align == ALIGN_CENTER)
        x = t->left + (column - natural) / 2;
      else
        {
          x = t->left + (first ? indent : 0);
          if (end < units->len && end - start > 1)
            extra = (avail - natural) / (end - start - 1);
        }
      for (guint k = start; k < end; k++)
        {
          const char *unit = g_ptr_array_index (units, k);

          g_ptr_array_add (line->units, g_strdup (unit));
          g_array_append_val (line->xs, x);
          x += font_width (font, unit) + extra;
        }
      g_ptr_array_add (t->lines, line);
      t->y += pitch;
      i = end;
      first = FALSE;
    }
}

/* A row of a table (cells apart by two full-width spaces or more): the
 * name in the first 36 % of the column, the other cells in even columns
 * after it, on one line. */
static gboolean
typeset_row (Typesetter *t,
             Font       *font,
             const char *text,
             double      pitch)
{
  g_autoptr(GRegex) gap = g_regex_new ("(?:\u3000|\\s){2,}", 0, 0, NULL);
  g_auto(GStrv) cells = NULL;
  double column = t->right - t->left;
  PdfLine *line;
  guint n;

  while (g_str_has_prefix (text, "\u3000"))
    text += strlen ("\u3000");
  cells = g_regex_split (gap, text, 0);
  n = g_strv_length (cells);
  if (n < 3)
    return FALSE;
  if (t->y + pitch > PAGE_HEIGHT - t->bottom)
    new_page (t);
  line = g_new0 (PdfLine, 1);
  line->page = t->page;
  line->font = font;
  line->y = t->y;
  line->units = g_ptr_array_new_with_free_func (g_free);
  line->xs = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GPtrArray) units = split_units (cells[k]);
      double x = k == 0 ? t->left : t->left + column * (0.36 + 0.64 * (k - 1) / (n - 1));

      for (guint u = 0; u < units->len; u++)
        {
          g_ptr_array_add (line->units, g_strdup (g_ptr_array_index (units, u)));
          g_array_append_val (line->xs, x);
          x += font_width (font, g_ptr_array_index (units, u));
        }
    }
  g_ptr_array_add (t->lines, line);
  t->y += pitch;
  return TRUE;
}

static void
make_pdf (const char *source,
          const char *out,
          const char *style,
          guint       min_pages)
{
  g_auto(GStrv) paragraphs = read_paragraphs (source);
  guint salutation = salutation_index (paragraphs);
  gboolean gap = g_strcmp0 (style, "gap") == 0;
  gboolean official = g_strcmp0 (style, "official") == 0;
  cairo_surface_t *surface = cairo_pdf_surface_create (out, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  Font title, body, heading, small;
  Typesetter t = { 0 };
  guint last_page = 0;
  g_autoptr(GRegex) heading_re = g_regex_new ("^[一二三四五六七八九十]+、", 0, 0, NULL);
  const char *running = gap ? "青川市发展和改革局" : "2019年计划执行情况与2020年计划草案的报告";

  font_init (&title, cr, "Noto Sans CJK SC", gap ? 18 : official ? 22 : 20, TRUE);
  font_init (&body, cr, "Noto Serif CJK SC", gap ? 12 : official ? 16 : 15.5, FALSE);
  font_init (&heading, cr, "Noto Sans CJK SC", gap ? 12 : official ? 16 : 15.5, TRUE);
  font_init (&small, cr, "Noto Serif CJK SC", 9, FALSE);

  t.gap_style = gap;
  t.left = gap ? 64 : 79;
  t.right = PAGE_WIDTH - (gap ? 64 : 74);
  t.top = 80;
  t.bottom = 80;
  t.lines = g_ptr_array_new ();
  new_page (&t);

  do
    {
      for (guint i = 0; paragraphs[i]; i++)
        {
          const char *p = paragraphs[i];

          if (i == 0 && official)
            {
              /* A title in 22-point type on two or three centred lines,
               * none of them as wide as the column. */
              double left = t.left, right = t.right, narrow = (t.right - t.left) * 0.15;

              t.left += narrow;
              t.right -= narrow;
              typeset (&t, &title, p, 0, ALIGN_CENTER, title.size * 1.5);
              t.left = left;
              t.right = right;
              t.y += body.size;
            }
          else if (i == 0)
            {
              typeset (&t, &title, p, 0, ALIGN_CENTER, title.size * 1.6);
              t.y += body.size;
            }
          else if (i > salutation && typeset_row (&t, &body, p, body.size * 1.8))
            ;
          else if (official && g_regex_match (heading_re, p, 0, NULL))
            typeset (&t, &heading, p, 0, ALIGN_JUSTIFY, body.size * 1.8);
          else if (i < salutation)
            typeset (&t, &body, p, 0, ALIGN_CENTER, body.size * 1.8);
          else if (i == salutation || gap)
            typeset (&t, g_regex_match (heading_re, p, 0, NULL) ? &heading : &body, p, 0,
                     ALIGN_JUSTIFY, body.size * 1.8);
          else
            typeset (&t, g_regex_match (heading_re, p, 0, NULL) ? &heading : &body, p,
                     2 * body.size, ALIGN_JUSTIFY, body.size * 1.8);
          if (gap)
            t.y += body.size * 1.2;
          else if (i == salutation - 1)
            t.y += body.size;
        }
    }
  while (t.page < min_pages);

  last_page = t.page;
  for (guint page = 1; page <= last_page; page++)
    {
      g_autofree char *number = gap ? g_strdup_printf ("第 %u 页 共 %u 页", page, last_page)
                                    : g_strdup_printf ("— %u —", page);
      double width;

      for (guint i = 0; i < t.lines->len; i++)
        {
          PdfLine *line = g_ptr_array_index (t.lines, i);

          if (line->page != page)
            continue;
          for (guint k = 0; k < line->units->len; k++)
            {
              cairo_move_to (cr, g_array_index (line->xs, double, k), line->y);
              pango_layout_set_text (line->font->layout, g_ptr_array_index (line->units, k), -1);
              pango_cairo_show_layout (cr, line->font->layout);
            }
        }

      /* The running header from the second page on (every page in the
       * gap style), with a rule under it. */
      if (!official && (gap || page > 1))
        {
          width = font_width (&small, running);
          cairo_move_to (cr, (PAGE_WIDTH - width) / 2, 40);
          pango_layout_set_text (small.layout, running, -1);
          pango_cairo_show_layout (cr, small.layout);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, t.left, 56);
          cairo_line_to (cr, t.right, 56);
          cairo_stroke (cr);
        }
      width = font_width (&body, number);
      /* The official style puts "— N —" outside: right on odd pages,
       * left on even ones, and no running header. */
      if (official)
        cairo_move_to (cr, page % 2 ? t.right - width : t.left, PAGE_HEIGHT - 50);
      else
        cairo_move_to (cr, gap ? t.right - width : (PAGE_WIDTH - width) / 2, PAGE_HEIGHT - 56);
      pango_layout_set_text (body.layout, number, -1);
      pango_cairo_show_layout (cr, body.layout);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("%s: %s", out, cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
  g_print ("%s: %u pages\n", out, last_page);
}

/* A scanned page: the text drawn into an image, the image into the PDF. */
static void
make_image_pdf (const char *out)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 200);
  cairo_t *icr = cairo_create (image);
  PangoLayout *layout = pango_cairo_create_layout (icr);
  cairo_surface_t *surface = cairo_pdf_surface_create (out, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (icr, 1, 1, 1);
  cairo_paint (icr);
  cairo_set_source_rgb (icr, 0, 0, 0);
  pango_layout_set_text (layout, "扫描件：地区生产总值增长5.6%。", -1);
  cairo_move_to (icr, 20, 80);
  pango_cairo_show_layout (icr, layout);
  cairo_surface_flush (image);

  cairo_set_source_surface (cr, image, 0, 100);
  cairo_paint (cr);
  cairo_show_page (cr);

  g_object_unref (layout);
  cairo_destroy (icr);
  cairo_surface_destroy (image);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A PDF under the standard security handler whose user password is not
 * empty: no reader can open it without the password.  The keys are made
 * up, so the password is unknown to everyone, which is all a test needs. */
static void
make_encrypted_pdf (const char *out)
{
  g_autoptr(GString) pdf = g_string_new ("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
  gsize offsets[5];
  gsize xref;
  const char *hex32 = "5A1C9E04B3D2F6871E0A4C3B29D8E7F60112233445566778899AABBCCDDEEFF0";

  offsets[1] = pdf->len;
  g_string_append (pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  offsets[3] = pdf->len;
  g_string_append (pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
  offsets[4] = pdf->len;
  g_string_append_printf (pdf, "4 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <%s> /U <%s> >>\nendobj\n",
                          hex32, hex32);
  xref = pdf->len;
  g_string_append (pdf, "xref\n0 5\n0000000000 65535 f \n");
  for (guint i = 1; i < 5; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R "
                               "/ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n"
                               "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);
  {
    g_autoptr(GError) error = NULL;

    if (!g_file_set_contents (out, pdf->str, pdf->len, &error))
      g_error ("%s", error->message);
  }
}

int
main (int    argc,
      char **argv)
{
  if (argc >= 5 && strcmp (argv[1], "text") == 0)
    make_text (argv[2], argv[3], argv[4]);
  else if (argc >= 4 && strcmp (argv[1], "pdf") == 0)
    make_pdf (argv[2], argv[3], argc > 4 ? argv[4] : "indent", argc > 5 ? atoi (argv[5]) : 0);
  else if (argc == 3 && strcmp (argv[1], "image-pdf") == 0)
    make_image_pdf (argv[2]);
  else if (argc == 3 && strcmp (argv[1], "encrypted-pdf") == 0)
    make_encrypted_pdf (argv[2]);
  else
    {
      g_printerr ("usage: %s text SOURCE OUTDIR PREFIX | pdf SOURCE OUT [STYLE [PAGES]] | "
                  "image-pdf OUT | encrypted-pdf OUT\n", argv[0]);
      return 2;
    }
  return 0;
}
