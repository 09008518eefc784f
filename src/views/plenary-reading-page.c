/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-reading-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-indicator-card.h"
#include "plenary-markup.h"
#include "plenary-reading-page-private.h"

/* A chapter or a section as text to read: headings, paragraphs as
 * selectable labels in a comfortable measure, each indicator quote a link
 * that opens the indicator's card, and the section's charts at its end. */

#define FLASH_MS 1800
#define SCROLL_MARGIN 24



G_DEFINE_FINAL_TYPE (PlenaryReadingPage, plenary_reading_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stop_flash (PlenaryReadingPage *self)
{
  g_clear_handle_id (&self->flash_source, g_source_remove);
  if (self->flashing != NULL)
    gtk_widget_remove_css_class (self->flashing, "flash");
  self->flashing = NULL;
}

static void restore_text_column (PlenaryReadingPage *self);

static gboolean
drop_popover_idle_cb (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

/* The popover leaves the page at once, but is freed only once the main
 * loop is idle again: a source link inside one of its cards may be what
 * asked for a paragraph, and is still handling its click. */
static void
close_popover (PlenaryReadingPage *self)
{
  if (self->popover == NULL)
    return;

  restore_text_column (self);
  gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, drop_popover_idle_cb,
                   g_steal_pointer (&self->popover), g_object_unref);
}

static PlenaryIndicatorSpan *
find_span (GPtrArray  *spans,
           const char *uri)
{
  for (guint i = 0; i < spans->len; i++)
    {
      PlenaryIndicatorSpan *span = g_ptr_array_index (spans, i);
      g_autofree char *span_uri = plenary_indicator_span_dup_uri (span);

      if (g_strcmp0 (span_uri, uri) == 0)
        return span;
    }

  return NULL;
}

/* The language a paragraph label shows. */
static PlenaryLanguage
label_language (PlenaryReadingPage *self,
                GtkWidget          *label)
{
  int language = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "plenary-language"));

  return language > 0 ? (PlenaryLanguage)(language - 1) : self->language;
}

/* The card is shown beside the text, not over it. Where the page is wide
 * enough for a narrower text column and a card, the text column makes
 * room (it keeps to the start, narrowed) and the popover opens in the
 * space freed, level with the quote, once the text has been laid out
 * again; the reader's place in the text is kept. Only where the page is
 * too narrow for both does the card open below the quote. */
#define CARD_WIDTH 400
#define MIN_TEXT_WIDTH 420

static void
restore_text_column (PlenaryReadingPage *self)
{
  if (!self->making_room)
    return;
  self->making_room = FALSE;
  gtk_widget_set_margin_end (self->clamp, 0);
}

static void
on_popover_closed_cb (GtkPopover         *popover,
                      PlenaryReadingPage *self)
{
  if (popover == self->popover)
    restore_text_column (self);
}

/* Points the popover at its quote, or beside the text level with it. */
static void
point_popover (PlenaryReadingPage *self)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_parent (GTK_WIDGET (self->popover)));
  PangoRectangle pos;
  GdkRectangle rect;
  int x, y;

  gtk_label_get_layout_offsets (label, &x, &y);
  pango_layout_index_to_pos (gtk_label_get_layout (label), self->popover_index, &pos);
  rect.x = x + PANGO_PIXELS (pos.x);
  rect.y = y + PANGO_PIXELS (pos.y);
  rect.width = MAX (1, PANGO_PIXELS (pos.width));
  rect.height = MAX (1, PANGO_PIXELS (pos.height));

  if (self->making_room)
    {
      graphene_point_t at;

      if (gtk_widget_compute_point (GTK_WIDGET (self->body), GTK_WIDGET (label),
                                    &GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (self->body)), 0),
                                    &at))
        {
          rect.x = (int)at.x;
          rect.width = 1;
        }
    }
  gtk_popover_set_position (self->popover, self->making_room ? GTK_POS_RIGHT : GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (self->popover, &rect);
}

static double
label_top_in_view (PlenaryReadingPage *self,
                   GtkWidget          *label)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (label, GTK_WIDGET (self->scrolled), &GRAPHENE_POINT_INIT (0, 0), &point))
    return 0;
  return point.y;
}

/* After the text column has made room: the quote's label back where it
 * was on screen, then the card beside it. */
