/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-indicator-editor"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "plenary-selection-parse.h"
#include "plenary-indicator-editor.h"

/* The fields of one indicator, each change a command through the editor
 * as soon as it is applied (Enter in a row, a choice in a list), so that
 * Undo takes back one field at a time. A change the loader's rules
 * refuse leaves the report as it was and says why above the fields. */

typedef struct
{
  const char *name;    /* as the report's file spells it; NULL: none */
  const char *label;   /* marked for gettext */
} Choice;

static const Choice qualifiers[] = {
  { NULL, N_("None") },
  { "more-than", N_("More Than") },
  { "at-least", N_("At Least") },
  { "at-most", N_("At Most") },
  { "about", N_("About") },
  { "aim", N_("Aiming For") },
};

static const Choice kinds[] = {
  { "actual", N_("Result") },
  { "target", N_("Target") },
  { "baseline", N_("Baseline") },
};

static const Choice measures[] = {
  { "level", N_("Level") },
  { "growth", N_("Growth") },
  { "share", N_("Share") },
  { "change", N_("Change") },
  { "rank", N_("Rank") },
};

struct _PlenaryIndicatorEditor
{
  AdwWindow         parent_instance;

  PlenaryEditor    *editor;
  PlenaryIndicator *indicator;
  PlenaryLanguage   language;
  GPtrArray        *unit_ids;
  gboolean          loading;
  char             *error;

  GtkLabel         *error_label;
  AdwEntryRow      *label_zh;
  AdwEntryRow      *label_en;
  AdwEntryRow      *value;
  AdwComboRow      *unit;
  AdwComboRow      *qualifier;
  AdwEntryRow      *period;
  AdwComboRow      *kind;
  AdwComboRow      *measure;
  AdwEntryRow      *category;
  GtkSwitch        *headline;
  GtkLabel         *quote;
};

G_DEFINE_FINAL_TYPE (PlenaryIndicatorEditor, plenary_indicator_editor, ADW_TYPE_WINDOW)

static void
set_error (PlenaryIndicatorEditor *self,
           const char             *message)
{
  /* The loader's words without the JSON path in front: the person knows
   * which field it is. */
  if (message != NULL && message[0] == '$' && strstr (message, ": ") != NULL)
    message = strstr (message, ": ") + 2;

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#if GTK_CHECK_VERSION (4, 14, 0)
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (self->error_label), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
G_GNUC_END_IGNORE_DEPRECATIONS
}

