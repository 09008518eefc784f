/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-builder"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "plenary-chart-widget.h"
#include "plenary-chart-builder.h"

/* A new chart from chosen indicators, or an existing one changed: its
 * type, titles and rows in both languages, in an order the person sets,
 * with a preview drawn by the chart engine itself. Saving is one command
 * (Add Chart or Edit Chart) through the editor, so the charts page, the
 * slides and the exports, which follow the report's charts list, show it
 * at once; the loader's refusal is shown above the form. */

static const char * const type_names[] = {
  [PLENARY_CHART_BAR] = "bar",
  [PLENARY_CHART_GROUPED_BAR] = "grouped-bar",
  [PLENARY_CHART_DIVERGING_BAR] = "diverging-bar",
  [PLENARY_CHART_SHARE] = "share",
  [PLENARY_CHART_RAMP] = "ramp",
  [PLENARY_CHART_BIG_NUMBER] = "big-number",
};

static const char * const type_labels[] = {
  [PLENARY_CHART_BAR] = N_("Bars"),
  [PLENARY_CHART_GROUPED_BAR] = N_("Result and Target Bars"),
  [PLENARY_CHART_DIVERGING_BAR] = N_("Rises and Falls"),
  [PLENARY_CHART_SHARE] = N_("Shares of a Whole"),
  [PLENARY_CHART_RAMP] = N_("Before and After"),
  [PLENARY_CHART_BIG_NUMBER] = N_("Big Numbers"),
};

typedef struct
{
  PlenaryIndicator *indicator;
  char             *row_zh;   /* nullable: the indicator's label */
  char             *row_en;
} Row;

struct _PlenaryChartBuilder
{
  AdwWindow         parent_instance;

  PlenaryEditor    *editor;
  PlenaryChartSpec *chart;     /* nullable: a new chart */
  PlenaryLanguage   language;
  GPtrArray        *rows;      /* Row */
  PlenaryChartSpec *preview;
  char             *saved_id;
  gboolean          loading;

  GtkLabel         *error_label;
  AdwComboRow      *type_row;
  AdwEntryRow      *title_zh;
  AdwEntryRow      *title_en;
  GtkListBox       *list;
  GtkDropDown      *chooser;
  AdwBin           *preview_bin;
  GtkWidget        *save_button;
};

G_DEFINE_FINAL_TYPE (PlenaryChartBuilder, plenary_chart_builder, ADW_TYPE_WINDOW)

static void rebuild_list (PlenaryChartBuilder *self);

static void
row_free (gpointer data)
{
  Row *row = data;

  g_object_unref (row->indicator);
  g_free (row->row_zh);
  g_free (row->row_en);
  g_free (row);
}

static PlenaryChartType
chart_type (PlenaryChartBuilder *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  return selected < G_N_ELEMENTS (type_names) ? (PlenaryChartType) selected : PLENARY_CHART_BAR;
}

static const char *
row_label (PlenaryChartBuilder *self,
           guint                position,
           PlenaryLanguage      language)
{
  Row *row = g_ptr_array_index (self->rows, position);
  const char *label = language == PLENARY_LANGUAGE_ZH ? row->row_zh : row->row_en;

  return label != NULL && *label != '\0' ? label : plenary_indicator_get_label (row->indicator, language);
}

static PlenaryOutlineNode *
section_of (PlenaryChartBuilder *self)
{
  PlenaryParagraph *paragraph;

  if (self->chart != NULL)
    return plenary_chart_spec_get_section (self->chart);
  if (self->rows->len == 0)
    return NULL;
  paragraph = plenary_indicator_get_paragraph (((Row *) g_ptr_array_index (self->rows, 0))->indicator);
  return paragraph ? plenary_paragraph_get_node (paragraph) : NULL;
}

/* The series of a two-value chart, named as the report's charts do. */
static void
series_labels (PlenaryChartType   type,
               const char       **labels)
{
  if (type == PLENARY_CHART_RAMP)
    {
      labels[0] = "之前";
      labels[1] = "Before";
      labels[2] = "之后";
      labels[3] = "After";
    }
  else
    {
      labels[0] = "实际";
      labels[1] = "Result";
      labels[2] = "目标";
      labels[3] = "Target";
    }
  labels[4] = NULL;
}

