/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-text"

#include <math.h>
#include <pango/pangocairo.h>

#include "plenary-chart-layout-private.h"

/* One family for both languages, so that a chart's digits look the same
 * in Chinese and English; the others are fallbacks for systems without
 * Noto CJK. */
#define CHART_FONT_FAMILY "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif"

/* A context for measuring and drawing chart text that does not depend on
 * the surface: metrics are not hinted, so a layout measured here is the
 * same on screen, in a PNG at any scale, in SVG, PDF and print. */
PangoContext *
plenary_chart_create_pango_context (PlenaryLanguage language)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (language == PLENARY_LANGUAGE_ZH
                                                                    ? "zh-cn" : "en"));
  return context;
}

/* Chinese has no spaces, and Pango's line breaking would break a run of
 * Han characters between any two of them: "发展规 / 划".  A run is kept
 * whole except after a character that ends a phrase (a conjunction, the
 * possessive, an enumeration comma, "年" after a year), so that a title
 * wraps between words or, failing that, is set smaller. */
static gboolean
ends_phrase (gunichar c,
             gunichar previous)
{
  /* "以上", "以下", "以内" end a phrase as "年" does. */
  if (previous == 0x4ee5 /* 以 */ && (c == 0x4e0a || c == 0x4e0b || c == 0x5185))
    return TRUE;
  return c == 0x7684 /* 的 */ || c == 0x548c /* 和 */ || c == 0x4e0e /* 与 */
         || c == 0x53ca /* 及 */ || c == 0x3001 /* 、 */ || c == 0x5e74 /* 年 */
         || c == 0xff0c /* ， */ || c == 0xff1a /* ： */ || c == 0xff1b /* ； */;
}

static void
keep_words_whole (PangoAttrList *attrs,
                  const char    *text)
{
  const char *p = text, *run = NULL;
  gunichar previous = 0;

  for (;; previous = g_utf8_get_char (p), p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean han = c != 0 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;

      if (han && run == NULL)
        run = p;
      if (run != NULL && (!han || ends_phrase (c, previous)))
        {
          const char *end = han ? g_utf8_next_char (p) : p;

          if (g_utf8_strlen (run, end - run) > 1)
            {
              PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

              attr->start_index = (guint) (run - text);
              attr->end_index = (guint) (end - text);
              pango_attr_list_insert (attrs, attr);
            }
          run = NULL;
        }
      if (c == 0)
        break;
    }
}

/* A paragraph of chart text at @size user units.  With @max_width > 0 it
 * wraps at that width, between words only; it is never cut short, so it
 * may take more than @max_lines lines (plenary_chart_text_new_fitted()
 * sets it smaller until it does not).  Without a width it is one line:
 * a value and its unit never break apart. */
static PangoLayout *
text_new (PlenaryChartLayout *self,
          const char         *text,
          double              size,
          gboolean            bold,
          double              max_width,
          gboolean            whole_words,
          PangoAlignment      alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (CHART_FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (text == NULL)
    text = "";

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);

  /* Tabular figures line values up in columns. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  if (max_width > 0 && whole_words)
    keep_words_whole (attrs, text);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, alignment);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, whole_words ? PANGO_WRAP_WORD : PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

PangoLayout *
plenary_chart_text_new (PlenaryChartLayout *self,
                        const char         *text,
                        double              size,
                        gboolean            bold,
                        double              max_width,
                        int                 max_lines,
                        PangoAlignment      alignment)
{
  return text_new (self, text, size, bold, max_width, TRUE, alignment);
}

/* Whether @text fits its width in at most @max_lines lines.  A word longer
 * than the width is not broken (PANGO_WRAP_WORD) but runs past it, so the
 * ink is checked as well as the line count. */
gboolean
plenary_chart_text_fits (PangoLayout *text,
                         double       max_width,
                         int          max_lines)
{
  PangoRectangle logical;

  if (max_lines > 0 && pango_layout_get_line_count (text) > max_lines)
    return FALSE;
  if (max_width <= 0)
    return TRUE;
  pango_layout_get_extents (text, NULL, &logical);
  return (double) logical.width / PANGO_SCALE <= max_width + 0.01;
}

/* Text that must be read whole: at @size if it fits @max_lines lines of
 * @max_width, else a step smaller each time down to @min_size.  If even
 * that does not fit, it keeps its lines (the caller makes room) and, as a
 * last resort for a single word wider than the box, may break inside it;
 * it is never cut short with an ellipsis. */
PangoLayout *
plenary_chart_text_new_fitted (PlenaryChartLayout *self,
                               const char         *text,
                               double              size,
                               double              min_size,
                               gboolean            bold,
                               double              max_width,
                               int                 max_lines,
                               PangoAlignment      alignment)
{
  PangoLayout *layout = NULL;
  double s = size;

  min_size = MIN (min_size, size);
  for (;;)
    {
      g_clear_object (&layout);
      layout = text_new (self, text, s, bold, max_width, TRUE, alignment);
      if (plenary_chart_text_fits (layout, max_width, max_lines) || s <= min_size)
        break;
      s = MAX (s * 0.92, min_size);
    }

  /* A single word wider than the box: breaking it is better than
   * running out of the chart. */
  if (max_width > 0 && !plenary_chart_text_fits (layout, max_width, -1))
    {
      g_object_unref (layout);
      layout = text_new (self, text, s, bold, max_width, FALSE, alignment);
      self->broke_word = TRUE;
    }

  return layout;
}

/* The logical size of @text.  For a layout with a set width and a
 * non-left alignment this is the whole width, so that it can be placed by
 * its box. */
void
plenary_chart_text_get_size (PangoLayout *text,
                             double      *width,
                             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  if (width != NULL)
    {
      double w = (double) (logical.x + logical.width) / PANGO_SCALE;

      if (pango_layout_get_width (text) > 0 && pango_layout_get_alignment (text) != PANGO_ALIGN_LEFT)
        w = (double) pango_layout_get_width (text) / PANGO_SCALE;
      *width = w;
    }
  if (height != NULL)
    *height = (double) (logical.y + logical.height) / PANGO_SCALE;
}

double
plenary_chart_text_line_height (PlenaryChartLayout *self,
                                double              size)
{
  g_autoptr(PangoLayout) probe = plenary_chart_text_new (self, "国Ag", size, FALSE, -1, 1,
                                                         PANGO_ALIGN_LEFT);
  double height;

  plenary_chart_text_get_size (probe, NULL, &height);
  return height;
}

/* The mark printed before a value on a bar.  "Aim for" is left out: it
 * is an intention, not a bound, and an arrow before a number reads as a
 * range; the Table and the tooltip say it in words. */
const char *
plenary_chart_bar_qualifier (PlenaryQualifier qualifier)
{
  if (qualifier == PLENARY_QUALIFIER_AIM)
    return "";
  return plenary_qualifier_symbol (qualifier);
}

/* A value as printed next to its bar: "≥4,000", "16.5%", "−6.1%". */
char *
plenary_chart_dup_value_text (PlenaryIndicator *indicator,
                              PlenaryLanguage   language)
{
  g_autofree char *number = plenary_format_on_axis (plenary_indicator_get_value (indicator),
                                                    plenary_indicator_get_unit (indicator),
                                                    language);

  return g_strconcat (plenary_chart_bar_qualifier (plenary_indicator_get_qualifier (indicator)),
                      number, NULL);
}
