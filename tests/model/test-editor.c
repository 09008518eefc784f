/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The editor: every command type applies, undoes back to the report as it
 * was (compared through the writer and field by field) and redoes; views
 * are told; every loader rule for indicators, charts, headlines and errata
 * refuses an edit with the loader's message and leaves the report alone;
 * dirty state and saving. */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "plenary-editor-private.h"
#include "plenary-report-loader.h"
#include "plenary-report-writer.h"
#include "report-compare.h"

/* Not in any chart or headline, nor the investment plan's growth target. */
#define FREE_ID "key-projects-plan-completion-2019"
#define FREE_PARAGRAPH "c1s1p1"

typedef struct
{
  PlenaryReport *report;
  PlenaryEditor *editor;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->report = plenary_report_load_default (&error);
  g_assert_no_error (error);
  f->editor = plenary_editor_new (f->report, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->report);
}

static GBytes *
report_bytes (PlenaryReport *report)
{
  return plenary_report_writer_to_bytes (report);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  g_assert_cmpmem (da, la, db, lb);
}

static PlenaryReport *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PlenaryReport *report = plenary_report_load_bytes (bytes, &error);

  g_assert_no_error (error);
  return report;
}

/* The model the views see is the document the editor checked. */
static void
assert_in_step (Fixture *f)
{
  g_autoptr(GBytes) model = report_bytes (f->report);
  g_autoptr(JsonNode) written = plenary_report_writer_build (f->report);
  g_autoptr(PlenaryReport) reloaded = load_bytes (model);

  /* Equal modulo key order: commands add keys at the end. */
  g_assert_true (json_node_equal (written, plenary_editor_get_document (f->editor)));
  compare_reports (f->report, reloaded);
}

/* Applies @command, checks that it changed the report, undoes it back to
 * the report as it was, field by field, and redoes it. */
static void
round_trip (Fixture            *f,
            PlenaryEditCommand *command)
{
  g_autoptr(GBytes) before = report_bytes (f->report);
  g_autoptr(PlenaryReport) original = load_bytes (before);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(PlenaryReport) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryEditCommand) owned = command;

  g_assert_true (plenary_editor_apply (f->editor, command, &error));
  g_assert_no_error (error);
  after = report_bytes (f->report);
  g_assert_false (g_bytes_equal (before, after));
  assert_in_step (f);
  edited = load_bytes (after);
  g_assert_true (plenary_editor_get_can_undo (f->editor));
  g_assert_cmpstr (plenary_editor_get_undo_description (f->editor), ==,
                   plenary_edit_command_get_description (command));

  g_assert_true (plenary_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  undone = report_bytes (f->report);
  assert_bytes_equal (before, undone);
  compare_reports (f->report, original);
  assert_in_step (f);
  g_assert_true (plenary_editor_get_can_redo (f->editor));

  g_assert_true (plenary_editor_redo (f->editor, &error));
  g_assert_no_error (error);
  redone = report_bytes (f->report);
  assert_bytes_equal (after, redone);
  compare_reports (f->report, edited);
  assert_in_step (f);
}

static PlenaryIndicator *
find (Fixture    *f,
      const char *id)
{
  PlenaryIndicator *indicator = plenary_report_find_indicator (f->report, id);

  g_assert_nonnull (indicator);
  return indicator;
}

/* Connected swapped: the counter comes first, the rest is ignored. */
static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_set_fields (Fixture       *f,
                 gconstpointer  data)
{
  PlenaryIndicator *indicator = find (f, FREE_ID);
  guint value_notified = 0;
  gulong id = g_signal_connect_swapped (indicator, "notify::value", G_CALLBACK (count_cb), &value_notified);
  static const struct {
    PlenaryIndicatorField field;
    const char *text;
  } cases[] = {
    { PLENARY_INDICATOR_FIELD_LABEL_ZH, "重点项目完成计划" },
    { PLENARY_INDICATOR_FIELD_LABEL_EN, "Key projects: plan done" },
    { PLENARY_INDICATOR_FIELD_UNIT, "百分点" },
    { PLENARY_INDICATOR_FIELD_QUALIFIER, "about" },
    { PLENARY_INDICATOR_FIELD_PERIOD, "2020-01/04" },
    { PLENARY_INDICATOR_FIELD_KIND, "target" },
    { PLENARY_INDICATOR_FIELD_MEASURE, "level" },
    { PLENARY_INDICATOR_FIELD_CATEGORY, "economy" },
    { PLENARY_INDICATOR_FIELD_QUOTE, "完成年度计划的 108%" },
    { PLENARY_INDICATOR_FIELD_QUOTE_EN, "reached CNY 333.4 billion, 108% of the annual plan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    round_trip (f, plenary_edit_command_new_set_indicator_text (FREE_ID, cases[i].field, cases[i].text));

  /* Every edit is still applied, each one seen by the model. */
  g_assert_cmpstr (plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH), ==, "重点项目完成计划");
  g_assert_cmpstr (plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN), ==, "Key projects: plan done");
  g_assert_cmpstr (plenary_unit_get_id (plenary_indicator_get_unit (indicator)), ==, "百分点");
  g_assert_cmpint (plenary_indicator_get_qualifier (indicator), ==, PLENARY_QUALIFIER_ABOUT);
  g_assert_cmpstr (plenary_indicator_get_period (indicator), ==, "2020-01/04");
  g_assert_cmpint (plenary_indicator_get_kind (indicator), ==, PLENARY_INDICATOR_TARGET);
  g_assert_cmpint (plenary_indicator_get_measure (indicator), ==, PLENARY_MEASURE_LEVEL);
  g_assert_cmpstr (plenary_indicator_get_category (indicator), ==, "economy");
  g_assert_cmpstr (plenary_indicator_get_quote (indicator), ==, "完成年度计划的 108%");
  g_assert_cmpstr (plenary_indicator_get_quote_en (indicator), ==,
                   "reached CNY 333.4 billion, 108% of the annual plan");

  /* An empty qualifier removes it. */
  round_trip (f, plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_QUALIFIER, NULL));
  g_assert_cmpint (plenary_indicator_get_qualifier (indicator), ==, PLENARY_QUALIFIER_NONE);

  round_trip (f, plenary_edit_command_new_set_indicator_value (FREE_ID, 107.35));
  g_assert_true (plenary_indicator_get_value (indicator) == 107.35);
  /* Apply, undo and redo each notified the value once. */
  g_assert_cmpuint (value_notified, ==, 3);
  g_signal_handler_disconnect (indicator, id);

  /* The indicator is the same object throughout: views keep it. */
  g_assert_true (find (f, FREE_ID) == indicator);
}

