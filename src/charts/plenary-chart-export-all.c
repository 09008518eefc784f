/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-export"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-chart-export.h"

/* Every chart of a report into one folder, on all processors: a chart's
 * drawing and PNG encoding take tens of milliseconds each and share
 * nothing, so the workers take the next chart from a common counter.
 * The report is only read.  GListStore is not safe to read from several
 * threads at once (it caches its last position), so the charts are taken
 * out of it first. */

#define MAX_WORKERS 8

typedef struct
{
  PlenaryChartSpec               **specs;
  guint                            n_specs;
  GFile                           *folder;
  const PlenaryChartExportOptions *options;
  GCancellable                    *cancellable;

  gint                             next;       /* atomic: the next chart to take */
  gint                             written;    /* atomic */
  gint                             stop;       /* atomic: a chart failed */

  GMutex                           lock;       /* guards the two below */
  guint                            failed_at;  /* the first chart that failed, in order */
  GError                          *error;
} Job;

static gboolean
export_one (Job     *job,
            guint    index,
            GError **error)
{
  g_autofree char *file_name = plenary_chart_export_dup_file_name (job->specs[index], job->options->format);
  g_autoptr(GFile) file = g_file_get_child (job->folder, file_name);
  g_autoptr(GError) local_error = NULL;

  if (plenary_chart_export_to_file (job->specs[index], job->options, file, job->cancellable, &local_error))
    return TRUE;

  /* TRANSLATORS: the first %s is a file name, the second the reason */
  g_set_error (error, local_error->domain, local_error->code, _("Could not save “%s”: %s"),
               file_name, local_error->message);
  return FALSE;
}

static gpointer
worker (gpointer data)
{
  Job *job = data;

  while (!g_atomic_int_get (&job->stop))
    {
      guint index = (guint) g_atomic_int_add (&job->next, 1);
      GError *error = NULL;

      if (index >= job->n_specs)
        break;

      if (export_one (job, index, &error))
        {
          g_atomic_int_inc (&job->written);
          continue;
        }

      g_atomic_int_set (&job->stop, TRUE);
      g_mutex_lock (&job->lock);
      if (job->error == NULL || index < job->failed_at)
        {
          g_clear_error (&job->error);
          job->error = g_steal_pointer (&error);
          job->failed_at = index;
        }
      g_mutex_unlock (&job->lock);
      g_clear_error (&error);
    }

  return NULL;
}

static gboolean
check_folder (GFile         *folder,
              GCancellable  *cancellable,
              GError       **error)
{
  GFileType type = g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, cancellable);
  g_autofree char *name = NULL;

  if (type == G_FILE_TYPE_DIRECTORY)
    return TRUE;

  name = g_file_get_parse_name (folder);
  if (type == G_FILE_TYPE_UNKNOWN)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The folder “%s” does not exist"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY, _("“%s” is not a folder"), name);
  return FALSE;
}

/**
 * plenary_chart_export_all:
 * @folder: an existing folder
 * @n_written: (out) (optional): how many files were written
 *
 * Writes every chart of @report into @folder, one file a chart named by
 * the chart's id ("growth-2019.png"), several charts at a time.  Stops at
 * the first failure, with @error naming the file (the first in the
 * report's order, if several failed at once); files written before it
 * stay.
 */
gboolean
plenary_chart_export_all (PlenaryReport                   *report,
                          GFile                           *folder,
                          const PlenaryChartExportOptions *options,
                          GCancellable                    *cancellable,
                          guint                           *n_written,
                          GError                         **error)
{
  GListModel *charts;
  GThread *threads[MAX_WORKERS];
  guint n_workers;
  Job job = { 0, };

  g_return_val_if_fail (PLENARY_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (n_written != NULL)
    *n_written = 0;

  if (!check_folder (folder, cancellable, error))
    return FALSE;

  charts = plenary_report_get_charts (report);
  job.n_specs = g_list_model_get_n_items (charts);
  job.specs = g_new (PlenaryChartSpec *, MAX (job.n_specs, 1));
  for (guint i = 0; i < job.n_specs; i++)
    job.specs[i] = g_list_model_get_item (charts, i);
  job.folder = folder;
  job.options = options;
  job.cancellable = cancellable;
  g_mutex_init (&job.lock);

  /* The calling thread works too. */
  n_workers = CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  n_workers = MIN (n_workers, MAX (job.n_specs, 1));
  for (guint t = 1; t < n_workers; t++)
    threads[t] = g_thread_new ("plenary-export", worker, &job);
  worker (&job);
  for (guint t = 1; t < n_workers; t++)
    g_thread_join (threads[t]);

  for (guint i = 0; i < job.n_specs; i++)
    g_object_unref (job.specs[i]);
  g_free (job.specs);
  g_mutex_clear (&job.lock);

  if (n_written != NULL)
    *n_written = (guint) job.written;
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  PlenaryReport             *report;
  GFile                     *folder;
  PlenaryChartExportOptions  options;
  PlenaryChartTheme         *theme;
} ExportAllData;

static void
export_all_data_free (gpointer data)
{
  ExportAllData *task_data = data;

  g_clear_object (&task_data->report);
  g_clear_object (&task_data->folder);
  g_clear_pointer (&task_data->theme, plenary_chart_theme_free);
  g_free (task_data);
}

static void
export_all_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      data,
                   GCancellable *cancellable)
{
  ExportAllData *task_data = data;
  GError *error = NULL;
  guint written = 0;

  if (plenary_chart_export_all (task_data->report, task_data->folder, &task_data->options,
                                cancellable, &written, &error))
    g_task_return_int (task, written);
  else
    g_task_return_error (task, error);
}

/**
 * plenary_chart_export_all_async:
 *
 * As plenary_chart_export_all(), in a worker thread.  The report is only
 * read, never changed, while the task runs.
 */
void
plenary_chart_export_all_async (PlenaryReport                   *report,
                                GFile                           *folder,
                                const PlenaryChartExportOptions *options,
                                GCancellable                    *cancellable,
                                GAsyncReadyCallback              callback,
                                gpointer                         user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportAllData *task_data;

  g_return_if_fail (PLENARY_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (options != NULL);

  task_data = g_new0 (ExportAllData, 1);
  task_data->report = g_object_ref (report);
  task_data->folder = g_object_ref (folder);
  task_data->options = *options;
  if (options->theme != NULL)
    task_data->theme = plenary_chart_theme_copy (options->theme);
  task_data->options.theme = task_data->theme;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_chart_export_all_async);
  g_task_set_task_data (task, task_data, export_all_data_free);
  g_task_run_in_thread (task, export_all_thread);
}

gboolean
plenary_chart_export_all_finish (GAsyncResult  *result,
                                 guint         *n_written,
                                 GError       **error)
{
  gssize written;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  written = g_task_propagate_int (G_TASK (result), error);
  if (written < 0)
    return FALSE;
  if (n_written != NULL)
    *n_written = (guint) written;
  return TRUE;
}
