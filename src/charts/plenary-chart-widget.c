/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-widget"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "model/plenary-content-strings.h"
#include "plenary-chart-render.h"
#include "plenary-chart-theme.h"
#include "plenary-chart-widget.h"

/* A chart on screen.  It draws through the same layout and painter as
 * every export, and hit-tests against that same layout, so that the bar
 * under the pointer is the bar that was drawn there.  Rows can be
 * highlighted from outside (linked selection), by hovering, and by moving
 * a keyboard focus between them with the arrow keys. */
struct _PlenaryChartWidget
{
  GtkWidget           parent_instance;

  PlenaryChartSpec   *spec;
  PlenaryLanguage     language;
  int                 highlighted_row;
  int                 hover_row;
  int                 focus_row;

  PlenaryChartTheme  *theme;
  PangoContext       *context;
  PlenaryChartLayout *layout;
};

G_DEFINE_FINAL_TYPE (PlenaryChartWidget, plenary_chart_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPEC,
  PROP_LANGUAGE,
  PROP_HIGHLIGHTED_ROW,
  N_PROPS
};

enum {
  ROW_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
n_rows (PlenaryChartWidget *self)
{
  return self->spec ? plenary_chart_spec_get_n_rows (self->spec) : 0;
}

static void
invalidate_layout (PlenaryChartWidget *self)
{
  g_clear_pointer (&self->layout, plenary_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Colours follow the style manager (dark, high contrast) and the text
 * colour follows GTK, so the chart matches the labels around it. */
static void
update_theme (PlenaryChartWidget *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  g_autoptr(PlenaryChartTheme) theme = NULL;
  PlenaryChartColor foreground;
  GdkRGBA color;

  if (high_contrast)
    theme = plenary_chart_theme_new_high_contrast (dark);
  else if (dark)
    theme = plenary_chart_theme_new_dark ();
  else
    theme = plenary_chart_theme_new_light ();

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
#endif

  foreground = (PlenaryChartColor) { color.red, color.green, color.blue, 1.0 };
  plenary_chart_theme_set_foreground (theme, &foreground);

  /* The card behind the chart is its background; panels are a tint of
   * the text colour so that they suit any card colour. */
  theme->paint_background = FALSE;
  theme->panel = foreground;
  theme->panel.alpha = high_contrast ? 0.1 : 0.05;
  theme->grid = foreground;
  theme->grid.alpha = high_contrast ? 0.45 : 0.14;

  /* CSS changes with every hover and focus; only a new colour counts. */
  if (self->theme != NULL && memcmp (self->theme, theme, sizeof *theme) == 0)
    return;

  g_clear_pointer (&self->theme, plenary_chart_theme_free);
  self->theme = g_steal_pointer (&theme);
  invalidate_layout (self);
}

static void
on_style_manager_changed_cb (AdwStyleManager    *manager,
                             GParamSpec         *pspec,
                             PlenaryChartWidget *self)
{
  update_theme (self);
}

static void
update_accessible (PlenaryChartWidget *self)
{
  g_autofree char *description = NULL;

  if (self->spec == NULL)
    return;

  description = plenary_chart_dup_description (self->spec, self->language);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plenary_chart_spec_get_title (self->spec, self->language),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Returns: (transfer none): the layout at the widget's current size */
PlenaryChartLayout *
plenary_chart_widget_get_layout (PlenaryChartWidget *self)
{
  int width, height;

  g_return_val_if_fail (PLENARY_IS_CHART_WIDGET (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (self->spec == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL
      && plenary_chart_layout_get_width (self->layout) == width
      && plenary_chart_layout_get_height (self->layout) == height)
    return self->layout;

  g_clear_pointer (&self->layout, plenary_chart_layout_free);
  if (self->theme == NULL)
    update_theme (self);
  if (self->context == NULL)
    self->context = plenary_chart_create_pango_context (self->language);
  self->layout = plenary_chart_layout_new (self->context, width, height, self->spec,
                                           self->language, self->theme);
  return self->layout;
}

static int
effective_highlight (PlenaryChartWidget *self)
{
  if (self->hover_row >= 0)
    return self->hover_row;
  if (gtk_widget_has_focus (GTK_WIDGET (self)) && self->focus_row >= 0)
    return self->focus_row;
  return self->highlighted_row;
}

static void
plenary_chart_widget_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (widget);
  PlenaryChartLayout *layout = plenary_chart_widget_get_layout (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  plenary_chart_layout_draw (layout, cr, effective_highlight (self),
                             gtk_widget_has_visible_focus (widget) ? self->focus_row : -1);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
plenary_chart_widget_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
plenary_chart_widget_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      double width = for_size > 0 ? for_size : 560;
      int height = self->spec ? (int) plenary_chart_preferred_height (self->spec, width) : 200;

      *minimum = *natural = height;
    }
}

static void
plenary_chart_widget_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (widget);

  GTK_WIDGET_CLASS (plenary_chart_widget_parent_class)->css_changed (widget, change);
  update_theme (self);
}

static void
set_focus_row (PlenaryChartWidget *self,
               int                 row)
{
  int count = (int) n_rows (self);

  row = count > 0 ? CLAMP (row, 0, count - 1) : -1;
  if (row == self->focus_row)
    return;
  self->focus_row = row;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              PlenaryChartWidget       *self)
{
  PlenaryChartLayout *layout = plenary_chart_widget_get_layout (self);
  int row = layout ? plenary_chart_layout_hit_row (layout, x, y) : -1;

  if (row != self->hover_row)
    {
      self->hover_row = row;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), row >= 0 ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             PlenaryChartWidget       *self)
{
  if (self->hover_row >= 0)
    {
      self->hover_row = -1;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_click_released_cb (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      PlenaryChartWidget *self)
{
  PlenaryChartLayout *layout = plenary_chart_widget_get_layout (self);
  int row = layout ? plenary_chart_layout_hit_row (layout, x, y) : -1;

  if (row < 0)
    return;

  set_focus_row (self, row);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ROW_ACTIVATED], 0, (guint) row);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PlenaryChartWidget    *self)
{
  int count = (int) n_rows (self);

  if (count == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (self->focus_row <= 0)
        return FALSE; /* let focus leave the chart */
      set_focus_row (self, self->focus_row - 1);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (self->focus_row >= count - 1)
        return FALSE;
      set_focus_row (self, self->focus_row + 1);
      return TRUE;

    case GDK_KEY_Home:
      set_focus_row (self, 0);
      return TRUE;

    case GDK_KEY_End:
      set_focus_row (self, count - 1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (self->focus_row < 0)
        set_focus_row (self, 0);
      g_signal_emit (self, signals[ROW_ACTIVATED], 0, (guint) self->focus_row);
      return TRUE;

    default:
      return FALSE;
    }
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   PlenaryChartWidget      *self)
{
  if (self->focus_row < 0)
    set_focus_row (self, self->highlighted_row >= 0 ? self->highlighted_row : 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   PlenaryChartWidget      *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The tooltip of a row: each value with its qualifier in words, its
 * period, and the sentence of the report it comes from. */
static char *
dup_tooltip_markup (PlenaryChartWidget *self,
                    guint               row)
{
  GString *out = g_string_new (NULL);
  guint n_series = plenary_chart_spec_get_n_series (self->spec);
  g_autofree char *row_label = g_markup_escape_text (plenary_chart_spec_get_row_label (self->spec, row,
                                                                                        self->language), -1);

  g_string_append_printf (out, "<b>%s</b>", row_label);
  for (guint series = 0; series < n_series; series++)
    {
      PlenaryIndicator *indicator = plenary_chart_spec_get_value (self->spec, row, series);
      const char *series_label = n_series > 1
                                 ? plenary_chart_spec_get_series_label (self->spec, series, self->language)
                                 : NULL;
      g_autofree char *value = plenary_indicator_dup_display (indicator, self->language);
      g_autofree char *period = plenary_indicator_dup_period_label (indicator, self->language);
      g_autofree char *text = NULL;
      g_autofree char *quote = NULL;

      text = g_markup_printf_escaped ("\n%s%s%s  <span alpha=\"70%%\">%s</span>",
                                      series_label ? series_label : "",
                                      series_label ? plenary_content_get (self->language, PLENARY_CONTENT_LABEL_SEPARATOR) : "",
                                      value, period);
      g_string_append (out, text);
      quote = g_markup_printf_escaped ("\n<i>“%s”</i>", plenary_indicator_get_quote (indicator));
      g_string_append (out, quote);
    }

  return g_string_free (out, FALSE);
}

static gboolean
plenary_chart_widget_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_tooltip,
                                    GtkTooltip *tooltip)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (widget);
  PlenaryChartLayout *layout = plenary_chart_widget_get_layout (self);
  g_autofree char *markup = NULL;
  PlenaryChartRect bounds;
  int row;

  if (layout == NULL)
    return FALSE;

  row = keyboard_tooltip ? self->focus_row : plenary_chart_layout_hit_row (layout, x, y);
  if (row < 0 || (guint) row >= n_rows (self))
    return FALSE;

  markup = dup_tooltip_markup (self, (guint) row);
  gtk_tooltip_set_markup (tooltip, markup);
  if (plenary_chart_layout_get_row_bounds (layout, (guint) row, &bounds))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                (int) bounds.x, (int) bounds.y,
                                (int) MAX (bounds.width, 1), (int) MAX (bounds.height, 1) });
  return TRUE;
}

static void
plenary_chart_widget_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  /* The layout is rebuilt lazily for the new size. */
  gtk_widget_queue_draw (widget);
}

static void
plenary_chart_widget_dispose (GObject *object)
{
  PlenaryChartWidget *self = (PlenaryChartWidget *)object;

  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (),
                                        on_style_manager_changed_cb, self);
  g_clear_pointer (&self->layout, plenary_chart_layout_free);
  g_clear_object (&self->context);
  g_clear_object (&self->spec);

  G_OBJECT_CLASS (plenary_chart_widget_parent_class)->dispose (object);
}

static void
plenary_chart_widget_finalize (GObject *object)
{
  PlenaryChartWidget *self = (PlenaryChartWidget *)object;

  g_clear_pointer (&self->theme, plenary_chart_theme_free);

  G_OBJECT_CLASS (plenary_chart_widget_parent_class)->finalize (object);
}

static void
plenary_chart_widget_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      g_value_set_object (value, self->spec);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_HIGHLIGHTED_ROW:
      g_value_set_int (value, self->highlighted_row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_widget_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PlenaryChartWidget *self = PLENARY_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      self->spec = g_value_dup_object (value);
      update_accessible (self);
      break;
    case PROP_LANGUAGE:
      plenary_chart_widget_set_language (self, g_value_get_enum (value));
      break;
    case PROP_HIGHLIGHTED_ROW:
      plenary_chart_widget_set_highlighted_row (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_widget_class_init (PlenaryChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_chart_widget_dispose;
  object_class->finalize = plenary_chart_widget_finalize;
  object_class->get_property = plenary_chart_widget_get_property;
  object_class->set_property = plenary_chart_widget_set_property;

  widget_class->snapshot = plenary_chart_widget_snapshot;
  widget_class->measure = plenary_chart_widget_measure;
  widget_class->get_request_mode = plenary_chart_widget_get_request_mode;
  widget_class->css_changed = plenary_chart_widget_css_changed;
  widget_class->query_tooltip = plenary_chart_widget_query_tooltip;
  widget_class->size_allocate = plenary_chart_widget_size_allocate;

  properties[PROP_SPEC] =
    g_param_spec_object ("spec", NULL, NULL, PLENARY_TYPE_CHART_SPEC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, PLENARY_TYPE_LANGUAGE, PLENARY_LANGUAGE_ZH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHTED_ROW] =
    g_param_spec_int ("highlighted-row", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryChartWidget::row-activated:
   * @row: the data row clicked, or chosen with Enter or Space
   */
  signals[ROW_ACTIVATED] =
    g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "plenary-chart");
}

static void
plenary_chart_widget_init (PlenaryChartWidget *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *controller;
  GtkGesture *click;

  self->language = plenary_language_from_locale ();
  self->highlighted_row = -1;
  self->hover_row = -1;
  self->focus_row = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_manager_changed_cb), self, 0);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_manager_changed_cb), self, 0);
}

