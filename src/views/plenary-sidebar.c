/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-sidebar.h"

/* The report's outline as a navigation sidebar: three destinations, then
 * the chapters with their sections (items are read in the reading view).
 * A GtkListView over a GtkTreeListModel whose root list holds string
 * objects for the destinations and the chapters' own nodes. */

#define HEADING_ID "heading:contents"

struct _PlenarySidebar
{
  AdwBin              parent_instance;
  PlenaryReport      *report;
  PlenaryLanguage     language;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkTreeListModel   *tree;
  guint               updating;
};

G_DEFINE_FINAL_TYPE (PlenarySidebar, plenary_sidebar, ADW_TYPE_BIN)

enum {
  PAGE_SELECTED,
  PAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct {
  const char *id;
  const char *icon;
  const char *title;
} destinations[] = {
  { PLENARY_PAGE_OVERVIEW, "plenary-overview-symbolic", N_("Overview") },
  { PLENARY_PAGE_CHARTS, "plenary-charts-symbolic", N_("Charts") },
  { PLENARY_PAGE_INVESTMENT, "plenary-investment-symbolic", N_("Investment") },
};

static const char *
item_get_id (GObject *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  if (PLENARY_IS_OUTLINE_NODE (item))
    return plenary_outline_node_get_id (PLENARY_OUTLINE_NODE (item));
  return NULL;
}

static GObject *
row_get_item (GtkTreeListRow *row)
{
  /* The row keeps the item alive; the caller gets a borrowed pointer. */
  GObject *item = gtk_tree_list_row_get_item (row);

  if (item != NULL)
    g_object_unref (item);
  return item;
}

/* The heading without the full stop the report ends section titles with. */
static char *
dup_row_title (PlenaryOutlineNode *node,
               PlenaryLanguage     language)
{
  g_autofree char *heading = plenary_outline_node_dup_heading (node, language);

  if (g_str_has_suffix (heading, "。"))
    heading[strlen (heading) - strlen ("。")] = '\0';
  else if (language == PLENARY_LANGUAGE_EN && g_str_has_suffix (heading, "."))
    heading[strlen (heading) - 1] = '\0';

  return g_steal_pointer (&heading);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  PlenaryOutlineNode *node;
  GListModel *children;

  if (!PLENARY_IS_OUTLINE_NODE (item))
    return NULL;

  node = PLENARY_OUTLINE_NODE (item);
  if (plenary_outline_node_get_kind (node) != PLENARY_OUTLINE_CHAPTER)
    return NULL;

  children = plenary_outline_node_get_children (node);
  if (g_list_model_get_n_items (children) == 0)
    return NULL;

  return g_object_ref (children);
}

static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PlenarySidebar           *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* The row is as wide as the sidebar whatever the label's natural width,
   * so that width need not be found by wrapping the title at every
   * width (a tenth of the instructions to the first frame). */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PlenarySidebar           *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  GObject *item = row_get_item (row);
  const char *id = item_get_id (item);
  g_autofree char *title = NULL;
  const char *icon_name = NULL;
  gboolean heading = g_strcmp0 (id, HEADING_ID) == 0;

  gtk_widget_remove_css_class (expander, "sidebar-heading");
  gtk_widget_remove_css_class (expander, "sidebar-chapter");

  if (PLENARY_IS_OUTLINE_NODE (item))
    {
      PlenaryOutlineNode *node = PLENARY_OUTLINE_NODE (item);

      title = dup_row_title (node, self->language);
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
      if (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_CHAPTER)
        gtk_widget_add_css_class (expander, "sidebar-chapter");
    }
  else if (heading)
    {
      title = g_strdup (_("Contents"));
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
      gtk_widget_add_css_class (expander, "sidebar-heading");
    }
  else
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
      for (guint i = 0; i < G_N_ELEMENTS (destinations); i++)
        if (g_strcmp0 (id, destinations[i].id) == 0)
          {
            title = g_strdup (_(destinations[i].title));
            icon_name = destinations[i].icon;
          }
    }

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_widget_set_visible (icon, icon_name != NULL);
  gtk_label_set_label (GTK_LABEL (label), title);
  gtk_widget_set_tooltip_text (label, PLENARY_IS_OUTLINE_NODE (item) ? title : NULL);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

static const char *
get_selected_id (PlenarySidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row == NULL)
    return NULL;
  return item_get_id (row_get_item (row));
}

static void
on_selection_changed_cb (PlenarySidebar *self)
{
  const char *id;

  if (self->updating > 0)
    return;

  id = get_selected_id (self);
  if (id != NULL)
    g_signal_emit (self, signals[PAGE_SELECTED], 0, id);
}

static void
on_list_activate_cb (PlenarySidebar *self,
                     guint           position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  const char *id;

  if (row == NULL)
    return;
  id = item_get_id (row_get_item (row));
  if (id != NULL && g_strcmp0 (id, HEADING_ID) != 0)
    g_signal_emit (self, signals[PAGE_ACTIVATED], 0, id);
}

/* A click on a row both selects it and, when the sidebar is all there is
 * on screen, asks to go on to the page; arrow keys only select. The press
 * is seen before the row's own handler selects it, hence the idle. */
static gboolean
emit_activated_idle_cb (gpointer user_data)
{
  PlenarySidebar *self = user_data;
  const char *id = get_selected_id (self);

  if (id != NULL)
    g_signal_emit (self, signals[PAGE_ACTIVATED], 0, id);
  return G_SOURCE_REMOVE;
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PlenarySidebar  *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  /* A click on a chapter's arrow only folds or unfolds it. */
  if (picked != NULL && g_strcmp0 (gtk_widget_get_css_name (picked), "expander") == 0)
    return;

  g_idle_add_full (G_PRIORITY_DEFAULT, emit_activated_idle_cb,
                   g_object_ref (self), g_object_unref);
}

