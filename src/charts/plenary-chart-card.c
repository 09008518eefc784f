/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-card"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-chart-card.h"
#include "plenary-chart-details.h"
#include "plenary-chart-export.h"
#include "plenary-file-dialog.h"
#include "plenary-chart-notify.h"
#include "plenary-chart-print.h"
#include "plenary-review-guard.h"

/* A chart with its Chart / Table / Source pages and a menu to save, copy
 * and print it.  The Table and Source pages are built the first time
 * they are shown, and again after the language changes. */
struct _PlenaryChartCard
{
  GtkWidget           parent_instance;

  PlenaryChartSpec   *spec;
  PlenaryLanguage     language;
  PlenaryChartWidget *chart;
  GtkWidget          *table_page;
  GtkWidget          *source_page;
  gboolean            details_stale;

  /* Template children */
  GtkWidget          *box;
  GtkStack           *stack;
  GtkWidget          *header;
  GtkWidget          *switcher;
  GtkWidget          *present_button;
  GtkMenuButton      *menu_button;
  GtkToggleButton    *chart_button;
  GtkToggleButton    *table_button;
  GtkToggleButton    *source_button;
};

G_DEFINE_FINAL_TYPE (PlenaryChartCard, plenary_chart_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPEC,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A source row asks for the paragraph a quote comes from: the window's
 * action shows it, wherever the card is. */
static void
on_show_paragraph_cb (const char *paragraph_id,
                      gpointer    user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data), "win.show-paragraph", "s", paragraph_id);
}

static void
clear_page (GtkWidget *page)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (page)) != NULL)
    gtk_box_remove (GTK_BOX (page), child);
}

/* The chart draws its own title; a table or a source list needs one too,
 * or a page of tables would not say what each one is. */
static void
append_title (PlenaryChartCard *self,
              GtkWidget        *page)
{
  GtkWidget *label = gtk_label_new (plenary_chart_spec_get_title (self->spec, self->language));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 16);
  gtk_widget_set_margin_end (label, 16);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_box_append (GTK_BOX (page), label);
}

static void
build_details (PlenaryChartCard *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (self->details_stale)
    {
      clear_page (self->table_page);
      clear_page (self->source_page);
      self->details_stale = FALSE;
    }

  if (g_strcmp0 (name, "table") == 0 && gtk_widget_get_first_child (self->table_page) == NULL)
    {
      append_title (self, self->table_page);
      gtk_box_append (GTK_BOX (self->table_page), plenary_chart_table_new (self->spec, self->language));
    }
  else if (g_strcmp0 (name, "source") == 0 && gtk_widget_get_first_child (self->source_page) == NULL)
    {
      append_title (self, self->source_page);
      gtk_box_append (GTK_BOX (self->source_page),
                      plenary_chart_sources_new (self->spec, self->language, on_show_paragraph_cb, self));
    }
}

static void
on_stack_visible_child_cb (PlenaryChartCard *self)
{
  const char *name;

  /* The stack changes its visible child as it is taken apart. */
  if (self->table_page == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  name = gtk_stack_get_visible_child_name (self->stack);

  build_details (self);
  gtk_toggle_button_set_active (g_strcmp0 (name, "table") == 0 ? self->table_button
                                : g_strcmp0 (name, "source") == 0 ? self->source_button
                                : self->chart_button, TRUE);
}

/* Linked toggle buttons rather than a GtkStackSwitcher, whose buttons are
 * too wide for a card on a phone. */
static void
on_page_button_toggled_cb (PlenaryChartCard *self,
                           GtkToggleButton  *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->table_button)
    gtk_stack_set_visible_child_name (self->stack, "table");
  else if (button == self->source_button)
    gtk_stack_set_visible_child_name (self->stack, "source");
  else
    gtk_stack_set_visible_child_name (self->stack, "chart");
}

/* Returns: (transfer full): the chart as a texture at @scale, light theme */
GdkTexture *
plenary_chart_card_dup_texture (PlenaryChartCard *self,
                                double            scale)
{
  PlenaryChartExportOptions options;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  int width, height, stride;

  g_return_val_if_fail (PLENARY_IS_CHART_CARD (self), NULL);

  plenary_chart_export_options_init (&options, PLENARY_CHART_FORMAT_PNG, self->language);
  options.scale = scale;
  surface = plenary_chart_export_image (self->spec, &options);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* cairo's ARGB32 is GDK's default memory format: premultiplied BGRA on
   * little-endian machines, ARGB on big-endian ones. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  cairo_surface_destroy (surface);

  return texture;
}

