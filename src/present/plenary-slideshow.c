/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slideshow"

#include "plenary-slideshow.h"

/* The state of a running slideshow: which slide is current, whether the
 * screen is blanked, the "Go to" entry and the help overlay.  No widget
 * lives here, so that the keys a clicker sends can be tested as plain
 * function calls. */
struct _PlenarySlideshow
{
  GObject                 parent_instance;
  guint                   n_slides;
  guint                   position;
  PlenarySlideshowScreen  screen;
  GString                *goto_text;   /* NULL while the entry is closed */
  gboolean                help_visible;
};

G_DEFINE_FINAL_TYPE (PlenarySlideshow, plenary_slideshow, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_SLIDES,
  PROP_POSITION,
  PROP_SCREEN,
  PROP_GOTO_TEXT,
  PROP_HELP_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_slideshow_finalize (GObject *object)
{
  PlenarySlideshow *self = (PlenarySlideshow *)object;

  if (self->goto_text != NULL)
    g_string_free (self->goto_text, TRUE);

  G_OBJECT_CLASS (plenary_slideshow_parent_class)->finalize (object);
}

static void
plenary_slideshow_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlenarySlideshow *self = PLENARY_SLIDESHOW (object);

  switch (prop_id)
    {
    case PROP_N_SLIDES:
      g_value_set_uint (value, self->n_slides);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_SCREEN:
      g_value_set_int (value, self->screen);
      break;
    case PROP_GOTO_TEXT:
      g_value_set_string (value, plenary_slideshow_get_goto_text (self));
      break;
    case PROP_HELP_VISIBLE:
      g_value_set_boolean (value, self->help_visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slideshow_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlenarySlideshow *self = PLENARY_SLIDESHOW (object);

  switch (prop_id)
    {
    case PROP_N_SLIDES:
      self->n_slides = g_value_get_uint (value);
      break;
    case PROP_POSITION:
      plenary_slideshow_jump (self, g_value_get_uint (value));
      break;
    case PROP_HELP_VISIBLE:
      plenary_slideshow_set_help_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_slideshow_class_init (PlenarySlideshowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_slideshow_finalize;
  object_class->get_property = plenary_slideshow_get_property;
  object_class->set_property = plenary_slideshow_set_property;

  properties[PROP_N_SLIDES] =
    g_param_spec_uint ("n-slides", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCREEN] =
    g_param_spec_int ("screen", NULL, NULL,
                      PLENARY_SLIDESHOW_SCREEN_SLIDE, PLENARY_SLIDESHOW_SCREEN_WHITE,
                      PLENARY_SLIDESHOW_SCREEN_SLIDE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOTO_TEXT] =
    g_param_spec_string ("goto-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HELP_VISIBLE] =
    g_param_spec_boolean ("help-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_slideshow_init (PlenarySlideshow *self)
{
}

/**
 * plenary_slideshow_new:
 * @n_slides: how many slides there are; 0 is allowed
 * @position: the slide to start on, clamped to the last one
 */
PlenarySlideshow *
plenary_slideshow_new (guint n_slides,
                       guint position)
{
  PlenarySlideshow *self = g_object_new (PLENARY_TYPE_SLIDESHOW, "n-slides", n_slides, NULL);

  if (n_slides > 0)
    self->position = MIN (position, n_slides - 1);
  return self;
}

guint
plenary_slideshow_get_n_slides (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), 0);
  return self->n_slides;
}

guint
plenary_slideshow_get_position (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), 0);
  return self->position;
}

PlenarySlideshowScreen
plenary_slideshow_get_screen (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), PLENARY_SLIDESHOW_SCREEN_SLIDE);
  return self->screen;
}

/**
 * plenary_slideshow_get_goto_text:
 *
 * Returns: (nullable): the digits typed so far, "" right after G, or %NULL
 *   while the "Go to" entry is closed
 */
const char *
plenary_slideshow_get_goto_text (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), NULL);
  return self->goto_text ? self->goto_text->str : NULL;
}

gboolean
plenary_slideshow_get_help_visible (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  return self->help_visible;
}

/**
 * plenary_slideshow_jump:
 * @position: a slide index, counted from 0
 *
 * Returns: %TRUE if the current slide changed; an index past the last
 *   slide changes nothing
 */
gboolean
plenary_slideshow_jump (PlenarySlideshow *self,
                        guint             position)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);

  if (position >= self->n_slides || position == self->position)
    return FALSE;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  return TRUE;
}

gboolean
plenary_slideshow_next (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  return plenary_slideshow_jump (self, self->position + 1);
}

gboolean
plenary_slideshow_previous (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  return self->position > 0 && plenary_slideshow_jump (self, self->position - 1);
}