static gboolean
on_room_made_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  PlenaryReadingPage *self = user_data;
  GtkWidget *label;
  GtkAdjustment *adjustment;

  if (self->popover == NULL)
    {
      self->room_tick = 0;
      return G_SOURCE_REMOVE;
    }
  label = gtk_widget_get_parent (GTK_WIDGET (self->popover));
  /* Wait for the narrower layout. */
  if (gtk_widget_get_width (GTK_WIDGET (self->body)) > self->room_width + 1 && ++self->room_tries < 30)
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                        label_top_in_view (self, label) - self->room_label_top);
  point_popover (self);
  gtk_popover_popup (self->popover);
  self->room_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
open_popover (PlenaryReadingPage *self,
              GtkLabel           *label,
              PlenaryParagraph   *paragraph,
              const char         *uri)
{
  PlenaryLanguage language = label_language (self, GTK_WIDGET (label));
  g_autoptr(GPtrArray) spans = plenary_paragraph_dup_indicator_spans_for (paragraph, language);
  PlenaryIndicatorSpan *span = find_span (spans, uri);
  int page_width = gtk_widget_get_width (GTK_WIDGET (self));
  graphene_point_t body_end;
  GtkWidget *scrolled;
  GtkWidget *box;

  if (span == NULL)
    return;

  close_popover (self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  for (guint i = 0; i < span->indicators->len; i++)
    {
      if (i > 0)
        gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      GtkWidget *card = plenary_indicator_card_new (self->report,
                                                    g_ptr_array_index (span->indicators, i),
                                                    language);

      gtk_box_append (GTK_BOX (box), card);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 520);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);

  self->popover = g_object_ref_sink (GTK_POPOVER (gtk_popover_new ()));
  gtk_widget_add_css_class (GTK_WIDGET (self->popover), "indicator-popover");
  gtk_popover_set_child (self->popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (label));
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (on_popover_closed_cb), self, 0);
  self->popover_index = (int)span->start;

  /* Room for a text column and a card side by side: the text narrows to
   * make room (a pair of columns needs more). */
  if (page_width - CARD_WIDTH - 48 >= (self->side_by_side ? 2 * MIN_TEXT_WIDTH : MIN_TEXT_WIDTH))
    {
      int room = page_width - CARD_WIDTH - 48;

      self->making_room = TRUE;
      gtk_widget_add_css_class (GTK_WIDGET (self->popover), "beside");
      /* The card as wide as the room made for it: its charts reflow. */
      gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), FALSE);
      gtk_widget_set_size_request (scrolled, CARD_WIDTH - 40, -1);
      if (gtk_widget_get_margin_end (self->clamp) == 0 &&
          gtk_widget_compute_point (GTK_WIDGET (self->body), GTK_WIDGET (self),
                                    &GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (self->body)), 0),
                                    &body_end) &&
          page_width - body_end.x < CARD_WIDTH + 48)
        {
          self->room_label_top = label_top_in_view (self, GTK_WIDGET (label));
          self->room_width = room;
          self->room_tries = 0;
          /* The clamp centres its text in what is left of the page. */
          gtk_widget_set_margin_end (self->clamp, CARD_WIDTH + 48);
          if (self->room_tick == 0)
            self->room_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_room_made_cb, self, NULL);
          return;
        }
    }

  point_popover (self);
  gtk_popover_popup (self->popover);
}

gboolean
plenary_reading_page_follow_link (GtkLabel           *label,
                                  const char         *uri,
                                  PlenaryReadingPage *self)
{
  PlenaryParagraph *paragraph = g_object_get_data (G_OBJECT (label), "plenary-paragraph");
  g_auto(GStrv) ids = plenary_indicator_uri_parse (uri);

  if (ids == NULL || paragraph == NULL)
    return FALSE;

  open_popover (self, label, paragraph, uri);
  return TRUE;
}

/* The previous or next chapter or section. */
void
plenary_reading_page_navigate (PlenaryReadingPage *self,
                               const char         *node_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "s", node_id);
}

static void
clear (PlenaryReadingPage *self)
{
  GtkWidget *child;

  close_popover (self);
  stop_flash (self);
  g_clear_pointer (&self->pending_link_paragraph, g_free);
  g_clear_pointer (&self->pending_link_indicator, g_free);
  g_hash_table_remove_all (self->paragraph_widgets);
  g_hash_table_remove_all (self->english_widgets);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);
}

static void
render (PlenaryReadingPage *self)
{
  clear (self);
  plenary_reading_page_build (self);
}

