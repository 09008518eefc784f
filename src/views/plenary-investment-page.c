/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-investment-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-chart-card.h"
#include "plenary-content-strings.h"
#include "plenary-investment-table.h"
#include "plenary-number-format.h"
#include "plenary-investment-page-private.h"

/* The Investment destination: where the year's key-project money goes.  A
 * band of headline figures, the five categories as a sortable table with a
 * totals row, the report's own sentence for the selected category, and the
 * charts, all showing the same selection. */

G_DEFINE_FINAL_TYPE (PlenaryInvestmentPage, plenary_investment_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A section's title without the full stop the report ends some with. */
static char *
dup_node_title (PlenaryOutlineNode *node,
                PlenaryLanguage     language)
{
  const char *title = plenary_outline_node_get_title (node, language);

  if (g_str_has_suffix (title, "。"))
    return g_strndup (title, strlen (title) - strlen ("。"));
  return g_strdup (title);
}

/* Returns the category's position in the plan's own order, which is also
 * the row of the charts that show the categories, or -1. */
static int
find_category_index (PlenaryInvestmentPage     *self,
                     PlenaryInvestmentCategory *category)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  GListModel *categories;
  guint n;

  if (plan == NULL || category == NULL)
    return -1;

  categories = plenary_investment_plan_get_categories (plan);
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (categories, i);
      if (c == category)
        return (int)i;
    }
  return -1;
}

/* Texts */

static void
set_band_card (PlenaryInvestmentPage *self,
               guint                  card,
               const char            *value,
               const char            *caption)
{
  GtkWidget *child = gtk_widget_get_parent (self->band_cards[card]);

  gtk_widget_set_visible (child, value != NULL);
  gtk_label_set_label (self->band_values[card], value ? value : "");
  gtk_label_set_label (self->band_captions[card], caption ? caption : "");
}

/* An amount on this page, in the one scale of its table and charts. */
static char *
dup_amount (PlenaryInvestmentPage *self,
            PlenaryInvestmentPlan *plan,
            double                 value)
{
  g_autoptr(PlenaryFormattedNumber) number =
    plenary_formatted_number_new (value, plenary_investment_plan_get_unit (plan), PLENARY_QUALIFIER_NONE,
                                  plenary_investment_table_amount_scale (plan, self->language), self->language);

  return plenary_formatted_number_join (number, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, NULL, NULL);
}

static void
update_band (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  PlenaryIndicator *growth;
  PlenaryUnit *count_unit;
  g_autofree char *projects = NULL;
  g_autofree char *projects_caption = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *amount_caption = NULL;
  g_autofree char *growth_value = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *previous_caption = NULL;
  guint year;

  if (plan == NULL)
    {
      for (guint i = 0; i < N_BAND_CARDS; i++)
        set_band_card (self, i, NULL, NULL);
      return;
    }

  year = plenary_investment_plan_get_year (plan);

  /* The count's unit is the report's own "个", so Chinese reads 763个. */
  count_unit = plenary_report_find_unit (self->report, "个");
  if (count_unit != NULL)
    projects = plenary_format_value (plenary_investment_plan_get_projects (plan),
                                     count_unit, self->language);
  else
    projects = plenary_format_on_axis (plenary_investment_plan_get_projects (plan), -1,
                                       NULL, PLENARY_NUMBER_SCALE_SOURCE, self->language);
  projects_caption = g_strdup_printf (_("Key projects planned for %u"), year);
  set_band_card (self, BAND_PROJECTS, projects, projects_caption);

  amount = dup_amount (self, plan, plenary_investment_plan_get_amount (plan));
  amount_caption = g_strdup_printf (_("Investment planned for %u"), year);
  set_band_card (self, BAND_AMOUNT, amount, amount_caption);

  growth = plenary_investment_plan_get_growth_target (plan);
  if (growth != NULL)
    growth_value = plenary_indicator_dup_display (growth, self->language);
  set_band_card (self, BAND_GROWTH, growth_value,
                 _("Growth in fixed-asset investment it should drive"));

  if (plenary_investment_plan_get_previous_year (plan) != 0)
    {
      g_autofree char *number = plenary_format_number (plenary_investment_plan_get_previous_share_of_plan (plan),
                                                       1, self->language == PLENARY_LANGUAGE_EN);
      g_autofree char *share = g_strconcat (number, "%", NULL);

      previous = dup_amount (self, plan, plenary_investment_plan_get_previous_completed (plan));
      /* Translators: "Completed in 2019, 108% of that year’s plan". */
      previous_caption = g_strdup_printf (_("Completed in %u, %s of that year’s plan"),
                                          plenary_investment_plan_get_previous_year (plan), share);
    }
  set_band_card (self, BAND_PREVIOUS, previous, previous_caption);
}

