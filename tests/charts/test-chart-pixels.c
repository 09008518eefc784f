/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "plenary-chart-layout.h"
#include "plenary-chart-render.h"
#include "plenary-report-loader.h"

/* What the renderer puts on pixels: the highlighted bar in its series
 * colour, the others dimmed, the theme's background in the corners, and
 * bars as long as their values say. */

static PlenaryReport *report;

typedef struct
{
  cairo_surface_t    *surface;
  PlenaryChartLayout *layout;
} Rendering;

static void
rendering_clear (Rendering *rendering)
{
  g_clear_pointer (&rendering->surface, cairo_surface_destroy);
  g_clear_pointer (&rendering->layout, plenary_chart_layout_free);
}

/* Renders through plenary_chart_render() and keeps the layout that the
 * same call computes, for the positions to look at. */
static void
render (Rendering               *rendering,
        const char              *chart_id,
        const PlenaryChartTheme *theme,
        int                      highlighted_row)
{
  PlenaryChartSpec *spec = plenary_report_find_chart (report, chart_id);
  cairo_t *cr;

  g_assert_nonnull (spec);
  rendering->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cr = cairo_create (rendering->surface);
  plenary_chart_render (cr, 1200, 800, spec, PLENARY_LANGUAGE_ZH, theme, highlighted_row);
  cairo_destroy (cr);
  cairo_surface_flush (rendering->surface);
  rendering->layout = plenary_chart_layout_new (NULL, 1200, 800, spec, PLENARY_LANGUAGE_ZH, theme);
}

static void
assert_pixel (cairo_surface_t         *surface,
              double                   x,
              double                   y,
              const PlenaryChartColor *expected)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) y * stride + (int) x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  if (abs (r - (int) round (expected->red * 255)) > 2
      || abs (g - (int) round (expected->green * 255)) > 2
      || abs (b - (int) round (expected->blue * 255)) > 2)
    g_error ("pixel at %.0f,%.0f is #%02x%02x%02x, expected #%02x%02x%02x", x, y, r, g, b,
             (int) round (expected->red * 255), (int) round (expected->green * 255),
             (int) round (expected->blue * 255));
}

static gboolean
pixel_is (cairo_surface_t         *surface,
          int                      x,
          int                      y,
          const PlenaryChartColor *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  return abs ((int) ((pixel >> 16) & 0xff) - (int) round (color->red * 255)) <= 2
         && abs ((int) ((pixel >> 8) & 0xff) - (int) round (color->green * 255)) <= 2
         && abs ((int) (pixel & 0xff) - (int) round (color->blue * 255)) <= 2;
}

static void
test_highlighted_bar (void)
{
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  Rendering rendering = { 0, };
  guint bars = 0;

  PlenaryChartColor dimmed;

  /* The others are dimmed to 30 % over the background; the highlighted
   * bar keeps its colour: a colour always means the same thing. */
  dimmed.red = theme->series[0].red * 0.3 + theme->background.red * 0.7;
  dimmed.green = theme->series[0].green * 0.3 + theme->background.green * 0.7;
  dimmed.blue = theme->series[0].blue * 0.3 + theme->background.blue * 0.7;
  render (&rendering, "economy-growth-2019", theme, 2);
  for (guint i = 0; i < plenary_chart_layout_get_n_items (rendering.layout); i++)
    {
      const PlenaryChartItem *item = plenary_chart_layout_get_item (rendering.layout, i);

      if (item->role != PLENARY_CHART_ROLE_BAR)
        continue;
      assert_pixel (rendering.surface, item->bounds.x + item->bounds.width / 2,
                    item->bounds.y + item->bounds.height / 2,
                    item->row == 2 ? &theme->series[0] : &dimmed);
      bars++;
    }
  g_assert_cmpuint (bars, ==, 4);
  rendering_clear (&rendering);
}

