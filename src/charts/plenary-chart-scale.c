/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-scale"

#include <math.h>

#include "plenary-chart-scale.h"

/* Above this ratio between the largest and the smallest value a ramp is
 * drawn on a logarithmic axis: on a linear one the smaller value would be
 * a sliver. */
#define LOG_RATIO 10.0

/* The smallest step of the form 1, 2 or 5 × 10ⁿ that covers @span in at
 * most @max_intervals intervals. */
double
plenary_chart_nice_step (double span,
                         guint  max_intervals)
{
  static const double mantissas[] = { 1.0, 2.0, 5.0, 10.0 };
  double raw, magnitude;

  max_intervals = MAX (max_intervals, 1);
  if (!isfinite (span) || span <= 0)
    return 1.0;

  raw = span / max_intervals;
  magnitude = pow (10.0, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    {
      /* A relative tolerance keeps 0.3 / 3 from becoming 0.2 by rounding. */
      if (mantissas[i] * magnitude >= raw * (1.0 - 1e-9))
        return mantissas[i] * magnitude;
    }
  return 10.0 * magnitude;
}

static int
decimals_for_step (double step)
{
  int decimals = (int) ceil (-log10 (step) - 1e-9);
  return CLAMP (decimals, 0, 10);
}

/* Ticks for an axis of bars: the range always takes in zero, because a bar
 * starts there, and is widened outwards to whole steps.  At most
 * @max_ticks ticks (at least 2). */
void
plenary_chart_nice_ticks (double             min,
                          double             max,
                          guint              max_ticks,
                          PlenaryChartTicks *ticks)
{
  double lo, hi, step;
  guint intervals;

  g_return_if_fail (ticks != NULL);

  if (!isfinite (min))
    min = 0;
  if (!isfinite (max))
    max = 0;
  if (min > max)
    {
      double swap = min;
      min = max;
      max = swap;
    }

  lo = MIN (min, 0.0);
  hi = MAX (max, 0.0);
  if (hi - lo <= 0)
    hi = 1.0;

  max_ticks = MAX (max_ticks, 2);
  intervals = max_ticks - 1;

  /* A range on both sides of zero has zero as a tick between its ends. */
  if (lo < 0 && hi > 0)
    intervals = MAX (intervals, 2);
  step = plenary_chart_nice_step (hi - lo, intervals);

  /* Rounding both ends outwards may need one interval more than the span
   * alone; take the next step up until it fits. */
  for (guint attempt = 0; attempt < 16; attempt++)
    {
      double first = floor (lo / step + 1e-9) * step;
      double last = ceil (hi / step - 1e-9) * step;
      guint n = (guint) llround ((last - first) / step);

      if (n <= intervals)
        {
          ticks->first = first;
          ticks->last = last;
          ticks->step = step;
          ticks->n_ticks = n + 1;
          ticks->decimals = decimals_for_step (step);
          return;
        }
      step = plenary_chart_nice_step (step * 1.01 * intervals, intervals);
    }

  ticks->first = lo;
  ticks->last = hi;
  ticks->step = hi - lo;
  ticks->n_ticks = 2;
  ticks->decimals = decimals_for_step (ticks->step);
}

/* The value of tick @index, rounded to the tick's decimals so that labels
 * and positions never carry 0.30000000000000004. */
double
plenary_chart_ticks_value (const PlenaryChartTicks *ticks,
                           guint                    index)
{
  double value, factor;

  g_return_val_if_fail (ticks != NULL, 0);

  value = ticks->first + index * ticks->step;
  factor = pow (10.0, ticks->decimals);
  value = round (value * factor) / factor;
  return value == 0 ? 0 : value; /* no −0 */
}

/* Whether values from @min to @max (both > 0) are better shown on a
 * logarithmic axis. */
gboolean
plenary_chart_wants_log (double min,
                         double max)
{
  if (!(min > 0) || !(max > 0))
    return FALSE;
  return MAX (min, max) / MIN (min, max) >= LOG_RATIO;
}

/* Ticks for a logarithmic axis that takes in @min … @max (> 0): every
 * power of ten from the one below @min to the one above @max, and 2 and 5
 * times each when the axis spans fewer than three decades.  Returns an
 * array of doubles in increasing order. */
GArray *
plenary_chart_log_ticks (double min,
                         double max)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));
  int low, high;

  if (!(min > 0) || !(max > 0) || !isfinite (min) || !isfinite (max))
    {
      double one = 1.0, ten = 10.0;
      g_array_append_val (ticks, one);
      g_array_append_val (ticks, ten);
      return ticks;
    }
  if (min > max)
    {
      double swap = min;
      min = max;
      max = swap;
    }

  low = (int) floor (log10 (min) + 1e-9);
  high = (int) ceil (log10 (max) - 1e-9);
  if (high <= low)
    high = low + 1;

  for (int e = low; e <= high; e++)
    {
      double decade = pow (10.0, e);

      g_array_append_val (ticks, decade);
      if (high - low < 3 && e < high)
        {
          double two = 2 * decade, five = 5 * decade;
          g_array_append_val (ticks, two);
          g_array_append_val (ticks, five);
        }
    }

  return ticks;
}

void
plenary_chart_scale_init (PlenaryChartScale *scale,
                          double             domain_min,
                          double             domain_max,
                          double             range_start,
                          double             range_end,
                          gboolean           logarithmic)
{
  g_return_if_fail (scale != NULL);

  scale->domain_min = domain_min;
  scale->domain_max = domain_max;
  scale->range_start = range_start;
  scale->range_end = range_end;
  scale->logarithmic = logarithmic && domain_min > 0 && domain_max > domain_min;
}

/* The position of @value; values outside the domain map outside the range
 * (the caller clamps if it must). */
double
plenary_chart_scale_map (const PlenaryChartScale *scale,
                         double                   value)
{
  double t;

  g_return_val_if_fail (scale != NULL, 0);

  if (scale->domain_max == scale->domain_min)
    return scale->range_start;

  if (scale->logarithmic)
    {
      double lo = log10 (scale->domain_min);
      double hi = log10 (scale->domain_max);
      t = (log10 (MAX (value, scale->domain_min * 1e-6)) - lo) / (hi - lo);
    }
  else
    t = (value - scale->domain_min) / (scale->domain_max - scale->domain_min);

  return scale->range_start + t * (scale->range_end - scale->range_start);
}