static gboolean
apply (PlenaryIndicatorEditor *self,
       PlenaryEditCommand     *command)
{
  g_autoptr(PlenaryEditCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return TRUE;
  if (!plenary_editor_apply (self->editor, command, &error))
    {
      set_error (self, error->message);
      return FALSE;
    }
  set_error (self, NULL);
  return TRUE;
}

static gboolean
is_headline (PlenaryIndicatorEditor *self)
{
  GPtrArray *headlines = plenary_report_get_headlines (plenary_editor_get_report (self->editor));

  for (guint i = 0; i < headlines->len; i++)
    if (((PlenaryHeadline *) g_ptr_array_index (headlines, i))->indicator == self->indicator)
      return TRUE;
  return FALSE;
}

/**
 * plenary_indicator_editor_set_headline:
 *
 * Puts the figure among the overview's headlines (at the end) or takes
 * it out, as one Set Headlines command.
 *
 * Returns: whether the report took the change
 */
gboolean
plenary_indicator_editor_set_headline (PlenaryIndicatorEditor *self,
                                       gboolean                headline)
{
  GPtrArray *headlines;
  g_autoptr(GArray) drafts = g_array_new (FALSE, TRUE, sizeof (PlenaryHeadlineDraft));

  g_return_val_if_fail (PLENARY_IS_INDICATOR_EDITOR (self), FALSE);

  if (self->loading || is_headline (self) == !!headline)
    return TRUE;
  headlines = plenary_report_get_headlines (plenary_editor_get_report (self->editor));
  for (guint i = 0; i < headlines->len; i++)
    {
      PlenaryHeadline *line = g_ptr_array_index (headlines, i);
      PlenaryHeadlineDraft draft = { plenary_indicator_get_id (line->indicator),
                                     line->change ? plenary_indicator_get_id (line->change) : NULL };

      if (line->indicator != self->indicator)
        g_array_append_val (drafts, draft);
    }
  if (headline)
    {
      PlenaryHeadlineDraft draft = { plenary_indicator_get_id (self->indicator), NULL };
      g_array_append_val (drafts, draft);
    }
  return apply (self, plenary_edit_command_new_set_headlines ((PlenaryHeadlineDraft *) (gpointer) drafts->data,
                                                              drafts->len));
}

static void
on_headline_cb (PlenaryIndicatorEditor *self)
{
  if (!self->loading && !plenary_indicator_editor_set_headline (self, gtk_switch_get_active (self->headline)))
    {
      self->loading = TRUE;
      gtk_switch_set_active (self->headline, is_headline (self));
      self->loading = FALSE;
    }
}

static void
load (PlenaryIndicatorEditor *self)
{
  PlenaryIndicator *ind = self->indicator;
  PlenaryUnit *unit = plenary_indicator_get_unit (ind);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *en = plenary_indicator_get_label (ind, PLENARY_LANGUAGE_EN);
  const char *zh = plenary_indicator_get_label (ind, PLENARY_LANGUAGE_ZH);
  g_autofree char *quote = g_strdup_printf ("“%s”", plenary_indicator_get_quote (ind));
  g_autofree char *title = NULL;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->label_zh), zh ? zh : "");
  gtk_editable_set_text (GTK_EDITABLE (self->label_en), en && g_strcmp0 (en, zh) != 0 ? en : "");
  /* The shortest text that reads back as the same double, as the writer does. */
  for (int digits = 1; digits <= 17; digits++)
    {
      g_snprintf (buffer, sizeof buffer, "%.*g", digits, plenary_indicator_get_value (ind));
      if (g_ascii_strtod (buffer, NULL) == plenary_indicator_get_value (ind))
        break;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->value), buffer);
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (unit != NULL && g_strcmp0 (g_ptr_array_index (self->unit_ids, i), plenary_unit_get_id (unit)) == 0)
      adw_combo_row_set_selected (self->unit, i);
  adw_combo_row_set_selected (self->qualifier, plenary_indicator_get_qualifier (ind));
  gtk_editable_set_text (GTK_EDITABLE (self->period), plenary_indicator_get_period (ind));
  adw_combo_row_set_selected (self->kind, plenary_indicator_get_kind (ind));
  adw_combo_row_set_selected (self->measure, plenary_indicator_get_measure (ind));
  gtk_editable_set_text (GTK_EDITABLE (self->category), plenary_indicator_get_category (ind));
  gtk_label_set_text (self->quote, quote);
  gtk_switch_set_active (self->headline, is_headline (self));
  if (unit != NULL)
    {
      g_autofree char *scale = g_strdup_printf (_("Scale: × %s"),
                                                g_ascii_dtostr (buffer, sizeof buffer, plenary_unit_get_scale (unit)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->unit), scale);
    }
  title = g_strdup_printf (_("Edit “%s”"), plenary_indicator_get_label (ind, self->language));
  gtk_window_set_title (GTK_WINDOW (self), title);
  self->loading = FALSE;
}

static void
on_editor_changed_cb (PlenaryIndicatorEditor *self)
{
  PlenaryReport *report = plenary_editor_get_report (self->editor);

  /* Undone away, or removed from the queue behind this window. */
  if (plenary_report_find_indicator (report, plenary_indicator_get_id (self->indicator)) != self->indicator)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  load (self);
}

gboolean
plenary_indicator_editor_apply_text (PlenaryIndicatorEditor *self,
                                     PlenaryIndicatorField   field,
                                     const char             *text)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_EDITOR (self), FALSE);
  return apply (self, plenary_edit_command_new_set_indicator_text (plenary_indicator_get_id (self->indicator),
                                                                   field, text));
}

