/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-slide-list"

#include <math.h>
#include <string.h>

#include "plenary-content-strings.h"
#include "plenary-number-format.h"
#include "plenary-slide-list.h"
#include "plenary-slide-private.h"
#include "plenary-slide-list-private.h"

/* Builds the slides of a presentation from a report.  Texts on the slides
 * are content, in the report's language, not interface strings: a talk in
 * Chinese keeps its "谢谢" even on an English desktop. They come from the
 * content strings' table. */

PlenarySlide *
plenary_slide_list_title_new (PlenaryReport   *report,
                 PlenaryLanguage  language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_TITLE, language);
  const char *occasion = plenary_report_get_text (report, PLENARY_REPORT_FIELD_OCCASION, language);
  const char *presenter = plenary_report_get_text (report, PLENARY_REPORT_FIELD_PRESENTER, language);

  slide->kicker = g_strdup (plenary_report_get_text (report, PLENARY_REPORT_FIELD_REGION, language));
  slide->title = g_strdup (plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, language));
  slide->subtitle = g_strdup (occasion);
  slide->detail = g_strdup (presenter);
  slide->notes = g_strjoin ("\n\n", occasion ? occasion : "", presenter ? presenter : "", NULL);
  return slide;
}

PlenarySlide *
plenary_slide_list_end_new (PlenaryReport   *report,
               PlenaryLanguage  language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_END, language);

  slide->title = g_strdup (plenary_content_get (language, PLENARY_CONTENT_THANK_YOU));
  slide->subtitle = g_strdup (plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE,
                                                       language));
  slide->detail = g_strdup (plenary_report_get_text (report, PLENARY_REPORT_FIELD_SOURCE, language));
  return slide;
}

/* A heading as a slide shows it: the source's sections end in a full
 * stop, which a heading on a slide does not. */
static char *
dup_heading (PlenaryOutlineNode *node,
             PlenaryLanguage     language)
{
  char *heading = plenary_outline_node_dup_heading (node, language);

  if (heading != NULL && g_str_has_suffix (heading, "。"))
    heading[strlen (heading) - strlen ("。")] = '\0';
  return heading;
}

static PlenarySlide *
section_slide_new (PlenaryReport      *report,
                   PlenaryOutlineNode *node,
                   GPtrArray          *charts,
                   PlenaryLanguage     language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_SECTION, language);
  g_autoptr(GString) notes = g_string_new (NULL);

  slide->kicker = g_strdup (plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE,
                                                     language));
  slide->title = dup_heading (node, language);

  /* The presenter sees what is coming in this part of the talk. */
  for (guint i = 0; i < charts->len; i++)
    {
      PlenaryChartSpec *chart = g_ptr_array_index (charts, i);

      if (plenary_outline_node_contains (node, plenary_chart_spec_get_section (chart)))
        g_string_append_printf (notes, "%s• %s", notes->len ? "\n" : "",
                                plenary_chart_spec_get_title (chart, language));
    }
  slide->notes = g_string_free (g_steal_pointer (&notes), FALSE);
  return slide;
}

void
plenary_slide_list_append_note (GString          *notes,
                       PlenaryIndicator *indicator,
                       PlenaryLanguage   language)
{
  g_autofree char *display = plenary_indicator_dup_display (indicator, language);
  g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);

  if (notes->len > 0)
    g_string_append (notes, "\n\n");
  g_string_append_printf (notes, "%s — %s (%s)\n“%s”",
                          plenary_indicator_get_label (indicator, language), display, period,
                          plenary_indicator_get_quote_for (indicator, language));
}

static char *
dup_change (PlenaryIndicator *change,
            PlenaryLanguage   language)
{
  double value = plenary_indicator_get_value (change);
  g_autofree char *magnitude = plenary_format_value (fabs (value), plenary_indicator_get_unit (change),
                                                     language);

  return plenary_content_format (language, value < 0 ? PLENARY_CONTENT_CHANGE_DOWN : PLENARY_CONTENT_CHANGE_UP,
                                 magnitude, NULL);
}

