/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-page-registry.h"
#include "plenary-sidebar.h"

/* The report's outline as a navigation sidebar: the fixed pages, then
 * the chapters with their sections (items are read in the reading view).
 * A GtkListView over a GtkTreeListModel whose root list holds string
 * objects naming the fixed pages and the chapters' own nodes, so that a
 * chapter whose id is "charts" is still a chapter. It follows the
 * session: the selection is where the reader is, and choosing a row
 * moves the session. */

#define HEADING_ID "heading:contents"

struct _PlenarySidebar
{
  AdwBin              parent_instance;
  PlenarySession     *session;
  PlenaryReport      *report;
  PlenaryLanguage     language;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkTreeListModel   *tree;
  guint               updating;
};

G_DEFINE_FINAL_TYPE (PlenarySidebar, plenary_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean select_location (PlenarySidebar     *self,
                                 PlenaryPage         page,
                                 PlenaryOutlineNode *node);

/* The page a string row names; the heading names none. */
static gboolean
item_get_page (GObject     *item,
               PlenaryPage *page)
{
  return GTK_IS_STRING_OBJECT (item) &&
         plenary_page_parse (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), page);
}

/* A row as the session stores a location: "charts", "section:c1". */
static char *
item_dup_location (GObject *item)
{
  PlenaryPage page;

  if (item_get_page (item, &page))
    return g_strdup (plenary_page_to_string (page));
  if (PLENARY_IS_OUTLINE_NODE (item))
    return g_strconcat ("section:", plenary_outline_node_get_id (PLENARY_OUTLINE_NODE (item)), NULL);
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

/* The layout of the bin that holds a row's title: a label that wraps
 * is as wide as the row lets it be, so its width is asked for no height
 * in particular.  GtkBoxLayout (the row's box and GtkTreeExpander's)
 * finds the width a height-for-width child needs at a height by trying
 * heights one after another, and GtkLabel finds its width at each height
 * by laying the title out at width after width: ~90 layouts per title
 * and more than half of the main thread's instructions to the first
 * frame.  Heights are still asked for the width given, as before. */
static GtkSizeRequestMode
title_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
title_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  GtkWidget *label = gtk_widget_get_first_child (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (label, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
title_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
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
  GtkWidget *title = adw_bin_new ();

  gtk_widget_set_layout_manager (title, gtk_custom_layout_new (title_request_mode, title_measure,
                                                               title_allocate));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Whole titles: a reader picks a section by its words, so a long
   * title wraps to as many lines as it needs instead of ending in "…".
   * Word-char wrapping breaks Chinese between characters and English
   * between words. A small width-chars keeps the natural width from
   * pushing the sidebar wider than the window allows. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_hexpand (label, TRUE);

  adw_bin_set_child (ADW_BIN (title), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
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
  GtkWidget *label = adw_bin_get_child (ADW_BIN (gtk_widget_get_last_child (box)));
  GObject *item = row_get_item (row);
  g_autofree char *title = NULL;
  const char *icon_name = NULL;
  gboolean heading = GTK_IS_STRING_OBJECT (item) &&
                     g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), HEADING_ID) == 0;
  PlenaryPage page;

  gtk_widget_remove_css_class (expander, "sidebar-heading");
  gtk_widget_remove_css_class (expander, "sidebar-chapter");

  if (PLENARY_IS_OUTLINE_NODE (item))
    {
      PlenaryOutlineNode *node = PLENARY_OUTLINE_NODE (item);

      title = plenary_outline_node_dup_heading (node, self->language);
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
  else if (item_get_page (item, &page))
    {
      const PlenaryPageInfo *info = plenary_page_registry_lookup (page);

      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
      title = g_strdup (_(info->title));
      icon_name = info->icon_name;
    }

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_widget_set_visible (icon, icon_name != NULL);
  gtk_label_set_label (GTK_LABEL (label), title);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

static GObject *
get_selected_item (PlenarySidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row == NULL)
    return NULL;
  return row_get_item (row);
}

/* Selecting a row goes to its page; the content is not brought forward
 * on a narrow window, since arrow keys select too. */
static void
on_selection_changed_cb (PlenarySidebar *self)
{
  GObject *item;
  PlenaryPage page;

  if (self->updating > 0 || self->session == NULL)
    return;

  item = get_selected_item (self);
  if (item_get_page (item, &page))
    plenary_session_show_page (self->session, page);
  else if (PLENARY_IS_OUTLINE_NODE (item))
    plenary_session_show_section (self->session, PLENARY_OUTLINE_NODE (item));
}

/* Activating a row shows its page, on a narrow window instead of the
 * sidebar: that is what the window's navigation actions do. */
static void
activate_item (PlenarySidebar *self,
               GObject        *item)
{
  PlenaryPage page;

  if (item_get_page (item, &page))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", plenary_page_to_string (page));
  else if (PLENARY_IS_OUTLINE_NODE (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "s",
                                plenary_outline_node_get_id (PLENARY_OUTLINE_NODE (item)));
}

static void
on_list_activate_cb (PlenarySidebar *self,
                     guint           position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    activate_item (self, row_get_item (row));
}

/* A click on a row both selects it and, when the sidebar is all there is
 * on screen, asks to go on to the page; arrow keys only select. The press
 * is seen before the row's own handler selects it, hence the idle. */
static gboolean
emit_activated_idle_cb (gpointer user_data)
{
  PlenarySidebar *self = user_data;
  GObject *item = get_selected_item (self);

  if (item != NULL)
    activate_item (self, item);
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

/* The row of a fixed page, or of @node when @page is the reading page. */
static guint
find_position (PlenarySidebar     *self,
               PlenaryPage         page,
               PlenaryOutlineNode *node)
{
  GListModel *model = G_LIST_MODEL (self->tree);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      GObject *item = row_get_item (row);
      PlenaryPage row_page;

      if (page == PLENARY_PAGE_READING ? item == (GObject *)node
                                       : item_get_page (item, &row_page) && row_page == page)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
rebuild (PlenarySidebar *self)
{
  g_autoptr(GListStore) root = g_list_store_new (G_TYPE_OBJECT);
  const PlenaryPageInfo *pages;
  GtkTreeListModel *tree;
  guint n_pages;

  pages = plenary_page_registry_get (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    if (pages[i].icon_name != NULL)
      {
        g_autoptr(GtkStringObject) item = gtk_string_object_new (plenary_page_to_string (pages[i].page));
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

  if (self->session == NULL ||
      !select_location (self, plenary_session_get_page (self->session),
                        plenary_session_get_section (self->session)))
    select_location (self, PLENARY_PAGE_OVERVIEW, NULL);
}

static void
on_session_report_cb (PlenarySidebar *self)
{
  if (!g_set_object (&self->report, plenary_session_get_report (self->session)))
    return;
  rebuild (self);
}

static void
on_session_language_cb (PlenarySidebar *self)
{
  PlenaryLanguage language = plenary_session_get_language (self->session);

  if (self->language == language)
    return;
  self->language = language;
  rebuild (self);
}

static void
on_session_location_cb (PlenarySidebar *self)
{
  select_location (self, plenary_session_get_page (self->session),
                   plenary_session_get_section (self->session));
}

static void
plenary_sidebar_constructed (GObject *object)
{
  PlenarySidebar *self = PLENARY_SIDEBAR (object);

  G_OBJECT_CLASS (plenary_sidebar_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_language_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::page", G_CALLBACK (on_session_location_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::section", G_CALLBACK (on_session_location_cb),
                           self, G_CONNECT_SWAPPED);
  self->language = plenary_session_get_language (self->session);
  g_set_object (&self->report, plenary_session_get_report (self->session));
  rebuild (self);
}

static void
plenary_sidebar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlenarySidebar *self = PLENARY_SIDEBAR (object);

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
plenary_sidebar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlenarySidebar *self = PLENARY_SIDEBAR (object);

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
plenary_sidebar_dispose (GObject *object)
{
  PlenarySidebar *self = (PlenarySidebar *)object;

  g_clear_object (&self->report);
  g_clear_object (&self->session);
  g_clear_object (&self->tree);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (plenary_sidebar_parent_class)->dispose (object);
}

static void
plenary_sidebar_class_init (PlenarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = plenary_sidebar_constructed;
  object_class->dispose = plenary_sidebar_dispose;
  object_class->get_property = plenary_sidebar_get_property;
  object_class->set_property = plenary_sidebar_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
}

GtkWidget *
plenary_sidebar_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_SIDEBAR, "session", session, NULL);
}

static guint
find_or_expand (PlenarySidebar     *self,
                PlenaryPage         page,
                PlenaryOutlineNode *node)
{
  PlenaryOutlineNode *parent;
  guint position = find_position (self, page, node);

  if (position != GTK_INVALID_LIST_POSITION || page != PLENARY_PAGE_READING || node == NULL)
    return position;

  /* A section inside a folded chapter: unfold the chapter first. */
  parent = plenary_outline_node_get_parent (node);
  if (parent == NULL)
    return GTK_INVALID_LIST_POSITION;

  position = find_position (self, PLENARY_PAGE_READING, parent);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  return find_position (self, page, node);
}

/* Selects the row of where the session is, without moving the session.
 * Returns whether the sidebar has such a row. */
static gboolean
select_location (PlenarySidebar     *self,
                 PlenaryPage         page,
                 PlenaryOutlineNode *node)
{
  guint position;

  if (self->tree == NULL)
    return FALSE;

  position = find_or_expand (self, page, node);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  self->updating++;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  return TRUE;
}

/* Returns: (transfer full) (nullable): the selected row, as the session
 * stores a location (plenary_session_dup_location()) */
char *
plenary_sidebar_dup_selected (PlenarySidebar *self)
{
  g_return_val_if_fail (PLENARY_IS_SIDEBAR (self), NULL);
  return item_dup_location (get_selected_item (self));
}

/* Every page the sidebar offers, in order, chapters' sections included
 * even where a chapter is folded, as the session stores locations. */
GStrv
plenary_sidebar_dup_locations (PlenarySidebar *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const PlenaryPageInfo *pages;
  guint n_pages;

  g_return_val_if_fail (PLENARY_IS_SIDEBAR (self), NULL);

  pages = plenary_page_registry_get (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    if (pages[i].icon_name != NULL)
      g_strv_builder_add (builder, plenary_page_to_string (pages[i].page));

  if (self->report != NULL)
    {
      GListModel *chapters = plenary_report_get_chapters (self->report);

      for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
        {
          g_autoptr(PlenaryOutlineNode) chapter = g_list_model_get_item (chapters, i);
          GListModel *sections = plenary_outline_node_get_children (chapter);

          g_autofree char *location = item_dup_location (G_OBJECT (chapter));

          g_strv_builder_add (builder, location);
          for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
            {
              g_autoptr(PlenaryOutlineNode) section = g_list_model_get_item (sections, j);
              g_autofree char *section_location = item_dup_location (G_OBJECT (section));

              g_strv_builder_add (builder, section_location);
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
