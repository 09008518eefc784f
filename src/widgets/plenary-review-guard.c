/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What shows figures to an audience (presenting, exporting, copying or
 * printing a chart or the slides) asks first whether they have all been
 * checked against their sentences. The question belongs to the window a
 * widget is in; a widget outside one (the presentation itself, a test's
 * bare window) is not guarded. */
#include "config.h"

#include "plenary-review-guard.h"

G_DEFINE_INTERFACE (PlenaryReviewGuard, plenary_review_guard, GTK_TYPE_WIDGET)

static void
plenary_review_guard_default_init (PlenaryReviewGuardInterface *iface)
{
}

/**
 * plenary_review_guard_check:
 * @source: the widget whose action shows figures
 * @action: the action, activated on @source again if the answer allows it
 * @parameter: (nullable): its parameter
 *
 * Returns: whether @action may run now
 */
gboolean
plenary_review_guard_check (GtkWidget  *source,
                            const char *action,
                            GVariant   *parameter)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (source), TRUE);
  g_return_val_if_fail (action != NULL, TRUE);

  root = gtk_widget_get_root (source);
  if (root == NULL || !PLENARY_IS_REVIEW_GUARD (root))
    return TRUE;
  return PLENARY_REVIEW_GUARD_GET_IFACE (root)->check (PLENARY_REVIEW_GUARD (root), source, action, parameter);
}
