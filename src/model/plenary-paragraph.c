/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-paragraph"

#include "plenary-indicator.h"
#include "plenary-outline-node.h"
#include "plenary-paragraph.h"

struct _PlenaryParagraph
{
  GObject             parent_instance;
  char               *id;
  /* The source's own (Chinese) wording; quotes and errata refer to it. */
  char               *text;
  /* The English translation, or NULL for a report whose paragraphs are
   * plain strings. */
  char               *text_en;
  /* The node that holds this paragraph; it owns us, so no reference. */
  PlenaryOutlineNode *node;
  /* Indicators quoted from this paragraph, in the order of their quotes. */
  GPtrArray          *indicators;
};

G_DEFINE_FINAL_TYPE (PlenaryParagraph, plenary_paragraph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_TEXT_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_paragraph_finalize (GObject *object)
{
  PlenaryParagraph *self = (PlenaryParagraph *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->text_en, g_free);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_paragraph_parent_class)->finalize (object);
}

static void
plenary_paragraph_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlenaryParagraph *self = PLENARY_PARAGRAPH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TEXT_EN:
      g_value_set_string (value, self->text_en);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_paragraph_class_init (PlenaryParagraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_paragraph_finalize;
  object_class->get_property = plenary_paragraph_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_EN] = g_param_spec_string ("text-en", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_paragraph_init (PlenaryParagraph *self)
{
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
}

PlenaryParagraph *
plenary_paragraph_new (const char *id,
                       const char *text)
{
  PlenaryParagraph *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_PARAGRAPH, NULL);
  self->id = g_strdup (id);
  self->text = g_strdup (text);
  return self;
}

/* A paragraph with its English translation; @text_en may be %NULL, which
 * makes the same paragraph as plenary_paragraph_new(). */
PlenaryParagraph *
plenary_paragraph_new_translated (const char *id,
                                  const char *text,
                                  const char *text_en)
{
  PlenaryParagraph *self = plenary_paragraph_new (id, text);

  if (self != NULL)
    self->text_en = g_strdup (text_en);
  return self;
}

const char *
plenary_paragraph_get_id (PlenaryParagraph *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);
  return self->id;
}

const char *
plenary_paragraph_get_text (PlenaryParagraph *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);
  return self->text;
}

/* Returns: (nullable): the English translation, or %NULL when the report
 * gives the paragraph as a plain string. */
const char *
plenary_paragraph_get_text_en (PlenaryParagraph *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);
  return self->text_en;
}

/* The text to show in @language: the English translation when there is
 * one, otherwise the Chinese, so that a report without translations still
 * reads (in Chinese) in the English mode.  Quotes follow the same rule
 * (plenary_indicator_get_quote_for()), so offsets always match the text
 * returned here. */
const char *
plenary_paragraph_get_text_for (PlenaryParagraph *self,
                                PlenaryLanguage   language)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);

  if (language == PLENARY_LANGUAGE_EN && self->text_en != NULL)
    return self->text_en;
  return self->text;
}

/* Returns: (nullable) (transfer none): the node, NULL for the report's
 * preamble and closing paragraphs. */
PlenaryOutlineNode *
plenary_paragraph_get_node (PlenaryParagraph *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);
  return self->node;
}

void
plenary_paragraph_set_node (PlenaryParagraph   *self,
                            PlenaryOutlineNode *node)
{
  g_return_if_fail (PLENARY_IS_PARAGRAPH (self));
  self->node = node;
}

/* Returns: (transfer none) (element-type PlenaryIndicator) */
GPtrArray *
plenary_paragraph_get_indicators (PlenaryParagraph *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH (self), NULL);
  return self->indicators;
}

static int
compare_by_quote_offset (gconstpointer a,
                         gconstpointer b)
{
  PlenaryIndicator *ia = *(PlenaryIndicator * const *)a;
  PlenaryIndicator *ib = *(PlenaryIndicator * const *)b;
  gsize oa = plenary_indicator_get_quote_offset (ia);
  gsize ob = plenary_indicator_get_quote_offset (ib);

  return oa < ob ? -1 : oa > ob;
}

void
plenary_paragraph_add_indicator (PlenaryParagraph *self,
                                 PlenaryIndicator *indicator)
{
  g_return_if_fail (PLENARY_IS_PARAGRAPH (self));
  g_return_if_fail (PLENARY_IS_INDICATOR (indicator));

  g_ptr_array_add (self->indicators, g_object_ref (indicator));
  g_ptr_array_sort (self->indicators, compare_by_quote_offset);
}