static void
update_preview (PlenaryChartBuilder *self)
{
  PlenaryChartType type = chart_type (self);
  guint n_series = plenary_chart_type_series_count (type);
  PlenaryOutlineNode *section = section_of (self);
  GtkWidget *widget;

  g_clear_object (&self->preview);
  gtk_widget_set_sensitive (self->save_button, self->rows->len > 0);
  if (self->rows->len == 0 || section == NULL || self->rows->len % n_series != 0)
    {
      GtkWidget *hint = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (hint), "plenary-charts-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (hint), _("No Preview Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (hint),
                                       n_series > 1 ? _("Add the figures in pairs, one row after another.")
                                                    : _("Add the figures the chart should show."));
      adw_bin_set_child (self->preview_bin, hint);
      return;
    }

  self->preview = plenary_chart_spec_new ("preview", type,
                                          gtk_editable_get_text (GTK_EDITABLE (self->title_zh)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->title_en)),
                                          section);
  for (guint i = 0; i < self->rows->len; i++)
    plenary_chart_spec_add_indicator (self->preview, ((Row *) g_ptr_array_index (self->rows, i))->indicator);
  if (n_series > 1)
    {
      const char *labels[5];

      series_labels (type, labels);
      plenary_chart_spec_add_series (self->preview, labels[0], labels[1]);
      plenary_chart_spec_add_series (self->preview, labels[2], labels[3]);
    }
  for (guint r = 0; r < self->rows->len / n_series; r++)
    plenary_chart_spec_add_row_label (self->preview, row_label (self, r * n_series, PLENARY_LANGUAGE_ZH),
                                      row_label (self, r * n_series, PLENARY_LANGUAGE_EN));

  widget = plenary_chart_widget_new (self->preview);
  plenary_chart_widget_set_language (PLENARY_CHART_WIDGET (widget), self->language);
  gtk_widget_set_size_request (widget, 320, 260);
  adw_bin_set_child (self->preview_bin, widget);
}

static void
set_error (PlenaryChartBuilder *self,
           const char          *message)
{
  /* The loader's words without the JSON path in front: the person knows
   * which field it is. */
  if (message != NULL && message[0] == '$' && strstr (message, ": ") != NULL)
    message = strstr (message, ": ") + 2;

  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The list of chosen figures */

static void
on_move_clicked_cb (GtkButton           *button,
                    PlenaryChartBuilder *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  if (delta == 0)
    plenary_chart_builder_remove (self, position);
  else
    plenary_chart_builder_move (self, position, position + delta);
}

static void
on_row_label_changed_cb (GtkEditable         *editable,
                         PlenaryChartBuilder *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "position"));
  gboolean zh = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "zh"));
  Row *row = g_ptr_array_index (self->rows, position);

  if (self->loading)
    return;
  g_free (zh ? row->row_zh : row->row_en);
  if (zh)
    row->row_zh = g_strdup (gtk_editable_get_text (editable));
  else
    row->row_en = g_strdup (gtk_editable_get_text (editable));
  update_preview (self);
}

static GtkWidget *
icon_button (PlenaryChartBuilder *self,
             const char          *icon,
             const char          *tooltip,
             guint                position,
             int                  delta,
             gboolean             sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  return button;
}

static GtkWidget *
label_entry (PlenaryChartBuilder *self,
             guint                position,
             gboolean             zh)
{
  Row *row = g_ptr_array_index (self->rows, position);
  GtkWidget *entry = gtk_entry_new ();
  const char *placeholder = plenary_indicator_get_label (row->indicator, zh ? PLENARY_LANGUAGE_ZH : PLENARY_LANGUAGE_EN);
  const char *text = zh ? row->row_zh : row->row_en;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  zh ? _("Row label in Chinese") : _("Row label in English"), -1);
  g_object_set_data (G_OBJECT (entry), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (entry), "zh", GINT_TO_POINTER (zh));
  g_signal_connect (entry, "changed", G_CALLBACK (on_row_label_changed_cb), self);
  return entry;
}