static void
test_move_to_paragraph (Fixture       *f,
                        gconstpointer  data)
{
  PlenaryIndicator *indicator = find (f, FREE_ID);
  PlenaryParagraph *from = plenary_report_find_paragraph (f->report, FREE_PARAGRAPH);
  PlenaryParagraph *to = plenary_report_find_paragraph (f->report, "c1s1p2");
  PlenaryEditCommand *steps[3];
  g_autoptr(PlenaryEditCommand) paragraph = NULL, quote = NULL, quote_en = NULL;

  /* The paragraph and the quote change together, in one undo step. */
  steps[0] = paragraph = plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_PARAGRAPH, "c1s1p2");
  steps[1] = quote = plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_QUOTE, "战略性新兴产业增加值增长 7.5%");
  steps[2] = quote_en = plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_QUOTE_EN,
                                                                      "strategic emerging industries grew by 7.5%");
  round_trip (f, plenary_edit_command_new_group ("Move", steps, 3));
  g_assert_cmpstr (plenary_indicator_get_quote_en (indicator), ==, "strategic emerging industries grew by 7.5%");

  g_assert_true (plenary_indicator_get_paragraph (indicator) == to);
  g_assert_true (g_ptr_array_find (plenary_paragraph_get_indicators (to), indicator, NULL));
  g_assert_false (g_ptr_array_find (plenary_paragraph_get_indicators (from), indicator, NULL));
}

/* In a report without English the quote stays a plain string, through
 * the edit and its undo. */
static void
test_plain_quote (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-report.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = plenary_report_load_file (file, NULL, &error);
  g_autoptr(PlenaryEditor) editor = NULL;
  g_autoptr(PlenaryEditCommand) command = NULL;
  PlenaryIndicator *indicator;

  g_assert_no_error (error);
  editor = plenary_editor_new (report, NULL, NULL);
  indicator = plenary_report_find_indicator (report, "gdp-growth-2019");
  g_assert_nonnull (indicator);
  g_assert_null (plenary_indicator_get_quote_en (indicator));

  command = plenary_edit_command_new_set_indicator_text ("gdp-growth-2019", PLENARY_INDICATOR_FIELD_QUOTE,
                                                         "增长 6.8%");
  g_assert_true (plenary_editor_apply (editor, command, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plenary_indicator_get_quote (indicator), ==, "增长 6.8%");
  {
    g_autoptr(GBytes) bytes = report_bytes (report);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "\"quote\" : \"增长 6.8%\""));
  }
  g_assert_true (plenary_editor_undo (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plenary_indicator_get_quote (indicator), ==, "地区生产总值增长 6.8%");
}

/* A chart's "counts" goes through an edit to the live chart. */
static void
test_chart_counts (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const indicators[] = {
    "provincial-labs-launched-2019", "new-state-key-labs-2019", "new-national-enterprise-tech-centres-2019",
    "new-national-local-engineering-centres-2019", "new-provincial-engineering-labs-2019", NULL,
  };
  static const char * const rows[] = {
    "省实验室", "Provincial laboratories", "国家重点实验室", "State key laboratories",
    "国家企业技术中心", "National enterprise technology centres",
    "国家地方联合工程研究中心", "National-local joint engineering centres",
    "省工程实验室", "Provincial engineering laboratories", NULL,
  };
  PlenaryChartSpec *chart = plenary_report_find_chart (f->report, "innovation-platforms-2019");
  PlenaryChartDraft draft = {
    .type = "bar", .title_zh = "2019 年新增重大创新平台", .title_en = "New major innovation platforms, 2019",
    .section = "c1s1", .indicators = indicators, .rows = rows, .counts_zh = "平台", .counts_en = "platforms",
  };
  guint changed = 0;

  g_assert_nonnull (chart);
  g_assert_cmpstr (plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_EN), ==, "innovation platforms");
  g_signal_connect_swapped (chart, "changed", G_CALLBACK (count_cb), &changed);
  round_trip (f, plenary_edit_command_new_edit_chart ("innovation-platforms-2019", &draft));
  g_assert_true (plenary_report_find_chart (f->report, "innovation-platforms-2019") == chart);
  g_assert_cmpstr (plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_ZH), ==, "平台");
  g_assert_cmpstr (plenary_chart_spec_get_counts (chart, PLENARY_LANGUAGE_EN), ==, "platforms");
  g_assert_cmpuint (changed, ==, 3);
  g_signal_handlers_disconnect_by_data (chart, &changed);
}

