/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_REVIEW_GUARD (plenary_review_guard_get_type ())

G_DECLARE_INTERFACE (PlenaryReviewGuard, plenary_review_guard, PLENARY, REVIEW_GUARD, GtkWidget)

struct _PlenaryReviewGuardInterface
{
  GTypeInterface parent_iface;

  /* Returns whether @action may run now; when it may not, the guard has
   * asked, and activates @action on @source again if the answer allows. */
  gboolean (*check) (PlenaryReviewGuard *self,
                     GtkWidget          *source,
                     const char         *action,
                     GVariant           *parameter);
};

gboolean plenary_review_guard_check (GtkWidget  *source,
                                     const char *action,
                                     GVariant   *parameter);

G_END_DECLS
