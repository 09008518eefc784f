/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-edit-command"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-edit-command-private.h"
#include "plenary-report-loader.h"

/* A change to a report, written as a change to the report's document: the
 * editor applies it to the document the writer made, runs the loader's
 * rules on the result, and only then brings the model in step.  So an
 * edit is checked by exactly the rules a file is, and the messages are the
 * loader's (JSON path and reason).  Each command is a few operations on
 * the document's top-level arrays; applying one records what it replaced,
 * so that it can be reverted.  The editor applies and reverts commands in
 * strict last-in, first-out order, which keeps the recorded indices true. */

struct _PlenaryEditCommand
{
  GObject          parent_instance;
  PlenaryEditKind  kind;
  char            *description;
  GPtrArray       *ops;       /* of PlenaryEditOp */
  GPtrArray       *children;  /* of PlenaryEditCommand, for a group */
};

G_DEFINE_FINAL_TYPE (PlenaryEditCommand, plenary_edit_command, G_TYPE_OBJECT)

static void
plenary_edit_command_finalize (GObject *object)
{
  PlenaryEditCommand *self = (PlenaryEditCommand *)object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->ops, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_edit_command_parent_class)->finalize (object);
}

static void
plenary_edit_command_class_init (PlenaryEditCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_edit_command_finalize;
}

static void
plenary_edit_command_init (PlenaryEditCommand *self)
{
  self->ops = g_ptr_array_new_with_free_func (plenary_edit_op_free);
}

static PlenaryEditCommand *
command_new (PlenaryEditKind  kind,
             const char      *description)
{
  PlenaryEditCommand *self = g_object_new (PLENARY_TYPE_EDIT_COMMAND, NULL);

  self->kind = kind;
  self->description = g_strdup (description);
  return self;
}

static PlenaryEditOp *
add_op (PlenaryEditCommand *self,
        PlenaryEditOpKind   kind,
        const char         *array,
        const char         *id)
{
  PlenaryEditOp *op = g_new0 (PlenaryEditOp, 1);

  op->kind = kind;
  op->array = g_strdup (array);
  op->id = g_strdup (id);
  g_ptr_array_add (self->ops, op);
  return op;
}

static JsonNode *
string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text ? text : "");
  return node;
}

static void
object_set_string (JsonObject *object,
                   const char *key,
                   const char *text)
{
  if (text != NULL)
    json_object_set_string_member (object, key, text);
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static JsonObject *
text_object (const char *zh,
             const char *en,
             gboolean    en_optional)
{
  JsonObject *text = json_object_new ();

  json_object_set_string_member (text, "zh", zh ? zh : "");
  if (en != NULL && (!en_optional || *en != '\0'))
    json_object_set_string_member (text, "en", en);
  return text;
}

/* Setting a field */

static const struct {
  const char *member;
  const char *submember;
  const char *description;
} field_info[] = {
  [PLENARY_INDICATOR_FIELD_LABEL_ZH] = { "label", "zh", N_("Change Chinese Label") },
  [PLENARY_INDICATOR_FIELD_LABEL_EN] = { "label", "en", N_("Change English Label") },
  [PLENARY_INDICATOR_FIELD_UNIT] = { "unit", NULL, N_("Change Unit") },
  [PLENARY_INDICATOR_FIELD_QUALIFIER] = { "qualifier", NULL, N_("Change Qualifier") },
  [PLENARY_INDICATOR_FIELD_PERIOD] = { "period", NULL, N_("Change Period") },
  [PLENARY_INDICATOR_FIELD_KIND] = { "kind", NULL, N_("Change Kind") },
  [PLENARY_INDICATOR_FIELD_MEASURE] = { "measure", NULL, N_("Change Measure") },
  [PLENARY_INDICATOR_FIELD_CATEGORY] = { "category", NULL, N_("Change Category") },
  [PLENARY_INDICATOR_FIELD_PARAGRAPH] = { "paragraph", NULL, N_("Change Paragraph") },
  [PLENARY_INDICATOR_FIELD_QUOTE] = { "quote", NULL, N_("Change Quote") },
};

static PlenaryEditCommand *
set_member_command (const char *indicator_id,
                    const char *member,
                    const char *submember,
                    JsonNode   *value,
                    const char *description)
{
  PlenaryEditCommand *self = command_new (PLENARY_EDIT_SET_INDICATOR_FIELD, description);
  PlenaryEditOp *op = add_op (self, PLENARY_EDIT_OP_SET_MEMBER, "indicators", indicator_id);

  op->member = g_strdup (member);
  op->submember = g_strdup (submember);
  op->value = value;
  return self;
}

/* Sets a field that takes text.  An empty or NULL qualifier removes the
 * qualifier; for every other field the text is checked as the file's
 * would be, so an empty period is refused with the loader's message. */
PlenaryEditCommand *
plenary_edit_command_new_set_indicator_text (const char            *indicator_id,
                                             PlenaryIndicatorField  field,
                                             const char            *text)
{
  JsonNode *value = NULL;

  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (field <= PLENARY_INDICATOR_FIELD_QUOTE, NULL);

  if (field != PLENARY_INDICATOR_FIELD_QUALIFIER || (text != NULL && *text != '\0'))
    value = string_node (text);
  return set_member_command (indicator_id, field_info[field].member, field_info[field].submember,
                             value, _(field_info[field].description));
}

PlenaryEditCommand *
plenary_edit_command_new_set_indicator_value (const char *indicator_id,
                                              double      value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  g_return_val_if_fail (indicator_id != NULL, NULL);

  json_node_set_double (node, value);
  return set_member_command (indicator_id, "value", NULL, node, _("Change Value"));
}

/* Reviewed is the default, which the file leaves out. */
PlenaryEditCommand *
plenary_edit_command_new_set_indicator_reviewed (const char *indicator_id,
                                                 gboolean    reviewed)
{
  JsonNode *node = NULL;

  g_return_val_if_fail (indicator_id != NULL, NULL);

  if (!reviewed)
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, FALSE);
    }
  return set_member_command (indicator_id, "reviewed", NULL, node,
                             reviewed ? _("Mark Reviewed") : _("Mark Not Reviewed"));
}

