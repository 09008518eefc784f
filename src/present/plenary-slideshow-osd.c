/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slideshow-osd"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plenary-slide-draw.h"
#include "plenary-slideshow-osd.h"

/* What the slideshow shows on top of a slide: the slide counter, which
 * appears when the slide changes and fades; the "Go to" entry; and the
 * help.  It is drawn, not built of labels, so that its text scales with
 * the screen the way the slides do. */
struct _PlenarySlideshowOsd
{
  GtkWidget         parent_instance;
  PlenarySlideshow *slideshow;
  AdwAnimation     *fade;
  guint             hold_source;
  double            counter_opacity;
};

G_DEFINE_FINAL_TYPE (PlenarySlideshowOsd, plenary_slideshow_osd, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLIDESHOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long the counter stays before it fades, and how long it fades. */
#define COUNTER_HOLD_MS 1500
#define COUNTER_FADE_MS 600

typedef struct
{
  const char *keys;
  const char *action;
} HelpRow;

static const HelpRow help_rows[] = {
  { N_("→  ↓  Page Down  Space  Enter  N  click  wheel"), N_("Next slide") },
  { N_("←  ↑  Page Up  Backspace  P  right-click"), N_("Previous slide") },
  { N_("Home  End"), N_("First or last slide") },
  { N_("Number then Enter, or G"), N_("Go to a slide") },
  { N_("B or .   W or ,"), N_("Black or white screen; any key returns") },
  { N_("T"), N_("Dark or light slides") },
  { N_("S"), N_("Swap the screens of slides and presenter view") },
  { N_("R"), N_("Restart the presenter’s clock") },
  { N_("Esc or F5"), N_("End the slideshow") },
  { N_("F1 or ?"), N_("Show or hide this help") },
};

static void
on_fade_value_cb (double   value,
                  gpointer user_data)
{
  PlenarySlideshowOsd *self = user_data;

  self->counter_opacity = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_hold_timeout_cb (gpointer user_data)
{
  PlenarySlideshowOsd *self = user_data;

  self->hold_source = 0;
  adw_animation_play (self->fade);
  return G_SOURCE_REMOVE;
}

/* Shows the counter at full opacity and lets it fade after a moment. */
void
plenary_slideshow_osd_flash_counter (PlenarySlideshowOsd *self)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW_OSD (self));

  adw_animation_reset (self->fade);
  self->counter_opacity = 1.0;
  g_clear_handle_id (&self->hold_source, g_source_remove);
  self->hold_source = g_timeout_add (COUNTER_HOLD_MS, on_hold_timeout_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
plenary_slideshow_osd_get_counter_opacity (PlenarySlideshowOsd *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW_OSD (self), 0);
  return self->counter_opacity;
}

static PangoLayout *
text_new (PlenarySlideshowOsd *self,
          const char          *text,
          double               size,
          gboolean             bold,
          double               max_width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

static void
rounded_box (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height,
             double   radius,
             double   alpha)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI_2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI_2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI_2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI_2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 0.08, 0.08, 0.08, alpha);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.25 * alpha);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_counter (PlenarySlideshowOsd *self,
              cairo_t             *cr,
              double               width,
              double               height,
              double               unit)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double pad = 0.012 * unit, w, h, x, y;

  /* TRANSLATORS: the slide counter, e.g. "7 / 28" */
  text = g_strdup_printf (_("%u / %u"), plenary_slideshow_get_position (self->slideshow) + 1,
                          plenary_slideshow_get_n_slides (self->slideshow));
  layout = text_new (self, text, PLENARY_SLIDE_TEXT_FRACTION * unit, TRUE, -1);
  layout_size (layout, &w, &h);

  x = width - 0.03 * unit - w - 2 * pad;
  y = height - 0.03 * unit - h - 2 * pad;
  cairo_push_group (cr);
  rounded_box (cr, x, y, w + 2 * pad, h + 2 * pad, (h + 2 * pad) / 2, 0.78);
  cairo_move_to (cr, x + pad, y + pad);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pango_cairo_show_layout (cr, layout);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, self->counter_opacity);
}

