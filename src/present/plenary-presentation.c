/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-presentation.h"
#include "plenary-settings.h"
#include "plenary-presentation-window.h"
#include "plenary-presenter-window.h"
#include "plenary-slide-list.h"

/* A running slideshow: the slides' window full-screen on one monitor, with
 * two monitors the presenter's window full-screen on the other, the
 * screensaver held off, and the theme kept in GSettings.  It keeps itself
 * alive from start to stop, so that the caller need not hold it. */
struct _PlenaryPresentation
{
  GObject                    parent_instance;

  GPtrArray                 *slides;
  PlenarySlideshow          *slideshow;
  GtkWindow                 *parent;       /* weak */
  GtkApplication            *application;
  GdkDisplay                *display;
  GListModel                *monitors;
  GSettings                 *settings;

  PlenaryPresentationWindow *slides_window;
  PlenaryPresenterWindow    *presenter_window;

  guint                      inhibit_cookie;
  gboolean                   swapped;
  gboolean                   running;
};

G_DEFINE_FINAL_TYPE (PlenaryPresentation, plenary_presentation, G_TYPE_OBJECT)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Returns: the deck presenting the whole report shows; the story deck
 * unless the reader chose every chart (or the settings cannot say) */
PlenaryDeckKind
plenary_presentation_get_saved_deck (void)
{
  g_autoptr(GSettings) settings = plenary_settings_new ("presentation-deck");

  if (settings == NULL)
    return PLENARY_DECK_STORY;
  return g_settings_get_enum (settings, "presentation-deck");
}

static void
plenary_presentation_dispose (GObject *object)
{
  PlenaryPresentation *self = (PlenaryPresentation *)object;

  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->slideshow);
  g_clear_object (&self->application);
  g_clear_object (&self->monitors);
  g_clear_object (&self->display);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plenary_presentation_parent_class)->dispose (object);
}

static void
plenary_presentation_class_init (PlenaryPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_presentation_dispose;

  /**
   * PlenaryPresentation::finished:
   * @chart: (nullable): the chart on the last slide shown, if it was a
   *   chart slide
   *
   * The slideshow ended and its windows are gone; the parent window has
   * been presented again.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PLENARY_TYPE_CHART_SPEC);
}

static void
plenary_presentation_init (PlenaryPresentation *self)
{
}

static GdkMonitor *
dup_monitor (PlenaryPresentation *self,
             guint                position)
{
  return g_list_model_get_item (self->monitors, position);
}

/* The monitor the user was working on: the parent window's. */
static GdkMonitor *
dup_home_monitor (PlenaryPresentation *self)
{
  GdkMonitor *monitor = NULL;

  if (self->parent != NULL && gtk_widget_get_realized (GTK_WIDGET (self->parent)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->parent));

      monitor = gdk_display_get_monitor_at_surface (self->display, surface);
    }
  if (monitor != NULL)
    return g_object_ref (monitor);
  return dup_monitor (self, 0);
}

static void
on_presenter_request_cb (PlenaryPresentation     *self,
                         PlenarySlideshowRequest  request);
static gboolean
on_window_close_request_cb (PlenaryPresentation *self);

static void
ensure_presenter_window (PlenaryPresentation *self)
{
  if (self->presenter_window != NULL)
    return;

  self->presenter_window =
    plenary_presenter_window_new (self->slideshow, self->slides,
                                  plenary_presentation_window_get_theme (self->slides_window));
  if (self->application != NULL)
    gtk_window_set_application (GTK_WINDOW (self->presenter_window), self->application);
  g_signal_connect_swapped (self->presenter_window, "request",
                            G_CALLBACK (on_presenter_request_cb), self);
  g_signal_connect_swapped (self->presenter_window, "close-request",
                            G_CALLBACK (on_window_close_request_cb), self);
}

static void
destroy_presenter_window (PlenaryPresentation *self)
{
  if (self->presenter_window == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->presenter_window, self);
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->presenter_window)));
}

/* The monitor's size as the window's own, for a window manager that will
 * not make it full-screen (or an X server with none). */
