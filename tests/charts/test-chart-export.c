/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "plenary-chart-cli.h"
#include "plenary-chart-export.h"
#include "plenary-report-loader.h"

/* Every chart of the bundled report as PNG, SVG and PDF: the files are
 * what they claim to be, at the size asked, and carry the chart's title
 * as text, not only as drawn glyphs. */

static PlenaryReport *report;

static const char *
find_bytes (const void *haystack,
            gsize       size,
            const char *needle,
            gsize       needle_size)
{
  const char *data = haystack;

  for (gsize i = 0; needle_size <= size && i <= size - needle_size; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, needle_size) == 0)
      return data + i;
  return NULL;
}

static cairo_status_t
read_from_bytes (void          *closure,
                 unsigned char *data,
                 unsigned int   length)
{
  GInputStream *stream = closure;
  gsize read = 0;

  if (!g_input_stream_read_all (stream, data, length, &read, NULL, NULL) || read != length)
    return CAIRO_STATUS_READ_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
assert_png (GBytes *bytes,
            int     width,
            int     height)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  cairo_surface_t *image = cairo_image_surface_create_from_png_stream (read_from_bytes, stream);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  cairo_surface_destroy (image);
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return find_bytes (data, size, needle, strlen (needle)) != NULL;
}

static void
assert_svg (GBytes     *bytes,
            const char *title)
{
  static const GMarkupParser no_handlers = { 0, };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&no_handlers, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *element = g_strdup_printf ("<title>%s</title>", escaped);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  guint glyphs = 0, characters = 0;

  /* Well-formed XML after the title was added. */
  g_assert_true (g_markup_parse_context_parse (context, data, (gssize) size, &error)
                 && g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (data, "<?xml"));
  g_assert_true (contains (bytes, "width=\"1200px\""));
  g_assert_true (contains (bytes, element));
  g_assert_true (contains (bytes, "<desc>"));

  /* cairo draws text as glyph outlines; there are at least as many glyph
   * uses as the title has visible characters. */
  for (const char *p = data; (p = find_bytes (p, size - (gsize) (p - data), "xlink:href=\"#glyph", 18)) != NULL; p++)
    glyphs++;
  for (const char *p = title; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      characters++;
  g_assert_cmpuint (glyphs, >=, characters);
}

static GBytes *
inflate (const guint8 *data,
         gsize         size)
{
  g_autoptr(GConverter) converter = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[16384];
  gsize consumed = 0;

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result = g_converter_convert (converter, data + consumed, size - consumed,
                                                     buffer, sizeof buffer, G_CONVERTER_INPUT_AT_END,
                                                     &read, &written, NULL);

      if (result == G_CONVERTER_ERROR)
        return NULL;
      consumed += read;
      g_byte_array_append (out, buffer, (guint) written);
      if (result == G_CONVERTER_FINISHED)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* The text that a PDF's ToUnicode maps map glyphs to: the characters a
 * reader copies out of it. */
static void
collect_to_unicode (const char *cmap,
                    gsize       size,
                    GHashTable *characters)
{
  const char *end = cmap + size;

  for (const char *p = cmap; p < end; p++)
    {
      gboolean range;
      const char *stop;
      GPtrArray *tokens;

      if (p + 11 < end && strncmp (p, "beginbfchar", 11) == 0)
        range = FALSE;
      else if (p + 12 < end && strncmp (p, "beginbfrange", 12) == 0)
        range = TRUE;
      else
        continue;

      stop = find_bytes (p, (gsize) (end - p), range ? "endbfrange" : "endbfchar", range ? 10 : 9);
      if (stop == NULL)
        return;

      tokens = g_ptr_array_new_with_free_func (g_free);
      for (const char *q = p; q < stop; q++)
        if (*q == '<')
          {
            const char *close = memchr (q, '>', (gsize) (stop - q));
            if (close == NULL)
              break;
            g_ptr_array_add (tokens, g_strndup (q + 1, (gsize) (close - q - 1)));
            q = close;
          }

      for (guint i = 0; i + (range ? 2 : 1) < tokens->len + (range ? 0 : 0); i += range ? 3 : 2)
        {
          const char *hex = g_ptr_array_index (tokens, i + (range ? 2 : 1));
          gsize n = strlen (hex) / 4;
          g_autofree gunichar2 *units = g_new0 (gunichar2, n + 1);
          g_autofree char *text = NULL;

          for (gsize k = 0; k < n; k++)
            {
              char unit[5] = { hex[4 * k], hex[4 * k + 1], hex[4 * k + 2], hex[4 * k + 3], 0 };
              units[k] = (gunichar2) g_ascii_strtoull (unit, NULL, 16);
            }
          if (range)
            {
              guint64 lo = g_ascii_strtoull (g_ptr_array_index (tokens, i), NULL, 16);
              guint64 hi = g_ascii_strtoull (g_ptr_array_index (tokens, i + 1), NULL, 16);

              for (guint64 c = 0; c <= hi - lo && n == 1; c++)
                g_hash_table_add (characters, GUINT_TO_POINTER ((guint) (units[0] + c)));
              continue;
            }
          text = g_utf16_to_utf8 (units, (glong) n, NULL, NULL, NULL);
          if (text == NULL)
            continue;

          /* A ligature maps to its compatibility character (U+FB01 for
           * "fi"), which readers decompose when text is copied. */
          {
            g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

            for (const char *t = decomposed; t && *t; t = g_utf8_next_char (t))
              g_hash_table_add (characters, GUINT_TO_POINTER (g_utf8_get_char (t)));
          }
        }
      g_ptr_array_unref (tokens);
      p = stop;
    }
}

static void
assert_pdf (GBytes     *bytes,
            const char *title,
            double      height)
{
  g_autofree char *media_box = g_strdup_printf ("/MediaBox [ 0 0 900 %g ]", height * 0.75);
  g_autoptr(GHashTable) characters = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) dictionaries = g_string_new (NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *p = data;

  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_true (contains (bytes, media_box));
  g_assert_true (contains (bytes, "/Title"));

  /* Inflate every stream: the ToUnicode maps are compressed, and newer
   * cairo versions compress the font dictionaries too. */
  g_string_append_len (dictionaries, data, (gssize) size);
  while ((p = find_bytes (p, size - (gsize) (p - data), "stream", 6)) != NULL)
    {
      const char *start = p + 6, *stop;
      g_autoptr(GBytes) inflated = NULL;

      if (p > data && p[-1] == 'd') /* "endstream" */
        {
          p += 6;
          continue;
        }
      if (*start == '\r')
        start++;
      if (*start == '\n')
        start++;
      stop = find_bytes (start, size - (gsize) (start - data), "endstream", 9);
      if (stop == NULL)
        break;
      inflated = inflate ((const guint8 *) start, (gsize) (stop - start));
      if (inflated != NULL)
        {
          gsize inflated_size;
          const char *text = g_bytes_get_data (inflated, &inflated_size);

          g_string_append_len (dictionaries, text, (gssize) inflated_size);
          collect_to_unicode (text, inflated_size, characters);
        }
      p = stop + 9;
    }

  /* Fonts are embedded, and their glyphs map back to text. */
  g_assert_nonnull (find_bytes (dictionaries->str, dictionaries->len, "/FontFile", 9));
  g_assert_nonnull (find_bytes (dictionaries->str, dictionaries->len, "/ToUnicode", 10));

  for (const char *t = title; *t; t = g_utf8_next_char (t))
    {
      gunichar c = g_utf8_get_char (t);

      if (!g_unichar_isspace (c) && !g_hash_table_contains (characters, GUINT_TO_POINTER (c)))
        g_error ("“%s”: U+%04X is not in the PDF's text", title, c);
    }
}

static void
test_every_chart (gconstpointer data)
{
  PlenaryLanguage language = GPOINTER_TO_INT (data);
  GListModel *charts = plenary_report_get_charts (report);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      const char *title = plenary_chart_spec_get_title (spec, language);
      PlenaryChartExportOptions options;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) png = NULL;
      g_autoptr(GBytes) svg = NULL;
      g_autoptr(GBytes) pdf = NULL;

      plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, language);
      options.scale = 1;
      png = plenary_chart_export_to_bytes (spec, &options, &error);
      g_assert_no_error (error);
      assert_png (png, 1200, (int) (plenary_chart_export_get_height (spec, &options) + 0.5));
      g_assert_cmpuint (g_bytes_get_size (png), >, 10000);

      options.format = PLENARY_CHART_FORMAT_SVG;
      svg = plenary_chart_export_to_bytes (spec, &options, &error);
      g_assert_no_error (error);
      assert_svg (svg, title);

      options.format = PLENARY_CHART_FORMAT_PDF;
      pdf = plenary_chart_export_to_bytes (spec, &options, &error);
      g_assert_no_error (error);
      assert_pdf (pdf, title, plenary_chart_export_get_height (spec, &options));
    }
}

