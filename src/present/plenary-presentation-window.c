/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-presentation-window"

#include "config.h"

#include "plenary-presentation-window.h"
#include "plenary-slide-view.h"
#include "plenary-slideshow-osd.h"

/* The window the room sees.  It holds no state of its own beyond the
 * theme: the slideshow says which slide is current, and the window only
 * turns keys, clicks and the wheel into slideshow calls. */
struct _PlenaryPresentationWindow
{
  GtkWindow            parent_instance;

  PlenarySlideshow    *slideshow;
  GPtrArray           *slides;
  PlenarySlideTheme    theme;
  guint                cursor_source;
  gboolean             cursor_hidden;
  double               pointer_x;
  double               pointer_y;

  PlenarySlideView    *view;
  PlenarySlideshowOsd *osd;
};

G_DEFINE_FINAL_TYPE (PlenaryPresentationWindow, plenary_presentation_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SLIDESHOW,
  PROP_SLIDES,
  PROP_THEME,
  N_PROPS
};

enum {
  REQUEST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The pointer hides after this long without moving. */
#define CURSOR_HIDE_MS 2000

static void
update_slide (PlenaryPresentationWindow *self)
{
  guint position = plenary_slideshow_get_position (self->slideshow);
  PlenarySlide *slide = NULL;

  if (position < self->slides->len)
    slide = g_ptr_array_index (self->slides, position);
  plenary_slide_view_set_slide (self->view, slide);
}

static void
on_slideshow_position_cb (PlenaryPresentationWindow *self)
{
  update_slide (self);
}

static void
on_slideshow_screen_cb (PlenaryPresentationWindow *self)
{
  plenary_slide_view_set_screen (self->view, plenary_slideshow_get_screen (self->slideshow));
}

static gboolean
on_cursor_timeout_cb (gpointer user_data)
{
  PlenaryPresentationWindow *self = user_data;

  self->cursor_source = 0;
  self->cursor_hidden = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
show_cursor (PlenaryPresentationWindow *self)
{
  if (self->cursor_hidden)
    {
      self->cursor_hidden = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
  g_clear_handle_id (&self->cursor_source, g_source_remove);
  self->cursor_source = g_timeout_add (CURSOR_HIDE_MS, on_cursor_timeout_cb, self);
}

/* Some X servers report motion when nothing moved, e.g. after a window
 * goes full-screen; only a real move shows the pointer. */
static void
on_motion_cb (PlenaryPresentationWindow *self,
              double                     x,
              double                     y)
{
  if (ABS (x - self->pointer_x) < 2 && ABS (y - self->pointer_y) < 2)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  show_cursor (self);
}

static void
carry_out (PlenaryPresentationWindow *self,
           PlenarySlideshowRequest    request)
{
  switch (request)
    {
    case PLENARY_SLIDESHOW_REQUEST_NONE:
      return;
    case PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME:
      plenary_presentation_window_set_theme (self, self->theme == PLENARY_SLIDE_THEME_DARK
                                                   ? PLENARY_SLIDE_THEME_LIGHT
                                                   : PLENARY_SLIDE_THEME_DARK);
      break;
    case PLENARY_SLIDESHOW_REQUEST_STOP:
    case PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS:
    case PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK:
    default:
      break;
    }

  g_signal_emit (self, signals[REQUEST], 0, (int)request);

  if (request == PLENARY_SLIDESHOW_REQUEST_STOP)
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_key_pressed_cb (PlenaryPresentationWindow *self,
                   guint                      keyval,
                   guint                      keycode,
                   GdkModifierType            state)
{
  PlenarySlideshowRequest request;

  if (!plenary_slideshow_handle_key (self->slideshow, keyval, state, &request))
    return GDK_EVENT_PROPAGATE;

  carry_out (self, request);
  return GDK_EVENT_STOP;
}

/* A click is "any key" too: on a blank screen, over the help or the "Go
 * to" entry it only brings the slide back. */
static gboolean
dismiss_overlays (PlenaryPresentationWindow *self)
{
  if (plenary_slideshow_get_help_visible (self->slideshow))
    {
      plenary_slideshow_set_help_visible (self->slideshow, FALSE);
      return TRUE;
    }
  if (plenary_slideshow_get_goto_text (self->slideshow) != NULL)
    {
      plenary_slideshow_goto_cancel (self->slideshow);
      return TRUE;
    }
  return plenary_slideshow_unblank (self->slideshow);
}

static void
on_click_pressed_cb (GtkGestureClick           *gesture,
                     int                        n_press,
                     double                     x,
                     double                     y,
                     PlenaryPresentationWindow *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (dismiss_overlays (self))
    return;

  if (button == GDK_BUTTON_PRIMARY)
    plenary_slideshow_next (self->slideshow);
  else if (button == GDK_BUTTON_SECONDARY)
    plenary_slideshow_previous (self->slideshow);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
on_scroll_cb (PlenaryPresentationWindow *self,
              double                     dx,
              double                     dy)
{
  if (dismiss_overlays (self))
    return GDK_EVENT_STOP;

  if (dy > 0)
    plenary_slideshow_next (self->slideshow);
  else if (dy < 0)
    plenary_slideshow_previous (self->slideshow);
  return GDK_EVENT_STOP;
}

static void
slideshow_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryPresentationWindow *self = PLENARY_PRESENTATION_WINDOW (widget);

  if (g_str_equal (action_name, "slideshow.next"))
    plenary_slideshow_next (self->slideshow);
  else if (g_str_equal (action_name, "slideshow.previous"))
    plenary_slideshow_previous (self->slideshow);
  else if (g_str_equal (action_name, "slideshow.first"))
    plenary_slideshow_home (self->slideshow);
  else if (g_str_equal (action_name, "slideshow.last"))
    plenary_slideshow_end (self->slideshow);
  else if (g_str_equal (action_name, "slideshow.help"))
    plenary_slideshow_set_help_visible (self->slideshow,
                                        !plenary_slideshow_get_help_visible (self->slideshow));
  else if (g_str_equal (action_name, "slideshow.toggle-theme"))
    carry_out (self, PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME);
  else if (g_str_equal (action_name, "slideshow.stop"))
    carry_out (self, PLENARY_SLIDESHOW_REQUEST_STOP);
}

static void
plenary_presentation_window_map (GtkWidget *widget)
{
  PlenaryPresentationWindow *self = PLENARY_PRESENTATION_WINDOW (widget);

  GTK_WIDGET_CLASS (plenary_presentation_window_parent_class)->map (widget);

  plenary_slideshow_osd_flash_counter (self->osd);
  show_cursor (self);
}

static void
plenary_presentation_window_constructed (GObject *object)
{
  PlenaryPresentationWindow *self = (PlenaryPresentationWindow *)object;

  G_OBJECT_CLASS (plenary_presentation_window_parent_class)->constructed (object);

  g_assert (self->slideshow != NULL);
  if (self->slides == NULL)
    self->slides = g_ptr_array_new ();

  g_signal_connect_object (self->slideshow, "notify::position",
                           G_CALLBACK (on_slideshow_position_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->slideshow, "notify::screen",
                           G_CALLBACK (on_slideshow_screen_cb), self, G_CONNECT_SWAPPED);
  plenary_slideshow_osd_set_slideshow (self->osd, self->slideshow);
  plenary_slide_view_set_theme (self->view, self->theme);
  plenary_slide_view_set_screen (self->view, plenary_slideshow_get_screen (self->slideshow));
  update_slide (self);
}

static void
plenary_presentation_window_dispose (GObject *object)
{
  PlenaryPresentationWindow *self = (PlenaryPresentationWindow *)object;

  g_clear_handle_id (&self->cursor_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_PRESENTATION_WINDOW);
  g_clear_object (&self->slideshow);
  g_clear_pointer (&self->slides, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_presentation_window_parent_class)->dispose (object);
}

static void
plenary_presentation_window_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  PlenaryPresentationWindow *self = PLENARY_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SLIDESHOW:
      g_value_set_object (value, self->slideshow);
      break;
    case PROP_SLIDES:
      g_value_set_boxed (value, self->slides);
      break;
    case PROP_THEME:
      g_value_set_int (value, self->theme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_presentation_window_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  PlenaryPresentationWindow *self = PLENARY_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SLIDESHOW:
      self->slideshow = g_value_dup_object (value);
      break;
    case PROP_SLIDES:
      self->slides = g_value_dup_boxed (value);
      break;
    case PROP_THEME:
      plenary_presentation_window_set_theme (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_presentation_window_class_init (PlenaryPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_presentation_window_constructed;
  object_class->dispose = plenary_presentation_window_dispose;
  object_class->get_property = plenary_presentation_window_get_property;
  object_class->set_property = plenary_presentation_window_set_property;

  widget_class->map = plenary_presentation_window_map;

  properties[PROP_SLIDESHOW] =
    g_param_spec_object ("slideshow", NULL, NULL, PLENARY_TYPE_SLIDESHOW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SLIDES] =
    g_param_spec_boxed ("slides", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_int ("theme", NULL, NULL,
                      PLENARY_SLIDE_THEME_DARK, PLENARY_SLIDE_THEME_LIGHT, PLENARY_SLIDE_THEME_DARK,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryPresentationWindow::request:
   * @request: a #PlenarySlideshowRequest
   *
   * A key asked for something beyond this window: ending the slideshow,
   * swapping monitors, resetting the presenter's clock.  The window has
   * already switched its own theme for a theme request, and closes itself
   * after a stop request.
   */
  signals[REQUEST] =
    g_signal_new ("request", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (PLENARY_TYPE_SLIDE_VIEW);
  g_type_ensure (PLENARY_TYPE_SLIDESHOW_OSD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/plenary-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresentationWindow, view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresentationWindow, osd);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scroll_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_motion_cb);

  gtk_widget_class_install_action (widget_class, "slideshow.next", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.previous", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.first", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.last", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.help", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.toggle-theme", NULL, slideshow_action_cb);
  gtk_widget_class_install_action (widget_class, "slideshow.stop", NULL, slideshow_action_cb);
}

static void
plenary_presentation_window_init (PlenaryPresentationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "plenary-slideshow");
}

/**
 * plenary_presentation_window_new:
 * @slideshow: the slideshow it shows and drives
 * @slides: (element-type PlenarySlide): the slides, one for each of
 *   @slideshow's positions
 * @theme: dark or light slides
 */
PlenaryPresentationWindow *
plenary_presentation_window_new (PlenarySlideshow  *slideshow,
                                 GPtrArray         *slides,
                                 PlenarySlideTheme  theme)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (slideshow), NULL);
  g_return_val_if_fail (slides != NULL, NULL);

  return g_object_new (PLENARY_TYPE_PRESENTATION_WINDOW,
                       "slideshow", slideshow,
                       "slides", slides,
                       "theme", theme,
                       NULL);
}

PlenarySlideshow *
plenary_presentation_window_get_slideshow (PlenaryPresentationWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION_WINDOW (self), NULL);
  return self->slideshow;
}

PlenarySlideTheme
plenary_presentation_window_get_theme (PlenaryPresentationWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION_WINDOW (self), PLENARY_SLIDE_THEME_DARK);
  return self->theme;
}

void
plenary_presentation_window_set_theme (PlenaryPresentationWindow *self,
                                       PlenarySlideTheme          theme)
{
  g_return_if_fail (PLENARY_IS_PRESENTATION_WINDOW (self));

  if (self->theme == theme)
    return;
  self->theme = theme;
  plenary_slide_view_set_theme (self->view, theme);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
}

gboolean
plenary_presentation_window_get_cursor_hidden (PlenaryPresentationWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION_WINDOW (self), FALSE);
  return self->cursor_hidden;
}