static void
size_to_monitor (GtkWindow  *window,
                 GdkMonitor *monitor)
{
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  if (geometry.width > 0 && geometry.height > 0)
    gtk_window_set_default_size (window, geometry.width, geometry.height);
}

/* With two monitors or more, the slides go on one that is not the user's
 * and the presenter's window on the user's; S swaps them.  With one, the
 * slides alone fill it.  Run again whenever monitors come or go, so that
 * plugging in the projector mid-talk does the right thing. */
static void
place_windows (PlenaryPresentation *self)
{
  g_autoptr(GdkMonitor) home = dup_home_monitor (self);
  g_autoptr(GdkMonitor) other = NULL;
  guint n = g_list_model_get_n_items (self->monitors);

  for (guint i = 0; i < n && other == NULL; i++)
    {
      g_autoptr(GdkMonitor) monitor = dup_monitor (self, i);

      if (monitor != home)
        other = g_steal_pointer (&monitor);
    }

  if (home != NULL && other != NULL)
    {
      GdkMonitor *slides_monitor = self->swapped ? home : other;
      GdkMonitor *presenter_monitor = self->swapped ? other : home;
      GdkRectangle geometry;

      ensure_presenter_window (self);
      gdk_monitor_get_geometry (slides_monitor, &geometry);
      if (geometry.width > 0 && geometry.height > 0)
        plenary_presenter_window_set_slide_aspect (self->presenter_window,
                                                   (double)geometry.width / geometry.height);
      size_to_monitor (GTK_WINDOW (self->presenter_window), presenter_monitor);
      size_to_monitor (GTK_WINDOW (self->slides_window), slides_monitor);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->presenter_window), presenter_monitor);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->slides_window), slides_monitor);
      gtk_window_present (GTK_WINDOW (self->presenter_window));
    }
  else
    {
      destroy_presenter_window (self);
      if (home != NULL)
        {
          size_to_monitor (GTK_WINDOW (self->slides_window), home);
          gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->slides_window), home);
        }
      else
        gtk_window_fullscreen (GTK_WINDOW (self->slides_window));
    }

  gtk_window_present (GTK_WINDOW (self->slides_window));
}

static void
on_monitors_changed_cb (PlenaryPresentation *self)
{
  if (self->running)
    place_windows (self);
}

static void
toggle_theme (PlenaryPresentation *self)
{
  PlenarySlideTheme theme = plenary_presentation_window_get_theme (self->slides_window);

  plenary_presentation_window_set_theme (self->slides_window,
                                         theme == PLENARY_SLIDE_THEME_DARK ? PLENARY_SLIDE_THEME_LIGHT
                                                                           : PLENARY_SLIDE_THEME_DARK);
}

static void
handle_request (PlenaryPresentation     *self,
                PlenarySlideshowRequest  request,
                gboolean                 from_presenter)
{
  switch (request)
    {
    case PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS:
      self->swapped = !self->swapped;
      place_windows (self);
      break;
    case PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK:
      if (!from_presenter && self->presenter_window != NULL)
        plenary_presenter_window_reset_clock (self->presenter_window);
      break;
    case PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME:
      /* The slides' window switches its own theme; the presenter's asks. */
      if (from_presenter)
        toggle_theme (self);
      break;
    case PLENARY_SLIDESHOW_REQUEST_STOP:
    case PLENARY_SLIDESHOW_REQUEST_NONE:
    default:
      /* A stop request closes its window, which lands in close-request. */
      break;
    }
}

static void
on_slides_request_cb (PlenaryPresentation     *self,
                      PlenarySlideshowRequest  request)
{
  handle_request (self, request, FALSE);
}

static void
on_presenter_request_cb (PlenaryPresentation     *self,
                         PlenarySlideshowRequest  request)
{
  handle_request (self, request, TRUE);
}

static gboolean
on_window_close_request_cb (PlenaryPresentation *self)
{
  plenary_presentation_stop (self);
  return GDK_EVENT_STOP;
}

