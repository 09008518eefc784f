/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-outline-node"

#include <string.h>

#include "plenary-outline-node.h"

/* One node of the report's outline: a chapter (一、), a section (（一）) or
 * a numbered item (1.).  Children and paragraphs are list models so that a
 * GtkTreeListModel can walk the outline directly. */
struct _PlenaryOutlineNode
{
  GObject             parent_instance;
  PlenaryOutlineKind  kind;
  char               *id;
  char               *number;
  guint               position;
  char               *title_zh;
  char               *title_en;
  PlenaryOutlineNode *parent;
  GListStore         *children;
  GListStore         *paragraphs;
};

G_DEFINE_FINAL_TYPE (PlenaryOutlineNode, plenary_outline_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE_ZH,
  PROP_TITLE_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_outline_node_dispose (GObject *object)
{
  PlenaryOutlineNode *self = (PlenaryOutlineNode *)object;

  g_clear_object (&self->children);
  g_clear_object (&self->paragraphs);

  G_OBJECT_CLASS (plenary_outline_node_parent_class)->dispose (object);
}

static void
plenary_outline_node_finalize (GObject *object)
{
  PlenaryOutlineNode *self = (PlenaryOutlineNode *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title_zh, g_free);
  g_clear_pointer (&self->title_en, g_free);

  G_OBJECT_CLASS (plenary_outline_node_parent_class)->finalize (object);
}

static void
plenary_outline_node_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PlenaryOutlineNode *self = PLENARY_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
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
plenary_outline_node_class_init (PlenaryOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_outline_node_dispose;
  object_class->finalize = plenary_outline_node_finalize;
  object_class->get_property = plenary_outline_node_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_ZH] = g_param_spec_string ("title-zh", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_outline_node_init (PlenaryOutlineNode *self)
{
  self->children = g_list_store_new (PLENARY_TYPE_OUTLINE_NODE);
  self->paragraphs = g_list_store_new (PLENARY_TYPE_PARAGRAPH);
}

PlenaryOutlineNode *
plenary_outline_node_new (PlenaryOutlineKind  kind,
                          const char         *id,
                          const char         *number,
                          guint               position,
                          const char         *title_zh,
                          const char         *title_en)
{
  PlenaryOutlineNode *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_OUTLINE_NODE, NULL);
  self->kind = kind;
  self->id = g_strdup (id);
  self->number = g_strdup (number ? number : "");
  self->position = position;
  self->title_zh = g_strdup (title_zh ? title_zh : "");
  self->title_en = g_strdup (title_en ? title_en : "");
  return self;
}

PlenaryOutlineKind
plenary_outline_node_get_kind (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), PLENARY_OUTLINE_CHAPTER);
  return self->kind;
}

const char *
plenary_outline_node_get_id (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return self->id;
}

const char *
plenary_outline_node_get_number (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return self->number;
}

guint
plenary_outline_node_get_position (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), 0);
  return self->position;
}

const char *
plenary_outline_node_get_title (PlenaryOutlineNode *self,
                                PlenaryLanguage     language)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return plenary_language_pick (language, self->title_zh, self->title_en);
}

/* Returns: (nullable) (transfer none) */
PlenaryOutlineNode *
plenary_outline_node_get_parent (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return self->parent;
}

/* Returns: (transfer none): a list model of PlenaryOutlineNode */
GListModel *
plenary_outline_node_get_children (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return G_LIST_MODEL (self->children);
}

/* Returns: (transfer none): a list model of PlenaryParagraph */
GListModel *
plenary_outline_node_get_paragraphs (PlenaryOutlineNode *self)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);
  return G_LIST_MODEL (self->paragraphs);
}

void
plenary_outline_node_add_child (PlenaryOutlineNode *self,
                                PlenaryOutlineNode *child)
{
  g_return_if_fail (PLENARY_IS_OUTLINE_NODE (self));
  g_return_if_fail (PLENARY_IS_OUTLINE_NODE (child));
  g_return_if_fail (child->parent == NULL);

  /* The parent owns its children; the back pointer holds no reference so
   * that the tree has no cycles. */
  child->parent = self;
  g_list_store_append (self->children, child);
}

