/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "plenary-chart-theme.h"
#include "plenary-slide.h"

G_BEGIN_DECLS

/* The values match the presentation-theme key in GSettings. */
typedef enum {
  PLENARY_SLIDE_THEME_DARK,
  PLENARY_SLIDE_THEME_LIGHT,
} PlenarySlideTheme;

/* The charts' family, so that slide titles and chart labels match. */
#define PLENARY_SLIDE_FONT_FAMILY \
  "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif"

/* Sizes on a slide are fractions of its height (of 3/4 of its width on a
 * screen taller than 4:3), so a slide looks the same on a laptop, a
 * projector, a 4K screen and a PDF page. */
#define PLENARY_SLIDE_TEXT_FRACTION  0.031  /* chart labels; no text on a slide is smaller */
#define PLENARY_SLIDE_TITLE_FRACTION 0.0403 /* a chart's title, 1.3 × the text, as the charts have it */

/* How much a chart with few rows may be enlarged to fill its slide. */
#define PLENARY_SLIDE_MAX_CHART_SCALE 1.7

double             plenary_slide_chart_scale     (PangoContext            *context,
                                                  double                   width,
                                                  double                   height,
                                                  PlenaryChartSpec        *chart,
                                                  PlenaryLanguage          language,
                                                  const PlenaryChartTheme *theme);
PangoAttrList     *plenary_slide_break_attrs_new (const char        *text,
                                                  PlenaryLanguage    language);
double             plenary_slide_get_unit        (double             width,
                                                  double             height);
PlenaryChartTheme *plenary_slide_theme_new_chart (PlenarySlideTheme  theme,
                                                  double             width,
                                                  double             height);
void               plenary_slide_draw            (cairo_t           *cr,
                                                  double             width,
                                                  double             height,
                                                  const PlenarySlide *slide,
                                                  PlenarySlideTheme  theme);

G_END_DECLS
