/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-review-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "plenary-indicator-editor.h"
#include "plenary-review-page.h"
#include "plenary-review-quote.h"

/* The review queue: the indicators no one has checked yet, one row each
 * with its value and the sentence it came from, the paragraph beside the
 * list (below it when narrow). Enter accepts, E edits, Delete removes,
 * J/K move. Each of those is one command through the editor, so that
 * Undo brings a row back. The list is a GtkListView over a filter model:
 * accepting a figure refilters, it never rebuilds a row it keeps. */

#define WIDE_WIDTH 760

struct _PlenaryReviewPage
{
  GtkWidget           parent_instance;

  PlenarySession     *session;
  PlenaryReport      *report;
  PlenaryEditor      *editor;
  GtkCustomFilter    *filter;
  GtkFilterListModel *queue;
  GtkSingleSelection *selection;
  GtkStringList      *chapter_names;
  GPtrArray          *chapter_ids;    /* char *, parallel to chapter_names after "All" */

  char               *chapter_id;     /* nullable: every chapter */
  int                 kind;           /* PlenaryIndicatorKind, or -1 for all */
  gboolean            without_english;

  GtkWidget          *toolbar;
  char               *counter;
  GtkLabel           *counter_label;  /* the header shows it too, when there is room */
  GtkDropDown        *chapter_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkCheckButton     *english_check;
  GtkWidget          *list_stack;
  GtkListView        *list_view;
  GtkWidget          *detail;
  GtkLabel           *detail_title;
  GtkLabel           *detail_place;
  GtkLabel           *detail_text;
};

G_DEFINE_FINAL_TYPE (PlenaryReviewPage, plenary_review_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PlenaryLanguage
language_of (PlenaryReviewPage *self)
{
  return self->session != NULL ? plenary_session_get_language (self->session) : PLENARY_LANGUAGE_EN;
}

static const char *
kind_name (PlenaryIndicatorKind kind)
{
  switch (kind)
    {
    case PLENARY_INDICATOR_TARGET:
      return _("Target");
    case PLENARY_INDICATOR_BASELINE:
      return _("Baseline");
    case PLENARY_INDICATOR_ACTUAL:
    default:
      return _("Result");
    }
}

static PlenaryOutlineNode *
chapter_of (PlenaryIndicator *indicator)
{
  PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
  PlenaryOutlineNode *node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;

  while (node != NULL && plenary_outline_node_get_parent (node) != NULL)
    node = plenary_outline_node_get_parent (node);
  return node;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryReviewPage *self = user_data;
  PlenaryIndicator *indicator = item;

  if (plenary_indicator_get_reviewed (indicator))
    return FALSE;
  if (self->kind >= 0 && (int) plenary_indicator_get_kind (indicator) != self->kind)
    return FALSE;
  if (self->without_english)
    {
      const char *en = plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_EN);
      const char *zh = plenary_indicator_get_label (indicator, PLENARY_LANGUAGE_ZH);

      /* get_label falls back to the other language when one is missing. */
      if (en != NULL && *en != '\0' && g_strcmp0 (en, zh) != 0)
        return FALSE;
    }
  if (self->chapter_id != NULL)
    {
      PlenaryOutlineNode *chapter = chapter_of (indicator);

      if (chapter == NULL || g_strcmp0 (plenary_outline_node_get_id (chapter), self->chapter_id) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
update_counter (PlenaryReviewPage *self)
{
  g_autofree char *text = NULL;
  guint n = 0, reviewed = 0;

  if (self->report != NULL)
    reviewed = plenary_report_count_reviewed (self->report, &n);
  /* Translators: the review queue's progress, as in "12 of 279 reviewed". */
  text = g_strdup_printf (_("%u of %u reviewed"), reviewed, n);
  g_free (self->counter);
  self->counter = g_steal_pointer (&text);
  gtk_label_set_text (self->counter_label, self->counter);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->counter, -1);
  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack),
                                    g_list_model_get_n_items (G_LIST_MODEL (self->queue)) > 0 ? "list" : "empty");
}