static PlenarySlide *
headline_slide_new (PlenaryReport   *report,
                    GPtrArray       *headlines,
                    guint            first,
                    guint            count,
                    PlenaryLanguage  language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_HEADLINES, language);
  g_autoptr(GString) notes = g_string_new (NULL);

  slide->title = g_strdup (plenary_content_get (language, PLENARY_CONTENT_HEADLINE_FIGURES));
  slide->footer = plenary_content_format (language, PLENARY_CONTENT_SOURCE,
                                          plenary_report_get_text (report, PLENARY_REPORT_FIELD_SOURCE, language),
                                          NULL);

  for (guint i = first; i < first + count; i++)
    {
      PlenaryHeadline *headline = g_ptr_array_index (headlines, i);
      g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (headline->indicator,
                                                                          PLENARY_NUMBER_SCALE_SOURCE, language);
      g_autofree char *period = plenary_indicator_dup_period_label (headline->indicator, language);
      g_autofree char *context = NULL;

      if (headline->change != NULL)
        {
          g_autofree char *change = dup_change (headline->change, language);
          context = g_strdup_printf ("%s · %s", change, period);
        }
      else
        context = g_strdup (period);

      plenary_slide_add_figure (slide, value,
                                plenary_indicator_get_label (headline->indicator, language),
                                context);
      plenary_slide_list_append_note (notes, headline->indicator, language);
      if (headline->change != NULL)
        plenary_slide_list_append_note (notes, headline->change, language);
    }

  slide->notes = g_string_free (g_steal_pointer (&notes), FALSE);
  return slide;
}

/* Ten headlines make slides of 4, 3 and 3 rather than 4, 4 and 2, so that no
 * slide looks like a leftover. */
void
plenary_slide_list_add_headlines (GPtrArray       *slides,
                     PlenaryReport   *report,
                     PlenaryLanguage  language)
{
  GPtrArray *headlines = plenary_report_get_headlines (report);
  guint n = headlines ? headlines->len : 0;
  guint n_slides, first = 0;

  if (n == 0)
    return;

  n_slides = (n + PLENARY_SLIDE_LIST_MAX_FIGURES - 1) / PLENARY_SLIDE_LIST_MAX_FIGURES;
  for (guint i = 0; i < n_slides; i++)
    {
      guint count = n / n_slides + (i < n % n_slides ? 1 : 0);

      g_ptr_array_add (slides, headline_slide_new (report, headlines, first, count, language));
      first += count;
    }
}

static PlenarySlide *
chart_slide_new (PlenaryReport    *report,
                 PlenaryChartSpec *chart,
                 PlenaryLanguage   language)
{
  PlenarySlide *slide = plenary_slide_new (PLENARY_SLIDE_CHART, language);
  PlenaryOutlineNode *section = plenary_chart_spec_get_section (chart);
  GPtrArray *indicators = plenary_chart_spec_get_indicators (chart);
  g_autoptr(GString) notes = g_string_new (NULL);

  slide->chart = g_object_ref (chart);
  slide->title = g_strdup (plenary_chart_spec_get_title (chart, language));
  /* The chart draws its own source line. */
  if (section != NULL)
    slide->kicker = dup_heading (section, language);

  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
      guint first;

      /* A chart may show one indicator in two places; note it once. */
      if (g_ptr_array_find (indicators, indicator, &first) && first < i)
        continue;
      plenary_slide_list_append_note (notes, indicator, language);
    }
  slide->notes = g_string_free (g_steal_pointer (&notes), FALSE);
  return slide;
}

static PlenaryOutlineNode *
chapter_of (PlenaryOutlineNode *node)
{
  while (node != NULL && plenary_outline_node_get_parent (node) != NULL)
    node = plenary_outline_node_get_parent (node);
  return node;
}

/* Charts in the given order, each run of charts from one chapter led by a
 * slide with that chapter's heading, so that the room knows where the talk
 * has got to. */