/* The sentence of @text that holds @quote, with the quote in bold and an
 * ellipsis where the paragraph goes on. */
static char *
dup_quote_markup (const char *text,
                  const char *quote)
{
  /* Sentence ends in Chinese and, the space after them included, in English. */
  static const char * const stops[] = { "。", "！", "？", ". ", "! ", "? " };
  const char *found = quote && *quote ? strstr (text, quote) : NULL;
  const char *start = text;
  const char *end;
  g_autofree char *before = NULL;
  g_autofree char *emphasis = NULL;
  g_autofree char *after = NULL;

  if (found == NULL)
    return g_markup_escape_text (quote ? quote : text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
    {
      const char *p = text;
      const char *hit;

      while ((hit = strstr (p, stops[i])) != NULL && hit < found)
        {
          p = hit + strlen (stops[i]);
          start = MAX (start, p);
        }
    }

  end = found + strlen (quote);
  {
    const char *nearest = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
      {
        const char *hit = strstr (end, stops[i]);
        if (hit != NULL && (nearest == NULL || hit < nearest))
          nearest = hit + strlen (stops[i]);
      }
    end = nearest ? nearest : end + strlen (end);
  }

  while (*start == ' ')
    start++;

  before = g_markup_escape_text (start, found - start);
  emphasis = g_markup_escape_text (found, strlen (quote));
  after = g_markup_escape_text (found + strlen (quote), end - (found + strlen (quote)));

  return g_strdup_printf ("%s%s<b>%s</b>%s%s",
                          start > text ? "…" : "",
                          before, emphasis, after,
                          *end != '\0' ? "…" : "");
}

static void
update_quote (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  PlenaryInvestmentCategory *category = NULL;
  PlenaryParagraph *paragraph = NULL;
  PlenaryOutlineNode *node;
  const char *quote = NULL;
  const char *text;
  gboolean in_english = FALSE;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *reference = NULL;

  if (plan == NULL)
    {
      g_clear_object (&self->shown_paragraph);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "investment.show-paragraph", FALSE);
      gtk_label_set_label (self->quote_title_label, "");
      gtk_label_set_label (self->quote_label, "");
      gtk_label_set_label (self->quote_reference_label, "");
      return;
    }

  if (self->selection != NULL)
    category = gtk_single_selection_get_selected_item (self->selection);

  if (category != NULL && category != self->totals)
    {
      paragraph = plenary_investment_category_get_paragraph (category);
      quote = category == self->totals
        ? plenary_investment_plan_get_quote_for (plan, self->language)
        : plenary_investment_category_get_quote_for (category, self->language);
      title = g_strdup (plenary_investment_category_get_label (category, self->language));
    }
  else
    {
      g_autofree char *amount = dup_amount (self, plan, plenary_investment_plan_get_amount (plan));
      paragraph = plenary_investment_plan_get_paragraph (plan);
      quote = plenary_investment_plan_get_quote_for (plan, self->language);
      /* Translators: %s is the planned amount, "CNY 331.1 billion". */
      title = g_strdup_printf (_("All key projects, %s"), amount);
    }

  g_set_object (&self->shown_paragraph, paragraph);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "investment.show-paragraph", paragraph != NULL);

  /* The excerpt in the content language when the quote is there in it:
   * the English paragraph around an English quote. */
  text = paragraph != NULL ? plenary_paragraph_get_text (paragraph) : NULL;
  if (paragraph != NULL && quote != NULL && plenary_paragraph_get_text_en (paragraph) != NULL &&
      strstr (plenary_paragraph_get_text_en (paragraph), quote) != NULL)
    {
      text = plenary_paragraph_get_text_en (paragraph);
      in_english = TRUE;
    }
  markup = text != NULL ? dup_quote_markup (text, quote)
                        : g_markup_escape_text (quote ? quote : "", -1);
  gtk_label_set_label (self->quote_title_label, title);
  gtk_label_set_markup (self->quote_label, markup);

  node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;
  if (node != NULL)
    {
      g_autofree char *heading = dup_node_title (node, self->language);
      g_autofree char *ref = plenary_outline_node_dup_reference (node, self->language);

      if (self->language == PLENARY_LANGUAGE_EN && !in_english)
        /* Translators: where a quote comes from, "§2.2.2 Expand effective investment…";
         * the report's text exists only in Chinese. */
        reference = g_strdup_printf (_("From %s %s, in the report’s original Chinese"), ref, heading);
      else
        reference = g_strdup_printf (_("From %s %s"), ref, heading);
    }
  gtk_label_set_label (self->quote_reference_label, reference ? reference : "");
}

