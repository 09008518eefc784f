/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-edit-command-private.h"
#include "plenary-editor-private.h"
#include "plenary-report-loader.h"
#include "plenary-report-writer.h"

/* The one path for changes to a report.  Every change is a command; the
 * editor applies it to the report's document (what the writer saves),
 * runs the loader on the result, and refuses the change with the loader's
 * message if the loader does, leaving report and document as they were.
 * Otherwise it brings the live report in step (objects change in place
 * and notify; list stores emit items-changed) and keeps the command for
 * undo.  Dirty means the history is not where it was at the last save. */

#define NOT_SAVED G_MAXUINT

struct _PlenaryEditor
{
  GObject        parent_instance;
  PlenaryReport *report;
  GFile         *file;
  char          *etag;
  JsonNode      *document;
  GPtrArray     *history;        /* of PlenaryEditCommand */
  guint          position;       /* how many of history are applied */
  guint          saved_position; /* position at the last save, or NOT_SAVED */
  gboolean       read_only;      /* an imported report until someone chooses to edit it */
};

G_DEFINE_FINAL_TYPE (PlenaryEditor, plenary_editor, G_TYPE_OBJECT)
G_DEFINE_QUARK (plenary-editor-error-quark, plenary_editor_error)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_FILE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_DESCRIPTION,
  PROP_REDO_DESCRIPTION,
  PROP_DIRTY,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  gboolean    can_undo;
  gboolean    can_redo;
  gboolean    dirty;
  const char *undo_description;
  const char *redo_description;
} State;

static void
get_state (PlenaryEditor *self,
           State         *state)
{
  state->can_undo = plenary_editor_get_can_undo (self);
  state->can_redo = plenary_editor_get_can_redo (self);
  state->dirty = plenary_editor_get_dirty (self);
  state->undo_description = plenary_editor_get_undo_description (self);
  state->redo_description = plenary_editor_get_redo_description (self);
}

/* Notifies what differs from @before; descriptions are compared by
 * pointer, since they belong to the commands. */
static void
notify_state (PlenaryEditor *self,
              const State   *before)
{
  State after;

  get_state (self, &after);
  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->dirty != after.dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  if (before->undo_description != after.undo_description)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_DESCRIPTION]);
  if (before->redo_description != after.redo_description)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_DESCRIPTION]);
}

static void
plenary_editor_dispose (GObject *object)
{
  PlenaryEditor *self = (PlenaryEditor *)object;

  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (plenary_editor_parent_class)->dispose (object);
}

static void
plenary_editor_finalize (GObject *object)
{
  PlenaryEditor *self = (PlenaryEditor *)object;

  g_clear_pointer (&self->document, json_node_unref);
  g_clear_pointer (&self->etag, g_free);

  G_OBJECT_CLASS (plenary_editor_parent_class)->finalize (object);
}

