/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "plenary-chart-spec.h"
#include "plenary-chart-theme.h"
#include "plenary-language.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PlenaryChartRect;

typedef enum {
  PLENARY_CHART_SHAPE_RECT,
  PLENARY_CHART_SHAPE_LINE,
  PLENARY_CHART_SHAPE_TEXT,
  PLENARY_CHART_SHAPE_SECTOR,
  PLENARY_CHART_SHAPE_CIRCLE,
  PLENARY_CHART_SHAPE_ARROW,
} PlenaryChartShape;

/* What an item is for; tests and hit-testing look items up by role. */
typedef enum {
  PLENARY_CHART_ROLE_TITLE,
  PLENARY_CHART_ROLE_UNIT,
  PLENARY_CHART_ROLE_SOURCE,
  PLENARY_CHART_ROLE_LEGEND_SWATCH,
  PLENARY_CHART_ROLE_LEGEND_LABEL,
  PLENARY_CHART_ROLE_GRIDLINE,
  PLENARY_CHART_ROLE_ZERO_LINE,
  PLENARY_CHART_ROLE_TICK_LABEL,
  PLENARY_CHART_ROLE_ROW_LABEL,
  PLENARY_CHART_ROLE_BAR,
  PLENARY_CHART_ROLE_VALUE_LABEL,
  PLENARY_CHART_ROLE_SLICE,
  PLENARY_CHART_ROLE_MARKER,
  PLENARY_CHART_ROLE_CONNECTOR,
  PLENARY_CHART_ROLE_NOTE,
  PLENARY_CHART_ROLE_PANEL,
  PLENARY_CHART_ROLE_BIG_VALUE,
  PLENARY_CHART_ROLE_PERIOD,
} PlenaryChartRole;

/* Which theme colour an item is painted with. */
typedef enum {
  PLENARY_CHART_PAINT_FOREGROUND,
  PLENARY_CHART_PAINT_SECONDARY,
  PLENARY_CHART_PAINT_GRID,
  PLENARY_CHART_PAINT_AXIS,
  PLENARY_CHART_PAINT_SERIES,
  PLENARY_CHART_PAINT_NEGATIVE,
  PLENARY_CHART_PAINT_PANEL,
  PLENARY_CHART_PAINT_ACCENT,
} PlenaryChartPaint;

typedef struct
{
  PlenaryChartShape  shape;
  PlenaryChartRole   role;
  PlenaryChartPaint  paint;
  int                series;        /* palette index for PAINT_SERIES */
  int                row;           /* the data row it shows, or -1 */
  gboolean           highlightable; /* takes the accent colour when its row is highlighted */
  PlenaryChartRect   bounds;
  double             x0, y0, x1, y1;            /* LINE, ARROW */
  double             cx, cy, radius, inner_radius; /* SECTOR, CIRCLE */
  double             angle_start, angle_end;    /* SECTOR, radians, clockwise from 12 o'clock */
  double             line_width;
  gboolean           dashed;
  PangoLayout       *text;          /* TEXT: drawn with its top-left at bounds.x, bounds.y */
} PlenaryChartItem;

typedef struct _PlenaryChartLayout PlenaryChartLayout;

/* The palette index of each kind of value, the same on every chart. */
#define PLENARY_CHART_SERIES_RESULT   0
#define PLENARY_CHART_SERIES_TARGET   1
#define PLENARY_CHART_SERIES_BASELINE 2

PangoContext           *plenary_chart_create_pango_context (PlenaryLanguage           language);

PlenaryChartLayout     *plenary_chart_layout_new           (PangoContext             *context,
                                                            double                    width,
                                                            double                    height,
                                                            PlenaryChartSpec         *spec,
                                                            PlenaryLanguage           language,
                                                            const PlenaryChartTheme  *theme);
double                  plenary_chart_layout_measure_height (PangoContext        *context,
                                                            double                    width,
                                                            PlenaryChartSpec         *spec,
                                                            PlenaryLanguage           language,
                                                            const PlenaryChartTheme  *theme);
char                   *plenary_chart_dup_subtitle         (PlenaryChartSpec         *spec,
                                                            PlenaryLanguage           language);
void                    plenary_chart_layout_free          (PlenaryChartLayout       *self);
double                  plenary_chart_layout_get_width     (PlenaryChartLayout       *self);
double                  plenary_chart_layout_get_height    (PlenaryChartLayout       *self);
double                  plenary_chart_layout_get_font_size (PlenaryChartLayout       *self);
guint                   plenary_chart_layout_get_n_items   (PlenaryChartLayout       *self);
const PlenaryChartItem *plenary_chart_layout_get_item      (PlenaryChartLayout       *self,
                                                            guint                     index);
guint                   plenary_chart_layout_get_n_rows    (PlenaryChartLayout       *self);
gboolean                plenary_chart_layout_get_row_bounds (PlenaryChartLayout      *self,
                                                            guint                     row,
                                                            PlenaryChartRect         *bounds);
int                     plenary_chart_layout_hit_row       (PlenaryChartLayout       *self,
                                                            double                    x,
                                                            double                    y);
void                    plenary_chart_layout_draw          (PlenaryChartLayout       *self,
                                                            cairo_t                  *cr,
                                                            int                       highlighted_row,
                                                            int                       focus_row);

double                  plenary_chart_preferred_height     (PlenaryChartSpec         *spec,
                                                            double                    width);

const char             *plenary_chart_item_get_text        (const PlenaryChartItem   *item);
gboolean                plenary_chart_rect_intersects      (const PlenaryChartRect   *a,
                                                            const PlenaryChartRect   *b);
gboolean                plenary_chart_rect_contains_point  (const PlenaryChartRect   *rect,
                                                            double                    x,
                                                            double                    y);
gboolean                plenary_chart_rect_inside          (const PlenaryChartRect   *inner,
                                                            const PlenaryChartRect   *outer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryChartLayout, plenary_chart_layout_free)

G_END_DECLS
