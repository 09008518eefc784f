/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-page-registry"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-charts-page.h"
#include "plenary-investment-page.h"
#include "plenary-overview-page.h"
#include "plenary-page-registry.h"
#include "plenary-reading-page.h"
#include "plenary-targets-page.h"
#include "plenary-review-page.h"

/* In the order the sidebar lists them. */
static const PlenaryPageInfo pages[] = {
  { PLENARY_PAGE_OVERVIEW, "overview", N_("Overview"), "plenary-overview-symbolic",
    plenary_overview_page_get_type },
  { PLENARY_PAGE_CHARTS, "charts", N_("Charts"), "plenary-charts-symbolic",
    plenary_charts_page_get_type },
  { PLENARY_PAGE_INVESTMENT, "investment", N_("Investment"), "plenary-investment-symbolic",
    plenary_investment_page_get_type },
  { PLENARY_PAGE_TARGETS, "targets", N_("Targets and Results"), "plenary-targets-symbolic",
    plenary_targets_page_get_type },
  { PLENARY_PAGE_REVIEW, "review", N_("Review"), "plenary-review-symbolic",
    plenary_review_page_get_type },
  { PLENARY_PAGE_READING, "reading", NULL, NULL,
    plenary_reading_page_get_type },
};

/* Returns: (array length=n_pages): every page */
const PlenaryPageInfo *
plenary_page_registry_get (guint *n_pages)
{
  g_return_val_if_fail (n_pages != NULL, NULL);

  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}

/* Returns: (nullable): the page's entry */
const PlenaryPageInfo *
plenary_page_registry_lookup (PlenaryPage page)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (pages[i].page == page)
      return &pages[i];
  return NULL;
}