static void
test_reviewed (Fixture       *f,
               gconstpointer  data)
{
  PlenaryIndicator *indicator = find (f, "gdp-growth-2019");
  guint notified = 0;

  g_assert_true (plenary_indicator_get_reviewed (indicator));
  g_signal_connect_swapped (indicator, "notify::reviewed", G_CALLBACK (count_cb), &notified);
  round_trip (f, plenary_edit_command_new_set_indicator_reviewed ("gdp-growth-2019", FALSE));
  g_assert_false (plenary_indicator_get_reviewed (indicator));
  g_assert_cmpuint (notified, ==, 3);
  {
    g_autoptr(GBytes) bytes = report_bytes (f->report);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "\"reviewed\" : false"));
  }
  round_trip (f, plenary_edit_command_new_set_indicator_reviewed ("gdp-growth-2019", TRUE));
  g_assert_true (plenary_indicator_get_reviewed (indicator));
  g_signal_handlers_disconnect_by_data (indicator, &notified);
}

typedef struct
{
  guint position, removed, added, count;
} ItemsChanged;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *seen = user_data;

  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->count++;
}

static void
test_add_remove_indicator (Fixture       *f,
                           gconstpointer  data)
{
  GListModel *indicators = plenary_report_get_indicators (f->report);
  PlenaryParagraph *paragraph = plenary_report_find_paragraph (f->report, FREE_PARAGRAPH);
  guint n = g_list_model_get_n_items (indicators);
  guint n_quoted = plenary_paragraph_get_indicators (paragraph)->len;
  ItemsChanged seen = { 0, };
  PlenaryIndicatorDraft draft = {
    .id = "exports-fall-2019", .label_zh = "出口下降", .label_en = "Exports fall",
    .value = -6.1, .unit = "%", .period = "2019", .kind = "actual", .measure = "growth",
    .category = "opening-up", .paragraph = FREE_PARAGRAPH, .quote = "出口下降 6.1%", .quote_en = "exports down 6.1%",
    .reviewed = FALSE,
  };
  PlenaryIndicator *added;

  g_signal_connect (indicators, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  round_trip (f, plenary_edit_command_new_add_indicator (&draft, 3));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n + 1);
  g_assert_cmpuint (seen.count, ==, 3);
  g_assert_cmpuint (seen.position, ==, 3);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);
  added = find (f, "exports-fall-2019");
  g_assert_false (plenary_indicator_get_reviewed (added));
  g_assert_true (plenary_indicator_get_value (added) == -6.1);
  g_assert_cmpuint (plenary_paragraph_get_indicators (paragraph)->len, ==, n_quoted + 1);
  g_assert_true (g_ptr_array_find (plenary_paragraph_get_indicators (paragraph), added, NULL));

  round_trip (f, plenary_edit_command_new_remove_indicator (FREE_ID));
  g_assert_null (plenary_report_find_indicator (f->report, FREE_ID));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_cmpuint (plenary_paragraph_get_indicators (paragraph)->len, ==, n_quoted);

  g_signal_handlers_disconnect_by_data (indicators, &seen);
}

static const char * const growth_ids[] = {
  "gdp-growth-2019", "retail-sales-growth-2019", NULL,
};

static void
test_charts (Fixture       *f,
             gconstpointer  data)
{
  GListModel *charts = plenary_report_get_charts (f->report);
  guint n = g_list_model_get_n_items (charts);
  ItemsChanged seen = { 0, };
  static const char * const rows[] = { "地区生产总值", "GDP", "社会消费品零售总额", "Retail sales", NULL };
  static const char * const moved_ids[] = { "gdp-growth-2019", "import-growth-2019", "export-growth-2019", NULL };
  PlenaryChartDraft draft = {
    .id = "my-growth-chart", .type = "bar", .title_zh = "增速", .title_en = "Growth",
    .section = "c1s1", .indicators = growth_ids, .rows = rows,
  };
  PlenaryChartSpec *chart, *edited_chart;
  guint changed = 0;

  g_signal_connect (charts, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  round_trip (f, plenary_edit_command_new_add_chart (&draft, G_MAXUINT));
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, n + 1);
  g_assert_cmpuint (seen.position, ==, n);
  g_assert_cmpuint (seen.added, ==, 1);
  chart = plenary_report_find_chart (f->report, "my-growth-chart");
  g_assert_nonnull (chart);
  g_assert_cmpuint (plenary_chart_spec_get_n_rows (chart), ==, 2);
  g_assert_true (g_ptr_array_index (plenary_chart_spec_get_indicators (chart), 0) == find (f, "gdp-growth-2019"));

  /* Editing changes the chart in place, and says so. */
  g_signal_connect_swapped (chart, "changed", G_CALLBACK (count_cb), &changed);
  draft.type = "diverging-bar";
  draft.title_en = "Growth and fall";
  draft.indicators = moved_ids;
  draft.rows = NULL;
  round_trip (f, plenary_edit_command_new_edit_chart ("my-growth-chart", &draft));
  edited_chart = plenary_report_find_chart (f->report, "my-growth-chart");
  g_assert_true (edited_chart == chart);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (plenary_chart_spec_get_chart_type (chart), ==, PLENARY_CHART_DIVERGING_BAR);
  g_assert_cmpstr (plenary_chart_spec_get_title (chart, PLENARY_LANGUAGE_EN), ==, "Growth and fall");
  g_assert_cmpuint (plenary_chart_spec_get_n_rows (chart), ==, 3);
  g_signal_handlers_disconnect_by_data (chart, &changed);

  round_trip (f, plenary_edit_command_new_move_chart ("my-growth-chart", 0));
  {
    g_autoptr(PlenaryChartSpec) first = g_list_model_get_item (charts, 0);
    g_assert_true (first == chart);
  }
  round_trip (f, plenary_edit_command_new_move_chart ("economy-growth-2019", 5));
  {
    g_autoptr(PlenaryChartSpec) sixth = g_list_model_get_item (charts, 5);
    g_assert_cmpstr (plenary_chart_spec_get_id (sixth), ==, "economy-growth-2019");
  }

  round_trip (f, plenary_edit_command_new_remove_chart ("trade-growth-2019"));
  g_assert_null (plenary_report_find_chart (f->report, "trade-growth-2019"));
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, n);

  g_signal_handlers_disconnect_by_data (charts, &seen);
}

