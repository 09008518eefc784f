/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-targets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-content-strings.h"
#include "plenary-target-pair.h"
#include "plenary-targets-page.h"

/* Targets and results: each of the plan year's targets beside the review
 * year's result for the same indicator, the targets the plan chose not to
 * set among them, filtered by category. Activating a row reads its
 * sentence in the report. The rows are plenary_target_pairs_new()'s. */

struct _PlenaryTargetsPage
{
  AdwBin              parent_instance;
  PlenarySession     *session;
  PlenaryReport      *report;
  PlenaryLanguage     language;
  GListModel         *pairs;
  char              **categories;   /* the dropdown's, after "All Categories" */

  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkDropDown        *category_dropdown;
  GtkStringList      *category_names;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *result_column;
  GtkColumnViewColumn *target_column;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;

  /* Narrow (a phone), the values go under each indicator's name instead
   * of into columns of their own, which would not fit. */
  gboolean            narrow;
  guint               narrow_tick;
  char               *result_title;
  char               *target_title;
};

/* Below this width the three columns no longer fit side by side. */
#define NARROW_WIDTH 560

G_DEFINE_FINAL_TYPE (PlenaryTargetsPage, plenary_targets_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  CELL_INDICATOR,
  CELL_RESULT,
  CELL_TARGET,
} Cell;

static const struct {
  const char *id;
  const char *name;
} category_names[] = {
  { "agriculture", N_("Agriculture") },
  { "bay-area", N_("Greater Bay Area") },
  { "business", N_("Business") },
  { "culture", N_("Culture") },
  { "digital", N_("Digital") },
  { "economy", N_("Economy") },
  { "education", N_("Education") },
  { "employment", N_("Employment") },
  { "energy-food", N_("Energy and Food") },
  { "environment", N_("Environment") },
  { "epidemic", N_("Epidemic") },
  { "finance", N_("Finance") },
  { "health", N_("Health") },
  { "housing", N_("Housing") },
  { "industry", N_("Industry") },
  { "innovation", N_("Innovation") },
  { "investment", N_("Investment") },
  { "opening-up", N_("Opening Up") },
  { "reform", N_("Reform") },
  { "safety", N_("Safety") },
  { "services", N_("Services") },
  { "sports", N_("Sports") },
  { "tourism", N_("Tourism") },
  { "transport", N_("Transport") },
  { "urban", N_("Urban Development") },
  { "welfare", N_("Welfare") },
};

/**
 * plenary_targets_category_name:
 * @category: an indicator's category
 *
 * Returns: the category's name in the interface language, or @category
 *   itself for one Plenary does not know
 */
const char *
plenary_targets_category_name (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (category_names); i++)
    if (g_strcmp0 (category, category_names[i].id) == 0)
      return _(category_names[i].name);
  return category;
}

/* "aiming for CNY 331.1 billion" with "CNY 331.1 billion" kept on one
 * line: the formatter joins the number and its unit with no-break spaces
 * and word joiners, so a narrow column may wrap the qualifier, never the
 * number from its unit. */
static char *
dup_display (PlenaryIndicator *indicator,
             PlenaryLanguage   language)
{
  if (indicator == NULL)
    return g_strdup ("—");
  return plenary_indicator_dup_display (indicator, language);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PlenaryTargetsPage       *self)
{
  Cell cell = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "cell"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A value wraps only between the words of its qualifier. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), cell == CELL_INDICATOR ? PANGO_WRAP_WORD_CHAR
                                                                     : PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), cell == CELL_INDICATOR ? 0.0f : 1.0f);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (note), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (note), cell == CELL_INDICATOR ? 0.0f : 1.0f);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  if (cell == CELL_INDICATOR)
    gtk_label_set_width_chars (GTK_LABEL (label), 10);
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), note);
  if (cell == CELL_INDICATOR)
    {
      GtkWidget *values = gtk_grid_new ();

      gtk_grid_set_column_spacing (GTK_GRID (values), 12);
      gtk_grid_set_row_spacing (GTK_GRID (values), 2);
      gtk_widget_set_margin_top (values, 4);
      for (int row = 0; row < 2; row++)
        {
          GtkWidget *title = gtk_label_new (NULL);
          GtkWidget *value = gtk_label_new (NULL);

          gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
          gtk_widget_add_css_class (title, "dim-label");
          gtk_label_set_xalign (GTK_LABEL (value), 0.0f);
          gtk_label_set_wrap (GTK_LABEL (value), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD);
          gtk_widget_set_hexpand (value, TRUE);
          gtk_widget_add_css_class (value, "numeric");
          gtk_grid_attach (GTK_GRID (values), title, 0, row, 1, 1);
          gtk_grid_attach (GTK_GRID (values), value, 1, row, 1, 1);
        }
      gtk_box_append (GTK_BOX (box), values);
    }
  gtk_list_item_set_child (list_item, box);
}

