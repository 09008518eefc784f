/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report"

#include "plenary-report-private.h"

struct _PlenaryReport
{
  GObject                parent_instance;
  char                  *id;
  char                  *texts[PLENARY_REPORT_N_FIELDS][2];
  char                  *date;
  char                  *language;
  guint                  review_year;
  guint                  plan_year;
  GListStore            *preamble;
  GListStore            *chapters;
  GListStore            *closing;
  GListStore            *indicators;
  GListStore            *charts;
  GPtrArray             *headlines;
  GPtrArray             *errata;
  GPtrArray             *all_paragraphs;
  PlenaryInvestmentPlan *investment;
  PlenaryDeck           *deck;
  GHashTable            *units;
  GPtrArray             *units_in_order;
  GHashTable            *paragraphs_by_id;
  GHashTable            *nodes_by_id;
  GHashTable            *indicators_by_id;
  GHashTable            *charts_by_id;
  char                  *source_file;
  char                  *source_format;
  char                  *imported;
  gboolean               unreviewed;
  GBytes                *source;
};

G_DEFINE_FINAL_TYPE (PlenaryReport, plenary_report, G_TYPE_OBJECT)

enum {
  HEADLINES_CHANGED,
  ERRATA_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
headline_free (gpointer data)
{
  PlenaryHeadline *headline = data;

  g_clear_object (&headline->indicator);
  g_clear_object (&headline->change);
  g_free (headline);
}

static void
erratum_free (gpointer data)
{
  PlenaryErratum *erratum = data;

  g_clear_object (&erratum->paragraph);
  g_free (erratum->original);
  g_free (erratum->corrected);
  g_free (erratum->reason);
  g_free (erratum);
}

static void
plenary_report_dispose (GObject *object)
{
  PlenaryReport *self = (PlenaryReport *)object;

  g_clear_pointer (&self->charts_by_id, g_hash_table_unref);
  g_clear_pointer (&self->indicators_by_id, g_hash_table_unref);
  g_clear_pointer (&self->nodes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->paragraphs_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);
  g_clear_pointer (&self->units_in_order, g_ptr_array_unref);
  g_clear_pointer (&self->headlines, g_ptr_array_unref);
  g_clear_pointer (&self->errata, g_ptr_array_unref);
  g_clear_pointer (&self->all_paragraphs, g_ptr_array_unref);
  g_clear_object (&self->investment);
  g_clear_object (&self->deck);
  g_clear_object (&self->charts);
  g_clear_object (&self->indicators);
  g_clear_object (&self->closing);
  g_clear_object (&self->chapters);
  g_clear_object (&self->preamble);

  G_OBJECT_CLASS (plenary_report_parent_class)->dispose (object);
}

static void
plenary_report_finalize (GObject *object)
{
  PlenaryReport *self = (PlenaryReport *)object;

  g_free (self->id);
  g_free (self->date);
  g_free (self->source_file);
  g_free (self->source_format);
  g_free (self->imported);
  g_clear_pointer (&self->source, g_bytes_unref);
  g_free (self->language);
  for (guint i = 0; i < PLENARY_REPORT_N_FIELDS; i++)
    {
      g_free (self->texts[i][0]);
      g_free (self->texts[i][1]);
    }

  G_OBJECT_CLASS (plenary_report_parent_class)->finalize (object);
}

static void
plenary_report_class_init (PlenaryReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_report_dispose;
  object_class->finalize = plenary_report_finalize;

  /* The headline figures or the errata changed: the arrays that
   * plenary_report_get_headlines() and _get_errata() return stay the
   * same arrays, with new contents. */
  signals[HEADLINES_CHANGED] = g_signal_new ("headlines-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  signals[ERRATA_CHANGED] = g_signal_new ("errata-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
plenary_report_init (PlenaryReport *self)
{
  self->preamble = g_list_store_new (PLENARY_TYPE_PARAGRAPH);
  self->chapters = g_list_store_new (PLENARY_TYPE_OUTLINE_NODE);
  self->closing = g_list_store_new (PLENARY_TYPE_PARAGRAPH);
  self->indicators = g_list_store_new (PLENARY_TYPE_INDICATOR);
  self->charts = g_list_store_new (PLENARY_TYPE_CHART_SPEC);
  self->headlines = g_ptr_array_new_with_free_func (headline_free);
  self->errata = g_ptr_array_new_with_free_func (erratum_free);
  self->all_paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->units_in_order = g_ptr_array_new_with_free_func (g_object_unref);
  self->paragraphs_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->nodes_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->indicators_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->charts_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

PlenaryReport *
plenary_report_new (void)
{
  return g_object_new (PLENARY_TYPE_REPORT, NULL);
}

void
plenary_report_set_id (PlenaryReport *self,
                       const char    *id)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_free (self->id);
  self->id = g_strdup (id);
}

void
plenary_report_set_text (PlenaryReport      *self,
                         PlenaryReportField  field,
                         const char         *zh,
                         const char         *en)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_return_if_fail (field < PLENARY_REPORT_N_FIELDS);

  g_free (self->texts[field][0]);
  g_free (self->texts[field][1]);
  self->texts[field][0] = g_strdup (zh);
  self->texts[field][1] = g_strdup (en);
}

void
plenary_report_set_dates (PlenaryReport *self,
                          const char    *date,
                          guint          review_year,
                          guint          plan_year)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_free (self->date);
  self->date = g_strdup (date);
  self->review_year = review_year;
  self->plan_year = plan_year;
}

static gboolean
insert_unique (GHashTable *table,
               const char *id,
               gpointer    object)
{
  if (g_hash_table_contains (table, id))
    return FALSE;
  g_hash_table_insert (table, g_strdup (id), g_object_ref (object));
  return TRUE;
}

gboolean
plenary_report_add_unit (PlenaryReport *self,
                         PlenaryUnit   *unit)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);
  if (!insert_unique (self->units, plenary_unit_get_id (unit), unit))
    return FALSE;
  g_ptr_array_add (self->units_in_order, g_object_ref (unit));
  return TRUE;
}