static void
rebuild_list (PlenaryChartBuilder *self)
{
  guint n_series = plenary_chart_type_series_count (chart_type (self));
  GtkWidget *child;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *display = plenary_indicator_dup_display (row->indicator, self->language);
      g_autofree char *text = g_strdup_printf ("%u. %s  %s", i + 1,
                                               plenary_indicator_get_label (row->indicator, self->language), display);

      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (top), label);
      gtk_box_append (GTK_BOX (top), icon_button (self, "go-up-symbolic", _("Move Up"), i, -1, i > 0));
      gtk_box_append (GTK_BOX (top), icon_button (self, "go-down-symbolic", _("Move Down"), i, 1, i + 1 < self->rows->len));
      gtk_box_append (GTK_BOX (top), icon_button (self, "list-remove-symbolic", _("Remove From Chart"), i, 0, TRUE));
      gtk_box_append (GTK_BOX (box), top);

      /* A row is labelled once, at its first value. */
      if (i % n_series == 0)
        {
          GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

          gtk_box_append (GTK_BOX (labels), label_entry (self, i, TRUE));
          gtk_box_append (GTK_BOX (labels), label_entry (self, i, FALSE));
          gtk_box_append (GTK_BOX (box), labels);
        }
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_list_box_append (self->list, box);
      (void) row;
    }
  self->loading = FALSE;
  update_preview (self);
}

static void
on_type_cb (PlenaryChartBuilder *self)
{
  if (!self->loading)
    rebuild_list (self);
}

static void
on_title_cb (PlenaryChartBuilder *self)
{
  if (!self->loading)
    update_preview (self);
}

static void
on_add_clicked_cb (PlenaryChartBuilder *self)
{
  PlenaryIndicator *indicator = gtk_drop_down_get_selected_item (self->chooser);

  if (indicator != NULL)
    plenary_chart_builder_add_indicator (self, indicator);
}

static void
on_save_clicked_cb (PlenaryChartBuilder *self)
{
  g_autoptr(GError) error = NULL;

  if (plenary_chart_builder_save (self, &error) != NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

static char *
dup_indicator_name (PlenaryIndicator    *indicator,
                    PlenaryChartBuilder *self)
{
  g_autofree char *display = plenary_indicator_dup_display (indicator, self->language);
  g_autofree char *period = plenary_indicator_dup_period_label (indicator, self->language);

  return g_strdup_printf ("%s %s (%s)", plenary_indicator_get_label (indicator, self->language), display, period);
}

static void
build (PlenaryChartBuilder *self)
{
  PlenaryReport *report = plenary_editor_get_report (self->editor);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *form = gtk_list_box_new ();
  GtkWidget *chooser_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  GtkWidget *heading;
  GtkExpression *expression;

  for (guint i = 0; i < G_N_ELEMENTS (type_labels); i++)
    gtk_string_list_append (types, _(type_labels[i]));

  self->save_button = gtk_button_new_with_mnemonic (self->chart ? _("_Save") : _("_Add Chart"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  self->preview_bin = ADW_BIN (adw_bin_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->preview_bin), "card");
  gtk_widget_set_size_request (GTK_WIDGET (self->preview_bin), -1, 280);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview_bin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview"), -1);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  self->type_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->type_row), _("_Type"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->type_row), TRUE);
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  self->title_zh = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_zh), _("Title in _Chinese"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->title_zh), TRUE);
  self->title_en = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_en), _("Title in _English"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->title_en), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->type_row));
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->title_zh));
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->title_en));
  g_signal_connect_swapped (self->type_row, "notify::selected", G_CALLBACK (on_type_cb), self);
  g_signal_connect_swapped (self->title_zh, "changed", G_CALLBACK (on_title_cb), self);
  g_signal_connect_swapped (self->title_en, "changed", G_CALLBACK (on_title_cb), self);

  heading = gtk_label_new (_("Figures, in the chart’s order"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Figures in the chart"), -1);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (dup_indicator_name), self, NULL);
  self->chooser = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (plenary_report_get_indicators (report)), expression));
  gtk_drop_down_set_enable_search (self->chooser, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->chooser), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chooser), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Figure to add"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  gtk_box_append (GTK_BOX (chooser_box), GTK_WIDGET (self->chooser));
  gtk_box_append (GTK_BOX (chooser_box), add);

  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->preview_bin));
  gtk_box_append (GTK_BOX (body), form);
  gtk_box_append (GTK_BOX (body), heading);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (body), chooser_box);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 24);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), body);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (view), header);
  gtk_box_append (GTK_BOX (view), scroller);
  adw_window_set_content (ADW_WINDOW (self), view);
}