static void
update_titles (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  PlenaryChartSpec *spec = self->report ? plenary_report_find_chart (self->report, "investment-plan-2020") : NULL;
  PlenaryParagraph *paragraph = plan ? plenary_investment_plan_get_paragraph (plan) : NULL;
  PlenaryOutlineNode *node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;
  g_autofree char *section = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *unit = NULL;

  gtk_label_set_label (self->title_label,
                       spec ? plenary_chart_spec_get_title (spec, self->language) : _("Key Projects"));

  if (node != NULL)
    {
      g_autofree char *title = dup_node_title (node, self->language);
      g_autofree char *ref = plenary_outline_node_dup_reference (node, self->language);
      section = g_strdup_printf ("%s %s", ref, title);
    }
  gtk_label_set_label (self->section_label, section ? section : "");
  gtk_widget_set_visible (GTK_WIDGET (self->section_label), section != NULL);

  gtk_label_set_label (self->table_title_label, _("Planned Investment by Category"));

  if (plan != NULL)
    unit = plenary_unit_dup_short_name (plenary_investment_plan_get_unit (plan),
                                        plenary_investment_table_amount_scale (plan, self->language),
                                        self->language);
  /* The unit is said once above the table, which keeps the column titles
   * short enough for the table to fit a laptop screen in English. */
  /* Translators: %s is the unit, "亿元" or "CNY billion". */
  subtitle = g_strdup_printf (_("Amounts in %s. Select a category to find it in the charts and the report."),
                              unit ? unit : "");
  gtk_label_set_label (self->table_subtitle_label, subtitle);
}

static void
update_all (PlenaryInvestmentPage *self)
{
  update_titles (self);
  update_band (self);
  _plenary_investment_page_setup_columns (self);
  _plenary_investment_page_update_checks (self);
  update_quote (self);
}

/* Charts */

/* The report's charts for this view, in the order the grid shows them: on
 * a wide window the share and the year-on-year comparison side by side,
 * then amounts and project counts as small multiples, each on its own
 * scale rather than on two axes of one chart. */
static const char * const chart_ids[] = {
  "investment-plan-share-2020",
  "key-projects-investment-2019-2020",
  "investment-plan-amount-2020",
  "investment-plan-projects-2020",
};

/* A chart follows the table's selection only when its rows are the plan's
 * categories in the plan's order, so a row index means the same category
 * in both. */
