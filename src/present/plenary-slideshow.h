/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* What the screen shows: the current slide, or a black or white screen
 * that hides it until any key is pressed. */
typedef enum {
  PLENARY_SLIDESHOW_SCREEN_SLIDE,
  PLENARY_SLIDESHOW_SCREEN_BLACK,
  PLENARY_SLIDESHOW_SCREEN_WHITE,
} PlenarySlideshowScreen;

/* Keys the slideshow recognises but cannot carry out itself, because they
 * concern the windows around it. */
typedef enum {
  PLENARY_SLIDESHOW_REQUEST_NONE,
  PLENARY_SLIDESHOW_REQUEST_STOP,
  PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME,
  PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS,
  PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK,
} PlenarySlideshowRequest;

/* The longest slide number the "Go to" entry accepts. */
#define PLENARY_SLIDESHOW_MAX_GOTO_DIGITS 5

#define PLENARY_TYPE_SLIDESHOW (plenary_slideshow_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySlideshow, plenary_slideshow, PLENARY, SLIDESHOW, GObject)

PlenarySlideshow       *plenary_slideshow_new              (guint                    n_slides,
                                                            guint                    position);
guint                   plenary_slideshow_get_n_slides     (PlenarySlideshow        *self);
guint                   plenary_slideshow_get_position     (PlenarySlideshow        *self);
PlenarySlideshowScreen  plenary_slideshow_get_screen       (PlenarySlideshow        *self);
const char             *plenary_slideshow_get_goto_text    (PlenarySlideshow        *self);
gboolean                plenary_slideshow_get_help_visible (PlenarySlideshow        *self);

gboolean                plenary_slideshow_next             (PlenarySlideshow        *self);
gboolean                plenary_slideshow_previous         (PlenarySlideshow        *self);
gboolean                plenary_slideshow_home             (PlenarySlideshow        *self);
gboolean                plenary_slideshow_end              (PlenarySlideshow        *self);
gboolean                plenary_slideshow_jump             (PlenarySlideshow        *self,
                                                            guint                    position);
void                    plenary_slideshow_blank            (PlenarySlideshow        *self,
                                                            PlenarySlideshowScreen   screen);
gboolean                plenary_slideshow_unblank          (PlenarySlideshow        *self);
void                    plenary_slideshow_set_help_visible (PlenarySlideshow        *self,
                                                            gboolean                 help_visible);

void                    plenary_slideshow_goto_open        (PlenarySlideshow        *self);
gboolean                plenary_slideshow_goto_push_digit  (PlenarySlideshow        *self,
                                                            guint                    digit);
void                    plenary_slideshow_goto_pop_digit   (PlenarySlideshow        *self);
gboolean                plenary_slideshow_goto_commit      (PlenarySlideshow        *self);
void                    plenary_slideshow_goto_cancel      (PlenarySlideshow        *self);

gboolean                plenary_slideshow_handle_key       (PlenarySlideshow        *self,
                                                            guint                    keyval,
                                                            GdkModifierType          state,
                                                            PlenarySlideshowRequest *out_request);

G_END_DECLS