static void
test_headlines_and_errata (Fixture       *f,
                           gconstpointer  data)
{
  guint headlines_changed = 0, errata_changed = 0;
  GPtrArray *headlines = plenary_report_get_headlines (f->report);
  GPtrArray *errata = plenary_report_get_errata (f->report);
  guint n_errata = errata->len;
  PlenaryHeadlineDraft chosen[] = {
    { "pm25-2019", NULL },
    { "foreign-trade-value-2019", "foreign-trade-growth-2019" },
    { FREE_ID, NULL },
  };

  g_signal_connect_swapped (f->report, "headlines-changed", G_CALLBACK (count_cb), &headlines_changed);
  g_signal_connect_swapped (f->report, "errata-changed", G_CALLBACK (count_cb), &errata_changed);

  round_trip (f, plenary_edit_command_new_set_headlines (chosen, G_N_ELEMENTS (chosen)));
  g_assert_true (plenary_report_get_headlines (f->report) == headlines);
  g_assert_cmpuint (headlines->len, ==, 3);
  g_assert_true (((PlenaryHeadline *)g_ptr_array_index (headlines, 2))->indicator == find (f, FREE_ID));
  g_assert_true (((PlenaryHeadline *)g_ptr_array_index (headlines, 1))->change == find (f, "foreign-trade-growth-2019"));
  g_assert_cmpuint (headlines_changed, ==, 3);

  /* No headlines at all is a report without the list. */
  round_trip (f, plenary_edit_command_new_set_headlines (NULL, 0));
  g_assert_cmpuint (headlines->len, ==, 0);

  round_trip (f, plenary_edit_command_new_record_erratum (FREE_PARAGRAPH, "增长6.8%", "增长 6.8%",
                                                          "A space before the number."));
  g_assert_cmpuint (n_errata, >, 0);
  g_assert_cmpuint (errata->len, ==, n_errata + 1);
  g_assert_cmpstr (((PlenaryErratum *)g_ptr_array_index (errata, n_errata))->corrected, ==, "增长 6.8%");
  g_assert_cmpuint (errata_changed, ==, 3);

  for (guint i = 0; i <= n_errata; i++)
    round_trip (f, plenary_edit_command_new_remove_erratum (0));
  g_assert_cmpuint (errata->len, ==, 0);

  g_signal_handlers_disconnect_by_data (f->report, &headlines_changed);
  g_signal_handlers_disconnect_by_data (f->report, &errata_changed);
}

static void
test_long_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) original = report_bytes (f->report);
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 20;
  gint64 start = g_get_monotonic_time ();
  double per_edit;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryEditCommand) command = plenary_edit_command_new_set_indicator_value (FREE_ID, 100 + i);
      g_assert_true (plenary_editor_apply (f->editor, command, &error));
      g_assert_no_error (error);
    }
  per_edit = (g_get_monotonic_time () - start) / 1000.0 / n;
  g_test_message ("one edit, checked by the loader: %.1f ms", per_edit);
  edited = report_bytes (f->report);

  for (guint i = 0; i < n; i++)
    g_assert_true (plenary_editor_undo (f->editor, NULL));
  g_assert_false (plenary_editor_get_can_undo (f->editor));
  g_assert_false (plenary_editor_undo (f->editor, &error));
  g_assert_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_NOTHING);
  g_clear_error (&error);
  {
    g_autoptr(GBytes) now = report_bytes (f->report);
    assert_bytes_equal (original, now);
  }

  for (guint i = 0; i < n; i++)
    g_assert_true (plenary_editor_redo (f->editor, NULL));
  g_assert_false (plenary_editor_get_can_redo (f->editor));
  {
    g_autoptr(GBytes) now = report_bytes (f->report);
    assert_bytes_equal (edited, now);
  }

  /* A new edit after undoing cuts off what could be redone. */
  g_assert_true (plenary_editor_undo (f->editor, NULL));
  {
    g_autoptr(PlenaryEditCommand) command = plenary_edit_command_new_set_indicator_value (FREE_ID, 1);
    g_assert_true (plenary_editor_apply (f->editor, command, NULL));
  }
  g_assert_false (plenary_editor_get_can_redo (f->editor));
}

/* Refusals */

typedef struct
{
  const char         *what;
  PlenaryEditCommand *command;
  int                 code;
  const char         *message;  /* the loader's whole message */
} Refusal;

