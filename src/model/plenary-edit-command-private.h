/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "plenary-edit-command.h"

G_BEGIN_DECLS

/* A command is made of these operations on the report's document. */
typedef enum {
  PLENARY_EDIT_OP_SET_MEMBER,   /* set or remove a member of an element, or of the root */
  PLENARY_EDIT_OP_REPLACE,      /* replace an element */
  PLENARY_EDIT_OP_INSERT,       /* insert an element */
  PLENARY_EDIT_OP_REMOVE,       /* remove an element */
  PLENARY_EDIT_OP_MOVE,         /* move an element */
} PlenaryEditOpKind;

typedef struct
{
  PlenaryEditOpKind  kind;
  char              *array;      /* "indicators", "charts", "errata"; NULL: the root object */
  char              *id;         /* the element by its id; NULL: by index */
  guint              index;      /* by index: which; INSERT and MOVE: where to */
  char              *member;     /* SET_MEMBER: the member */
  char              *submember;  /* SET_MEMBER: nullable, a member of that member's object */
  JsonNode          *value;      /* SET_MEMBER (NULL removes), REPLACE, INSERT */

  /* Recorded by apply, used by revert. */
  JsonNode          *old;
  guint              at;
  guint              moved_to;
  gboolean           created_array;
} PlenaryEditOp;

/* plenary-edit-command-ops.c */
void      plenary_edit_op_free        (gpointer     data);
JsonNode *plenary_json_node_deep_copy (JsonNode    *node);
gboolean  plenary_edit_op_apply       (PlenaryEditOp          *op,
                                       JsonObject  *root,
                                       GError     **error);
void      plenary_edit_op_revert      (PlenaryEditOp          *op,
                                       JsonObject  *root);

/* For the editor: a command as a change to the report's document. */
gboolean plenary_edit_command_apply_document  (PlenaryEditCommand  *self,
                                               JsonObject          *root,
                                               GError             **error);
void     plenary_edit_command_revert_document (PlenaryEditCommand  *self,
                                               JsonObject          *root);

G_END_DECLS
