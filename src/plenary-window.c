/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-report-loader.h"
#include "plenary-report-preload.h"
#include "plenary-charts-page.h"
#include "plenary-investment-page.h"
#include "plenary-settings.h"
#include "plenary-window-private.h"

G_DEFINE_FINAL_TYPE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTENT_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_show_paragraph_cb (PlenaryWindow *self,
                      const char    *paragraph_id)
{
  plenary_window_show_paragraph (self, paragraph_id);
}

static void
destination_page_set_report (GtkWidget     *page,
                             PlenaryReport *report)
{
  if (PLENARY_IS_INVESTMENT_PAGE (page))
    plenary_investment_page_set_report (PLENARY_INVESTMENT_PAGE (page), report);
  else if (PLENARY_IS_CHARTS_PAGE (page))
    plenary_charts_page_set_report (PLENARY_CHARTS_PAGE (page), report);
}

static void
destination_page_set_language (GtkWidget       *page,
                               PlenaryLanguage  language)
{
  if (PLENARY_IS_INVESTMENT_PAGE (page))
    plenary_investment_page_set_language (PLENARY_INVESTMENT_PAGE (page), language);
  else if (PLENARY_IS_CHARTS_PAGE (page))
    plenary_charts_page_set_language (PLENARY_CHARTS_PAGE (page), language);
}

/* The charts and investment pages are made when they are first shown:
 * together they hold some eighty charts, and a window that opens on the
 * overview or a chapter should not wait for them. */
static void
ensure_destination_page (PlenaryWindow *self,
                         const char    *name)
{
  GtkWidget **slot;

  if (g_str_equal (name, PLENARY_PAGE_CHARTS))
    slot = &self->charts_page;
  else if (g_str_equal (name, PLENARY_PAGE_INVESTMENT))
    slot = &self->investment_page;
  else
    return;

  if (*slot != NULL)
    return;

  if (slot == &self->charts_page)
    *slot = GTK_WIDGET (plenary_charts_page_new ());
  else
    *slot = GTK_WIDGET (plenary_investment_page_new ());

  g_signal_connect_object (*slot, "show-paragraph", G_CALLBACK (on_show_paragraph_cb),
                           self, G_CONNECT_SWAPPED);
  destination_page_set_language (*slot, self->language);
  destination_page_set_report (*slot, self->report);
  gtk_stack_add_named (self->content_stack, *slot, name);
}

static PlenaryLanguage
effective_language (PlenaryWindow *self)
{
  PlenaryLanguage language;

  if (plenary_language_parse (self->content_language, &language))
    return language;
  return plenary_language_from_locale ();
}

/* The title of a chapter or section without its full stop. */
static char *
dup_node_title (PlenaryOutlineNode *node,
                PlenaryLanguage     language)
{
  g_autofree char *heading = plenary_outline_node_dup_heading (node, language);
  gsize len = strlen (heading);

  if (g_str_has_suffix (heading, "。"))
    heading[len - strlen ("。")] = '\0';
  return g_steal_pointer (&heading);
}

static void
update_titles (PlenaryWindow *self)
{
  const char *short_title = NULL;
  g_autofree char *title = NULL;

  if (self->report != NULL)
    short_title = plenary_report_get_text (self->report, PLENARY_REPORT_FIELD_SHORT_TITLE,
                                           self->language);

  if (g_strcmp0 (self->page_id, PLENARY_PAGE_CHARTS) == 0)
    title = g_strdup (_("Charts"));
  else if (g_strcmp0 (self->page_id, PLENARY_PAGE_INVESTMENT) == 0)
    title = g_strdup (_("Investment"));
  else if (self->report != NULL && self->page_id != NULL &&
           plenary_report_find_node (self->report, self->page_id) != NULL)
    title = dup_node_title (plenary_report_find_node (self->report, self->page_id), self->language);
  else
    title = g_strdup (_("Overview"));

  adw_window_title_set_title (self->content_title, title);
  adw_window_title_set_subtitle (self->content_title, short_title);
  plenary_adaptive_split_set_content_title (self->split, title);
}

static void
apply_language (PlenaryWindow *self)
{
  self->language = effective_language (self);

  plenary_sidebar_set_language (self->sidebar, self->language);
  plenary_overview_page_set_language (self->overview_page, self->language);
  plenary_reading_page_set_language (self->reading_page, self->language);
  plenary_search_panel_set_language (self->search_panel, self->language);
  destination_page_set_language (self->charts_page, self->language);
  destination_page_set_language (self->investment_page, self->language);
  if (self->page_id != NULL)
    plenary_sidebar_select (self->sidebar, self->page_id);
  update_titles (self);
}