typedef struct
{
  PlenaryChartCard   *card;
  PlenaryChartFormat  format;
  double              scale;
} SaveRequest;

static void
on_save_file_chosen_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  SaveRequest *request = user_data;
  PlenaryChartCard *self = request->card;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = plenary_file_dialog_finish (result, &error);
  PlenaryChartExportOptions options;

  if (file == NULL)
    plenary_chart_notify_error (GTK_WIDGET (self), _("Could not save the chart"), error);
  else
    {
      plenary_chart_export_options_init (&options, request->format, self->language);
      options.scale = request->scale;
      if (plenary_chart_export_to_file (self->spec, &options, file, NULL, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

          plenary_chart_notify (GTK_WIDGET (self), message);
        }
      else
        plenary_chart_notify_error (GTK_WIDGET (self), _("Could not save the chart"), error);
    }

  g_object_unref (request->card);
  g_free (request);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  SaveRequest *request;
  g_autofree char *file_name = NULL;
  g_autofree char *initial_name = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *filter_name;

  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;

  request = g_new0 (SaveRequest, 1);
  request->card = g_object_ref (self);
  request->scale = 2.0;
  if (g_str_has_prefix (target, "png"))
    {
      request->format = PLENARY_CHART_FORMAT_PNG;
      request->scale = CLAMP (g_ascii_strtod (target + 4, NULL), 1.0, 3.0);
      filter_name = _("PNG image");
    }
  else if (g_str_equal (target, "svg"))
    {
      request->format = PLENARY_CHART_FORMAT_SVG;
      filter_name = _("SVG image");
    }
  else
    {
      request->format = PLENARY_CHART_FORMAT_PDF;
      filter_name = _("PDF document");
    }

  file_name = plenary_chart_export_dup_file_name (self->spec, request->format);
  if (request->format == PLENARY_CHART_FORMAT_PNG && request->scale > 1)
    {
      /* growth-2019@2x.png, as image sets name their larger versions */
      g_autofree char *stem = g_strndup (file_name, strlen (file_name) - strlen (".png"));
      initial_name = g_strdup_printf ("%s@%gx.png", stem, request->scale);
    }
  else
    initial_name = g_strdup (file_name);

  filter = plenary_file_filter_new (filter_name, plenary_chart_format_get_mime_type (request->format),
                                    NULL);
  plenary_file_dialog_save (widget, _("Save Chart"), initial_name, filter, NULL,
                            on_save_file_chosen_cb, request);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (widget);
  g_autoptr(GdkTexture) texture = NULL;

  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;
  texture = plenary_chart_card_dup_texture (self, 2.0);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  plenary_chart_notify (widget, _("Chart copied"));
}

static void
on_print_failed_cb (GtkWidget    *parent,
                    const GError *error)
{
  plenary_chart_notify_error (parent, _("Could not print the chart"), error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (widget);

  if (!plenary_review_guard_check (widget, action_name, parameter))
    return;
  plenary_chart_print (widget, self->spec, self->language, on_print_failed_cb);
}

static void
plenary_chart_card_constructed (GObject *object)
{
  PlenaryChartCard *self = (PlenaryChartCard *)object;
  G_OBJECT_CLASS (plenary_chart_card_parent_class)->constructed (object);

  g_return_if_fail (self->spec != NULL);

  self->chart = PLENARY_CHART_WIDGET (plenary_chart_widget_new (self->spec));
  plenary_chart_widget_set_language (self->chart, self->language);
  gtk_widget_set_margin_start (GTK_WIDGET (self->chart), 4);
  gtk_widget_set_margin_end (GTK_WIDGET (self->chart), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->chart), 4);
  /* The chart is as high as its content; a taller card (its neighbour in
   * the row is taller) leaves the room below it, not inside the plot. */
  gtk_widget_set_valign (GTK_WIDGET (self->chart), GTK_ALIGN_START);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->chart), "chart", C_("chart card tab", "Chart"));

  self->table_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_stack_add_titled (self->stack, self->table_page, "table", _("Table"));
  self->source_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_stack_add_titled (self->stack, self->source_page, "source", _("Source"));
  gtk_stack_set_visible_child_name (self->stack, "chart");
}