gboolean
plenary_slideshow_home (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  return plenary_slideshow_jump (self, 0);
}

gboolean
plenary_slideshow_end (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  return self->n_slides > 0 && plenary_slideshow_jump (self, self->n_slides - 1);
}

/**
 * plenary_slideshow_blank:
 * @screen: %PLENARY_SLIDESHOW_SCREEN_BLACK or _WHITE to hide the slide,
 *   _SLIDE to show it again
 */
void
plenary_slideshow_blank (PlenarySlideshow       *self,
                         PlenarySlideshowScreen  screen)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW (self));
  g_return_if_fail (screen <= PLENARY_SLIDESHOW_SCREEN_WHITE);

  if (self->screen == screen)
    return;
  self->screen = screen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
}

/* Returns: %TRUE if the screen was blank. */
gboolean
plenary_slideshow_unblank (PlenarySlideshow *self)
{
  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);

  if (self->screen == PLENARY_SLIDESHOW_SCREEN_SLIDE)
    return FALSE;
  plenary_slideshow_blank (self, PLENARY_SLIDESHOW_SCREEN_SLIDE);
  return TRUE;
}

void
plenary_slideshow_set_help_visible (PlenarySlideshow *self,
                                    gboolean          help_visible)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW (self));

  help_visible = !!help_visible;
  if (self->help_visible == help_visible)
    return;
  self->help_visible = help_visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELP_VISIBLE]);
}

static void
set_goto_text (PlenarySlideshow *self,
               const char       *text)
{
  if (text == NULL && self->goto_text == NULL)
    return;
  if (text != NULL && self->goto_text != NULL && g_str_equal (text, self->goto_text->str))
    return;

  if (text == NULL)
    {
      g_string_free (self->goto_text, TRUE);
      self->goto_text = NULL;
    }
  else if (self->goto_text == NULL)
    self->goto_text = g_string_new (text);
  else
    g_string_assign (self->goto_text, text);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOTO_TEXT]);
}

/* Opens the entry empty, as the G key does; typing a digit opens it too. */
void
plenary_slideshow_goto_open (PlenarySlideshow *self)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW (self));

  if (self->goto_text == NULL)
    set_goto_text (self, "");
}

/* Returns: %FALSE if @digit was refused because the number is long enough. */
gboolean
plenary_slideshow_goto_push_digit (PlenarySlideshow *self,
                                   guint             digit)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);
  g_return_val_if_fail (digit <= 9, FALSE);

  if (self->goto_text != NULL && self->goto_text->len >= PLENARY_SLIDESHOW_MAX_GOTO_DIGITS)
    return FALSE;

  text = g_strdup_printf ("%s%u", self->goto_text ? self->goto_text->str : "", digit);
  set_goto_text (self, text);
  return TRUE;
}

/* Removes the last digit; on an empty entry, closes it. */
void
plenary_slideshow_goto_pop_digit (PlenarySlideshow *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PLENARY_IS_SLIDESHOW (self));

  if (self->goto_text == NULL)
    return;
  if (self->goto_text->len == 0)
    {
      set_goto_text (self, NULL);
      return;
    }
  text = g_strndup (self->goto_text->str, self->goto_text->len - 1);
  set_goto_text (self, text);
}

void
plenary_slideshow_goto_cancel (PlenarySlideshow *self)
{
  g_return_if_fail (PLENARY_IS_SLIDESHOW (self));
  set_goto_text (self, NULL);
}

/**
 * plenary_slideshow_goto_commit:
 *
 * Closes the entry and goes to the slide whose number (counted from 1, as
 * the slide counter shows it) was typed.  A number that names no slide
 * closes the entry and stays put, so that a slip of the finger never jumps
 * somewhere unexpected in front of the room.
 *
 * Returns: %TRUE if the current slide changed
 */
gboolean
plenary_slideshow_goto_commit (PlenarySlideshow *self)
{
  guint64 number = 0;

  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);

  if (self->goto_text == NULL)
    return FALSE;
  if (self->goto_text->len > 0)
    number = g_ascii_strtoull (self->goto_text->str, NULL, 10);
  set_goto_text (self, NULL);

  if (number < 1 || number > self->n_slides)
    return FALSE;
  return plenary_slideshow_jump (self, (guint)number - 1);
}