/* Paragraphs and outline nodes share one namespace of ids, so a link to
 * "c1s2" or "c1s2p3" is never ambiguous. */
gboolean
plenary_report_register_paragraph (PlenaryReport    *self,
                                   PlenaryParagraph *paragraph)
{
  const char *id = plenary_paragraph_get_id (paragraph);

  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);

  if (g_hash_table_contains (self->nodes_by_id, id))
    return FALSE;
  if (!insert_unique (self->paragraphs_by_id, id, paragraph))
    return FALSE;
  g_ptr_array_add (self->all_paragraphs, g_object_ref (paragraph));
  return TRUE;
}

gboolean
plenary_report_register_node (PlenaryReport      *self,
                              PlenaryOutlineNode *node)
{
  const char *id = plenary_outline_node_get_id (node);

  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);

  if (g_hash_table_contains (self->paragraphs_by_id, id))
    return FALSE;
  return insert_unique (self->nodes_by_id, id, node);
}

void
plenary_report_add_preamble (PlenaryReport    *self,
                             PlenaryParagraph *paragraph)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_list_store_append (self->preamble, paragraph);
}

void
plenary_report_add_closing (PlenaryReport    *self,
                            PlenaryParagraph *paragraph)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_list_store_append (self->closing, paragraph);
}

void
plenary_report_add_chapter (PlenaryReport      *self,
                            PlenaryOutlineNode *chapter)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_list_store_append (self->chapters, chapter);
}

gboolean
plenary_report_add_indicator (PlenaryReport    *self,
                              PlenaryIndicator *indicator)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);

  if (!insert_unique (self->indicators_by_id, plenary_indicator_get_id (indicator), indicator))
    return FALSE;
  g_list_store_append (self->indicators, indicator);
  plenary_paragraph_add_indicator (plenary_indicator_get_paragraph (indicator), indicator);
  return TRUE;
}

gboolean
plenary_report_add_chart (PlenaryReport    *self,
                          PlenaryChartSpec *chart)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);

  if (!insert_unique (self->charts_by_id, plenary_chart_spec_get_id (chart), chart))
    return FALSE;
  g_list_store_append (self->charts, chart);
  return TRUE;
}

