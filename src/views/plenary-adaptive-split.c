/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-adaptive-split"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-adaptive-split.h"

/* The one place that knows which libadwaita builds the sidebar layout:
 * AdwNavigationSplitView, AdwToolbarView and an AdwBreakpoint from 1.4 on,
 * AdwLeaflet with hand-made back button and title-button rules on 1.2.
 * The window gives it two header bars and two bodies and never asks which. */

/* AdwNavigationSplitView and AdwBreakpoint are newer than the floor
 * (ADW_VERSION_MAX_ALLOWED); this file uses them only behind the check. */
#if ADW_CHECK_VERSION (1, 4, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#endif

#define FOLD_BELOW "max-width: 640sp"
#define SIDEBAR_WIDTH 280

struct _PlenaryAdaptiveSplit
{
  AdwBin                  parent_instance;
#if ADW_CHECK_VERSION (1, 4, 0)
  AdwNavigationSplitView *split;
  AdwNavigationPage      *sidebar_page;
  AdwNavigationPage      *content_page;
  AdwToolbarView         *sidebar_view;
  AdwToolbarView         *content_view;
#else
  AdwLeaflet             *leaflet;
  GtkBox                 *sidebar_box;
  GtkBox                 *content_box;
#endif
};

static void plenary_adaptive_split_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlenaryAdaptiveSplit, plenary_adaptive_split, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      plenary_adaptive_split_buildable_init))

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
on_folded_changed_cb (PlenaryAdaptiveSplit *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

#if ADW_CHECK_VERSION (1, 4, 0)

static void
build_split (PlenaryAdaptiveSplit *self)
{
  AdwBreakpointBin *bin = ADW_BREAKPOINT_BIN (adw_breakpoint_bin_new ());
  AdwBreakpoint *breakpoint;
  GValue collapsed = G_VALUE_INIT;

  self->split = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());
  adw_navigation_split_view_set_min_sidebar_width (self->split, 260);
  adw_navigation_split_view_set_max_sidebar_width (self->split, 340);

  self->sidebar_view = ADW_TOOLBAR_VIEW (adw_toolbar_view_new ());
  self->sidebar_page = adw_navigation_page_new (GTK_WIDGET (self->sidebar_view), _("Contents"));
  adw_navigation_split_view_set_sidebar (self->split, self->sidebar_page);

  self->content_view = ADW_TOOLBAR_VIEW (adw_toolbar_view_new ());
  self->content_page = adw_navigation_page_new (GTK_WIDGET (self->content_view), _("Plenary"));
  adw_navigation_split_view_set_content (self->split, self->content_page);
  /* Collapsed, start on the page the reader was on, as AdwLeaflet does. */
  adw_navigation_split_view_set_show_content (self->split, TRUE);

  g_value_init (&collapsed, G_TYPE_BOOLEAN);
  g_value_set_boolean (&collapsed, TRUE);
  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse (FOLD_BELOW));
  adw_breakpoint_add_setter (breakpoint, G_OBJECT (self->split), "collapsed", &collapsed);
  adw_breakpoint_bin_add_breakpoint (bin, breakpoint);

  /* A breakpoint bin may be smaller than its child, so it needs a size. */
  gtk_widget_set_size_request (GTK_WIDGET (bin), 360, 294);
  adw_breakpoint_bin_set_child (bin, GTK_WIDGET (self->split));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (bin));

  g_signal_connect_swapped (self->split, "notify::collapsed",
                            G_CALLBACK (on_folded_changed_cb), self);
}

void
plenary_adaptive_split_set_sidebar_top (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *header_bar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_toolbar_view_add_top_bar (self->sidebar_view, header_bar);
}

void
plenary_adaptive_split_set_sidebar (PlenaryAdaptiveSplit *self,
                                    GtkWidget            *sidebar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_toolbar_view_set_content (self->sidebar_view, sidebar);
}

void
plenary_adaptive_split_set_content_top (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *header_bar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_toolbar_view_add_top_bar (self->content_view, header_bar);
}

void
plenary_adaptive_split_set_content (PlenaryAdaptiveSplit *self,
                                    GtkWidget            *content)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_toolbar_view_set_content (self->content_view, content);
}

void
plenary_adaptive_split_add_content_bar (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *bar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_toolbar_view_add_top_bar (self->content_view, bar);
}

void
plenary_adaptive_split_set_content_title (PlenaryAdaptiveSplit *self,
                                          const char           *title)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_navigation_page_set_title (self->content_page, title != NULL ? title : "");
}

gboolean
plenary_adaptive_split_get_folded (PlenaryAdaptiveSplit *self)
{
  g_return_val_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self), FALSE);
  return adw_navigation_split_view_get_collapsed (self->split);
}

void
plenary_adaptive_split_show_sidebar (PlenaryAdaptiveSplit *self)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_navigation_split_view_set_show_content (self->split, FALSE);
}

void
plenary_adaptive_split_show_content (PlenaryAdaptiveSplit *self)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_navigation_split_view_set_show_content (self->split, TRUE);
}

gboolean
plenary_adaptive_split_get_showing_content (PlenaryAdaptiveSplit *self)
{
  g_return_val_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self), TRUE);
  return !adw_navigation_split_view_get_collapsed (self->split) ||
         adw_navigation_split_view_get_show_content (self->split);
}

