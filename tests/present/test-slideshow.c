/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-slideshow.h"

/* The slideshow's navigation as plain function calls: what a clicker's
 * keys do, at both ends, with one slide and with none. */

static gboolean
press (PlenarySlideshow *slideshow,
       guint             keyval)
{
  return plenary_slideshow_handle_key (slideshow, keyval, 0, NULL);
}

static PlenarySlideshowRequest
request_for (PlenarySlideshow *slideshow,
             guint             keyval)
{
  PlenarySlideshowRequest request = -1;

  g_assert_true (plenary_slideshow_handle_key (slideshow, keyval, 0, &request));
  return request;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_next_previous_keys (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (28, 0);
  const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_space,
                              GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_n, GDK_KEY_N,
                              GDK_KEY_KP_Page_Down };
  const guint previous_keys[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
                                  GDK_KEY_p, GDK_KEY_P, GDK_KEY_KP_Page_Up };

  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    {
      g_assert_true (press (slideshow, next_keys[i]));
      g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, i + 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
    {
      guint before = plenary_slideshow_get_position (slideshow);

      g_assert_true (press (slideshow, previous_keys[i]));
      g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, before - 1);
    }
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);

  /* Shift+Space goes back, as in most slideshow programs. */
  g_assert_true (plenary_slideshow_handle_key (slideshow, GDK_KEY_space, GDK_SHIFT_MASK, NULL));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 1);

  g_assert_true (press (slideshow, GDK_KEY_End));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 27);
  g_assert_true (press (slideshow, GDK_KEY_Home));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
}

static void
test_ends (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (3, 0);
  guint notified = 0;

  g_signal_connect (slideshow, "notify::position", G_CALLBACK (count_notify_cb), &notified);

  g_assert_false (plenary_slideshow_previous (slideshow));
  g_assert_false (plenary_slideshow_home (slideshow));
  g_assert_true (press (slideshow, GDK_KEY_Left));   /* used, though nothing moves */
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
  g_assert_cmpuint (notified, ==, 0);

  g_assert_true (plenary_slideshow_end (slideshow));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (plenary_slideshow_next (slideshow));
  g_assert_false (plenary_slideshow_end (slideshow));
  g_assert_true (press (slideshow, GDK_KEY_space));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_false (plenary_slideshow_jump (slideshow, 3));
  g_assert_false (plenary_slideshow_jump (slideshow, G_MAXUINT));
  g_assert_true (plenary_slideshow_jump (slideshow, 1));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 1);
  g_assert_cmpuint (notified, ==, 2);

  /* A start past the end is clamped to the last slide. */
  g_clear_object (&slideshow);
  slideshow = plenary_slideshow_new (3, 10);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);
}

static void
test_one_slide (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (1, 0);

  g_assert_false (plenary_slideshow_next (slideshow));
  g_assert_false (plenary_slideshow_previous (slideshow));
  g_assert_false (plenary_slideshow_home (slideshow));
  g_assert_false (plenary_slideshow_end (slideshow));
  g_assert_true (press (slideshow, GDK_KEY_1));
  g_assert_false (plenary_slideshow_goto_commit (slideshow));
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
}

static void
test_no_slides (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (0, 5);

  g_assert_cmpuint (plenary_slideshow_get_n_slides (slideshow), ==, 0);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
  g_assert_false (plenary_slideshow_next (slideshow));
  g_assert_false (plenary_slideshow_previous (slideshow));
  g_assert_false (plenary_slideshow_home (slideshow));
  g_assert_false (plenary_slideshow_end (slideshow));
  g_assert_false (plenary_slideshow_jump (slideshow, 0));
  g_assert_true (press (slideshow, GDK_KEY_Right));
  g_assert_true (press (slideshow, GDK_KEY_End));
  g_assert_true (press (slideshow, GDK_KEY_1));
  g_assert_true (press (slideshow, GDK_KEY_Return));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
  g_assert_cmpint (request_for (slideshow, GDK_KEY_Escape), ==, PLENARY_SLIDESHOW_REQUEST_STOP);
}