static void
assert_refused (Fixture *f,
                Refusal *r)
{
  g_autoptr(GBytes) before = report_bytes (f->report);
  g_autofree char *document_before = json_to_string (plenary_editor_get_document (f->editor), FALSE);
  g_autofree char *document_after = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean could_undo = plenary_editor_get_can_undo (f->editor);

  g_test_message ("%s", r->what);
  g_assert_false (plenary_editor_apply (f->editor, r->command, &error));
  g_assert_nonnull (error);
  if (error->domain != PLENARY_REPORT_ERROR || error->code != r->code ||
      g_strcmp0 (error->message, r->message) != 0)
    {
      g_printerr ("%s: expected code %d “%s”, got %d “%s”\n", r->what, r->code, r->message,
                  error->code, error->message);
      g_test_fail ();
    }

  /* Nothing changed: not the model, not the document, not the history. */
  after = report_bytes (f->report);
  document_after = json_to_string (plenary_editor_get_document (f->editor), FALSE);
  assert_bytes_equal (before, after);
  g_assert_cmpstr (document_before, ==, document_after);
  g_assert_cmpint (plenary_editor_get_can_undo (f->editor), ==, could_undo);
  g_object_unref (r->command);
}

static guint
index_of (Fixture    *f,
          GListModel *model,
          gpointer    item)
{
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      if (object == item)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  return position;
}

#define IND(id) index_of (f, plenary_report_get_indicators (f->report), find (f, id))
#define CHART(id) index_of (f, plenary_report_get_charts (f->report), plenary_report_find_chart (f->report, id))

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  guint free_index = IND (FREE_ID);
  guint n_indicators = g_list_model_get_n_items (plenary_report_get_indicators (f->report));
  guint n_charts = g_list_model_get_n_items (plenary_report_get_charts (f->report));
  PlenaryIndicatorDraft good = {
    .id = "new-figure", .label_zh = "新", .label_en = "New", .value = 1, .unit = "%",
    .period = "2019", .kind = "actual", .measure = "growth", .category = "economy",
    .paragraph = FREE_PARAGRAPH, .quote = "增长 6.8%", .quote_en = "GDP grew by 6.8%",
    .reviewed = TRUE,
  };
  PlenaryIndicatorDraft bad;
  static const char * const none[] = { NULL };
  static const char * const odd[] = { "key-projects-investment-2019", "key-projects-investment-2020",
                                      "key-projects-investment-2019", NULL };
  static const char * const mixed[] = { "gdp-growth-2019", "key-projects-investment-2019", NULL };
  static const char * const with_negative[] = { "gdp-growth-2019", "export-growth-2019", NULL };
  static const char * const positive[] = { "gdp-growth-2019", "retail-sales-growth-2019", NULL };
  static const char * const unknown[] = { "gdp-growth-2019", "no-such-figure", NULL };
  static const char * const one[] = { "gdp-growth-2019", NULL };
  static const char * const five[] = { "gdp-growth-2019", "retail-sales-growth-2019", "import-growth-2019",
                                       "infrastructure-investment-growth-2019", "online-retail-growth-2019", NULL };
  static const char * const thirteen[] = {
    "gdp-growth-2019", "fixed-asset-investment-growth-2019", "infrastructure-investment-growth-2019",
    "high-tech-manufacturing-growth-2019", "retail-sales-growth-2019", "online-retail-growth-2019",
    "foreign-trade-growth-2019", "import-growth-2019", "general-budget-revenue-growth-2019",
    "patents-granted-growth-2019", "urban-disposable-income-growth-2019",
    "rural-disposable-income-growth-2019", "strategic-emerging-industries-growth-2019", NULL,
  };
  static const char * const pair[] = { "key-projects-investment-2019", "key-projects-investment-2020", NULL };
  static const char * const one_series[] = { "2019", "2019", NULL };
  static const char * const three_rows[] = { "一", "one", "二", "two", "三", "three", NULL };
  PlenaryChartDraft chart = {
    .id = "new-chart", .type = "bar", .title_zh = "图", .title_en = "Chart", .section = "c1s1",
    .indicators = positive,
  };
  PlenaryChartDraft c;
  PlenaryHeadlineDraft thirteen_headlines[13];
  PlenaryHeadlineDraft unknown_headline[] = { { "no-such-figure", NULL } };
  PlenaryHeadlineDraft unknown_change[] = { { "gdp-growth-2019", "no-such-change" } };
  guint ramp = CHART ("mask-output-ramp-2020");
  guint share = CHART ("investment-plan-share-2020");
  guint grouped = CHART ("key-projects-investment-2019-2020");
  guint diverging = CHART ("trade-growth-2019");
  guint n_errata = plenary_report_get_errata (f->report)->len;

