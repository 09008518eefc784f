/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-editor.h"

G_BEGIN_DECLS

/* A draft found on disk, to offer restoring. */
typedef struct
{
  char      *path;          /* the draft file */
  char      *original_uri;  /* nullable: the report's file, NULL when it had none */
  char      *report_id;
  char      *title_zh;      /* the report's short title */
  char      *title_en;
  GDateTime *saved_at;      /* when the draft was written */
} PlenaryDraftInfo;

void plenary_draft_info_free (PlenaryDraftInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryDraftInfo, plenary_draft_info_free)

#define PLENARY_TYPE_DRAFT_STORE (plenary_draft_store_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryDraftStore, plenary_draft_store, PLENARY, DRAFT_STORE, GObject)

PlenaryDraftStore *plenary_draft_store_new             (const char        *directory);
const char        *plenary_draft_store_get_directory   (PlenaryDraftStore *self);
guint              plenary_draft_store_get_delay       (PlenaryDraftStore *self);
void               plenary_draft_store_set_delay       (PlenaryDraftStore *self,
                                                        guint              delay_ms);
void               plenary_draft_store_watch           (PlenaryDraftStore *self,
                                                        PlenaryEditor     *editor);
void               plenary_draft_store_unwatch         (PlenaryDraftStore *self,
                                                        PlenaryEditor     *editor);
char              *plenary_draft_store_dup_draft_path  (PlenaryDraftStore *self,
                                                        PlenaryEditor     *editor);
gboolean           plenary_draft_store_write_now       (PlenaryDraftStore *self,
                                                        PlenaryEditor     *editor,
                                                        GError           **error);
gboolean           plenary_draft_store_discard         (PlenaryDraftStore *self,
                                                        PlenaryEditor     *editor,
                                                        GError           **error);
GPtrArray         *plenary_draft_store_find_drafts     (PlenaryDraftStore *self,
                                                        GError           **error);
PlenaryEditor     *plenary_draft_store_restore         (PlenaryDraftStore *self,
                                                        const PlenaryDraftInfo *info,
                                                        GError           **error);
gboolean           plenary_draft_store_remove          (PlenaryDraftStore *self,
                                                        const PlenaryDraftInfo *info,
                                                        GError           **error);

G_END_DECLS
