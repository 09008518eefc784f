/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-draft-store"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "plenary-draft-store.h"
#include "plenary-report-loader.h"
#include "plenary-report-private.h"
#include "plenary-report-writer.h"

/* Keeps unsaved edits safe from a crash: a few seconds after an editor's
 * report changes, the whole edited report is written, atomically, to a
 * draft in the user's state directory (…/plenary/drafts/); the draft goes
 * when the report is saved, discarded or undone back to its file.  On the
 * next start, plenary_draft_store_find_drafts() lists what is left, and
 * plenary_draft_store_restore() gives an editor with the draft's report,
 * unsaved, for the report's file. */

#define DRAFT_FORMAT "plenary-draft"
#define DRAFT_VERSION 1
#define DEFAULT_DELAY_MS 3000

typedef struct
{
  PlenaryDraftStore *store;     /* unowned: it owns us */
  PlenaryEditor     *editor;
  guint              timeout_id;
  gulong             changed_id;
  gulong             dirty_id;
} Watch;

struct _PlenaryDraftStore
{
  GObject     parent_instance;
  char       *directory;
  guint       delay_ms;
  GHashTable *watches;   /* PlenaryEditor → Watch */
};

G_DEFINE_FINAL_TYPE (PlenaryDraftStore, plenary_draft_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_DELAY,
  N_PROPS
};

enum {
  DRAFT_WRITTEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
plenary_draft_info_free (PlenaryDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->original_uri);
  g_free (info->report_id);
  g_free (info->title_zh);
  g_free (info->title_en);
  g_clear_pointer (&info->saved_at, g_date_time_unref);
  g_free (info);
}

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  g_clear_signal_handler (&watch->changed_id, watch->editor);
  g_clear_signal_handler (&watch->dirty_id, watch->editor);
  g_clear_object (&watch->editor);
  g_free (watch);
}

static void
plenary_draft_store_dispose (GObject *object)
{
  PlenaryDraftStore *self = (PlenaryDraftStore *)object;

  g_clear_pointer (&self->watches, g_hash_table_unref);

  G_OBJECT_CLASS (plenary_draft_store_parent_class)->dispose (object);
}

static void
plenary_draft_store_finalize (GObject *object)
{
  PlenaryDraftStore *self = (PlenaryDraftStore *)object;

  g_free (self->directory);

  G_OBJECT_CLASS (plenary_draft_store_parent_class)->finalize (object);
}

static void
plenary_draft_store_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlenaryDraftStore *self = PLENARY_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_string (value, self->directory);
      break;
    case PROP_DELAY:
      g_value_set_uint (value, self->delay_ms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_draft_store_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlenaryDraftStore *self = PLENARY_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_DELAY:
      plenary_draft_store_set_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_draft_store_class_init (PlenaryDraftStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_draft_store_dispose;
  object_class->finalize = plenary_draft_store_finalize;
  object_class->get_property = plenary_draft_store_get_property;
  object_class->set_property = plenary_draft_store_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_string ("directory", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* How long after a change the draft is written, in milliseconds; while
   * changes keep coming, a draft is written this often. */
  properties[PROP_DELAY] =
    g_param_spec_uint ("delay", NULL, NULL, 1, G_MAXUINT, DEFAULT_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DRAFT_WRITTEN] = g_signal_new ("draft-written", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 2, PLENARY_TYPE_EDITOR, G_TYPE_STRING);
}

static void
plenary_draft_store_init (PlenaryDraftStore *self)
{
  self->delay_ms = DEFAULT_DELAY_MS;
  self->watches = g_hash_table_new_full (NULL, NULL, NULL, watch_free);
}

/* Keeps drafts in @directory, or in the user's state directory
 * ($XDG_STATE_HOME/plenary/drafts) when it is NULL. */
PlenaryDraftStore *
plenary_draft_store_new (const char *directory)
{
  PlenaryDraftStore *self = g_object_new (PLENARY_TYPE_DRAFT_STORE, NULL);

  if (directory != NULL)
    self->directory = g_strdup (directory);
  else
    self->directory = g_build_filename (g_get_user_state_dir (), "plenary", "drafts", NULL);
  return self;
}

const char *
plenary_draft_store_get_directory (PlenaryDraftStore *self)
{
  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), NULL);
  return self->directory;
}

guint
plenary_draft_store_get_delay (PlenaryDraftStore *self)
{
  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), DEFAULT_DELAY_MS);
  return self->delay_ms;
}

void
plenary_draft_store_set_delay (PlenaryDraftStore *self,
                               guint              delay_ms)
{
  g_return_if_fail (PLENARY_IS_DRAFT_STORE (self));
  g_return_if_fail (delay_ms > 0);

  if (self->delay_ms == delay_ms)
    return;
  self->delay_ms = delay_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY]);
}

