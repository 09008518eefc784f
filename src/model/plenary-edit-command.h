/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  PLENARY_EDIT_SET_INDICATOR_FIELD,
  PLENARY_EDIT_ADD_INDICATOR,
  PLENARY_EDIT_REMOVE_INDICATOR,
  PLENARY_EDIT_ADD_CHART,
  PLENARY_EDIT_EDIT_CHART,
  PLENARY_EDIT_REMOVE_CHART,
  PLENARY_EDIT_MOVE_CHART,
  PLENARY_EDIT_SET_HEADLINES,
  PLENARY_EDIT_RECORD_ERRATUM,
  PLENARY_EDIT_REMOVE_ERRATUM,
  PLENARY_EDIT_GROUP,
} PlenaryEditKind;

/* The fields of an indicator that take text; the value and the reviewed
 * flag have their own constructors. */
typedef enum {
  PLENARY_INDICATOR_FIELD_LABEL_ZH,
  PLENARY_INDICATOR_FIELD_LABEL_EN,
  PLENARY_INDICATOR_FIELD_UNIT,
  PLENARY_INDICATOR_FIELD_QUALIFIER,
  PLENARY_INDICATOR_FIELD_PERIOD,
  PLENARY_INDICATOR_FIELD_KIND,
  PLENARY_INDICATOR_FIELD_MEASURE,
  PLENARY_INDICATOR_FIELD_CATEGORY,
  PLENARY_INDICATOR_FIELD_PARAGRAPH,
  PLENARY_INDICATOR_FIELD_QUOTE,     /* the Chinese quote, or the only one */
  PLENARY_INDICATOR_FIELD_QUOTE_EN,  /* the quote in the paragraph's English text */
} PlenaryIndicatorField;

/* A new indicator as the report's file spells it: ids and names, which
 * the loader's rules check when the command is applied. */
typedef struct
{
  const char *id;
  const char *label_zh;
  const char *label_en;
  double      value;
  const char *unit;        /* a unit id of the report's unit table */
  const char *qualifier;   /* nullable: none */
  const char *period;
  const char *kind;        /* actual, target, baseline */
  const char *measure;     /* level, growth, share, change, rank */
  const char *category;
  const char *paragraph;   /* a paragraph id */
  const char *quote;
  const char *quote_en;    /* nullable: required when the paragraph has English text */
  gboolean    reviewed;
} PlenaryIndicatorDraft;

/* A chart as the report's file spells it. */
typedef struct
{
  const char         *id;
  const char         *type;        /* bar, grouped-bar, diverging-bar, share, ramp, big-number */
  const char         *title_zh;
  const char         *title_en;
  const char         *section;     /* a chapter, section or item id */
  const char * const *indicators;  /* NULL-terminated indicator ids */
  const char * const *series;      /* nullable: zh, en, zh, en…, NULL-terminated */
  const char * const *rows;        /* nullable: likewise */
  const char         *counts_zh;   /* nullable: what a chart of bare counts counts */
  const char         *counts_en;
} PlenaryChartDraft;

typedef struct
{
  const char *indicator;
  const char *change;      /* nullable */
} PlenaryHeadlineDraft;

#define PLENARY_TYPE_EDIT_COMMAND (plenary_edit_command_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryEditCommand, plenary_edit_command, PLENARY, EDIT_COMMAND, GObject)

PlenaryEditCommand *plenary_edit_command_new_set_indicator_text     (const char                  *indicator_id,
                                                                     PlenaryIndicatorField        field,
                                                                     const char                  *text);
PlenaryEditCommand *plenary_edit_command_new_set_indicator_value    (const char                  *indicator_id,
                                                                     double                       value);
PlenaryEditCommand *plenary_edit_command_new_set_indicator_reviewed (const char                  *indicator_id,
                                                                     gboolean                     reviewed);
PlenaryEditCommand *plenary_edit_command_new_add_indicator          (const PlenaryIndicatorDraft *draft,
                                                                     guint                        position);
PlenaryEditCommand *plenary_edit_command_new_remove_indicator       (const char                  *indicator_id);
PlenaryEditCommand *plenary_edit_command_new_add_chart              (const PlenaryChartDraft     *draft,
                                                                     guint                        position);
PlenaryEditCommand *plenary_edit_command_new_edit_chart             (const char                  *chart_id,
                                                                     const PlenaryChartDraft     *draft);
PlenaryEditCommand *plenary_edit_command_new_remove_chart           (const char                  *chart_id);
PlenaryEditCommand *plenary_edit_command_new_move_chart             (const char                  *chart_id,
                                                                     guint                        position);
PlenaryEditCommand *plenary_edit_command_new_set_headlines          (const PlenaryHeadlineDraft  *headlines,
                                                                     guint                        n_headlines);
PlenaryEditCommand *plenary_edit_command_new_record_erratum         (const char                  *paragraph_id,
                                                                     const char                  *original,
                                                                     const char                  *corrected,
                                                                     const char                  *reason);
PlenaryEditCommand *plenary_edit_command_new_remove_erratum         (guint                        index);
PlenaryEditCommand *plenary_edit_command_new_group                  (const char                  *description,
                                                                     PlenaryEditCommand * const  *commands,
                                                                     guint                        n_commands);

PlenaryEditKind     plenary_edit_command_get_kind                   (PlenaryEditCommand          *self);
const char         *plenary_edit_command_get_description            (PlenaryEditCommand          *self);

G_END_DECLS
