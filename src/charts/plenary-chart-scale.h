/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tick values for a value axis: first, first + step, … last. */
typedef struct
{
  double first;
  double last;
  double step;
  guint  n_ticks;
  int    decimals;   /* decimals a tick label needs */
} PlenaryChartTicks;

/* A mapping from values to positions along one axis. */
typedef struct
{
  double   domain_min;
  double   domain_max;
  double   range_start;
  double   range_end;
  gboolean logarithmic;
} PlenaryChartScale;

double   plenary_chart_nice_step    (double                   span,
                                     guint                    max_intervals);
void     plenary_chart_nice_ticks   (double                   min,
                                     double                   max,
                                     guint                    max_ticks,
                                     PlenaryChartTicks       *ticks);
double   plenary_chart_ticks_value  (const PlenaryChartTicks *ticks,
                                     guint                    index);
GArray  *plenary_chart_log_ticks    (double                   min,
                                     double                   max);
gboolean plenary_chart_wants_log    (double                   min,
                                     double                   max);
void     plenary_chart_scale_init   (PlenaryChartScale       *scale,
                                     double                   domain_min,
                                     double                   domain_max,
                                     double                   range_start,
                                     double                   range_end,
                                     gboolean                 logarithmic);
double   plenary_chart_scale_map    (const PlenaryChartScale *scale,
                                     double                   value);

G_END_DECLS