/* The values under the indicator's name, as the columns would show them. */
static void
bind_narrow_values (PlenaryTargetsPage *self,
                    GtkWidget          *values,
                    PlenaryTargetPair  *pair,
                    const char         *result,
                    const char         *target)
{
  GtkGrid *grid = GTK_GRID (values);

  gtk_widget_set_visible (values, self->narrow);
  if (!self->narrow)
    return;
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 0)), self->result_title);
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 0)), result);
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1)), self->target_title);
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 1)), target);
  if (plenary_target_pair_is_not_set (pair))
    gtk_widget_add_css_class (gtk_grid_get_child_at (grid, 1, 1), "dim-label");
  else
    gtk_widget_remove_css_class (gtk_grid_get_child_at (grid, 1, 1), "dim-label");
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PlenaryTargetsPage       *self)
{
  Cell cell = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "cell"));
  PlenaryTargetPair *pair = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkLabel *label = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *note = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (label)));
  g_autofree char *text = NULL;
  g_autofree char *note_text = NULL;

  switch (cell)
    {
    case CELL_INDICATOR:
      text = g_strdup (plenary_target_pair_get_label (pair, self->language));
      note_text = g_strdup (plenary_targets_category_name (plenary_target_pair_get_category (pair)));
      if (plenary_target_pair_is_not_set (pair))
        {
          g_free (note_text);
          note_text = g_strdup_printf ("“%s”", plenary_target_pair_get_quote_for (pair, self->language));
        }
      break;
    case CELL_RESULT:
      text = dup_display (plenary_target_pair_get_result (pair), self->language);
      break;
    case CELL_TARGET:
      if (plenary_target_pair_is_not_set (pair))
        text = g_strdup (plenary_content_get (self->language, PLENARY_CONTENT_TARGET_NOT_SET));
      else
        text = dup_display (plenary_target_pair_get_target (pair), self->language);
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text);
  gtk_label_set_text (note, note_text ? note_text : "");
  gtk_widget_set_visible (GTK_WIDGET (note), note_text != NULL);
  if (cell == CELL_TARGET && plenary_target_pair_is_not_set (pair))
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");

  /* A screen reader reads a row as one sentence. */
  if (cell == CELL_INDICATOR)
    {
      g_autofree char *result = dup_display (plenary_target_pair_get_result (pair), self->language);
      g_autofree char *target = plenary_target_pair_is_not_set (pair)
                                ? g_strdup (plenary_content_get (self->language, PLENARY_CONTENT_TARGET_NOT_SET))
                                : dup_display (plenary_target_pair_get_target (pair), self->language);
      /* TRANSLATORS: a row of the targets table read aloud: an indicator,
       * its result in the review year and its target in the plan year */
      g_autofree char *sentence = g_strdup_printf (_("%s: result %s, target %s"), text, result, target);

      gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
      bind_narrow_values (self, gtk_widget_get_last_child (box), pair, result, target);
    }
}

static GtkColumnViewColumn *
add_column (PlenaryTargetsPage *self,
            Cell                cell,
            gboolean            expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "cell", GUINT_TO_POINTER (cell));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), self);
  column = gtk_column_view_column_new (NULL, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryTargetsPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->categories == NULL
      || selected > g_strv_length (self->categories))
    return TRUE;
  return g_strcmp0 (plenary_target_pair_get_category (item), self->categories[selected - 1]) == 0;
}