static void
test_blank_screens (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (10, 4);
  const struct { guint key; PlenarySlideshowScreen screen; } blanks[] = {
    { GDK_KEY_b, PLENARY_SLIDESHOW_SCREEN_BLACK },
    { GDK_KEY_B, PLENARY_SLIDESHOW_SCREEN_BLACK },
    { GDK_KEY_period, PLENARY_SLIDESHOW_SCREEN_BLACK },
    { GDK_KEY_w, PLENARY_SLIDESHOW_SCREEN_WHITE },
    { GDK_KEY_W, PLENARY_SLIDESHOW_SCREEN_WHITE },
    { GDK_KEY_comma, PLENARY_SLIDESHOW_SCREEN_WHITE },
  };
  /* Keys that would otherwise move, jump, stop or switch something. */
  const guint returning_keys[] = { GDK_KEY_Right, GDK_KEY_Left, GDK_KEY_End, GDK_KEY_b,
                                   GDK_KEY_Escape, GDK_KEY_F5, GDK_KEY_t, GDK_KEY_7, GDK_KEY_a };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_assert_true (press (slideshow, blanks[i].key));
      g_assert_cmpint (plenary_slideshow_get_screen (slideshow), ==, blanks[i].screen);

      /* Modifier keys alone do not count as "any key". */
      g_assert_false (press (slideshow, GDK_KEY_Shift_L));
      g_assert_cmpint (plenary_slideshow_get_screen (slideshow), ==, blanks[i].screen);

      g_assert_cmpint (request_for (slideshow, returning_keys[i % G_N_ELEMENTS (returning_keys)]),
                       ==, PLENARY_SLIDESHOW_REQUEST_NONE);
      g_assert_cmpint (plenary_slideshow_get_screen (slideshow), ==, PLENARY_SLIDESHOW_SCREEN_SLIDE);
      g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 4);
      g_assert_null (plenary_slideshow_get_goto_text (slideshow));
    }

  for (guint i = 0; i < G_N_ELEMENTS (returning_keys); i++)
    {
      plenary_slideshow_blank (slideshow, PLENARY_SLIDESHOW_SCREEN_WHITE);
      g_assert_cmpint (request_for (slideshow, returning_keys[i]), ==, PLENARY_SLIDESHOW_REQUEST_NONE);
      g_assert_cmpint (plenary_slideshow_get_screen (slideshow), ==, PLENARY_SLIDESHOW_SCREEN_SLIDE);
      g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 4);
    }

  g_assert_true (press (slideshow, GDK_KEY_b));
  g_assert_true (plenary_slideshow_unblank (slideshow));
  g_assert_false (plenary_slideshow_unblank (slideshow));
}

static void
test_goto_entry (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (28, 0);
  guint notified = 0;

  g_signal_connect (slideshow, "notify::goto-text", G_CALLBACK (count_notify_cb), &notified);

  /* Digits open the entry and build the number; Enter jumps. */
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_true (press (slideshow, GDK_KEY_1));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "1");
  g_assert_true (press (slideshow, GDK_KEY_KP_2));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "12");
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 0);
  g_assert_true (press (slideshow, GDK_KEY_Return));
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 11);
  g_assert_cmpuint (notified, ==, 3);

  /* G opens it empty; Enter on nothing closes it and stays. */
  g_assert_true (press (slideshow, GDK_KEY_g));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "");
  g_assert_true (press (slideshow, GDK_KEY_G));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "");
  g_assert_true (press (slideshow, GDK_KEY_Return));
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 11);

  /* G, digits, Enter. */
  g_assert_true (press (slideshow, GDK_KEY_G));
  g_assert_true (press (slideshow, GDK_KEY_2));
  g_assert_true (press (slideshow, GDK_KEY_8));
  g_assert_true (press (slideshow, GDK_KEY_KP_Enter));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 27);

  /* A number that names no slide closes the entry and stays put. */
  for (const char *typed = "99"; *typed; typed++)
    press (slideshow, GDK_KEY_0 + (*typed - '0'));
  g_assert_true (press (slideshow, GDK_KEY_Return));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 27);
  press (slideshow, GDK_KEY_0);
  g_assert_true (press (slideshow, GDK_KEY_Return));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 27);
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));

  /* Leading zeros are harmless. */
  press (slideshow, GDK_KEY_0);
  press (slideshow, GDK_KEY_3);
  press (slideshow, GDK_KEY_Return);
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);

  /* Backspace takes back a digit, then closes the entry, without moving. */
  press (slideshow, GDK_KEY_4);
  press (slideshow, GDK_KEY_2);
  g_assert_true (press (slideshow, GDK_KEY_BackSpace));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "4");
  g_assert_true (press (slideshow, GDK_KEY_BackSpace));
  g_assert_cmpstr (plenary_slideshow_get_goto_text (slideshow), ==, "");
  g_assert_true (press (slideshow, GDK_KEY_BackSpace));
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);

  /* Esc cancels the entry, and does not end the slideshow. */
  press (slideshow, GDK_KEY_9);
  g_assert_cmpint (request_for (slideshow, GDK_KEY_Escape), ==, PLENARY_SLIDESHOW_REQUEST_NONE);
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);

  /* Another key closes the entry and does what it always does. */
  press (slideshow, GDK_KEY_9);
  g_assert_true (press (slideshow, GDK_KEY_Right));
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 3);

  /* The number has a length limit. */
  for (guint i = 0; i < PLENARY_SLIDESHOW_MAX_GOTO_DIGITS + 3; i++)
    press (slideshow, GDK_KEY_1);
  g_assert_cmpuint (strlen (plenary_slideshow_get_goto_text (slideshow)), ==,
                    PLENARY_SLIDESHOW_MAX_GOTO_DIGITS);
  g_assert_false (plenary_slideshow_goto_push_digit (slideshow, 1));
  plenary_slideshow_goto_cancel (slideshow);

  /* Committing or popping a closed entry does nothing. */
  g_assert_false (plenary_slideshow_goto_commit (slideshow));
  plenary_slideshow_goto_pop_digit (slideshow);
  g_assert_null (plenary_slideshow_get_goto_text (slideshow));
}

