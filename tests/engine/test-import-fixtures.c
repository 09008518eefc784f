/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Imports the invented reports in tests/engine/data (other regions, years,
 * phrasings and heading styles than the seed) and checks each against
 * what its .expected.json says: metadata, outline, key-project plan and
 * indicators (same value, same period, overlapping quote), with recall
 * and precision of at least 90 % each. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "engine-test-util.h"
#include "plenary-import-engine.h"
#include "plenary-importer.h"
#include "plenary-investment-category.h"
#include "plenary-investment-plan.h"
#include "plenary-outline-node.h"
#include "plenary-paragraph.h"

static void
count_kinds (GListModel *nodes,
             guint       counts[3])
{
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PlenaryOutlineNode) node = g_list_model_get_item (nodes, i);
      counts[plenary_outline_node_get_kind (node)]++;
      count_kinds (plenary_outline_node_get_children (node), counts);
    }
}

typedef struct {
  const char *paragraph;
  double      value;
  const char *period;
  const char *kind;
  const char *label;          /* the reviewer's Chinese label, if given */
  gsize       start, end;
  gboolean    found_in_text;
} Expected;

static const char *
kind_name (PlenaryIndicatorKind kind)
{
  return kind == PLENARY_INDICATOR_TARGET ? "target"
         : kind == PLENARY_INDICATOR_BASELINE ? "baseline" : "actual";
}

static gboolean
overlaps (PlenaryIndicator *indicator,
          const Expected   *e)
{
  gsize s = plenary_indicator_get_quote_offset (indicator);
  gsize t = s + strlen (plenary_indicator_get_quote (indicator));

  return e->found_in_text
         && g_str_equal (plenary_paragraph_get_id (plenary_indicator_get_paragraph (indicator)), e->paragraph)
         && fabs (plenary_indicator_get_value (indicator) - e->value) < 1e-6
         && g_str_equal (plenary_indicator_get_period (indicator), e->period)
         && s < e->end && e->start < t;
}

static void
check_indicators (PlenaryReport *report,
                  JsonArray     *expected_array,
                  const char    *name)
{
  GListModel *mine = plenary_report_get_indicators (report);
  guint n_mine = g_list_model_get_n_items (mine), n = json_array_get_length (expected_array);
  g_autofree Expected *expected = g_new0 (Expected, n);
  guint found = 0, right = 0, kind_right = 0, labelled = 0, label_right = 0;
  double recall, precision;

  for (guint i = 0; i < n; i++)
    {
      JsonArray *row = json_array_get_array_element (expected_array, i);
      const char *quote = json_array_get_string_element (row, 4);
      PlenaryParagraph *paragraph;
      const char *text, *at;

      expected[i].paragraph = json_array_get_string_element (row, 0);
      expected[i].value = json_array_get_double_element (row, 1);
      expected[i].period = json_array_get_string_element (row, 2);
      expected[i].kind = json_array_get_string_element (row, 3);
      expected[i].label = json_array_get_length (row) > 5 ? json_array_get_string_element (row, 5) : NULL;
      paragraph = plenary_report_find_paragraph (report, expected[i].paragraph);
      text = paragraph ? plenary_paragraph_get_text (paragraph) : "";
      at = strstr (text, quote);
      if (at == NULL)
        {
          printf ("# %s: no paragraph %s with «%s»\n", name, expected[i].paragraph, quote);
          continue;
        }
      expected[i].found_in_text = TRUE;
      expected[i].start = at - text;
      expected[i].end = expected[i].start + strlen (quote);
    }

  for (guint i = 0; i < n; i++)
    {
      gboolean hit = FALSE;
      for (guint j = 0; j < n_mine && !hit; j++)
        {
          g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (mine, j);
          hit = overlaps (indicator, &expected[i]);
          if (hit && expected[i].label != NULL)
            {
              const char *mine_label = plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH);
              labelled++;
              if (engine_test_same_label (mine_label, expected[i].label))
                label_right++;
              else
                printf ("# %s: label «%s», expected «%s»\n", name, mine_label, expected[i].label);
            }
          if (hit && g_str_equal (expected[i].kind, kind_name (plenary_indicator_get_kind (indicator))))
            kind_right++;
          else if (hit)
            printf ("# %s: kind %s, expected %s: %s «%s»\n", name, kind_name (plenary_indicator_get_kind (indicator)),
                    expected[i].kind, expected[i].paragraph, plenary_indicator_get_quote (indicator));
        }
      found += hit;
      if (!hit)
        printf ("# %s: missed %s %g [%s] %s\n", name, expected[i].paragraph, expected[i].value,
                expected[i].period, json_array_get_string_element (json_array_get_array_element (expected_array, i), 4));
    }
  for (guint j = 0; j < n_mine; j++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (mine, j);
      gboolean hit = FALSE;
      for (guint i = 0; i < n && !hit; i++)
        hit = overlaps (indicator, &expected[i]);
      right += hit;
      if (!hit)
        printf ("# %s: extra %s %g [%s] «%s»\n", name,
                plenary_paragraph_get_id (plenary_indicator_get_paragraph (indicator)),
                plenary_indicator_get_value (indicator), plenary_indicator_get_period (indicator),
                plenary_indicator_get_quote (indicator));
    }

  recall = 100.0 * found / MAX (n, 1);
  precision = 100.0 * right / MAX (n_mine, 1);
  printf ("# %s: %u imported, %u expected; recall %.1f %%, precision %.1f %%, kind right %u\n",
          name, n_mine, n, recall, precision, kind_right);
  if (labelled > 0)
    printf ("# %s: labels right %u of %u (%.1f %%)\n", name, label_right, labelled, 100.0 * label_right / labelled);
  g_assert_cmpfloat (recall, >=, 90.0);
  g_assert_cmpfloat (precision, >=, 90.0);
  g_assert_cmpuint (kind_right, >=, (guint) ceil (0.9 * found));
}

