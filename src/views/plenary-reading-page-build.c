/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-reading-page"

#include "config.h"

#include <glib/gi18n.h>

#include "plenary-add-indicator-menu.h"
#include "plenary-chart-embed.h"
#include "plenary-markup.h"
#include "plenary-paragraph-pair.h"
#include "plenary-reading-page-private.h"

/* The widgets of a reading page: eyebrow and title, headings, paragraphs
 * as selectable labels with indicator links, the section's charts, the
 * closing words after the last section, and links to the neighbours. */

static GtkWidget *
setup_label (GtkWidget  *label,
             const char *css_class)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
append_label_full (PlenaryReadingPage *self,
                   GtkWidget          *label,
                   const char         *css_class)
{
  gtk_box_append (self->body, setup_label (label, css_class));

  return label;
}

static GtkWidget *
append_label (PlenaryReadingPage *self,
              const char         *text,
              const char         *css_class)
{
  return append_label_full (self, gtk_label_new (text), css_class);
}

/* Page title, section and item headings: levels 1, 2 and 3, styled as
 * .title-1, .title-2 and .title-4. */
static void
append_heading (PlenaryReadingPage *self,
                PlenaryOutlineNode *node,
                int                 level)
{
  static const char * const classes[] = { "title-1", "title-2", "title-4" };
  g_autofree char *heading = plenary_outline_node_dup_heading (node, self->language);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", heading,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  append_label_full (self, label, classes[CLAMP (level, 1, 3) - 1]);
  gtk_widget_add_css_class (label, "reading-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);

  /* Side by side, the heading in the other language under it, quieter. */
  if (self->side_by_side)
    {
      PlenaryLanguage other = self->language == PLENARY_LANGUAGE_ZH ? PLENARY_LANGUAGE_EN : PLENARY_LANGUAGE_ZH;
      g_autofree char *translation = plenary_outline_node_dup_heading (node, other);

      if (g_strcmp0 (translation, heading) != 0)
        {
          GtkWidget *second = append_label (self, translation, "reading-heading-translation");

          gtk_widget_add_css_class (second, "dim-label");
          if (level == 1)
            gtk_widget_add_css_class (second, "title-4");
        }
    }
}

/* The Pango language of the report's Chinese: Han characters drawn with
 * the glyph forms of the script they are shown in, whatever the
 * interface language. */
static const char *
chinese_pango_language (PlenaryReadingPage *self)
{
  switch (plenary_session_get_conversion (self->session))
    {
    case PLENARY_CONVERSION_TAIWAN:
      return "zh-tw";
    case PLENARY_CONVERSION_HONG_KONG:
      return "zh-hk";
    case PLENARY_CONVERSION_NONE:
    default:
      return "zh-cn";
    }
}

static GtkWidget *
create_paragraph_label (PlenaryReadingPage *self,
                        PlenaryParagraph   *paragraph,
                        PlenaryLanguage     language)
{
  g_autofree char *markup = plenary_paragraph_dup_markup (paragraph, language);
  GPtrArray *indicators = plenary_paragraph_get_indicators (paragraph);
  GtkWidget *label = setup_label (gtk_label_new (NULL), "reading-paragraph");
  PangoAttrList *attrs = pango_attr_list_new ();
  gboolean chinese = plenary_paragraph_get_text_for (paragraph, language) == plenary_paragraph_get_text (paragraph);

  /* English text shaped and hyphenated as English. */
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (
    chinese ? chinese_pango_language (self) : "en")));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_widget_add_css_class (label, "reading-text");
  if (self->language == PLENARY_LANGUAGE_EN)
    gtk_widget_add_css_class (label, "latin");
  g_object_set_data_full (G_OBJECT (label), "plenary-paragraph",
                          g_object_ref (paragraph), g_object_unref);
  /* Its links open the cards of the spans in the language shown. */
  g_object_set_data (G_OBJECT (label), "plenary-language", GINT_TO_POINTER (language + 1));
  gtk_widget_add_css_class (label, chinese ? "reading-zh" : "reading-en");
  g_signal_connect (label, "activate-link", G_CALLBACK (plenary_reading_page_follow_link), self);
  plenary_add_indicator_menu_attach (GTK_LABEL (label));

  if (indicators->len > 0)
    {
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Mentions %u indicator; follow its link for details.",
                                      "Mentions %u indicators; follow their links for details.",
                                      indicators->len),
                         indicators->len);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }

  return label;
}

