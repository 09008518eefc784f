/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-reading-page.h"

G_BEGIN_DECLS

/* Shared by plenary-reading-page.c (state, links, scrolling) and
 * plenary-reading-page-build.c (turning a chapter or section into
 * widgets). */
struct _PlenaryReadingPage
{
  AdwBin              parent_instance;
  PlenarySession     *session;
  PlenaryReport      *report;
  PlenaryLanguage     language;
  gboolean            side_by_side;
  PlenaryOutlineNode *node;

  GtkScrolledWindow  *scrolled;
  GtkWidget          *clamp;
  GtkBox             *body;
  GHashTable         *paragraph_widgets;
  /* Side by side, the English label of each paragraph; paragraph_widgets
   * holds the Chinese. */
  GHashTable         *english_widgets;
  GtkPopover         *popover;
  int                 popover_index;

  /* The text column narrowed to make room for the card beside it. */
  gboolean            making_room;
  int                 room_width;
  double              room_label_top;
  guint               room_tries;
  guint               room_tick;

  /* A paragraph to bring into view once the page has been laid out. */
  char               *pending_id;
  gssize              pending_start;
  gssize              pending_end;
  double              pending_value;
  guint               pending_tries;
  guint               scroll_tick;

  /* An indicator link to follow once its paragraph has been laid out. */
  char               *pending_link_paragraph;
  char               *pending_link_indicator;

  GtkWidget          *flashing;
  guint               flash_source;
};

void     plenary_reading_page_build       (PlenaryReadingPage *self);
void     plenary_reading_page_navigate    (PlenaryReadingPage *self,
                                           const char         *node_id);
gboolean plenary_reading_page_follow_link (GtkLabel           *label,
                                           const char         *uri,
                                           PlenaryReadingPage *self);

G_END_DECLS