static void
load (PlenaryChartBuilder *self)
{
  GPtrArray *indicators = plenary_chart_spec_get_indicators (self->chart);
  guint n_series = plenary_chart_spec_get_n_series (self->chart);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->type_row, plenary_chart_spec_get_chart_type (self->chart));
  gtk_editable_set_text (GTK_EDITABLE (self->title_zh), plenary_chart_spec_get_title (self->chart, PLENARY_LANGUAGE_ZH));
  gtk_editable_set_text (GTK_EDITABLE (self->title_en), plenary_chart_spec_get_title (self->chart, PLENARY_LANGUAGE_EN));
  for (guint i = 0; i < indicators->len; i++)
    {
      Row *row = g_new0 (Row, 1);

      row->indicator = g_object_ref (g_ptr_array_index (indicators, i));
      if (n_series > 0 && i % n_series == 0 && i / n_series < plenary_chart_spec_get_n_rows (self->chart))
        {
          row->row_zh = g_strdup (plenary_chart_spec_get_row_label (self->chart, i / n_series, PLENARY_LANGUAGE_ZH));
          row->row_en = g_strdup (plenary_chart_spec_get_row_label (self->chart, i / n_series, PLENARY_LANGUAGE_EN));
        }
      g_ptr_array_add (self->rows, row);
    }
  self->loading = FALSE;
}

static void
plenary_chart_builder_dispose (GObject *object)
{
  PlenaryChartBuilder *self = PLENARY_CHART_BUILDER (object);

  g_clear_object (&self->editor);
  g_clear_object (&self->chart);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (plenary_chart_builder_parent_class)->dispose (object);
}

static void
plenary_chart_builder_finalize (GObject *object)
{
  PlenaryChartBuilder *self = PLENARY_CHART_BUILDER (object);

  g_ptr_array_unref (self->rows);
  g_free (self->saved_id);

  G_OBJECT_CLASS (plenary_chart_builder_parent_class)->finalize (object);
}

static void
plenary_chart_builder_class_init (PlenaryChartBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_chart_builder_dispose;
  object_class->finalize = plenary_chart_builder_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
plenary_chart_builder_init (PlenaryChartBuilder *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/**
 * plenary_chart_builder_present:
 * @chart: (nullable): the chart to change, or %NULL for a new one
 *
 * Returns: (transfer none): the builder, shown over @parent's window
 */
PlenaryChartBuilder *
plenary_chart_builder_present (GtkWidget        *parent,
                               PlenaryEditor    *editor,
                               PlenaryChartSpec *chart,
                               PlenaryLanguage   language)
{
  PlenaryChartBuilder *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), NULL);

  self = g_object_new (PLENARY_TYPE_CHART_BUILDER, NULL);
  self->editor = g_object_ref (editor);
  self->chart = chart ? g_object_ref (chart) : NULL;
  self->language = language;
  build (self);
  if (chart != NULL)
    load (self);
  gtk_window_set_title (GTK_WINDOW (self), chart ? _("Edit Chart") : _("New Chart"));
  rebuild_list (self);

  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

void
plenary_chart_builder_set_chart_type (PlenaryChartBuilder *self,
                                      PlenaryChartType     type)
{
  g_return_if_fail (PLENARY_IS_CHART_BUILDER (self));
  g_return_if_fail (type < G_N_ELEMENTS (type_names));
  adw_combo_row_set_selected (self->type_row, type);
}

void
plenary_chart_builder_set_titles (PlenaryChartBuilder *self,
                                  const char          *title_zh,
                                  const char          *title_en)
{
  g_return_if_fail (PLENARY_IS_CHART_BUILDER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_zh), title_zh ? title_zh : "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_en), title_en ? title_en : "");
}

void
plenary_chart_builder_add_indicator (PlenaryChartBuilder *self,
                                     PlenaryIndicator    *indicator)
{
  Row *row;

  g_return_if_fail (PLENARY_IS_CHART_BUILDER (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (indicator));

  row = g_new0 (Row, 1);
  row->indicator = g_object_ref (indicator);
  g_ptr_array_add (self->rows, row);
  rebuild_list (self);
}

void
plenary_chart_builder_set_row_label (PlenaryChartBuilder *self,
                                     guint                position,
                                     const char          *zh,
                                     const char          *en)
{
  Row *row;

  g_return_if_fail (PLENARY_IS_CHART_BUILDER (self));
  g_return_if_fail (position < self->rows->len);

  row = g_ptr_array_index (self->rows, position);
  g_free (row->row_zh);
  g_free (row->row_en);
  row->row_zh = g_strdup (zh);
  row->row_en = g_strdup (en);
  rebuild_list (self);
}

/* Returns: whether both positions are in the list */
gboolean
plenary_chart_builder_move (PlenaryChartBuilder *self,
                            guint                from,
                            guint                to)
{
  gpointer row;

  g_return_val_if_fail (PLENARY_IS_CHART_BUILDER (self), FALSE);

  if (from >= self->rows->len || to >= self->rows->len)
    return FALSE;
  row = g_ptr_array_steal_index (self->rows, from);
  g_ptr_array_insert (self->rows, to, row);
  rebuild_list (self);
  return TRUE;
}

gboolean
plenary_chart_builder_remove (PlenaryChartBuilder *self,
                              guint                position)
{
  g_return_val_if_fail (PLENARY_IS_CHART_BUILDER (self), FALSE);

  if (position >= self->rows->len)
    return FALSE;
  g_ptr_array_remove_index (self->rows, position);
  rebuild_list (self);
  return TRUE;
}

guint
plenary_chart_builder_get_n_indicators (PlenaryChartBuilder *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_BUILDER (self), 0);
  return self->rows->len;
}

/* Returns: (nullable) (transfer none): the chart the preview draws */
PlenaryChartSpec *
plenary_chart_builder_get_preview (PlenaryChartBuilder *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_BUILDER (self), NULL);
  return self->preview;
}

