/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-search-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-search-panel.h"

/* Search results in the sidebar, in groups under headings: the indicators
 * whose labels match, investment categories, charts, then the matches in
 * the text (Chinese or English) with some words around them. */

#define MAX_RESULTS 300
#define CONTEXT_CHARS 20

struct _PlenarySearchPanel
{
  AdwBin           parent_instance;
  PlenarySession  *session;
  PlenaryReport   *report;
  PlenaryLanguage  language;
  char            *query;
  GListModel      *results;

  GtkStack        *stack;
  GtkListBox      *list_box;
  GtkLabel        *summary;
};

G_DEFINE_FINAL_TYPE (PlenarySearchPanel, plenary_search_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_place (PlenarySearchPanel  *self,
           PlenarySearchResult *result)
{
  PlenaryParagraph *paragraph = plenary_search_result_get_paragraph (result);
  PlenaryOutlineNode *node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;
  g_autofree char *reference = NULL;
  GListModel *preamble;

  if (node == NULL)
    {
      preamble = plenary_report_get_preamble (self->report);
      for (guint i = 0; i < g_list_model_get_n_items (preamble); i++)
        {
          g_autoptr(PlenaryParagraph) p = g_list_model_get_item (preamble, i);
          if (p == paragraph)
            return g_strdup (_("Opening"));
        }
      return g_strdup (_("Closing"));
    }

  reference = plenary_outline_node_dup_reference (node, self->language);

  return g_strdup_printf ("%s %s", reference,
                          plenary_outline_node_get_title (node, self->language));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PlenarySearchPanel *self = user_data;
  PlenarySearchResult *result = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  PlenaryIndicator *indicator = plenary_search_result_get_indicator (result);
  PlenaryChartSpec *chart = plenary_search_result_get_chart (result);
  PlenarySearchMatchKind kind = plenary_search_result_get_kind (result);
  /* Labels and titles are short: show them whole. */
  guint context_chars = kind != PLENARY_SEARCH_MATCH_TEXT ? G_MAXUINT : CONTEXT_CHARS;
  g_autofree char *markup = plenary_search_result_dup_context_markup (result, context_chars);
  g_autofree char *context = plenary_search_result_dup_context (result, context_chars, NULL, NULL);
  g_autofree char *place = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_markup (GTK_LABEL (title), markup);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_widget_add_css_class (title, "search-context");

  if (indicator != NULL)
    {
      g_autofree char *display = plenary_indicator_dup_display (indicator, self->language);
      g_autofree char *period = plenary_indicator_dup_period_label (indicator, self->language);
      place = g_strdup_printf ("%s · %s", display, period);
    }
  else if (chart != NULL)
    {
      const char *chart_title = plenary_chart_spec_get_title (chart, self->language);

      /* A match in a row says which chart; a title match, that it is one. */
      place = g_strcmp0 (plenary_search_result_get_text (result),
                         plenary_chart_spec_get_title (chart, plenary_search_result_get_language (result))) == 0
        ? g_strdup (_("Chart"))
        : g_strdup_printf (_("Chart: %s"), chart_title);
    }
  else if (kind == PLENARY_SEARCH_MATCH_INVESTMENT)
    {
      place = g_strdup (_("Key projects investment plan"));
    }
  else
    {
      place = dup_place (self, result);
    }

  gtk_label_set_label (GTK_LABEL (subtitle), place);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_add_css_class (box, "search-result");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  accessible = g_strdup_printf ("%s, %s", context, place);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "plenary-result", g_object_ref (result), g_object_unref);

  return row;
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  PlenarySearchResult *result = g_object_get_data (G_OBJECT (row), "plenary-result");
  PlenarySearchResult *previous = before ? g_object_get_data (G_OBJECT (before), "plenary-result") : NULL;
  PlenarySearchMatchKind kind = plenary_search_result_get_kind (result);
  GtkWidget *header;

  if (previous != NULL && plenary_search_result_get_kind (previous) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  switch (kind)
    {
    case PLENARY_SEARCH_MATCH_INDICATOR:
      header = gtk_label_new (_("Indicators"));
      break;
    case PLENARY_SEARCH_MATCH_INVESTMENT:
      header = gtk_label_new (_("Investment"));
      break;
    case PLENARY_SEARCH_MATCH_CHART:
      header = gtk_label_new (_("Charts"));
      break;
    case PLENARY_SEARCH_MATCH_TEXT:
    default:
      header = gtk_label_new (_("In the Text"));
      break;
    }
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "search-group-heading");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
on_row_activated_cb (PlenarySearchPanel *self,
                     GtkListBoxRow      *row)
{
  PlenarySearchResult *result = g_object_get_data (G_OBJECT (row), "plenary-result");
  PlenaryParagraph *paragraph;
  PlenaryIndicator *indicator;

  if (result == NULL)
    return;

  /* An indicator found by its label: its sentence, with its card open;
   * a match in the text: the paragraph, with the match selected. */
  paragraph = plenary_search_result_get_paragraph (result);
  indicator = plenary_search_result_get_indicator (result);
  if (indicator != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-indicator", "s",
                                plenary_indicator_get_id (indicator));
  else if (plenary_search_result_get_chart (result) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-chart", "s",
                                plenary_chart_spec_get_id (plenary_search_result_get_chart (result)));
  else if (plenary_search_result_get_kind (result) == PLENARY_SEARCH_MATCH_INVESTMENT)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "investment");
  else if (paragraph != NULL)
    {
      /* The match is a range of the text in the result's language. */
      plenary_session_set_match_language (self->session, plenary_search_result_get_language (result));
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-match", "(sii)",
                                plenary_paragraph_get_id (paragraph),
                                (int) plenary_search_result_get_match_start (result),
                                (int) plenary_search_result_get_match_end (result));
    }
}

