/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-figures"

#include <string.h>

#include "plenary-slide-painter.h"

/* Headline slides: three or four figures in panels, each with its number
 * large, what it counts, and its change and period.  All the numbers on a
 * slide share one size, the largest at which every one fits, so that no
 * figure looks more important than its neighbours. */

/* How a value is set, tried in this order at each size. */
typedef enum {
  FORM_INLINE,          /* "more than CNY 1 trillion" on one line */
  FORM_QUALIFIER_ABOVE, /* "more than" over "CNY 1 trillion" */
  FORM_SPLIT,           /* "more than" over "CNY 1" over "trillion": only
                         * when no size fits the unit on the number's
                         * baseline, on one line */
  N_FORMS
} FigureForm;

typedef struct
{
  const PlenarySlideFigure *figure;
  gboolean                  beside;   /* the words right of the number, not under it */
  PangoLayout              *qualifier;
  PangoLayout              *label;
  PangoLayout              *context;
  FigureForm                form;
} Figure;

#define PAD_X        0.045  /* inside a panel, left of the text */
#define PAD_Y        0.03   /* above and below the text */
#define GAP          0.028  /* between the number and its label */
#define MIN_FRACTION 0.045  /* the smallest number: still above a title */
#define MAX_FRACTION 0.17

/* Returns: (nullable): the text of @figure's value set in @form, or %NULL
 * if the form is no different from an earlier one. */
static char *
dup_form_text (const PlenarySlideFigure *figure,
               FigureForm                form,
               PlenaryLanguage           language,
               guint                    *start,
               guint                    *end)
{
  *start = figure->number_start;
  *end = figure->number_end;

  switch (form)
    {
    case FORM_INLINE:
      if (figure->qualifier == NULL)
        return g_strdup (figure->value);
      {
        char *text = g_strconcat (figure->qualifier, language == PLENARY_LANGUAGE_EN ? "\u00a0" : "\u2060",
                                  figure->value, NULL);
        guint shift = (guint) (strlen (text) - strlen (figure->value));

        *start += shift;
        *end += shift;
        return text;
      }

    case FORM_QUALIFIER_ABOVE:
      return figure->qualifier ? g_strdup (figure->value) : NULL;

    case FORM_SPLIT:
      if (figure->number_end >= strlen (figure->value))
        return NULL;
      {
        /* The words after the figure go to a line of their own, without
         * the no-break space or word joiner that held them to it; there,
         * a long unit ("thousand base stations") may wrap between its
         * words. */
        const char *tail = figure->value + figure->number_end;
        g_auto(GStrv) words = NULL;
        g_autofree char *spaced = NULL;

        while (g_str_has_prefix (tail, "\u00a0") || g_str_has_prefix (tail, "\u2060"))
          tail = g_utf8_next_char (tail);
        words = g_strsplit (tail, "\u00a0", -1);
        spaced = g_strjoinv (" ", words);
        return g_strdup_printf ("%.*s\n%s", (int) figure->number_end, figure->value, spaced);
      }

    case N_FORMS:
    default:
      g_assert_not_reached ();
    }
}

/* A value as a reader says it: the number at @fraction, its unit and
 * qualifier at less than half that, as the charts' big numbers have it. */
