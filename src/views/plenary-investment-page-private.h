/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "plenary-chart-grid.h"
#include "plenary-investment-page.h"

G_BEGIN_DECLS

typedef enum {
  COLUMN_CATEGORY,
  COLUMN_PROJECTS,
  COLUMN_AMOUNT,
  COLUMN_AMOUNT_SHARE,
  COLUMN_PROJECT_SHARE,
  COLUMN_AVERAGE,
  N_COLUMNS
} Column;

enum {
  BAND_PROJECTS,
  BAND_AMOUNT,
  BAND_GROWTH,
  BAND_PREVIOUS,
  N_BAND_CARDS
};

struct _PlenaryInvestmentPage
{
  AdwBin                     parent_instance;

  PlenarySession            *session;
  PlenaryReport             *report;
  PlenaryLanguage            language;
  PlenaryLanguage            sorter_language;

  /* Categories sorted by the column view's sorter, then the totals row,
   * which sorting leaves at the bottom. */
  GtkSortListModel          *sort_model;
  GListStore                *totals_store;
  PlenaryInvestmentCategory *totals;
  GtkSingleSelection        *selection;

  PlenaryParagraph          *shown_paragraph;
  int                        highlighted_row;

  /* The chart cards, and the charts among them whose rows are the
   * categories in the plan's order: those follow the table's selection. */
  GPtrArray                 *chart_cards;
  GPtrArray                 *linked_charts;

  GtkWidget                 *band_cards[N_BAND_CARDS];
  GtkLabel                  *band_values[N_BAND_CARDS];
  GtkLabel                  *band_captions[N_BAND_CARDS];

  AdwToastOverlay           *toast_overlay;
  GtkLabel                  *title_label;
  GtkLabel                  *section_label;
  GtkFlowBox                *band_box;
  GtkLabel                  *table_title_label;
  GtkLabel                  *table_subtitle_label;
  GtkButton                 *copy_button;
  GtkScrolledWindow         *page_scroller;
  GtkWidget                 *table_scroller;
  GtkColumnView             *column_view;
  GtkColumnViewColumn       *columns[N_COLUMNS];
  GtkLabel                  *checks_label;
  GtkLabel                  *projects_check_label;
  GtkLabel                  *amount_check_label;
  GtkLabel                  *quote_title_label;
  GtkLabel                  *quote_label;
  GtkLabel                  *quote_reference_label;
  GtkButton                 *read_button;
  PlenaryChartGrid          *chart_box;
};

static inline PlenaryInvestmentPlan *
_plenary_investment_page_get_plan (PlenaryInvestmentPage *self)
{
  return self->report ? plenary_report_get_investment (self->report) : NULL;
}

char *_plenary_investment_format_fixed             (double                 value,
                                                    int                    decimals,
                                                    PlenaryLanguage        language);
char *_plenary_investment_format_percent           (double                 value,
                                                    PlenaryLanguage        language);

void  _plenary_investment_page_ensure_style        (void);
void  _plenary_investment_page_setup_columns       (PlenaryInvestmentPage *self);
void  _plenary_investment_page_update_checks       (PlenaryInvestmentPage *self);

void  _plenary_investment_page_class_init_actions  (GtkWidgetClass        *widget_class);
void  _plenary_investment_page_update_actions      (PlenaryInvestmentPage *self);

G_END_DECLS
