/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-spec"

#include "plenary-chart-spec.h"

/* A chart as the report defines it: its type, titles, and the indicators
 * it shows.  Indicators form rows of n_series values each, in order: a
 * grouped bar lists actual, target, actual, target…; a ramp lists before,
 * after, before, after…; every other type has one value a row. */
struct _PlenaryChartSpec
{
  GObject             parent_instance;
  char               *id;
  PlenaryChartType    type;
  char               *title_zh;
  char               *title_en;
  PlenaryOutlineNode *section;
  GPtrArray          *indicators;
  GPtrArray          *series_labels; /* zh, en, zh, en… */
  GPtrArray          *row_labels;    /* zh, en, zh, en… or empty */
  char               *counts_zh;     /* what a chart of counts counts, or NULL */
  char               *counts_en;
};

G_DEFINE_FINAL_TYPE (PlenaryChartSpec, plenary_chart_spec, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE_ZH,
  PROP_TITLE_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const type_names[] = {
  "bar", "grouped-bar", "diverging-bar", "share", "ramp", "big-number",
};

static void
plenary_chart_spec_finalize (GObject *object)
{
  PlenaryChartSpec *self = (PlenaryChartSpec *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title_zh, g_free);
  g_clear_pointer (&self->title_en, g_free);
  g_clear_object (&self->section);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->series_labels, g_ptr_array_unref);
  g_clear_pointer (&self->row_labels, g_ptr_array_unref);
  g_clear_pointer (&self->counts_zh, g_free);
  g_clear_pointer (&self->counts_en, g_free);

  G_OBJECT_CLASS (plenary_chart_spec_parent_class)->finalize (object);
}

static void
plenary_chart_spec_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlenaryChartSpec *self = PLENARY_CHART_SPEC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE_ZH:
      g_value_set_string (value, self->title_zh);
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, self->title_en);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_spec_class_init (PlenaryChartSpecClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = plenary_chart_spec_finalize;
  object_class->get_property = plenary_chart_spec_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_ZH] = g_param_spec_string ("title-zh", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_chart_spec_init (PlenaryChartSpec *self)
{
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->series_labels = g_ptr_array_new_with_free_func (g_free);
  self->row_labels = g_ptr_array_new_with_free_func (g_free);
}

PlenaryChartSpec *
plenary_chart_spec_new (const char         *id,
                        PlenaryChartType    type,
                        const char         *title_zh,
                        const char         *title_en,
                        PlenaryOutlineNode *section)
{
  PlenaryChartSpec *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (section), NULL);

  self = g_object_new (PLENARY_TYPE_CHART_SPEC, NULL);
  self->id = g_strdup (id);
  self->type = type;
  self->title_zh = g_strdup (title_zh);
  self->title_en = g_strdup (title_en);
  self->section = g_object_ref (section);
  return self;
}

gboolean
plenary_chart_type_parse (const char       *text,
                          PlenaryChartType *out_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_strcmp0 (text, type_names[i]) == 0)
      {
        *out_type = (PlenaryChartType)i;
        return TRUE;
      }
  return FALSE;
}

/* How many values make one row of a chart of @type. */
guint
plenary_chart_type_series_count (PlenaryChartType type)
{
  return type == PLENARY_CHART_GROUPED_BAR || type == PLENARY_CHART_RAMP ? 2 : 1;
}

void
plenary_chart_spec_add_indicator (PlenaryChartSpec *self,
                                  PlenaryIndicator *indicator)
{
  g_return_if_fail (PLENARY_IS_CHART_SPEC (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (indicator));
  g_ptr_array_add (self->indicators, g_object_ref (indicator));
}

void
plenary_chart_spec_add_series (PlenaryChartSpec *self,
                               const char       *zh,
                               const char       *en)
{
  g_return_if_fail (PLENARY_IS_CHART_SPEC (self));
  g_ptr_array_add (self->series_labels, g_strdup (zh));
  g_ptr_array_add (self->series_labels, g_strdup (en));
}

void
plenary_chart_spec_add_row_label (PlenaryChartSpec *self,
                                  const char       *zh,
                                  const char       *en)
{
  g_return_if_fail (PLENARY_IS_CHART_SPEC (self));
  g_ptr_array_add (self->row_labels, g_strdup (zh));
  g_ptr_array_add (self->row_labels, g_strdup (en));
}

const char *
plenary_chart_spec_get_id (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);
  return self->id;
}

