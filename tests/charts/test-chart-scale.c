/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "plenary-chart-scale.h"

/* Every tick range takes in zero and the data, steps are 1, 2 or 5 × 10ⁿ,
 * and there are no more ticks than asked for. */
static void
check_ticks (double min,
             double max,
             guint  max_ticks)
{
  PlenaryChartTicks ticks;
  double mantissa;

  plenary_chart_nice_ticks (min, max, max_ticks, &ticks);

  g_assert_cmpuint (ticks.n_ticks, >=, 2);
  g_assert_cmpuint (ticks.n_ticks, <=, MAX (max_ticks, min < 0 && max > 0 ? 3 : 2));
  g_assert_cmpfloat (ticks.first, <=, MIN (min, 0) + fabs (ticks.step) * 1e-9);
  g_assert_cmpfloat (ticks.last, >=, MAX (max, 0) - fabs (ticks.step) * 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.first + (ticks.n_ticks - 1) * ticks.step, ticks.last,
                                  ticks.step * 1e-6);

  mantissa = ticks.step / pow (10, floor (log10 (ticks.step) + 1e-12));
  if (!(fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 || fabs (mantissa - 5) < 1e-6))
    g_printerr ("%g…%g in %u ticks: step %.17g\n", min, max, max_ticks, ticks.step);
  g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 || fabs (mantissa - 5) < 1e-6);

  /* Zero is a tick when the range crosses it. */
  if (ticks.first <= 0 && ticks.last >= 0)
    {
      double zero_index = -ticks.first / ticks.step;
      g_assert_cmpfloat (fabs (zero_index - round (zero_index)), <, 1e-6);
    }
}