static char *
new_chart_id (PlenaryReport *report)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("chart-new-%u", n);

      if (plenary_report_find_chart (report, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/**
 * plenary_chart_builder_save:
 *
 * Adds the chart, or changes the one being edited, through the editor.
 *
 * Returns: (nullable): the chart's id; %NULL when the report refused it,
 *   and the builder then shows why
 */
const char *
plenary_chart_builder_save (PlenaryChartBuilder  *self,
                            GError              **error)
{
  PlenaryReport *report;
  PlenaryChartType type;
  guint n_series;
  PlenaryOutlineNode *section;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const char *series[5];
  PlenaryChartDraft draft = { 0, };
  g_autofree char *id = NULL;
  g_autoptr(PlenaryEditCommand) command = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_BUILDER (self), NULL);

  report = plenary_editor_get_report (self->editor);
  type = chart_type (self);
  n_series = plenary_chart_type_series_count (type);
  section = section_of (self);

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (ids, (gpointer) plenary_indicator_get_id (((Row *) g_ptr_array_index (self->rows, i))->indicator));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < self->rows->len; i += n_series)
    {
      g_ptr_array_add (rows, (gpointer) row_label (self, i, PLENARY_LANGUAGE_ZH));
      g_ptr_array_add (rows, (gpointer) row_label (self, i, PLENARY_LANGUAGE_EN));
    }
  g_ptr_array_add (rows, NULL);
  series_labels (type, series);

  id = self->chart ? g_strdup (plenary_chart_spec_get_id (self->chart)) : new_chart_id (report);
  draft.id = id;
  draft.type = type_names[type];
  draft.title_zh = gtk_editable_get_text (GTK_EDITABLE (self->title_zh));
  draft.title_en = gtk_editable_get_text (GTK_EDITABLE (self->title_en));
  draft.section = section ? plenary_outline_node_get_id (section) : "";
  draft.indicators = (const char * const *) ids->pdata;
  draft.series = n_series > 1 ? series : NULL;
  draft.rows = (const char * const *) rows->pdata;

  command = self->chart ? plenary_edit_command_new_edit_chart (id, &draft)
                        : plenary_edit_command_new_add_chart (&draft, g_list_model_get_n_items (plenary_report_get_charts (report)));
  if (!plenary_editor_apply (self->editor, command, &local_error))
    {
      set_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  set_error (self, NULL);
  g_free (self->saved_id);
  self->saved_id = g_steal_pointer (&id);
  return self->saved_id;
}