static void
update_detail (PlenaryReviewPage *self)
{
  PlenaryIndicator *indicator = gtk_single_selection_get_selected_item (self->selection);
  PlenaryLanguage language = language_of (self);
  PlenaryParagraph *paragraph;
  g_autofree char *markup = NULL;
  g_autofree char *place = NULL;
  gboolean editable = self->editor != NULL && indicator != NULL && !plenary_editor_get_read_only (self->editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.accept", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.edit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.remove", editable);

  if (indicator == NULL)
    {
      gtk_label_set_text (self->detail_title, "");
      gtk_label_set_text (self->detail_place, "");
      gtk_label_set_text (self->detail_text, "");
      return;
    }

  paragraph = plenary_indicator_get_paragraph (indicator);
  if (paragraph != NULL && plenary_paragraph_get_node (paragraph) != NULL)
    place = plenary_outline_node_dup_reference (plenary_paragraph_get_node (paragraph), language);
  markup = plenary_review_dup_quote_markup (indicator, paragraph ? plenary_paragraph_get_text (paragraph) : NULL);
  gtk_label_set_text (self->detail_title, plenary_indicator_get_label (indicator, language));
  gtk_label_set_text (self->detail_place, place ? place : "");
  gtk_label_set_markup (self->detail_text, markup);
}

static void
refilter (PlenaryReviewPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counter (self);
  update_detail (self);
}

/* Rows */

static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 PlenaryReviewPage        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char *classes[] = { "heading", "title-3", "dim-label", "reading-text" };
  GtkWidget *labels[4];

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (labels[i], classes[i]);
    }
  gtk_widget_set_hexpand (labels[0], TRUE);
  gtk_widget_add_css_class (labels[1], "numeric");
  gtk_label_set_xalign (GTK_LABEL (labels[1]), 1);
  gtk_label_set_justify (GTK_LABEL (labels[1]), GTK_JUSTIFY_RIGHT);
  /* "more than CNY 1 trillion" wraps on a phone rather than widening the list. */
  gtk_label_set_max_width_chars (GTK_LABEL (labels[1]), 14);
  gtk_widget_set_valign (labels[1], GTK_ALIGN_START);
  gtk_widget_add_css_class (labels[2], "caption");
  gtk_box_append (GTK_BOX (top), labels[0]);
  gtk_box_append (GTK_BOX (top), labels[1]);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), labels[2]);
  gtk_box_append (GTK_BOX (box), labels[3]);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_object_set_data (G_OBJECT (box), classes[i], labels[i]);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PlenaryReviewPage        *self)
{
  PlenaryIndicator *indicator = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  PlenaryLanguage language = language_of (self);
  PlenaryQualifier qualifier = plenary_indicator_get_qualifier (indicator);
  g_autofree char *display = plenary_indicator_dup_display (indicator, language);
  g_autofree char *period = plenary_indicator_dup_period_label (indicator, language);
  g_autofree char *facts = NULL;
  g_autofree char *quote = plenary_review_dup_quote_markup (indicator, NULL);
  g_autofree char *name = NULL;

  if (qualifier != PLENARY_QUALIFIER_NONE)
    /* Translators: period · result/target/baseline · qualifier mark, as in "2020 · Target · ≥". */
    facts = g_strdup_printf (_("%s · %s · %s"), period, kind_name (plenary_indicator_get_kind (indicator)),
                             plenary_qualifier_symbol (qualifier));
  else
    facts = g_strdup_printf ("%s · %s", period, kind_name (plenary_indicator_get_kind (indicator)));

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "heading"), plenary_indicator_get_label (indicator, language));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "title-3"), display);
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "dim-label"), facts);
  gtk_label_set_markup (g_object_get_data (G_OBJECT (box), "reading-text"), quote);

  name = g_strdup_printf ("%s, %s, %s", plenary_indicator_get_label (indicator, language), display, facts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Moving and acting */

static void
scroll_to (PlenaryReviewPage *self,
           guint              position)
{
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_FOCUS | GTK_LIST_SCROLL_SELECT, NULL);
#else
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  gtk_single_selection_set_selected (self->selection, position);
#endif
G_GNUC_END_IGNORE_DEPRECATIONS
}

/**
 * plenary_review_page_select:
 * Returns: whether @position is in the queue
 */
gboolean
plenary_review_page_select (PlenaryReviewPage *self,
                            guint              position)
{
  g_return_val_if_fail (PLENARY_IS_REVIEW_PAGE (self), FALSE);

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->queue)))
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    scroll_to (self, position);
  return TRUE;
}

static void
move (PlenaryReviewPage *self,
      int                delta)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->queue));

  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (delta < 0 && position > 0)
    position--;
  else if (delta > 0 && position + 1 < n)
    position++;
  plenary_review_page_select (self, position);
}