static void
plenary_window_set_content_language (PlenaryWindow *self,
                                     const char    *content_language)
{
  if (g_strcmp0 (self->content_language, content_language) == 0)
    return;

  g_free (self->content_language);
  self->content_language = g_strdup (content_language);
  apply_language (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
}

gboolean
plenary_window_show_page (PlenaryWindow *self,
                          const char    *page_id)
{
  PlenaryOutlineNode *node = NULL;
  const char *child_name;

  g_return_val_if_fail (PLENARY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if (g_str_equal (page_id, PLENARY_PAGE_OVERVIEW) ||
      g_str_equal (page_id, PLENARY_PAGE_CHARTS) ||
      g_str_equal (page_id, PLENARY_PAGE_INVESTMENT))
    {
      child_name = page_id;
    }
  else
    {
      node = self->report ? plenary_report_find_node (self->report, page_id) : NULL;
      if (node == NULL)
        return FALSE;
      /* Items are read within their section. */
      if (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_ITEM)
        node = plenary_outline_node_get_parent (node);
      page_id = plenary_outline_node_get_id (node);
      plenary_reading_page_show_node (self->reading_page, node);
      child_name = "reading";
    }

  if (g_strcmp0 (self->page_id, page_id) != 0)
    {
      g_free (self->page_id);
      self->page_id = g_strdup (page_id);
    }

  ensure_destination_page (self, child_name);
  gtk_stack_set_visible_child_name (self->content_stack, child_name);
  plenary_sidebar_select (self->sidebar, self->page_id);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", self->page_id);
  update_titles (self);

  return TRUE;
}

const char *
plenary_window_get_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->page_id;
}

void
plenary_window_set_report (PlenaryWindow *self,
                           PlenaryReport *report)
{
  g_autofree char *page = NULL;

  g_assert (PLENARY_IS_WINDOW (self));

  if (!g_set_object (&self->report, report))
    return;

  plenary_sidebar_set_report (self->sidebar, report);
  plenary_overview_page_set_report (self->overview_page, report);
  plenary_reading_page_set_report (self->reading_page, report);
  plenary_search_panel_set_report (self->search_panel, report);
  destination_page_set_report (self->charts_page, report);
  destination_page_set_report (self->investment_page, report);

  if (self->page_id != NULL)
    page = g_strdup (self->page_id);
  else if (self->settings != NULL)
    page = g_settings_get_string (self->settings, "last-page");
  if (page == NULL || !plenary_window_show_page (self, page))
    plenary_window_show_page (self, PLENARY_PAGE_OVERVIEW);

  plenary_window_update_actions (self);
}

/* The page that holds a paragraph: its section (or the chapter, when the
 * chapter is being read as a whole), the overview for the opening words
 * and the last section for the closing ones. */
static char *
dup_page_for_paragraph (PlenaryWindow    *self,
                        PlenaryParagraph *paragraph)
{
  PlenaryOutlineNode *node = plenary_paragraph_get_node (paragraph);
  PlenaryOutlineNode *shown = plenary_reading_page_get_node (self->reading_page);
  GListModel *preamble = plenary_report_get_preamble (self->report);
  GListModel *chapters;
  g_autoptr(PlenaryOutlineNode) last = NULL;
  GListModel *sections;

  if (node != NULL)
    {
      if (shown != NULL && g_strcmp0 (self->page_id, plenary_outline_node_get_id (shown)) == 0 &&
          plenary_outline_node_contains (shown, node))
        return g_strdup (plenary_outline_node_get_id (shown));
      while (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_ITEM)
        node = plenary_outline_node_get_parent (node);
      return g_strdup (plenary_outline_node_get_id (node));
    }

  for (guint i = 0; i < g_list_model_get_n_items (preamble); i++)
    {
      g_autoptr(PlenaryParagraph) opening = g_list_model_get_item (preamble, i);
      if (opening == paragraph)
        return g_strdup (PLENARY_PAGE_OVERVIEW);
    }

  chapters = plenary_report_get_chapters (self->report);
  if (g_list_model_get_n_items (chapters) == 0)
    return NULL;
  last = g_list_model_get_item (chapters, g_list_model_get_n_items (chapters) - 1);
  sections = plenary_outline_node_get_children (last);
  if (g_list_model_get_n_items (sections) > 0)
    {
      g_autoptr(PlenaryOutlineNode) section =
        g_list_model_get_item (sections, g_list_model_get_n_items (sections) - 1);
      return g_strdup (plenary_outline_node_get_id (section));
    }
  return g_strdup (plenary_outline_node_get_id (last));
}

gboolean
plenary_window_show_match (PlenaryWindow *self,
                           const char    *paragraph_id,
                           gssize         match_start,
                           gssize         match_end)
{
  PlenaryParagraph *paragraph;
  g_autofree char *page = NULL;
  gboolean shown;

  g_assert (PLENARY_IS_WINDOW (self));

  if (self->report == NULL || paragraph_id == NULL)
    return FALSE;
  paragraph = plenary_report_find_paragraph (self->report, paragraph_id);
  if (paragraph == NULL)
    return FALSE;

  page = dup_page_for_paragraph (self, paragraph);
  if (page == NULL || !plenary_window_show_page (self, page))
    return FALSE;

  if (g_str_equal (page, PLENARY_PAGE_OVERVIEW))
    shown = plenary_overview_page_reveal_paragraph (self->overview_page, paragraph_id);
  else
    shown = plenary_reading_page_reveal_paragraph (self->reading_page, paragraph_id,
                                                   match_start, match_end);
  plenary_adaptive_split_show_content (self->split);

  return shown;
}

/* Shows the paragraph with the given id in its chapter or section,
 * scrolled into view and flashed: for search results and for the source
 * links of charts. */
void
plenary_window_show_paragraph (PlenaryWindow *self,
                               const char    *paragraph_id)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (paragraph_id != NULL);

  plenary_window_show_match (self, paragraph_id, -1, -1);
}