#define REFUSE(description, cmd, code_, ...)                                   \
  G_STMT_START {                                                               \
    g_autofree char *message__ = g_strdup_printf (__VA_ARGS__);                \
    Refusal r__ = { description, cmd, PLENARY_REPORT_ERROR_##code_, message__ }; \
    assert_refused (f, &r__);                                                  \
  } G_STMT_END

  /* Indicators: each field's rule. */
  REFUSE ("unknown indicator", plenary_edit_command_new_set_indicator_value ("no-such-figure", 1),
          REFERENCE, "$.indicators: there is no indicator with the id “no-such-figure”.");
  REFUSE ("empty Chinese label",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_LABEL_ZH, ""),
          VALUE, "$.indicators[%u].label.zh: this field must not be empty.", free_index);
  REFUSE ("non-finite value", plenary_edit_command_new_set_indicator_value (FREE_ID, INFINITY),
          VALUE, "$.indicators[%u].value: the number is out of range.", free_index);
  REFUSE ("unknown unit",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_UNIT, "furlongs"),
          REFERENCE, "$.indicators[%u].unit: the unit “furlongs” is not in the report’s unit table.", free_index);
  REFUSE ("bad qualifier",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_QUALIFIER, "roughly"),
          VALUE, "$.indicators[%u].qualifier: “roughly” is not one of more-than, at-least, at-most, about, aim.", free_index);
  REFUSE ("bad period",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_PERIOD, "2020-Q5"),
          VALUE, "$.indicators[%u].period: “2020-Q5” is not a period: use 2019, 2020-Q1, 2020-04, "
          "2020-01/04, 2017/2019 or cumulative.", free_index);
  REFUSE ("bad kind",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_KIND, "forecast"),
          VALUE, "$.indicators[%u].kind: “forecast” is not one of actual, target, baseline.", free_index);
  REFUSE ("bad measure",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_MEASURE, "ratio"),
          VALUE, "$.indicators[%u].measure: “ratio” is not one of level, growth, share, change, rank.", free_index);
  REFUSE ("empty category",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_CATEGORY, ""),
          VALUE, "$.indicators[%u].category: this field must not be empty.", free_index);
  REFUSE ("unknown paragraph",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_PARAGRAPH, "c9s9p9"),
          REFERENCE, "$.indicators[%u].paragraph: there is no paragraph with the id “c9s9p9”.", free_index);
  REFUSE ("quote not in the paragraph",
          plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_QUOTE, "增长 9.9%"),
          QUOTE, "$.indicators[%u].quote.zh: “增长 9.9%%” does not appear in the text of paragraph “c1s1p1”.", free_index);
  bad = good;
  bad.id = "New_Figure";
  REFUSE ("bad id", plenary_edit_command_new_add_indicator (&bad, G_MAXUINT),
          VALUE, "$.indicators[%u].id: “New_Figure” is not a valid id: use lower-case letters and "
          "digits, with single hyphens between words.", n_indicators);
  bad = good;
  bad.id = "gdp-growth-2019";
  REFUSE ("duplicate id", plenary_edit_command_new_add_indicator (&bad, G_MAXUINT),
          DUPLICATE, "$.indicators[%u]: the indicator id “gdp-growth-2019” is used twice.", n_indicators);
  bad = good;
  bad.label_en = NULL;
  REFUSE ("missing English label", plenary_edit_command_new_add_indicator (&bad, 0),
          MISSING, "$.indicators[0].label: the required field “en” is missing.");
  bad = good;
  bad.period = NULL;
  REFUSE ("missing period", plenary_edit_command_new_add_indicator (&bad, 0),
          MISSING, "$.indicators[0]: the required field “period” is missing.");

  /* Removing what others refer to. */
  REFUSE ("remove a headline figure", plenary_edit_command_new_remove_indicator ("gdp-growth-2019"),
          REFERENCE, "$.headlines[0].indicator: there is no indicator with the id “gdp-growth-2019”.");
  REFUSE ("remove a charted figure", plenary_edit_command_new_remove_indicator ("mask-daily-output-2020"),
          REFERENCE, "$.charts[%u].indicators[1]: there is no indicator with the id “mask-daily-output-2020”.", ramp);
  REFUSE ("remove the growth target",
          plenary_edit_command_new_remove_indicator ("fixed-asset-investment-growth-target-2020"),
          REFERENCE, "$.investment.growth_target: there is no indicator with the id "
          "“fixed-asset-investment-growth-target-2020”.");

  /* Edits of an indicator that break a chart that shows it. */
  REFUSE ("unit unlike the chart's",
          plenary_edit_command_new_set_indicator_text ("gdp-growth-2019", PLENARY_INDICATOR_FIELD_UNIT, "百分点"),
          CHART, "$.charts[%u].indicators[1]: “fixed-asset-investment-growth-2019” is in %% but the chart’s "
          "first value is in 百分点; one chart shows one unit.", CHART ("economy-growth-2019"));
  REFUSE ("negative in a share chart",
          plenary_edit_command_new_set_indicator_value ("key-industrial-projects-investment-2020", -1),
          CHART, "$.charts[%u].indicators[0]: “key-industrial-projects-investment-2020” is negative, which a "
          "share chart cannot show; use a diverging-bar chart for values that fall.", share);
  REFUSE ("ramp from zero",
          plenary_edit_command_new_set_indicator_value ("mask-daily-output-baseline-2020", 0),
          CHART, "$.charts[%u].indicators[0]: “mask-daily-output-baseline-2020” is zero, which a ramp cannot "
          "start from.", ramp);
  REFUSE ("diverging without a fall",
          plenary_edit_command_new_set_indicator_value ("export-growth-2019", 6.1),
          CHART, "$.charts[%u].indicators: a diverging-bar chart needs at least one value below zero.", diverging);

  /* Charts. */
  c = chart;
  c.id = "New Chart";
  REFUSE ("bad chart id", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          VALUE, "$.charts[%u].id: “New Chart” is not a valid id: use lower-case letters and digits, "
          "with single hyphens between words.", n_charts);
  c = chart;
  c.id = "economy-growth-2019";
  REFUSE ("duplicate chart id", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          DUPLICATE, "$.charts[%u]: the chart id “economy-growth-2019” is used twice.", n_charts);
  c = chart;
  c.type = "pie";
  REFUSE ("bad type", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          VALUE, "$.charts[%u].type: “pie” is not one of bar, grouped-bar, diverging-bar, share, ramp, "
          "big-number.", n_charts);
  c = chart;
  c.title_en = NULL;
  REFUSE ("missing English title", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          MISSING, "$.charts[%u].title: the required field “en” is missing.", n_charts);
  c = chart;
  c.section = "c9";
  REFUSE ("unknown section", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          REFERENCE, "$.charts[%u].section: there is no chapter, section or item with the id “c9”.", n_charts);
  c = chart;
  c.indicators = unknown;
  REFUSE ("unknown indicator in a chart", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          REFERENCE, "$.charts[%u].indicators[1]: there is no indicator with the id “no-such-figure”.", n_charts);
  c = chart;
  c.indicators = none;
  REFUSE ("no indicators", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a chart needs at least one indicator.", n_charts);
  c = chart;
  c.type = "grouped-bar";
  c.indicators = odd;
  REFUSE ("odd grouped bar", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a grouped-bar chart takes its indicators in pairs, but this "
          "one lists 3.", n_charts);
  c = chart;
  c.indicators = mixed;
  REFUSE ("mixed units", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators[1]: “key-projects-investment-2019” is in 亿元 but the chart’s "
          "first value is in %%; one chart shows one unit.", n_charts);
  c = chart;
  c.indicators = with_negative;
  REFUSE ("negative bar", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators[1]: “export-growth-2019” is negative, which a bar chart cannot "
          "show; use a diverging-bar chart for values that fall.", n_charts);
  c = chart;
  c.type = "diverging-bar";
  REFUSE ("diverging bar without a fall", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a diverging-bar chart needs at least one value below zero.", n_charts);
  c = chart;
  c.type = "share";
  c.indicators = one;
  REFUSE ("share of one part", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a share chart shows 2 to 8 parts, not 1.", n_charts);
  c = chart;
  c.type = "big-number";
  c.indicators = five;
  REFUSE ("five big numbers", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a big-number chart shows 1 to 4 numbers, not 5.", n_charts);
  c = chart;
  c.indicators = thirteen;
  REFUSE ("thirteen rows", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].indicators: a chart shows at most 12 rows, not 13.", n_charts);
  c = chart;
  c.type = "grouped-bar";
  c.indicators = pair;
  REFUSE ("grouped bar without series", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u]: a grouped-bar chart needs a “series” list of 2 labels, one for each value "
          "in a row.", n_charts);
  c.series = one_series;
  REFUSE ("grouped bar with one series label", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].series: a grouped-bar chart needs 2 series labels, one for each value in a "
          "row, not 1.", n_charts);
  c = chart;
  c.rows = three_rows;
  REFUSE ("row labels unlike rows", plenary_edit_command_new_add_chart (&c, G_MAXUINT),
          CHART, "$.charts[%u].rows: there are 3 row labels for 2 rows of values.", n_charts);
  c = chart;
  c.type = "ramp";
  c.indicators = none;
  REFUSE ("editing a ramp to nothing", plenary_edit_command_new_edit_chart ("mask-output-ramp-2020", &c),
          CHART, "$.charts[%u].indicators: a chart needs at least one indicator.", ramp);
  REFUSE ("editing an unknown chart", plenary_edit_command_new_edit_chart ("no-such-chart", &chart),
          REFERENCE, "$.charts: there is no chart with the id “no-such-chart”.");
  REFUSE ("removing an unknown chart", plenary_edit_command_new_remove_chart ("no-such-chart"),
          REFERENCE, "$.charts: there is no chart with the id “no-such-chart”.");
  REFUSE ("moving an unknown chart", plenary_edit_command_new_move_chart ("no-such-chart", 0),
          REFERENCE, "$.charts: there is no chart with the id “no-such-chart”.");
  (void)grouped;

  /* Headlines. */
  for (guint i = 0; i < G_N_ELEMENTS (thirteen_headlines); i++)
    thirteen_headlines[i] = (PlenaryHeadlineDraft) { thirteen[i], NULL };
  REFUSE ("thirteen headlines", plenary_edit_command_new_set_headlines (thirteen_headlines, 13),
          VALUE, "$.headlines: at most 12 headlines fit on the overview; this report has 13.");
  REFUSE ("unknown headline", plenary_edit_command_new_set_headlines (unknown_headline, 1),
          REFERENCE, "$.headlines[0].indicator: there is no indicator with the id “no-such-figure”.");
  REFUSE ("unknown change", plenary_edit_command_new_set_headlines (unknown_change, 1),
          REFERENCE, "$.headlines[0].change: there is no indicator with the id “no-such-change”.");

  /* Errata. */
  REFUSE ("erratum in an unknown paragraph",
          plenary_edit_command_new_record_erratum ("c9s9p9", "a", "b", NULL),
          REFERENCE, "$.errata[%u].paragraph: there is no paragraph with the id “c9s9p9”.", n_errata);
  REFUSE ("erratum not applied",
          plenary_edit_command_new_record_erratum (FREE_PARAGRAPH, "增长 6.8%", "增长 6.9%", NULL),
          QUOTE, "$.errata[%u].corrected: the corrected text “增长 6.9%%” does not appear in paragraph "
          "“c1s1p1”.", n_errata);
  REFUSE ("erratum with no original",
          plenary_edit_command_new_record_erratum (FREE_PARAGRAPH, NULL, "增长 6.8%", NULL),
          MISSING, "$.errata[%u]: the required field “original” is missing.", n_errata);
  REFUSE ("removing an unknown erratum", plenary_edit_command_new_remove_erratum (7),
          REFERENCE, "$.errata[7]: there is no erratum 7.");

  /* A group is refused whole when one of its commands is. */
  {
    PlenaryEditCommand *steps[2];
    g_autoptr(PlenaryEditCommand) fine = plenary_edit_command_new_set_indicator_value (FREE_ID, 3);
    g_autoptr(PlenaryEditCommand) broken = plenary_edit_command_new_set_indicator_text (FREE_ID, PLENARY_INDICATOR_FIELD_KIND, "forecast");

    steps[0] = fine;
    steps[1] = broken;
    REFUSE ("group", plenary_edit_command_new_group ("Both", steps, 2),
            VALUE, "$.indicators[%u].kind: “forecast” is not one of actual, target, baseline.", free_index);
    g_assert_true (plenary_indicator_get_value (find (f, FREE_ID)) == 108);
  }

  g_assert_false (plenary_editor_get_can_undo (f->editor));
  g_assert_false (plenary_editor_get_dirty (f->editor));
#undef REFUSE
}

/* Dirty state and saving */

static void
test_dirty_and_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-editor-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.json", NULL);
  g_autofree char *other_path = g_build_filename (dir, "copy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GBytes) bundled = plenary_report_dup_default_bytes ();
  g_autoptr(PlenaryEditor) editor = NULL;
  g_autoptr(PlenaryEditCommand) command = NULL;
  g_autoptr(PlenaryReport) saved = NULL;
  guint dirty_notified = 0, saved_emitted = 0;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));
  editor = plenary_editor_new_for_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plenary_editor_get_etag (editor));
  g_assert_false (plenary_editor_get_dirty (editor));
  g_signal_connect_swapped (editor, "notify::dirty", G_CALLBACK (count_cb), &dirty_notified);
  g_signal_connect_swapped (editor, "saved", G_CALLBACK (count_cb), &saved_emitted);

  command = plenary_edit_command_new_set_indicator_value (FREE_ID, 109);
  g_assert_true (plenary_editor_apply (editor, command, &error));
  g_assert_true (plenary_editor_get_dirty (editor));
  g_assert_true (plenary_editor_undo (editor, NULL));
  g_assert_false (plenary_editor_get_dirty (editor));
  g_assert_true (plenary_editor_redo (editor, NULL));
  g_assert_true (plenary_editor_get_dirty (editor));
  g_assert_cmpuint (dirty_notified, ==, 3);

  g_assert_true (plenary_editor_save (editor, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (plenary_editor_get_dirty (editor));
  g_assert_cmpuint (saved_emitted, ==, 1);
  saved = plenary_report_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (plenary_indicator_get_value (plenary_report_find_indicator (saved, FREE_ID)) == 109);

  /* Undoing past the save makes it dirty again. */
  g_assert_true (plenary_editor_undo (editor, NULL));
  g_assert_true (plenary_editor_get_dirty (editor));
  g_assert_true (plenary_editor_redo (editor, NULL));
  g_assert_false (plenary_editor_get_dirty (editor));

  /* Someone else writes the file: Save says so and writes nothing. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), &error));
  g_assert_true (plenary_editor_changed_on_disk (editor, NULL));
  g_assert_false (plenary_editor_save (editor, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
  g_assert_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, g_bytes_get_data (bundled, NULL));
  }
  /* …unless told to overwrite. */
  g_assert_true (plenary_editor_save (editor, PLENARY_EDITOR_SAVE_OVERWRITE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (plenary_editor_changed_on_disk (editor, NULL));

  /* Save As makes the new file the report's. */
  g_assert_true (plenary_editor_save_as (editor, other, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (plenary_editor_get_file (editor), other));

  /* A report without a file cannot be saved without asking where. */
  {
    g_autoptr(PlenaryReport) report = plenary_report_load_default (NULL);
    g_autoptr(PlenaryEditor) bundled_editor = plenary_editor_new (report, NULL, NULL);

    g_assert_false (plenary_editor_save (bundled_editor, PLENARY_EDITOR_SAVE_NONE, NULL, &error));
    g_assert_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_NO_FILE);
    g_clear_error (&error);
    plenary_editor_mark_unsaved (bundled_editor);
    g_assert_true (plenary_editor_get_dirty (bundled_editor));
  }

  g_signal_handlers_disconnect_by_data (editor, &dirty_notified);
  g_signal_handlers_disconnect_by_data (editor, &saved_emitted);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (other_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/editor/set-fields", test_set_fields);
  ADD ("/editor/move-to-paragraph", test_move_to_paragraph);
  ADD ("/editor/reviewed", test_reviewed);
  ADD ("/editor/chart-counts", test_chart_counts);
  ADD ("/editor/add-remove-indicator", test_add_remove_indicator);
  ADD ("/editor/charts", test_charts);
  ADD ("/editor/headlines-and-errata", test_headlines_and_errata);
  ADD ("/editor/long-history", test_long_history);
  ADD ("/editor/refusals", test_refusals);
#undef ADD
  g_test_add_func ("/editor/dirty-and-save", test_dirty_and_save);
  g_test_add_func ("/editor/plain-quote", test_plain_quote);

  return g_test_run ();
}