static void
test_requests (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (5, 2);
  const struct { guint key; PlenarySlideshowRequest request; } cases[] = {
    { GDK_KEY_Escape, PLENARY_SLIDESHOW_REQUEST_STOP },
    { GDK_KEY_F5, PLENARY_SLIDESHOW_REQUEST_STOP },
    { GDK_KEY_t, PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME },
    { GDK_KEY_T, PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME },
    { GDK_KEY_s, PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS },
    { GDK_KEY_r, PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK },
    { GDK_KEY_Right, PLENARY_SLIDESHOW_REQUEST_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (request_for (slideshow, cases[i].key), ==, cases[i].request);

  /* Keys with Control or Alt are the application's, and unknown keys are
   * left alone. */
  g_assert_false (plenary_slideshow_handle_key (slideshow, GDK_KEY_Right, GDK_CONTROL_MASK, NULL));
  g_assert_false (plenary_slideshow_handle_key (slideshow, GDK_KEY_q, GDK_CONTROL_MASK, NULL));
  g_assert_false (plenary_slideshow_handle_key (slideshow, GDK_KEY_Left, GDK_ALT_MASK, NULL));
  g_assert_false (press (slideshow, GDK_KEY_a));
  g_assert_false (press (slideshow, GDK_KEY_Control_L));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 3);
}

static void
test_help (void)
{
  g_autoptr(PlenarySlideshow) slideshow = plenary_slideshow_new (5, 2);

  g_assert_true (press (slideshow, GDK_KEY_F1));
  g_assert_true (plenary_slideshow_get_help_visible (slideshow));

  /* Any key hides the help and does nothing else. */
  g_assert_cmpint (request_for (slideshow, GDK_KEY_Escape), ==, PLENARY_SLIDESHOW_REQUEST_NONE);
  g_assert_false (plenary_slideshow_get_help_visible (slideshow));

  g_assert_true (press (slideshow, GDK_KEY_question));
  g_assert_true (plenary_slideshow_get_help_visible (slideshow));
  g_assert_true (press (slideshow, GDK_KEY_Right));
  g_assert_false (plenary_slideshow_get_help_visible (slideshow));
  g_assert_cmpuint (plenary_slideshow_get_position (slideshow), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/present/slideshow/next-previous-keys", test_next_previous_keys);
  g_test_add_func ("/present/slideshow/ends", test_ends);
  g_test_add_func ("/present/slideshow/one-slide", test_one_slide);
  g_test_add_func ("/present/slideshow/no-slides", test_no_slides);
  g_test_add_func ("/present/slideshow/blank-screens", test_blank_screens);
  g_test_add_func ("/present/slideshow/goto-entry", test_goto_entry);
  g_test_add_func ("/present/slideshow/requests", test_requests);
  g_test_add_func ("/present/slideshow/help", test_help);

  return g_test_run ();
}
