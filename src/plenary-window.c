/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-page-registry.h"
#include "plenary-report-loader.h"
#include "plenary-report-preload.h"
#include "plenary-settings.h"
#include "plenary-window-private.h"

/* The window lays out the sidebar, the search and the pages, and turns
 * actions into moves of its PlenarySession; the pages follow the session
 * themselves. Which pages there are is the page registry's business. */

static void
plenary_window_review_guard_init (PlenaryReviewGuardInterface *iface)
{
  iface->check = plenary_window_check_reviewed;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW,
                               G_IMPLEMENT_INTERFACE (PLENARY_TYPE_REVIEW_GUARD,
                                                      plenary_window_review_guard_init))

enum {
  PROP_0,
  PROP_CONTENT_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pages */

/* The page widget for @info, made the first time it is shown: the charts
 * and investment pages together hold some eighty charts, and a window
 * that opens on the overview or a chapter should not wait for them. */
static GtkWidget *
ensure_page (PlenaryWindow         *self,
             const PlenaryPageInfo *info)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->content_stack, info->name);

  if (page == NULL)
    {
      page = g_object_new (info->get_type (), "session", self->session, NULL);
      gtk_stack_add_named (self->content_stack, page, info->name);
    }
  return page;
}


/* The header names the document, as gnome-text-editor does, and says
 * where in it the reader is underneath; it never repeats the heading the
 * page itself shows. A fixed page is named by its sidebar name; the
 * reading page heads itself with the section and its chapter, so the
 * header says nothing more. */
static void
update_titles (PlenaryWindow *self)
{
  plenary_window_update_titles (self);
}

void
plenary_window_update_titles (PlenaryWindow *self)
{
  PlenaryReport *report = plenary_session_get_report (self->session);
  PlenaryLanguage language = plenary_session_get_language (self->session);
  PlenaryOutlineNode *section = plenary_session_get_section (self->session);
  const PlenaryPageInfo *info = plenary_page_registry_lookup (plenary_session_get_page (self->session));
  const char *short_title = NULL;
  g_autofree char *page_title = NULL;
  g_autofree char *document_title = NULL;
  g_autofree char *subtitle = NULL;

  if (report != NULL)
    short_title = plenary_report_get_text (report, PLENARY_REPORT_FIELD_SHORT_TITLE, language);

  if (section != NULL)
    page_title = plenary_outline_node_dup_heading (section, language);
  else
    {
      page_title = g_strdup (info != NULL && info->title != NULL ? _(info->title) : "");
      subtitle = g_strdup (page_title);
    }

  /* The document's name, marked while it has unsaved changes. */
  document_title = plenary_window_dup_document_title (self, short_title);
  adw_window_title_set_title (self->content_title,
                              document_title != NULL && *document_title != '\0' ? document_title : page_title);
  adw_window_title_set_subtitle (self->content_title, subtitle);
  /* The title the narrow window's back navigation and the window list use. */
  plenary_adaptive_split_set_content_title (self->split, page_title);
}

/* Shows the session's page: the window only lays pages out. */
static void
on_session_location_cb (PlenaryWindow *self)
{
  const PlenaryPageInfo *info = plenary_page_registry_lookup (plenary_session_get_page (self->session));

  if (info != NULL)
    {
      ensure_page (self, info);
      gtk_stack_set_visible_child_name (self->content_stack, info->name);
    }
  if (self->settings != NULL && plenary_session_get_report (self->session) != NULL)
    {
      g_autofree char *location = plenary_session_dup_location (self->session);
      g_settings_set_string (self->settings, "last-page", location);
    }
  update_titles (self);
}

static void
on_session_report_cb (PlenaryWindow *self)
{
  update_titles (self);
  plenary_window_update_actions (self);
}

static void
on_session_content_language_cb (PlenaryWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
}

/* Replaces the report. The first one opens where the reader left off. */
void
plenary_window_set_report (PlenaryWindow *self,
                           PlenaryReport *report)
{
  gboolean first;

  g_assert (PLENARY_IS_WINDOW (self));

  /* Every report on screen has an editor; one opened from a file has
   * it already, with the file. */
  if (report != NULL && (self->editor == NULL || plenary_editor_get_report (self->editor) != report))
    {
      g_autoptr(PlenaryEditor) editor = plenary_editor_new (report, NULL, NULL);
      plenary_window_take_editor (self, editor);
    }

  first = plenary_session_get_report (self->session) == NULL;
  plenary_session_set_report (self->session, report);
  if (first && report != NULL && self->settings != NULL)
    {
      g_autofree char *location = g_settings_get_string (self->settings, "last-page");
      plenary_session_restore_location (self->session, location);
    }
}

PlenarySession *
plenary_window_get_session (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return self->session;
}

/* A shortcut for plenary_session_get_report() on the window's session. */
PlenaryReport *
plenary_window_get_report (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return plenary_session_get_report (self->session);
}

/* A shortcut for plenary_session_get_language() on the window's session. */
PlenaryLanguage
plenary_window_get_language (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), PLENARY_LANGUAGE_EN);
  return plenary_session_get_language (self->session);
}

/* Returns: (transfer none) (nullable): the page on screen */
GtkWidget *
plenary_window_get_visible_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child (self->content_stack);
}

