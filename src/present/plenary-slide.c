/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide"

#include "plenary-slide-private.h"

G_DEFINE_BOXED_TYPE (PlenarySlide, plenary_slide, plenary_slide_ref, plenary_slide_unref)

static void
figure_free (gpointer data)
{
  PlenarySlideFigure *figure = data;

  g_free (figure->qualifier);
  g_free (figure->value);
  g_free (figure->label);
  g_free (figure->context);
  g_free (figure);
}

static void
plenary_slide_clear (gpointer data)
{
  PlenarySlide *self = data;

  g_clear_pointer (&self->kicker, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->footer, g_free);
  g_clear_object (&self->chart);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_free);
}

PlenarySlide *
plenary_slide_new (PlenarySlideKind kind,
                   PlenaryLanguage  language)
{
  PlenarySlide *self = g_atomic_rc_box_new0 (PlenarySlide);

  self->kind = kind;
  self->language = language;
  self->figures = g_ptr_array_new_with_free_func (figure_free);
  return self;
}

PlenarySlide *
plenary_slide_ref (PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
plenary_slide_unref (PlenarySlide *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, plenary_slide_clear);
}

/* A qualifier before the value ("more than", "力争") is kept apart, so
 * that a slide can set it small above a big "CNY 1 trillion"; one after
 * it (80%以上) stays with the value. */
void
plenary_slide_add_figure (PlenarySlide           *self,
                          PlenaryFormattedNumber *value,
                          const char             *label,
                          const char             *context)
{
  PlenarySlideFigure *figure = g_new0 (PlenarySlideFigure, 1);
  gboolean apart = plenary_formatted_number_has_leading_qualifier (value);

  if (apart)
    figure->qualifier = g_strdup (plenary_formatted_number_get_part (value, PLENARY_NUMBER_PART_QUALIFIER));
  figure->value = plenary_formatted_number_join (value, PLENARY_NUMBER_JOIN_NO_BREAK, !apart,
                                                 &figure->number_start, &figure->number_end);
  figure->label = g_strdup (label);
  figure->context = g_strdup (context);
  g_ptr_array_add (self->figures, figure);
}

/* A figure with no number ("No target set"): all of it at the size of a
 * unit, so that it does not read as a value. */
void
plenary_slide_add_words (PlenarySlide *self,
                         const char   *words,
                         const char   *label,
                         const char   *context)
{
  PlenarySlideFigure *figure = g_new0 (PlenarySlideFigure, 1);

  figure->value = g_strdup (words);
  figure->label = g_strdup (label);
  figure->context = g_strdup (context);
  g_ptr_array_add (self->figures, figure);
}

PlenarySlideKind
plenary_slide_get_kind (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, PLENARY_SLIDE_TITLE);
  return self->kind;
}

PlenaryLanguage
plenary_slide_get_language (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, PLENARY_LANGUAGE_ZH);
  return self->language;
}

/* Returns: the slide's main line: the report's title, a heading, the
 * chart's title, or the thanks on the end slide. */
const char *
plenary_slide_get_title (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/* Returns: (nullable) (transfer none): the chart of a chart slide */
PlenaryChartSpec *
plenary_slide_get_chart (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->chart;
}

guint
plenary_slide_get_n_figures (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->figures->len;
}

/* Returns: the presenter's notes: for a chart, each of its indicators with
 * the sentence of the report it comes from. */
const char *
plenary_slide_get_notes (const PlenarySlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes ? self->notes : "";
}