/* One draft per report file, named after its URI; one for a report
 * without a file, named after the report's id. */
char *
plenary_draft_store_dup_draft_path (PlenaryDraftStore *self,
                                    PlenaryEditor     *editor)
{
  GFile *file;
  g_autofree char *key = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), NULL);

  file = plenary_editor_get_file (editor);
  if (file != NULL)
    key = g_file_get_uri (file);
  else
    key = g_strconcat ("unsaved:", plenary_report_get_id (plenary_editor_get_report (editor)), NULL);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  name = g_strdup_printf ("%s%.32s.json", file != NULL ? "" : "unsaved-", checksum);
  return g_build_filename (self->directory, name, NULL);
}

gboolean
plenary_draft_store_write_now (PlenaryDraftStore  *self,
                               PlenaryEditor      *editor,
                               GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved_at = g_date_time_format_iso8601 (now);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *root = json_object_new ();
  GFile *file;
  gsize length;

  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), FALSE);

  path = plenary_draft_store_dup_draft_path (self, editor);
  file = plenary_editor_get_file (editor);

  json_object_set_string_member (root, "format", DRAFT_FORMAT);
  json_object_set_int_member (root, "version", DRAFT_VERSION);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      json_object_set_string_member (root, "original", uri);
    }
  else
    json_object_set_null_member (root, "original");
  if (plenary_editor_get_etag (editor) != NULL)
    json_object_set_string_member (root, "etag", plenary_editor_get_etag (editor));
  json_object_set_string_member (root, "saved_at", saved_at);
  json_object_set_member (root, "report", plenary_report_writer_build (plenary_editor_get_report (editor)));
  json_node_take_object (node, root);
  data = plenary_json_to_data (node, &length);

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder for drafts “%s”: %s"), self->directory,
                   g_strerror (saved_errno));
      return FALSE;
    }
  /* Written beside and renamed over the old draft, so a crash while
   * writing leaves the previous draft whole. */
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  g_signal_emit (self, signals[DRAFT_WRITTEN], 0, editor, path);
  return TRUE;
}

static gboolean
remove_path (const char  *path,
             GError     **error)
{
  if (g_remove (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not remove the draft “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Removes @editor's draft: the person chose not to keep the changes. */
gboolean
plenary_draft_store_discard (PlenaryDraftStore  *self,
                             PlenaryEditor      *editor,
                             GError            **error)
{
  g_autofree char *path = NULL;
  Watch *watch;

  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), FALSE);

  watch = g_hash_table_lookup (self->watches, editor);
  if (watch != NULL)
    g_clear_handle_id (&watch->timeout_id, g_source_remove);
  path = plenary_draft_store_dup_draft_path (self, editor);
  return remove_path (path, error);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;

  watch->timeout_id = 0;
  if (plenary_editor_get_dirty (watch->editor) &&
      !plenary_draft_store_write_now (watch->store, watch->editor, &error))
    g_warning ("Could not keep a draft of the unsaved changes: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
update_watch (Watch *watch)
{
  if (plenary_editor_get_dirty (watch->editor))
    {
      if (watch->timeout_id == 0)
        watch->timeout_id = g_timeout_add (watch->store->delay_ms, on_timeout_cb, watch);
    }
  else
    {
      /* Saved, or undone back to the file: nothing left to lose. */
      g_autoptr(GError) error = NULL;

      if (!plenary_draft_store_discard (watch->store, watch->editor, &error))
        g_warning ("%s", error->message);
    }
}

static void
on_editor_changed_cb (PlenaryEditor *editor,
                      Watch         *watch)
{
  update_watch (watch);
}

static void
on_editor_dirty_cb (PlenaryEditor *editor,
                    GParamSpec    *pspec,
                    Watch         *watch)
{
  update_watch (watch);
}

/* Keeps a draft of @editor's unsaved changes from now on. */
void
plenary_draft_store_watch (PlenaryDraftStore *self,
                           PlenaryEditor     *editor)
{
  Watch *watch;

  g_return_if_fail (PLENARY_IS_DRAFT_STORE (self));
  g_return_if_fail (PLENARY_IS_EDITOR (editor));

  if (g_hash_table_contains (self->watches, editor))
    return;

  watch = g_new0 (Watch, 1);
  watch->store = self;
  watch->editor = g_object_ref (editor);
  watch->changed_id = g_signal_connect (editor, "changed", G_CALLBACK (on_editor_changed_cb), watch);
  watch->dirty_id = g_signal_connect (editor, "notify::dirty", G_CALLBACK (on_editor_dirty_cb), watch);
  g_hash_table_insert (self->watches, editor, watch);

  /* A report restored from a draft is unsaved from the start. */
  if (plenary_editor_get_dirty (editor))
    update_watch (watch);
}

/* Stops keeping drafts of @editor; its draft stays, if it has one. */
void
plenary_draft_store_unwatch (PlenaryDraftStore *self,
                             PlenaryEditor     *editor)
{
  g_return_if_fail (PLENARY_IS_DRAFT_STORE (self));
  g_return_if_fail (PLENARY_IS_EDITOR (editor));

  g_hash_table_remove (self->watches, editor);
}

static JsonNode *
read_draft (const char  *path,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return NULL;
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ?
         json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), DRAFT_FORMAT) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != DRAFT_VERSION ||
      !json_object_has_member (root, "report") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "report")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a Plenary draft."), path);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static char *
member_text (JsonObject *object,
             const char *key,
             const char *language)
{
  JsonNode *node = object ? json_object_get_member (object, key) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (json_node_get_object (node), language, NULL));
}

