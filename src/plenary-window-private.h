/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-draft-store.h"
#include "plenary-editor.h"
#include "plenary-importer.h"
#include "plenary-review-guard.h"
#include "plenary-window.h"
#include "plenary-adaptive-split.h"
#include "plenary-search-panel.h"
#include "plenary-sidebar.h"

G_BEGIN_DECLS

/* The window's parts, shared by plenary-window.c (layout, pages,
 * navigation, search, settings), plenary-window-actions.c (files,
 * dialogs) and plenary-window-present.c (slides). What is shown lives in
 * the session, not here. */
struct _PlenaryWindow
{
  AdwApplicationWindow  parent_instance;

  PlenarySession       *session;
  GSettings            *settings;
  GCancellable         *load_cancellable;
  GFile                *loading_file;

  AdwToastOverlay      *toast_overlay;
  PlenaryAdaptiveSplit *split;
  AdwHeaderBar         *sidebar_header;
  AdwWindowTitle       *sidebar_title;
  GtkToggleButton      *search_button;
  GtkMenuButton        *menu_button;
  GtkWidget            *present_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  PlenarySidebar       *sidebar;
  PlenarySearchPanel   *search_panel;
  AdwHeaderBar         *content_header;
  AdwWindowTitle       *content_title;
  GtkWidget            *content_search_button;
  GtkStack             *content_stack;
  GMenu                *recent_menu;
  GtkWidget            *error_dialog;   /* AdwAlertDialog, or AdwMessageDialog before 1.5 */
  GObject              *presentation;   /* PlenaryPresentation while one runs */

  PlenaryEditor        *editor;         /* of the report on screen */
  PlenaryDraftStore    *drafts;
  gboolean              close_confirmed;
  gboolean              replace_confirmed;
  gboolean              pending_bundled;  /* to open once unsaved changes are settled */
  GFile                *pending_file;

  /* plenary-window-review.c */
  GtkWidget            *review_button;  /* "N of M reviewed" in the header */
  PlenaryEditor        *review_editor;  /* whose "changed" the button follows */
  gboolean              unreviewed_confirmed;
  GtkRevealer          *banner;         /* "Imported from FILE — not yet reviewed" */
  GtkLabel             *banner_label;
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
void      plenary_window_set_report         (PlenaryWindow  *self,
                                             PlenaryReport  *report);
void      plenary_window_start_search       (PlenaryWindow  *self);
/* plenary-window-import.c */
void      plenary_window_class_init_import  (GtkWidgetClass *widget_class);
PlenaryImporter *plenary_window_begin_import (PlenaryWindow *self,
                                             GFile          *file);
gboolean  plenary_window_finish_import      (PlenaryWindow  *self,
                                             const char     *message);
void      plenary_window_update_titles      (PlenaryWindow  *self);

/* plenary-window-editing.c */
void      plenary_window_class_init_editing (GtkWidgetClass *widget_class);
void      plenary_window_init_editing       (PlenaryWindow  *self);
void      plenary_window_dispose_editing    (PlenaryWindow  *self);
void      plenary_window_take_editor        (PlenaryWindow  *self,
                                             PlenaryEditor  *editor);
gboolean  plenary_window_editing_close_request (PlenaryWindow *self);
gboolean  plenary_window_ask_before_replacing (PlenaryWindow *self,
                                             GFile          *file);
char     *plenary_window_dup_document_title (PlenaryWindow  *self,
                                             const char     *short_title);

typedef void (*PlenaryWindowResponseFunc) (PlenaryWindow *self,
                                           const char    *response,
                                           gpointer       data);
void      plenary_window_ask                (PlenaryWindow  *self,
                                             const char     *heading,
                                             const char     *body,
                                             const char     *destructive,
                                             const char     *suggested,
                                             PlenaryWindowResponseFunc func,
                                             gpointer        data,
                                             ...) G_GNUC_NULL_TERMINATED;

/* plenary-window-review.c */
void      plenary_window_class_init_review  (GtkWidgetClass *widget_class);
void      plenary_window_init_review        (PlenaryWindow  *self);
void      plenary_window_dispose_review     (PlenaryWindow  *self);
gboolean  plenary_window_check_reviewed     (PlenaryReviewGuard *guard,
                                             GtkWidget          *source,
                                             const char         *action,
                                             GVariant           *parameter);

G_END_DECLS
