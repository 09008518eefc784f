/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-language.h"
#include "plenary-paragraph.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_OUTLINE_CHAPTER,
  PLENARY_OUTLINE_SECTION,
  PLENARY_OUTLINE_ITEM,
} PlenaryOutlineKind;

#define PLENARY_TYPE_OUTLINE_NODE (plenary_outline_node_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryOutlineNode, plenary_outline_node, PLENARY, OUTLINE_NODE, GObject)

PlenaryOutlineNode *plenary_outline_node_new            (PlenaryOutlineKind  kind,
                                                         const char         *id,
                                                         const char         *number,
                                                         guint               position,
                                                         const char         *title_zh,
                                                         const char         *title_en);
PlenaryOutlineKind  plenary_outline_node_get_kind       (PlenaryOutlineNode *self);
const char         *plenary_outline_node_get_id         (PlenaryOutlineNode *self);
const char         *plenary_outline_node_get_number     (PlenaryOutlineNode *self);
guint               plenary_outline_node_get_position   (PlenaryOutlineNode *self);
const char         *plenary_outline_node_get_title      (PlenaryOutlineNode *self,
                                                         PlenaryLanguage     language);
PlenaryOutlineNode *plenary_outline_node_get_parent     (PlenaryOutlineNode *self);
GListModel         *plenary_outline_node_get_children   (PlenaryOutlineNode *self);
GListModel         *plenary_outline_node_get_paragraphs (PlenaryOutlineNode *self);
void                plenary_outline_node_add_child      (PlenaryOutlineNode *self,
                                                         PlenaryOutlineNode *child);
void                plenary_outline_node_add_paragraph  (PlenaryOutlineNode *self,
                                                         PlenaryParagraph   *paragraph);
gboolean            plenary_outline_node_contains       (PlenaryOutlineNode *self,
                                                         PlenaryOutlineNode *other);
char               *plenary_outline_node_dup_reference  (PlenaryOutlineNode *self,
                                                         PlenaryLanguage     language);
char               *plenary_outline_node_dup_heading    (PlenaryOutlineNode *self,
                                                         PlenaryLanguage     language);

G_END_DECLS