static gboolean
on_scroll_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  PlenaryReadingPage *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkWidget *target = NULL;
  graphene_point_t point;
  double value = self->pending_value;

  if (self->pending_id != NULL)
    target = g_hash_table_lookup (self->paragraph_widgets, self->pending_id);

  /* Wait until the new page has been laid out. */
  if (gtk_widget_get_height (GTK_WIDGET (self->body)) == 0 ||
      (target != NULL && gtk_widget_get_height (target) == 0) ||
      gtk_adjustment_get_upper (adjustment) < gtk_widget_get_height (GTK_WIDGET (self->body)))
    {
      if (++self->pending_tries < 60)
        return G_SOURCE_CONTINUE;
    }

  if (target != NULL &&
      gtk_widget_compute_point (target, self->clamp, &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      GtkWidget *row = target;
      graphene_point_t heading;

      value = point.y - SCROLL_MARGIN;

      /* Bring the heading the paragraph is under into view as well, when
       * it is near enough to fit with the paragraph's start. */
      while (gtk_widget_get_parent (row) != NULL && gtk_widget_get_parent (row) != GTK_WIDGET (self->body))
        row = gtk_widget_get_parent (row);
      for (GtkWidget *w = gtk_widget_get_prev_sibling (row); w != NULL; w = gtk_widget_get_prev_sibling (w))
        if (gtk_widget_has_css_class (w, "reading-heading"))
          {
            if (gtk_widget_compute_point (w, self->clamp, &GRAPHENE_POINT_INIT (0, 0), &heading) &&
                point.y - heading.y < gtk_adjustment_get_page_size (adjustment) / 2)
              value = heading.y - SCROLL_MARGIN;
            break;
          }
    }

  value = CLAMP (value, gtk_adjustment_get_lower (adjustment),
                 gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, value);

  g_clear_pointer (&self->pending_id, g_free);
  self->scroll_tick = 0;

  if (self->pending_link_paragraph != NULL)
    {
      g_autofree char *paragraph_id = g_steal_pointer (&self->pending_link_paragraph);
      g_autofree char *indicator_id = g_steal_pointer (&self->pending_link_indicator);

      plenary_reading_page_activate_link (self, paragraph_id, indicator_id);
    }

  return G_SOURCE_REMOVE;
}

static void
scroll_when_laid_out (PlenaryReadingPage *self,
                      const char         *paragraph_id,
                      double              value)
{
  g_free (self->pending_id);
  self->pending_id = g_strdup (paragraph_id);
  self->pending_value = value;
  self->pending_tries = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->scrolled),
                                                      on_scroll_tick_cb, self, NULL);
}

static gboolean
on_flash_done_cb (gpointer user_data)
{
  PlenaryReadingPage *self = user_data;

  self->flash_source = 0;
  stop_flash (self);
  return G_SOURCE_REMOVE;
}

static void
flash (PlenaryReadingPage *self,
       GtkWidget          *label)
{
  stop_flash (self);
  self->flashing = label;
  gtk_widget_add_css_class (label, "flash");
  self->flash_source = g_timeout_add (FLASH_MS, on_flash_done_cb, self);
}

static void
plenary_reading_page_dispose (GObject *object)
{
  PlenaryReadingPage *self = (PlenaryReadingPage *)object;

  close_popover (self);
  stop_flash (self);
  if (self->room_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->room_tick);
  self->room_tick = 0;
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->scrolled), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_pointer (&self->paragraph_widgets, g_hash_table_unref);
  g_clear_pointer (&self->english_widgets, g_hash_table_unref);
  g_clear_pointer (&self->pending_id, g_free);
  g_clear_pointer (&self->pending_link_paragraph, g_free);
  g_clear_pointer (&self->pending_link_indicator, g_free);
  g_clear_object (&self->node);
  g_clear_object (&self->report);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_reading_page_parent_class)->dispose (object);
}

static void
show_node (PlenaryReadingPage *self,
           PlenaryOutlineNode *node)
{
  if (self->node == node)
    return;

  g_set_object (&self->node, node);
  render (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  scroll_when_laid_out (self, NULL, 0);
}

/* A new report: the session's section is already one of its nodes. */
static void
on_session_report_cb (PlenaryReadingPage *self)
{
  if (!g_set_object (&self->report, plenary_session_get_report (self->session)))
    return;
  g_set_object (&self->node, plenary_session_get_section (self->session));
  render (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
on_session_language_cb (PlenaryReadingPage *self)
{
  PlenaryLanguage language = plenary_session_get_language (self->session);
  double value;

  if (self->language == language)
    return;

  self->language = language;
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled));
  render (self);
  scroll_when_laid_out (self, NULL, value);
}

/* Side by side needs a wider measure: two columns of text. */
static void
update_measure (PlenaryReadingPage *self)
{
  adw_clamp_set_maximum_size (ADW_CLAMP (self->clamp), self->side_by_side ? 1240 : 760);
  if (self->side_by_side)
    gtk_widget_add_css_class (GTK_WIDGET (self->body), "side-by-side");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->body), "side-by-side");
}