void
plenary_report_add_headline (PlenaryReport    *self,
                             PlenaryIndicator *indicator,
                             PlenaryIndicator *change)
{
  PlenaryHeadline *headline;

  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (indicator));

  headline = g_new0 (PlenaryHeadline, 1);
  headline->indicator = g_object_ref (indicator);
  g_set_object (&headline->change, change);
  g_ptr_array_add (self->headlines, headline);
}

void
plenary_report_add_erratum (PlenaryReport    *self,
                            PlenaryParagraph *paragraph,
                            const char       *original,
                            const char       *corrected,
                            const char       *reason)
{
  PlenaryErratum *erratum;

  g_return_if_fail (PLENARY_IS_REPORT (self));

  erratum = g_new0 (PlenaryErratum, 1);
  erratum->paragraph = g_object_ref (paragraph);
  erratum->original = g_strdup (original);
  erratum->corrected = g_strdup (corrected);
  erratum->reason = g_strdup (reason);
  g_ptr_array_add (self->errata, erratum);
}

void
plenary_report_set_investment (PlenaryReport         *self,
                               PlenaryInvestmentPlan *plan)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_set_object (&self->investment, plan);
}

void
plenary_report_set_language (PlenaryReport *self,
                             const char    *language)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));
  g_free (self->language);
  self->language = g_strdup (language);
}

/* Makes @store hold @items with one splice over the part that differs,
 * so that a list view keeps its rows and selection around a change. */
static void
splice_store (GListStore *store,
              GPtrArray  *items)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < items->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);
      if (item != g_ptr_array_index (items, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < items->len - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);
      if (item != g_ptr_array_index (items, items->len - 1 - suffix))
        break;
      suffix++;
    }
  if (prefix == n_old && prefix == items->len)
    return;
  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       items->pdata + prefix, items->len - prefix - suffix);
}

static void
rebuild_index (GHashTable  *table,
               GPtrArray   *items,
               const char *(*get_id) (gpointer))
{
  g_hash_table_remove_all (table);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      g_hash_table_insert (table, g_strdup (get_id (item)), g_object_ref (item));
    }
}

/* @indicators: (element-type PlenaryIndicator): the new list, with unique
 * ids.  The paragraphs' lists of quoted indicators are the caller's. */
void
plenary_report_replace_indicators (PlenaryReport *self,
                                   GPtrArray     *indicators)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  rebuild_index (self->indicators_by_id, indicators, (gpointer)plenary_indicator_get_id);
  splice_store (self->indicators, indicators);
}

/* @charts: (element-type PlenaryChartSpec): the new list, with unique ids */
void
plenary_report_replace_charts (PlenaryReport *self,
                               GPtrArray     *charts)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  rebuild_index (self->charts_by_id, charts, (gpointer)plenary_chart_spec_get_id);
  splice_store (self->charts, charts);
}

static void
move_contents (GPtrArray *to,
               GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_ptr_array_index (from, i));
  /* @to owns the elements now. */
  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_set_size (from, 0);
}

/* @headlines: (element-type PlenaryHeadline): allocated with g_new0() and
 * holding references; they move into the report, which emits
 * ::headlines-changed. */
void
plenary_report_replace_headlines (PlenaryReport *self,
                                  GPtrArray     *headlines)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  move_contents (self->headlines, headlines);
  g_signal_emit (self, signals[HEADLINES_CHANGED], 0);
}

/* @errata: (element-type PlenaryErratum): as for headlines */
void
plenary_report_replace_errata (PlenaryReport *self,
                               GPtrArray     *errata)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  move_contents (self->errata, errata);
  g_signal_emit (self, signals[ERRATA_CHANGED], 0);
}

const char *
plenary_report_get_id (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->id;
}

const char *
plenary_report_get_text (PlenaryReport      *self,
                         PlenaryReportField  field,
                         PlenaryLanguage     language)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  g_return_val_if_fail (field < PLENARY_REPORT_N_FIELDS, NULL);
  return plenary_language_pick (language, self->texts[field][0], self->texts[field][1]);
}