static guint
find_position (PlenarySidebar *self,
               const char     *page_id)
{
  GListModel *model = G_LIST_MODEL (self->tree);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (item_get_id (row_get_item (row)), page_id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
rebuild (PlenarySidebar *self)
{
  g_autoptr(GListStore) root = g_list_store_new (G_TYPE_OBJECT);
  g_autofree char *selected = g_strdup (get_selected_id (self));
  GtkTreeListModel *tree;

  for (guint i = 0; i < G_N_ELEMENTS (destinations); i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (destinations[i].id);
      g_list_store_append (root, item);
    }

  if (self->report != NULL)
    {
      GListModel *chapters = plenary_report_get_chapters (self->report);
      g_autoptr(GtkStringObject) heading = gtk_string_object_new (HEADING_ID);

      g_list_store_append (root, heading);
      for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
        {
          g_autoptr(GObject) chapter = g_list_model_get_item (chapters, i);
          g_list_store_append (root, chapter);
        }
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_steal_pointer (&root)), FALSE, TRUE,
                                  create_children_cb, NULL, NULL);

  self->updating++;
  g_set_object (&self->tree, tree);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  g_object_unref (tree);
  self->updating--;

  if (selected == NULL || !plenary_sidebar_select (self, selected))
    plenary_sidebar_select (self, PLENARY_PAGE_OVERVIEW);
}

static void
plenary_sidebar_dispose (GObject *object)
{
  PlenarySidebar *self = (PlenarySidebar *)object;

  g_clear_object (&self->report);
  g_clear_object (&self->tree);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (plenary_sidebar_parent_class)->dispose (object);
}

static void
plenary_sidebar_class_init (PlenarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_sidebar_dispose;

  /* The user chose a page with the pointer or the keyboard. */
  signals[PAGE_SELECTED] =
    g_signal_new ("page-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The user clicked a row or pressed Enter on it: on a narrow window the
   * page should now be shown instead of the sidebar. */
  signals[PAGE_ACTIVATED] =
    g_signal_new ("page-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "plenarysidebar");
}

static void
plenary_sidebar_init (PlenarySidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->language = plenary_language_from_locale ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), self);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Report contents"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_list_activate_cb), self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  rebuild (self);
}

GtkWidget *
plenary_sidebar_new (void)
{
  return g_object_new (PLENARY_TYPE_SIDEBAR, NULL);
}

void
plenary_sidebar_set_report (PlenarySidebar *self,
                            PlenaryReport  *report)
{
  g_return_if_fail (PLENARY_IS_SIDEBAR (self));
  g_return_if_fail (report == NULL || PLENARY_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  rebuild (self);
}

void
plenary_sidebar_set_language (PlenarySidebar  *self,
                              PlenaryLanguage  language)
{
  g_return_if_fail (PLENARY_IS_SIDEBAR (self));

  if (self->language == language)
    return;
  self->language = language;
  rebuild (self);
}

static guint
find_or_expand (PlenarySidebar *self,
                const char     *page_id)
{
  PlenaryOutlineNode *node;
  guint position = find_position (self, page_id);

  if (position != GTK_INVALID_LIST_POSITION || self->report == NULL)
    return position;

  /* A section inside a folded chapter: unfold the chapter first. */
  node = plenary_report_find_node (self->report, page_id);
  if (node == NULL || plenary_outline_node_get_parent (node) == NULL)
    return GTK_INVALID_LIST_POSITION;

  position = find_position (self, plenary_outline_node_get_id (plenary_outline_node_get_parent (node)));
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  return find_position (self, page_id);
}

/* Selects a page without telling anyone: the caller is already showing it.
 * Returns whether the sidebar has such a page. */
gboolean
plenary_sidebar_select (PlenarySidebar *self,
                        const char     *page_id)
{
  guint position;

  g_return_val_if_fail (PLENARY_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if (g_strcmp0 (page_id, HEADING_ID) == 0)
    return FALSE;

  position = find_or_expand (self, page_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  self->updating++;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  return TRUE;
}

const char *
plenary_sidebar_get_selected (PlenarySidebar *self)
{
  g_return_val_if_fail (PLENARY_IS_SIDEBAR (self), NULL);
  return get_selected_id (self);
}

/* Every page the sidebar offers, in order, chapters' sections included
 * even where a chapter is folded. */
GStrv
plenary_sidebar_dup_page_ids (PlenarySidebar *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PLENARY_IS_SIDEBAR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (destinations); i++)
    g_strv_builder_add (builder, destinations[i].id);

  if (self->report != NULL)
    {
      GListModel *chapters = plenary_report_get_chapters (self->report);

      for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
        {
          g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
          GListModel *sections = plenary_outline_node_get_children (chapter);

          g_strv_builder_add (builder, plenary_outline_node_get_id (chapter));
          for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
            {
              g_autoptr(PlenaryOutlineNode) section = g_list_model_get_item (sections, j);
              g_strv_builder_add (builder, plenary_outline_node_get_id (section));
            }
        }
    }

  return g_strv_builder_end (builder);
}

void
plenary_sidebar_focus (PlenarySidebar *self)
{
  g_return_if_fail (PLENARY_IS_SIDEBAR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
