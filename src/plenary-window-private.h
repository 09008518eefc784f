/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-window.h"
#include "plenary-adaptive-split.h"
#include "plenary-overview-page.h"
#include "plenary-reading-page.h"
#include "plenary-search-panel.h"
#include "plenary-sidebar.h"

G_BEGIN_DECLS

/* The window's parts, shared by plenary-window.c (report, pages, search,
 * settings) and plenary-window-actions.c (actions, files, dialogs); tests
 * reach the widgets through it too. */
struct _PlenaryWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  PlenaryReport        *report;
  char                 *content_language;
  PlenaryLanguage       language;
  char                 *page_id;
  GCancellable         *load_cancellable;
  GFile                *loading_file;

  AdwToastOverlay      *toast_overlay;
  PlenaryAdaptiveSplit *split;
  AdwHeaderBar         *sidebar_header;
  AdwWindowTitle       *sidebar_title;
  GtkToggleButton      *search_button;
  GtkMenuButton        *menu_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  PlenarySidebar       *sidebar;
  PlenarySearchPanel   *search_panel;
  AdwHeaderBar         *content_header;
  AdwWindowTitle       *content_title;
  GtkWidget            *content_search_button;
  GtkStack             *content_stack;
  PlenaryOverviewPage  *overview_page;
  PlenaryReadingPage   *reading_page;
  GtkWidget            *charts_page;
  GtkWidget            *investment_page;
  GMenu                *recent_menu;
  GtkWidget            *error_dialog;   /* AdwAlertDialog, or AdwMessageDialog before 1.5 */
  GObject              *presentation;   /* PlenaryPresentation while one runs */
};

void      plenary_window_class_init_actions (GtkWidgetClass *widget_class);
void      plenary_window_class_init_present (GtkWidgetClass *widget_class);
void      plenary_window_stop_presentation  (PlenaryWindow  *self);
void      plenary_window_init_actions       (PlenaryWindow  *self);
void      plenary_window_update_actions     (PlenaryWindow  *self);
void      plenary_window_update_recent_menu (PlenaryWindow  *self);
void      plenary_window_add_recent         (PlenaryWindow  *self,
                                             GFile          *file);
void      plenary_window_show_error         (PlenaryWindow  *self,
                                             GFile          *file,
                                             const GError   *error);
void      plenary_window_close_error_dialog (PlenaryWindow  *self);
const char *plenary_window_get_error_body   (PlenaryWindow  *self);
void      plenary_window_set_report         (PlenaryWindow  *self,
                                             PlenaryReport  *report);
gboolean  plenary_window_show_match         (PlenaryWindow  *self,
                                             const char     *paragraph_id,
                                             gssize          match_start,
                                             gssize          match_end);
void      plenary_window_start_search       (PlenaryWindow  *self);

G_END_DECLS