/* One paragraph in the content language; side by side, the Chinese and
 * the English as a pair, the Chinese the one scrolled to. */
static void
append_paragraph (PlenaryReadingPage *self,
                  PlenaryParagraph   *paragraph)
{
  const char *id = plenary_paragraph_get_id (paragraph);
  GtkWidget *label;

  if (self->side_by_side && plenary_paragraph_get_text_en (paragraph) != NULL)
    {
      GtkWidget *english = create_paragraph_label (self, paragraph, PLENARY_LANGUAGE_EN);
      GtkWidget *pair;

      label = create_paragraph_label (self, paragraph, PLENARY_LANGUAGE_ZH);
      pair = plenary_paragraph_pair_new (label, english);
      gtk_widget_add_css_class (pair, "reading-pair");
      gtk_box_append (self->body, pair);
      g_hash_table_insert (self->english_widgets, g_strdup (id), english);
    }
  else
    {
      label = create_paragraph_label (self, paragraph, self->language);
      gtk_box_append (self->body, label);
    }

  g_hash_table_insert (self->paragraph_widgets, g_strdup (id), label);
}

static void
append_paragraphs (PlenaryReadingPage *self,
                   GListModel         *paragraphs)
{
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(PlenaryParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      append_paragraph (self, paragraph);
    }
}

static void
on_charts_link_clicked_cb (GtkButton          *button,
                           PlenaryReadingPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "plenary-node-id");

  plenary_reading_page_navigate (self, id);
}

/* A section page ends with its charts; a chapter page, which holds many
 * sections, links to each section's charts instead of drawing them all. */
static void
append_charts (PlenaryReadingPage *self,
               PlenaryOutlineNode *section,
               gboolean            inline_charts)
{
  g_autoptr(GPtrArray) charts = plenary_report_dup_charts_for_node (self->report, section);
  GtkWidget *box;

  if (charts->len == 0)
    return;

  if (!inline_charts)
    {
      g_autofree char *label =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "See the %u chart of this section",
                                      "See the %u charts of this section", charts->len),
                         charts->len);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "plenary-charts-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "reading-charts-link");
      g_object_set_data_full (G_OBJECT (button), "plenary-node-id",
                              g_strdup (plenary_outline_node_get_id (section)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_charts_link_clicked_cb), self);
      gtk_box_append (self->body, button);
      return;
    }

  append_label (self, g_dngettext (GETTEXT_PACKAGE, "Chart", "Charts", charts->len),
                "reading-charts-heading");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (box, "reading-charts");
  for (guint i = 0; i < charts->len; i++)
    gtk_box_append (GTK_BOX (box), plenary_chart_embed_new (g_ptr_array_index (charts, i),
                                                            self->language));
  gtk_box_append (self->body, box);
}

static gboolean
is_last_section (PlenaryReadingPage *self,
                 PlenaryOutlineNode *node)
{
  GListModel *chapters = plenary_report_get_chapters (self->report);
  guint n = g_list_model_get_n_items (chapters);
  g_autoptr(PlenaryOutlineNode) last = n > 0 ? g_list_model_get_item (chapters, n - 1) : NULL;
  GListModel *sections;
  guint n_sections;
  g_autoptr(PlenaryOutlineNode) last_section = NULL;

  if (last == NULL)
    return FALSE;
  if (node == last)
    return TRUE;

  sections = plenary_outline_node_get_children (last);
  n_sections = g_list_model_get_n_items (sections);
  last_section = n_sections > 0 ? g_list_model_get_item (sections, n_sections - 1) : NULL;

  return node == last_section;
}

static void
append_section_body (PlenaryReadingPage *self,
                     PlenaryOutlineNode *section,
                     gboolean            inline_charts)
{
  GListModel *items = plenary_outline_node_get_children (section);

  append_paragraphs (self, plenary_outline_node_get_paragraphs (section));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlenaryOutlineNode) item = g_list_model_get_item (items, i);

      append_heading (self, item, 3);
      append_paragraphs (self, plenary_outline_node_get_paragraphs (item));
    }
  append_charts (self, section, inline_charts);
}