/* The text as the file gives it, without falling back on the other
 * language: what the writer saves. */
const char *
plenary_report_get_text_raw (PlenaryReport      *self,
                             PlenaryReportField  field,
                             PlenaryLanguage     language)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  g_return_val_if_fail (field < PLENARY_REPORT_N_FIELDS, NULL);
  return self->texts[field][language == PLENARY_LANGUAGE_ZH ? 0 : 1];
}

const char *
plenary_report_get_date (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->date;
}

/* The language tag of the report's text, "zh-CN". */
const char *
plenary_report_get_language (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->language;
}

guint
plenary_report_get_review_year (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), 0);
  return self->review_year;
}

guint
plenary_report_get_plan_year (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), 0);
  return self->plan_year;
}

/* Returns: (transfer none): a list model of PlenaryParagraph */
GListModel *
plenary_report_get_preamble (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->preamble);
}

/* Returns: (transfer none): a list model of PlenaryOutlineNode */
GListModel *
plenary_report_get_chapters (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->chapters);
}

/* Returns: (transfer none): a list model of PlenaryParagraph */
GListModel *
plenary_report_get_closing (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->closing);
}

/* Returns: (transfer none): a list model of PlenaryIndicator */
GListModel *
plenary_report_get_indicators (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

/* Returns: (transfer none): a list model of PlenaryChartSpec */
GListModel *
plenary_report_get_charts (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->charts);
}

/* Returns: (transfer none) (element-type PlenaryHeadline) */
GPtrArray *
plenary_report_get_headlines (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->headlines;
}

/* Returns: (transfer none) (element-type PlenaryErratum) */
GPtrArray *
plenary_report_get_errata (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->errata;
}

/* Returns: (nullable) (transfer none) */
PlenaryInvestmentPlan *
plenary_report_get_investment (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->investment;
}

/* Returns: (nullable) (transfer none): the JSON the report was loaded
 * from, kept so that a converted copy (PlenaryScriptConverter) can be
 * loaded from it with the loader's every check */
GBytes *
plenary_report_get_source_bytes (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->source;
}

void
plenary_report_set_source_bytes (PlenaryReport *self,
                                 GBytes        *source)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  g_clear_pointer (&self->source, g_bytes_unref);
  self->source = source != NULL ? g_bytes_ref (source) : NULL;
}

/* Returns: (transfer none): the story deck and the target pairs; empty
 * when the report does not say */
PlenaryDeck *
plenary_report_get_deck (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);

  if (self->deck == NULL)
    self->deck = plenary_deck_new ();
  return self->deck;
}

/* Returns: (transfer none) (element-type PlenaryParagraph): every
 * paragraph in reading order, preamble to closing */
GPtrArray *
plenary_report_get_all_paragraphs (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->all_paragraphs;
}

/* Returns: (transfer none) (element-type PlenaryUnit): the unit table, in
 * the report's order */
GPtrArray *
plenary_report_get_units (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->units_in_order;
}

PlenaryUnit *
plenary_report_find_unit (PlenaryReport *self,
                          const char    *id)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return id ? g_hash_table_lookup (self->units, id) : NULL;
}

PlenaryParagraph *
plenary_report_find_paragraph (PlenaryReport *self,
                               const char    *id)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return id ? g_hash_table_lookup (self->paragraphs_by_id, id) : NULL;
}

PlenaryOutlineNode *
plenary_report_find_node (PlenaryReport *self,
                          const char    *id)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return id ? g_hash_table_lookup (self->nodes_by_id, id) : NULL;
}

/* Returns: (nullable) (transfer none): the chapter or section whose page
 * reads @paragraph: an item's paragraphs are read within their section,
 * the closing words at the end of the last section. %NULL for the
 * opening words, which the overview shows, and for a paragraph that is
 * not the report's. */