/* Returns: whether @text is a number the report accepts */
gboolean
plenary_indicator_editor_apply_value (PlenaryIndicatorEditor *self,
                                      const char             *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;
  double value;

  g_return_val_if_fail (PLENARY_IS_INDICATOR_EDITOR (self), FALSE);

  value = g_ascii_strtod (stripped, &end);
  if (*stripped == '\0' || end == NULL || *end != '\0')
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number: write it as 6.8 or -12."), stripped);
      set_error (self, message);
      return FALSE;
    }
  if (value == plenary_indicator_get_value (self->indicator))
    return TRUE;
  return apply (self, plenary_edit_command_new_set_indicator_value (plenary_indicator_get_id (self->indicator), value));
}

static void
on_entry_apply_cb (AdwEntryRow            *row,
                   PlenaryIndicatorEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (row == self->value)
    plenary_indicator_editor_apply_value (self, text);
  else
    plenary_indicator_editor_apply_text (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "field")), text);
}

static void
on_combo_selected_cb (AdwComboRow            *row,
                      GParamSpec             *pspec,
                      PlenaryIndicatorEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  PlenaryIndicatorField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "field"));
  const char *name = NULL;

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (row == self->unit)
    name = g_ptr_array_index (self->unit_ids, selected);
  else if (row == self->qualifier)
    name = qualifiers[selected].name;
  else if (row == self->kind)
    name = kinds[selected].name;
  else
    name = measures[selected].name;
  plenary_indicator_editor_apply_text (self, field, name);
}

static AdwEntryRow *
add_entry (PlenaryIndicatorEditor *self,
           AdwPreferencesGroup    *group,
           const char             *title,
           PlenaryIndicatorField   field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "field", GINT_TO_POINTER (field));
  g_signal_connect (row, "apply", G_CALLBACK (on_entry_apply_cb), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_apply_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo (PlenaryIndicatorEditor *self,
           AdwPreferencesGroup    *group,
           const char             *title,
           PlenaryIndicatorField   field,
           const Choice           *choices,
           guint                   n_choices,
           GtkStringList          *names)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = names ? g_object_ref (names) : gtk_string_list_new (NULL);

  for (guint i = 0; choices != NULL && i < n_choices; i++)
    gtk_string_list_append (list, _(choices[i].label));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  g_object_set_data (G_OBJECT (row), "field", GINT_TO_POINTER (field));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static void
build (PlenaryIndicatorEditor *self)
{
  PlenaryReport *report = plenary_editor_get_report (self->editor);
  GPtrArray *units = plenary_report_get_units (report);
  g_autoptr(GtkStringList) unit_names = gtk_string_list_new (NULL);
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *labels = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *figure = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *source = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  for (guint i = 0; i < units->len; i++)
    {
      PlenaryUnit *unit = g_ptr_array_index (units, i);
      const char *en = plenary_unit_get_en (unit);
      g_autofree char *name = en && *en && g_strcmp0 (en, plenary_unit_get_zh (unit)) != 0
                              ? g_strdup_printf ("%s · %s", plenary_unit_get_zh (unit), en)
                                        : g_strdup (plenary_unit_get_zh (unit));

      gtk_string_list_append (unit_names, name);
      g_ptr_array_add (self->unit_ids, g_strdup (plenary_unit_get_id (unit)));
    }

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Error"), -1);

  adw_preferences_group_set_title (labels, _("Labels"));
  self->label_zh = add_entry (self, labels, _("_Chinese"), PLENARY_INDICATOR_FIELD_LABEL_ZH);
  self->label_en = add_entry (self, labels, _("_English"), PLENARY_INDICATOR_FIELD_LABEL_EN);

  adw_preferences_group_set_title (figure, _("Figure"));
  self->value = add_entry (self, figure, _("_Value"), 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->value), "numeric");
  self->unit = add_combo (self, figure, _("_Unit"), PLENARY_INDICATOR_FIELD_UNIT, NULL, 0, unit_names);
  adw_combo_row_set_use_subtitle (self->unit, FALSE);
  self->qualifier = add_combo (self, figure, _("_Qualifier"), PLENARY_INDICATOR_FIELD_QUALIFIER,
                               qualifiers, G_N_ELEMENTS (qualifiers), NULL);
  self->period = add_entry (self, figure, _("_Period"), PLENARY_INDICATOR_FIELD_PERIOD);
  self->kind = add_combo (self, figure, _("_Kind"), PLENARY_INDICATOR_FIELD_KIND, kinds, G_N_ELEMENTS (kinds), NULL);
  self->measure = add_combo (self, figure, _("_Measure"), PLENARY_INDICATOR_FIELD_MEASURE,
                             measures, G_N_ELEMENTS (measures), NULL);
  self->category = add_entry (self, figure, _("C_ategory"), PLENARY_INDICATOR_FIELD_CATEGORY);

  {
    GtkWidget *row = adw_action_row_new ();

    self->headline = GTK_SWITCH (gtk_switch_new ());
    gtk_widget_set_valign (GTK_WIDGET (self->headline), GTK_ALIGN_CENTER);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Headline on the Overview"));
    adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->headline));
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->headline));
    g_signal_connect_swapped (self->headline, "notify::active", G_CALLBACK (on_headline_cb), self);
    adw_preferences_group_add (figure, row);
  }

  adw_preferences_group_set_title (source, _("Sentence"));
  self->quote = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->quote, TRUE);
  gtk_label_set_wrap_mode (self->quote, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->quote, 0);
  gtk_label_set_selectable (self->quote, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->quote), "reading-text");
  adw_preferences_group_add (source, GTK_WIDGET (self->quote));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), labels);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), figure);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), source);
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (view), header);
  gtk_box_append (GTK_BOX (view), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (view), page);
  adw_window_set_content (ADW_WINDOW (self), view);
}

