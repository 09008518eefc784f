/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-unit"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-unit.h"

struct _PlenaryUnit
{
  GObject          parent_instance;
  char            *id;
  char            *zh;
  char            *en;
  char            *per;
  PlenaryUnitKind  kind;
  double           scale;
};

G_DEFINE_FINAL_TYPE (PlenaryUnit, plenary_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ZH,
  PROP_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = {
  "percent", "points", "money", "count", "length", "area",
  "concentration", "power", "time", "rank",
};

static void
plenary_unit_finalize (GObject *object)
{
  PlenaryUnit *self = (PlenaryUnit *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->zh, g_free);
  g_clear_pointer (&self->en, g_free);
  g_clear_pointer (&self->per, g_free);

  G_OBJECT_CLASS (plenary_unit_parent_class)->finalize (object);
}

static void
plenary_unit_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PlenaryUnit *self = PLENARY_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ZH:
      g_value_set_string (value, self->zh);
      break;
    case PROP_EN:
      g_value_set_string (value, self->en);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_unit_class_init (PlenaryUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_unit_finalize;
  object_class->get_property = plenary_unit_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZH] = g_param_spec_string ("zh", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EN] = g_param_spec_string ("en", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_unit_init (PlenaryUnit *self)
{
  self->scale = 1.0;
}

PlenaryUnit *
plenary_unit_new (const char      *id,
                  const char      *zh,
                  const char      *en,
                  PlenaryUnitKind  kind,
                  double           scale,
                  const char      *per)
{
  PlenaryUnit *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  self = g_object_new (PLENARY_TYPE_UNIT, NULL);
  self->id = g_strdup (id);
  self->zh = g_strdup (zh ? zh : id);
  self->en = g_strdup (en ? en : "");
  self->per = g_strdup (per);
  self->kind = kind;
  self->scale = scale;

  return self;
}

gboolean
plenary_unit_kind_parse (const char      *text,
                         PlenaryUnitKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (text, kind_names[i]) == 0)
        {
          *out_kind = (PlenaryUnitKind)i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
plenary_unit_get_id (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);
  return self->id;
}

const char *
plenary_unit_get_zh (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);
  return self->zh;
}

const char *
plenary_unit_get_en (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);
  return self->en;
}

PlenaryUnitKind
plenary_unit_get_kind (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), PLENARY_UNIT_KIND_COUNT);
  return self->kind;
}

double
plenary_unit_get_scale (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), 1.0);
  return self->scale;
}

const char *
plenary_unit_get_per (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);
  return self->per;
}

/* Amounts and counts are written in thousands, millions… in English;
 * percentages, lengths, times, concentrations and ranks as they are. */
gboolean
plenary_unit_is_scalable (PlenaryUnit *self)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (self), FALSE);

  switch (self->kind)
    {
    case PLENARY_UNIT_KIND_MONEY:
    case PLENARY_UNIT_KIND_COUNT:
    case PLENARY_UNIT_KIND_AREA:
    case PLENARY_UNIT_KIND_POWER:
      return TRUE;
    case PLENARY_UNIT_KIND_PERCENT:
    case PLENARY_UNIT_KIND_POINTS:
    case PLENARY_UNIT_KIND_LENGTH:
    case PLENARY_UNIT_KIND_CONCENTRATION:
    case PLENARY_UNIT_KIND_TIME:
    case PLENARY_UNIT_KIND_RANK:
    default:
      return FALSE;
    }
}

static const char *
scale_word_en (PlenaryNumberScale scale,
               double             unit_scale)
{
  switch (scale)
    {
    case PLENARY_NUMBER_SCALE_THOUSAND:
      return "thousand";
    case PLENARY_NUMBER_SCALE_MILLION:
      return "million";
    case PLENARY_NUMBER_SCALE_BILLION:
      return "billion";
    case PLENARY_NUMBER_SCALE_TRILLION:
      return "trillion";
    case PLENARY_NUMBER_SCALE_ONE:
      return NULL;
    case PLENARY_NUMBER_SCALE_SOURCE:
    default:
      /* The report's own magnitude, said in English. */
      if (unit_scale >= 1e12)
        return "trillion";
      if (unit_scale >= 1e8)
        return "100 million";
      if (unit_scale >= 1e4)
        return "10,000";
      return NULL;
    }
}

/* The unit of numbers written in @scale without their unit (on bars, on
 * an axis, in a table column): 亿元 / "CNY billion", "thousand people". */
char *
plenary_unit_dup_short_name (PlenaryUnit        *self,
                             PlenaryNumberScale  scale,
                             PlenaryLanguage     language)
{
  const char *word;
  GString *out;

  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);

  if (language == PLENARY_LANGUAGE_ZH)
    return g_strdup (self->zh);

  if (self->kind == PLENARY_UNIT_KIND_PERCENT)
    return g_strdup ("%");

  out = g_string_new (NULL);
  word = plenary_unit_is_scalable (self) || scale == PLENARY_NUMBER_SCALE_SOURCE
         ? scale_word_en (scale, self->scale) : NULL;
  if (self->kind == PLENARY_UNIT_KIND_MONEY)
    {
      g_string_append (out, self->en);
      if (word != NULL)
        g_string_append_printf (out, " %s", word);
    }
  else
    {
      if (word != NULL)
        g_string_append (out, word);
      /* A bare count in tens of thousands reads as "10,000s". */
      if (word != NULL && self->en[0] == '\0' && scale == PLENARY_NUMBER_SCALE_SOURCE)
        g_string_append_c (out, 's');
      if (self->en[0] != '\0')
        g_string_append_printf (out, "%s%s", out->len ? " " : "", self->en);
    }
  if (self->per != NULL)
    g_string_append_printf (out, " %s", self->per);

  return g_string_free (out, FALSE);
}

/* "单位：亿元" / "Unit: CNY billion", or NULL for units that need no
 * separate line because every value carries them (%) or that have no
 * English word (a bare count). */
char *
plenary_unit_dup_axis_label (PlenaryUnit        *self,
                             PlenaryNumberScale  scale,
                             PlenaryLanguage     language)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PLENARY_IS_UNIT (self), NULL);

  name = plenary_unit_dup_short_name (self, scale, language);
  if (name[0] == '\0')
    return NULL;

  if (language == PLENARY_LANGUAGE_ZH)
    return g_strdup_printf ("单位：%s", name);
  return g_strdup_printf ("Unit: %s", name);
}
