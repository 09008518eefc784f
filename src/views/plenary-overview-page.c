/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "plenary-content-strings.h"
#include "plenary-markup.h"
#include "plenary-overview-page.h"

/* The report's title page: what it is, where and by whom it was given,
 * the opening words, and the headline figures as cards. */

struct _PlenaryOverviewPage
{
  AdwBin           parent_instance;
  PlenarySession  *session;
  PlenaryReport   *report;
  PlenaryLanguage  language;
  GHashTable      *paragraph_widgets;
  guint            flash_source;

  GtkScrolledWindow *scrolled;
  GtkLabel        *eyebrow_label;
  GtkLabel        *title_label;
  GtkLabel        *occasion_label;
  GtkLabel        *presenter_label;
  GtkWidget       *start_button;
  GtkBox          *preamble_box;
  GtkWidget       *headlines_heading;
  GtkFlowBox      *headlines_box;
};

G_DEFINE_FINAL_TYPE (PlenaryOverviewPage, plenary_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean reveal_paragraph (PlenaryOverviewPage *self,
                                  const char          *paragraph_id);

/* "广州市 · 2020 年 6 月", "Guangzhou · June 2020" from "2020-06". */
static char *
dup_eyebrow (PlenaryReport   *report,
             PlenaryLanguage  language)
{
  const char *region = plenary_report_get_text (report, PLENARY_REPORT_FIELD_REGION, language);
  const char *date = plenary_report_get_date (report);
  g_autofree char *when = NULL;
  int year = 0, month = 0;

  /* Content, not interface: English month names whatever the locale. */
  if (date != NULL && sscanf (date, "%d-%d", &year, &month) == 2 && month >= 1 && month <= 12)
    {
      g_autofree char *year_text = g_strdup_printf ("%d", year);

      when = plenary_content_format (language, PLENARY_CONTENT_DATE_MONTH, year_text,
                                     plenary_content_month (language, month, FALSE), NULL);
    }
  else if (date != NULL)
    when = g_strdup (date);

  if (region != NULL && *region != '\0' && when != NULL)
    return g_strdup_printf ("%s · %s", region, when);
  return g_strdup (when != NULL ? when : region);
}

static GtkWidget *
create_headline (PlenaryOverviewPage   *self,
                 const PlenaryHeadline *headline)
{
  PlenaryIndicator *indicator = headline->indicator;
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (plenary_indicator_get_label (indicator, self->language));
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(PlenaryFormattedNumber) parts = plenary_indicator_format (indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                      self->language);
  /* Read aloud: ordinary spaces, no word joiners. */
  g_autofree char *display = plenary_formatted_number_join (parts, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
  g_autofree char *markup = plenary_value_dup_markup (parts);
  g_autofree char *period = plenary_indicator_dup_period_label (indicator, self->language);
  g_autofree char *change = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *period_label = gtk_label_new (period);

  gtk_label_set_markup (GTK_LABEL (value), markup);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  /* Long values ("more than CNY 1 trillion") wrap rather than widen every
   * card of the homogeneous grid. */
  gtk_label_set_max_width_chars (GTK_LABEL (value), 6);
  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "headline-value");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_add_css_class (label, "headline-label");

  gtk_label_set_xalign (GTK_LABEL (period_label), 0);
  gtk_widget_set_hexpand (period_label, TRUE);
  gtk_widget_add_css_class (period_label, "caption");
  gtk_widget_add_css_class (period_label, "dim-label");
  gtk_box_append (GTK_BOX (footer), period_label);

  if (headline->change != NULL)
    {
      GtkWidget *pill;

      change = plenary_change_dup_text (headline->change, self->language);
      pill = gtk_label_new (change);
      gtk_widget_add_css_class (pill, "change-pill");
      gtk_widget_add_css_class (pill, "numeric");
      if (plenary_indicator_get_value (headline->change) < 0)
        gtk_widget_add_css_class (pill, "negative");
      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (pill, plenary_indicator_get_label (headline->change,
                                                                      self->language));
      gtk_box_append (GTK_BOX (footer), pill);
    }

  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (card), footer);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "headline-card");
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), card);

  if (change != NULL)
    accessible = g_strdup_printf ("%s: %s (%s), %s", plenary_indicator_get_label (indicator, self->language),
                                  display, period, change);
  else
    accessible = g_strdup_printf ("%s: %s (%s)", plenary_indicator_get_label (indicator, self->language),
                                  display, period);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (child, _("Show in the text"));
  g_object_set_data_full (G_OBJECT (child), "plenary-indicator",
                          g_object_ref (indicator), g_object_unref);

  return child;
}

