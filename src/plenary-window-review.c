/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-window-review"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-window-private.h"
#include "plenary-chart-builder.h"
#include "plenary-indicator-editor.h"
#include "plenary-review-page.h"

/* The window's side of reviewing: the "N of M reviewed" button in the
 * header while figures wait for review, editing an indicator from its
 * card, adding one from words selected in the reading view, the chart
 * builder, and the question before presenting unreviewed figures. */

static PlenaryReport *
report_of (PlenaryWindow *self)
{
  return plenary_session_get_report (self->session);
}

static void
update_review_button (PlenaryWindow *self)
{
  PlenaryReport *report = report_of (self);
  guint n = 0, reviewed = 0;

  if (report != NULL)
    reviewed = plenary_report_count_reviewed (report, &n);
  /* A phone's header has no room for it, and the queue's own page shows
   * the same count (beside the report's name it would be cut short). */
  gtk_widget_set_visible (self->review_button, report != NULL && reviewed < n &&
                          !plenary_adaptive_split_get_folded (self->split) &&
                          plenary_session_get_page (self->session) != PLENARY_PAGE_REVIEW);
  if (reviewed < n)
    {
      /* Translators: the header's progress of the review, as in "12 of 279 reviewed". */
      g_autofree char *text = g_strdup_printf (_("%u of %u reviewed"), reviewed, n);

      gtk_label_set_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->review_button))), text);
    }
}

/* A report the importer wrote and nobody has marked reviewed opens
 * read-only, under a banner whose Edit makes it editable.  The banner is
 * the one notice of an import; the window's toast gives way to it. */
static void
update_banner (PlenaryWindow *self)
{
  PlenaryEditor *editor = self->review_editor;
  PlenaryReport *report = editor ? plenary_editor_get_report (editor) : NULL;
  const char *source = report ? plenary_report_get_source_file (report) : NULL;
  gboolean imported = source != NULL && !plenary_report_is_reviewed (report) &&
                      !plenary_editor_get_dirty (editor) && !plenary_editor_get_can_undo (editor);

  if (imported)
    {
      g_autofree char *basename = g_path_get_basename (source);
      /* Translators: %s is a file name. */
      g_autofree char *text = g_strdup_printf (_("Imported from %s — not yet reviewed"), basename);

      gtk_label_set_text (self->banner_label, text);
      plenary_editor_set_read_only (editor, TRUE);
    }
  gtk_revealer_set_reveal_child (self->banner, imported);
}

static void
on_review_editor_cb (PlenaryWindow *self)
{
  PlenaryEditor *editor = plenary_session_get_editor (self->session);

  if (self->review_editor == editor)
    {
      update_review_button (self);
      return;
    }
  if (self->review_editor != NULL)
    g_signal_handlers_disconnect_by_func (self->review_editor, update_review_button, self);
  g_set_object (&self->review_editor, editor);
  if (editor != NULL)
    g_signal_connect_swapped (editor, "changed", G_CALLBACK (update_review_button), self);
  self->unreviewed_confirmed = FALSE;
  update_review_button (self);
  update_banner (self);
}

static void
make_editable_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (self->review_editor != NULL)
    plenary_editor_set_read_only (self->review_editor, FALSE);
  gtk_revealer_set_reveal_child (self->banner, FALSE);
}

/* Indicators */

static void
edit_indicator_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryIndicator *indicator;

  if (self->editor == NULL || report_of (self) == NULL)
    return;
  indicator = plenary_report_find_indicator (report_of (self), g_variant_get_string (parameter, NULL));
  if (indicator != NULL)
    plenary_indicator_editor_present (widget, self->editor, indicator,
                                      plenary_session_get_language (self->session));
}

/* The words selected in the paragraph that has the focus. */
static char *
dup_selection (PlenaryWindow     *self,
               PlenaryParagraph **out_paragraph)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  PlenaryParagraph *paragraph;
  const char *text;
  int start, end;

  while (focus != NULL && !GTK_IS_LABEL (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL)
    return NULL;
  paragraph = g_object_get_data (G_OBJECT (focus), "plenary-paragraph");
  if (paragraph == NULL || !gtk_label_get_selection_bounds (GTK_LABEL (focus), &start, &end))
    return NULL;
  text = gtk_label_get_text (GTK_LABEL (focus));
  *out_paragraph = paragraph;
  return g_utf8_substring (text, MIN (start, end), MAX (start, end));
}

static void
add_indicator (PlenaryWindow *self,
               const char    *paragraph_id,
               const char    *text)
{
  g_autoptr(GError) error = NULL;
  PlenaryIndicator *indicator;

  if (self->editor == NULL)
    return;
  indicator = plenary_indicator_add_from_text (self->editor, paragraph_id, text, &error);
  if (indicator == NULL)
    {
      g_debug ("Add Indicator refused: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  plenary_indicator_editor_present (GTK_WIDGET (self), self->editor, indicator,
                                    plenary_session_get_language (self->session));
}

/* From the reading view's context menu (or Ctrl+I) over a selection. */
static void
add_indicator_from_selection_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryParagraph *paragraph = NULL;
  g_autofree char *text = dup_selection (self, &paragraph);

  if (text == NULL || *text == '\0')
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Select the words of a figure in a paragraph first")));
      return;
    }
  add_indicator (self, plenary_paragraph_get_id (paragraph), text);
}

/* Paragraph id and the words: what the menu item does, for scripts and tests. */
static void
add_indicator_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *paragraph_id, *text;

  g_variant_get (parameter, "(&s&s)", &paragraph_id, &text);
  add_indicator (PLENARY_WINDOW (widget), paragraph_id, text);
}

/* Charts */

static void
new_chart_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (self->editor != NULL)
    plenary_chart_builder_present (widget, self->editor, NULL, plenary_session_get_language (self->session));
}