/* Indicators */

static JsonNode *
indicator_node (const PlenaryIndicatorDraft *draft)
{
  JsonObject *object = json_object_new ();

  object_set_string (object, "id", draft->id);
  json_object_set_object_member (object, "label", text_object (draft->label_zh, draft->label_en, FALSE));
  json_object_set_double_member (object, "value", draft->value);
  object_set_string (object, "unit", draft->unit);
  if (draft->qualifier != NULL && *draft->qualifier != '\0')
    object_set_string (object, "qualifier", draft->qualifier);
  object_set_string (object, "period", draft->period);
  object_set_string (object, "kind", draft->kind);
  object_set_string (object, "measure", draft->measure);
  object_set_string (object, "category", draft->category);
  object_set_string (object, "paragraph", draft->paragraph);
  object_set_string (object, "quote", draft->quote);
  if (!draft->reviewed)
    json_object_set_boolean_member (object, "reviewed", FALSE);
  return object_node (object);
}

/* Adds an indicator at @position in the report's list (G_MAXUINT: at the
 * end).  A NULL field of @draft is left out, and the loader says so. */
PlenaryEditCommand *
plenary_edit_command_new_add_indicator (const PlenaryIndicatorDraft *draft,
                                        guint                        position)
{
  PlenaryEditCommand *self;
  PlenaryEditOp *op;

  g_return_val_if_fail (draft != NULL, NULL);

  self = command_new (PLENARY_EDIT_ADD_INDICATOR, _("Add Indicator"));
  op = add_op (self, PLENARY_EDIT_OP_INSERT, "indicators", NULL);
  op->index = position;
  op->value = indicator_node (draft);
  return self;
}

/* Refused, with the loader's message, while a chart, a headline or the
 * investment plan still refers to the indicator. */
PlenaryEditCommand *
plenary_edit_command_new_remove_indicator (const char *indicator_id)
{
  PlenaryEditCommand *self;

  g_return_val_if_fail (indicator_id != NULL, NULL);

  self = command_new (PLENARY_EDIT_REMOVE_INDICATOR, _("Remove Indicator"));
  add_op (self, PLENARY_EDIT_OP_REMOVE, "indicators", indicator_id);
  return self;
}

/* Charts */

static JsonArray *
labels_array (const char * const *labels)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; labels[i] != NULL; i += 2)
    {
      json_array_add_object_element (array, text_object (labels[i], labels[i + 1], TRUE));
      if (labels[i + 1] == NULL)
        break;
    }
  return array;
}

