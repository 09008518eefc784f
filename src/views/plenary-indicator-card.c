/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-indicator-card"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-chart-embed.h"
#include "plenary-indicator-card.h"
#include "plenary-markup.h"

/* What the reader sees on activating an indicator in the text: its value
 * with unit and qualifier, period, labels in both languages, the sentence
 * it is quoted from, and the charts that show it. */

struct _PlenaryIndicatorCard
{
  AdwBin            parent_instance;
  PlenaryIndicator *indicator;
  GtkLabel         *value_label;
  guint             n_charts;
};

G_DEFINE_FINAL_TYPE (PlenaryIndicatorCard, plenary_indicator_card, ADW_TYPE_BIN)

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return label;
}

static const char *
kind_label (PlenaryIndicatorKind kind)
{
  switch (kind)
    {
    case PLENARY_INDICATOR_TARGET:
      return _("Target");
    case PLENARY_INDICATOR_BASELINE:
      return _("Baseline");
    case PLENARY_INDICATOR_ACTUAL:
    default:
      return _("Result");
    }
}

static char *
dup_place (PlenaryIndicator *indicator,
           PlenaryLanguage   language)
{
  PlenaryParagraph *paragraph = plenary_indicator_get_paragraph (indicator);
  PlenaryOutlineNode *node = paragraph ? plenary_paragraph_get_node (paragraph) : NULL;

  if (node == NULL)
    return NULL;
  return plenary_outline_node_dup_reference (node, language);
}

static void
add_charts (PlenaryIndicatorCard *self,
            GtkBox               *box,
            PlenaryReport        *report,
            PlenaryLanguage       language)
{
  g_autoptr(GPtrArray) charts = plenary_report_dup_charts_for_indicator (report, self->indicator);

  self->n_charts = charts->len;
  if (charts->len == 0)
    return;

  add_label (box, g_dngettext (GETTEXT_PACKAGE, "In this chart", "In these charts", charts->len),
             "heading");
  for (guint i = 0; i < charts->len; i++)
    gtk_box_append (box, plenary_chart_embed_new (g_ptr_array_index (charts, i), language));
}

static void
build (PlenaryIndicatorCard *self,
       PlenaryReport        *report,
       PlenaryLanguage       language)
{
  PlenaryLanguage other = language == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH;
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  GtkWidget *label;
  GtkWidget *quote_box;
  g_autoptr(PlenaryFormattedNumber) parts = plenary_indicator_format (self->indicator, PLENARY_NUMBER_SCALE_SOURCE,
                                                                      language);
  /* Read aloud: ordinary spaces, no word joiners. */
  g_autofree char *display = plenary_formatted_number_join (parts, PLENARY_NUMBER_JOIN_PLAIN, TRUE, NULL, NULL);
  g_autofree char *markup = plenary_value_dup_markup (parts);
  g_autofree char *period = plenary_indicator_dup_period_label (self->indicator, language);
  g_autofree char *facts = NULL;
  g_autofree char *place = dup_place (self->indicator, language);
  g_autofree char *quote = NULL;
  const char *unit_name;
  PlenaryUnit *unit = plenary_indicator_get_unit (self->indicator);

  gtk_widget_add_css_class (GTK_WIDGET (box), "indicator-card");

  /* Nothing here is selectable: a popover focuses its first focusable
   * child, and a selectable label would greet the reader all selected. */
  add_label (box, plenary_indicator_get_label (self->indicator, language), "title-4");
  label = add_label (box, plenary_indicator_get_label (self->indicator, other), "dim-label");
  gtk_widget_add_css_class (label, "caption");

  self->value_label = GTK_LABEL (add_label (box, NULL, "title-1"));
  gtk_label_set_markup (self->value_label, markup);
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "indicator-value");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->value_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, display, -1);

  unit_name = unit != NULL ? (language == PLENARY_LANGUAGE_ZH ? plenary_unit_get_zh (unit)
                                                               : plenary_unit_get_en (unit))
                           : NULL;
  if (unit_name != NULL && *unit_name != '\0')
    /* Translators: period · result/target/baseline · unit, as in "2019 · Result · %". */
    facts = g_strdup_printf (_("%s · %s · %s"), period, kind_label (plenary_indicator_get_kind (self->indicator)), unit_name);
  else
    facts = g_strdup_printf ("%s · %s", period, kind_label (plenary_indicator_get_kind (self->indicator)));
  label = add_label (box, facts, "dim-label");
  gtk_widget_set_margin_bottom (label, 6);

  quote_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (quote_box, "indicator-quote");
  quote = g_strdup_printf ("“%s”", plenary_indicator_get_quote_for (self->indicator, language));
  label = add_label (GTK_BOX (quote_box), quote, "reading-text");
  if (language == PLENARY_LANGUAGE_EN)
    gtk_widget_add_css_class (label, "latin");
  if (place != NULL)
    add_label (GTK_BOX (quote_box), place, "caption");
  gtk_box_append (box, quote_box);

  {
    /* Changes go through the window's editor, in the indicator editor. */
    GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));

    gtk_widget_set_halign (edit, GTK_ALIGN_START);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "win.edit-indicator");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "s", plenary_indicator_get_id (self->indicator));
    gtk_widget_set_tooltip_text (edit, _("Correct this figure"));
    gtk_box_append (box, edit);
  }

  add_charts (self, box, report, language);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (box));
}

static void
plenary_indicator_card_dispose (GObject *object)
{
  PlenaryIndicatorCard *self = (PlenaryIndicatorCard *)object;

  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (plenary_indicator_card_parent_class)->dispose (object);
}

static void
plenary_indicator_card_class_init (PlenaryIndicatorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_indicator_card_dispose;
}

static void
plenary_indicator_card_init (PlenaryIndicatorCard *self)
{
}

GtkWidget *
plenary_indicator_card_new (PlenaryReport    *report,
                            PlenaryIndicator *indicator,
                            PlenaryLanguage   language)
{
  PlenaryIndicatorCard *self;

  g_return_val_if_fail (PLENARY_IS_REPORT (report), NULL);
  g_return_val_if_fail (PLENARY_IS_INDICATOR (indicator), NULL);

  self = g_object_new (PLENARY_TYPE_INDICATOR_CARD, NULL);
  self->indicator = g_object_ref (indicator);
  build (self, report, language);

  return GTK_WIDGET (self);
}

PlenaryIndicator *
plenary_indicator_card_get_indicator (PlenaryIndicatorCard *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_CARD (self), NULL);
  return self->indicator;
}

/* The value as shown, without markup: "6.8%", "CNY 333.4 billion". */
const char *
plenary_indicator_card_get_value_text (PlenaryIndicatorCard *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_CARD (self), NULL);
  return gtk_label_get_text (self->value_label);
}

guint
plenary_indicator_card_get_n_charts (PlenaryIndicatorCard *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_CARD (self), 0);
  return self->n_charts;
}
