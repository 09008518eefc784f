/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "plenary-session.h"

G_BEGIN_DECLS

/* Every page the window can show. The window makes a page the first time
 * it is shown, as g_object_new (get_type (), "session", session, NULL),
 * and knows nothing else about it: adding a page means adding it here
 * (and to PlenaryPage), not touching the window. A page follows the
 * session's notifications and answers its "reveal" requests itself. */
typedef struct
{
  PlenaryPage   page;
  const char   *name;       /* the page's name in the window's stack */
  const char   *title;      /* untranslated, marked for gettext; NULL for reading */
  const char   *icon_name;  /* listed above the outline when not NULL */
  GType       (*get_type) (void);
} PlenaryPageInfo;

const PlenaryPageInfo *plenary_page_registry_get    (guint       *n_pages);
const PlenaryPageInfo *plenary_page_registry_lookup (PlenaryPage  page);

G_END_DECLS
