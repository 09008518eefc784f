/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-embed"

#include "plenary-chart-card.h"
#include "plenary-chart-embed.h"

/* A chart card inside the reading view or an indicator card. The card's
 * source link asks for a paragraph; the request is passed on to the
 * widget that embeds it, which has its own "show-paragraph" signal. */

static void
on_show_paragraph_cb (GObject    *forward_to,
                      const char *paragraph_id)
{
  g_signal_emit_by_name (forward_to, "show-paragraph", paragraph_id);
}

/* Returns: (transfer floating): a chart card */
GtkWidget *
plenary_chart_embed_new (PlenaryChartSpec *spec,
                         PlenaryLanguage   language,
                         gpointer          forward_to)
{
  GtkWidget *card;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  g_return_val_if_fail (G_IS_OBJECT (forward_to), NULL);

  card = plenary_chart_card_new (spec);
  plenary_chart_card_set_language (PLENARY_CHART_CARD (card), language);
  g_signal_connect_object (card, "show-paragraph", G_CALLBACK (on_show_paragraph_cb),
                           forward_to, G_CONNECT_SWAPPED);
  return card;
}