static void
edit_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryChartSpec *chart;

  if (self->editor == NULL)
    return;
  chart = plenary_report_find_chart (report_of (self), g_variant_get_string (parameter, NULL));
  if (chart != NULL)
    plenary_chart_builder_present (widget, self->editor, chart, plenary_session_get_language (self->session));
}

static void
delete_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  g_autoptr(PlenaryEditCommand) command = NULL;
  g_autoptr(GError) error = NULL;

  if (self->editor == NULL)
    return;
  command = plenary_edit_command_new_remove_chart (g_variant_get_string (parameter, NULL));
  if (!plenary_editor_apply (self->editor, command, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    {
      AdwToast *toast = adw_toast_new (_("Chart deleted"));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/* Guards */

typedef struct
{
  GtkWidget *source;
  char      *action;
  GVariant  *parameter;
} Pending;

static void
on_unreviewed_response (PlenaryWindow *self,
                        const char    *response,
                        gpointer       data)
{
  Pending *pending = data;

  if (g_strcmp0 (response, "review") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "review");
  else if (g_strcmp0 (response, "present") == 0)
    {
      /* Asked once per report: the answer holds until another is opened. */
      self->unreviewed_confirmed = TRUE;
      /* The widget that asked may have gone with a page rebuilt meanwhile. */
      if (gtk_widget_get_root (pending->source) == GTK_ROOT (self))
        gtk_widget_activate_action_variant (pending->source, pending->action, pending->parameter);
    }
  g_object_unref (pending->source);
  g_free (pending->action);
  g_clear_pointer (&pending->parameter, g_variant_unref);
  g_free (pending);
}

/* PlenaryReviewGuard: presenting, exporting, copying and printing ask
 * here first, wherever in the window they are. */
gboolean
plenary_window_check_reviewed (PlenaryReviewGuard *guard,
                               GtkWidget          *source,
                               const char         *action,
                               GVariant           *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (guard);
  PlenaryReport *report = report_of (self);
  g_autofree char *body = NULL;
  Pending *pending;
  guint n = 0, reviewed;

  g_assert (PLENARY_IS_WINDOW (self));

  if (report == NULL || self->unreviewed_confirmed)
    return TRUE;
  reviewed = plenary_report_count_reviewed (report, &n);
  if (reviewed == n)
    return TRUE;

  pending = g_new0 (Pending, 1);
  pending->source = g_object_ref (source);
  pending->action = g_strdup (action);
  pending->parameter = parameter ? g_variant_ref_sink (parameter) : NULL;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u figure of this report has not been checked against its sentence. "
                                       "A wrong number would reach the audience.",
                                       "%u figures of this report have not been checked against their sentences. "
                                       "A wrong number would reach the audience.",
                                       n - reviewed),
                          n - reviewed);
  plenary_window_ask (self, _("Unreviewed Figures"), body, NULL, "review",
                      on_unreviewed_response, pending,
                      "cancel", _("_Cancel"),
                      "present", g_str_has_prefix (action, "win.present") ? _("_Present Anyway")
                                                                          : _("_Export Anyway"),
                      "review", _("_Review Now"),
                      NULL);
  return FALSE;
}

void
plenary_window_class_init_review (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-indicator", "s", edit_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.add-indicator", "(ss)", add_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.add-indicator-from-selection", NULL,
                                   add_indicator_from_selection_action);
  gtk_widget_class_install_action (widget_class, "win.make-editable", NULL, make_editable_action);
  gtk_widget_class_install_action (widget_class, "win.new-chart", NULL, new_chart_action);
  gtk_widget_class_install_action (widget_class, "win.edit-chart", "s", edit_chart_action);
  gtk_widget_class_install_action (widget_class, "win.delete-chart", "s", delete_chart_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.add-indicator-from-selection", NULL);
}

void
plenary_window_init_review (PlenaryWindow *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Ellipsized, so that the header still fits a phone's width. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  self->review_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->review_button), label);
  gtk_widget_add_css_class (self->review_button, "flat");
  gtk_widget_add_css_class (self->review_button, "numeric");
  gtk_widget_set_tooltip_text (self->review_button, _("Review the figures"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->review_button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->review_button), "s", "review");
  gtk_widget_set_visible (self->review_button, FALSE);
  adw_header_bar_pack_end (self->content_header, self->review_button);

  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    GtkWidget *button = gtk_button_new_with_mnemonic (_("_Edit"));

    self->banner_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_label_set_wrap (self->banner_label, TRUE);
    gtk_label_set_xalign (self->banner_label, 0);
    gtk_widget_set_hexpand (GTK_WIDGET (self->banner_label), TRUE);
    gtk_widget_set_tooltip_text (button, _("Allow changes to this report"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.make-editable");
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner_label));
    gtk_box_append (GTK_BOX (box), button);
    gtk_widget_add_css_class (box, "imported-banner");
    gtk_widget_add_css_class (box, "toolbar");
    self->banner = GTK_REVEALER (gtk_revealer_new ());
    gtk_revealer_set_child (self->banner, box);
    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Imported report"), -1);
    /* Above the pages, below the header. */
    plenary_adaptive_split_add_content_bar (self->split, GTK_WIDGET (self->banner));
  }

  g_signal_connect_object (self->split, "notify::folded", G_CALLBACK (update_review_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::page", G_CALLBACK (update_review_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::editor", G_CALLBACK (on_review_editor_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_review_editor_cb),
                           self, G_CONNECT_SWAPPED);
  on_review_editor_cb (self);
}

void
plenary_window_dispose_review (PlenaryWindow *self)
{
  if (self->review_editor != NULL)
    g_signal_handlers_disconnect_by_func (self->review_editor, update_review_button, self);
  g_clear_object (&self->review_editor);
}
