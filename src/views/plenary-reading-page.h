/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_READING_PAGE (plenary_reading_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryReadingPage, plenary_reading_page, PLENARY, READING_PAGE, AdwBin)

GtkWidget          *plenary_reading_page_new                   (PlenarySession     *session);
PlenaryOutlineNode *plenary_reading_page_get_node              (PlenaryReadingPage *self);
GtkWidget          *plenary_reading_page_get_paragraph_widget  (PlenaryReadingPage *self,
                                                                const char         *paragraph_id);
gboolean            plenary_reading_page_reveal_paragraph      (PlenaryReadingPage *self,
                                                                const char         *paragraph_id,
                                                                gssize              match_start,
                                                                gssize              match_end);
gboolean            plenary_reading_page_activate_link         (PlenaryReadingPage *self,
                                                                const char         *paragraph_id,
                                                                const char         *indicator_id);
GtkPopover         *plenary_reading_page_get_indicator_popover (PlenaryReadingPage *self);

G_END_DECLS
