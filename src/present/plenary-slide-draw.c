/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-draw"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "plenary-chart-layout.h"
#include "plenary-chart-render.h"
#include "plenary-slide-draw.h"
#include "plenary-slide-painter.h"

/* The one function that draws a slide, for the full-screen view, the
 * presenter's previews and the PDF alike.  It touches no widget. */

/**
 * plenary_slide_get_unit:
 *
 * Returns: the length every size on a slide is a fraction of: its height,
 *   or 3/4 of its width on a screen narrower than 4:3
 */
double
plenary_slide_get_unit (double width,
                        double height)
{
  return MAX (1.0, MIN (height, width * 0.75));
}

/**
 * plenary_slide_theme_new_chart:
 *
 * Returns: (transfer full): the high-contrast chart theme for a slide of
 *   @width × @height, whose smallest text a person at the back of the room
 *   can still read
 */
PlenaryChartTheme *
plenary_slide_theme_new_chart (PlenarySlideTheme theme,
                               double            width,
                               double            height)
{
  double text_size = plenary_slide_get_unit (width, height) * PLENARY_SLIDE_TEXT_FRACTION;
  PlenaryChartTheme *chart_theme =
    plenary_chart_theme_new_presentation (theme == PLENARY_SLIDE_THEME_DARK,
                                                                         text_size);

  /* One text size on every slide, whatever the chart's shape: the charts'
   * titles then come out at 1.3 times it, the same on every slide. */
  chart_theme->min_font_size = text_size;
  chart_theme->max_font_size = text_size;
  chart_theme->paint_background = FALSE;
  return chart_theme;
}

static void
set_color (cairo_t                 *cr,
           const PlenaryChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static gboolean
is_han (gunichar ch)
{
  return g_unichar_get_script (ch) == G_UNICODE_SCRIPT_HAN;
}

/* Whether a Chinese line may start at the character after @prev, which is
 * @ch. Pango breaks Han text between any two characters, “发展规 / 划”
 * included; without a dictionary, a title is broken only where a reader
 * pauses: at spaces and punctuation, after the conjunctions 和、与、及、并
 * and the particle 的, after the 年 of a year, and where Han meets Latin
 * letters or digits. */
static gboolean
may_break_before (gunichar before_prev,
                  gunichar prev,
                  gunichar ch)
{
  if (g_unichar_isspace (prev) || g_unichar_isspace (ch))
    return TRUE;
  if (g_unichar_ispunct (prev) && !g_unichar_ispunct (ch)
      && g_unichar_break_type (prev) != G_UNICODE_BREAK_OPEN_PUNCTUATION)
    return TRUE;
  if (g_unichar_break_type (ch) == G_UNICODE_BREAK_OPEN_PUNCTUATION)
    return TRUE;
  if (is_han (prev) != is_han (ch) && !g_unichar_ispunct (ch) && !g_unichar_ispunct (prev))
    return TRUE;
  if (prev == 0x548C /* 和 */ || prev == 0x4E0E /* 与 */ || prev == 0x53CA /* 及 */
      || prev == 0x5E76 /* 并 */ || prev == 0x7684 /* 的 */)
    return is_han (ch);
  if (prev == 0x5E74 /* 年 */ && (g_unichar_isdigit (before_prev) || g_unichar_isspace (before_prev)))
    return TRUE;
  return FALSE;
}

/**
 * plenary_slide_break_attrs_new:
 * @text: a slide's text
 * @language: its language
 *
 * The attributes that make Pango break @text only between words: its
 * language, and for Chinese, each run between two places a line may start
 * (see may_break_before()) kept whole with an allow-breaks attribute.
 *
 * Returns: (transfer full): the attributes
 */
PangoAttrList *
plenary_slide_break_attrs_new (const char      *text,
                               PlenaryLanguage  language)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  gunichar before_prev = 0, prev = 0;
  const char *run = text;

  attr = pango_attr_language_new (pango_language_from_string (language == PLENARY_LANGUAGE_ZH
                                                              ? "zh-cn" : "en"));
  pango_attr_list_insert (attrs, attr);
  if (language != PLENARY_LANGUAGE_ZH || text == NULL)
    return attrs;

  for (const char *c = text; ; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (ch == 0 || (prev != 0 && may_break_before (before_prev, prev, ch)))
        {
          if (c > run)
            {
              attr = pango_attr_allow_breaks_new (FALSE);
              attr->start_index = run - text;
              attr->end_index = c - text;
              pango_attr_list_insert (attrs, attr);
            }
          run = c;
        }
      if (ch == 0)
        break;
      before_prev = prev;
      prev = ch;
    }
  return attrs;
}