static void
plenary_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlenaryEditor *self = PLENARY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, plenary_editor_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, plenary_editor_get_can_redo (self));
      break;
    case PROP_UNDO_DESCRIPTION:
      g_value_set_string (value, plenary_editor_get_undo_description (self));
      break;
    case PROP_REDO_DESCRIPTION:
      g_value_set_string (value, plenary_editor_get_redo_description (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, plenary_editor_get_dirty (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_editor_class_init (PlenaryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = plenary_editor_dispose;
  object_class->finalize = plenary_editor_finalize;
  object_class->get_property = plenary_editor_get_property;

  properties[PROP_REPORT] = g_param_spec_object ("report", NULL, NULL, PLENARY_TYPE_REPORT, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_DESCRIPTION] = g_param_spec_string ("undo-description", NULL, NULL, NULL, flags);
  properties[PROP_REDO_DESCRIPTION] = g_param_spec_string ("redo-description", NULL, NULL, NULL, flags);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, flags);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every change to the report: an edit, an undo or a redo. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* After the report was written to its file. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
plenary_editor_init (PlenaryEditor *self)
{
  self->history = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Edits @report in place.  @file and @etag, when given, are where it was
 * read from and that file's etag then, against which Save checks that no
 * one else changed the file. */
PlenaryEditor *
plenary_editor_new (PlenaryReport *report,
                    GFile         *file,
                    const char    *etag)
{
  PlenaryEditor *self;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (PLENARY_TYPE_EDITOR, NULL);
  self->report = g_object_ref (report);
  g_set_object (&self->file, file);
  self->etag = g_strdup (etag);
  /* The document is built on the first edit (ensure_document()): a window
   * makes an editor for every report it opens, and most are only read. */
  /* As read: not dirty until edited, even without a file, since undoing
   * every edit gives the report back as it came. */
  self->saved_position = 0;
  return self;
}

/* Reads a report to edit from @file, keeping the file's etag. */
PlenaryEditor *
plenary_editor_new_for_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;
  char *contents;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > PLENARY_REPORT_MAX_BYTES)
    {
      g_set_error (error, PLENARY_REPORT_ERROR, PLENARY_REPORT_ERROR_TOO_LARGE,
                   "The file is %.1f MiB; reports larger than %u MiB are refused.",
                   g_file_info_get_size (info) / 1048576.0,
                   (guint)(PLENARY_REPORT_MAX_BYTES / 1048576));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, &etag, error))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  report = plenary_report_load_bytes (bytes, error);
  if (report == NULL)
    return NULL;
  return plenary_editor_new (report, file, etag);
}

PlenaryReport *
plenary_editor_get_report (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  return self->report;
}

/* Returns: (nullable): where Save writes, NULL for a report never saved
 * (the bundled one) */
GFile *
plenary_editor_get_file (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  return self->file;
}

/* Returns: (nullable): the file's etag when it was read or last saved */
const char *
plenary_editor_get_etag (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  return self->etag;
}

/* The document the commands apply to.  Built from the report when first
 * asked for: until then nothing has changed the report (every change goes
 * through this editor), so it is the document of the report as read. */
static JsonNode *
ensure_document (PlenaryEditor *self)
{
  if (self->document == NULL)
    self->document = plenary_report_writer_build (self->report);
  return self->document;
}

/* Loads the document as it now stands and brings the report in step, or
 * leaves the report alone and says what the loader refused. */
static gboolean
load_document (PlenaryEditor  *self,
               GError        **error)
{
  g_autoptr(PlenaryReport) candidate = plenary_report_load_node (self->document, error);

  if (candidate == NULL)
    return FALSE;
  plenary_editor_sync_report (self->report, candidate);
  return TRUE;
}

/* Applies @command, or refuses it with the loader's message (the JSON path
 * and the reason, in PLENARY_REPORT_ERROR) and changes nothing.  An
 * applied command can be undone; it clears what could be redone. */
gboolean
plenary_editor_apply (PlenaryEditor       *self,
                      PlenaryEditCommand  *command,
                      GError             **error)
{
  JsonObject *root;
  State before;

  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (PLENARY_IS_EDIT_COMMAND (command), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A command records what it replaced for its undo: one applied and not
   * undone cannot be applied again; make a new one to repeat a change. */
  for (guint i = 0; i < self->position; i++)
    g_return_val_if_fail (g_ptr_array_index (self->history, i) != command, FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_READ_ONLY,
                           _("This report is read-only: choose Edit to change it."));
      return FALSE;
    }

  root = json_node_get_object (ensure_document (self));
  if (!plenary_edit_command_apply_document (command, root, error))
    return FALSE;
  if (!load_document (self, error))
    {
      plenary_edit_command_revert_document (command, root);
      return FALSE;
    }

  get_state (self, &before);
  /* A save point in the history that is cut off can never come back. */
  if (self->saved_position != NOT_SAVED && self->saved_position > self->position)
    self->saved_position = NOT_SAVED;
  g_ptr_array_set_size (self->history, self->position);
  g_ptr_array_add (self->history, g_object_ref (command));
  self->position++;

  g_signal_emit (self, signals[CHANGED], 0);
  notify_state (self, &before);
  return TRUE;
}

gboolean
plenary_editor_undo (PlenaryEditor  *self,
                     GError        **error)
{
  PlenaryEditCommand *command;
  JsonObject *root;
  State before;

  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);

  if (self->position == 0)
    {
      g_set_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_NOTHING,
                   _("There is nothing to undo."));
      return FALSE;
    }

  command = g_ptr_array_index (self->history, self->position - 1);
  root = json_node_get_object (ensure_document (self));
  plenary_edit_command_revert_document (command, root);
  /* The document is as it was before the command, which the loader took. */
  if (!load_document (self, error))
    {
      g_critical ("undoing “%s” made a report the loader refuses",
                  plenary_edit_command_get_description (command));
      plenary_edit_command_apply_document (command, root, NULL);
      return FALSE;
    }

  get_state (self, &before);
  self->position--;
  g_signal_emit (self, signals[CHANGED], 0);
  notify_state (self, &before);
  return TRUE;
}

gboolean
plenary_editor_redo (PlenaryEditor  *self,
                     GError        **error)
{
  PlenaryEditCommand *command;
  JsonObject *root;
  State before;

  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);

  if (self->position >= self->history->len)
    {
      g_set_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_NOTHING,
                   _("There is nothing to redo."));
      return FALSE;
    }

  command = g_ptr_array_index (self->history, self->position);
  root = json_node_get_object (ensure_document (self));
  if (!plenary_edit_command_apply_document (command, root, error))
    return FALSE;
  if (!load_document (self, error))
    {
      plenary_edit_command_revert_document (command, root);
      return FALSE;
    }

  get_state (self, &before);
  self->position++;
  g_signal_emit (self, signals[CHANGED], 0);
  notify_state (self, &before);
  return TRUE;
}

