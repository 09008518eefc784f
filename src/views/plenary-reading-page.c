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

static void
open_popover (PlenaryReadingPage *self,
              GtkLabel           *label,
              PlenaryParagraph   *paragraph,
              const char         *uri)
{
  g_autoptr(GPtrArray) spans = plenary_paragraph_dup_indicator_spans_for (paragraph, self->language);
  PlenaryIndicatorSpan *span = find_span (spans, uri);
  GtkWidget *scrolled;
  GtkWidget *box;
  PangoRectangle pos;
  GdkRectangle rect;
  int x, y;

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
                                                    self->language);

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
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (label));

  /* Point at the quote itself, which also places the popover right when
   * the link was activated from the keyboard. */
  gtk_label_get_layout_offsets (label, &x, &y);
  pango_layout_index_to_pos (gtk_label_get_layout (label), (int)span->start, &pos);
  rect.x = x + PANGO_PIXELS (pos.x);
  rect.y = y + PANGO_PIXELS (pos.y);
  rect.width = MAX (1, PANGO_PIXELS (pos.width));
  rect.height = MAX (1, PANGO_PIXELS (pos.height));
  gtk_popover_set_pointing_to (self->popover, &rect);

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
    value = point.y - SCROLL_MARGIN;

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
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->scrolled), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_pointer (&self->paragraph_widgets, g_hash_table_unref);
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
  g_signal_connect_object (self->session, "reveal", G_CALLBACK (on_session_reveal_cb),
                           self, G_CONNECT_SWAPPED);
  self->language = plenary_session_get_language (self->session);
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

static void
plenary_reading_page_init (PlenaryReadingPage *self)
{
  self->language = plenary_language_from_locale ();
  self->paragraph_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
 * as a byte range of the paragraph's (Chinese) text is selected as well
 * when the page shows that text. */
gboolean
plenary_reading_page_reveal_paragraph (PlenaryReadingPage *self,
                                       const char         *paragraph_id,
                                       gssize              match_start,
                                       gssize              match_end)
{
  GtkWidget *label;

  g_return_val_if_fail (PLENARY_IS_READING_PAGE (self), FALSE);
  g_return_val_if_fail (paragraph_id != NULL, FALSE);

  label = g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
  if (label == NULL)
    return FALSE;

  close_popover (self);
  scroll_when_laid_out (self, paragraph_id, 0);
  flash (self, label);

  /* The match is a range of the Chinese text; when the label shows the
   * English translation there is nothing to select it in. */
  if (match_start >= 0 && match_end > match_start &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)),
                 plenary_paragraph_get_text (g_object_get_data (G_OBJECT (label), "plenary-paragraph"))) == 0)
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
  spans = plenary_paragraph_dup_indicator_spans_for (paragraph, self->language);
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
