/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-charts-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plenary-chart-card.h"
#include "plenary-chart-export.h"
#include "plenary-file-dialog.h"
#include "plenary-chart-grid.h"
#include "plenary-chart-notify.h"
#include "plenary-charts-page.h"
#include "plenary-review-guard.h"

/* The Charts destination: every chart of the report as a card, under the
 * headings of the chapter and section it illustrates, in columns that
 * reflow with the window's width. */
struct _PlenaryChartsPage
{
  GtkWidget        parent_instance;

  PlenarySession  *session;
  PlenaryReport   *report;
  PlenaryLanguage  language;
  GPtrArray       *cards;     /* PlenaryChartCard */
  GPtrArray       *headings;  /* GtkLabel, each with its node as "node" data */
  GCancellable    *export_cancellable;
  /* 72 chart cards take a while to build; they wait until the page is
   * first shown so that opening a window stays quick. */
  gboolean         needs_rebuild;
  /* A chart to scroll to once the page has been laid out. */
  char            *pending_chart;
  guint            scroll_tick;
  guint            scroll_tries;
  /* What every card shows: "chart", "table" or "source", remembered in
   * the "charts-view" setting when the schema is there. */
  const char      *mode;
  GSettings       *settings;

  /* Template children */
  GtkStack        *stack;
  GtkWidget       *scroller;
  GtkBox          *content;
  GtkToggleButton *chart_mode_button;
  GtkToggleButton *table_mode_button;
  GtkToggleButton *source_mode_button;
};

G_DEFINE_FINAL_TYPE (PlenaryChartsPage, plenary_charts_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Charts of an item ("2.") are shown under its section, so that the page
 * has two levels of headings. */
static PlenaryOutlineNode *
group_of (PlenaryOutlineNode *node)
{
  while (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_ITEM
         && plenary_outline_node_get_parent (node) != NULL)
    node = plenary_outline_node_get_parent (node);
  return node;
}

static void
add_heading (PlenaryChartsPage  *self,
             PlenaryOutlineNode *node)
{
  gboolean chapter = plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_CHAPTER;
  g_autofree char *text = plenary_outline_node_dup_heading (node, self->language);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, chapter ? "title-2" : "title-4");
  gtk_widget_set_margin_top (label, chapter ? (self->headings->len > 0 ? 36 : 0) : 20);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, chapter ? 2 : 3, -1);
  g_object_set_data_full (G_OBJECT (label), "node", g_object_ref (node), g_object_unref);

  gtk_box_append (self->content, label);
  g_ptr_array_add (self->headings, label);
}

static void
add_grid (PlenaryChartsPage *self,
          GPtrArray         *specs)
{
  GtkWidget *grid = plenary_chart_grid_new ();

  for (guint i = 0; i < specs->len; i++)
    {
      GtkWidget *card = plenary_chart_card_new (g_ptr_array_index (specs, i));

      plenary_chart_card_set_language (PLENARY_CHART_CARD (card), self->language);
      /* The page's switch says what the cards show. */
      plenary_chart_card_set_switcher_visible (PLENARY_CHART_CARD (card), FALSE);
      plenary_chart_card_show_page (PLENARY_CHART_CARD (card), self->mode);
      plenary_chart_grid_append (PLENARY_CHART_GRID (grid), card);
      g_ptr_array_add (self->cards, card);
    }

  gtk_box_append (self->content, grid);
}

static void
on_mode_toggled_cb (PlenaryChartsPage *self,
                    GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button) || self->cards == NULL)
    return;

  self->mode = button == self->table_mode_button ? "table"
             : button == self->source_mode_button ? "source"
             : "chart";
  for (guint i = 0; i < self->cards->len; i++)
    plenary_chart_card_show_page (g_ptr_array_index (self->cards, i), self->mode);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "charts-view", self->mode);
}

