/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-chart-layout.h"
#include "plenary-chart-scale.h"
#include "plenary-number-format.h"

G_BEGIN_DECLS

/* Shared by the layout pass and the per-type files that fill it.  Each
 * chart type adds items (rectangles, lines, text…) inside the plot
 * rectangle that the frame leaves it; the painter only replays them. */
struct _PlenaryChartLayout
{
  double              width;
  double              height;
  PlenaryChartTheme   theme;
  PlenaryLanguage     language;
  PlenaryChartSpec   *spec;
  PangoContext       *context;

  double              font_size;   /* body text: row labels, values */
  double              small_size;  /* unit line, source, ticks */
  double              title_size;
  double              pad;

  PlenaryChartRect    plot;        /* what the frame leaves the chart type */
  guint               first_plot_item;
  gboolean            broke_word;  /* some text had to break inside a word */
  GArray             *items;       /* PlenaryChartItem */
  GArray             *rows;        /* PlenaryChartRect, one a data row */
};

/* Text */
PangoLayout      *plenary_chart_text_new          (PlenaryChartLayout *self,
                                                   const char         *text,
                                                   double              size,
                                                   gboolean            bold,
                                                   double              max_width,
                                                   int                 max_lines,
                                                   PangoAlignment      alignment);
PangoLayout      *plenary_chart_text_new_fitted   (PlenaryChartLayout *self,
                                                   const char         *text,
                                                   double              size,
                                                   double              min_size,
                                                   gboolean            bold,
                                                   double              max_width,
                                                   int                 max_lines,
                                                   PangoAlignment      alignment);
gboolean          plenary_chart_text_fits         (PangoLayout        *text,
                                                   double              max_width,
                                                   int                 max_lines);
void              plenary_chart_text_get_size     (PangoLayout        *text,
                                                   double             *width,
                                                   double             *height);
double            plenary_chart_text_line_height  (PlenaryChartLayout *self,
                                                   double              size);
char             *plenary_chart_dup_value_text    (PlenaryChartLayout *self,
                                                   PlenaryIndicator   *indicator);
const char       *plenary_chart_bar_qualifier     (PlenaryQualifier    qualifier);

gboolean          plenary_chart_is_bound          (PlenaryIndicator   *indicator);
int               plenary_chart_series_for        (PlenaryIndicator   *indicator);
int               plenary_chart_series_for_part   (guint               part);

/* Items */
PlenaryChartItem *plenary_chart_layout_add        (PlenaryChartLayout *self,
                                                   PlenaryChartShape   shape,
                                                   PlenaryChartRole    role,
                                                   PlenaryChartPaint   paint,
                                                   int                 row);
PlenaryChartItem *plenary_chart_layout_add_rect   (PlenaryChartLayout *self,
                                                   PlenaryChartRole    role,
                                                   PlenaryChartPaint   paint,
                                                   int                 row,
                                                   double              x,
                                                   double              y,
                                                   double              width,
                                                   double              height);
PlenaryChartItem *plenary_chart_layout_add_line   (PlenaryChartLayout *self,
                                                   PlenaryChartRole    role,
                                                   PlenaryChartPaint   paint,
                                                   double              x0,
                                                   double              y0,
                                                   double              x1,
                                                   double              y1,
                                                   double              line_width);
PlenaryChartItem *plenary_chart_layout_add_text   (PlenaryChartLayout *self,
                                                   PlenaryChartRole    role,
                                                   PlenaryChartPaint   paint,
                                                   int                 row,
                                                   PangoLayout        *text,
                                                   double              x,
                                                   double              y);

/* Pieces shared by the chart types */
double            plenary_chart_axis_height       (PlenaryChartLayout *self);
void              plenary_chart_axis_add_x        (PlenaryChartLayout *self,
                                                   const PlenaryChartTicks *ticks,
                                                   const PlenaryChartScale *scale,
                                                   PlenaryUnit        *unit,
                                                   double              top,
                                                   double              bottom,
                                                   gboolean            labels,
                                                   double              label_min_x,
                                                   double              label_max_x);
guint             plenary_chart_axis_max_ticks    (PlenaryChartLayout *self,
                                                   double              length);
char             *plenary_chart_format_tick       (PlenaryChartLayout *self,
                                                   double              value,
                                                   int                 decimals,
                                                   PlenaryUnit        *unit);

double            plenary_chart_legend_width      (PlenaryChartLayout *self,
                                                   const char * const *labels,
                                                   guint               n_labels);
double            plenary_chart_legend_add        (PlenaryChartLayout *self,
                                                   const char * const *labels,
                                                   const int          *series,
                                                   guint               n_labels,
                                                   double              x,
                                                   double              y,
                                                   double              max_width);

/* Horizontal bars, shared by the bar, grouped-bar and diverging-bar
 * types: one band a label, one or two bars a band. */
typedef struct
{
  PlenaryIndicator  *indicator;
  PlenaryChartPaint  paint;
  int                series;
} PlenaryChartBar;

typedef struct
{
  const char      *label;
  int              row;
  guint            n_bars;
  PlenaryChartBar  bars[2];
} PlenaryChartBand;

void              plenary_chart_hbars_layout      (PlenaryChartLayout       *self,
                                                   const PlenaryChartRect   *plot,
                                                   const PlenaryChartBand   *bands,
                                                   guint                     n_bands);

/* The chart types: each fills @plot */
void plenary_chart_bar_layout           (PlenaryChartLayout *self, const PlenaryChartRect *plot);
void plenary_chart_grouped_bar_layout   (PlenaryChartLayout *self, const PlenaryChartRect *plot);
void plenary_chart_diverging_bar_layout (PlenaryChartLayout *self, const PlenaryChartRect *plot);
void plenary_chart_share_layout         (PlenaryChartLayout *self, const PlenaryChartRect *plot);
gboolean plenary_chart_ramp_is_logarithmic (PlenaryChartSpec *spec);
void plenary_chart_ramp_layout          (PlenaryChartLayout *self, const PlenaryChartRect *plot);
void plenary_chart_big_number_layout    (PlenaryChartLayout *self, const PlenaryChartRect *plot);

G_END_DECLS
