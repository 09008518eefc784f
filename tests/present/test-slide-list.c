/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "plenary-report-loader.h"
#include "plenary-slide-list.h"
#include "plenary-slide-private.h"

/* The slides a presentation of the bundled report is made of. */

static PlenaryReport *report;

static guint
count_kind (GPtrArray        *slides,
            PlenarySlideKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < slides->len; i++)
    if (plenary_slide_get_kind (g_ptr_array_index (slides, i)) == kind)
      count++;
  return count;
}

static void
test_whole_report (void)
{
  GListModel *charts = plenary_report_get_charts (report);
  guint n_charts = g_list_model_get_n_items (charts);
  GPtrArray *headlines = plenary_report_get_headlines (report);
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);
  guint n_headline_slides = count_kind (slides, PLENARY_SLIDE_HEADLINES);
  guint figures = 0, chart_index = 0;
  PlenarySlide *first = g_ptr_array_index (slides, 0);
  PlenarySlide *last = g_ptr_array_index (slides, slides->len - 1);

  g_assert_cmpint (plenary_slide_get_kind (first), ==, PLENARY_SLIDE_TITLE);
  g_assert_cmpstr (plenary_slide_get_title (first), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_EN));
  g_assert_cmpstr (first->subtitle, ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_OCCASION, PLENARY_LANGUAGE_EN));
  g_assert_cmpstr (first->detail, ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_EN));

  g_assert_cmpint (plenary_slide_get_kind (last), ==, PLENARY_SLIDE_END);
  g_assert_cmpstr (plenary_slide_get_title (last), ==, "Thank you");
  g_assert_cmpstr (last->subtitle, ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE, PLENARY_LANGUAGE_EN));

  /* The headlines follow the title slide, three or four to a slide, none
   * left out and none shown twice. */
  g_assert_cmpuint (headlines->len, >=, 5);
  g_assert_cmpuint (n_headline_slides, ==, (headlines->len + 3) / 4);
  for (guint i = 1; i <= n_headline_slides; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);

      g_assert_cmpint (plenary_slide_get_kind (slide), ==, PLENARY_SLIDE_HEADLINES);
      g_assert_cmpuint (plenary_slide_get_n_figures (slide), >=, 3);
      g_assert_cmpuint (plenary_slide_get_n_figures (slide), <=, 4);
      figures += plenary_slide_get_n_figures (slide);
    }
  g_assert_cmpuint (figures, ==, headlines->len);

  /* Every chart once, in report order. */
  g_assert_cmpuint (count_kind (slides, PLENARY_SLIDE_CHART), ==, n_charts);
  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);
      g_autoptr(PlenaryChartSpec) chart = NULL;

      if (plenary_slide_get_kind (slide) != PLENARY_SLIDE_CHART)
        continue;
      chart = g_list_model_get_item (charts, chart_index++);
      g_assert_true (plenary_slide_get_chart (slide) == chart);
      g_assert_cmpstr (plenary_slide_get_title (slide), ==,
                       plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_EN));
      g_assert_cmpuint (plenary_slide_list_find_chart (slides, chart), ==, i);
    }

  /* A chapter's heading leads its charts: one for each chapter with charts. */
  g_assert_cmpuint (count_kind (slides, PLENARY_SLIDE_SECTION), >=, 1);
  g_assert_cmpuint (count_kind (slides, PLENARY_SLIDE_SECTION), <=,
                    g_list_model_get_n_items (plenary_report_get_chapters (report)));
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, n_headline_slides + 1)),
                   ==, PLENARY_SLIDE_SECTION);
  g_assert_cmpuint (slides->len, ==, 2 + n_headline_slides + n_charts
                                     + count_kind (slides, PLENARY_SLIDE_SECTION));
}

static void
test_chinese_end_slide (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_ZH);
  PlenarySlide *last = g_ptr_array_index (slides, slides->len - 1);
  PlenarySlide *first = g_ptr_array_index (slides, 0);

  g_assert_cmpstr (plenary_slide_get_title (last), ==, "谢谢");
  g_assert_cmpint (plenary_slide_get_language (last), ==, PLENARY_LANGUAGE_ZH);
  g_assert_cmpstr (plenary_slide_get_title (first), ==,
                   plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH));
}