static void
draw_goto (PlenarySlideshowOsd *self,
           cairo_t             *cr,
           double               width,
           double               height,
           double               unit)
{
  const char *digits = plenary_slideshow_get_goto_text (self->slideshow);
  g_autofree char *text = NULL;
  g_autofree char *hint = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) hint_layout = NULL;
  double pad = 0.03 * unit, w, h, hw, hh, box_w, box_h, x, y;

  /* TRANSLATORS: the slide-number entry, e.g. "Go to 12"; %s is the digits typed so far */
  text = g_strdup_printf (_("Go to %s"), digits[0] != '\0' ? digits : "…");
  /* TRANSLATORS: %u is the number of slides */
  hint = g_strdup_printf (_("Slide 1 to %u, then Enter"),
                          plenary_slideshow_get_n_slides (self->slideshow));
  layout = text_new (self, text, 0.07 * unit, TRUE, -1);
  hint_layout = text_new (self, hint, PLENARY_SLIDE_TEXT_FRACTION * unit, FALSE, -1);
  layout_size (layout, &w, &h);
  layout_size (hint_layout, &hw, &hh);

  box_w = MAX (w, hw) + 2 * pad;
  box_h = h + hh + 2 * pad + 0.01 * unit;
  x = (width - box_w) / 2;
  y = (height - box_h) / 2;
  rounded_box (cr, x, y, box_w, box_h, 0.025 * unit, 0.95);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, x + (box_w - w) / 2, y + pad);
  pango_cairo_show_layout (cr, layout);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
  cairo_move_to (cr, x + (box_w - hw) / 2, y + pad + h + 0.01 * unit);
  pango_cairo_show_layout (cr, hint_layout);
}