static void
on_slides_theme_cb (PlenaryPresentation *self)
{
  PlenarySlideTheme theme = plenary_presentation_window_get_theme (self->slides_window);

  if (self->presenter_window != NULL)
    plenary_presenter_window_set_theme (self->presenter_window, theme);
  if (self->settings != NULL
      && g_settings_get_enum (self->settings, "presentation-theme") != (int)theme)
    g_settings_set_enum (self->settings, "presentation-theme", theme);
}

static void
on_settings_theme_cb (PlenaryPresentation *self)
{
  plenary_presentation_window_set_theme (self->slides_window,
                                         g_settings_get_enum (self->settings, "presentation-theme"));
}

static void
inhibit_idle (PlenaryPresentation *self)
{
  if (self->application == NULL
      || !g_application_get_is_registered (G_APPLICATION (self->application)))
    return;

  self->inhibit_cookie = gtk_application_inhibit (self->application, GTK_WINDOW (self->slides_window),
                                                  GTK_APPLICATION_INHIBIT_IDLE,
                                                  _("Presenting slides"));
}

/**
 * plenary_presentation_start_slides:
 * @parent: (nullable): the window the slideshow starts from; it is
 *   presented again when the slideshow ends
 * @slides: (element-type PlenarySlide): the slides, see plenary_slide_list_new()
 * @start_index: the slide to start on
 *
 * Returns: (transfer none): the running presentation, valid until its
 *   #PlenaryPresentation::finished signal unless the caller refs it
 */
PlenaryPresentation *
plenary_presentation_start_slides (GtkWindow *parent,
                                   GPtrArray *slides,
                                   guint      start_index)
{
  PlenaryPresentation *self;
  PlenarySlideTheme theme = PLENARY_SLIDE_THEME_DARK;
  GApplication *application = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (slides != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_PRESENTATION, NULL);
  self->slides = g_ptr_array_ref (slides);
  self->slideshow = plenary_slideshow_new (slides->len, start_index);
  self->display = g_object_ref (parent ? gtk_widget_get_display (GTK_WIDGET (parent))
                                       : gdk_display_get_default ());
  self->monitors = g_object_ref (gdk_display_get_monitors (self->display));
  self->settings = plenary_settings_new ("presentation-theme");
  g_set_weak_pointer (&self->parent, parent);

  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    application = G_APPLICATION (gtk_window_get_application (parent));
  else
    application = g_application_get_default ();
  if (GTK_IS_APPLICATION (application) && g_application_get_is_registered (application))
    self->application = g_object_ref (GTK_APPLICATION (application));

  if (self->settings != NULL)
    theme = g_settings_get_enum (self->settings, "presentation-theme");

  self->slides_window = plenary_presentation_window_new (self->slideshow, slides, theme);
  if (self->application != NULL)
    gtk_window_set_application (GTK_WINDOW (self->slides_window), self->application);
  g_signal_connect_swapped (self->slides_window, "request", G_CALLBACK (on_slides_request_cb), self);
  g_signal_connect_swapped (self->slides_window, "close-request",
                            G_CALLBACK (on_window_close_request_cb), self);
  g_signal_connect_swapped (self->slides_window, "notify::theme",
                            G_CALLBACK (on_slides_theme_cb), self);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::presentation-theme",
                              G_CALLBACK (on_settings_theme_cb), self);
  g_signal_connect_swapped (self->monitors, "items-changed",
                            G_CALLBACK (on_monitors_changed_cb), self);

  /* The running slideshow holds itself; plenary_presentation_stop() lets go. */
  self->running = TRUE;
  place_windows (self);
  inhibit_idle (self);

  return self;
}

/**
 * plenary_presentation_start:
 * @parent: (nullable): the window the slideshow starts from
 * @report: the report to present
 * @language: the language of the slides
 * @node: (nullable): a chapter or section to present only its charts, or
 *   %NULL for the whole report
 * @start_chart: (nullable): a chart to start on, or %NULL to start on the
 *   first slide
 *
 * Starts a full-screen slideshow.  See plenary_slide_list_new() for the
 * slides it shows.
 *
 * Returns: (transfer none): the running presentation
 */