PlenaryReport *
plenary_window_get_report (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->report;
}

PlenaryLanguage
plenary_window_get_language (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), PLENARY_LANGUAGE_EN);
  return self->language;
}

/* Search */

void
plenary_window_start_search (PlenaryWindow *self)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (self->report == NULL)
    return;

  plenary_adaptive_split_show_sidebar (self->split);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
on_search_changed_cb (PlenaryWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = g_strstrip (g_strdup (text));

  plenary_search_panel_set_query (self->search_panel, query);
  gtk_stack_set_visible_child_name (self->sidebar_stack, *query != '\0' ? "results" : "outline");
}

static void
on_search_activate_cb (PlenaryWindow *self)
{
  plenary_search_panel_activate_first (self->search_panel);
}

static void
on_search_mode_cb (PlenaryWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->sidebar_stack, "outline");
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PlenaryWindow         *self)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return plenary_search_panel_focus_first (self->search_panel);
  return FALSE;
}

static void
on_search_result_activated_cb (PlenaryWindow       *self,
                               PlenarySearchResult *result)
{
  PlenaryParagraph *paragraph = plenary_search_result_get_paragraph (result);
  PlenaryIndicator *indicator = plenary_search_result_get_indicator (result);

  if (paragraph == NULL)
    return;

  if (indicator == NULL)
    {
      plenary_window_show_match (self, plenary_paragraph_get_id (paragraph),
                                 plenary_search_result_get_match_start (result),
                                 plenary_search_result_get_match_end (result));
      return;
    }

  /* An indicator found by its label: show its sentence and its card. */
  if (plenary_window_show_match (self, plenary_paragraph_get_id (paragraph), -1, -1) &&
      gtk_widget_get_mapped (GTK_WIDGET (self->reading_page)))
    plenary_reading_page_activate_link (self->reading_page, plenary_paragraph_get_id (paragraph),
                                        plenary_indicator_get_id (indicator));
}

/* Navigation */

static void
on_sidebar_page_selected_cb (PlenaryWindow *self,
                             const char    *page_id)
{
  plenary_window_show_page (self, page_id);
}

static void
on_sidebar_page_activated_cb (PlenaryWindow *self,
                              const char    *page_id)
{
  if (plenary_window_show_page (self, page_id))
    plenary_adaptive_split_show_content (self->split);
}

static void
on_start_reading_cb (PlenaryWindow *self)
{
  GListModel *chapters;
  g_autoptr(PlenaryOutlineNode) first = NULL;

  if (self->report == NULL)
    return;
  chapters = plenary_report_get_chapters (self->report);
  if (g_list_model_get_n_items (chapters) == 0)
    return;

  first = g_list_model_get_item (chapters, 0);
  plenary_window_show_page (self, plenary_outline_node_get_id (first));
}

