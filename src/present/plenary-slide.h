/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-chart-spec.h"
#include "plenary-language.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_SLIDE_TITLE,      /* the report's title, occasion and presenter */
  PLENARY_SLIDE_SECTION,    /* a chapter or section heading */
  PLENARY_SLIDE_HEADLINES,  /* three or four headline figures */
  PLENARY_SLIDE_CHART,      /* one chart with its title and source line */
  PLENARY_SLIDE_END,        /* thanks, and the report's short title */
  PLENARY_SLIDE_TARGETS,    /* the plan year's targets beside the review year's results */
} PlenarySlideKind;

/* One slide, with every text it shows already in its content language, so
 * that drawing it needs neither the report nor a widget. */
typedef struct _PlenarySlide PlenarySlide;

#define PLENARY_TYPE_SLIDE (plenary_slide_get_type ())

GType             plenary_slide_get_type      (void) G_GNUC_CONST;
PlenarySlide     *plenary_slide_ref           (PlenarySlide       *self);
void              plenary_slide_unref         (PlenarySlide       *self);
PlenarySlideKind  plenary_slide_get_kind      (const PlenarySlide *self);
PlenaryLanguage   plenary_slide_get_language  (const PlenarySlide *self);
const char       *plenary_slide_get_title     (const PlenarySlide *self);
PlenaryChartSpec *plenary_slide_get_chart     (const PlenarySlide *self);
guint             plenary_slide_get_n_figures (const PlenarySlide *self);
const char       *plenary_slide_get_notes     (const PlenarySlide *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenarySlide, plenary_slide_unref)

G_END_DECLS