static void
plenary_chart_card_dispose (GObject *object)
{
  PlenaryChartCard *self = (PlenaryChartCard *)object;

  /* The pages belong to the stack, which goes with the template. */
  self->chart = NULL;
  self->table_page = NULL;
  self->source_page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_CHART_CARD);
  g_clear_object (&self->spec);

  G_OBJECT_CLASS (plenary_chart_card_parent_class)->dispose (object);
}

static void
plenary_chart_card_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      g_value_set_object (value, self->spec);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_card_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      self->spec = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      plenary_chart_card_set_language (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The slideshow belongs to the window; the card only says where to start. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (widget);

  gtk_widget_activate_action (widget, "win.present-chart", "s",
                              plenary_chart_spec_get_id (self->spec));
}

/* Editing belongs to the window too: the builder and the editor's undo. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlenaryChartCard *self = PLENARY_CHART_CARD (widget);

  gtk_widget_activate_action (widget, g_str_equal (action_name, "chart.edit") ? "win.edit-chart" : "win.delete-chart",
                              "s", plenary_chart_spec_get_id (self->spec));
}

static void
plenary_chart_card_class_init (PlenaryChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plenary_chart_card_constructed;
  object_class->dispose = plenary_chart_card_dispose;
  object_class->get_property = plenary_chart_card_get_property;
  object_class->set_property = plenary_chart_card_set_property;

  properties[PROP_SPEC] =
    g_param_spec_object ("spec", NULL, NULL, PLENARY_TYPE_CHART_SPEC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, PLENARY_TYPE_LANGUAGE, PLENARY_LANGUAGE_ZH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/ui/plenary-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, header);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, switcher);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, present_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, chart_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryChartCard, source_button);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_button_toggled_cb);

  gtk_widget_class_install_action (widget_class, "chart.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "chart.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "chart.delete", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "chart.present", NULL, present_action);

  gtk_widget_class_set_css_name (widget_class, "plenary-chart-card");
}

static void
plenary_chart_card_init (PlenaryChartCard *self)
{
  self->language = plenary_language_from_locale ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
plenary_chart_card_new (PlenaryChartSpec *spec)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  return g_object_new (PLENARY_TYPE_CHART_CARD, "spec", spec, NULL);
}

PlenaryChartSpec *
plenary_chart_card_get_spec (PlenaryChartCard *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_CARD (self), NULL);
  return self->spec;
}

/* Returns: (transfer none): the drawing widget, for linked highlighting */
PlenaryChartWidget *
plenary_chart_card_get_chart (PlenaryChartCard *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_CARD (self), NULL);
  return self->chart;
}

PlenaryLanguage
plenary_chart_card_get_language (PlenaryChartCard *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_CARD (self), PLENARY_LANGUAGE_ZH);
  return self->language;
}

void
plenary_chart_card_set_language (PlenaryChartCard *self,
                                 PlenaryLanguage   language)
{
  g_return_if_fail (PLENARY_IS_CHART_CARD (self));

  if (self->language == language)
    return;

  self->language = language;
  if (self->chart != NULL && self->table_page != NULL)
    {
      plenary_chart_widget_set_language (self->chart, language);
      self->details_stale = TRUE;
      build_details (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* Shows the "chart", "table" or "source" page. */
void
plenary_chart_card_show_page (PlenaryChartCard *self,
                              const char       *name)
{
  g_return_if_fail (PLENARY_IS_CHART_CARD (self));
  gtk_stack_set_visible_child_name (self->stack, name);
}

/* Hides the card's own Chart/Table/Source buttons, for a page that
 * switches all its cards at once. */
void
plenary_chart_card_set_switcher_visible (PlenaryChartCard *self,
                                         gboolean          visible)
{
  g_return_if_fail (PLENARY_IS_CHART_CARD (self));
  gtk_widget_set_visible (self->switcher, visible);
  /* The buttons that stay keep to the end of the header. */
  gtk_widget_set_halign (self->header, visible ? GTK_ALIGN_FILL : GTK_ALIGN_END);
}
