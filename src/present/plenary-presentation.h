/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-report.h"
#include "plenary-slide-list.h"
#include "plenary-slideshow.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_PRESENTATION (plenary_presentation_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryPresentation, plenary_presentation, PLENARY, PRESENTATION, GObject)

PlenaryPresentation *plenary_presentation_start                (GtkWindow           *parent,
                                                                PlenaryReport       *report,
                                                                PlenaryLanguage      language,
                                                                PlenaryOutlineNode  *node,
                                                                PlenaryChartSpec    *start_chart);
PlenaryPresentation *plenary_presentation_start_slides         (GtkWindow           *parent,
                                                                GPtrArray           *slides,
                                                                guint                start_index);
void                 plenary_presentation_stop                 (PlenaryPresentation *self);
gboolean             plenary_presentation_get_running          (PlenaryPresentation *self);
PlenarySlideshow    *plenary_presentation_get_slideshow        (PlenaryPresentation *self);
GtkWindow           *plenary_presentation_get_slides_window    (PlenaryPresentation *self);
GtkWindow           *plenary_presentation_get_presenter_window (PlenaryPresentation *self);

PlenaryDeckKind      plenary_presentation_get_saved_deck       (void);
PlenaryPresentation *plenary_presentation_start_deck           (GtkWindow           *parent,
                                                                PlenaryReport       *report,
                                                                PlenaryLanguage      language,
                                                                PlenaryDeckKind      deck,
                                                                PlenaryChartSpec    *start_chart);

void                 plenary_presentation_export_pdf           (GtkWidget           *parent,
                                                                PlenaryReport       *report,
                                                                PlenaryLanguage      language,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
GFile               *plenary_presentation_export_pdf_finish    (GAsyncResult        *result,
                                                                GError             **error);

G_END_DECLS
