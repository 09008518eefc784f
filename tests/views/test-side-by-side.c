/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-session.h"
#include "plenary-markup.h"
#include "plenary-paragraph-pair.h"
#include "plenary-reading-page.h"
#include "test-main-loop.h"

/* The reading page side by side: every paragraph a row of its Chinese
 * and its English, both with their numbers linked, in two columns with
 * tops aligned on a wide window and one above the other on a narrow one. */

static PlenaryReport *report;

typedef struct
{
  PlenarySession     *session;
  PlenaryReadingPage *page;
  GtkWindow          *window;
} Page;

static void
page_open (Page *p,
           int   width,
           int   height)
{
  p->session = plenary_session_new ();
  plenary_session_set_content_language (p->session, PLENARY_SESSION_BOTH);
  plenary_session_set_report (p->session, report);
  p->page = PLENARY_READING_PAGE (plenary_reading_page_new (p->session));
  p->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (p->window, width, height);
  gtk_window_set_child (p->window, GTK_WIDGET (p->page));
  gtk_window_present (p->window);
  g_assert_true (plenary_session_show_section (p->session, plenary_report_find_node (report, "c1s1")));
}

static void
page_close (Page *p)
{
  gtk_window_destroy (p->window);
  g_clear_object (&p->session);
}

static int
count_links (GtkWidget *label)
{
  const char *markup = gtk_label_get_label (GTK_LABEL (label));
  int n = 0;

  for (const char *at = strstr (markup, "<a "); at != NULL; at = strstr (at + 1, "<a "))
    n++;
  return n;
}

static PlenaryParagraphPair *
pair_of (Page       *p,
         const char *paragraph_id)
{
  GtkWidget *label = plenary_reading_page_get_paragraph_widget (p->page, paragraph_id);
  GtkWidget *parent;

  g_assert_nonnull (label);
  parent = gtk_widget_get_parent (label);
  g_assert_true (PLENARY_IS_PARAGRAPH_PAIR (parent));
  return PLENARY_PARAGRAPH_PAIR (parent);
}

static void
check_rows (Page *p)
{
  GListModel *paragraphs = plenary_outline_node_get_paragraphs (plenary_report_find_node (report, "c1s1"));

  g_assert_cmpuint (g_list_model_get_n_items (paragraphs), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      PlenaryParagraphPair *pair = pair_of (p, plenary_paragraph_get_id (paragraph));
      GtkWidget *zh = plenary_paragraph_pair_get_start (pair);
      GtkWidget *en = plenary_paragraph_pair_get_end (pair);
      guint n_indicators = plenary_paragraph_get_indicators (paragraph)->len;

      /* Both languages, each label its own text. */
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (zh)), ==, plenary_paragraph_get_text (paragraph));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (en)), ==, plenary_paragraph_get_text_en (paragraph));
      g_assert_true (gtk_widget_has_css_class (zh, "reading-zh"));
      g_assert_true (gtk_widget_has_css_class (en, "reading-en"));

      /* The numbers are linked in both columns: one link for each span of
       * quoted text in that language (quotes that overlap make one span,
       * and they overlap differently in the two languages). */
      if (n_indicators > 0)
        {
          g_autoptr(GPtrArray) zh_spans = plenary_paragraph_dup_indicator_spans_for (paragraph, PLENARY_LANGUAGE_ZH);
          g_autoptr(GPtrArray) en_spans = plenary_paragraph_dup_indicator_spans_for (paragraph, PLENARY_LANGUAGE_EN);

          g_assert_cmpint (count_links (zh), >, 0);
          g_assert_cmpint (count_links (zh), ==, zh_spans->len);
          g_assert_cmpint (count_links (en), ==, en_spans->len);
        }
    }
}

static guint
count_with_class (GtkWidget  *widget,
                  const char *css_class)
{
  guint n = gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_with_class (child, css_class);
  return n;
}

/* Where @widget's top left corner is in @pair. */
static graphene_point_t
origin_in (GtkWidget            *widget,
           PlenaryParagraphPair *pair)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (pair), &GRAPHENE_POINT_INIT (0, 0), &point));
  return point;
}

