/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-edit-command"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-edit-command-private.h"
#include "plenary-report-loader.h"

/* The operations a command is made of, on the report's document: each
 * records what it replaced when applied, so that it can be reverted. */

void
plenary_edit_op_free (gpointer data)
{
  PlenaryEditOp *op = data;

  g_free (op->array);
  g_free (op->id);
  g_free (op->member);
  g_free (op->submember);
  g_clear_pointer (&op->value, json_node_unref);
  g_clear_pointer (&op->old, json_node_unref);
  g_free (op);
}

/* A copy that shares nothing with @node, so that no later change to the
 * document reaches what a command keeps for redo and undo. */
JsonNode *
plenary_json_node_deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObject *object_copy = json_object_new ();
        g_autoptr(GList) members = json_object_get_members (object);

        for (GList *l = members; l != NULL; l = l->next)
          json_object_set_member (object_copy, l->data,
                                  plenary_json_node_deep_copy (json_object_get_member (object, l->data)));
        copy = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (copy, object_copy);
      }
      return copy;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *array_copy = json_array_sized_new (json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (array_copy, plenary_json_node_deep_copy (json_array_get_element (array, i)));
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, array_copy);
      }
      return copy;
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      copy = json_node_new (JSON_NODE_TYPE (node));
      if (JSON_NODE_HOLDS_VALUE (node))
        {
          GValue value = G_VALUE_INIT;

          json_node_get_value (node, &value);
          json_node_set_value (copy, &value);
          g_value_unset (&value);
        }
      return copy;
    }
}

static JsonArray *
get_array (JsonObject *root,
           const char *key)
{
  JsonNode *node = json_object_get_member (root, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* json-glib 1.6 can only append to an array, so a change in the middle
 * builds the array again, sharing the elements. */
static void
array_splice (JsonObject *root,
              const char *key,
              guint       index,
              guint       n_remove,
              JsonNode   *insert,
              JsonNode  **removed)
{
  JsonArray *old = get_array (root, key);
  guint n = old ? json_array_get_length (old) : 0;
  JsonArray *array = json_array_sized_new (n + 1);

  g_assert (index + n_remove <= n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (old, i);

      if (i == index && insert != NULL)
        json_array_add_element (array, g_steal_pointer (&insert));
      if (i >= index && i < index + n_remove)
        {
          if (removed != NULL)
            *removed = json_node_ref (element);
          continue;
        }
      json_array_add_element (array, json_node_ref (element));
    }
  if (insert != NULL)
    json_array_add_element (array, insert);
  json_object_set_array_member (root, key, array);
}

static gboolean
find_element (PlenaryEditOp  *op,
              JsonObject     *root,
              guint          *out_index,
              GError        **error)
{
  JsonArray *array = get_array (root, op->array);
  guint n = array ? json_array_get_length (array) : 0;
  g_autofree char *reason = NULL;

  if (op->id == NULL)
    {
      if (op->index < n)
        {
          *out_index = op->index;
          return TRUE;
        }
      /* Only errata are taken by index. */
      reason = g_strdup_printf (_("there is no erratum %u."), op->index);
      g_set_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_REFERENCE,
                   "$.%s[%u]: %s", op->array, op->index, reason);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (element),
                                                                  "id", NULL), op->id) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }
  /* Worded as the loader words a reference it cannot find. */
  if (g_strcmp0 (op->array, "indicators") == 0)
    reason = g_strdup_printf (_("there is no indicator with the id “%s”."), op->id);
  else
    reason = g_strdup_printf (_("there is no chart with the id “%s”."), op->id);
  g_set_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_REFERENCE,
               "$.%s: %s", op->array, reason);
  return FALSE;
}

static JsonObject *
member_target (PlenaryEditOp *op,
               JsonObject    *root,
               guint          index)
{
  JsonObject *target = root;
  JsonNode *node;

  if (op->array != NULL)
    target = json_node_get_object (json_array_get_element (get_array (root, op->array), index));
  if (op->submember == NULL)
    return target;

  node = json_object_get_member (target, op->member);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      json_object_set_object_member (target, op->member, json_object_new ());
      node = json_object_get_member (target, op->member);
    }
  return json_node_get_object (node);
}