GtkWidget *
plenary_chart_widget_new (PlenaryChartSpec *spec)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (spec), NULL);
  return g_object_new (PLENARY_TYPE_CHART_WIDGET, "spec", spec, NULL);
}

PlenaryChartSpec *
plenary_chart_widget_get_spec (PlenaryChartWidget *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_WIDGET (self), NULL);
  return self->spec;
}

PlenaryLanguage
plenary_chart_widget_get_language (PlenaryChartWidget *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_WIDGET (self), PLENARY_LANGUAGE_ZH);
  return self->language;
}

void
plenary_chart_widget_set_language (PlenaryChartWidget *self,
                                   PlenaryLanguage     language)
{
  g_return_if_fail (PLENARY_IS_CHART_WIDGET (self));

  if (self->language == language)
    return;

  self->language = language;
  g_clear_object (&self->context);
  invalidate_layout (self);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

int
plenary_chart_widget_get_highlighted_row (PlenaryChartWidget *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_WIDGET (self), -1);
  return self->highlighted_row;
}

/* Highlights @row in the accent colour, for a selection made elsewhere
 * (a table, a list); -1 for none. */
void
plenary_chart_widget_set_highlighted_row (PlenaryChartWidget *self,
                                          int                 row)
{
  g_return_if_fail (PLENARY_IS_CHART_WIDGET (self));

  if (row < 0 || (guint) row >= n_rows (self))
    row = -1;
  if (self->highlighted_row == row)
    return;

  self->highlighted_row = row;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTED_ROW]);
}

/* The row with the keyboard focus, or -1. */
int
plenary_chart_widget_get_focus_row (PlenaryChartWidget *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_WIDGET (self), -1);
  return self->focus_row;
}