static void
check_plan (PlenaryReport *report,
            JsonObject    *expected)
{
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  JsonArray *categories;
  GListModel *mine;

  if (expected == NULL)
    {
      g_assert_null (plan);
      return;
    }
  g_assert_nonnull (plan);
  if (plan == NULL)
    return;
  g_assert_cmpuint (plenary_investment_plan_get_year (plan), ==, json_object_get_int_member (expected, "year"));
  g_assert_cmpuint (plenary_investment_plan_get_projects (plan), ==, json_object_get_int_member (expected, "projects"));
  g_assert_cmpfloat (plenary_investment_plan_get_amount (plan), ==, json_object_get_double_member (expected, "amount"));
  categories = json_object_get_array_member (expected, "categories");
  mine = plenary_investment_plan_get_categories (plan);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, json_array_get_length (categories));
  for (guint i = 0; i < json_array_get_length (categories); i++)
    {
      JsonArray *row = json_array_get_array_element (categories, i);
      g_autoptr(PlenaryInvestmentCategory) category = g_list_model_get_item (mine, i);

      g_assert_cmpstr (plenary_investment_category_get_id (category), ==, json_array_get_string_element (row, 0));
      g_assert_cmpuint (plenary_investment_category_get_projects (category), ==, json_array_get_int_element (row, 1));
      g_assert_cmpfloat (plenary_investment_category_get_amount (category), ==, json_array_get_double_element (row, 2));
    }
}

/* The other formats each invented report is generated in. */
static const char * const variants[] = { "", ".pdf", "-gap.pdf", "-gbk.html", "-gb18030.txt", "-wrapped.txt" };

static char *
no_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Names the field and shows both texts when they differ. */
static void
check_text (const char *name,
            const char *field,
            const char *mine,
            const char *expected)
{
  if (g_strcmp0 (mine, expected) != 0)
    printf ("# %s: %s «%s», expected «%s»\n", name, field, mine ? mine : "(null)", expected);
  g_assert_cmpstr (mine, ==, expected);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void check_report (PlenaryReport *report, ImpDocument *doc, JsonObject *expected,
                          const char *name, const char *text_path);

static void
test_fixture (gconstpointer data)
{
  const char *base = data;
  g_autofree char *text_path = g_strconcat (base, ".txt", NULL);
  g_autofree char *expected_path = g_strconcat (base, ".expected.json", NULL);
  g_autofree char *name = g_path_get_basename (base);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ImpDocument) doc = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  JsonObject *expected;

  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));
  report = engine_test_import_text (text_path, &doc, NULL);
  check_report (report, doc, expected, name, text_path);

  for (guint i = 1; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *variant = g_strconcat (g_getenv ("PLENARY_ENGINE_BUILT"), "/", name, variants[i], NULL);
      g_autoptr(PlenaryImporter) importer = plenary_importer_new ();
      g_autoptr(GFile) file = g_file_new_for_path (variant);
      g_autoptr(PlenaryReport) other = plenary_importer_import (importer, file, NULL, NULL, &error);
      g_autofree char *label = g_strconcat (name, variants[i], NULL);

      g_assert_no_error (error);
      check_report (other, NULL, expected, label, variant);
    }
}