static void
on_category_selected_cb (PlenaryTargetsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_headings (PlenaryTargetsPage *self)
{
  guint review = self->report ? plenary_report_get_review_year (self->report) : 0;
  guint plan = self->report ? plenary_report_get_plan_year (self->report) : 0;
  g_autofree char *result_title = NULL;
  g_autofree char *target_title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a column heading; %u is the review year, 2019 */
  result_title = review ? g_strdup_printf (_("%u Result"), review) : g_strdup (_("Result"));
  /* TRANSLATORS: a column heading; %u is the plan year, 2020 */
  target_title = plan ? g_strdup_printf (_("%u Target"), plan) : g_strdup (_("Target"));
  gtk_column_view_column_set_title (self->result_column, result_title);
  gtk_column_view_column_set_title (self->target_column, target_title);
  g_free (self->result_title);
  self->result_title = g_steal_pointer (&result_title);
  g_free (self->target_title);
  self->target_title = g_steal_pointer (&target_title);

  /* TRANSLATORS: %u are the plan year and the review year */
  subtitle = g_strdup_printf (_("Each target for %u beside the result for %u. Activate a row to read its sentence."),
                              plan, review);
  gtk_label_set_text (self->subtitle_label, plan ? subtitle : "");
}

static void
set_report (PlenaryTargetsPage *self,
            PlenaryReport      *report)
{
  GListModel *names = G_LIST_MODEL (self->category_names);

  if (!g_set_object (&self->report, report))
    return;

  g_clear_object (&self->pairs);
  g_clear_pointer (&self->categories, g_strfreev);
  gtk_string_list_splice (self->category_names, 1, g_list_model_get_n_items (names) - 1, NULL);
  if (report != NULL)
    {
      self->pairs = plenary_target_pairs_new (report);
      self->categories = plenary_target_pairs_dup_categories (self->pairs);
      for (guint i = 0; self->categories[i] != NULL; i++)
        gtk_string_list_append (self->category_names, plenary_targets_category_name (self->categories[i]));
    }
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_filter_list_model_set_model (self->filtered, self->pairs);
  update_headings (self);
}

static void
rebind_rows (PlenaryTargetsPage *self)
{
  gtk_filter_list_model_set_model (self->filtered, NULL);
  gtk_filter_list_model_set_model (self->filtered, self->pairs);
}

static void
set_language (PlenaryTargetsPage *self,
              PlenaryLanguage     language)
{
  if (self->language == language)
    return;
  self->language = language;
  rebind_rows (self);
}

/* Switched on the frame after the allocation that crossed the width:
 * columns shown or hidden change the size of what is being allocated. */
static gboolean
on_narrow_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (widget);
  gboolean narrow = gtk_widget_get_width (widget) < NARROW_WIDTH;

  self->narrow_tick = 0;
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      gtk_column_view_column_set_visible (self->result_column, !narrow);
      gtk_column_view_column_set_visible (self->target_column, !narrow);
      rebind_rows (self);
    }
  return G_SOURCE_REMOVE;
}

/* The page lays out its one child itself (not with AdwBin's layout
 * manager) to see the width it is given. */
static void
plenary_targets_page_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
plenary_targets_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
  if ((width < NARROW_WIDTH) != self->narrow && self->narrow_tick == 0)
    self->narrow_tick = gtk_widget_add_tick_callback (widget, on_narrow_tick_cb, NULL, NULL);
}

static void
on_session_report_cb (PlenaryTargetsPage *self)
{
  set_report (self, plenary_session_get_report (self->session));
}

static void
on_session_language_cb (PlenaryTargetsPage *self)
{
  set_language (self, plenary_session_get_language (self->session));
}

/**
 * plenary_targets_page_activate_row:
 * @position: a row of the filtered list
 *
 * Reads the row's sentence: the target's, or the one saying no target
 * was set, through win.show-paragraph.
 *
 * Returns: whether the row has a sentence to show
 */
gboolean
plenary_targets_page_activate_row (PlenaryTargetsPage *self,
                                   guint               position)
{
  g_autoptr(PlenaryTargetPair) pair = NULL;
  PlenaryParagraph *paragraph;

  g_return_val_if_fail (PLENARY_IS_TARGETS_PAGE (self), FALSE);

  pair = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  paragraph = pair ? plenary_target_pair_get_paragraph (pair) : NULL;
  if (paragraph == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "win.show-paragraph", "s",
                                     plenary_paragraph_get_id (paragraph));
}

static void
on_row_activate_cb (PlenaryTargetsPage *self,
                    guint               position)
{
  plenary_targets_page_activate_row (self, position);
}