/* Navigation actions. Each moves the session, which the pages follow,
 * and brings the content forward on a narrow window. */

static void
show_content (PlenaryWindow *self,
              gboolean       shown)
{
  if (shown)
    plenary_adaptive_split_show_content (self->split);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryPage page;

  if (plenary_page_parse (g_variant_get_string (parameter, NULL), &page))
    show_content (self, plenary_session_show_page (self->session, page));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryReport *report = plenary_session_get_report (self->session);
  PlenaryOutlineNode *node;

  node = report != NULL ? plenary_report_find_node (report, g_variant_get_string (parameter, NULL)) : NULL;
  if (node != NULL)
    show_content (self, plenary_session_show_section (self->session, node));
}

static void
show_paragraph_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  show_content (self, plenary_session_show_paragraph (self->session,
                                                      g_variant_get_string (parameter, NULL), -1, -1));
}

static void
show_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  const char *paragraph_id;
  int start, end;

  g_variant_get (parameter, "(&sii)", &paragraph_id, &start, &end);
  show_content (self, plenary_session_show_paragraph (self->session, paragraph_id, start, end));
}

static void
show_indicator_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  show_content (self, plenary_session_show_indicator (self->session,
                                                      g_variant_get_string (parameter, NULL)));
}

static void
show_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  show_content (self, plenary_session_show_chart (self->session,
                                                  g_variant_get_string (parameter, NULL)));
}

/* Search */

void
plenary_window_start_search (PlenaryWindow *self)
{
  g_assert (PLENARY_IS_WINDOW (self));

  if (plenary_session_get_report (self->session) == NULL)
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

  if (plenary_window_editing_close_request (self))
    return TRUE;

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
  plenary_window_dispose_editing (self);
  plenary_window_dispose_review (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_window_parent_class)->dispose (object);
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
      /* Asked for by win.content-language after dispose, too. */
      g_value_set_string (value, self->session != NULL
                                 ? plenary_session_get_content_language (self->session)
                                 : PLENARY_SESSION_FOLLOW_INTERFACE);
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
      plenary_session_set_content_language (self->session, g_value_get_string (value));
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
  object_class->get_property = plenary_window_get_property;
  object_class->set_property = plenary_window_set_property;
  window_class->close_request = plenary_window_close_request;

  /* "follow-interface", "zh_CN", "en" or "both", as the content-language setting:
   * the session's, here for win.content-language. */
  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, "follow-interface",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLENARY_TYPE_ADAPTIVE_SPLIT);
  g_type_ensure (PLENARY_TYPE_SEARCH_PANEL);
  g_type_ensure (PLENARY_TYPE_SESSION);
  g_type_ensure (PLENARY_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, session);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, split);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_panel);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_search_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_split_folded_cb);

  /* Navigation: a fixed page by its name ("overview", "charts",
   * "investment"), kept apart from the report's ids; a chapter or section,
   * a paragraph, an indicator or a chart by its id; a search match as a
   * paragraph id and a byte range of its text. */
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-paragraph", "s", show_paragraph_action);
  gtk_widget_class_install_action (widget_class, "win.show-match", "(sii)", show_match_action);
  gtk_widget_class_install_action (widget_class, "win.show-indicator", "s", show_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.show-chart", "s", show_chart_action);

  plenary_window_class_init_actions (widget_class);
  plenary_window_class_init_present (widget_class);
  plenary_window_class_init_editing (widget_class);
  plenary_window_class_init_review (widget_class);
}


/* AdwSplitButton shows its two halves to a screen reader as two unnamed
 * buttons (the tooltips only describe them); name each, and the inner
 * button of the menu half too. */
static void
label_split_button (GtkWidget  *widget,
                    const char *button_label,
                    const char *menu_label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          menu_label, -1);
          label_split_button (child, menu_label, menu_label);
        }
      else if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        button_label, -1);
      else
        label_split_button (child, button_label, menu_label);
    }
}
static void
plenary_window_init (PlenaryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryReport) report = NULL;
  g_autoptr(GFile) preloaded_file = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  label_split_button (self->present_button,
                      _("Present"), _("More Ways to Present"));

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

  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (update_titles),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::content-language",
                           G_CALLBACK (on_session_content_language_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::page", G_CALLBACK (on_session_location_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::section", G_CALLBACK (on_session_location_cb),
                           self, G_CONNECT_SWAPPED);
  on_session_location_cb (self);

  self->settings = plenary_settings_new (NULL);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "content-language", self->session, "content-language",
                     G_SETTINGS_BIND_DEFAULT);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "show-simplified", self->session, "show-simplified",
                     G_SETTINGS_BIND_DEFAULT);
  /* The switch is offered only where there is something to switch: the
   * menu hides it while the action is missing. */
  if (self->settings != NULL && plenary_conversion_from_locale () != PLENARY_CONVERSION_NONE)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, "show-simplified");

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
  restore_window_state (self);
  on_split_folded_cb (self);

  plenary_window_init_actions (self);
  plenary_window_init_editing (self);
  plenary_window_init_review (self);

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
          /* An older or hand-set value may be a plain path rather than a URI. */
          g_autoptr(GFile) file = g_uri_peek_scheme (uri) != NULL ? g_file_new_for_uri (uri)
                                                                  : g_file_new_for_path (uri);
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