static void
on_reading_navigate_cb (PlenaryWindow *self,
                        const char    *node_id)
{
  plenary_window_show_page (self, node_id);
}

/* On a narrow window the content gets the search button the sidebar's
 * header has, and the stylesheet tightens margins and headings. */
static void
on_split_folded_cb (PlenaryWindow *self)
{
  gboolean folded = plenary_adaptive_split_get_folded (self->split);

  gtk_widget_set_visible (self->content_search_button, folded);
  if (folded)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
}

/* Window state */

static void
restore_window_state (PlenaryWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 294));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
plenary_window_close_request (GtkWindow *window)
{
  PlenaryWindow *self = PLENARY_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (plenary_window_parent_class)->close_request (window);
}

static void
plenary_window_dispose (GObject *object)
{
  PlenaryWindow *self = (PlenaryWindow *)object;

  plenary_window_stop_presentation (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);
  plenary_window_close_error_dialog (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_WINDOW);

  g_clear_object (&self->report);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plenary_window_parent_class)->dispose (object);
}

static void
plenary_window_finalize (GObject *object)
{
  PlenaryWindow *self = (PlenaryWindow *)object;

  g_free (self->content_language);
  g_free (self->page_id);

  G_OBJECT_CLASS (plenary_window_parent_class)->finalize (object);
}

static void
plenary_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlenaryWindow *self = PLENARY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, self->content_language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlenaryWindow *self = PLENARY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      plenary_window_set_content_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_window_class_init (PlenaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = plenary_window_dispose;
  object_class->finalize = plenary_window_finalize;
  object_class->get_property = plenary_window_get_property;
  object_class->set_property = plenary_window_set_property;
  window_class->close_request = plenary_window_close_request;

  /* "follow-interface", "zh_CN" or "en", as the content-language setting. */
  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, "follow-interface",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLENARY_TYPE_ADAPTIVE_SPLIT);
  g_type_ensure (PLENARY_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PLENARY_TYPE_READING_PAGE);
  g_type_ensure (PLENARY_TYPE_SEARCH_PANEL);
  g_type_ensure (PLENARY_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, split);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_panel);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_search_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, reading_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_page_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_page_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_paragraph_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_reading_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reading_navigate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_split_folded_cb);

  plenary_window_class_init_actions (widget_class);
  plenary_window_class_init_present (widget_class);
}

static void
plenary_window_init (PlenaryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GFile) preloaded_file = NULL;
  GtkEventController *keys;

  self->content_language = g_strdup ("follow-interface");
  self->language = effective_language (self);

  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_PROFILE
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->settings = plenary_settings_new (NULL);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "content-language", self, "content-language",
                     G_SETTINGS_BIND_DEFAULT);
  apply_language (self);
  restore_window_state (self);
  on_split_folded_cb (self);

  plenary_window_init_actions (self);

  /* One report is parsed: the one main() began to read on a thread (the
   * last one if it still loads), else the bundled one here. */
  report = plenary_report_preload_finish (&preloaded_file, &error);
  if (report == NULL && error == NULL)
    report = plenary_report_load_default (&error);
  if (report == NULL)
    g_critical ("The bundled report does not load: %s", error->message);
  else
    plenary_window_set_report (self, report);

  /* Reopen the report that was open last, unless that is the one
   * preloaded; if it has gone, the bundled one stays and the reader is
   * told why. */
  if (self->settings != NULL && preloaded_file == NULL)
    {
      g_autofree char *uri = g_settings_get_string (self->settings, "last-report");

      if (uri != NULL && *uri != '\0')
        {
          g_autoptr(GFile) file = g_file_new_for_uri (uri);
          plenary_window_open_file (self, file);
        }
    }

  /* The text is made of selectable labels, and a label that takes the
   * focus (the first one on a page, when the outline folds away) would
   * select all of itself. Reading calls for a caret, not a selection. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-label-select-on-focus", FALSE, NULL);
  plenary_sidebar_focus (self->sidebar);

  plenary_window_update_actions (self);
}

PlenaryWindow *
plenary_window_new (PlenaryApplication *application)
{
  return g_object_new (PLENARY_TYPE_WINDOW, "application", application, NULL);
}