/* The pages before and after in reading order: section to section across
 * chapters, or chapter to chapter. */
static PlenaryOutlineNode *
find_neighbour (PlenaryReadingPage *self,
                PlenaryOutlineNode *node,
                int                 step)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *chapters = plenary_report_get_chapters (self->report);
  gboolean sections = plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_SECTION;

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      PlenaryOutlineNode *chapter = g_list_model_get_item (chapters, i);
      GListModel *children = plenary_outline_node_get_children (chapter);

      if (!sections)
        {
          g_ptr_array_add (order, chapter);
          continue;
        }
      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        g_ptr_array_add (order, g_list_model_get_item (children, j));
      g_object_unref (chapter);
    }

  /* The report's models keep the nodes alive after @order is freed. */
  for (guint i = 0; i < order->len; i++)
    if (g_ptr_array_index (order, i) == node)
      {
        gint64 other = (gint64)i + step;
        if (other >= 0 && other < order->len)
          return g_ptr_array_index (order, other);
      }

  return NULL;
}

static void
on_neighbour_clicked_cb (GtkButton          *button,
                         PlenaryReadingPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "plenary-node-id");

  if (id != NULL)
    plenary_reading_page_navigate (self, id);
}

static GtkWidget *
create_neighbour_button (PlenaryReadingPage *self,
                         PlenaryOutlineNode *node,
                         gboolean            next)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (next ? _("Next") : _("Previous"));
  g_autofree char *heading = plenary_outline_node_dup_heading (node, self->language);
  GtkWidget *title = gtk_label_new (heading);
  float xalign = next ? 1.0f : 0.0f;

  gtk_label_set_xalign (GTK_LABEL (caption), xalign);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 12);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), title);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "neighbour-button");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_tooltip_text (button, heading);
  /* GTK names a button after a label child, not after a box of two. */
  {
    g_autofree char *name = g_strdup_printf (next ? _("Next: %s") : _("Previous: %s"), heading);

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  g_object_set_data_full (G_OBJECT (button), "plenary-node-id",
                          g_strdup (plenary_outline_node_get_id (node)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_neighbour_clicked_cb), self);

  return button;
}

static void
append_neighbours (PlenaryReadingPage *self)
{
  PlenaryOutlineNode *previous = find_neighbour (self, self->node, -1);
  PlenaryOutlineNode *next = find_neighbour (self, self->node, +1);
  GtkWidget *box;

  if (previous == NULL && next == NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_add_css_class (box, "reading-neighbours");
  gtk_box_append (GTK_BOX (box), previous ? create_neighbour_button (self, previous, FALSE)
                                          : gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), next ? create_neighbour_button (self, next, TRUE)
                                      : gtk_label_new (NULL));
  gtk_box_append (self->body, box);
}

/* Fills the emptied page with the text of its chapter or section. */
void
plenary_reading_page_build (PlenaryReadingPage *self)
{
  PlenaryOutlineNode *node = self->node;
  PlenaryOutlineNode *parent;
  GtkWidget *label;

  if (node == NULL || self->report == NULL)
    return;

  parent = plenary_outline_node_get_parent (node);
  if (parent != NULL)
    {
      g_autofree char *eyebrow = plenary_outline_node_dup_heading (parent, self->language);
      label = append_label (self, eyebrow, "reading-eyebrow");
    }
  else
    {
      label = append_label (self, plenary_report_get_text (self->report,
                                                           PLENARY_REPORT_FIELD_SHORT_TITLE,
                                                           self->language),
                            "reading-eyebrow");
    }
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);

  append_heading (self, node, 1);

  if (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_CHAPTER)
    {
      GListModel *sections = plenary_outline_node_get_children (node);

      append_paragraphs (self, plenary_outline_node_get_paragraphs (node));
      for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
        {
          g_autoptr(PlenaryOutlineNode) section = g_list_model_get_item (sections, i);

          append_heading (self, section, 2);
          append_section_body (self, section, FALSE);
        }
    }
  else
    {
      append_section_body (self, node, TRUE);
    }

  /* The report's closing words follow its last section. */
  if (is_last_section (self, node))
    append_paragraphs (self, plenary_report_get_closing (self->report));

  append_neighbours (self);
}