static void
plenary_indicator_editor_dispose (GObject *object)
{
  PlenaryIndicatorEditor *self = PLENARY_INDICATOR_EDITOR (object);

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (plenary_indicator_editor_parent_class)->dispose (object);
}

static void
plenary_indicator_editor_finalize (GObject *object)
{
  PlenaryIndicatorEditor *self = PLENARY_INDICATOR_EDITOR (object);

  g_ptr_array_unref (self->unit_ids);
  g_free (self->error);

  G_OBJECT_CLASS (plenary_indicator_editor_parent_class)->finalize (object);
}

static void
plenary_indicator_editor_class_init (PlenaryIndicatorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_indicator_editor_dispose;
  object_class->finalize = plenary_indicator_editor_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
plenary_indicator_editor_init (PlenaryIndicatorEditor *self)
{
  self->unit_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/* Returns: (transfer none): the window, shown over @parent's window */
PlenaryIndicatorEditor *
plenary_indicator_editor_present (GtkWidget        *parent,
                                  PlenaryEditor    *editor,
                                  PlenaryIndicator *indicator,
                                  PlenaryLanguage   language)
{
  PlenaryIndicatorEditor *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), NULL);
  g_return_val_if_fail (PLENARY_IS_INDICATOR (indicator), NULL);

  self = g_object_new (PLENARY_TYPE_INDICATOR_EDITOR, NULL);
  self->editor = g_object_ref (editor);
  self->indicator = g_object_ref (indicator);
  self->language = language;
  build (self);
  load (self);
  g_signal_connect_swapped (editor, "changed", G_CALLBACK (on_editor_changed_cb), self);

  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

PlenaryIndicator *
plenary_indicator_editor_get_indicator (PlenaryIndicatorEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_EDITOR (self), NULL);
  return self->indicator;
}

/* Returns: (nullable): the last refusal, shown above the fields */
const char *
plenary_indicator_editor_get_error (PlenaryIndicatorEditor *self)
{
  g_return_val_if_fail (PLENARY_IS_INDICATOR_EDITOR (self), NULL);
  return self->error;
}

