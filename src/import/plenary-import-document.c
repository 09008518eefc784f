/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-document"

#include "config.h"

#include "plenary-import-document.h"

static void
imp_paragraph_free (ImpParagraph *paragraph)
{
  g_free (paragraph->id);
  g_free (paragraph->text);
  g_free (paragraph);
}

ImpParagraph *
imp_paragraph_new (const char *id,
                   const char *text,
                   ImpNode    *node)
{
  ImpParagraph *paragraph = g_new0 (ImpParagraph, 1);

  paragraph->id = g_strdup (id);
  paragraph->text = g_strdup (text);
  paragraph->node = node;
  return paragraph;
}

static void
imp_node_free (ImpNode *node)
{
  g_free (node->id);
  g_free (node->number);
  g_free (node->title);
  g_ptr_array_unref (node->paragraphs);
  g_ptr_array_unref (node->children);
  g_free (node);
}

ImpNode *
imp_node_new (ImpNodeKind  kind,
              const char  *id,
              const char  *number,
              const char  *title,
              ImpNode     *parent)
{
  ImpNode *node = g_new0 (ImpNode, 1);

  node->kind = kind;
  node->id = g_strdup (id);
  node->number = g_strdup (number);
  node->title = g_strdup (title);
  node->parent = parent;
  node->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_paragraph_free);
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_node_free);
  node->is_plan = parent != NULL ? parent->is_plan : FALSE;
  return node;
}

void
imp_indicator_free (ImpIndicator *indicator)
{
  g_free (indicator->id);
  g_free (indicator->label_zh);
  g_free (indicator->label_en);
  g_free (indicator->unit);
  g_free (indicator->period);
  g_free (indicator->quote);
  g_free (indicator);
}

static void
imp_category_free (ImpCategory *category)
{
  g_free (category->id);
  g_free (category->label_zh);
  g_free (category->label_en);
  g_free (category->quote);
  g_free (category->amount_indicator);
  g_free (category);
}

static void
imp_chart_free (ImpChart *chart)
{
  g_free (chart->id);
  g_free (chart->type);
  g_free (chart->title_zh);
  g_free (chart->title_en);
  g_free (chart->section);
  g_ptr_array_unref (chart->indicators);
  g_free (chart);
}

ImpChart *
imp_chart_new (const char *id,
               const char *type,
               const char *section)
{
  ImpChart *chart = g_new0 (ImpChart, 1);

  chart->id = g_strdup (id);
  chart->type = g_strdup (type);
  chart->section = g_strdup (section);
  chart->indicators = g_ptr_array_new_with_free_func (g_free);
  return chart;
}

ImpDocument *
imp_document_new (void)
{
  ImpDocument *doc = g_new0 (ImpDocument, 1);

  doc->preamble = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_paragraph_free);
  doc->closing = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_paragraph_free);
  doc->chapters = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_node_free);
  doc->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_indicator_free);
  doc->plan.categories = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_category_free);
  doc->plan.problems = g_ptr_array_new_with_free_func (g_free);
  doc->charts = g_ptr_array_new_with_free_func ((GDestroyNotify)imp_chart_free);
  doc->headlines = g_ptr_array_new_with_free_func (g_free);
  doc->paragraphs = g_hash_table_new (g_str_hash, g_str_equal);
  doc->indicator_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return doc;
}

void
imp_document_free (ImpDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_free (doc->occasion);
  g_free (doc->presenter);
  g_free (doc->region);
  g_free (doc->date);
  g_hash_table_unref (doc->paragraphs);
  g_hash_table_unref (doc->indicator_ids);
  g_ptr_array_unref (doc->indicators);
  g_ptr_array_unref (doc->preamble);
  g_ptr_array_unref (doc->closing);
  g_ptr_array_unref (doc->chapters);
  g_ptr_array_unref (doc->plan.categories);
  g_ptr_array_unref (doc->plan.problems);
  g_free (doc->plan.quote);
  g_free (doc->plan.growth_target);
  g_free (doc->plan.previous_quote);
  g_ptr_array_unref (doc->charts);
  g_ptr_array_unref (doc->headlines);
  g_free (doc);
}

static guint
count_nodes (GPtrArray   *nodes,
             ImpNodeKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      ImpNode *node = g_ptr_array_index (nodes, i);
      n += (node->kind == kind) + count_nodes (node->children, kind);
    }
  return n;
}

guint
imp_document_count_nodes (ImpDocument *doc,
                          ImpNodeKind  kind)
{
  return count_nodes (doc->chapters, kind);
}

static void
foreach_in_node (ImpNode  *node,
                 void    (*func) (ImpParagraph *, gpointer),
                 gpointer  user_data)
{
  for (guint i = 0; i < node->paragraphs->len; i++)
    func (g_ptr_array_index (node->paragraphs, i), user_data);
  for (guint i = 0; i < node->children->len; i++)
    foreach_in_node (g_ptr_array_index (node->children, i), func, user_data);
}

void
imp_document_foreach_paragraph (ImpDocument *doc,
                                void       (*func) (ImpParagraph *, gpointer),
                                gpointer     user_data)
{
  for (guint i = 0; i < doc->preamble->len; i++)
    func (g_ptr_array_index (doc->preamble, i), user_data);
  for (guint i = 0; i < doc->chapters->len; i++)
    foreach_in_node (g_ptr_array_index (doc->chapters, i), func, user_data);
  for (guint i = 0; i < doc->closing->len; i++)
    func (g_ptr_array_index (doc->closing, i), user_data);
}

static void
count_one (ImpParagraph *paragraph,
           gpointer      user_data)
{
  (*(guint *)user_data)++;
}

guint
imp_document_count_paragraphs (ImpDocument *doc)
{
  guint n = 0;

  imp_document_foreach_paragraph (doc, count_one, &n);
  return n;
}
