/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-import-cli.h"
#include "plenary-importer.h"
#include "plenary-investment-plan.h"
#include "plenary-outline-node.h"

static void
count_nodes (GListModel *nodes,
             guint       counts[3],
             guint      *paragraphs)
{
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PlenaryOutlineNode) node = g_list_model_get_item (nodes, i);
      counts[plenary_outline_node_get_kind (node)]++;
      *paragraphs += g_list_model_get_n_items (plenary_outline_node_get_paragraphs (node));
      count_nodes (plenary_outline_node_get_children (node), counts, paragraphs);
    }
}

static void
print_summary (FILE            *out,
               const char      *input,
               PlenaryReport   *report,
               PlenaryImporter *importer)
{
  guint counts[3] = { 0, 0, 0 };
  guint paragraphs = g_list_model_get_n_items (plenary_report_get_preamble (report))
                     + g_list_model_get_n_items (plenary_report_get_closing (report));
  PlenaryInvestmentPlan *plan = plenary_report_get_investment (report);
  GPtrArray *notes = plenary_importer_get_notes (importer);

  count_nodes (plenary_report_get_chapters (report), counts, &paragraphs);
  /* TRANSLATORS: a summary of an imported report; the first %s is the
   * file's name, the second its format (text, html, pdf) */
  fprintf (out, _("%s: imported (%s): %u chapters, %u sections, %u items, %u paragraphs, "
                  "%u indicators, %u charts, %u labels without English\n"),
           input, plenary_report_get_source_format (report), counts[0], counts[1], counts[2], paragraphs,
           g_list_model_get_n_items (plenary_report_get_indicators (report)),
           g_list_model_get_n_items (plenary_report_get_charts (report)),
           plenary_importer_get_labels_without_english (importer));
  if (plan != NULL)
    fprintf (out, _("key-project plan %u: %u projects, %g (100 million CNY), %u categories\n"),
             plenary_investment_plan_get_year (plan), plenary_investment_plan_get_projects (plan),
             plenary_investment_plan_get_amount (plan),
             g_list_model_get_n_items (plenary_investment_plan_get_categories (plan)));
  else
    fprintf (out, _("no key-project plan found\n"));
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    fprintf (out, _("note: %s\n"), (const char *) g_ptr_array_index (notes, i));
}

int
plenary_import_cli_run (const char *input,
                        const char *output,
                        FILE       *out,
                        FILE       *err)
{
  g_autoptr(PlenaryImporter) importer = plenary_importer_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean to_stdout;

  if (input == NULL || output == NULL)
    {
      fprintf (err, _("--import needs a FILE and --output OUT.json (or - for standard output).\n"));
      return 2;
    }

  file = g_file_new_for_commandline_arg (input);
  report = plenary_importer_import (importer, file, NULL, &json, &error);
  if (report == NULL)
    {
      /* TRANSLATORS: the first %s is a file name, the second the reason */
      fprintf (err, _("%s: cannot import: %s\n"), input, error->message);
      return 1;
    }

  to_stdout = g_str_equal (output, "-");
  if (to_stdout)
    {
      fwrite (g_bytes_get_data (json, NULL), 1, g_bytes_get_size (json), out);
      fputc ('\n', out);
      fflush (out);
    }
  else
    {
      g_autoptr(GFile) target = g_file_new_for_commandline_arg (output);

      /* Written beside the target and renamed over it: a failed write
       * leaves no partial file. */
      if (!g_file_replace_contents (target, g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
        {
          fprintf (err, _("%s: cannot write: %s\n"), output, error->message);
          return 1;
        }
    }

  /* The summary goes where it does not mix with the report. */
  print_summary (to_stdout ? err : out, input, report, importer);
  return 0;
}
