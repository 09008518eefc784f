/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-embed"

#include "plenary-chart-card.h"
#include "plenary-chart-embed.h"

/* A chart card inside the reading view or an indicator card. Its source
 * links activate the window's win.show-paragraph themselves. */

/* Returns: (transfer floating): a chart card */
GtkWidget *
plenary_chart_embed_new (PlenaryChartSpec *spec,
                         PlenaryLanguage   language)
{
  GtkWidget *card;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);

  card = plenary_chart_card_new (spec);
  plenary_chart_card_set_language (PLENARY_CHART_CARD (card), language);
  return card;
}
