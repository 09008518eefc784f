/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-presenter-window.h"
#include "plenary-slide-view.h"

/* The presenter's screen while the room sees the slides on the other: the
 * current and next slide drawn by the same function as the slides, the
 * notes for the current chart, and the time since the start.  Keys work
 * here as on the slides. */
struct _PlenaryPresenterWindow
{
  AdwWindow          parent_instance;

  PlenarySlideshow  *slideshow;
  GPtrArray         *slides;
  gint64             clock_start;
  guint              clock_source;

  GtkLabel          *counter_label;
  GtkLabel          *clock_label;
  GtkLabel          *next_label;
  GtkLabel          *notes_label;
  GtkAspectFrame    *current_frame;
  GtkAspectFrame    *next_frame;
  PlenarySlideView  *current_view;
  PlenarySlideView  *next_view;
};

G_DEFINE_FINAL_TYPE (PlenaryPresenterWindow, plenary_presenter_window, ADW_TYPE_WINDOW)

enum {
  REQUEST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PlenarySlide *
slide_at (PlenaryPresenterWindow *self,
          guint                   position)
{
  return position < self->slides->len ? g_ptr_array_index (self->slides, position) : NULL;
}

static void
update_slides (PlenaryPresenterWindow *self)
{
  guint position = plenary_slideshow_get_position (self->slideshow);
  guint n_slides = plenary_slideshow_get_n_slides (self->slideshow);
  PlenarySlide *current = slide_at (self, position);
  PlenarySlide *next = slide_at (self, position + 1);
  const char *notes = current ? plenary_slide_get_notes (current) : "";
  g_autofree char *counter = NULL;

  plenary_slide_view_set_slide (self->current_view, current);
  plenary_slide_view_set_slide (self->next_view, next);
  gtk_label_set_label (self->next_label, next ? _("Next Slide") : _("Next: End of Slideshow"));
  gtk_label_set_label (self->notes_label, notes[0] != '\0' ? notes : _("No notes for this slide."));

  /* TRANSLATORS: in the presenter view, e.g. "Slide 7 of 28" */
  counter = g_strdup_printf (_("Slide %u of %u"), n_slides ? position + 1 : 0, n_slides);
  gtk_label_set_label (self->counter_label, counter);
}

static void
on_slideshow_screen_cb (PlenaryPresenterWindow *self)
{
  plenary_slide_view_set_screen (self->current_view, plenary_slideshow_get_screen (self->slideshow));
}

/**
 * plenary_presenter_window_dup_clock_text:
 *
 * Returns: the elapsed time as the clock shows it, "4:07" or "1:02:09"
 */
char *
plenary_presenter_window_dup_clock_text (PlenaryPresenterWindow *self)
{
  gint64 seconds;

  g_return_val_if_fail (PLENARY_IS_PRESENTER_WINDOW (self), NULL);

  seconds = (g_get_monotonic_time () - self->clock_start) / G_USEC_PER_SEC;
  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int)(seconds / 3600), (int)(seconds / 60 % 60),
                            (int)(seconds % 60));
  return g_strdup_printf ("%d:%02d", (int)(seconds / 60), (int)(seconds % 60));
}

static gboolean
on_clock_tick_cb (gpointer user_data)
{
  PlenaryPresenterWindow *self = user_data;
  g_autofree char *text = plenary_presenter_window_dup_clock_text (self);

  gtk_label_set_label (self->clock_label, text);
  return G_SOURCE_CONTINUE;
}

void
plenary_presenter_window_reset_clock (PlenaryPresenterWindow *self)
{
  g_return_if_fail (PLENARY_IS_PRESENTER_WINDOW (self));

  self->clock_start = g_get_monotonic_time ();
  g_clear_handle_id (&self->clock_source, g_source_remove);
  self->clock_source = g_timeout_add (1000, on_clock_tick_cb, self);
  on_clock_tick_cb (self);
}