void
plenary_outline_node_add_paragraph (PlenaryOutlineNode *self,
                                    PlenaryParagraph   *paragraph)
{
  g_return_if_fail (PLENARY_IS_OUTLINE_NODE (self));
  g_return_if_fail (PLENARY_IS_PARAGRAPH (paragraph));

  plenary_paragraph_set_node (paragraph, self);
  g_list_store_append (self->paragraphs, paragraph);
}

/* Whether @other is @self or lies below it. */
gboolean
plenary_outline_node_contains (PlenaryOutlineNode *self,
                               PlenaryOutlineNode *other)
{
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), FALSE);

  for (; other != NULL; other = other->parent)
    if (other == self)
      return TRUE;
  return FALSE;
}

/* Where the node stands in the report, for source lines:
 * "二（三）2." in Chinese, "§2.3.2" in English. */
char *
plenary_outline_node_dup_reference (PlenaryOutlineNode *self,
                                    PlenaryLanguage     language)
{
  GString *out = g_string_new (NULL);
  PlenaryOutlineNode *chain[3] = { NULL, };
  guint depth = 0;

  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);

  for (PlenaryOutlineNode *node = self; node != NULL && depth < 3; node = node->parent)
    chain[depth++] = node;

  if (language == PLENARY_LANGUAGE_EN)
    g_string_append (out, "§");

  for (guint i = depth; i > 0; i--)
    {
      PlenaryOutlineNode *node = chain[i - 1];

      if (language == PLENARY_LANGUAGE_EN)
        g_string_append_printf (out, "%s%u", i == depth ? "" : ".", node->position);
      else if (node->kind == PLENARY_OUTLINE_SECTION)
        g_string_append_printf (out, "（%s）", node->number);
      else if (node->kind == PLENARY_OUTLINE_ITEM)
        g_string_append_printf (out, "%s.", node->number);
      else
        g_string_append (out, node->number);
    }

  return g_string_free (out, FALSE);
}

/* A title as a heading shows it: without the full stop the report ends
 * some titles with ("…新动能加快成长。"), since a heading is not a sentence.
 * Takes @title. */
static char *
strip_full_stop (char *title)
{
  gsize len = strlen (title);

  if (g_str_has_suffix (title, "。"))
    title[len - strlen ("。")] = '\0';
  else if (len > 0 && title[len - 1] == '.')
    title[len - 1] = '\0';
  return title;
}

/* The heading as the report prints it, less a closing full stop:
 * "一、2019 年…" or "（一）经济…", and "1. Consolidate…" in English. */
char *
plenary_outline_node_dup_heading (PlenaryOutlineNode *self,
                                  PlenaryLanguage     language)
{
  const char *title;

  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (self), NULL);

  title = plenary_outline_node_get_title (self, language);
  if (language == PLENARY_LANGUAGE_EN)
    {
      if (self->kind == PLENARY_OUTLINE_CHAPTER)
        return strip_full_stop (g_strdup_printf ("%u. %s", self->position, title));
      if (self->kind == PLENARY_OUTLINE_SECTION)
        return strip_full_stop (g_strdup_printf ("(%u) %s", self->position, title));
      return strip_full_stop (g_strdup_printf ("%u. %s", self->position, title));
    }

  switch (self->kind)
    {
    case PLENARY_OUTLINE_CHAPTER:
      return strip_full_stop (g_strdup_printf ("%s、%s", self->number, title));
    case PLENARY_OUTLINE_SECTION:
      return strip_full_stop (g_strdup_printf ("（%s）%s", self->number, title));
    case PLENARY_OUTLINE_ITEM:
    default:
      return strip_full_stop (g_strdup_printf ("%s.%s", self->number, title));
    }
}
