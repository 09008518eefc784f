/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-add-indicator-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-add-indicator-menu.h"

/* The reading view's one hook for editing: "Add Indicator" in a
 * paragraph's context menu. The window's action reads the selection of
 * the focused paragraph, so the menu needs nothing but its name. */

static GMenuModel *
get_menu (void)
{
  static GMenu *menu;

  if (menu == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("Add _Indicator"), "win.add-indicator-from-selection");

      menu = g_menu_new ();
      g_menu_item_set_attribute (item, "accel", "s", "<Control>i");
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

void
plenary_add_indicator_menu_attach (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  gtk_label_set_extra_menu (label, get_menu ());
}