void
plenary_slide_list_add_charts (GPtrArray       *slides,
                  PlenaryReport   *report,
                  GPtrArray       *charts,
                  gboolean         with_chapters,
                  PlenaryLanguage  language)
{
  PlenaryOutlineNode *last_chapter = NULL;

  for (guint i = 0; i < charts->len; i++)
    {
      PlenaryChartSpec *chart = g_ptr_array_index (charts, i);
      PlenaryOutlineNode *chapter = chapter_of (plenary_chart_spec_get_section (chart));

      if (with_chapters && chapter != NULL && chapter != last_chapter)
        g_ptr_array_add (slides, section_slide_new (report, chapter, charts, language));
      last_chapter = chapter;
      g_ptr_array_add (slides, chart_slide_new (report, chart, language));
    }
}

GPtrArray *
plenary_slide_list_dup_all_charts (PlenaryReport *report)
{
  GListModel *model = plenary_report_get_charts (report);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *charts = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (charts, g_list_model_get_item (model, i));
  return charts;
}

/**
 * plenary_slide_list_new:
 * @report: the report to present
 * @node: (nullable): a chapter or section, or %NULL for the whole report
 * @language: the language of the slides
 *
 * The whole report gives a title slide, the headline figures, every chart
 * in report order under its chapter's heading, and an end slide.  A chapter
 * or section gives its heading, its charts and the end slide.
 *
 * Returns: (transfer full) (element-type PlenarySlide): the slides; never
 *   empty, since the first and last slides are always there
 */
GPtrArray *
plenary_slide_list_new (PlenaryReport      *report,
                        PlenaryOutlineNode *node,
                        PlenaryLanguage     language)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify)plenary_slide_unref);
  g_autoptr(GPtrArray) charts = NULL;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), slides);
  g_return_val_if_fail (node == NULL || PLENARY_IS_OUTLINE_NODE (node), slides);

  if (node == NULL)
    {
      charts = plenary_slide_list_dup_all_charts (report);
      g_ptr_array_add (slides, plenary_slide_list_title_new (report, language));
      plenary_slide_list_add_headlines (slides, report, language);
      plenary_slide_list_add_charts (slides, report, charts, TRUE, language);
    }
  else
    {
      charts = plenary_report_dup_charts_for_node (report, node);
      g_ptr_array_add (slides, section_slide_new (report, node, charts, language));
      plenary_slide_list_add_charts (slides, report, charts, FALSE, language);
    }
  g_ptr_array_add (slides, plenary_slide_list_end_new (report, language));
  return slides;
}

/**
 * plenary_slide_list_new_for_charts:
 * @charts: (element-type PlenaryChartSpec): the charts to show, in order
 *
 * Returns: (transfer full) (element-type PlenarySlide): a title slide, the
 *   charts under their chapters' headings, and an end slide
 */
GPtrArray *
plenary_slide_list_new_for_charts (PlenaryReport   *report,
                                   GPtrArray       *charts,
                                   PlenaryLanguage  language)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify)plenary_slide_unref);

  g_return_val_if_fail (PLENARY_IS_REPORT (report), slides);
  g_return_val_if_fail (charts != NULL, slides);

  g_ptr_array_add (slides, plenary_slide_list_title_new (report, language));
  plenary_slide_list_add_charts (slides, report, charts, TRUE, language);
  g_ptr_array_add (slides, plenary_slide_list_end_new (report, language));
  return slides;
}

/* Returns: the index of @chart's slide, or G_MAXUINT if it has none. */
guint
plenary_slide_list_find_chart (GPtrArray        *slides,
                               PlenaryChartSpec *chart)
{
  g_return_val_if_fail (slides != NULL, G_MAXUINT);

  for (guint i = 0; chart != NULL && i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);

      if (slide->kind == PLENARY_SLIDE_CHART && slide->chart == chart)
        return i;
    }
  return G_MAXUINT;
}