PlenaryPresentation *
plenary_presentation_start (GtkWindow          *parent,
                            PlenaryReport      *report,
                            PlenaryLanguage     language,
                            PlenaryOutlineNode *node,
                            PlenaryChartSpec   *start_chart)
{
  g_autoptr(GPtrArray) slides = NULL;
  guint start = 0;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);
  g_return_val_if_fail (node == NULL || PLENARY_IS_OUTLINE_NODE (node), NULL);
  g_return_val_if_fail (start_chart == NULL || PLENARY_IS_CHART_SPEC (start_chart), NULL);

  if (node == NULL)
    return plenary_presentation_start_deck (parent, report, language,
                                            plenary_presentation_get_saved_deck (), start_chart);

  slides = plenary_slide_list_new (report, node, language);
  if (start_chart != NULL)
    {
      start = plenary_slide_list_find_chart (slides, start_chart);
      if (start == G_MAXUINT)
        start = 0;
    }
  return plenary_presentation_start_slides (parent, slides, start);
}

/**
 * plenary_presentation_start_deck:
 * @deck: the story deck or every chart
 * @start_chart: (nullable): a chart to start on; a chart the story deck
 *   leaves out starts the deck of every chart there
 *
 * Returns: (transfer none): the running presentation
 */
PlenaryPresentation *
plenary_presentation_start_deck (GtkWindow        *parent,
                                 PlenaryReport    *report,
                                 PlenaryLanguage   language,
                                 PlenaryDeckKind   deck,
                                 PlenaryChartSpec *start_chart)
{
  g_autoptr(GPtrArray) slides = NULL;
  guint start = 0;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);

  slides = plenary_slide_list_new_deck (report, deck, language);
  if (start_chart != NULL)
    {
      start = plenary_slide_list_find_chart (slides, start_chart);
      /* "Present From Here" on a chart the story leaves out: every chart. */
      if (start == G_MAXUINT && deck != PLENARY_DECK_ALL)
        {
          g_ptr_array_unref (slides);
          slides = plenary_slide_list_new_deck (report, PLENARY_DECK_ALL, language);
          start = plenary_slide_list_find_chart (slides, start_chart);
        }
      if (start == G_MAXUINT)
        start = 0;
    }
  return plenary_presentation_start_slides (parent, slides, start);
}

/* Ends the slideshow, as Esc does. */
void
plenary_presentation_stop (PlenaryPresentation *self)
{
  PlenarySlide *last = NULL;
  guint position;

  g_return_if_fail (PLENARY_IS_PRESENTATION (self));

  if (!self->running)
    return;
  self->running = FALSE;

  g_signal_handlers_disconnect_by_data (self->monitors, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (self->application, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  destroy_presenter_window (self);
  g_signal_handlers_disconnect_by_data (self->slides_window, self);
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->slides_window)));

  if (self->parent != NULL)
    gtk_window_present (self->parent);

  position = plenary_slideshow_get_position (self->slideshow);
  if (position < self->slides->len)
    last = g_ptr_array_index (self->slides, position);
  g_signal_emit (self, signals[FINISHED], 0, last ? plenary_slide_get_chart (last) : NULL);

  g_object_unref (self);
}

gboolean
plenary_presentation_get_running (PlenaryPresentation *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION (self), FALSE);
  return self->running;
}

PlenarySlideshow *
plenary_presentation_get_slideshow (PlenaryPresentation *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION (self), NULL);
  return self->slideshow;
}

/* Returns: (nullable) (transfer none): the full-screen slides, while running */
GtkWindow *
plenary_presentation_get_slides_window (PlenaryPresentation *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION (self), NULL);
  return GTK_WINDOW (self->slides_window);
}

/* Returns: (nullable) (transfer none): the presenter's window, with two monitors */
GtkWindow *
plenary_presentation_get_presenter_window (PlenaryPresentation *self)
{
  g_return_val_if_fail (PLENARY_IS_PRESENTATION (self), NULL);
  return GTK_WINDOW (self->presenter_window);
}
