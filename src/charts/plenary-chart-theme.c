/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-theme"

#include <math.h>
#include <string.h>

#include "plenary-chart-theme.h"

G_DEFINE_BOXED_TYPE (PlenaryChartTheme, plenary_chart_theme,
                     plenary_chart_theme_copy, plenary_chart_theme_free)

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* The Okabe–Ito palette, which stays distinct for the common forms of
 * colour blindness.  Bluish green is kept out of the series so that it can
 * be the accent: a highlighted bar must never look like an ordinary one.
 * A fall is drawn in a crimson that is neither the targets' orange nor
 * the Okabe–Ito vermillion beside it, which reads as orange at a glance;
 * against the results' blue it keeps a blue–red contrast that stays
 * distinct for the common forms of colour blindness. */
static const PlenaryChartColor okabe_ito[PLENARY_CHART_N_SERIES_COLORS] = {
  RGB (0x0072b2), /* blue */
  RGB (0xe69f00), /* orange */
  RGB (0x56b4e9), /* sky blue */
  RGB (0xcc79a7), /* reddish purple */
  RGB (0xd55e00), /* vermillion */
  RGB (0xf0e442), /* yellow */
};

/* On a dark background the darker members are lifted so that thin bars
 * keep their contrast; the hues stay those of the light palette. */
static const PlenaryChartColor okabe_ito_dark[PLENARY_CHART_N_SERIES_COLORS] = {
  RGB (0x3d9ad6),
  RGB (0xf0ad1e),
  RGB (0x7cc6ef),
  RGB (0xdb94bb),
  RGB (0xf07a2a),
  RGB (0xf0e442),
};

static void
set_common (PlenaryChartTheme *theme)
{
  theme->paint_background = TRUE;
  theme->font_scale = 1.0;
  theme->min_font_size = 11.0;
  theme->max_font_size = 26.0;
  theme->line_scale = 1.0;
}

PlenaryChartTheme *
plenary_chart_theme_new_light (void)
{
  PlenaryChartTheme *theme = g_new0 (PlenaryChartTheme, 1);

  set_common (theme);
  theme->background = (PlenaryChartColor) RGB (0xffffff);
  theme->foreground = (PlenaryChartColor) RGB (0x1f1f1f);
  theme->secondary = (PlenaryChartColor) RGB (0x5c5c5c);
  theme->grid = (PlenaryChartColor) RGB (0xdedede);
  theme->axis = (PlenaryChartColor) RGB (0x4d4d4d);
  theme->accent = (PlenaryChartColor) RGB (0x009e73);
  theme->negative = (PlenaryChartColor) RGB (0xc0293b);
  theme->panel = (PlenaryChartColor) RGB (0xf3f5f8);
  memcpy (theme->series, okabe_ito, sizeof okabe_ito);

  return theme;
}

PlenaryChartTheme *
plenary_chart_theme_new_dark (void)
{
  PlenaryChartTheme *theme = g_new0 (PlenaryChartTheme, 1);

  set_common (theme);
  theme->dark = TRUE;
  theme->background = (PlenaryChartColor) RGB (0x242424);
  theme->foreground = (PlenaryChartColor) RGB (0xf2f2f2);
  theme->secondary = (PlenaryChartColor) RGB (0xb0b0b0);
  theme->grid = (PlenaryChartColor) RGB (0x404040);
  theme->axis = (PlenaryChartColor) RGB (0xb8b8b8);
  theme->accent = (PlenaryChartColor) RGB (0x2fc59a);
  theme->negative = (PlenaryChartColor) RGB (0xf0707a);
  theme->panel = (PlenaryChartColor) RGB (0x303338);
  memcpy (theme->series, okabe_ito_dark, sizeof okabe_ito_dark);

  return theme;
}

/* High contrast: pure foreground and background, darker grid and secondary
 * text, and thicker lines. */
PlenaryChartTheme *
plenary_chart_theme_new_high_contrast (gboolean dark)
{
  PlenaryChartTheme *theme = dark ? plenary_chart_theme_new_dark () : plenary_chart_theme_new_light ();

  if (dark)
    {
      theme->background = (PlenaryChartColor) RGB (0x000000);
      theme->foreground = (PlenaryChartColor) RGB (0xffffff);
      theme->secondary = (PlenaryChartColor) RGB (0xe6e6e6);
      theme->grid = (PlenaryChartColor) RGB (0x808080);
      theme->axis = (PlenaryChartColor) RGB (0xffffff);
      theme->panel = (PlenaryChartColor) RGB (0x1a1a1a);
    }
  else
    {
      theme->background = (PlenaryChartColor) RGB (0xffffff);
      theme->foreground = (PlenaryChartColor) RGB (0x000000);
      theme->secondary = (PlenaryChartColor) RGB (0x1a1a1a);
      theme->grid = (PlenaryChartColor) RGB (0x8c8c8c);
      theme->axis = (PlenaryChartColor) RGB (0x000000);
      theme->panel = (PlenaryChartColor) RGB (0xebebeb);
    }
  theme->line_scale = 2.0;

  return theme;
}

/* For slides: high contrast, larger text, and a floor on the text size
 * that the presenter sets from the screen (e.g. 4% of its height). */
PlenaryChartTheme *
plenary_chart_theme_new_presentation (gboolean dark,
                                      double   min_font_size)
{
  PlenaryChartTheme *theme = plenary_chart_theme_new_high_contrast (dark);

  theme->line_scale = 1.5;
  theme->font_scale = 1.35;
  theme->min_font_size = MAX (min_font_size, 12.0);
  theme->max_font_size = MAX (theme->min_font_size * 1.6, 40.0);

  return theme;
}

PlenaryChartTheme *
plenary_chart_theme_copy (const PlenaryChartTheme *theme)
{
  g_return_val_if_fail (theme != NULL, NULL);
  return g_memdup2 (theme, sizeof *theme);
}

void
plenary_chart_theme_free (PlenaryChartTheme *theme)
{
  g_free (theme);
}

/* The widget takes its text colour from GTK so that it matches the labels
 * around it; secondary text and the axis follow it at lower alpha. */
void
plenary_chart_theme_set_foreground (PlenaryChartTheme       *theme,
                                    const PlenaryChartColor *foreground)
{
  g_return_if_fail (theme != NULL);
  g_return_if_fail (foreground != NULL);

  theme->foreground = *foreground;
  theme->foreground.alpha = 1.0;
  theme->secondary = theme->foreground;
  theme->secondary.alpha = theme->line_scale > 1.9 ? 0.9 : 0.72;
  theme->axis = theme->foreground;
  theme->axis.alpha = theme->line_scale > 1.9 ? 1.0 : 0.75;
}

/* The body text size for a chart of @width × @height: it grows with the
 * chart's area (12 px at 400 × 300, 18 px at 1200 × 800, 22 px at
 * 1920 × 1080) and stays within the theme's limits. */
double
plenary_chart_theme_get_font_size (const PlenaryChartTheme *theme,
                                   double                   width,
                                   double                   height)
{
  double size;

  g_return_val_if_fail (theme != NULL, 12.0);

  size = 8.7 + 0.0095 * sqrt (MAX (width, 0) * MAX (height, 0));
  size *= theme->font_scale;
  return CLAMP (size, theme->min_font_size, MAX (theme->min_font_size, theme->max_font_size));
}