static PangoLayout *
value_new (PlenarySlidePainter *p,
           const char          *value,
           guint                start,
           guint                end,
           double               fraction,
           double               width)
{
  PangoLayout *layout = plenary_slide_painter_text (p, value, MAX (fraction * 0.45, 0.04), TRUE, width,
                                                    strchr (value, '\n') ? 3 : 1, PANGO_ALIGN_LEFT);
  PangoAttrList *attrs = pango_layout_get_attributes (layout)
                         ? pango_attr_list_copy (pango_layout_get_attributes (layout))
                         : pango_attr_list_new ();

  if (end > start)
    {
      PangoAttribute *attr = pango_attr_size_new_absolute ((int)(fraction * p->unit * PANGO_SCALE));

      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* The ink of a big number, without the room Pango leaves above and
 * below a line for accents and descenders. */
static void
ink_extent (PangoLayout *layout,
            double      *top,
            double      *height)
{
  PangoRectangle ink;

  pango_layout_get_extents (layout, &ink, NULL);
  *top = (double)ink.y / PANGO_SCALE;
  *height = (double)ink.height / PANGO_SCALE;
}

/* The height of the words that share a column with the number. */
static double
words_height (PlenarySlidePainter *p,
              Figure              *figure,
              FigureForm           form)
{
  double height = 0;

  if (!figure->beside)
    height += plenary_slide_painter_text_height (figure->label)
              + plenary_slide_painter_text_height (figure->context) + GAP * p->unit;
  if (form != FORM_INLINE && figure->qualifier != NULL)
    height += plenary_slide_painter_text_height (figure->qualifier) + 0.3 * GAP * p->unit;
  return height;
}

/* Whether @figure set in @form at @fraction fits a panel's text area. */
/* The figure (and what precedes it) on the first line, whole; in the
 * split form the unit after it may take two lines of its own. */
static gboolean
number_on_one_line (PangoLayout *layout,
                    const char  *text,
                    int          unit_lines)
{
  const char *newline = strchr (text, '\n');
  PangoLayoutLine *second;

  if (newline == NULL)
    return pango_layout_get_line_count (layout) == 1;
  second = pango_layout_get_line_readonly (layout, 1);
  return second != NULL && second->start_index == (int) (newline - text) + 1
         && pango_layout_get_line_count (layout) <= 1 + unit_lines;
}

static gboolean
form_fits (PlenarySlidePainter *p,
           Figure              *figure,
           FigureForm           form,
           PlenaryLanguage      language,
           double               fraction,
           double               width,
           double               height,
           int                  unit_lines)
{
  guint start, end;
  g_autofree char *text = dup_form_text (figure->figure, form, language, &start, &end);
  g_autoptr(PangoLayout) layout = NULL;
  double top, ink_height;

  if (text == NULL)
    return FALSE;

  layout = value_new (p, text, start, end, fraction, width);
  ink_extent (layout, &top, &ink_height);

  /* A number broken over two lines would read as two numbers. */
  return !pango_layout_is_ellipsized (layout)
         && number_on_one_line (layout, text, unit_lines)
         && ink_height + words_height (p, figure, form) <= height;
}

/* Chooses the one size of the slide's numbers and each figure's form. */
static double
fit_figures (PlenarySlidePainter *p,
             Figure              *figures,
             guint                n,
             PlenaryLanguage      language,
             double               width,
             double               height)
{
  /* The unit on its number's baseline, one line, at whatever size that
   * takes; only if none fits, the unit on a line of its own under the
   * number, and then a long one ("thousand base stations") may take two,
   * rather than cut the value short. */
  for (guint pass = 0; pass < 3; pass++)
    {
      FigureForm last = pass == 0 ? FORM_SPLIT : N_FORMS;
      int unit_lines = MAX (1, (int) pass);

      for (double fraction = MAX_FRACTION; fraction >= MIN_FRACTION; fraction *= 0.95)
        {
          gboolean all_fit = TRUE;

          for (guint i = 0; i < n && all_fit; i++)
            {
              figures[i].form = N_FORMS;
              for (FigureForm form = FORM_INLINE; form < last && figures[i].form == N_FORMS; form++)
                if (form_fits (p, &figures[i], form, language, fraction, width, height, unit_lines))
                  figures[i].form = form;
              all_fit = figures[i].form != N_FORMS;
            }
          if (all_fit)
            return fraction;
        }
    }

  /* Nothing fits (a tiny preview or a very long value): the smallest size,
   * one line, and an ellipsis where it must. */
  for (guint i = 0; i < n; i++)
    figures[i].form = FORM_INLINE;
  return MIN_FRACTION;
}

static void
draw_figure (PlenarySlidePainter *p,
             Figure              *figure,
             PlenaryLanguage      language,
             double               fraction,
             double               x,
             double               y,
             double               width,
             double               height,
             double               value_width)
{
  double pad = PAD_X * p->unit, gap = GAP * p->unit;
  guint start, end;
  g_autofree char *text = dup_form_text (figure->figure, figure->form, language, &start, &end);
  g_autoptr(PangoLayout) value = value_new (p, text, start, end, fraction, value_width);
  double ink_top, ink_height, ty, words_x = x + pad;

  plenary_slide_painter_fill_rect (p, x, y, width, height, 0.018 * p->unit, &p->theme->panel);
  plenary_slide_painter_fill_rect (p, x, y, 0.012 * p->unit, height, 0.006 * p->unit,
                                   &p->theme->accent);

  ink_extent (value, &ink_top, &ink_height);
  ty = y + MAX (0, (height - ink_height - words_height (p, figure, figure->form)) / 2);

  if (figure->form != FORM_INLINE && figure->qualifier != NULL)
    {
      plenary_slide_painter_show (p, figure->qualifier, x + pad, ty, &p->theme->secondary);
      ty += plenary_slide_painter_text_height (figure->qualifier) + 0.3 * gap;
    }
  plenary_slide_painter_show (p, value, x + pad, ty - ink_top, &p->theme->foreground);
  ty += ink_height + gap;

  if (figure->beside)
    {
      words_x = x + pad + value_width + gap;
      ty = y + (height - plenary_slide_painter_text_height (figure->label)
                - plenary_slide_painter_text_height (figure->context)) / 2;
    }
  plenary_slide_painter_show (p, figure->label, words_x, ty, &p->theme->foreground);
  ty += plenary_slide_painter_text_height (figure->label);
  plenary_slide_painter_show (p, figure->context, words_x, ty, &p->theme->secondary);
}

/* On a wide screen, three figures side by side, and four in two rows of
 * two, so that long values such as "73.386 million trips" keep a large
 * size.  On a 4:3 screen, four in two rows of two, and up to three in rows
 * of one with their words beside the number. */
void
plenary_slide_painter_draw_headlines (PlenarySlidePainter *p,
                                      const PlenarySlide  *slide)
{
  guint n = slide->figures->len;
  gboolean wide = p->width / p->unit >= 1.55;
  gboolean beside = !wide && n <= 3;
  guint columns = beside ? 1 : n == 4 ? 2 : MAX (n, 1);
  guint rows = (n + columns - 1) / columns;
  double gap = 0.035 * p->unit;
  double top = plenary_slide_painter_heading (p, slide);
  double area_height = plenary_slide_painter_footer (p, slide) - top;
  double cell_width, cell_height, inner, value_width, words_width, fraction;
  g_autofree Figure *figures = NULL;

  if (n == 0)
    return;

  cell_width = (p->width - 2 * p->left - gap * (columns - 1)) / columns;
  cell_height = MIN ((area_height - gap * (rows - 1)) / rows, 0.5 * p->unit);
  inner = cell_width - PAD_X * p->unit - 0.035 * p->unit;
  value_width = beside ? inner * 0.52 : inner;
  words_width = beside ? inner - value_width - GAP * p->unit : inner;
  figures = g_new0 (Figure, n);

  for (guint i = 0; i < n; i++)
    {
      const PlenarySlideFigure *figure = g_ptr_array_index (slide->figures, i);

      figures[i].figure = figure;
      figures[i].beside = beside;
      if (figure->qualifier != NULL)
        figures[i].qualifier = plenary_slide_painter_text (p, figure->qualifier, 0.036, FALSE,
                                                           value_width, 1, PANGO_ALIGN_LEFT);
      figures[i].label = plenary_slide_painter_text (p, figure->label, 0.036, FALSE, words_width, 2,
                                                     PANGO_ALIGN_LEFT);
      figures[i].context = plenary_slide_painter_text (p, figure->context, PLENARY_SLIDE_TEXT_FRACTION,
                                                       FALSE, words_width, 1, PANGO_ALIGN_LEFT);
    }

  fraction = fit_figures (p, figures, n, slide->language, value_width,
                          cell_height - 2 * PAD_Y * p->unit);

  for (guint i = 0; i < n; i++)
    {
      draw_figure (p, &figures[i], slide->language, fraction,
                   p->left + (i % columns) * (cell_width + gap),
                   top + (i / columns) * (cell_height + gap),
                   cell_width, cell_height, value_width);
      g_clear_object (&figures[i].qualifier);
      g_clear_object (&figures[i].label);
      g_clear_object (&figures[i].context);
    }
}