static void
apply (PlenaryReviewPage  *self,
       PlenaryEditCommand *command)
{
  g_autoptr(PlenaryEditCommand) owned = command;
  g_autoptr(GError) error = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (!plenary_editor_apply (self->editor, command, &error))
    {
      AdwToast *toast = adw_toast_new (error->message);
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
      return;
    }
  /* The row went away: the next one takes its place and the focus. */
  if (position != GTK_INVALID_LIST_POSITION)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->queue));
      if (n > 0)
        plenary_review_page_select (self, MIN (position, n - 1));
    }
}

static void
review_accept (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (widget);
  PlenaryIndicator *indicator = gtk_single_selection_get_selected_item (self->selection);

  if (indicator != NULL && self->editor != NULL)
    apply (self, plenary_edit_command_new_set_indicator_reviewed (plenary_indicator_get_id (indicator), TRUE));
}

static void
review_remove (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (widget);
  PlenaryIndicator *indicator = gtk_single_selection_get_selected_item (self->selection);

  if (indicator != NULL && self->editor != NULL)
    apply (self, plenary_edit_command_new_remove_indicator (plenary_indicator_get_id (indicator)));
}

static void
review_edit (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (widget);
  PlenaryIndicator *indicator = gtk_single_selection_get_selected_item (self->selection);

  if (indicator != NULL && self->editor != NULL)
    plenary_indicator_editor_present (GTK_WIDGET (self), self->editor, indicator, language_of (self));
}

static void
review_next (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move (PLENARY_REVIEW_PAGE (widget), 1);
}

static void
review_previous (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move (PLENARY_REVIEW_PAGE (widget), -1);
}

static void
on_activate_cb (GtkListView       *list_view,
                guint              position,
                PlenaryReviewPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  review_accept (GTK_WIDGET (self), NULL, NULL);
}

/* Following the session */

static void
on_editor_changed_cb (PlenaryReviewPage *self)
{
  refilter (self);
}

static void
set_editor (PlenaryReviewPage *self,
            PlenaryEditor     *editor)
{
  if (self->editor == editor)
    return;
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_set_object (&self->editor, editor);
  if (editor != NULL)
    {
      g_signal_connect_swapped (editor, "changed", G_CALLBACK (on_editor_changed_cb), self);
      g_signal_connect_swapped (editor, "notify::read-only", G_CALLBACK (update_detail), self);
    }
  update_detail (self);
}

static void
fill_chapters (PlenaryReviewPage *self)
{
  GListModel *chapters;
  guint n;

  g_ptr_array_set_size (self->chapter_ids, 0);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->chapter_names));
  gtk_string_list_splice (self->chapter_names, 1, n - 1, NULL);
  if (self->report == NULL)
    return;

  chapters = plenary_report_get_chapters (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
      g_autofree char *heading = plenary_outline_node_dup_heading (chapter, language_of (self));

      gtk_string_list_append (self->chapter_names, heading);
      g_ptr_array_add (self->chapter_ids, g_strdup (plenary_outline_node_get_id (chapter)));
    }
}

static void
on_report_cb (PlenaryReviewPage *self)
{
  PlenaryReport *report = plenary_session_get_report (self->session);

  if (g_set_object (&self->report, report))
    {
      gtk_filter_list_model_set_model (self->queue, report ? plenary_report_get_indicators (report) : NULL);
      gtk_drop_down_set_selected (self->chapter_dropdown, 0);
      fill_chapters (self);
    }
  set_editor (self, plenary_session_get_editor (self->session));
  refilter (self);
}

static void
on_language_cb (PlenaryReviewPage *self)
{
  guint chapter = gtk_drop_down_get_selected (self->chapter_dropdown);

  fill_chapters (self);
  gtk_drop_down_set_selected (self->chapter_dropdown, chapter);
  /* The rows say their words in the content language: bind them again. */
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_detail (self);
}