gboolean
plenary_editor_get_can_undo (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  return self->position > 0;
}

gboolean
plenary_editor_get_can_redo (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  return self->position < self->history->len;
}

/* Returns: (nullable): what Undo would undo, "Change Value" */
const char *
plenary_editor_get_undo_description (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  if (self->position == 0)
    return NULL;
  return plenary_edit_command_get_description (g_ptr_array_index (self->history, self->position - 1));
}

/* Returns: (nullable): what Redo would redo */
const char *
plenary_editor_get_redo_description (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  if (self->position >= self->history->len)
    return NULL;
  return plenary_edit_command_get_description (g_ptr_array_index (self->history, self->position));
}

/* TRUE when the report differs from what was last saved or read: the
 * history is elsewhere than at the save, or the report came from a draft. */
gboolean
plenary_editor_get_dirty (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  return self->position != self->saved_position;
}

/* Marks the report as differing from its file whatever the history says:
 * a report restored from a draft. */
void
plenary_editor_mark_unsaved (PlenaryEditor *self)
{
  State before;

  g_return_if_fail (PLENARY_IS_EDITOR (self));

  get_state (self, &before);
  self->saved_position = NOT_SAVED;
  notify_state (self, &before);
}

/* Returns: (transfer full): the report as Save would write it */
GBytes *
plenary_editor_dup_document_bytes (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  return plenary_report_writer_to_bytes (self->report);
}

/* Returns: (transfer none): the document the editor applies commands to;
 * the same as the writer's of the report, but for the order of keys */
JsonNode *
plenary_editor_get_document (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), NULL);
  return ensure_document (self);
}

/* TRUE when the file no longer has the etag it had when it was read or
 * last saved: someone else wrote it. */
gboolean
plenary_editor_changed_on_disk (PlenaryEditor *self,
                                GCancellable  *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);

  if (self->file == NULL || self->etag == NULL)
    return FALSE;
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info == NULL)
    return FALSE;
  return g_strcmp0 (g_file_info_get_etag (info), self->etag) != 0;
}

static gboolean
write_to (PlenaryEditor  *self,
          GFile          *file,
          const char     *etag,
          GCancellable   *cancellable,
          GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_etag = NULL;
  State before;

  if (!plenary_report_writer_save (self->report, file, etag, &new_etag, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_set_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_CHANGED_ON_DISK,
                       _("“%s” was changed by another program since it was opened."), name);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  get_state (self, &before);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_free (self->etag);
  self->etag = g_steal_pointer (&new_etag);
  self->saved_position = self->position;
  notify_state (self, &before);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* Writes the report over its file, atomically.  Fails with
 * PLENARY_EDITOR_ERROR_CHANGED_ON_DISK, writing nothing, when someone else
 * changed the file since it was read (unless @flags say to overwrite), and
 * with PLENARY_EDITOR_ERROR_NO_FILE when the report has no file yet. */
gboolean
plenary_editor_save (PlenaryEditor           *self,
                     PlenaryEditorSaveFlags   flags,
                     GCancellable            *cancellable,
                     GError                 **error)
{
  const char *etag;

  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);

  if (self->file == NULL)
    {
      g_set_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_NO_FILE,
                   _("The report has no file to save to yet."));
      return FALSE;
    }

  etag = (flags & PLENARY_EDITOR_SAVE_OVERWRITE) ? NULL : self->etag;
  if (etag != NULL && plenary_editor_changed_on_disk (self, cancellable))
    {
      g_autofree char *name = g_file_get_parse_name (self->file);
      g_set_error (error, PLENARY_EDITOR_ERROR, PLENARY_EDITOR_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program since it was opened."), name);
      return FALSE;
    }
  return write_to (self, self->file, etag, cancellable, error);
}

/* Writes the report to @file, which becomes its file.  The file dialog
 * already asked before replacing another file. */
gboolean
plenary_editor_save_as (PlenaryEditor  *self,
                        GFile          *file,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return write_to (self, file, NULL, cancellable, error);
}

/* An imported report opens read-only, so that no stray key changes a
 * figure before someone decides to review it; plenary_editor_apply()
 * refuses every command meanwhile. */
gboolean
plenary_editor_get_read_only (PlenaryEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_EDITOR (self), FALSE);
  return self->read_only;
}

void
plenary_editor_set_read_only (PlenaryEditor *self,
                              gboolean       read_only)
{
  g_return_if_fail (PLENARY_IS_EDITOR (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}