static void
test_png_scales (void)
{
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "economy-growth-2019");
  PlenaryChartExportOptions options;

  double height;

  /* The default is 1200 logical pixels wide, as high as the content, at 2×. */
  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, PLENARY_LANGUAGE_ZH);
  g_assert_cmpfloat (options.width, ==, 1200);
  g_assert_cmpfloat (options.height, ==, 0);
  height = plenary_chart_export_get_height (spec, &options);
  g_assert_cmpfloat (height, >, 200);
  g_assert_cmpfloat (height, <, 800);

  for (guint scale = 1; scale <= 3; scale++)
    {
      g_autoptr(GBytes) png = NULL;

      options.scale = scale;
      png = plenary_chart_export_to_bytes (spec, &options, NULL);
      assert_png (png, 1200 * (int) scale, (int) (height * scale + 0.5));
    }

  /* A fixed height is kept. */
  options.height = 800;
  options.scale = 1;
  {
    g_autoptr(GBytes) png = plenary_chart_export_to_bytes (spec, &options, NULL);
    assert_png (png, 1200, 800);
  }
}

static void
test_format_names (void)
{
  PlenaryChartFormat format;
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "economy-growth-2019");
  g_autofree char *name = plenary_chart_export_dup_file_name (spec, PLENARY_CHART_FORMAT_SVG);

  g_assert_true (plenary_chart_format_parse ("PNG", &format) && format == PLENARY_CHART_FORMAT_PNG);
  g_assert_true (plenary_chart_format_parse ("pdf", &format) && format == PLENARY_CHART_FORMAT_PDF);
  g_assert_false (plenary_chart_format_parse ("gif", &format));
  g_assert_cmpstr (name, ==, "economy-growth-2019.svg");
}