#else /* libadwaita 1.2 and 1.3 */

static void
build_split (PlenaryAdaptiveSplit *self)
{
  AdwLeafletPage *page;

  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);

  self->sidebar_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_size_request (GTK_WIDGET (self->sidebar_box), SIDEBAR_WIDTH, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->sidebar_box), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->sidebar_box), "sidebar-pane");
  adw_leaflet_append (self->leaflet, GTK_WIDGET (self->sidebar_box));

  page = adw_leaflet_append (self->leaflet, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_page_set_navigatable (page, FALSE);

  self->content_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_size_request (GTK_WIDGET (self->content_box), 360, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->content_box), TRUE);
  adw_leaflet_append (self->leaflet, GTK_WIDGET (self->content_box));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));

  g_signal_connect_swapped (self->leaflet, "notify::folded",
                            G_CALLBACK (on_folded_changed_cb), self);
}

void
plenary_adaptive_split_set_sidebar_top (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *header_bar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  g_return_if_fail (ADW_IS_HEADER_BAR (header_bar));

  g_object_bind_property (self->leaflet, "folded", header_bar, "show-end-title-buttons",
                          G_BINDING_SYNC_CREATE);
  gtk_box_prepend (self->sidebar_box, header_bar);
}

void
plenary_adaptive_split_set_sidebar (PlenaryAdaptiveSplit *self,
                                    GtkWidget            *sidebar)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  gtk_widget_set_vexpand (sidebar, TRUE);
  gtk_box_append (self->sidebar_box, sidebar);
}

static void
on_back_clicked_cb (PlenaryAdaptiveSplit *self)
{
  plenary_adaptive_split_show_sidebar (self);
}

void
plenary_adaptive_split_set_content_top (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *header_bar)
{
  GtkWidget *back;

  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  g_return_if_fail (ADW_IS_HEADER_BAR (header_bar));

  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (back, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (on_back_clicked_cb), self);
  g_object_bind_property (self->leaflet, "folded", back, "visible", G_BINDING_SYNC_CREATE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header_bar), back);

  g_object_bind_property (self->leaflet, "folded", header_bar, "show-start-title-buttons",
                          G_BINDING_SYNC_CREATE);
  gtk_box_prepend (self->content_box, header_bar);
}

void
plenary_adaptive_split_set_content (PlenaryAdaptiveSplit *self,
                                    GtkWidget            *content)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (self->content_box, content);
}

void
plenary_adaptive_split_add_content_bar (PlenaryAdaptiveSplit *self,
                                        GtkWidget            *bar)
{
  GtkWidget *content;

  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));

  /* Below the header bar, above the content (the box's last child). */
  content = gtk_widget_get_last_child (GTK_WIDGET (self->content_box));
  gtk_box_insert_child_after (self->content_box, bar,
                              content != NULL ? gtk_widget_get_prev_sibling (content) : NULL);
}

void
plenary_adaptive_split_set_content_title (PlenaryAdaptiveSplit *self,
                                          const char           *title)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  /* The content header bar shows the title itself on 1.2. */
}

gboolean
plenary_adaptive_split_get_folded (PlenaryAdaptiveSplit *self)
{
  g_return_val_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self), FALSE);
  return adw_leaflet_get_folded (self->leaflet);
}

void
plenary_adaptive_split_show_sidebar (PlenaryAdaptiveSplit *self)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar_box));
}

void
plenary_adaptive_split_show_content (PlenaryAdaptiveSplit *self)
{
  g_return_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_box));
}

gboolean
plenary_adaptive_split_get_showing_content (PlenaryAdaptiveSplit *self)
{
  g_return_val_if_fail (PLENARY_IS_ADAPTIVE_SPLIT (self), TRUE);
  return !adw_leaflet_get_folded (self->leaflet) ||
         adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content_box);
}

#endif

static void
plenary_adaptive_split_add_child (GtkBuildable *buildable,
                                  GtkBuilder   *builder,
                                  GObject      *child,
                                  const char   *type)
{
  PlenaryAdaptiveSplit *self = PLENARY_ADAPTIVE_SPLIT (buildable);

  if (g_strcmp0 (type, "sidebar-top") == 0)
    plenary_adaptive_split_set_sidebar_top (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "sidebar") == 0)
    plenary_adaptive_split_set_sidebar (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "content-top") == 0)
    plenary_adaptive_split_set_content_top (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "content") == 0)
    plenary_adaptive_split_set_content (self, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
plenary_adaptive_split_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = plenary_adaptive_split_add_child;
}

static void
plenary_adaptive_split_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PlenaryAdaptiveSplit *self = PLENARY_ADAPTIVE_SPLIT (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, plenary_adaptive_split_get_folded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_adaptive_split_class_init (PlenaryAdaptiveSplitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = plenary_adaptive_split_get_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_adaptive_split_init (PlenaryAdaptiveSplit *self)
{
  build_split (self);
}

GtkWidget *
plenary_adaptive_split_new (void)
{
  return g_object_new (PLENARY_TYPE_ADAPTIVE_SPLIT, NULL);
}

#if ADW_CHECK_VERSION (1, 4, 0)
G_GNUC_END_IGNORE_DEPRECATIONS
#endif
