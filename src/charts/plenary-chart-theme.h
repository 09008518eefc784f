/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PlenaryChartColor;

#define PLENARY_CHART_N_SERIES_COLORS 6

/* Everything a chart's look depends on but its data: colours, and the
 * range its text sizes may scale within.  Sizes are in the cairo
 * context's user units (logical pixels on screen, points in a PDF). */
typedef struct
{
  PlenaryChartColor background;
  PlenaryChartColor foreground;
  PlenaryChartColor secondary;    /* unit line, source line, ticks */
  PlenaryChartColor grid;
  PlenaryChartColor axis;         /* the zero line */
  PlenaryChartColor accent;       /* the highlighted row, and nothing else */
  PlenaryChartColor negative;     /* bars of values that fall */
  PlenaryChartColor panel;        /* the tint behind a big number */
  PlenaryChartColor series[PLENARY_CHART_N_SERIES_COLORS];
  gboolean          paint_background;
  gboolean          dark;
  double            font_scale;
  double            min_font_size;
  double            max_font_size;
  double            line_scale;
} PlenaryChartTheme;

#define PLENARY_TYPE_CHART_THEME (plenary_chart_theme_get_type ())

GType              plenary_chart_theme_get_type             (void) G_GNUC_CONST;
PlenaryChartTheme *plenary_chart_theme_new_light            (void);
PlenaryChartTheme *plenary_chart_theme_new_dark             (void);
PlenaryChartTheme *plenary_chart_theme_new_high_contrast    (gboolean                 dark);
PlenaryChartTheme *plenary_chart_theme_new_presentation     (gboolean                 dark,
                                                             double                   min_font_size);
PlenaryChartTheme *plenary_chart_theme_copy                 (const PlenaryChartTheme *theme);
void               plenary_chart_theme_free                 (PlenaryChartTheme       *theme);
void               plenary_chart_theme_set_foreground       (PlenaryChartTheme       *theme,
                                                             const PlenaryChartColor *foreground);
double             plenary_chart_theme_get_font_size        (const PlenaryChartTheme *theme,
                                                             double                   width,
                                                             double                   height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryChartTheme, plenary_chart_theme_free)

G_END_DECLS