static void
draw_help (PlenarySlideshowOsd *self,
           cairo_t             *cr,
           double               width,
           double               height,
           double               unit)
{
  double size = MAX (1.15 * PLENARY_SLIDE_TEXT_FRACTION * unit, 13.0);
  double pad = 0.045 * unit, row_gap = 0.016 * unit, column_gap = 0.045 * unit;
  double keys_width = 0, actions_width = 0, rows_height = 0, title_w, title_h;
  double max_keys = width * 0.42, max_actions = width * 0.36;
  PangoLayout *keys[G_N_ELEMENTS (help_rows)];
  PangoLayout *actions[G_N_ELEMENTS (help_rows)];
  g_autoptr(PangoLayout) title = text_new (self, _("Slideshow Keys"), size * 1.4, TRUE, -1);
  double box_w, box_h, x, y;

  layout_size (title, &title_w, &title_h);
  for (guint i = 0; i < G_N_ELEMENTS (help_rows); i++)
    {
      double kw, kh, aw, ah;

      keys[i] = text_new (self, _(help_rows[i].keys), size, TRUE, max_keys);
      actions[i] = text_new (self, _(help_rows[i].action), size, FALSE, max_actions);
      layout_size (keys[i], &kw, &kh);
      layout_size (actions[i], &aw, &ah);
      keys_width = MAX (keys_width, kw);
      actions_width = MAX (actions_width, aw);
      rows_height += MAX (kh, ah) + row_gap;
    }

  box_w = MAX (keys_width + column_gap + actions_width, title_w) + 2 * pad;
  box_h = title_h + 0.03 * unit + rows_height + 2 * pad;
  x = (width - box_w) / 2;
  y = MAX (0, (height - box_h) / 2);
  /* Opaque on a dimmed slide: a chart's bars and labels must not show
   * through the keys, or neither reads. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
  cairo_paint (cr);
  rounded_box (cr, x, y, box_w, box_h, 0.025 * unit, 1.0);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, x + pad, y + pad);
  pango_cairo_show_layout (cr, title);
  y += pad + title_h + 0.03 * unit;

  for (guint i = 0; i < G_N_ELEMENTS (help_rows); i++)
    {
      double kw, kh, aw, ah;

      layout_size (keys[i], &kw, &kh);
      layout_size (actions[i], &aw, &ah);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, x + pad, y);
      pango_cairo_show_layout (cr, keys[i]);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_move_to (cr, x + pad + keys_width + column_gap, y);
      pango_cairo_show_layout (cr, actions[i]);
      y += MAX (kh, ah) + row_gap;
      g_object_unref (keys[i]);
      g_object_unref (actions[i]);
    }
}

static void
plenary_slideshow_osd_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  PlenarySlideshowOsd *self = PLENARY_SLIDESHOW_OSD (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double unit = plenary_slide_get_unit (width, height);
  gboolean blank;
  cairo_t *cr;

  if (self->slideshow == NULL || width < 1 || height < 1)
    return;

  blank = plenary_slideshow_get_screen (self->slideshow) != PLENARY_SLIDESHOW_SCREEN_SLIDE;
  if (blank && !plenary_slideshow_get_help_visible (self->slideshow))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!blank && self->counter_opacity > 0.01 && plenary_slideshow_get_n_slides (self->slideshow) > 0)
    draw_counter (self, cr, width, height, unit);
  if (plenary_slideshow_get_goto_text (self->slideshow) != NULL)
    draw_goto (self, cr, width, height, unit);
  if (plenary_slideshow_get_help_visible (self->slideshow))
    draw_help (self, cr, width, height, unit);
  cairo_destroy (cr);
}

static void
on_slideshow_position_cb (PlenarySlideshowOsd *self)
{
  plenary_slideshow_osd_flash_counter (self);
}

static void
plenary_slideshow_osd_dispose (GObject *object)
{
  PlenarySlideshowOsd *self = (PlenarySlideshowOsd *)object;

  g_clear_handle_id (&self->hold_source, g_source_remove);
  plenary_slideshow_osd_set_slideshow (self, NULL);
  g_clear_object (&self->fade);

  G_OBJECT_CLASS (plenary_slideshow_osd_parent_class)->dispose (object);
}

static void
plenary_slideshow_osd_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PlenarySlideshowOsd *self = PLENARY_SLIDESHOW_OSD (object);

  switch (prop_id)
    {
    case PROP_SLIDESHOW:
      g_value_set_object (value, self->slideshow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slideshow_osd_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PlenarySlideshowOsd *self = PLENARY_SLIDESHOW_OSD (object);

  switch (prop_id)
    {
    case PROP_SLIDESHOW:
      plenary_slideshow_osd_set_slideshow (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slideshow_osd_class_init (PlenarySlideshowOsdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_slideshow_osd_dispose;
  object_class->get_property = plenary_slideshow_osd_get_property;
  object_class->set_property = plenary_slideshow_osd_set_property;

  widget_class->snapshot = plenary_slideshow_osd_snapshot;

  properties[PROP_SLIDESHOW] =
    g_param_spec_object ("slideshow", NULL, NULL, PLENARY_TYPE_SLIDESHOW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "slideshowosd");
}

static void
plenary_slideshow_osd_init (PlenarySlideshowOsd *self)
{
  AdwAnimationTarget *target = adw_callback_animation_target_new (on_fade_value_cb, self, NULL);

  self->counter_opacity = 0.0;
  self->fade = adw_timed_animation_new (GTK_WIDGET (self), 1.0, 0.0, COUNTER_FADE_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->fade), ADW_EASE_IN_CUBIC);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
plenary_slideshow_osd_new (void)
{
  return g_object_new (PLENARY_TYPE_SLIDESHOW_OSD, NULL);
}

PlenarySlideshow *
plenary_slideshow_osd_get_slideshow (PlenarySlideshowOsd *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW_OSD (self), NULL);
  return self->slideshow;
}

void
plenary_slideshow_osd_set_slideshow (PlenarySlideshowOsd *self,
                                     PlenarySlideshow    *slideshow)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW_OSD (self));
  g_return_if_fail (slideshow == NULL || PLENARY_IS_SLIDESHOW (slideshow));

  if (self->slideshow == slideshow)
    return;

  if (self->slideshow != NULL)
    g_signal_handlers_disconnect_by_data (self->slideshow, self);
  g_set_object (&self->slideshow, slideshow);
  if (slideshow != NULL)
    {
      g_signal_connect_swapped (slideshow, "notify::position",
                                G_CALLBACK (on_slideshow_position_cb), self);
      g_signal_connect_swapped (slideshow, "notify::goto-text",
                                G_CALLBACK (gtk_widget_queue_draw), self);
      g_signal_connect_swapped (slideshow, "notify::help-visible",
                                G_CALLBACK (gtk_widget_queue_draw), self);
      g_signal_connect_swapped (slideshow, "notify::screen",
                                G_CALLBACK (gtk_widget_queue_draw), self);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDESHOW]);
}