static void
check_report (PlenaryReport *report,
              ImpDocument   *doc,
              JsonObject    *expected,
              const char    *name,
              const char    *text_path)
{
  JsonObject *titles;
  g_autoptr(GList) members = NULL;
  guint counts[3] = { 0, 0, 0 };
  JsonArray *outline;

  check_text (name, "title", plenary_report_get_text (report, PLENARY_REPORT_FIELD_TITLE, PLENARY_LANGUAGE_ZH),
              json_object_get_string_member (expected, "title"));
  check_text (name, "occasion", plenary_report_get_text (report, PLENARY_REPORT_FIELD_OCCASION, PLENARY_LANGUAGE_ZH),
              json_object_get_string_member (expected, "occasion"));
  {
    /* A PDF's layout may drop the space between office and name. */
    g_autofree char *a = no_spaces (plenary_report_get_text (report, PLENARY_REPORT_FIELD_PRESENTER, PLENARY_LANGUAGE_ZH));
    g_autofree char *b = no_spaces (json_object_get_string_member (expected, "presenter"));
    check_text (name, "presenter", a, b);
  }
  check_text (name, "region", plenary_report_get_text (report, PLENARY_REPORT_FIELD_REGION, PLENARY_LANGUAGE_ZH),
              json_object_get_string_member (expected, "region"));
  g_assert_cmpstr (plenary_report_get_date (report), ==, json_object_get_string_member (expected, "date"));
  g_assert_cmpuint (plenary_report_get_review_year (report), ==, json_object_get_int_member (expected, "review_year"));
  g_assert_cmpuint (plenary_report_get_plan_year (report), ==, json_object_get_int_member (expected, "plan_year"));
  g_assert_false (plenary_report_is_reviewed (report));
  g_assert_cmpstr (plenary_report_get_source_file (report), ==, strrchr (text_path, '/') + 1);
  g_assert_cmpstr (plenary_report_get_source_format (report), ==,
                   g_str_has_suffix (text_path, ".pdf") ? "pdf" : g_str_has_suffix (text_path, ".html") ? "html" : "text");

  count_kinds (plenary_report_get_chapters (report), counts);
  outline = json_object_get_array_member (expected, "outline");
  if (counts[0] != json_array_get_int_element (outline, 0) || counts[1] != json_array_get_int_element (outline, 1)
      || counts[2] != json_array_get_int_element (outline, 2))
    printf ("# %s: outline %u/%u/%u, expected %u/%u/%u\n", name, counts[0], counts[1], counts[2],
            (guint) json_array_get_int_element (outline, 0), (guint) json_array_get_int_element (outline, 1),
            (guint) json_array_get_int_element (outline, 2));
  g_assert_cmpuint (counts[0], ==, json_array_get_int_element (outline, 0));
  g_assert_cmpuint (counts[1], ==, json_array_get_int_element (outline, 1));
  g_assert_cmpuint (counts[2], ==, json_array_get_int_element (outline, 2));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_preamble (report)), ==,
                    json_object_get_int_member (expected, "preamble"));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_report_get_closing (report)), ==,
                    json_object_get_int_member (expected, "closing"));
  titles = json_object_get_object_member (expected, "item_titles");
  members = json_object_get_members (titles);
  for (GList *l = members; l != NULL; l = l->next)
    {
      PlenaryOutlineNode *node = plenary_report_find_node (report, l->data);
      g_assert_nonnull (node);
      if (node != NULL)
        check_text (name, l->data, plenary_outline_node_get_title (node, PLENARY_LANGUAGE_ZH),
                    json_object_get_string_member (titles, l->data));
    }

  check_plan (report, json_object_get_null_member (expected, "plan") ? NULL
                      : json_object_get_object_member (expected, "plan"));
  if (doc != NULL && !json_object_get_null_member (expected, "plan"))
    g_assert_cmpuint (doc->plan.problems->len, ==,
                      json_object_get_int_member (json_object_get_object_member (expected, "plan"), "notes"));
  check_indicators (report, json_object_get_array_member (expected, "indicators"), name);
}

/* A web page as a government portal publishes it (layout tables, the
 * article's div, its source and date line, share bar and footer), with
 * no text version beside it. */