static void
run_search (PlenarySearchPanel *self)
{
  guint n;

  g_clear_object (&self->results);
  if (self->report != NULL && self->query != NULL)
    self->results = plenary_search_report (self->report, self->query, self->language, MAX_RESULTS);
  else
    self->results = G_LIST_MODEL (g_list_store_new (PLENARY_TYPE_SEARCH_RESULT));

  gtk_list_box_bind_model (self->list_box, self->results, create_row, self, NULL);

  n = g_list_model_get_n_items (self->results);
  if (n >= MAX_RESULTS)
    gtk_label_set_label (self->summary,
                         g_dngettext (GETTEXT_PACKAGE, "Only the first result is shown.",
                                      "Only the first results are shown; try a longer search.",
                                      n));
  gtk_widget_set_visible (GTK_WIDGET (self->summary), n >= MAX_RESULTS);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "results" : "empty");
}

static void
plenary_search_panel_dispose (GObject *object)
{
  PlenarySearchPanel *self = (PlenarySearchPanel *)object;

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->results);
  g_clear_object (&self->report);
  g_clear_object (&self->session);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (plenary_search_panel_parent_class)->dispose (object);
}

static void
on_session_changed_cb (PlenarySearchPanel *self)
{
  PlenaryLanguage language = plenary_session_get_language (self->session);

  if (!g_set_object (&self->report, plenary_session_get_report (self->session)) &&
      self->language == language)
    return;
  self->language = language;
  run_search (self);
}

static void
plenary_search_panel_constructed (GObject *object)
{
  PlenarySearchPanel *self = PLENARY_SEARCH_PANEL (object);

  G_OBJECT_CLASS (plenary_search_panel_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  on_session_changed_cb (self);
}

static void
plenary_search_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PlenarySearchPanel *self = PLENARY_SEARCH_PANEL (object);

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
plenary_search_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PlenarySearchPanel *self = PLENARY_SEARCH_PANEL (object);

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
plenary_search_panel_class_init (PlenarySearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = plenary_search_panel_constructed;
  object_class->dispose = plenary_search_panel_dispose;
  object_class->get_property = plenary_search_panel_get_property;
  object_class->set_property = plenary_search_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_search_panel_init (PlenarySearchPanel *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *empty = adw_status_page_new ();

  self->language = plenary_language_from_locale ();

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_BROWSE);
  gtk_list_box_set_header_func (self->list_box, update_header_cb, NULL, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search results"), -1);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self);

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "search-summary");
  gtk_widget_set_visible (GTK_WIDGET (self->summary), FALSE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list_box));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-search-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Results Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Try a different word, or a shorter one"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "results");
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));

  run_search (self);
}

GtkWidget *
plenary_search_panel_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_SEARCH_PANEL, "session", session, NULL);
}

void
plenary_search_panel_set_query (PlenarySearchPanel *self,
                                const char         *query)
{
  g_return_if_fail (PLENARY_IS_SEARCH_PANEL (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);
  run_search (self);
}

GListModel *
plenary_search_panel_get_results (PlenarySearchPanel *self)
{
  g_return_val_if_fail (PLENARY_IS_SEARCH_PANEL (self), NULL);
  return self->results;
}

/* Enter in the search entry opens the selected result, or the first. */
gboolean
plenary_search_panel_activate_first (PlenarySearchPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PLENARY_IS_SEARCH_PANEL (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row == NULL)
    return FALSE;

  on_row_activated_cb (self, row);
  return TRUE;
}

gboolean
plenary_search_panel_focus_first (PlenarySearchPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PLENARY_IS_SEARCH_PANEL (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list_box, row);
  return gtk_widget_grab_focus (GTK_WIDGET (row));
}