static GtkWidget *
create_paragraph (PlenaryOverviewPage *self,
                  PlenaryParagraph    *paragraph)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *markup = plenary_paragraph_dup_markup (paragraph, self->language);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "reading-paragraph");
  gtk_widget_add_css_class (label, "reading-text");
  if (self->language == PLENARY_LANGUAGE_EN)
    gtk_widget_add_css_class (label, "latin");

  g_hash_table_insert (self->paragraph_widgets,
                       g_strdup (plenary_paragraph_get_id (paragraph)), label);
  return label;
}

static void
render (PlenaryOverviewPage *self)
{
  GPtrArray *headlines;
  GListModel *preamble;
  g_autofree char *eyebrow = NULL;

  g_clear_handle_id (&self->flash_source, g_source_remove);
  g_hash_table_remove_all (self->paragraph_widgets);
  while (gtk_widget_get_first_child (GTK_WIDGET (self->preamble_box)) != NULL)
    gtk_box_remove (self->preamble_box, gtk_widget_get_first_child (GTK_WIDGET (self->preamble_box)));
  while (gtk_widget_get_first_child (GTK_WIDGET (self->headlines_box)) != NULL)
    gtk_flow_box_remove (self->headlines_box, gtk_widget_get_first_child (GTK_WIDGET (self->headlines_box)));

  if (self->report == NULL)
    return;

  eyebrow = dup_eyebrow (self->report, self->language);
  gtk_label_set_label (self->eyebrow_label, eyebrow);
  gtk_label_set_label (self->title_label,
                       plenary_report_get_text (self->report, PLENARY_REPORT_FIELD_TITLE,
                                                self->language));
  gtk_label_set_label (self->occasion_label,
                       plenary_report_get_text (self->report, PLENARY_REPORT_FIELD_OCCASION,
                                                self->language));
  gtk_label_set_label (self->presenter_label,
                       plenary_report_get_text (self->report, PLENARY_REPORT_FIELD_PRESENTER,
                                                self->language));

  preamble = plenary_report_get_preamble (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (preamble); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (preamble, i);
      gtk_box_append (self->preamble_box, create_paragraph (self, paragraph));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->preamble_box), g_list_model_get_n_items (preamble) > 0);

  headlines = plenary_report_get_headlines (self->report);
  for (guint i = 0; i < headlines->len; i++)
    gtk_flow_box_append (self->headlines_box, create_headline (self, g_ptr_array_index (headlines, i)));
  gtk_widget_set_visible (self->headlines_heading, headlines->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->headlines_box), headlines->len > 0);
  gtk_widget_set_sensitive (self->start_button,
                            g_list_model_get_n_items (plenary_report_get_chapters (self->report)) > 0);
}

static void
on_headline_activated_cb (PlenaryOverviewPage *self,
                          GtkFlowBoxChild     *child)
{
  PlenaryIndicator *indicator = g_object_get_data (G_OBJECT (child), "plenary-indicator");
  PlenaryParagraph *paragraph = indicator ? plenary_indicator_get_paragraph (indicator) : NULL;

  if (paragraph != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-paragraph", "s",
                                plenary_paragraph_get_id (paragraph));
}

static void
on_start_clicked_cb (PlenaryOverviewPage *self)
{
  GListModel *chapters;
  g_autoptr(PlenaryOutlineNode) first = NULL;

  if (self->report == NULL)
    return;
  chapters = plenary_report_get_chapters (self->report);
  if (g_list_model_get_n_items (chapters) == 0)
    return;

  first = g_list_model_get_item (chapters, 0);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "s",
                              plenary_outline_node_get_id (first));
}

