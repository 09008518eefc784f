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
  NAVIGATE,
  SHOW_PARAGRAPH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stop_flash (PlenaryReadingPage *self)
{
  g_clear_handle_id (&self->flash_source, g_source_remove);
  if (self->flashing != NULL)
    gtk_widget_remove_css_class (self->flashing, "flash");
  self->flashing = NULL;
}

static void
close_popover (PlenaryReadingPage *self)
{
  if (self->popover == NULL)
    return;

  gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);
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

typedef struct
{
  PlenaryReadingPage *self;
  char               *paragraph_id;
} PendingParagraph;

static void
pending_paragraph_free (gpointer data)
{
  PendingParagraph *pending = data;

  g_object_unref (pending->self);
  g_free (pending->paragraph_id);
  g_free (pending);
}

static gboolean
emit_show_paragraph_idle_cb (gpointer user_data)
{
  PendingParagraph *pending = user_data;

  g_signal_emit (pending->self, signals[SHOW_PARAGRAPH], 0, pending->paragraph_id);
  return G_SOURCE_REMOVE;
}

/* The request comes from inside the popover, which showing the paragraph
 * destroys; it is passed on once the popover's handlers have returned. */
static void
on_card_show_paragraph_cb (PlenaryReadingPage *self,
                           const char         *paragraph_id)
{
  PendingParagraph *pending = g_new0 (PendingParagraph, 1);

  pending->self = g_object_ref (self);
  pending->paragraph_id = g_strdup (paragraph_id);
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, emit_show_paragraph_idle_cb,
                   pending, pending_paragraph_free);
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

      g_signal_connect_swapped (card, "show-paragraph", G_CALLBACK (on_card_show_paragraph_cb), self);
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

void
plenary_reading_page_navigate (PlenaryReadingPage *self,
                               const char         *node_id)
{
  g_signal_emit (self, signals[NAVIGATE], 0, node_id);
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

  G_OBJECT_CLASS (plenary_reading_page_parent_class)->dispose (object);
}

static void
plenary_reading_page_class_init (PlenaryReadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_reading_page_dispose;

  /* The reader asked for the previous or next chapter or section. */
  signals[NAVIGATE] =
    g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A chart's source link asks for a paragraph, maybe on another page. */
  signals[SHOW_PARAGRAPH] =
    g_signal_new ("show-paragraph", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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
plenary_reading_page_new (void)
{
  return g_object_new (PLENARY_TYPE_READING_PAGE, NULL);
}

void
plenary_reading_page_set_report (PlenaryReadingPage *self,
                                 PlenaryReport      *report)
{
  g_return_if_fail (PLENARY_IS_READING_PAGE (self));
  g_return_if_fail (report == NULL || PLENARY_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  g_clear_object (&self->node);
  render (self);
}

void
plenary_reading_page_set_language (PlenaryReadingPage *self,
                                   PlenaryLanguage     language)
{
  double value;

  g_return_if_fail (PLENARY_IS_READING_PAGE (self));

  if (self->language == language)
    return;

  self->language = language;
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled));
  render (self);
  scroll_when_laid_out (self, NULL, value);
}

void
plenary_reading_page_show_node (PlenaryReadingPage *self,
                                PlenaryOutlineNode *node)
{
  g_return_if_fail (PLENARY_IS_READING_PAGE (self));
  g_return_if_fail (node == NULL || PLENARY_IS_OUTLINE_NODE (node));

  if (self->node == node)
    return;

  g_set_object (&self->node, node);
  render (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  scroll_when_laid_out (self, NULL, 0);
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
