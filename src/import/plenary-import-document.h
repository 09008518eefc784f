/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The import engine's working copy of a report: plain structures filled in
 * stage by stage (structure, indicators, plan, charts) and then written out
 * as the report's JSON, which the normal loader checks.  Nothing here is
 * public; the loader's objects are the only model the app sees. */

typedef enum {
  IMP_CHAPTER,
  IMP_SECTION,
  IMP_ITEM,
} ImpNodeKind;

typedef struct _ImpNode ImpNode;

typedef struct {
  char    *id;
  char    *text;
  ImpNode *node;      /* the outline node it belongs to, NULL in preamble/closing */
} ImpParagraph;

struct _ImpNode {
  ImpNodeKind  kind;
  char        *id;
  char        *number;
  char        *title;
  ImpNode     *parent;
  GPtrArray   *paragraphs;  /* ImpParagraph, owned */
  GPtrArray   *children;    /* ImpNode, owned */
  gboolean     is_plan;     /* in a chapter about the plan year */
};

typedef enum {
  IMP_QUALIFIER_NONE,
  IMP_QUALIFIER_MORE_THAN,
  IMP_QUALIFIER_AT_LEAST,
  IMP_QUALIFIER_AT_MOST,
  IMP_QUALIFIER_ABOUT,
  IMP_QUALIFIER_AIM,
} ImpQualifier;

typedef enum {
  IMP_MEASURE_LEVEL,
  IMP_MEASURE_GROWTH,
  IMP_MEASURE_SHARE,
  IMP_MEASURE_CHANGE,
  IMP_MEASURE_RANK,
} ImpMeasure;

typedef enum {
  IMP_KIND_ACTUAL,
  IMP_KIND_TARGET,
  IMP_KIND_BASELINE,
} ImpKind;

typedef struct {
  char         *id;
  char         *label_zh;
  char         *label_en;    /* NULL when the glossary lacks the label */
  const char   *concept;     /* the glossary's concept id, or NULL */
  double        value;
  char         *unit;        /* a unit id of the import unit table */
  ImpQualifier  qualifier;
  char         *period;
  ImpKind       kind;
  ImpMeasure    measure;
  const char   *category;
  ImpParagraph *paragraph;
  char         *quote;
  gsize         quote_offset;   /* in bytes, into paragraph->text */
  gboolean      period_named;   /* a baseline's own year, kept */
} ImpIndicator;

typedef struct {
  char   *id;
  char   *label_zh;
  char   *label_en;
  guint   projects;
  double  amount;
  char   *quote;
  char   *amount_indicator;  /* the id of the indicator of its amount, or NULL */
} ImpCategory;

typedef struct {
  gboolean      found;
  guint         year;
  guint         projects;
  double        amount;
  ImpParagraph *paragraph;
  char         *quote;
  GPtrArray    *categories;   /* ImpCategory */
  char         *growth_target;
  gboolean      has_previous;
  guint         previous_year;
  double        previous_completed;
  double        previous_share;
  ImpParagraph *previous_paragraph;
  char         *previous_quote;
  GPtrArray    *problems;     /* strings: what does not add up */
} ImpPlan;

typedef struct {
  char      *id;
  char      *type;
  char      *title_zh;
  char      *title_en;
  char      *section;
  GPtrArray *indicators;      /* indicator ids (strings) */
  gboolean   has_series;
} ImpChart;

typedef struct {
  char      *title;
  char      *occasion;
  char      *presenter;
  char      *region;
  char      *date;           /* YYYY-MM */
  guint      review_year;
  guint      plan_year;
  GPtrArray *preamble;       /* ImpParagraph */
  GPtrArray *closing;        /* ImpParagraph */
  GPtrArray *chapters;       /* ImpNode */
  GPtrArray *indicators;     /* ImpIndicator */
  ImpPlan    plan;
  GPtrArray *charts;         /* ImpChart */
  GPtrArray *headlines;      /* indicator ids */
  GHashTable *paragraphs;    /* id → ImpParagraph, not owned */
  GHashTable *indicator_ids; /* the ids given so far, owned */
} ImpDocument;

ImpDocument  *imp_document_new        (void);
void          imp_document_free       (ImpDocument  *doc);
ImpParagraph *imp_paragraph_new       (const char   *id,
                                       const char   *text,
                                       ImpNode      *node);
ImpNode      *imp_node_new            (ImpNodeKind   kind,
                                       const char   *id,
                                       const char   *number,
                                       const char   *title,
                                       ImpNode      *parent);
void          imp_indicator_free      (ImpIndicator *indicator);
ImpChart     *imp_chart_new           (const char   *id,
                                       const char   *type,
                                       const char   *section);
guint         imp_document_count_nodes (ImpDocument *doc,
                                        ImpNodeKind  kind);
guint         imp_document_count_paragraphs (ImpDocument *doc);
/* Calls @func on every paragraph in reading order. */
void          imp_document_foreach_paragraph (ImpDocument *doc,
                                              void       (*func) (ImpParagraph *, gpointer),
                                              gpointer     user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImpDocument, imp_document_free)

G_END_DECLS
