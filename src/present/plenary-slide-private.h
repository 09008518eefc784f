/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-slide.h"
#include "plenary-number-format.h"

G_BEGIN_DECLS

/* A big number on a headline slide. */
typedef struct
{
  char *qualifier; /* "more than", "力争", or NULL */
  char *value;     /* "6.8%", "CNY 1 trillion", "1万亿元", joined without breaks */
  guint number_start, number_end; /* the figure's bytes in value, from the formatter */
  char *label;     /* what was measured */
  char *context;  /* the change and the period, "up 2% · 2019" */
} PlenarySlideFigure;

struct _PlenarySlide
{
  PlenarySlideKind  kind;
  PlenaryLanguage   language;
  char             *kicker;     /* a small line above the title */
  char             *title;
  char             *subtitle;
  char             *detail;
  char             *footer;     /* the source line */
  PlenaryChartSpec *chart;
  GPtrArray        *figures;    /* of PlenarySlideFigure */
  char             *notes;      /* for the presenter, never shown to the room */
};

PlenarySlide *plenary_slide_new        (PlenarySlideKind  kind,
                                        PlenaryLanguage   language);
void          plenary_slide_add_figure (PlenarySlide           *self,
                                        PlenaryFormattedNumber *value,
                                        const char             *label,
                                        const char             *context);
void          plenary_slide_add_words  (PlenarySlide           *self,
                                        const char             *words,
                                        const char             *label,
                                        const char             *context);

G_END_DECLS