static void
emit_request (PlenaryPresenterWindow  *self,
              PlenarySlideshowRequest  request)
{
  if (request == PLENARY_SLIDESHOW_REQUEST_NONE)
    return;
  if (request == PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK)
    plenary_presenter_window_reset_clock (self);

  g_signal_emit (self, signals[REQUEST], 0, (int)request);

  if (request == PLENARY_SLIDESHOW_REQUEST_STOP)
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_key_pressed_cb (PlenaryPresenterWindow *self,
                   guint                   keyval,
                   guint                   keycode,
                   GdkModifierType         state)
{
  PlenarySlideshowRequest request;

  if (!plenary_slideshow_handle_key (self->slideshow, keyval, state, &request))
    return GDK_EVENT_PROPAGATE;

  emit_request (self, request);
  return GDK_EVENT_STOP;
}

static void
presenter_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryPresenterWindow *self = PLENARY_PRESENTER_WINDOW (widget);

  if (g_str_equal (action_name, "presenter.stop"))
    emit_request (self, PLENARY_SLIDESHOW_REQUEST_STOP);
  else if (g_str_equal (action_name, "presenter.swap-monitors"))
    emit_request (self, PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS);
  else if (g_str_equal (action_name, "presenter.reset-clock"))
    emit_request (self, PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK);
}

static void
plenary_presenter_window_dispose (GObject *object)
{
  PlenaryPresenterWindow *self = (PlenaryPresenterWindow *)object;

  g_clear_handle_id (&self->clock_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_PRESENTER_WINDOW);
  g_clear_object (&self->slideshow);
  g_clear_pointer (&self->slides, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_presenter_window_parent_class)->dispose (object);
}

static void
plenary_presenter_window_class_init (PlenaryPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_presenter_window_dispose;

  /**
   * PlenaryPresenterWindow::request:
   * @request: a #PlenarySlideshowRequest
   *
   * As on #PlenaryPresentationWindow, except that this window switches no
   * theme itself: the slides' window owns it.
   */
  signals[REQUEST] =
    g_signal_new ("request", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (PLENARY_TYPE_SLIDE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/plenary-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, counter_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, clock_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, next_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, current_frame);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, next_frame);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, current_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPresenterWindow, next_view);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);

  gtk_widget_class_install_action (widget_class, "presenter.stop", NULL, presenter_action_cb);
  gtk_widget_class_install_action (widget_class, "presenter.swap-monitors", NULL, presenter_action_cb);
  gtk_widget_class_install_action (widget_class, "presenter.reset-clock", NULL, presenter_action_cb);
}

static void
plenary_presenter_window_init (PlenaryPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * plenary_presenter_window_new:
 * @slideshow: the slideshow the slides' window shows
 * @slides: (element-type PlenarySlide): its slides
 * @theme: dark or light, as on the slides
 */
PlenaryPresenterWindow *
plenary_presenter_window_new (PlenarySlideshow  *slideshow,
                              GPtrArray         *slides,
                              PlenarySlideTheme  theme)
{
  PlenaryPresenterWindow *self;

  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (slideshow), NULL);
  g_return_val_if_fail (slides != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_PRESENTER_WINDOW, NULL);
  self->slideshow = g_object_ref (slideshow);
  self->slides = g_ptr_array_ref (slides);

  g_signal_connect_object (slideshow, "notify::position",
                           G_CALLBACK (update_slides), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (slideshow, "notify::screen",
                           G_CALLBACK (on_slideshow_screen_cb), self, G_CONNECT_SWAPPED);
  plenary_presenter_window_set_theme (self, theme);
  update_slides (self);
  on_slideshow_screen_cb (self);
  plenary_presenter_window_reset_clock (self);
  return self;
}

void
plenary_presenter_window_set_theme (PlenaryPresenterWindow *self,
                                    PlenarySlideTheme       theme)
{
  g_return_if_fail (PLENARY_IS_PRESENTER_WINDOW (self));

  plenary_slide_view_set_theme (self->current_view, theme);
  plenary_slide_view_set_theme (self->next_view, theme);
}

/* The previews take the shape of the screen the room sees. */
void
plenary_presenter_window_set_slide_aspect (PlenaryPresenterWindow *self,
                                           double                  aspect)
{
  g_return_if_fail (PLENARY_IS_PRESENTER_WINDOW (self));
  g_return_if_fail (aspect > 0);

  gtk_aspect_frame_set_ratio (self->current_frame, aspect);
  gtk_aspect_frame_set_ratio (self->next_frame, aspect);
}