static gboolean
chart_shows_categories (PlenaryChartSpec      *spec,
                        PlenaryInvestmentPlan *plan)
{
  GListModel *categories = plenary_investment_plan_get_categories (plan);
  guint n = g_list_model_get_n_items (categories);

  if (plenary_chart_spec_get_n_rows (spec) != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) c = g_list_model_get_item (categories, i);

      if (g_strcmp0 (plenary_chart_spec_get_row_label (spec, i, PLENARY_LANGUAGE_ZH),
                     plenary_investment_category_get_label (c, PLENARY_LANGUAGE_ZH)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
update_chart_highlight (PlenaryInvestmentPage *self)
{
  for (guint i = 0; i < self->linked_charts->len; i++)
    plenary_chart_widget_set_highlighted_row (g_ptr_array_index (self->linked_charts, i),
                                              self->highlighted_row);
}

static void
update_chart_language (PlenaryInvestmentPage *self)
{
  for (guint i = 0; i < self->chart_cards->len; i++)
    plenary_chart_card_set_language (g_ptr_array_index (self->chart_cards, i), self->language);
}

/* A category clicked in a chart selects its row, wherever sorting put it. */
static void
on_chart_row_activated_cb (PlenaryChartWidget    *chart,
                           guint                  row,
                           PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autoptr(PlenaryInvestmentCategory) category = NULL;
  guint n;

  if (plan == NULL)
    return;

  category = g_list_model_get_item (plenary_investment_plan_get_categories (plan), row);
  if (category == NULL)
    return;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlenaryInvestmentCategory) item = g_list_model_get_item (model, i);

      if (item == category)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
remove_charts (PlenaryInvestmentPage *self)
{
  g_ptr_array_set_size (self->linked_charts, 0);
  g_ptr_array_set_size (self->chart_cards, 0);
  plenary_chart_grid_remove_all (self->chart_box);
}

static void
build_charts (PlenaryInvestmentPage *self)
{
  PlenaryInvestmentPlan *plan = _plenary_investment_page_get_plan (self);

  remove_charts (self);
  if (plan == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (chart_ids); i++)
    {
      PlenaryChartSpec *spec = plenary_report_find_chart (self->report, chart_ids[i]);
      GtkWidget *card;

      if (spec == NULL)
        continue;

      card = plenary_chart_card_new (spec);
      plenary_chart_card_set_language (PLENARY_CHART_CARD (card), self->language);
      plenary_chart_grid_append (self->chart_box, card);
      g_ptr_array_add (self->chart_cards, g_object_ref (card));

      if (chart_shows_categories (spec, plan))
        {
          PlenaryChartWidget *chart = plenary_chart_card_get_chart (PLENARY_CHART_CARD (card));

          g_signal_connect_object (chart, "row-activated", G_CALLBACK (on_chart_row_activated_cb), self, 0);
          g_ptr_array_add (self->linked_charts, g_object_ref (chart));
        }
    }

  update_chart_highlight (self);
}

/* Selection */

/* Scrolls the page so that the first linked chart is in sight without
 * losing the selected row: the charts sit right under the table, so on
 * most windows both fit; when they do not, the row wins. The row's place
 * is estimated from the column view's height, since its rows are all
 * one line high. */
static void
reveal_linked_chart (PlenaryInvestmentPage *self,
                     guint                  position)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->page_scroller);
  GtkWidget *card;
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  graphene_rect_t chart_bounds, table_bounds;
  double page = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  double row_top, row_bottom, chart_bottom, target;

  if (self->linked_charts->len == 0 || content == NULL || n_rows == 0)
    return;
  card = gtk_widget_get_ancestor (g_ptr_array_index (self->linked_charts, 0), PLENARY_TYPE_CHART_CARD);
  if (card == NULL ||
      !gtk_widget_compute_bounds (card, content, &chart_bounds) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->column_view), content, &table_bounds))
    return;

  /* The header is about one row high: n_rows + 1 equal bands. */
  row_top = table_bounds.origin.y + (position + 1) * table_bounds.size.height / (n_rows + 1);
  row_bottom = row_top + table_bounds.size.height / (n_rows + 1);
  chart_bottom = chart_bounds.origin.y + chart_bounds.size.height;

  if (row_top >= value && chart_bottom <= value + page)
    return;
  target = MIN (chart_bottom - page, row_top - 12);
  target = MAX (target, row_bottom - page);
  gtk_adjustment_set_value (adjustment, target);
}

static void
on_selection_changed_cb (GtkSingleSelection    *selection,
                         GParamSpec            *pspec,
                         PlenaryInvestmentPage *self)
{
  PlenaryInvestmentCategory *category = gtk_single_selection_get_selected_item (selection);
  guint position = gtk_single_selection_get_selected (selection);

  self->highlighted_row = find_category_index (self, category);
  update_chart_highlight (self);
  update_quote (self);
  if (position != GTK_INVALID_LIST_POSITION && self->highlighted_row >= 0)
    reveal_linked_chart (self, position);
}

/* The table scrolls sideways on a narrow window, but its own scrolled
 * window would also take every turn of the wheel over it and the page
 * would stop scrolling under the pointer. Vertical scrolls over the table
 * are given to the page, as GtkScrolledWindow scrolls by a wheel step. */