static void
on_filter_widgets_cb (PlenaryReviewPage *self)
{
  guint chapter = gtk_drop_down_get_selected (self->chapter_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  g_free (self->chapter_id);
  self->chapter_id = chapter > 0 && chapter <= self->chapter_ids->len
                     ? g_strdup (g_ptr_array_index (self->chapter_ids, chapter - 1)) : NULL;
  self->kind = kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1;
  self->without_english = gtk_check_button_get_active (self->english_check);
  refilter (self);
}

/**
 * plenary_review_page_set_filter:
 * @chapter_id: (nullable): a chapter's id, or %NULL for all
 * @kind: a #PlenaryIndicatorKind, or -1 for all
 */
void
plenary_review_page_set_filter (PlenaryReviewPage *self,
                                const char        *chapter_id,
                                int                kind,
                                gboolean           without_english)
{
  guint chapter = 0;

  g_return_if_fail (PLENARY_IS_REVIEW_PAGE (self));

  for (guint i = 0; chapter_id != NULL && i < self->chapter_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->chapter_ids, i), chapter_id) == 0)
      chapter = i + 1;
  gtk_drop_down_set_selected (self->chapter_dropdown, chapter);
  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
  gtk_check_button_set_active (self->english_check, without_english);
  on_filter_widgets_cb (self);
}

/* Layout: the list beside the paragraph when wide, above it when narrow. */

static void
plenary_review_page_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (widget);
  int tool_min, tool_nat;

  gtk_widget_measure (self->toolbar, orientation, -1, &tool_min, &tool_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int list_min, detail_min;

      /* Narrow, the list and the paragraph each take the whole width. */
      gtk_widget_measure (self->list_stack, orientation, -1, &list_min, NULL, NULL, NULL);
      gtk_widget_measure (self->detail, orientation, -1, &detail_min, NULL, NULL, NULL);
      *minimum = MAX (tool_min, MAX (list_min, detail_min));
      *natural = MAX (tool_nat, 900);
    }
  else
    {
      *minimum = tool_min + 200;
      *natural = tool_nat + 600;
    }
}

static int
measure_min (GtkWidget *widget)
{
  int min;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

static void
plenary_review_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (widget);
  int tool_height, rest, min;

  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_VERTICAL, width, &min, &tool_height, NULL, NULL);
  /* Wide only when both halves get at least their minimum. */
  gtk_widget_allocate (self->toolbar, width, tool_height, -1, NULL);
  rest = MAX (0, height - tool_height);

  if (width >= WIDE_WIDTH && width * 11 / 20 >= measure_min (self->list_stack) &&
      width - width * 11 / 20 >= measure_min (self->detail))
    {
      int list_width = width * 11 / 20;

      gtk_widget_allocate (self->list_stack, list_width, rest, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, tool_height)));
      gtk_widget_allocate (self->detail, width - list_width, rest, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (list_width, tool_height)));
    }
  else
    {
      int list_height = rest * 3 / 5;

      gtk_widget_allocate (self->list_stack, width, list_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, tool_height)));
      gtk_widget_allocate (self->detail, width, rest - list_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, tool_height + list_height)));
    }
}

/* Building */

static GtkWidget *
build_toolbar (PlenaryReviewPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *filters = gtk_flow_box_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *child;

  gtk_string_list_append (kinds, _("All Kinds"));
  gtk_string_list_append (kinds, _("Result"));
  gtk_string_list_append (kinds, _("Target"));
  gtk_string_list_append (kinds, _("Baseline"));

  gtk_widget_add_css_class (box, "toolbar");

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (filters), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (filters), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (filters), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (filters), 6);
  gtk_widget_set_hexpand (filters, TRUE);

  self->chapter_names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->chapter_names, _("All Chapters"));
  self->chapter_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->chapter_names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chapter_dropdown), _("Show the figures of one chapter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chapter_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chapter"), -1);
  self->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind"), -1);
  self->english_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Labels without English")));

  self->counter_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "numeric");
  gtk_label_set_xalign (self->counter_label, 0);
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->counter_label));
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->chapter_dropdown));
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->kind_dropdown));
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->english_check));
  /* The flow box's children only hold the filters: keep them out of Tab. */
  for (child = gtk_widget_get_first_child (filters); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  gtk_box_append (GTK_BOX (box), filters);

  g_signal_connect_swapped (self->chapter_dropdown, "notify::selected", G_CALLBACK (on_filter_widgets_cb), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (on_filter_widgets_cb), self);
  g_signal_connect_swapped (self->english_check, "toggled", G_CALLBACK (on_filter_widgets_cb), self);

  return box;
}