PlenaryChartType
plenary_chart_spec_get_chart_type (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), PLENARY_CHART_BAR);
  return self->type;
}

const char *
plenary_chart_spec_get_title (PlenaryChartSpec *self,
                              PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);
  return plenary_language_pick (language, self->title_zh, self->title_en);
}

/* A chart whose unit is a bare counter (个, 家) names the one kind of
 * thing its rows count, so that its subtitle can say "Number of projects". */
void
plenary_chart_spec_set_counts (PlenaryChartSpec *self,
                               const char       *zh,
                               const char       *en)
{
  g_return_if_fail (PLENARY_IS_CHART_SPEC (self));

  g_free (self->counts_zh);
  g_free (self->counts_en);
  self->counts_zh = g_strdup (zh);
  self->counts_en = g_strdup (en);
}

const char *
plenary_chart_spec_get_counts (PlenaryChartSpec *self,
                               PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);
  if (self->counts_zh == NULL)
    return NULL;
  return plenary_language_pick (language, self->counts_zh, self->counts_en);
}

PlenaryOutlineNode *
plenary_chart_spec_get_section (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);
  return self->section;
}

/* Returns: (transfer none) (element-type PlenaryIndicator) */
GPtrArray *
plenary_chart_spec_get_indicators (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);
  return self->indicators;
}

guint
plenary_chart_spec_get_n_series (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), 1);
  return plenary_chart_type_series_count (self->type);
}

/* Returns: (nullable): the legend label of @series, if the report gives one */
const char *
plenary_chart_spec_get_series_label (PlenaryChartSpec *self,
                                     guint             series,
                                     PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);

  if (series * 2 + 1 >= self->series_labels->len)
    return NULL;
  return plenary_language_pick (language,
                                g_ptr_array_index (self->series_labels, series * 2),
                                g_ptr_array_index (self->series_labels, series * 2 + 1));
}

guint
plenary_chart_spec_get_n_rows (PlenaryChartSpec *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), 0);
  return self->indicators->len / plenary_chart_spec_get_n_series (self);
}

PlenaryIndicator *
plenary_chart_spec_get_value (PlenaryChartSpec *self,
                              guint             row,
                              guint             series)
{
  guint n_series;

  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);

  n_series = plenary_chart_spec_get_n_series (self);
  g_return_val_if_fail (series < n_series, NULL);
  g_return_val_if_fail (row * n_series + series < self->indicators->len, NULL);

  return g_ptr_array_index (self->indicators, row * n_series + series);
}

/* The row's label: the chart's own when it gives one, otherwise the label
 * of the row's first indicator. */
const char *
plenary_chart_spec_get_row_label (PlenaryChartSpec *self,
                                  guint             row,
                                  PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), NULL);

  if (row * 2 + 1 < self->row_labels->len)
    return plenary_language_pick (language,
                                  g_ptr_array_index (self->row_labels, row * 2),
                                  g_ptr_array_index (self->row_labels, row * 2 + 1));
  return plenary_indicator_get_label (plenary_chart_spec_get_value (self, row, 0), language);
}

gboolean
plenary_chart_spec_shows (PlenaryChartSpec *self,
                          PlenaryIndicator *indicator)
{
  g_return_val_if_fail (PLENARY_IS_CHART_SPEC (self), FALSE);
  return g_ptr_array_find (self->indicators, indicator, NULL);
}
