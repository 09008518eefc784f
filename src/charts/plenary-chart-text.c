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

/* A paragraph of chart text at @size user units.  With @max_width > 0 it
 * wraps at that width and, past @max_lines lines, ends in an ellipsis;
 * it never runs wider. */
PangoLayout *
plenary_chart_text_new (PlenaryChartLayout *self,
                        const char         *text,
                        double              size,
                        gboolean            bold,
                        double              max_width,
                        int                 max_lines,
                        PangoAlignment      alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (CHART_FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);

  /* Tabular figures line values up in columns. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_text (layout, text ? text : "", -1);
  pango_layout_set_alignment (layout, alignment);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
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

/* A value as printed next to its bar: "≥4,000", "16.5%", "−6.1%", in
 * the one scale the chart's unit line names. */
char *
plenary_chart_dup_value_text (PlenaryChartLayout *self,
                              PlenaryIndicator   *indicator)
{
  PlenaryUnit *unit = plenary_indicator_get_unit (indicator);
  g_autofree char *number = plenary_format_on_axis (plenary_indicator_get_value (indicator), -1, unit,
                                                    plenary_chart_spec_choose_scale (self->spec, unit,
                                                                                     self->language),
                                                    self->language);

  return g_strconcat (plenary_chart_bar_qualifier (plenary_indicator_get_qualifier (indicator)),
                      number, NULL);
}
