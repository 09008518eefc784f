/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "plenary-report-loader.h"
#include "plenary-cli.h"

static PlenaryReport *
load_path_or_default (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return plenary_report_load_default (error);

  file = g_file_new_for_commandline_arg (path);
  return plenary_report_load_file (file, NULL, error);
}

/* "report.json: valid: 1 chapter, 279 indicators, 72 charts" */
static void
print_valid (FILE          *out,
             const char    *path,
             PlenaryReport *report)
{
  guint n_chapters = g_list_model_get_n_items (plenary_report_get_chapters (report));
  guint n_indicators = g_list_model_get_n_items (plenary_report_get_indicators (report));
  guint n_charts = g_list_model_get_n_items (plenary_report_get_charts (report));
  g_autofree char *chapters =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chapter", "%u chapters", n_chapters), n_chapters);
  g_autofree char *indicators =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n_indicators),
                     n_indicators);
  g_autofree char *charts =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chart", "%u charts", n_charts), n_charts);

  /* TRANSLATORS: a file name, then "2 chapters", "279 indicators" and
   * "72 charts" */
  fprintf (out, _("%s: valid: %s, %s, %s\n"), path, chapters, indicators, charts);
}

int
plenary_cli_validate (const char * const *paths,
                      FILE               *out,
                      FILE               *err)
{
  int status = 0;

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlenaryReport) report = load_path_or_default (paths[i], &error);

      if (report == NULL)
        {
          /* TRANSLATORS: the first %s is a file name, the second the reason */
          fprintf (err, _("%s: invalid: %s\n"), paths[i], error->message);
          status = 1;
          continue;
        }

      print_valid (out, paths[i], report);
    }

  return status;
}

static void
add_indicator_json (JsonBuilder      *builder,
                    PlenaryIndicator *indicator)
{
  PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, plenary_indicator_get_id (indicator));
  json_builder_set_member_name (builder, "label");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "zh");
  json_builder_add_string_value (builder, plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH));
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, plenary_indicator_get_value (indicator));
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, plenary_unit_get_id (plenary_indicator_get_unit (indicator)));
  json_builder_set_member_name (builder, "period");
  json_builder_add_string_value (builder, plenary_indicator_get_period (indicator));
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_string_value (builder, plenary_paragraph_get_id (paragraph));
  json_builder_set_member_name (builder, "quote");
  json_builder_add_string_value (builder, plenary_indicator_get_quote (indicator));
  json_builder_end_object (builder);
}

int
plenary_cli_list_indicators (const char      *path,
                             gboolean         as_json,
                             PlenaryLanguage  language,
                             FILE            *out,
                             FILE            *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = load_path_or_default (path, &error);
  GListModel *indicators;
  guint n;

  if (report == NULL)
    {
      fprintf (err, _("%s: invalid: %s\n"), path ? path : _("bundled report"), error->message);
      return 1;
    }

  indicators = plenary_report_get_indicators (report);
  n = g_list_model_get_n_items (indicators);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
          add_indicator_json (builder, indicator);
        }
      json_builder_end_array (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      fprintf (out, "%s\n", text);
      return 0;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(PlenaryFormattedNumber) value = plenary_indicator_format (indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                          language);
      /* A terminal or a pipe wants ordinary spaces, not the screen's joiners. */
      g_autofree char *display = plenary_formatted_number_join (value, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
      g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);

      fprintf (out, "%-42s %s — %s (%s)\n", plenary_indicator_get_id (indicator),
               plenary_indicator_get_label (indicator, language), display, period);
    }
  fprintf (out, g_dngettext (GETTEXT_PACKAGE, "%u indicator\n", "%u indicators\n", n), n);
  return 0;
}