static gboolean
on_table_scroll_cb (GtkEventControllerScroll *controller,
                    double                    dx,
                    double                    dy,
                    PlenaryInvestmentPage    *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double step;

  /* Shift turns the wheel sideways: that is the table's. */
  if (dy == 0 || (state & GDK_SHIFT_MASK) != 0 || fabs (dx) > fabs (dy))
    return GDK_EVENT_PROPAGATE;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    step = dy;
  else
    step = dy * pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
  return GDK_EVENT_STOP;
}

/* Actions */

static void
show_paragraph_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (widget);

  if (self->shown_paragraph != NULL)
    gtk_widget_activate_action (widget, "win.show-paragraph", "s",
                                plenary_paragraph_get_id (self->shown_paragraph));
}

/* Construction */

static GtkWidget *
create_flow_box (void)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 12);
  return box;
}

/* The band is two pairs of cards in a flow box of two: four on a line,
 * two by two, or one under another, never three and one. */
static void
build_band (PlenaryInvestmentPage *self)
{
  GtkWidget *pair = NULL;

  for (guint i = 0; i < N_BAND_CARDS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *caption = gtk_label_new (NULL);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (value, "title-2");
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_add_css_class (caption, "dim-label");
      for (GtkWidget *label = value; label != NULL; label = label == value ? caption : NULL)
        {
          gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
          gtk_widget_set_margin_start (label, 16);
          gtk_widget_set_margin_end (label, 16);
        }
      gtk_widget_set_margin_top (value, 14);
      gtk_widget_set_margin_bottom (caption, 14);

      /* The figure never wraps, so its width decides how many cards share
       * a line: four on a wide window, two, then one.  The caption wraps,
       * from a floor of a dozen characters that keeps the flow box from
       * measuring it at a few characters' width, where it would be very
       * tall. */
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (caption), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (caption), 20);
      gtk_label_set_yalign (GTK_LABEL (caption), 0.0f);
      gtk_box_append (GTK_BOX (card), value);
      gtk_box_append (GTK_BOX (card), caption);
      if (i % 2 == 0)
        {
          pair = create_flow_box ();
          gtk_flow_box_append (self->band_box, pair);
          gtk_widget_set_focusable (gtk_widget_get_parent (pair), FALSE);
        }
      gtk_flow_box_append (GTK_FLOW_BOX (pair), card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);

      self->band_cards[i] = card;
      self->band_values[i] = GTK_LABEL (value);
      self->band_captions[i] = GTK_LABEL (caption);
    }
}