PangoLayout *
plenary_slide_painter_text (PlenarySlidePainter *p,
                            const char          *text,
                            double               fraction,
                            gboolean             bold,
                            double               max_width,
                            int                  max_lines,
                            PangoAlignment       alignment)
{
  PangoLayout *layout = pango_layout_new (p->context);
  g_autoptr(PangoFontDescription) font = NULL;
  PangoAttrList *attrs;

  font = pango_font_description_from_string (PLENARY_SLIDE_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, fraction * p->unit * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text ? text : "", -1);

  attrs = plenary_slide_break_attrs_new (text ? text : "", p->language);
  /* The CJK family sets quotation marks full-width; English wants them
   * proportional. */
  if (p->language == PLENARY_LANGUAGE_EN)
    pango_attr_list_insert (attrs, pango_attr_font_features_new ("pwid"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_width (layout, (int)floor (max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (max_lines, 1));
  return layout;
}

double
plenary_slide_painter_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)(logical.y + logical.height) / PANGO_SCALE;
}

/* The largest size from @fraction down to @min_fraction at which @text
 * fits in @max_lines lines without an ellipsis (and within @max_height if
 * that is positive); at the smallest size it is ellipsized. */
static PangoLayout *
text_fit (PlenarySlidePainter *p,
          const char          *text,
          double               fraction,
          double               min_fraction,
          gboolean             bold,
          double               max_width,
          int                  max_lines,
          double               max_height,
          PangoAlignment       alignment)
{
  for (double f = fraction; f > min_fraction; f *= 0.94)
    {
      PangoLayout *layout = plenary_slide_painter_text (p, text, f, bold, max_width, max_lines,
                                                        alignment);

      if (!pango_layout_is_ellipsized (layout)
          && (max_height <= 0 || plenary_slide_painter_text_height (layout) <= max_height))
        return layout;
      g_object_unref (layout);
    }
  return plenary_slide_painter_text (p, text, min_fraction, bold, max_width, max_lines, alignment);
}

void
plenary_slide_painter_show (PlenarySlidePainter     *p,
                            PangoLayout             *layout,
                            double                   x,
                            double                   y,
                            const PlenaryChartColor *color)
{
  cairo_save (p->cr);
  cairo_move_to (p->cr, x, y);
  set_color (p->cr, color);
  pango_cairo_show_layout (p->cr, layout);
  cairo_restore (p->cr);
}

void
plenary_slide_painter_fill_rect (PlenarySlidePainter     *p,
                                 double                   x,
                                 double                   y,
                                 double                   width,
                                 double                   height,
                                 double                   radius,
                                 const PlenaryChartColor *color)
{
  cairo_t *cr = p->cr;

  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI_2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI_2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI_2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI_2);
  cairo_close_path (cr);
  set_color (cr, color);
  cairo_fill (cr);
}

/* The accent rule and the kicker at the top of chart and headline slides.
 * Returns: the y below them. */
static double
paint_kicker (PlenarySlidePainter *p,
              const PlenarySlide  *slide)
{
  double y = p->top;

  plenary_slide_painter_fill_rect (p, p->left, y, 0.07 * p->unit, 0.008 * p->unit, 0.004 * p->unit,
                                   &p->theme->accent);
  y += 0.024 * p->unit;

  if (slide->kicker != NULL)
    {
      g_autoptr(PangoLayout) kicker = NULL;

      kicker = plenary_slide_painter_text (p, slide->kicker, PLENARY_SLIDE_TEXT_FRACTION, FALSE,
                                                p->width - 2 * p->left, 1, PANGO_ALIGN_LEFT);
      plenary_slide_painter_show (p, kicker, p->left, y, &p->theme->secondary);
      y += plenary_slide_painter_text_height (kicker);
    }
  return y;
}

/* The kicker and a title set like a chart's.  Returns: the y below them. */
double
plenary_slide_painter_heading (PlenarySlidePainter *p,
                               const PlenarySlide  *slide)
{
  double y = paint_kicker (p, slide) + 0.02 * p->unit;

  if (slide->title != NULL)
    {
      g_autoptr(PangoLayout) title = NULL;

      title = plenary_slide_painter_text (p, slide->title, PLENARY_SLIDE_TITLE_FRACTION, TRUE,
                                               p->width - 2 * p->left, 2, PANGO_ALIGN_LEFT);
      plenary_slide_painter_show (p, title, p->left, y, &p->theme->foreground);
      y += plenary_slide_painter_text_height (title);
    }
  return y + 0.04 * p->unit;
}

/* The source line at the bottom.  Returns: the y above it. */
double
plenary_slide_painter_footer (PlenarySlidePainter *p,
                              const PlenarySlide  *slide)
{
  g_autoptr(PangoLayout) footer = NULL;
  double y;

  if (slide->footer == NULL)
    return p->bottom;

  footer = plenary_slide_painter_text (p, slide->footer, PLENARY_SLIDE_TEXT_FRACTION, FALSE,
                     p->width - 2 * p->left, 2, PANGO_ALIGN_LEFT);
  y = p->bottom - plenary_slide_painter_text_height (footer);
  plenary_slide_painter_show (p, footer, p->left, y, &p->theme->secondary);
  return y - 0.03 * p->unit;
}