PlenaryOutlineNode *
plenary_report_get_reading_node (PlenaryReport    *self,
                                 PlenaryParagraph *paragraph)
{
  PlenaryOutlineNode *node;
  GListModel *chapters;
  GListModel *sections;
  guint n;

  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (paragraph), NULL);

  chapters = G_LIST_MODEL (self->chapters);

  node = plenary_paragraph_get_node (paragraph);
  if (node != NULL)
    {
      while (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_ITEM)
        node = plenary_outline_node_get_parent (node);
      return node;
    }

  if (!g_list_store_find (self->closing, paragraph, NULL) ||
      (n = g_list_model_get_n_items (chapters)) == 0)
    return NULL;

  /* Borrowed: the report holds its chapters, and they their sections. */
  node = g_list_model_get_item (chapters, n - 1);
  g_object_unref (node);
  sections = plenary_outline_node_get_children (node);
  if ((n = g_list_model_get_n_items (sections)) > 0)
    {
      node = g_list_model_get_item (sections, n - 1);
      g_object_unref (node);
    }
  return node;
}

PlenaryIndicator *
plenary_report_find_indicator (PlenaryReport *self,
                               const char    *id)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return id ? g_hash_table_lookup (self->indicators_by_id, id) : NULL;
}

PlenaryChartSpec *
plenary_report_find_chart (PlenaryReport *self,
                           const char    *id)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return id ? g_hash_table_lookup (self->charts_by_id, id) : NULL;
}

/* Returns: (transfer container) (element-type PlenaryChartSpec): the
 * charts that show @indicator, in report order */
GPtrArray *
plenary_report_dup_charts_for_indicator (PlenaryReport    *self,
                                         PlenaryIndicator *indicator)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (PLENARY_IS_REPORT (self), found);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->charts));
  for (guint i = 0; i < n; i++)
    {
      PlenaryChartSpec *chart = g_list_model_get_item (G_LIST_MODEL (self->charts), i);

      if (plenary_chart_spec_shows (chart, indicator))
        g_ptr_array_add (found, chart);
      else
        g_object_unref (chart);
    }
  return found;
}

/* Returns: (transfer container) (element-type PlenaryChartSpec): the
 * charts that belong to @node or to a node below it, in report order */
GPtrArray *
plenary_report_dup_charts_for_node (PlenaryReport      *self,
                                    PlenaryOutlineNode *node)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (PLENARY_IS_REPORT (self), found);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->charts));
  for (guint i = 0; i < n; i++)
    {
      PlenaryChartSpec *chart = g_list_model_get_item (G_LIST_MODEL (self->charts), i);

      if (plenary_outline_node_contains (node, plenary_chart_spec_get_section (chart)))
        g_ptr_array_add (found, chart);
      else
        g_object_unref (chart);
    }
  return found;
}

void
plenary_report_set_provenance (PlenaryReport *self,
                               const char    *source_file,
                               const char    *format,
                               const char    *imported,
                               gboolean       reviewed)
{
  g_return_if_fail (PLENARY_IS_REPORT (self));

  g_free (self->source_file);
  self->source_file = g_strdup (source_file);
  g_free (self->source_format);
  self->source_format = g_strdup (format);
  g_free (self->imported);
  self->imported = g_strdup (imported);
  self->unreviewed = !reviewed;
}

const char *
plenary_report_get_source_file (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->source_file;
}

const char *
plenary_report_get_source_format (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->source_format;
}

const char *
plenary_report_get_imported (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), NULL);
  return self->imported;
}

/* A hand-made report counts as reviewed; an imported one until someone
 * says otherwise does not. */
gboolean
plenary_report_is_reviewed (PlenaryReport *self)
{
  g_return_val_if_fail (PLENARY_IS_REPORT (self), FALSE);
  return !self->unreviewed;
}

/* Returns: how many of @report's indicators are reviewed; the count of
 * all in @n_indicators. */
guint
plenary_report_count_reviewed (PlenaryReport *report,
                               guint         *n_indicators)
{
  GListModel *indicators;
  guint n, reviewed = 0;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), 0);

  indicators = plenary_report_get_indicators (report);
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      reviewed += plenary_indicator_get_reviewed (indicator) ? 1 : 0;
    }
  if (n_indicators != NULL)
    *n_indicators = n;
  return reviewed;
}