static void
build (PlenaryTargetsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *filter_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *filter_label = gtk_label_new_with_mnemonic (_("_Category"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *table_scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->title_label = GTK_LABEL (gtk_label_new (_("Targets and Results")));
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-1");
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->subtitle_label, TRUE);
  gtk_label_set_xalign (self->subtitle_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "dim-label");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->subtitle_label));
  gtk_widget_set_hexpand (titles, TRUE);

  self->category_names = gtk_string_list_new ((const char *[]) { _("All Categories"), NULL });
  self->category_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->category_names)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->category_dropdown), GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (filter_label), GTK_WIDGET (self->category_dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->category_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Category"), -1);
  g_signal_connect_swapped (self->category_dropdown, "notify::selected",
                            G_CALLBACK (on_category_selected_cb), self);
  gtk_box_append (GTK_BOX (filter_box), filter_label);
  gtk_box_append (GTK_BOX (filter_box), GTK_WIDGET (self->category_dropdown));
  gtk_widget_set_halign (filter_box, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), filter_box);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_steal_pointer (&selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Targets and Results"), -1);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (on_row_activate_cb), self);

  gtk_column_view_column_set_title (add_column (self, CELL_INDICATOR, TRUE), _("Indicator"));
  self->result_column = add_column (self, CELL_RESULT, FALSE);
  self->target_column = add_column (self, CELL_TARGET, FALSE);

  gtk_box_append (GTK_BOX (box), header);
  /* Narrow, the values go under the names (see NARROW_WIDTH); a table
   * that still needs more than the width scrolls sideways on its own, and
   * the heading above still wraps to the window. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (table_scroller), GTK_WIDGET (self->column_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (table_scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (table_scroller), TRUE);
  gtk_box_append (GTK_BOX (box), table_scroller);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);
  update_headings (self);
}

static void
plenary_targets_page_constructed (GObject *object)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (object);

  G_OBJECT_CLASS (plenary_targets_page_parent_class)->constructed (object);

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
plenary_targets_page_dispose (GObject *object)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (object);

  if (self->narrow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->narrow_tick);
  self->narrow_tick = 0;
  if (self->category_dropdown != NULL)
    g_signal_handlers_disconnect_by_data (self->category_dropdown, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->category_dropdown = NULL;
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->category_names);
  g_clear_object (&self->pairs);
  g_clear_object (&self->report);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plenary_targets_page_parent_class)->dispose (object);
}

static void
plenary_targets_page_finalize (GObject *object)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (object);

  g_strfreev (self->categories);
  g_free (self->result_title);
  g_free (self->target_title);

  G_OBJECT_CLASS (plenary_targets_page_parent_class)->finalize (object);
}

static void
plenary_targets_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (object);

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
plenary_targets_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PlenaryTargetsPage *self = PLENARY_TARGETS_PAGE (object);

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
plenary_targets_page_class_init (PlenaryTargetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_targets_page_constructed;
  object_class->dispose = plenary_targets_page_dispose;
  object_class->finalize = plenary_targets_page_finalize;
  object_class->get_property = plenary_targets_page_get_property;
  object_class->set_property = plenary_targets_page_set_property;
  widget_class->measure = plenary_targets_page_measure;
  widget_class->size_allocate = plenary_targets_page_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_targets_page_init (PlenaryTargetsPage *self)
{
  self->language = plenary_language_from_locale ();
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  build (self);
}

GtkWidget *
plenary_targets_page_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_TARGETS_PAGE, "session", session, NULL);
}

/* Returns: (transfer none): the rows shown, after the category filter */
GListModel *
plenary_targets_page_get_rows (PlenaryTargetsPage *self)
{
  g_return_val_if_fail (PLENARY_IS_TARGETS_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/**
 * plenary_targets_page_set_category:
 * @category: (nullable): a category id, or %NULL for all
 *
 * Returns: whether the page has rows in @category
 */
gboolean
plenary_targets_page_set_category (PlenaryTargetsPage *self,
                                   const char         *category)
{
  g_return_val_if_fail (PLENARY_IS_TARGETS_PAGE (self), FALSE);

  if (category == NULL)
    {
      gtk_drop_down_set_selected (self->category_dropdown, 0);
      return TRUE;
    }
  for (guint i = 0; self->categories != NULL && self->categories[i] != NULL; i++)
    if (g_strcmp0 (self->categories[i], category) == 0)
      {
        gtk_drop_down_set_selected (self->category_dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}