/* An uninstalled build run without GSETTINGS_SCHEMA_DIR just forgets. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "charts-view"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_mode (PlenaryChartsPage *self)
{
  g_autofree char *mode = NULL;
  GtkToggleButton *button;

  if (self->settings == NULL)
    return;
  mode = g_settings_get_string (self->settings, "charts-view");
  button = g_str_equal (mode, "table") ? self->table_mode_button
         : g_str_equal (mode, "source") ? self->source_mode_button
         : self->chart_mode_button;
  gtk_toggle_button_set_active (button, TRUE);
}

static void
clear_content (PlenaryChartsPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->headings, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
}

static void
rebuild (PlenaryChartsPage *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GListModel *charts, *chapters;

  clear_content (self);

  if (self->report == NULL || g_list_model_get_n_items (plenary_report_get_charts (self->report)) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  charts = plenary_report_get_charts (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(PlenaryChartSpec) spec = g_list_model_get_item (charts, i);
      PlenaryOutlineNode *group = group_of (plenary_chart_spec_get_section (spec));
      GPtrArray *specs = g_hash_table_lookup (groups, group);

      if (specs == NULL)
        {
          specs = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (groups, group, specs);
        }
      g_ptr_array_add (specs, g_object_ref (spec));
    }

  /* In the order of the report's outline, whatever the order of the
   * chart list. */
  chapters = plenary_report_get_chapters (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      GListModel *sections = plenary_outline_node_get_children (chapter);
      GPtrArray *specs = g_hash_table_lookup (groups, chapter);
      gboolean chapter_shown = FALSE;

      if (specs != NULL)
        {
          add_heading (self, chapter);
          chapter_shown = TRUE;
          add_grid (self, specs);
        }

      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(PlenaryOutlineNode) section = g_list_model_get_item (sections, j);

          specs = g_hash_table_lookup (groups, section);
          if (specs == NULL)
            continue;
          if (!chapter_shown)
            {
              add_heading (self, chapter);
              chapter_shown = TRUE;
            }
          add_heading (self, section);
          add_grid (self, specs);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, "charts");
}

static void
ensure_built (PlenaryChartsPage *self)
{
  if (!self->needs_rebuild)
    return;
  self->needs_rebuild = FALSE;
  rebuild (self);
}

static void
plenary_charts_page_map (GtkWidget *widget)
{
  ensure_built (PLENARY_CHARTS_PAGE (widget));
  GTK_WIDGET_CLASS (plenary_charts_page_parent_class)->map (widget);
}

static void
on_export_all_finished_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(PlenaryChartsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint written = 0;

  if (!plenary_chart_export_all_finish (result, &written, &error))
    plenary_chart_notify_error (GTK_WIDGET (self), _("Could not export the charts"), error);
  else
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u chart",
                                                               "Saved %u charts", written), written);
      plenary_chart_notify (GTK_WIDGET (self), message);
    }
}

static void
on_export_folder_chosen_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(PlenaryChartsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = plenary_file_dialog_finish (result, &error);
  PlenaryChartExportOptions options;

  if (folder == NULL)
    {
      plenary_chart_notify_error (GTK_WIDGET (self), _("Could not export the charts"), error);
      return;
    }

  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, self->language);
  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  self->export_cancellable = g_cancellable_new ();
  plenary_chart_export_all_async (self->report, folder, &options, self->export_cancellable,
                                  on_export_all_finished_cb, g_object_ref (self));
}

/**
 * plenary_charts_page_export_all:
 *
 * Asks for a folder and saves every chart into it as a PNG at 2×, named
 * by the chart's id; the result is told in a toast.  Also the page's
 * "charts.export-all" action.
 */
void
plenary_charts_page_export_all (PlenaryChartsPage *self)
{
  g_return_if_fail (PLENARY_IS_CHARTS_PAGE (self));

  if (self->report == NULL)
    return;
  plenary_file_dialog_select_folder (GTK_WIDGET (self), _("Export All Charts"), NULL,
                                     on_export_folder_chosen_cb, g_object_ref (self));
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;
  plenary_charts_page_export_all (PLENARY_CHARTS_PAGE (widget));
}

static void
plenary_charts_page_dispose (GObject *object)
{
  PlenaryChartsPage *self = (PlenaryChartsPage *)object;

  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->pending_chart, g_free);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_CHARTS_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_charts_page_parent_class)->dispose (object);
}

static void set_report   (PlenaryChartsPage *self,
                          PlenaryReport     *report);
static void set_language (PlenaryChartsPage *self,
                          PlenaryLanguage    language);

static gboolean
on_scroll_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  PlenaryChartsPage *self = PLENARY_CHARTS_PAGE (widget);
  GtkWidget *card = plenary_charts_page_find_card (self, self->pending_chart);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_point_t point;

  /* Wait until the cards have been laid out; give up after some seconds
   * of frames (a slow machine lays out seventy charts slowly). */
  if ((card == NULL || gtk_widget_get_height (card) == 0 ||
       gtk_adjustment_get_upper (adjustment) < gtk_widget_get_height (GTK_WIDGET (self->content))) &&
      ++self->scroll_tries < 600)
    return G_SOURCE_CONTINUE;

  /* Cards above may still change height as their charts are measured:
   * follow the card until it stays where it is for a frame. */
  if (card != NULL &&
      gtk_widget_compute_point (card, GTK_WIDGET (self->content), &GRAPHENE_POINT_INIT (0, 0), &point) &&
      gtk_adjustment_get_value (adjustment) != MIN (point.y, gtk_adjustment_get_upper (adjustment) -
                                                               gtk_adjustment_get_page_size (adjustment)) &&
      ++self->scroll_tries < 600)
    {
      gtk_adjustment_set_value (adjustment, point.y);
      return G_SOURCE_CONTINUE;
    }

  g_clear_pointer (&self->pending_chart, g_free);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Scrolls to a chart's card, once the page has been laid out. */
