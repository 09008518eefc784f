/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-details"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "model/plenary-content-strings.h"
#include "plenary-chart-details.h"
#include "plenary-chart-render.h"

/* The Table and Source pages of a chart card: the chart's numbers as a
 * table, and the sentences of the report they come from, each leading
 * back to its paragraph. */

/* The qualifier as the report words it, with the symbol the chart draws. */
const char *
plenary_chart_qualifier_words (PlenaryQualifier qualifier,
                               PlenaryLanguage  language)
{
  static const PlenaryContentString words[] = {
    PLENARY_CONTENT_N_STRINGS, /* none */
    PLENARY_CONTENT_QUALIFIER_MORE_THAN,
    PLENARY_CONTENT_QUALIFIER_AT_LEAST,
    PLENARY_CONTENT_QUALIFIER_AT_MOST,
    PLENARY_CONTENT_QUALIFIER_ABOUT,
    PLENARY_CONTENT_QUALIFIER_AIM,
  };

  g_return_val_if_fail (qualifier < G_N_ELEMENTS (words), "");
  if (words[qualifier] == PLENARY_CONTENT_N_STRINGS)
    return "";
  return plenary_content_get (language, words[qualifier]);
}

static GtkWidget *
cell_new (const char *text,
          float       xalign,
          gboolean    dim,
          gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_yalign (GTK_LABEL (label), 0.5);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
    }
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

GtkWidget *
plenary_chart_table_new (PlenaryChartSpec *spec,
                         PlenaryLanguage   language)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *headers[] = { _("Indicator"), _("Value"), _("Qualifier"), _("Period") };
  guint n_series = plenary_chart_spec_get_n_series (spec);
  int line = 1;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_margin_start (grid, 16);
  gtk_widget_set_margin_end (grid, 16);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 16);
  gtk_widget_add_css_class (grid, "plenary-chart-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plenary_chart_spec_get_title (spec, language), -1);

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *header = cell_new (headers[i], i == 1 ? 1.0f : 0.0f, TRUE, FALSE);

      gtk_widget_add_css_class (header, "caption-heading");
      gtk_grid_attach (GTK_GRID (grid), header, (int) i, 0, 1, 1);
    }

  for (guint row = 0; row < plenary_chart_spec_get_n_rows (spec); row++)
    for (guint series = 0; series < n_series; series++, line++)
      {
        PlenaryIndicator *indicator = plenary_chart_spec_get_value (spec, row, series);
        g_autofree char *label = plenary_chart_dup_series_label (spec, row, series, language);
        g_autofree char *value = plenary_format_value (plenary_indicator_get_value (indicator),
                                                       plenary_indicator_get_unit (indicator), language);
        g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);
        GtkWidget *value_label = cell_new (value, 1.0f, FALSE, FALSE);

        gtk_widget_add_css_class (value_label, "numeric");
        gtk_grid_attach (GTK_GRID (grid), cell_new (label, 0.0f, FALSE, TRUE), 0, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), value_label, 1, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid),
                         cell_new (plenary_chart_qualifier_words (plenary_indicator_get_qualifier (indicator),
                                                                  language), 0.0f, TRUE, FALSE),
                         2, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), cell_new (period, 0.0f, TRUE, FALSE), 3, line, 1, 1);
      }

  return grid;
}

typedef struct
{
  PlenaryParagraphFunc  show_paragraph;
  gpointer              user_data;
} SourceClosure;

static void
on_source_row_activated_cb (AdwActionRow *row,
                            gpointer      user_data)
{
  SourceClosure *closure = user_data;
  const char *paragraph_id = g_object_get_data (G_OBJECT (row), "paragraph-id");

  if (paragraph_id != NULL)
    closure->show_paragraph (paragraph_id, closure->user_data);
}

/* One row a distinct indicator: its quote, what it is, and where in the
 * report; activating it asks for the paragraph to be shown. */
GtkWidget *
plenary_chart_sources_new (PlenaryChartSpec     *spec,
                           PlenaryLanguage       language,
                           PlenaryParagraphFunc  show_paragraph,
                           gpointer              user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *list = gtk_list_box_new ();
  GPtrArray *indicators = plenary_chart_spec_get_indicators (spec);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autofree char *source = plenary_chart_dup_source_line (spec, language);
  SourceClosure *closure = g_new0 (SourceClosure, 1);
  GtkWidget *caption;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  closure->show_paragraph = show_paragraph;
  closure->user_data = user_data;
  g_object_set_data_full (G_OBJECT (box), "plenary-source-closure", closure, g_free);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  caption = gtk_label_new (source);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), caption);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  for (guint i = 0; i < indicators->len; i++)
    {
      PlenaryIndicator *indicator = g_ptr_array_index (indicators, i);
      PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
      PlenaryOutlineNode *node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;
      g_autofree char *quote = NULL;
      g_autofree char *reference = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (g_ptr_array_find (seen, indicator, NULL))
        continue;
      g_ptr_array_add (seen, indicator);

      quote = g_strdup_printf ("“%s”", plenary_indicator_get_quote (indicator));
      reference = node ? plenary_outline_node_dup_reference (node, language) : g_strdup ("");
      subtitle = g_strdup_printf ("%s · %s", plenary_indicator_get_label (indicator, language), reference);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quote);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

      if (paragraph != NULL && show_paragraph != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_widget_set_tooltip_text (row, _("Show in the report"));
          g_object_set_data_full (G_OBJECT (row), "paragraph-id",
                                  g_strdup (plenary_paragraph_get_id (paragraph)), g_free);
          g_signal_connect (row, "activated", G_CALLBACK (on_source_row_activated_cb), closure);
        }

      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return box;
}
