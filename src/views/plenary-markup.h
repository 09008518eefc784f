/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "plenary-indicator.h"
#include "plenary-paragraph.h"

G_BEGIN_DECLS

#define PLENARY_INDICATOR_URI_SCHEME "plenary-indicator:"

/* A stretch of a paragraph that quotes one or more indicators; quotes that
 * overlap are merged so that every character belongs to at most one link. */
typedef struct
{
  gsize      start;
  gsize      end;
  GPtrArray *indicators;
} PlenaryIndicatorSpan;

GPtrArray  *plenary_paragraph_dup_indicator_spans (PlenaryParagraph           *paragraph);
GPtrArray  *plenary_paragraph_dup_indicator_spans_for (PlenaryParagraph       *paragraph,
                                                       PlenaryLanguage         language);
char       *plenary_indicator_span_dup_uri        (const PlenaryIndicatorSpan *span);
char      **plenary_indicator_uri_parse           (const char                 *uri);
char       *plenary_paragraph_dup_markup          (PlenaryParagraph           *paragraph,
                                                   PlenaryLanguage             language);
char       *plenary_value_dup_markup              (PlenaryFormattedNumber     *value);
char       *plenary_change_dup_text               (PlenaryIndicator           *change,
                                                   PlenaryLanguage             language);

G_END_DECLS