static PlenaryDraftInfo *
read_info (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = read_draft (path, &error);
  PlenaryDraftInfo *info;
  JsonObject *root, *report, *metadata;
  JsonNode *metadata_node;

  if (node == NULL)
    {
      g_debug ("Skipping %s: %s", path, error->message);
      return NULL;
    }

  root = json_node_get_object (node);
  report = json_object_get_object_member (root, "report");
  metadata_node = json_object_get_member (report, "metadata");
  metadata = metadata_node && JSON_NODE_HOLDS_OBJECT (metadata_node) ? json_node_get_object (metadata_node) : NULL;

  info = g_new0 (PlenaryDraftInfo, 1);
  info->path = g_strdup (path);
  info->original_uri = g_strdup (json_object_get_string_member_with_default (root, "original", NULL));
  info->saved_at = g_date_time_new_from_iso8601 (json_object_get_string_member_with_default (root, "saved_at", ""), NULL);
  if (metadata != NULL)
    {
      info->report_id = g_strdup (json_object_get_string_member_with_default (metadata, "id", NULL));
      info->title_zh = member_text (metadata, "short_title", "zh");
      info->title_en = member_text (metadata, "short_title", "en");
    }
  if (info->saved_at == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
      info->saved_at = file_info ? g_file_info_get_modification_date_time (file_info)
                                 : g_date_time_new_now_utc ();
    }
  return info;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PlenaryDraftInfo *ia = *(PlenaryDraftInfo * const *)a;
  const PlenaryDraftInfo *ib = *(PlenaryDraftInfo * const *)b;

  return g_date_time_compare (ib->saved_at, ia->saved_at);
}

/* Returns: (transfer container) (element-type PlenaryDraftInfo): the
 * drafts left by an earlier run, newest first; files that are not
 * drafts are passed over */
GPtrArray *
plenary_draft_store_find_drafts (PlenaryDraftStore  *self,
                                 GError            **error)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify)plenary_draft_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), NULL);

  dir = g_dir_open (self->directory, 0, &local_error);
  if (dir == NULL)
    {
      /* No folder yet: no drafts. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&drafts);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      PlenaryDraftInfo *info;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (self->directory, name, NULL);
      info = read_info (path);
      if (info != NULL)
        g_ptr_array_add (drafts, info);
    }
  g_ptr_array_sort (drafts, compare_newest_first);
  return g_steal_pointer (&drafts);
}

/* An editor for the draft's report, unsaved, whose file is the report's
 * original file (if it had one) with the etag it had when the draft was
 * written, so that saving notices a file someone changed since. */
PlenaryEditor *
plenary_draft_store_restore (PlenaryDraftStore       *self,
                             const PlenaryDraftInfo  *info,
                             GError                 **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  JsonObject *root;
  PlenaryEditor *editor;

  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  node = read_draft (info->path, error);
  if (node == NULL)
    return NULL;
  root = json_node_get_object (node);
  report = plenary_report_load_node (json_object_get_member (root, "report"), error);
  if (report == NULL)
    return NULL;
  if (info->original_uri != NULL)
    file = g_file_new_for_uri (info->original_uri);

  editor = plenary_editor_new (report, file,
                               json_object_get_string_member_with_default (root, "etag", NULL));
  plenary_editor_mark_unsaved (editor);
  return editor;
}

gboolean
plenary_draft_store_remove (PlenaryDraftStore       *self,
                            const PlenaryDraftInfo  *info,
                            GError                 **error)
{
  g_return_val_if_fail (PLENARY_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  return remove_path (info->path, error);
}