static void
on_session_report_cb (PlenaryOverviewPage *self)
{
  if (!g_set_object (&self->report, plenary_session_get_report (self->session)))
    return;
  render (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
on_session_language_cb (PlenaryOverviewPage *self)
{
  PlenaryLanguage language = plenary_session_get_language (self->session);

  if (self->language == language)
    return;
  self->language = language;
  render (self);
}

static void
on_session_reveal_cb (PlenaryOverviewPage *self,
                      PlenaryTarget        target,
                      const char          *id)
{
  PlenaryIndicator *indicator;
  PlenaryParagraph *paragraph;

  if (plenary_session_get_page (self->session) != PLENARY_PAGE_OVERVIEW)
    return;

  if (target == PLENARY_TARGET_PARAGRAPH)
    reveal_paragraph (self, id);
  else if (target == PLENARY_TARGET_INDICATOR && self->report != NULL)
    {
      /* An indicator quoted in the opening words: show the words. */
      indicator = plenary_report_find_indicator (self->report, id);
      paragraph = indicator != NULL ? plenary_indicator_get_paragraph (indicator) : NULL;
      if (paragraph != NULL)
        reveal_paragraph (self, plenary_paragraph_get_id (paragraph));
    }
}

static void
plenary_overview_page_constructed (GObject *object)
{
  PlenaryOverviewPage *self = PLENARY_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (plenary_overview_page_parent_class)->constructed (object);

  if (self->session == NULL)
    return;
  g_signal_connect_object (self->session, "notify::report", G_CALLBACK (on_session_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (on_session_language_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "reveal", G_CALLBACK (on_session_reveal_cb),
                           self, G_CONNECT_SWAPPED);
  self->language = plenary_session_get_language (self->session);
  on_session_report_cb (self);
}

static void
plenary_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PlenaryOverviewPage *self = PLENARY_OVERVIEW_PAGE (object);

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
plenary_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PlenaryOverviewPage *self = PLENARY_OVERVIEW_PAGE (object);

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
plenary_overview_page_dispose (GObject *object)
{
  PlenaryOverviewPage *self = (PlenaryOverviewPage *)object;

  g_clear_handle_id (&self->flash_source, g_source_remove);
  g_clear_pointer (&self->paragraph_widgets, g_hash_table_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->session);
  /* The bin's child is a template child: let the bin drop it first, or
   * disposing the template would leave the bin a dangling pointer. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (plenary_overview_page_parent_class)->dispose (object);
}

static void
plenary_overview_page_class_init (PlenaryOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_overview_page_constructed;
  object_class->dispose = plenary_overview_page_dispose;
  object_class->get_property = plenary_overview_page_get_property;
  object_class->set_property = plenary_overview_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PLENARY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, eyebrow_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, occasion_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, presenter_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, preamble_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, headlines_heading);
  gtk_widget_class_bind_template_child (widget_class, PlenaryOverviewPage, headlines_box);
  gtk_widget_class_bind_template_callback (widget_class, on_headline_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
}

static void
plenary_overview_page_init (PlenaryOverviewPage *self)
{
  self->language = plenary_language_from_locale ();
  self->paragraph_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
plenary_overview_page_new (PlenarySession *session)
{
  return g_object_new (PLENARY_TYPE_OVERVIEW_PAGE, "session", session, NULL);
}

guint
plenary_overview_page_get_n_headlines (PlenaryOverviewPage *self)
{
  guint n = 0;

  g_return_val_if_fail (PLENARY_IS_OVERVIEW_PAGE (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->headlines_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

GtkWidget *
plenary_overview_page_get_paragraph_widget (PlenaryOverviewPage *self,
                                            const char          *paragraph_id)
{
  g_return_val_if_fail (PLENARY_IS_OVERVIEW_PAGE (self), NULL);
  return g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
}

static gboolean
on_flash_done_cb (gpointer user_data)
{
  PlenaryOverviewPage *self = user_data;

  self->flash_source = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->preamble_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_remove_css_class (child, "flash");
  return G_SOURCE_REMOVE;
}

/* The opening words are on this page; the page is short enough that
 * scrolling to the top shows them. */
static gboolean
reveal_paragraph (PlenaryOverviewPage *self,
                  const char          *paragraph_id)
{
  GtkWidget *label;

  label = g_hash_table_lookup (self->paragraph_widgets, paragraph_id);
  if (label == NULL)
    return FALSE;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  g_clear_handle_id (&self->flash_source, g_source_remove);
  on_flash_done_cb (self);
  gtk_widget_add_css_class (label, "flash");
  self->flash_source = g_timeout_add (1800, on_flash_done_cb, self);

  return TRUE;
}
