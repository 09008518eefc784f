/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "plenary-session.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_INVESTMENT_PAGE (plenary_investment_page_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryInvestmentPage, plenary_investment_page, PLENARY, INVESTMENT_PAGE, AdwBin)

PlenaryInvestmentPage *plenary_investment_page_new             (PlenarySession        *session);
PlenaryReport         *plenary_investment_page_get_report      (PlenaryInvestmentPage *self);
PlenaryLanguage        plenary_investment_page_get_language    (PlenaryInvestmentPage *self);
void                   plenary_investment_page_save_csv_async  (PlenaryInvestmentPage *self,
                                                                GFile                 *file,
                                                                GCancellable          *cancellable,
                                                                GAsyncReadyCallback    callback,
                                                                gpointer               user_data);
gboolean               plenary_investment_page_save_csv_finish (PlenaryInvestmentPage *self,
                                                                GAsyncResult          *result,
                                                                GError               **error);

G_END_DECLS