/**
 * plenary_slide_chart_scale:
 *
 * A chart with few rows laid out on a whole slide would fill a third of
 * it with small type. The engine draws in a logical canvas; this chooses
 * the smallest canvas, of the slide's shape, that the chart's content
 * still fits at the slide's text size, and returns how much that canvas
 * is scaled up to fill the slide: 1 for a chart that needs all of it, up
 * to %PLENARY_SLIDE_MAX_CHART_SCALE.
 *
 * Returns: the scale, at least 1
 */
double
plenary_slide_chart_scale (PangoContext            *context,
                           double                   width,
                           double                   height,
                           PlenaryChartSpec        *chart,
                           PlenaryLanguage          language,
                           const PlenaryChartTheme *theme)
{
  double best = 1.0;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (chart), 1.0);

  if (plenary_chart_layout_measure_height (context, width, chart, language, theme) >= height)
    return 1.0;

  /* Heights grow stepwise with the width (labels wrap), so search. */
  for (guint step = 1; 1.0 + 0.05 * step <= PLENARY_SLIDE_MAX_CHART_SCALE + 1e-9; step++)
    {
      double scale = MIN (1.0 + 0.05 * step, PLENARY_SLIDE_MAX_CHART_SCALE);
      double needed = plenary_chart_layout_measure_height (context, width / scale, chart,
                                                           language, theme);

      if (needed <= height / scale)
        best = scale;
      else
        break;
    }
  return best;
}

/* The chart draws its own title, unit line and source line, inside a
 * padding of its own; the rectangle is widened by that padding so that
 * the chart's title lines up with the kicker. */
static void
draw_chart_slide (PlenarySlidePainter *p,
                  const PlenarySlide  *slide)
{
  double top = paint_kicker (p, slide);
  double pad = round (plenary_chart_theme_get_font_size (p->theme, p->width, p->height) * 1.1);
  double x = MAX (0, p->left - pad);
  double y = top + 0.012 * p->unit - pad;
  double width = p->width - 2 * x;
  double height = p->height - MAX (0, p->height - p->bottom - pad) - y;
  double scale;

  if (slide->chart == NULL || height < p->unit * 0.1)
    return;

  scale = plenary_slide_chart_scale (p->context, width, height, slide->chart, slide->language,
                                     p->theme);
  /* Scaled up, the chart's own padding grows too: widen the rectangle by
   * as much, so that its title still lines up with the kicker. The chart
   * has more room than it was measured in, so it still fits. */
  if (scale > 1.0)
    {
      x = MAX (0, p->left - pad * scale);
      y = top + 0.012 * p->unit - pad * scale;
      width = p->width - 2 * x;
      height = p->height - MAX (0, p->height - p->bottom - pad * scale) - y;
    }
  cairo_save (p->cr);
  cairo_translate (p->cr, x, y);
  cairo_rectangle (p->cr, 0, 0, width, height);
  cairo_clip (p->cr);
  cairo_scale (p->cr, scale, scale);
  plenary_chart_render (p->cr, width / scale, height / scale, slide->chart, slide->language,
                        p->theme, -1);
  cairo_restore (p->cr);
}

/* The title slide and a section's slide: a block of left-aligned lines,
 * centred vertically, with an accent rule along its side. */
static void
draw_title_slide (PlenarySlidePainter *p,
                  const PlenarySlide  *slide)
{
  gboolean is_title = slide->kind == PLENARY_SLIDE_TITLE;
  double x = p->left + 0.04 * p->unit;
  double width = p->width - x - p->left;
  double avail = p->bottom - p->top;
  g_autoptr(PangoLayout) kicker = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) detail = NULL;
  double block = 0, y;

  if (slide->kicker != NULL)
    {
      kicker = plenary_slide_painter_text (p, slide->kicker, 0.036, TRUE, width, 1,
                                           PANGO_ALIGN_LEFT);
      block += plenary_slide_painter_text_height (kicker) + 0.025 * p->unit;
    }
  if (slide->subtitle != NULL)
    {
      subtitle = plenary_slide_painter_text (p, slide->subtitle, 0.036, FALSE, width, 3,
                                             PANGO_ALIGN_LEFT);
      block += 0.06 * p->unit + plenary_slide_painter_text_height (subtitle);
    }
  if (slide->detail != NULL)
    {
      detail = plenary_slide_painter_text (p, slide->detail, 0.036, FALSE, width, 2,
                                           PANGO_ALIGN_LEFT);
      block += 0.02 * p->unit + plenary_slide_painter_text_height (detail);
    }
  title = text_fit (p, slide->title, is_title ? 0.068 : 0.085, 0.045, TRUE, width,
                    is_title ? 4 : 3, avail - block, PANGO_ALIGN_LEFT);
  block += plenary_slide_painter_text_height (title);

  y = p->top + MAX (0, (avail - block) * 0.45);
  plenary_slide_painter_fill_rect (p, p->left, y, 0.012 * p->unit, block, 0.006 * p->unit,
                                   &p->theme->accent);

  if (kicker != NULL)
    {
      plenary_slide_painter_show (p, kicker, x, y, &p->theme->accent);
      y += plenary_slide_painter_text_height (kicker) + 0.025 * p->unit;
    }
  plenary_slide_painter_show (p, title, x, y, &p->theme->foreground);
  y += plenary_slide_painter_text_height (title);
  if (subtitle != NULL)
    {
      y += 0.06 * p->unit;
      plenary_slide_painter_show (p, subtitle, x, y, &p->theme->secondary);
      y += plenary_slide_painter_text_height (subtitle);
    }
  if (detail != NULL)
    {
      y += 0.02 * p->unit;
      plenary_slide_painter_show (p, detail, x, y, &p->theme->foreground);
    }
}