static void
test_notes (void)
{
  g_autoptr(GPtrArray) slides = plenary_slide_list_new (report, NULL, PLENARY_LANGUAGE_EN);

  for (guint i = 0; i < slides->len; i++)
    {
      PlenarySlide *slide = g_ptr_array_index (slides, i);
      PlenaryChartSpec *chart = plenary_slide_get_chart (slide);
      GPtrArray *indicators;

      if (chart == NULL)
        continue;

      /* Each indicator's sentence from the report, with its label. */
      indicators = plenary_chart_spec_get_indicators (chart);
      for (guint j = 0; j < indicators->len; j++)
        {
          PlenaryIndicator *indicator = g_ptr_array_index (indicators, j);

          g_assert_nonnull (strstr (plenary_slide_get_notes (slide),
                                    plenary_indicator_get_quote_for (indicator, PLENARY_LANGUAGE_EN)));
          g_assert_nonnull (strstr (plenary_slide_get_notes (slide),
                                    plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN)));
        }
    }
}

static void
test_section (void)
{
  PlenaryOutlineNode *node = plenary_report_find_node (report, "c1s1");
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autofree char *heading = NULL;
  PlenaryChartSpec *outside;

  g_assert_nonnull (node);
  expected = plenary_report_dup_charts_for_node (report, node);
  slides = plenary_slide_list_new (report, node, PLENARY_LANGUAGE_EN);
  heading = plenary_outline_node_dup_heading (node, PLENARY_LANGUAGE_EN);

  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (slides->len, ==, expected->len + 2);
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, 0)), ==, PLENARY_SLIDE_SECTION);
  g_assert_cmpstr (plenary_slide_get_title (g_ptr_array_index (slides, 0)), ==, heading);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (plenary_slide_get_chart (g_ptr_array_index (slides, i + 1))
                   == g_ptr_array_index (expected, i));
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, slides->len - 1)),
                   ==, PLENARY_SLIDE_END);

  /* A chart outside the section has no slide here. */
  outside = plenary_report_find_chart (report, "pm25-2019-2020");
  g_assert_nonnull (outside);
  g_assert_cmpuint (plenary_slide_list_find_chart (slides, outside), ==, G_MAXUINT);
}

static void
test_for_charts (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) two = g_ptr_array_new ();
  g_autoptr(GPtrArray) slides = plenary_slide_list_new_for_charts (report, none, PLENARY_LANGUAGE_EN);

  g_assert_cmpuint (slides->len, ==, 2);
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, 0)), ==, PLENARY_SLIDE_TITLE);
  g_assert_cmpint (plenary_slide_get_kind (g_ptr_array_index (slides, 1)), ==, PLENARY_SLIDE_END);
  g_clear_pointer (&slides, g_ptr_array_unref);

  /* Two charts from two chapters: each gets its chapter's heading. */
  g_ptr_array_add (two, plenary_report_find_chart (report, "economy-growth-2019"));
  g_ptr_array_add (two, plenary_report_find_chart (report, "pm25-2019-2020"));
  g_assert_nonnull (two->pdata[0]);
  g_assert_nonnull (two->pdata[1]);
  slides = plenary_slide_list_new_for_charts (report, two, PLENARY_LANGUAGE_EN);
  g_assert_cmpuint (slides->len, ==, 6);
  g_assert_cmpuint (plenary_slide_list_find_chart (slides, two->pdata[0]), ==, 2);
  g_assert_cmpuint (plenary_slide_list_find_chart (slides, two->pdata[1]), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/present/slide-list/whole-report", test_whole_report);
  g_test_add_func ("/present/slide-list/chinese-end-slide", test_chinese_end_slide);
  g_test_add_func ("/present/slide-list/notes", test_notes);
  g_test_add_func ("/present/slide-list/section", test_section);
  g_test_add_func ("/present/slide-list/for-charts", test_for_charts);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