static void
test_portal_page (gconstpointer data)
{
  const char *base = data;
  g_autofree char *page = g_strconcat (base, ".html", NULL);
  g_autofree char *expected_path = g_strconcat (base, ".expected.json", NULL);
  g_autofree char *name = g_path_get_basename (page);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PlenaryImporter) importer = plenary_importer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;

  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  report = plenary_importer_import (importer, file, NULL, NULL, &error);
  g_assert_no_error (error);
  check_report (report, NULL, json_node_get_object (json_parser_get_root (parser)), name, page);
}

/* 第一部分 / 第二部分 stand for 一、/ 二、 in some reports; （1） items
 * stand for 1. when a section has no 1. items. */
static void
test_parts_and_subitems (void)
{
  static const char * const text[] = {
    "关于示例县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告",
    "——2023年1月在示例县第十八届人民代表大会第二次会议上",
    "示例县发展和改革局局长 陈一",
    "各位代表：",
    "第一部分 2022年计划执行情况",
    "（一）经济平稳增长。全县生产总值完成215.3亿元，增长4.6%。",
    "第二部分 2023年计划安排",
    "（一）重点任务",
    "（1）加强交通建设。新建公路26公里，改造桥梁12座。",
    "（2）新增就业岗位3000个。",
    "以上报告，请予审议。",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ImpDocument) doc = NULL;
  g_autoptr(GBytes) json = NULL;
  ImpProvenance provenance = { "parts.txt", "text", "2026-01-01T00:00:00Z", "test" };
  ImpNode *chapter;

  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    g_ptr_array_add (lines, (gpointer) text[i]);
  json = imp_engine_run (lines, &provenance, NULL, NULL, NULL, &doc, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doc->chapters->len, ==, 2);
  chapter = g_ptr_array_index (doc->chapters, 1);
  g_assert_cmpstr (chapter->title, ==, "2023年计划安排");
  g_assert_true (chapter->is_plan);
  /* （1） runs into its sentence and becomes an item; （2） is a sentence
   * with a figure, so it stays a paragraph of that item. */
  g_assert_cmpuint (imp_document_count_nodes (doc, IMP_ITEM), ==, 1);
  g_assert_cmpstr (doc->region, ==, "示例县");
  g_assert_cmpuint (doc->review_year, ==, 2022);
  g_assert_cmpuint (doc->indicators->len, ==, 5);
  g_assert_cmpuint (doc->closing->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("PLENARY_ENGINE_FIXTURES");
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_test_init (&argc, &argv, NULL);
  /* PLENARY_FIXTURES_ALL=1 goes on after a failed check, to list them all. */
  if (g_getenv ("PLENARY_FIXTURES_ALL") != NULL)
    g_test_set_nonfatal_assertions ();
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (entry, ".expected.json"))
      {
        g_autofree char *stem = g_strndup (entry, strlen (entry) - strlen (".expected.json"));
        g_ptr_array_add (bases, g_build_filename (dir, stem, NULL));
      }
  g_ptr_array_sort (bases, compare_paths);
  for (guint i = 0; i < bases->len; i++)
    {
      g_autofree char *stem = g_path_get_basename (g_ptr_array_index (bases, i));
      g_autofree char *path = g_strconcat ("/import-engine/fixtures/", stem, NULL);
      g_test_add_data_func (path, g_ptr_array_index (bases, i), test_fixture);
    }
  g_assert_cmpuint (bases->len, >=, 2);
  {
    g_autofree char *portal = g_build_filename (dir, "portal", NULL);
    g_autoptr(GDir) pages = g_dir_open (portal, 0, NULL);
    g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);

    while (pages != NULL && (entry = g_dir_read_name (pages)) != NULL)
      if (g_str_has_suffix (entry, ".expected.json"))
        g_ptr_array_add (stems, g_strndup (entry, strlen (entry) - strlen (".expected.json")));
    g_ptr_array_sort (stems, compare_paths);
    for (guint i = 0; i < stems->len; i++)
      {
        g_autofree char *path = g_strconcat ("/import-engine/portal/", (char *) g_ptr_array_index (stems, i), NULL);
        g_ptr_array_add (bases, g_build_filename (portal, g_ptr_array_index (stems, i), NULL));
        g_test_add_data_func (path, g_ptr_array_index (bases, bases->len - 1), test_portal_page);
      }
  }
  g_test_add_func ("/import-engine/structure/parts-and-subitems", test_parts_and_subitems);
  return g_test_run ();
}