static void
reveal_chart (PlenaryChartsPage *self,
              const char        *chart_id)
{
  g_free (self->pending_chart);
  self->pending_chart = g_strdup (chart_id);
  self->scroll_tries = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_scroll_tick_cb, NULL, NULL);
}

static void
on_session_report_cb (PlenaryChartsPage *self)
{
  set_report (self, plenary_session_get_report (self->session));
}

static void
on_session_language_cb (PlenaryChartsPage *self)
{
  set_language (self, plenary_session_get_language (self->session));
}

static void
on_session_reveal_cb (PlenaryChartsPage *self,
                      PlenaryTarget      target,
                      const char        *id)
{
  if (target == PLENARY_TARGET_CHART &&
      plenary_session_get_page (self->session) == PLENARY_PAGE_CHARTS)
    reveal_chart (self, id);
}

static void
plenary_charts_page_constructed (GObject *object)
{
  PlenaryChartsPage *self = PLENARY_CHARTS_PAGE (object);

  G_OBJECT_CLASS (plenary_charts_page_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_language_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "reveal", G_CALLBACK (on_session_reveal_cb),
                           self, G_CONNECT_SWAPPED);
  set_language (self, plenary_session_get_language (self->session));
  set_report (self, plenary_session_get_report (self->session));
}

static void
plenary_charts_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlenaryChartsPage *self = PLENARY_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_charts_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlenaryChartsPage *self = PLENARY_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_charts_page_class_init (PlenaryChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_charts_page_constructed;
  object_class->dispose = plenary_charts_page_dispose;
  object_class->get_property = plenary_charts_page_get_property;
  object_class->set_property = plenary_charts_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = plenary_charts_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, content);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, chart_mode_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, table_mode_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartsPage, source_mode_button);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled_cb);

  gtk_widget_class_install_action (widget_class, "charts.export-all", NULL, export_all_action);
}

static void
plenary_charts_page_init (PlenaryChartsPage *self)
{
  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = plenary_language_from_locale ();
  self->mode = "chart";
  self->cards = g_ptr_array_new ();
  self->headings = g_ptr_array_new ();
  self->settings = create_settings ();
  restore_mode (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

PlenaryChartsPage *
plenary_charts_page_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_CHARTS_PAGE, "session", session, NULL);
}

PlenaryReport *
plenary_charts_page_get_report (PlenaryChartsPage *self)
{
  g_return_val_if_fail (PLENARY_IS_CHARTS_PAGE (self), NULL);
  return self->report;
}

/* A chart added, removed or moved through the editor. */
static void
on_charts_changed_cb (PlenaryChartsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->needs_rebuild = TRUE;
}

static void
set_report (PlenaryChartsPage *self,
            PlenaryReport     *report)
{
  if (self->report == report)
    return;
  if (self->report != NULL)
    g_signal_handlers_disconnect_by_func (plenary_report_get_charts (self->report), on_charts_changed_cb, self);
  g_set_object (&self->report, report);
  if (report != NULL)
    g_signal_connect_object (plenary_report_get_charts (report), "items-changed",
                             G_CALLBACK (on_charts_changed_cb), self, G_CONNECT_SWAPPED);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->needs_rebuild = TRUE;
}

PlenaryLanguage
plenary_charts_page_get_language (PlenaryChartsPage *self)
{
  g_return_val_if_fail (PLENARY_IS_CHARTS_PAGE (self), PLENARY_LANGUAGE_ZH);
  return self->language;
}

static void
set_language (PlenaryChartsPage *self,
              PlenaryLanguage    language)
{
  if (self->language == language)
    return;

  self->language = language;
  for (guint i = 0; i < self->cards->len; i++)
    plenary_chart_card_set_language (g_ptr_array_index (self->cards, i), language);
  for (guint i = 0; i < self->headings->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->headings, i);
      g_autofree char *text = plenary_outline_node_dup_heading (g_object_get_data (G_OBJECT (label), "node"),
                                                                language);
      gtk_label_set_label (label, text);
    }
}

/* Returns: (transfer none) (nullable): the card of the chart @chart_id */
GtkWidget *
plenary_charts_page_find_card (PlenaryChartsPage *self,
                               const char        *chart_id)
{
  g_return_val_if_fail (PLENARY_IS_CHARTS_PAGE (self), NULL);

  ensure_built (self);
  for (guint i = 0; i < self->cards->len; i++)
    {
      PlenaryChartCard *card = g_ptr_array_index (self->cards, i);

      if (g_strcmp0 (plenary_chart_spec_get_id (plenary_chart_card_get_spec (card)), chart_id) == 0)
        return GTK_WIDGET (card);
    }
  return NULL;
}
