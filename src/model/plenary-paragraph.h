/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-language.h"

G_BEGIN_DECLS

typedef struct _PlenaryIndicator PlenaryIndicator;
typedef struct _PlenaryOutlineNode PlenaryOutlineNode;

#define PLENARY_TYPE_PARAGRAPH (plenary_paragraph_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryParagraph, plenary_paragraph, PLENARY, PARAGRAPH, GObject)

PlenaryParagraph   *plenary_paragraph_new            (const char         *id,
                                                      const char         *text);
PlenaryParagraph   *plenary_paragraph_new_translated (const char         *id,
                                                      const char         *text,
                                                      const char         *text_en);
const char         *plenary_paragraph_get_id         (PlenaryParagraph   *self);
const char         *plenary_paragraph_get_text       (PlenaryParagraph   *self);
const char         *plenary_paragraph_get_text_en    (PlenaryParagraph   *self);
const char         *plenary_paragraph_get_text_for   (PlenaryParagraph   *self,
                                                      PlenaryLanguage     language);
PlenaryOutlineNode *plenary_paragraph_get_node       (PlenaryParagraph   *self);
void                plenary_paragraph_set_node       (PlenaryParagraph   *self,
                                                      PlenaryOutlineNode *node);
GPtrArray          *plenary_paragraph_get_indicators (PlenaryParagraph   *self);
void                plenary_paragraph_add_indicator  (PlenaryParagraph   *self,
                                                      PlenaryIndicator   *indicator);

G_END_DECLS