static void
on_session_side_by_side_cb (PlenaryReadingPage *self)
{
  gboolean side_by_side = plenary_session_get_side_by_side (self->session);
  double value;

  if (self->side_by_side == side_by_side)
    return;

  self->side_by_side = side_by_side;
  update_measure (self);
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled));
  render (self);
  scroll_when_laid_out (self, NULL, value);
}

/* The page keeps the last section read while another page is shown, so
 * that coming back to it finds the reader where they were. */
static void
on_session_section_cb (PlenaryReadingPage *self)
{
  PlenaryOutlineNode *section = plenary_session_get_section (self->session);

  if (section != NULL)
    show_node (self, section);
}

static void
on_session_reveal_cb (PlenaryReadingPage *self,
                      PlenaryTarget       target,
                      const char         *id,
                      int                 match_start,
                      int                 match_end)
{
  PlenaryIndicator *indicator;
  PlenaryParagraph *paragraph;

  if (plenary_session_get_page (self->session) != PLENARY_PAGE_READING)
    return;

  switch (target)
    {
    case PLENARY_TARGET_PARAGRAPH:
      plenary_reading_page_reveal_paragraph (self, id, match_start, match_end);
      break;
    case PLENARY_TARGET_INDICATOR:
      /* Its sentence, then its card, as a click on its quote opens it. */
      indicator = plenary_report_find_indicator (self->report, id);
      paragraph = indicator != NULL ? plenary_indicator_get_paragraph (indicator) : NULL;
      if (paragraph == NULL)
        break;
      plenary_reading_page_reveal_paragraph (self, plenary_paragraph_get_id (paragraph), -1, -1);
      plenary_reading_page_activate_link (self, plenary_paragraph_get_id (paragraph), id);
      break;
    case PLENARY_TARGET_CHART:
    default:
      break;
    }
}

static void
plenary_reading_page_constructed (GObject *object)
{
  PlenaryReadingPage *self = PLENARY_READING_PAGE (object);

  G_OBJECT_CLASS (plenary_reading_page_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_language_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::section", G_CALLBACK (on_session_section_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::side-by-side",
                           G_CALLBACK (on_session_side_by_side_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "reveal", G_CALLBACK (on_session_reveal_cb),
                           self, G_CONNECT_SWAPPED);
  self->language = plenary_session_get_language (self->session);
  self->side_by_side = plenary_session_get_side_by_side (self->session);
  update_measure (self);
  on_session_report_cb (self);
}

static void
plenary_reading_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PlenaryReadingPage *self = PLENARY_READING_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_reading_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PlenaryReadingPage *self = PLENARY_READING_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_reading_page_class_init (PlenaryReadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = plenary_reading_page_constructed;
  object_class->dispose = plenary_reading_page_dispose;
  object_class->get_property = plenary_reading_page_get_property;
  object_class->set_property = plenary_reading_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "plenaryreadingpage");
}

static void follow_focus_from_keyboard_only (PlenaryReadingPage *self);

static void
plenary_reading_page_init (PlenaryReadingPage *self)
{
  self->language = plenary_language_from_locale ();
  self->paragraph_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->english_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->body = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_add_css_class (GTK_WIDGET (self->body), "reading-body");

  self->clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (self->clamp), 760);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (self->clamp), GTK_WIDGET (self->body));

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scrolled, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scrolled, self->clamp);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scrolled));
  follow_focus_from_keyboard_only (self);
}

/* A viewport scrolls to whatever takes the focus. A click on a number
 * focuses its paragraph (a selectable label, often taller than the window)
 * and the popover gives the focus back when it closes: both moved the page
 * under the reader's eyes. So the viewport follows the focus only when
 * the focus was moved with Tab, which is when it must. */
static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkViewport     *viewport)
{
  gtk_viewport_set_scroll_to_focus (viewport, FALSE);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkViewport           *viewport)
{
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab || keyval == GDK_KEY_KP_Tab)
    gtk_viewport_set_scroll_to_focus (viewport, TRUE);
  return GDK_EVENT_PROPAGATE;
}

static void
follow_focus_from_keyboard_only (PlenaryReadingPage *self)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled);
  GtkGesture *click;
  GtkEventController *keys;

  if (!GTK_IS_VIEWPORT (viewport))
    return;

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed_cb), viewport, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), viewport, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
plenary_reading_page_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_READING_PAGE, "session", session, NULL);
}

