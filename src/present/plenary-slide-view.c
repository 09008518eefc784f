/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-view"

#include "plenary-slide-view.h"

/* Shows one slide, filling the widget: the full-screen slides, and the
 * current and next slide in the presenter's window. */
struct _PlenarySlideView
{
  GtkWidget               parent_instance;
  PlenarySlide           *slide;
  PlenarySlideTheme       theme;
  PlenarySlideshowScreen  screen;
};

G_DEFINE_FINAL_TYPE (PlenarySlideView, plenary_slide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLIDE,
  PROP_THEME,
  PROP_SCREEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A preview smaller than this is drawn at this height and scaled down, so
 * that it shows the slide as the room sees it rather than a slide laid out
 * for a tiny screen. */
#define REFERENCE_HEIGHT 720.0

static void
plenary_slide_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PlenarySlideView *self = PLENARY_SLIDE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double scale = 1.0;
  cairo_t *cr;

  if (width < 1 || height < 1)
    return;

  if (self->screen != PLENARY_SLIDESHOW_SCREEN_SLIDE || self->slide == NULL)
    {
      GdkRGBA color = { 0, 0, 0, 1 };

      if (self->screen == PLENARY_SLIDESHOW_SCREEN_WHITE)
        color = (GdkRGBA) { 1, 1, 1, 1 };
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (height < REFERENCE_HEIGHT)
    {
      scale = height / REFERENCE_HEIGHT;
      cairo_scale (cr, scale, scale);
    }
  plenary_slide_draw (cr, width / scale, height / scale, self->slide, self->theme);
  cairo_destroy (cr);
}

static void
plenary_slide_view_finalize (GObject *object)
{
  PlenarySlideView *self = (PlenarySlideView *)object;

  g_clear_pointer (&self->slide, plenary_slide_unref);

  G_OBJECT_CLASS (plenary_slide_view_parent_class)->finalize (object);
}

static void
plenary_slide_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlenarySlideView *self = PLENARY_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      g_value_set_boxed (value, self->slide);
      break;
    case PROP_THEME:
      g_value_set_int (value, self->theme);
      break;
    case PROP_SCREEN:
      g_value_set_int (value, self->screen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slide_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlenarySlideView *self = PLENARY_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      plenary_slide_view_set_slide (self, g_value_get_boxed (value));
      break;
    case PROP_THEME:
      plenary_slide_view_set_theme (self, g_value_get_int (value));
      break;
    case PROP_SCREEN:
      plenary_slide_view_set_screen (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slide_view_class_init (PlenarySlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = plenary_slide_view_finalize;
  object_class->get_property = plenary_slide_view_get_property;
  object_class->set_property = plenary_slide_view_set_property;

  widget_class->snapshot = plenary_slide_view_snapshot;

  properties[PROP_SLIDE] =
    g_param_spec_boxed ("slide", NULL, NULL, PLENARY_TYPE_SLIDE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_int ("theme", NULL, NULL,
                      PLENARY_SLIDE_THEME_DARK, PLENARY_SLIDE_THEME_LIGHT, PLENARY_SLIDE_THEME_DARK,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCREEN] =
    g_param_spec_int ("screen", NULL, NULL,
                      PLENARY_SLIDESHOW_SCREEN_SLIDE, PLENARY_SLIDESHOW_SCREEN_WHITE,
                      PLENARY_SLIDESHOW_SCREEN_SLIDE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "slideview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plenary_slide_view_init (PlenarySlideView *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
plenary_slide_view_new (void)
{
  return g_object_new (PLENARY_TYPE_SLIDE_VIEW, NULL);
}

PlenarySlide *
plenary_slide_view_get_slide (PlenarySlideView *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDE_VIEW (self), NULL);
  return self->slide;
}

/**
 * plenary_slide_view_set_slide:
 * @slide: (nullable): the slide to show, or %NULL for an empty black view
 */
void
plenary_slide_view_set_slide (PlenarySlideView *self,
                              PlenarySlide     *slide)
{
  g_return_if_fail (PLENARY_IS_SLIDE_VIEW (self));

  if (self->slide == slide)
    return;

  g_clear_pointer (&self->slide, plenary_slide_unref);
  if (slide != NULL)
    self->slide = plenary_slide_ref (slide);

  /* Screen readers hear the slide's main line. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  slide ? plenary_slide_get_title (slide) : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
}

PlenarySlideTheme
plenary_slide_view_get_theme (PlenarySlideView *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDE_VIEW (self), PLENARY_SLIDE_THEME_DARK);
  return self->theme;
}

void
plenary_slide_view_set_theme (PlenarySlideView  *self,
                              PlenarySlideTheme  theme)
{
  g_return_if_fail (PLENARY_IS_SLIDE_VIEW (self));

  if (self->theme == theme)
    return;
  self->theme = theme;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
}

PlenarySlideshowScreen
plenary_slide_view_get_screen (PlenarySlideView *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDE_VIEW (self), PLENARY_SLIDESHOW_SCREEN_SLIDE);
  return self->screen;
}

/**
 * plenary_slide_view_set_screen:
 * @screen: whether to show the slide or a black or white screen
 */
void
plenary_slide_view_set_screen (PlenarySlideView       *self,
                               PlenarySlideshowScreen  screen)
{
  g_return_if_fail (PLENARY_IS_SLIDE_VIEW (self));

  if (self->screen == screen)
    return;
  self->screen = screen;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
}