static JsonNode *
chart_node (const char              *id,
            const PlenaryChartDraft *draft)
{
  JsonObject *object = json_object_new ();
  JsonArray *indicators = json_array_new ();

  object_set_string (object, "id", id);
  object_set_string (object, "type", draft->type);
  json_object_set_object_member (object, "title", text_object (draft->title_zh, draft->title_en, FALSE));
  object_set_string (object, "section", draft->section);
  for (guint i = 0; draft->indicators != NULL && draft->indicators[i] != NULL; i++)
    json_array_add_string_element (indicators, draft->indicators[i]);
  json_object_set_array_member (object, "indicators", indicators);
  if (draft->series != NULL && draft->series[0] != NULL)
    json_object_set_array_member (object, "series", labels_array (draft->series));
  if (draft->rows != NULL && draft->rows[0] != NULL)
    json_object_set_array_member (object, "rows", labels_array (draft->rows));
  return object_node (object);
}

PlenaryEditCommand *
plenary_edit_command_new_add_chart (const PlenaryChartDraft *draft,
                                    guint                    position)
{
  PlenaryEditCommand *self;
  PlenaryEditOp *op;

  g_return_val_if_fail (draft != NULL, NULL);

  self = command_new (PLENARY_EDIT_ADD_CHART, _("Add Chart"));
  op = add_op (self, PLENARY_EDIT_OP_INSERT, "charts", NULL);
  op->index = position;
  op->value = chart_node (draft->id, draft);
  return self;
}

/* Replaces the chart @chart_id with @draft, in its place; a NULL id in
 * @draft keeps the chart's id. */
PlenaryEditCommand *
plenary_edit_command_new_edit_chart (const char              *chart_id,
                                     const PlenaryChartDraft *draft)
{
  PlenaryEditCommand *self;
  PlenaryEditOp *op;

  g_return_val_if_fail (chart_id != NULL, NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  self = command_new (PLENARY_EDIT_EDIT_CHART, _("Edit Chart"));
  op = add_op (self, PLENARY_EDIT_OP_REPLACE, "charts", chart_id);
  op->value = chart_node (draft->id ? draft->id : chart_id, draft);
  return self;
}

PlenaryEditCommand *
plenary_edit_command_new_remove_chart (const char *chart_id)
{
  PlenaryEditCommand *self;

  g_return_val_if_fail (chart_id != NULL, NULL);

  self = command_new (PLENARY_EDIT_REMOVE_CHART, _("Remove Chart"));
  add_op (self, PLENARY_EDIT_OP_REMOVE, "charts", chart_id);
  return self;
}

/* Moves the chart to @position in the list of charts as it is after the
 * chart left its place (G_MAXUINT: to the end). */
PlenaryEditCommand *
plenary_edit_command_new_move_chart (const char *chart_id,
                                     guint       position)
{
  PlenaryEditCommand *self;
  PlenaryEditOp *op;

  g_return_val_if_fail (chart_id != NULL, NULL);

  self = command_new (PLENARY_EDIT_MOVE_CHART, _("Move Chart"));
  op = add_op (self, PLENARY_EDIT_OP_MOVE, "charts", chart_id);
  op->index = position;
  return self;
}

/* Headlines and errata */

/* Replaces the headline figures with @headlines, in order; none removes
 * the list. */
PlenaryEditCommand *
plenary_edit_command_new_set_headlines (const PlenaryHeadlineDraft *headlines,
                                        guint                       n_headlines)
{
  PlenaryEditCommand *self;
  PlenaryEditOp *op;

  g_return_val_if_fail (headlines != NULL || n_headlines == 0, NULL);

  self = command_new (PLENARY_EDIT_SET_HEADLINES, _("Choose Headlines"));
  op = add_op (self, PLENARY_EDIT_OP_SET_MEMBER, NULL, NULL);
  op->member = g_strdup ("headlines");
  if (n_headlines > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < n_headlines; i++)
        {
          JsonObject *object = json_object_new ();

          object_set_string (object, "indicator", headlines[i].indicator);
          object_set_string (object, "change", headlines[i].change);
          json_array_add_object_element (array, object);
        }
      op->value = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (op->value, array);
    }
  return self;
}