static GtkWidget *
build_detail (PlenaryReviewPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  struct { const char *label; const char *action; const char *css; } actions[] = {
    { N_("_Accept"), "review.accept", "suggested-action" },
    { N_("_Edit…"), "review.edit", NULL },
    { N_("_Remove"), "review.remove", "destructive-action" },
  };

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "view");
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  self->detail_title = GTK_LABEL (gtk_label_new (NULL));
  self->detail_place = GTK_LABEL (gtk_label_new (NULL));
  self->detail_text = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_title), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_place), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_text), "reading-text");
  gtk_label_set_selectable (self->detail_text, TRUE);
  for (GtkLabel **l = (GtkLabel *[]) { self->detail_title, self->detail_place, self->detail_text, NULL }, **p = l; *p; p++)
    {
      gtk_label_set_xalign (*p, 0);
      gtk_label_set_wrap (*p, TRUE);
      gtk_label_set_wrap_mode (*p, PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (*p));
    }

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(actions[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), actions[i].action);
      if (actions[i].css != NULL)
        gtk_widget_add_css_class (button, actions[i].css);
      gtk_box_append (GTK_BOX (buttons), button);
    }
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  return scroller;
}

static void
plenary_review_page_constructed (GObject *object)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (object);

  G_OBJECT_CLASS (plenary_review_page_parent_class)->constructed (object);

  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_report_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::editor", G_CALLBACK (on_report_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::content-language", G_CALLBACK (on_language_cb), self, G_CONNECT_SWAPPED);
  on_report_cb (self);
}

static void
plenary_review_page_dispose (GObject *object)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (object);
  GtkWidget *child;

  set_editor (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->chapter_names);
  g_clear_object (&self->report);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_review_page_parent_class)->dispose (object);
}

static void
plenary_review_page_finalize (GObject *object)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (object);

  g_free (self->chapter_id);
  g_free (self->counter);
  g_ptr_array_unref (self->chapter_ids);

  G_OBJECT_CLASS (plenary_review_page_parent_class)->finalize (object);
}

static void
plenary_review_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (object);

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
plenary_review_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlenaryReviewPage *self = PLENARY_REVIEW_PAGE (object);

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
plenary_review_page_class_init (PlenaryReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_review_page_constructed;
  object_class->dispose = plenary_review_page_dispose;
  object_class->finalize = plenary_review_page_finalize;
  object_class->get_property = plenary_review_page_get_property;
  object_class->set_property = plenary_review_page_set_property;
  widget_class->measure = plenary_review_page_measure;
  widget_class->size_allocate = plenary_review_page_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "review.accept", NULL, review_accept);
  gtk_widget_class_install_action (widget_class, "review.edit", NULL, review_edit);
  gtk_widget_class_install_action (widget_class, "review.remove", NULL, review_remove);
  gtk_widget_class_install_action (widget_class, "review.next", NULL, review_next);
  gtk_widget_class_install_action (widget_class, "review.previous", NULL, review_previous);

  /* Enter is the list view's "activate"; the others reach the page when
   * the list has the focus and does not use them itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, 0, "review.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "review.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "review.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, 0, "review.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "review.previous", NULL);

  gtk_widget_class_set_css_name (widget_class, "review-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plenary_review_page_init (PlenaryReviewPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty;

  self->kind = -1;
  self->chapter_ids = g_ptr_array_new_with_free_func (g_free);

  self->toolbar = build_toolbar (self);
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->queue = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->queue));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_detail), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "review-list");
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "separators");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Figures to review"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing to Review"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Every figure shown here has been checked against its sentence."));

  self->list_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->list_stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (self->list_stack), empty, "empty");
  gtk_widget_set_parent (self->list_stack, GTK_WIDGET (self));

  self->detail = build_detail (self);
  gtk_widget_set_parent (self->detail, GTK_WIDGET (self));
}

/* Returns: (transfer none): the indicators the page lists */
GListModel *
plenary_review_page_get_queue (PlenaryReviewPage *self)
{
  g_return_val_if_fail (PLENARY_IS_REVIEW_PAGE (self), NULL);
  return G_LIST_MODEL (self->queue);
}

/* Returns: (nullable) (transfer none) */
PlenaryIndicator *
plenary_review_page_get_selected (PlenaryReviewPage *self)
{
  g_return_val_if_fail (PLENARY_IS_REVIEW_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

const char *
plenary_review_page_get_counter_text (PlenaryReviewPage *self)
{
  g_return_val_if_fail (PLENARY_IS_REVIEW_PAGE (self), NULL);
  return self->counter;
}

const char *
plenary_review_page_get_paragraph_text (PlenaryReviewPage *self)
{
  g_return_val_if_fail (PLENARY_IS_REVIEW_PAGE (self), NULL);
  return gtk_label_get_text (self->detail_text);
}