static void
set_member (JsonObject *object,
            const char *key,
            JsonNode   *value)
{
  if (value != NULL)
    json_object_set_member (object, key, value);
  else if (json_object_has_member (object, key))
    json_object_remove_member (object, key);
}

gboolean
plenary_edit_op_apply (PlenaryEditOp  *op,
                       JsonObject     *root,
                       GError        **error)
{
  guint n = op->array && get_array (root, op->array) ? json_array_get_length (get_array (root, op->array)) : 0;
  JsonObject *target;
  const char *key;

  switch (op->kind)
    {
    case PLENARY_EDIT_OP_SET_MEMBER:
      if (op->array != NULL && !find_element (op, root, &op->at, error))
        return FALSE;
      target = member_target (op, root, op->at);
      key = op->submember ? op->submember : op->member;
      g_clear_pointer (&op->old, json_node_unref);
      if (json_object_has_member (target, key))
        op->old = json_node_ref (json_object_get_member (target, key));
      set_member (target, key, op->value ? plenary_json_node_deep_copy (op->value) : NULL);
      return TRUE;

    case PLENARY_EDIT_OP_REPLACE:
      if (!find_element (op, root, &op->at, error))
        return FALSE;
      g_clear_pointer (&op->old, json_node_unref);
      array_splice (root, op->array, op->at, 1, plenary_json_node_deep_copy (op->value), &op->old);
      return TRUE;

    case PLENARY_EDIT_OP_INSERT:
      op->created_array = get_array (root, op->array) == NULL;
      op->at = MIN (op->index, n);
      array_splice (root, op->array, op->at, 0, plenary_json_node_deep_copy (op->value), NULL);
      return TRUE;

    case PLENARY_EDIT_OP_REMOVE:
      if (!find_element (op, root, &op->at, error))
        return FALSE;
      g_clear_pointer (&op->old, json_node_unref);
      array_splice (root, op->array, op->at, 1, NULL, &op->old);
      /* The writer leaves out an empty list of errata, headlines or
       * charts; the document does too.  Indicators are required. */
      if (json_array_get_length (get_array (root, op->array)) == 0 &&
          g_strcmp0 (op->array, "indicators") != 0)
        json_object_remove_member (root, op->array);
      return TRUE;

    case PLENARY_EDIT_OP_MOVE:
      if (!find_element (op, root, &op->at, error))
        return FALSE;
      {
        JsonNode *element = NULL;

        array_splice (root, op->array, op->at, 1, NULL, &element);
        op->moved_to = MIN (op->index, n - 1);
        array_splice (root, op->array, op->moved_to, 0, element, NULL);
      }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

void
plenary_edit_op_revert (PlenaryEditOp *op,
                        JsonObject    *root)
{
  JsonObject *target;

  switch (op->kind)
    {
    case PLENARY_EDIT_OP_SET_MEMBER:
      target = member_target (op, root, op->at);
      set_member (target, op->submember ? op->submember : op->member,
                  op->old ? json_node_ref (op->old) : NULL);
      break;

    case PLENARY_EDIT_OP_REPLACE:
      array_splice (root, op->array, op->at, 1, json_node_ref (op->old), NULL);
      break;

    case PLENARY_EDIT_OP_INSERT:
      array_splice (root, op->array, op->at, 1, NULL, NULL);
      if (op->created_array)
        json_object_remove_member (root, op->array);
      break;

    case PLENARY_EDIT_OP_REMOVE:
      array_splice (root, op->array, op->at, 0, json_node_ref (op->old), NULL);
      break;

    case PLENARY_EDIT_OP_MOVE:
      {
        JsonNode *element = NULL;

        array_splice (root, op->array, op->moved_to, 1, NULL, &element);
        array_splice (root, op->array, op->at, 0, element, NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}