PlenaryOutlineNode *
plenary_reading_page_get_node (PlenaryReadingPage *self)
{
  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), NULL);
  return self->node;
}

GtkWidget *
plenary_reading_page_get_paragraph_widget (PlenaryReadingPage *self,
                                           const char         *paragraph_id)
{
  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), NULL);
  g_return_val_if_fail (paragraph_id != NULL, NULL);

  return g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
}

/* Scrolls a paragraph of the page into view and flashes it; a match given
 * as a byte range of the paragraph's text in the session's match language
 * is selected as well when the page shows that text. */
gboolean
plenary_reading_page_reveal_paragraph (PlenaryReadingPage *self,
                                       const char         *paragraph_id,
                                       gssize              match_start,
                                       gssize              match_end)
{
  GtkWidget *label;
  PlenaryLanguage match_language;
  PlenaryParagraph *paragraph;

  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), FALSE);
  g_return_val_if_fail (paragraph_id != NULL, FALSE);

  label = g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
  if (label == NULL)
    return FALSE;

  close_popover (self);
  scroll_when_laid_out (self, paragraph_id, 0);
  flash (self, gtk_widget_get_parent (label) != GTK_WIDGET (self->body)
                 ? gtk_widget_get_parent (label) : label);

  /* Side by side, an English match is selected in the English column. */
  match_language = self->session != NULL ? plenary_session_get_match_language (self->session)
                                         : PLENARY_LANGUAGE_ZH;
  if (match_language == PLENARY_LANGUAGE_EN && g_hash_table_contains (self->english_widgets, paragraph_id))
    label = g_hash_table_lookup (self->english_widgets, paragraph_id);

  /* The match is a range of the text in @match_language; when the label
   * shows the other language there is nothing to select it in. */
  paragraph = g_object_get_data (G_OBJECT (label), "plenary-paragraph");
  if (match_start >= 0 && match_end > match_start &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)),
                 plenary_paragraph_get_text_for (paragraph, match_language)) == 0)
    {
      const char *text = gtk_label_get_text (GTK_LABEL (label));
      gsize len = strlen (text);

      /* Focus first: a selectable label selects all of itself when it
       * takes the focus, and keeps a selection only while it has it. */
      gtk_widget_grab_focus (label);
      if ((gsize)match_end <= len)
        gtk_label_select_region (GTK_LABEL (label),
                                 g_utf8_pointer_to_offset (text, text + match_start),
                                 g_utf8_pointer_to_offset (text, text + match_end));
    }

  return TRUE;
}

/* Follows the link of an indicator in a paragraph of the page as a click
 * or Enter on it would; on a page that has just been built, as soon as it
 * has been laid out, since the popover points at the quote. */
gboolean
plenary_reading_page_activate_link (PlenaryReadingPage *self,
                                    const char         *paragraph_id,
                                    const char         *indicator_id)
{
  GtkWidget *label;
  PlenaryParagraph *paragraph;
  g_autoptr(GPtrArray) spans = NULL;
  gboolean handled = FALSE;

  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), FALSE);

  label = g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
  if (label == NULL)
    return FALSE;

  if (!gtk_widget_get_mapped (label) || gtk_widget_get_width (label) == 0)
    {
      g_free (self->pending_link_paragraph);
      g_free (self->pending_link_indicator);
      self->pending_link_paragraph = g_strdup (paragraph_id);
      self->pending_link_indicator = g_strdup (indicator_id);
      if (self->scroll_tick == 0)
        scroll_when_laid_out (self, NULL, gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled)));
      return TRUE;
    }

  paragraph = g_object_get_data (G_OBJECT (label), "plenary-paragraph");
  spans = plenary_paragraph_dup_indicator_spans_for (paragraph, label_language (self, label));
  for (guint i = 0; i < spans->len; i++)
    {
      PlenaryIndicatorSpan *span = g_ptr_array_index (spans, i);

      for (guint j = 0; j < span->indicators->len; j++)
        if (g_strcmp0 (plenary_indicator_get_id (g_ptr_array_index (span->indicators, j)),
                       indicator_id) == 0)
          {
            g_autofree char *uri = plenary_indicator_span_dup_uri (span);

            g_signal_emit_by_name (label, "activate-link", uri, &handled);
            return handled;
          }
    }

  return FALSE;
}

GtkPopover *
plenary_reading_page_get_indicator_popover (PlenaryReadingPage *self)
{
  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), NULL);
  return self->popover;
}
