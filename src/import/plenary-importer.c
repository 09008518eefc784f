/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-importer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-importer.h"
#include "plenary-report-loader.h"

struct _PlenaryImporter
{
  GObject             parent_instance;
  PlenaryImportStage  stage;
  double              fraction;
  guint               labels_without_english;
  GPtrArray          *notes;
  GMainContext       *context;   /* where progress is shown */
  GThread            *owner;
};

G_DEFINE_FINAL_TYPE (PlenaryImporter, plenary_importer, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (PlenaryImportStage, plenary_import_stage,
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_READING, "reading"),
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_STRUCTURE, "structure"),
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_INDICATORS, "indicators"),
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_CHARTS, "charts"),
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_LOADING, "loading"),
                    G_DEFINE_ENUM_VALUE (PLENARY_IMPORT_STAGE_DONE, "done"))

enum {
  PROP_0,
  PROP_STAGE,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GFile    *file;
  GBytes   *json;
  guint     labels_without_english;
  GPtrArray *notes;
} ImportData;

typedef struct {
  PlenaryImporter    *importer;
  PlenaryImportStage  stage;
  double              fraction;
} Progress;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->json, g_bytes_unref);
  g_clear_pointer (&data->notes, g_ptr_array_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportData, import_data_free)

static void
set_progress (PlenaryImporter    *self,
              PlenaryImportStage  stage,
              double              fraction)
{
  if (self->stage != stage)
    {
      self->stage = stage;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
    }
  if (self->fraction != fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
}

static gboolean
progress_idle_cb (gpointer user_data)
{
  Progress *progress = user_data;

  set_progress (progress->importer, progress->stage, progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer user_data)
{
  Progress *progress = user_data;

  g_object_unref (progress->importer);
  g_free (progress);
}

/* Stages are counted in whatever thread imports and shown in the main
 * context the importer was made in. */
static void
report_stage (PlenaryImportStage stage,
              double             fraction,
              gpointer           user_data)
{
  PlenaryImporter *self = user_data;
  Progress *progress;
  static const double start[] = { 0.0, 0.6, 0.7, 0.85, 0.9, 1.0 };
  double overall = start[stage] + fraction * ((stage < PLENARY_IMPORT_STAGE_DONE ? start[stage + 1] : 1.0) - start[stage]);

  if (self == NULL)
    return;
  if (g_thread_self () == self->owner)
    {
      set_progress (self, stage, overall);
      return;
    }
  progress = g_new0 (Progress, 1);
  progress->importer = g_object_ref (self);
  progress->stage = stage;
  progress->fraction = overall;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, progress_idle_cb, progress, progress_free);
}

static void
reading_progress (double   fraction,
                  gpointer user_data)
{
  report_stage (PLENARY_IMPORT_STAGE_READING, fraction, user_data);
}

gboolean
plenary_importer_handles_name (const char *name)
{
  static const char * const suffixes[] = { ".pdf", ".html", ".htm", ".txt", ".text", NULL };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* PDF by its magic; a web page by its tags near the start; else text. */
static const char *
sniff (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *head = NULL;
  gsize n = MIN (length, 2048);

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return "pdf";
  head = g_ascii_strdown (data, n);
  if (strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL
      || strstr (head, "<body") != NULL || strstr (head, "<head") != NULL
      || strstr (head, "<meta ") != NULL || (strstr (head, "<p") != NULL && strstr (head, "</p>") != NULL)
      || strstr (head, "<div") != NULL)
    return "html";
  {
    gsize i = 0;
    /* A report already in Plenary's format goes to the loader, not here. */
    while (i < n && g_ascii_isspace (data[i]))
      i++;
    if (i < n && data[i] == '{')
      return "json";
  }
  return "text";
}

static GBytes *
run (GFile           *file,
     PlenaryImporter *importer,
     GCancellable    *cancellable,
     guint           *out_untranslated,
     GPtrArray      **out_notes,
     GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(ImpDocument) doc = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *imported = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *version = g_strdup_printf ("Plenary %s", PACKAGE_VERSION);
  ImpProvenance provenance = { name, NULL, imported, version };
  GBytes *json;

  report_stage (PLENARY_IMPORT_STAGE_READING, 0, importer);
  bytes = plenary_import_load_bytes (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_EMPTY, _("The file is empty; there is nothing to import."));
      return NULL;
    }

  provenance.format = sniff (bytes);
  if (g_str_equal (provenance.format, "pdf"))
    paragraphs = plenary_pdf_reader_read (bytes, cancellable, reading_progress, importer, error);
  else if (g_str_equal (provenance.format, "html"))
    paragraphs = plenary_html_reader_read (bytes, error);
  else if (g_str_equal (provenance.format, "json"))
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_UNSUPPORTED,
                   _("This is a JSON file, not a report to import; open it as a Plenary report."));
      return NULL;
    }
  else
    paragraphs = plenary_text_reader_read (bytes, error);
  if (paragraphs == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  json = imp_engine_run (paragraphs, &provenance, cancellable, report_stage, importer, &doc, error);
  if (json != NULL)
    {
      *out_untranslated = imp_document_count_untranslated (doc);
      *out_notes = g_ptr_array_ref (doc->plan.problems);
    }
  return json;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(GError) error = NULL;
  PlenaryReport *report;

  data->json = run (data->file, source_object, cancellable, &data->labels_without_english, &data->notes, &error);
  if (data->json == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  report_stage (PLENARY_IMPORT_STAGE_LOADING, 0, source_object);
  report = plenary_report_load_bytes (data->json, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, g_object_unref);
}

void
plenary_importer_import_async (PlenaryImporter     *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (PLENARY_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  set_progress (self, PLENARY_IMPORT_STAGE_READING, 0);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_importer_import_async);
  g_task_set_return_on_cancel (task, FALSE);
  data = g_new0 (ImportData, 1);
  data->file = g_object_ref (file);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

static void
keep_counts (PlenaryImporter *self,
             ImportData      *data)
{
  self->labels_without_english = data->labels_without_english;
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  if (data->notes != NULL)
    self->notes = g_ptr_array_ref (data->notes);
}

PlenaryReport *
plenary_importer_import_finish (PlenaryImporter  *self,
                                GAsyncResult     *result,
                                GBytes          **out_json,
                                GError          **error)
{
  ImportData *data;
  PlenaryReport *report;

  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  data = g_task_get_task_data (G_TASK (result));
  report = g_task_propagate_pointer (G_TASK (result), error);
  if (report != NULL)
    {
      keep_counts (self, data);
      set_progress (self, PLENARY_IMPORT_STAGE_DONE, 1.0);
      if (out_json != NULL)
        *out_json = g_bytes_ref (data->json);
    }
  return report;
}

PlenaryReport *
plenary_importer_import (PlenaryImporter  *self,
                         GFile            *file,
                         GCancellable     *cancellable,
                         GBytes          **out_json,
                         GError          **error)
{
  g_autoptr(ImportData) data = g_new0 (ImportData, 1);
  PlenaryReport *report;

  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  data->json = run (file, self, cancellable, &data->labels_without_english, &data->notes, error);
  if (data->json == NULL)
    return NULL;
  report_stage (PLENARY_IMPORT_STAGE_LOADING, 0, self);
  report = plenary_report_load_bytes (data->json, error);
  if (report == NULL)
    return NULL;
  report_stage (PLENARY_IMPORT_STAGE_DONE, 1.0, self);
  keep_counts (self, data);
  if (out_json != NULL)
    *out_json = g_bytes_ref (data->json);
  return report;
}

PlenaryImportStage
plenary_importer_get_stage (PlenaryImporter *self)
{
  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), PLENARY_IMPORT_STAGE_READING);
  return self->stage;
}

double
plenary_importer_get_fraction (PlenaryImporter *self)
{
  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), 0);
  return self->fraction;
}

guint
plenary_importer_get_labels_without_english (PlenaryImporter *self)
{
  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), 0);
  return self->labels_without_english;
}

GPtrArray *
plenary_importer_get_notes (PlenaryImporter *self)
{
  g_return_val_if_fail (PLENARY_IS_IMPORTER (self), NULL);
  return self->notes;
}

static void
plenary_importer_finalize (GObject *object)
{
  PlenaryImporter *self = (PlenaryImporter *) object;

  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (plenary_importer_parent_class)->finalize (object);
}

static void
plenary_importer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlenaryImporter *self = PLENARY_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_importer_class_init (PlenaryImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_importer_finalize;
  object_class->get_property = plenary_importer_get_property;

  /* Both change in the main context of the caller of import_async(). */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, PLENARY_TYPE_IMPORT_STAGE, PLENARY_IMPORT_STAGE_READING,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_importer_init (PlenaryImporter *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->owner = g_thread_self ();
}

PlenaryImporter *
plenary_importer_new (void)
{
  return g_object_new (PLENARY_TYPE_IMPORTER, NULL);
}