static void
test_wide (void)
{
  Page p;
  PlenaryParagraphPair *pair;
  graphene_point_t zh, en;

  page_open (&p, 1280, 800);
  WAIT_UNTIL (gtk_widget_get_width (plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1")) > 0);
  check_rows (&p);

  pair = pair_of (&p, "c1s1p1");
  g_assert_true (plenary_paragraph_pair_get_columns (pair));
  zh = origin_in (plenary_paragraph_pair_get_start (pair), pair);
  en = origin_in (plenary_paragraph_pair_get_end (pair), pair);
  /* Side by side, tops aligned, the Chinese first. */
  g_assert_cmpfloat (zh.y, ==, en.y);
  g_assert_cmpfloat (en.x, >=, zh.x + gtk_widget_get_width (plenary_paragraph_pair_get_start (pair)));
  /* The row is as tall as its taller column. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (pair)), ==,
                   MAX (gtk_widget_get_height (plenary_paragraph_pair_get_start (pair)),
                        gtk_widget_get_height (plenary_paragraph_pair_get_end (pair))));

  /* The page heading in both languages too. */
  g_assert_cmpuint (count_with_class (GTK_WIDGET (p.page), "reading-heading-translation"), >=, 1);

  /* One language again: plain paragraphs. */
  plenary_session_set_content_language (p.session, "en");
  {
    GtkWidget *label = plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1");
    PlenaryParagraph *paragraph = plenary_report_find_paragraph (report, "c1s1p1");

    g_assert_false (PLENARY_IS_PARAGRAPH_PAIR (gtk_widget_get_parent (label)));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, plenary_paragraph_get_text_en (paragraph));
    g_assert_cmpuint (count_with_class (GTK_WIDGET (p.page), "reading-heading-translation"), ==, 0);
  }
  page_close (&p);
}

static void
test_narrow (void)
{
  Page p;
  PlenaryParagraphPair *pair;
  graphene_point_t zh, en;

  page_open (&p, 360, 640);
  WAIT_UNTIL (gtk_widget_get_width (plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1")) > 0);
  check_rows (&p);

  pair = pair_of (&p, "c1s1p1");
  g_assert_false (plenary_paragraph_pair_get_columns (pair));
  zh = origin_in (plenary_paragraph_pair_get_start (pair), pair);
  en = origin_in (plenary_paragraph_pair_get_end (pair), pair);
  /* Stacked: the English under the Chinese, as wide. */
  g_assert_cmpfloat (zh.x, ==, en.x);
  g_assert_cmpfloat (en.y, >=, zh.y + gtk_widget_get_height (plenary_paragraph_pair_get_start (pair)));
  g_assert_cmpint (gtk_widget_get_width (plenary_paragraph_pair_get_start (pair)), ==,
                   gtk_widget_get_width (plenary_paragraph_pair_get_end (pair)));
  page_close (&p);
}

/* A card opened from a number opens beside the text, not over it: on a
 * wide page the text column makes room and the popover points right from
 * its edge, level with the quote. */
static void
test_card_beside (void)
{
  Page p;
  GtkPopover *popover;
  GtkWidget *label;
  GtkWidget *body;
  GdkRectangle rect;
  graphene_point_t body_end;

  page_open (&p, 1280, 800);
  plenary_session_set_content_language (p.session, "en");
  label = plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1");
  WAIT_UNTIL (gtk_widget_get_width (plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1")) > 0);
  label = plenary_reading_page_get_paragraph_widget (p.page, "c1s1p1");
  g_assert_true (plenary_reading_page_activate_link (p.page, "c1s1p1", "gdp-growth-2019"));
  WAIT_UNTIL (plenary_reading_page_get_indicator_popover (p.page) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (plenary_reading_page_get_indicator_popover (p.page))));
  popover = plenary_reading_page_get_indicator_popover (p.page);

  g_assert_cmpint (gtk_popover_get_position (popover), ==, GTK_POS_RIGHT);
  g_assert_true (gtk_popover_get_pointing_to (popover, &rect));
  body = gtk_widget_get_parent (label);
  g_assert_true (gtk_widget_compute_point (body, label,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (body), 0), &body_end));
  /* Pointing at the text column's end, with a card's width free beyond it. */
  g_assert_cmpint (rect.x, >=, gtk_widget_get_width (label) - 1);
  g_assert_true (gtk_widget_compute_point (body, GTK_WIDGET (p.page),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (body), 0), &body_end));
  g_assert_cmpfloat (gtk_widget_get_width (GTK_WIDGET (p.page)) - body_end.x, >=, 400);
  /* The quote is in view, level with the arrow. */
  g_assert_cmpint (rect.y, >=, 0);
  g_assert_cmpint (rect.y, <, gtk_widget_get_height (label));

  gtk_popover_popdown (popover);
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  page_close (&p);
}

/* Height for width: one row's height in columns, two stacked. */
static void
test_pair_measure (void)
{
  GtkWidget *start = gtk_label_new ("一二三四五六七八九十一二三四五六七八九十");
  GtkWidget *end = gtk_label_new ("one two three four five six seven eight nine ten eleven twelve");
  g_autoptr(GtkWidget) pair = g_object_ref_sink (plenary_paragraph_pair_new (start, end));
  int wide, narrow, start_h, end_h;

  gtk_label_set_wrap (GTK_LABEL (start), TRUE);
  gtk_label_set_wrap (GTK_LABEL (end), TRUE);

  gtk_widget_measure (pair, GTK_ORIENTATION_VERTICAL, 1000, NULL, &wide, NULL, NULL);
  gtk_widget_measure (start, GTK_ORIENTATION_VERTICAL, (1000 - 32) / 2, NULL, &start_h, NULL, NULL);
  gtk_widget_measure (end, GTK_ORIENTATION_VERTICAL, (1000 - 32) / 2, NULL, &end_h, NULL, NULL);
  g_assert_cmpint (wide, ==, MAX (start_h, end_h));

  gtk_widget_measure (pair, GTK_ORIENTATION_VERTICAL, 300, NULL, &narrow, NULL, NULL);
  gtk_widget_measure (start, GTK_ORIENTATION_VERTICAL, 300, NULL, &start_h, NULL, NULL);
  gtk_widget_measure (end, GTK_ORIENTATION_VERTICAL, 300, NULL, &end_h, NULL, NULL);
  g_assert_cmpint (narrow, >, start_h + end_h);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  report = plenary_report_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/side-by-side/pair-measure", test_pair_measure);
  g_test_add_func ("/side-by-side/wide", test_wide);
  g_test_add_func ("/side-by-side/narrow", test_narrow);
  g_test_add_func ("/reading/card-beside", test_card_beside);

  status = g_test_run ();
  g_clear_object (&report);
  return status;
}
