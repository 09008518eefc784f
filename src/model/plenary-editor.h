/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-edit-command.h"
#include "plenary-report.h"

G_BEGIN_DECLS

#define PLENARY_EDITOR_ERROR (plenary_editor_error_quark ())

typedef enum {
  PLENARY_EDITOR_ERROR_CHANGED_ON_DISK,  /* someone else changed the file since it was read */
  PLENARY_EDITOR_ERROR_NO_FILE,          /* Save without a file: the UI asks where (Save As) */
  PLENARY_EDITOR_ERROR_NOTHING,          /* nothing to undo or redo */
  PLENARY_EDITOR_ERROR_READ_ONLY,        /* an imported report not yet opened for editing */
} PlenaryEditorError;

typedef enum {
  PLENARY_EDITOR_SAVE_NONE = 0,
  PLENARY_EDITOR_SAVE_OVERWRITE = 1 << 0,  /* save over a file changed on disk */
} PlenaryEditorSaveFlags;

#define PLENARY_TYPE_EDITOR (plenary_editor_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryEditor, plenary_editor, PLENARY, EDITOR, GObject)

GQuark         plenary_editor_error_quark            (void);
PlenaryEditor *plenary_editor_new                    (PlenaryReport          *report,
                                                      GFile                  *file,
                                                      const char             *etag);
PlenaryEditor *plenary_editor_new_for_file           (GFile                  *file,
                                                      GCancellable           *cancellable,
                                                      GError                **error);
PlenaryReport *plenary_editor_get_report             (PlenaryEditor          *self);
GFile         *plenary_editor_get_file               (PlenaryEditor          *self);
const char    *plenary_editor_get_etag               (PlenaryEditor          *self);

gboolean       plenary_editor_apply                  (PlenaryEditor          *self,
                                                      PlenaryEditCommand     *command,
                                                      GError                **error);
gboolean       plenary_editor_undo                   (PlenaryEditor          *self,
                                                      GError                **error);
gboolean       plenary_editor_redo                   (PlenaryEditor          *self,
                                                      GError                **error);
gboolean       plenary_editor_get_can_undo           (PlenaryEditor          *self);
gboolean       plenary_editor_get_can_redo           (PlenaryEditor          *self);
const char    *plenary_editor_get_undo_description   (PlenaryEditor          *self);
const char    *plenary_editor_get_redo_description   (PlenaryEditor          *self);
gboolean       plenary_editor_get_dirty              (PlenaryEditor          *self);
void           plenary_editor_mark_unsaved           (PlenaryEditor          *self);
gboolean       plenary_editor_get_read_only          (PlenaryEditor          *self);
void           plenary_editor_set_read_only          (PlenaryEditor          *self,
                                                      gboolean                read_only);

GBytes        *plenary_editor_dup_document_bytes     (PlenaryEditor          *self);
gboolean       plenary_editor_changed_on_disk        (PlenaryEditor          *self,
                                                      GCancellable           *cancellable);
gboolean       plenary_editor_save                   (PlenaryEditor          *self,
                                                      PlenaryEditorSaveFlags  flags,
                                                      GCancellable           *cancellable,
                                                      GError                **error);
gboolean       plenary_editor_save_as                (PlenaryEditor          *self,
                                                      GFile                  *file,
                                                      GCancellable           *cancellable,
                                                      GError                **error);

G_END_DECLS