static void
draw_end_slide (PlenarySlidePainter *p,
                const PlenarySlide  *slide)
{
  double width = p->width - 2 * p->left;
  g_autoptr(PangoLayout) title = text_fit (p, slide->title, 0.16, 0.06, TRUE, width, 1, -1,
                                           PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) detail = NULL;
  double block = plenary_slide_painter_text_height (title), y;

  if (slide->subtitle != NULL)
    {
      subtitle = plenary_slide_painter_text (p, slide->subtitle, 0.045, FALSE, width, 2,
                                             PANGO_ALIGN_CENTER);
      block += 0.05 * p->unit + plenary_slide_painter_text_height (subtitle);
    }
  if (slide->detail != NULL)
    {
      detail = plenary_slide_painter_text (p, slide->detail, 0.032, FALSE, width, 2,
                                           PANGO_ALIGN_CENTER);
      block += 0.03 * p->unit + plenary_slide_painter_text_height (detail);
    }

  y = MAX (p->top, (p->height - block) / 2);
  plenary_slide_painter_show (p, title, p->left, y, &p->theme->foreground);
  y += plenary_slide_painter_text_height (title) + 0.025 * p->unit;
  plenary_slide_painter_fill_rect (p, (p->width - 0.12 * p->unit) / 2, y,
                                   0.12 * p->unit, 0.01 * p->unit,
              0.005 * p->unit, &p->theme->accent);
  y += 0.025 * p->unit;
  if (subtitle != NULL)
    {
      plenary_slide_painter_show (p, subtitle, p->left, y, &p->theme->foreground);
      y += plenary_slide_painter_text_height (subtitle) + 0.03 * p->unit;
    }
  if (detail != NULL)
    plenary_slide_painter_show (p, detail, p->left, y, &p->theme->secondary);
}

/**
 * plenary_slide_draw:
 * @cr: where to draw, with the slide's top-left corner at the origin
 * @width: the slide's width, in @cr's user units
 * @height: the slide's height
 * @slide: the slide
 * @theme: dark or light
 *
 * Paints the whole @width × @height rectangle: background, text, chart.
 */
void
plenary_slide_draw (cairo_t            *cr,
                    double              width,
                    double              height,
                    const PlenarySlide *slide,
                    PlenarySlideTheme   theme)
{
  g_autoptr(PlenaryChartTheme) chart_theme = NULL;
  PlenarySlidePainter p = { 0, };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (slide != NULL);

  if (width < 1 || height < 1)
    return;

  chart_theme = plenary_slide_theme_new_chart (theme, width, height);

  p.cr = cr;
  p.context = plenary_chart_create_pango_context (slide->language);
  p.language = slide->language;
  p.theme = chart_theme;
  p.width = width;
  p.height = height;
  p.unit = plenary_slide_get_unit (width, height);
  p.left = MAX (0.055 * width, 0.06 * p.unit);
  p.top = 0.055 * p.unit;
  p.bottom = height - 0.05 * p.unit;

  cairo_save (cr);
  set_color (cr, &chart_theme->background);
  cairo_paint (cr);

  switch (slide->kind)
    {
    case PLENARY_SLIDE_TITLE:
    case PLENARY_SLIDE_SECTION:
      draw_title_slide (&p, slide);
      break;
    case PLENARY_SLIDE_HEADLINES:
    case PLENARY_SLIDE_TARGETS:
      plenary_slide_painter_draw_headlines (&p, slide);
      break;
    case PLENARY_SLIDE_CHART:
      draw_chart_slide (&p, slide);
      break;
    case PLENARY_SLIDE_END:
      draw_end_slide (&p, slide);
      break;
    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
  g_object_unref (p.context);
}