/* Records that the printed text had @original where the report now reads
 * @corrected; @corrected must stand in the paragraph. */
PlenaryEditCommand *
plenary_edit_command_new_record_erratum (const char *paragraph_id,
                                         const char *original,
                                         const char *corrected,
                                         const char *reason)
{
  PlenaryEditCommand *self;
  JsonObject *object = json_object_new ();
  PlenaryEditOp *op;

  self = command_new (PLENARY_EDIT_RECORD_ERRATUM, _("Record Erratum"));
  op = add_op (self, PLENARY_EDIT_OP_INSERT, "errata", NULL);
  op->index = G_MAXUINT;
  object_set_string (object, "paragraph", paragraph_id);
  object_set_string (object, "original", original);
  object_set_string (object, "corrected", corrected);
  if (reason != NULL && *reason != '\0')
    object_set_string (object, "reason", reason);
  op->value = object_node (object);
  return self;
}

PlenaryEditCommand *
plenary_edit_command_new_remove_erratum (guint index)
{
  PlenaryEditCommand *self = command_new (PLENARY_EDIT_REMOVE_ERRATUM, _("Remove Erratum"));
  PlenaryEditOp *op = add_op (self, PLENARY_EDIT_OP_REMOVE, "errata", NULL);

  op->index = index;
  return self;
}

/* One undo step for several commands, applied in order: "Mark All
 * Reviewed", or removing an indicator and the charts that show it. */
PlenaryEditCommand *
plenary_edit_command_new_group (const char                 *description,
                                PlenaryEditCommand * const *commands,
                                guint                       n_commands)
{
  PlenaryEditCommand *self;

  g_return_val_if_fail (description != NULL, NULL);
  g_return_val_if_fail (commands != NULL || n_commands == 0, NULL);

  self = command_new (PLENARY_EDIT_GROUP, description);
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_commands; i++)
    {
      g_return_val_if_fail (PLENARY_IS_EDIT_COMMAND (commands[i]), self);
      g_ptr_array_add (self->children, g_object_ref (commands[i]));
    }
  return self;
}

PlenaryEditKind
plenary_edit_command_get_kind (PlenaryEditCommand *self)
{
  g_return_val_if_fail (PLENARY_IS_EDIT_COMMAND (self), PLENARY_EDIT_GROUP);
  return self->kind;
}

/* The words for the Undo and Redo tooltips: "Change Value". */
const char *
plenary_edit_command_get_description (PlenaryEditCommand *self)
{
  g_return_val_if_fail (PLENARY_IS_EDIT_COMMAND (self), NULL);
  return self->description;
}

/* Applies the command to @root, the report's document, or changes nothing
 * and says why (an indicator or chart it names is not there). */
gboolean
plenary_edit_command_apply_document (PlenaryEditCommand  *self,
                                     JsonObject          *root,
                                     GError             **error)
{
  g_return_val_if_fail (PLENARY_IS_EDIT_COMMAND (self), FALSE);

  if (self->children != NULL)
    {
      for (guint i = 0; i < self->children->len; i++)
        if (!plenary_edit_command_apply_document (g_ptr_array_index (self->children, i), root, error))
          {
            while (i-- > 0)
              plenary_edit_command_revert_document (g_ptr_array_index (self->children, i), root);
            return FALSE;
          }
      return TRUE;
    }

  for (guint i = 0; i < self->ops->len; i++)
    if (!plenary_edit_op_apply (g_ptr_array_index (self->ops, i), root, error))
      {
        while (i-- > 0)
          plenary_edit_op_revert (g_ptr_array_index (self->ops, i), root);
        return FALSE;
      }
  return TRUE;
}

/* Undoes the last plenary_edit_command_apply_document() of this command;
 * the document must be as that left it. */
void
plenary_edit_command_revert_document (PlenaryEditCommand *self,
                                      JsonObject         *root)
{
  g_return_if_fail (PLENARY_IS_EDIT_COMMAND (self));

  if (self->children != NULL)
    {
      for (guint i = self->children->len; i-- > 0;)
        plenary_edit_command_revert_document (g_ptr_array_index (self->children, i), root);
      return;
    }
  for (guint i = self->ops->len; i-- > 0;)
    plenary_edit_op_revert (g_ptr_array_index (self->ops, i), root);
}