static char *
new_id (PlenaryReport *report,
        const char    *paragraph_id)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-added-%u", paragraph_id, n);

      if (plenary_report_find_indicator (report, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* A paragraph with English text needs the quote in English too.  The
 * clause of the English text that writes the selection's number as it is
 * written in Chinese stands in for it; failing that, the whole English
 * paragraph, which the reviewer narrows down (the figure is unreviewed). */
static char *
dup_english_quote (const char *text_en,
                   const char *number)
{
  g_autofree char *digits = NULL;
  const char *found, *start, *end;
  gsize len = 0;

  while (g_ascii_isdigit (number[len]) || number[len] == '.' || number[len] == ',')
    len++;
  while (len > 0 && !g_ascii_isdigit (number[len - 1]))
    len--;
  digits = g_strndup (number, len);
  found = len > 0 ? strstr (text_en, digits) : NULL;
  if (found == NULL)
    return g_strdup (text_en);

  /* A comma, semicolon or full stop before a space ends a clause; one
   * inside a number does not. */
  for (start = found; start > text_en; start--)
    if (strchr (",;.", start[-1]) != NULL && start[0] == ' ')
      break;
  while (*start == ' ')
    start++;
  for (end = found + len; *end != '\0'; end++)
    if (strchr (",;.", *end) != NULL && (end[1] == ' ' || end[1] == '\0'))
      break;
  return g_strndup (start, end - start);
}

/**
 * plenary_indicator_add_from_text:
 * @selection: words of the paragraph's text
 *
 * Adds an indicator quoting @selection, its value and unit read from
 * it, as one command. It is left unreviewed, so that the queue asks for
 * its labels to be checked.
 *
 * Returns: (transfer none) (nullable): the new indicator
 */
PlenaryIndicator *
plenary_indicator_add_from_text (PlenaryEditor  *editor,
                                 const char     *paragraph_id,
                                 const char     *selection,
                                 GError        **error)
{
  PlenaryReport *report;
  PlenaryParagraph *paragraph;
  PlenarySelectionValue parsed;
  PlenaryIndicatorDraft draft = { 0, };
  PlenaryUnit *unit;
  GPtrArray *siblings;
  g_autofree char *id = NULL;
  g_autofree char *period = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *label = NULL;
  g_autofree char *quote_en = NULL;
  g_autoptr(PlenaryEditCommand) command = NULL;
  const char *number;

  g_return_val_if_fail (PLENARY_IS_EDITOR (editor), NULL);
  g_return_val_if_fail (paragraph_id != NULL && selection != NULL, NULL);

  report = plenary_editor_get_report (editor);
  paragraph = plenary_report_find_paragraph (report, paragraph_id);
  quote = g_strstrip (g_strdup (selection));
  if (paragraph == NULL || !plenary_selection_parse (quote, &parsed))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The selection has no number to add as an indicator."));
      return NULL;
    }

  unit = plenary_selection_match_unit (plenary_report_get_units (report), parsed.unit_text);
  if (unit == NULL)
    unit = plenary_report_find_unit (report, "个");
  if (unit == NULL && plenary_report_get_units (report)->len > 0)
    unit = g_ptr_array_index (plenary_report_get_units (report), 0);

  /* The words before the number name it; the whole selection if none. */
  number = quote;
  while (*number != '\0' && !g_ascii_isdigit (*number))
    number++;
  label = g_strstrip (g_strndup (quote, number - quote));
  if (*label == '\0' || g_utf8_strlen (label, -1) < 2)
    {
      g_free (label);
      label = g_strdup (quote);
    }

  siblings = plenary_paragraph_get_indicators (paragraph);
  id = new_id (report, paragraph_id);
  period = g_strdup_printf ("%u", plenary_report_get_review_year (report));
  draft.id = id;
  draft.label_zh = label;
  /* The file needs an English label: the Chinese one stands in for it
   * until someone writes it, and the queue lists such figures under
   * "Labels without English". */
  draft.label_en = label;
  draft.value = parsed.value;
  draft.unit = unit ? plenary_unit_get_id (unit) : "";
  draft.period = period;
  draft.kind = "actual";
  draft.measure = parsed.measure ? parsed.measure : "level";
  draft.category = siblings && siblings->len > 0
                   ? plenary_indicator_get_category (g_ptr_array_index (siblings, 0)) : "economy";
  draft.paragraph = paragraph_id;
  draft.quote = quote;
  if (plenary_paragraph_get_text_en (paragraph) != NULL)
    quote_en = dup_english_quote (plenary_paragraph_get_text_en (paragraph), number);
  draft.quote_en = quote_en;
  draft.reviewed = FALSE;

  command = plenary_edit_command_new_add_indicator (&draft, g_list_model_get_n_items (plenary_report_get_indicators (report)));
  plenary_selection_value_clear (&parsed);
  if (!plenary_editor_apply (editor, command, error))
    return NULL;
  return plenary_report_find_indicator (report, id);
}