/* plenary --export-charts DIR --format svg --lang en: one file a chart,
 * named by its id, and nothing else in the folder. */
static void
test_command_line (void)
{
  g_autofree char *folder = g_dir_make_tmp ("plenary-charts-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (folder, "out", NULL);
  GListModel *charts = plenary_report_get_charts (report);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint files = 0;
  FILE *out = fopen ("/dev/null", "w");

  g_assert_cmpint (plenary_chart_cli_export (target, NULL, "svg", 0, 0, PLENARY_LANGUAGE_EN, "dark", out, out), ==, 0);
  dir = g_dir_open (target, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (target, name, NULL);
      g_autofree char *id = g_strndup (name, strlen (name) - 4);

      g_assert_true (g_str_has_suffix (name, ".svg"));
      g_assert_nonnull (plenary_report_find_chart (report, id));
      g_unlink (path);
      files++;
    }
  g_assert_cmpuint (files, ==, g_list_model_get_n_items (charts));

  g_assert_cmpint (plenary_chart_cli_export (target, NULL, "gif", 0, 0, PLENARY_LANGUAGE_EN, NULL, out, out), ==, 2);
  g_assert_cmpint (plenary_chart_cli_export (target, NULL, "png", 20, 0, PLENARY_LANGUAGE_EN, NULL, out, out), ==, 2);
  g_assert_cmpint (plenary_chart_cli_export (target, NULL, "png", 1, 0, PLENARY_LANGUAGE_EN, "sepia", out, out), ==, 2);
  g_assert_cmpint (plenary_chart_cli_export (target, "/nonexistent/report.json", NULL, 1, 0,
                                             PLENARY_LANGUAGE_EN, NULL, out, out), ==, 1);
  g_assert_cmpint (plenary_chart_cli_export (target, NULL, "png", 1, 100, PLENARY_LANGUAGE_EN, NULL, out, out), ==, 2);
  fclose (out);

  g_rmdir (target);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_data_func ("/charts/export/every-chart/zh", GINT_TO_POINTER (PLENARY_LANGUAGE_ZH), test_every_chart);
  g_test_add_data_func ("/charts/export/every-chart/en", GINT_TO_POINTER (PLENARY_LANGUAGE_EN), test_every_chart);
  g_test_add_func ("/charts/export/png-scales", test_png_scales);
  g_test_add_func ("/charts/export/format-names", test_format_names);
  g_test_add_func ("/charts/export/command-line", test_command_line);

  return g_test_run ();
}