static void
test_nice_ticks_ranges (void)
{
  static const double ranges[][2] = {
    { 0, 24.5 }, { 0, 110 }, { 4, 4 }, { 0, 0 }, { -6.8, 8.7 }, { -6.1, 12.8 },
    { -250, -3 }, { 0, 4169 }, { 0, 1e12 }, { 3.2e9, 7.7e11 }, { 0, 0.0003 },
    { 1e-9, 7e-9 }, { 0.2, 9 }, { 50, 3000 }, { 99, 100 }, { -1, 1 }, { 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    for (guint n = 2; n <= 8; n++)
      check_ticks (ranges[i][0], ranges[i][1], n);
}

static void
test_nice_ticks_values (void)
{
  PlenaryChartTicks ticks;

  plenary_chart_nice_ticks (0, 24.5, 6, &ticks);
  g_assert_cmpfloat (ticks.first, ==, 0);
  g_assert_cmpfloat (ticks.step, ==, 5);
  g_assert_cmpfloat (ticks.last, ==, 25);
  g_assert_cmpint (ticks.decimals, ==, 0);

  plenary_chart_nice_ticks (-6.8, 8.7, 5, &ticks);
  g_assert_cmpfloat (ticks.first, ==, -10);
  g_assert_cmpfloat (ticks.last, ==, 10);
  g_assert_cmpfloat (ticks.step, ==, 5);

  /* All negative: the axis ends at zero, where the bars start. */
  plenary_chart_nice_ticks (-250, -3, 6, &ticks);
  g_assert_cmpfloat (ticks.last, ==, 0);
  g_assert_cmpfloat (ticks.first, <=, -250);

  /* A single value, and nothing at all, still give a usable axis. */
  plenary_chart_nice_ticks (0, 0, 5, &ticks);
  g_assert_cmpfloat (ticks.first, ==, 0);
  g_assert_cmpfloat (ticks.last, >, 0);

  plenary_chart_nice_ticks (0, 0.0003, 4, &ticks);
  g_assert_cmpfloat_with_epsilon (ticks.step, 0.0001, 1e-12);
  g_assert_cmpint (ticks.decimals, ==, 4);
  g_assert_cmpfloat (plenary_chart_ticks_value (&ticks, 3), ==, 0.0003);

  plenary_chart_nice_ticks (0, 7.7e11, 5, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 2e11);
  g_assert_cmpfloat (ticks.last, ==, 8e11);

  /* 0.1 + 0.2 is not 0.30000000000000004 on an axis. */
  plenary_chart_nice_ticks (0, 0.5, 6, &ticks);
  g_assert_cmpfloat (plenary_chart_ticks_value (&ticks, 3), ==, 0.3);

  /* Infinities and NaN are treated as zero rather than breaking. */
  plenary_chart_nice_ticks (NAN, INFINITY, 5, &ticks);
  g_assert_cmpuint (ticks.n_ticks, >=, 2);
  g_assert_true (isfinite (ticks.first) && isfinite (ticks.last));
}

static void
test_nice_step (void)
{
  g_assert_cmpfloat (plenary_chart_nice_step (10, 5), ==, 2);
  g_assert_cmpfloat (plenary_chart_nice_step (10, 10), ==, 1);
  g_assert_cmpfloat (plenary_chart_nice_step (3, 10), ==, 0.5);
  g_assert_cmpfloat (plenary_chart_nice_step (0.9, 3), ==, 0.5);
  g_assert_cmpfloat (plenary_chart_nice_step (4169, 5), ==, 1000);
  g_assert_cmpfloat (plenary_chart_nice_step (-1, 5), ==, 1);
}

static void
test_log_ticks (void)
{
  g_autoptr(GArray) masks = plenary_chart_log_ticks (50, 3000);
  g_autoptr(GArray) suits = plenary_chart_log_ticks (0.2, 9);
  g_autoptr(GArray) wide = plenary_chart_log_ticks (1, 1e6);
  g_autoptr(GArray) bad = plenary_chart_log_ticks (0, 10);

  /* 50 → 3000: the decades 10, 100, 1000 and 10000. */
  g_assert_cmpuint (masks->len, ==, 4);
  g_assert_cmpfloat (g_array_index (masks, double, 0), ==, 10);
  g_assert_cmpfloat (g_array_index (masks, double, masks->len - 1), ==, 10000);

  /* Fewer than three decades also get 2× and 5× ticks. */
  g_assert_cmpfloat (g_array_index (suits, double, 0), ==, 0.1);
  g_assert_cmpfloat_with_epsilon (g_array_index (suits, double, 1), 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (g_array_index (suits, double, 2), 0.5, 1e-12);
  g_assert_cmpfloat (g_array_index (suits, double, suits->len - 1), ==, 10);

  /* Six decades: powers of ten only, in increasing order. */
  g_assert_cmpuint (wide->len, ==, 7);
  for (guint i = 1; i < wide->len; i++)
    g_assert_cmpfloat (g_array_index (wide, double, i), ==, 10 * g_array_index (wide, double, i - 1));

  g_assert_cmpuint (bad->len, >=, 2);

  g_assert_true (plenary_chart_wants_log (50, 3000));
  g_assert_true (plenary_chart_wants_log (0.3, 13));
  g_assert_false (plenary_chart_wants_log (100, 101));
  g_assert_false (plenary_chart_wants_log (0, 100));
  g_assert_false (plenary_chart_wants_log (-5, 100));
}

static void
test_scale_map (void)
{
  PlenaryChartScale linear, logarithmic;

  plenary_chart_scale_init (&linear, 0, 25, 100, 600, FALSE);
  g_assert_cmpfloat (plenary_chart_scale_map (&linear, 0), ==, 100);
  g_assert_cmpfloat (plenary_chart_scale_map (&linear, 25), ==, 600);
  g_assert_cmpfloat (plenary_chart_scale_map (&linear, 12.5), ==, 350);

  /* A vertical axis runs from the bottom up. */
  plenary_chart_scale_init (&logarithmic, 10, 10000, 500, 200, TRUE);
  g_assert_true (logarithmic.logarithmic);
  g_assert_cmpfloat_with_epsilon (plenary_chart_scale_map (&logarithmic, 10), 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (plenary_chart_scale_map (&logarithmic, 100), 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (plenary_chart_scale_map (&logarithmic, 10000), 200, 1e-9);

  /* A log scale with a domain that includes zero falls back to linear. */
  plenary_chart_scale_init (&logarithmic, 0, 100, 0, 100, TRUE);
  g_assert_false (logarithmic.logarithmic);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/scale/nice-ticks-ranges", test_nice_ticks_ranges);
  g_test_add_func ("/charts/scale/nice-ticks-values", test_nice_ticks_values);
  g_test_add_func ("/charts/scale/nice-step", test_nice_step);
  g_test_add_func ("/charts/scale/log-ticks", test_log_ticks);
  g_test_add_func ("/charts/scale/map", test_scale_map);

  return g_test_run ();
}