static void
plenary_investment_page_dispose (GObject *object)
{
  PlenaryInvestmentPage *self = (PlenaryInvestmentPage *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);

  /* AdwBin unparents the template's root itself, and GTK clears the
   * pointers to the template's children. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  g_clear_pointer (&self->linked_charts, g_ptr_array_unref);
  g_clear_pointer (&self->chart_cards, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->totals_store);
  g_clear_object (&self->totals);
  g_clear_object (&self->shown_paragraph);
  g_clear_object (&self->report);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_investment_page_parent_class)->dispose (object);
}

static void set_report   (PlenaryInvestmentPage *self,
                          PlenaryReport         *report);
static void set_language (PlenaryInvestmentPage *self,
                          PlenaryLanguage        language);

static void
on_session_report_cb (PlenaryInvestmentPage *self)
{
  set_report (self, plenary_session_get_report (self->session));
}

static void
on_session_language_cb (PlenaryInvestmentPage *self)
{
  set_language (self, plenary_session_get_language (self->session));
}

static void
plenary_investment_page_constructed (GObject *object)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (object);

  G_OBJECT_CLASS (plenary_investment_page_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_language_cb),
                           self, G_CONNECT_SWAPPED);
  set_language (self, plenary_session_get_language (self->session));
  set_report (self, plenary_session_get_report (self->session));
}

static void
plenary_investment_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_investment_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PlenaryInvestmentPage *self = PLENARY_INVESTMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_investment_page_class_init (PlenaryInvestmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_investment_page_constructed;
  object_class->dispose = plenary_investment_page_dispose;
  object_class->get_property = plenary_investment_page_get_property;
  object_class->set_property = plenary_investment_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PLENARY_TYPE_CHART_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-investment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, section_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, band_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, table_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, table_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, column_view);
  gtk_widget_class_bind_template_child_full (widget_class, "category_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_CATEGORY]));
  gtk_widget_class_bind_template_child_full (widget_class, "projects_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_PROJECTS]));
  gtk_widget_class_bind_template_child_full (widget_class, "amount_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_AMOUNT]));
  gtk_widget_class_bind_template_child_full (widget_class, "amount_share_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_AMOUNT_SHARE]));
  gtk_widget_class_bind_template_child_full (widget_class, "project_share_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_PROJECT_SHARE]));
  gtk_widget_class_bind_template_child_full (widget_class, "average_column", FALSE,
                                             G_STRUCT_OFFSET (PlenaryInvestmentPage, columns[COLUMN_AVERAGE]));
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, checks_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, projects_check_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, amount_check_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, quote_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, quote_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, quote_reference_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, read_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryInvestmentPage, chart_box);

  _plenary_investment_page_class_init_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "investment.show-paragraph", NULL, show_paragraph_action);
}

static void
plenary_investment_page_init (PlenaryInvestmentPage *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkSorter *sorter;

  self->language = plenary_language_from_locale ();
  self->highlighted_row = -1;
  self->chart_cards = g_ptr_array_new_with_free_func (g_object_unref);
  self->linked_charts = g_ptr_array_new_with_free_func (g_object_unref);

  _plenary_investment_page_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));
  build_band (self);

  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);

    gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
    gtk_event_controller_set_name (scroll, "plenary-table-wheel");
    g_signal_connect (scroll, "scroll", G_CALLBACK (on_table_scroll_cb), self);
    gtk_widget_add_controller (self->table_scroller, scroll);
  }

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (sorter));
  self->totals_store = g_list_store_new (PLENARY_TYPE_INVESTMENT_CATEGORY);
  g_list_store_append (parts, self->sort_model);
  g_list_store_append (parts, self->totals_store);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (parts)))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  update_all (self);
  _plenary_investment_page_update_actions (self);
}

PlenaryInvestmentPage *
plenary_investment_page_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_INVESTMENT_PAGE, "session", session, NULL);
}

PlenaryReport *
plenary_investment_page_get_report (PlenaryInvestmentPage *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PAGE (self), NULL);
  return self->report;
}

static void
set_report (PlenaryInvestmentPage *self,
            PlenaryReport         *report)
{
  PlenaryInvestmentPlan *plan;

  if (!g_set_object (&self->report, report))
    return;

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_list_store_remove_all (self->totals_store);
  g_clear_object (&self->totals);

  plan = _plenary_investment_page_get_plan (self);
  gtk_sort_list_model_set_model (self->sort_model,
                                 plan ? plenary_investment_plan_get_categories (plan) : NULL);
  if (plan != NULL)
    {
      guint projects = plenary_investment_plan_get_projects (plan);
      double amount = plenary_investment_plan_get_amount (plan);

      /* The totals row is a category of its own, so the same cells and
       * columns show it; it lives outside the sorted model. */
      /* Its label is content: 合计 in either script, Total. */
      self->totals = plenary_investment_category_new ("total",
                                                      plenary_content_get (PLENARY_LANGUAGE_ZH, PLENARY_CONTENT_TOTAL),
                                                      plenary_content_get (PLENARY_LANGUAGE_EN, PLENARY_CONTENT_TOTAL),
                                                      projects, amount,
                                                      plenary_investment_plan_get_paragraph (plan),
                                                      plenary_investment_plan_get_quote (plan));
      plenary_investment_category_set_totals (self->totals, projects, amount);
      g_list_store_append (self->totals_store, self->totals);
    }

  build_charts (self);
  update_all (self);
  _plenary_investment_page_update_actions (self);
}

PlenaryLanguage
plenary_investment_page_get_language (PlenaryInvestmentPage *self)
{
  g_return_val_if_fail (PLENARY_IS_INVESTMENT_PAGE (self), PLENARY_LANGUAGE_ZH);
  return self->language;
}

static void
set_language (PlenaryInvestmentPage *self,
              PlenaryLanguage        language)
{
  if (self->language == language)
    return;

  self->language = language;
  update_all (self);
  update_chart_language (self);
}
