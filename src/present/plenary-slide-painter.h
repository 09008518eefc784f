/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "plenary-slide-draw.h"
#include "plenary-slide-private.h"

G_BEGIN_DECLS

/* What the files that draw slides share: the surface, the theme and the
 * slide's unit of length, and their text and shape helpers.  Text sizes
 * are given as fractions of the unit. */
typedef struct
{
  cairo_t           *cr;
  PangoContext      *context;
  PlenaryChartTheme *theme;
  PlenaryLanguage    language;
  double             width;
  double             height;
  double             unit;
  double             left;     /* the side margin */
  double             top;
  double             bottom;   /* where the bottom margin starts */
} PlenarySlidePainter;

PangoLayout *plenary_slide_painter_text          (PlenarySlidePainter     *p,
                                                  const char              *text,
                                                  double                   fraction,
                                                  gboolean                 bold,
                                                  double                   max_width,
                                                  int                      max_lines,
                                                  PangoAlignment           alignment);
double       plenary_slide_painter_text_height   (PangoLayout             *layout);
void         plenary_slide_painter_show          (PlenarySlidePainter     *p,
                                                  PangoLayout             *layout,
                                                  double                   x,
                                                  double                   y,
                                                  const PlenaryChartColor *color);
void         plenary_slide_painter_fill_rect     (PlenarySlidePainter     *p,
                                                  double                   x,
                                                  double                   y,
                                                  double                   width,
                                                  double                   height,
                                                  double                   radius,
                                                  const PlenaryChartColor *color);
double       plenary_slide_painter_heading       (PlenarySlidePainter     *p,
                                                  const PlenarySlide      *slide);
double       plenary_slide_painter_footer        (PlenarySlidePainter     *p,
                                                  const PlenarySlide      *slide);
void         plenary_slide_painter_draw_headlines (PlenarySlidePainter    *p,
                                                  const PlenarySlide      *slide);

G_END_DECLS