static void
test_highlighted_slice (void)
{
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  Rendering rendering = { 0, };
  guint slices = 0;

  render (&rendering, "investment-plan-share-2020", theme, 1);
  for (guint i = 0; i < plenary_chart_layout_get_n_items (rendering.layout); i++)
    {
      const PlenaryChartItem *item = plenary_chart_layout_get_item (rendering.layout, i);
      double angle, radius;

      if (item->role != PLENARY_CHART_ROLE_SLICE)
        continue;
      angle = (item->angle_start + item->angle_end) / 2;
      radius = (item->radius + item->inner_radius) / 2;
      PlenaryChartColor dimmed = theme->series[item->series];

      dimmed.red = dimmed.red * 0.3 + theme->background.red * 0.7;
      dimmed.green = dimmed.green * 0.3 + theme->background.green * 0.7;
      dimmed.blue = dimmed.blue * 0.3 + theme->background.blue * 0.7;
      assert_pixel (rendering.surface, item->cx + radius * sin (angle), item->cy - radius * cos (angle),
                    item->row == 1 ? &theme->series[item->series] : &dimmed);
      slices++;
    }
  g_assert_cmpuint (slices, ==, 5);
  rendering_clear (&rendering);
}

static void
test_background (void)
{
  g_autoptr(PlenaryChartTheme) light = plenary_chart_theme_new_light ();
  g_autoptr(PlenaryChartTheme) dark = plenary_chart_theme_new_dark ();
  const PlenaryChartTheme *themes[] = { light, dark };

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      Rendering rendering = { 0, };

      render (&rendering, "mask-output-ramp-2020", themes[t], -1);
      assert_pixel (rendering.surface, 1, 1, &themes[t]->background);
      assert_pixel (rendering.surface, 1198, 798, &themes[t]->background);
      assert_pixel (rendering.surface, 1198, 1, &themes[t]->background);
      rendering_clear (&rendering);
    }

  /* The two backgrounds are not the same colour. */
  g_assert_cmpfloat (fabs (light->background.red - dark->background.red), >, 0.5);
}

/* Measured on the pixels: from the zero line, each bar runs in its colour
 * for as many pixels as its value says. */
static void
test_bar_pixel_lengths (void)
{
  g_autoptr(PlenaryChartTheme) theme = plenary_chart_theme_new_light ();
  PlenaryChartSpec *spec = plenary_report_find_chart (report, "investment-plan-amount-2020");
  Rendering rendering = { 0, };
  double per_unit = -1;

  render (&rendering, "investment-plan-amount-2020", theme, -1);
  for (guint i = 0; i < plenary_chart_layout_get_n_items (rendering.layout); i++)
    {
      const PlenaryChartItem *item = plenary_chart_layout_get_item (rendering.layout, i);
      int y, x, start, end;
      double value, length;

      if (item->role != PLENARY_CHART_ROLE_BAR)
        continue;

      y = (int) (item->bounds.y + item->bounds.height / 2);
      x = (int) (item->bounds.x + item->bounds.width / 2);
      g_assert_true (pixel_is (rendering.surface, x, y, &theme->series[item->series]));
      for (start = x; start > 0 && pixel_is (rendering.surface, start - 1, y, &theme->series[item->series]); start--)
        ;
      for (end = x; end < 1199 && pixel_is (rendering.surface, end + 1, y, &theme->series[item->series]); end++)
        ;

      /* The zero line covers the bar's first pixel. */
      length = end + 1 - start;
      value = plenary_indicator_get_value (plenary_chart_spec_get_value (spec, (guint) item->row, 0));
      g_assert_cmpfloat (fabs (length - item->bounds.width), <=, 2.0);
      if (per_unit < 0)
        per_unit = length / value;
      else
        g_assert_cmpfloat (fabs (length - per_unit * value), <=, 2.5);
    }
  g_assert_cmpfloat (per_unit, >, 0);
  rendering_clear (&rendering);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/charts/pixels/highlighted-bar", test_highlighted_bar);
  g_test_add_func ("/charts/pixels/highlighted-slice", test_highlighted_slice);
  g_test_add_func ("/charts/pixels/background", test_background);
  g_test_add_func ("/charts/pixels/bar-lengths", test_bar_pixel_lengths);

  return g_test_run ();
}