static gboolean
is_modifier_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Shift_L:
    case GDK_KEY_Shift_R:
    case GDK_KEY_Control_L:
    case GDK_KEY_Control_R:
    case GDK_KEY_Alt_L:
    case GDK_KEY_Alt_R:
    case GDK_KEY_Meta_L:
    case GDK_KEY_Meta_R:
    case GDK_KEY_Super_L:
    case GDK_KEY_Super_R:
    case GDK_KEY_Hyper_L:
    case GDK_KEY_Hyper_R:
    case GDK_KEY_Caps_Lock:
    case GDK_KEY_Num_Lock:
    case GDK_KEY_ISO_Level3_Shift:
    case GDK_KEY_ISO_Level5_Shift:
      return TRUE;
    default:
      return FALSE;
    }
}

static int
digit_for_key (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
is_enter_key (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

/* Keys while the "Go to" entry is open.  Returns %FALSE for a key that
 * closes the entry and should then act as usual. */
static gboolean
handle_goto_key (PlenarySlideshow *self,
                 guint             keyval)
{
  int digit = digit_for_key (keyval);

  if (digit >= 0)
    {
      plenary_slideshow_goto_push_digit (self, digit);
      return TRUE;
    }
  if (is_enter_key (keyval))
    {
      plenary_slideshow_goto_commit (self);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_BackSpace:
      plenary_slideshow_goto_pop_digit (self);
      return TRUE;
    case GDK_KEY_Escape:
      plenary_slideshow_goto_cancel (self);
      return TRUE;
    case GDK_KEY_g:
    case GDK_KEY_G:
      return TRUE;
    default:
      plenary_slideshow_goto_cancel (self);
      return FALSE;
    }
}

/**
 * plenary_slideshow_handle_key:
 * @keyval: the key pressed, as GDK reports it
 * @state: the modifiers held
 * @out_request: (out): set to what the windows around the slideshow must
 *   do, or %PLENARY_SLIDESHOW_REQUEST_NONE
 *
 * Carries out a key as a presentation clicker or keyboard sends it.  While
 * the screen is blank or the help is shown, any key only brings the slide
 * back, so that nothing moves by surprise.  Keys with Control, Alt or Super
 * are left to the application's shortcuts.
 *
 * Returns: %TRUE if the key was used
 */
gboolean
plenary_slideshow_handle_key (PlenarySlideshow        *self,
                              guint                    keyval,
                              GdkModifierType          state,
                              PlenarySlideshowRequest *out_request)
{
  PlenarySlideshowRequest request = PLENARY_SLIDESHOW_REQUEST_NONE;
  int digit;

  g_return_val_if_fail (PLENARY_IS_SLIDESHOW (self), FALSE);

  if (out_request != NULL)
    *out_request = PLENARY_SLIDESHOW_REQUEST_NONE;

  if (is_modifier_key (keyval))
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return FALSE;

  if (self->help_visible)
    {
      plenary_slideshow_set_help_visible (self, FALSE);
      return TRUE;
    }
  if (plenary_slideshow_unblank (self))
    return TRUE;
  if (self->goto_text != NULL && handle_goto_key (self, keyval))
    return TRUE;

  digit = digit_for_key (keyval);
  if (digit >= 0)
    {
      plenary_slideshow_goto_push_digit (self, digit);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (state & GDK_SHIFT_MASK)
        plenary_slideshow_previous (self);
      else
        plenary_slideshow_next (self);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_n:
    case GDK_KEY_N:
      plenary_slideshow_next (self);
      break;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
    case GDK_KEY_P:
      plenary_slideshow_previous (self);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      plenary_slideshow_home (self);
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      plenary_slideshow_end (self);
      break;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      plenary_slideshow_blank (self, PLENARY_SLIDESHOW_SCREEN_BLACK);
      break;

    case GDK_KEY_w:
    case GDK_KEY_W:
    case GDK_KEY_comma:
      plenary_slideshow_blank (self, PLENARY_SLIDESHOW_SCREEN_WHITE);
      break;

    case GDK_KEY_g:
    case GDK_KEY_G:
      plenary_slideshow_goto_open (self);
      break;

    case GDK_KEY_F1:
    case GDK_KEY_question:
      plenary_slideshow_set_help_visible (self, TRUE);
      break;

    case GDK_KEY_Escape:
    case GDK_KEY_F5:
      request = PLENARY_SLIDESHOW_REQUEST_STOP;
      break;

    case GDK_KEY_t:
    case GDK_KEY_T:
      request = PLENARY_SLIDESHOW_REQUEST_TOGGLE_THEME;
      break;

    case GDK_KEY_s:
    case GDK_KEY_S:
      request = PLENARY_SLIDESHOW_REQUEST_SWAP_MONITORS;
      break;

    case GDK_KEY_r:
    case GDK_KEY_R:
      request = PLENARY_SLIDESHOW_REQUEST_RESET_CLOCK;
      break;

    default:
      return FALSE;
    }

  if (out_request != NULL)
    *out_request = request;
  return TRUE;
}
