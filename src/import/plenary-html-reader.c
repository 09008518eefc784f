/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-html-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-line-join.h"
#include "plenary-text-decode-private.h"
#include "plenary-text-reader-private.h"

/* An article has at least this many characters of text outside links. */
#define MIN_ARTICLE_CHARS 60
/* A block with less text of its own is a label, a date or a menu item. */
#define MIN_PARAGRAPH_CHARS 20

/* Elements that are never part of an article. */
static const char * const junk_elements[] = {
  "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
  "iframe", "select", "button", "input", "textarea", "svg", "template",
  "head", "object", "embed", "video", "audio", "canvas", "map", "menu",
};

/* Words in a class or id that mark site chrome: share bars, breadcrumbs,
 * menus, print-and-close bars, links to the previous and next article. */
static const char * const chrome_words[] = {
  "share", "crumb", "breadcrumb", "nav", "navbar", "navigation", "menu",
  "footer", "foot", "header", "sidebar", "aside", "comment", "comments",
  "related", "print", "toolbar", "pagination", "pager", "position",
  "location", "copyright", "topbar", "search", "login", "prevnext",
  "prev", "next", "fenxiang", "dayin", "guanbi", "sxp", "ewm", "qrcode",
};

static const char * const block_elements[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
  "dt", "dd", "section", "article", "blockquote", "pre", "center", "table",
  "tbody", "thead", "tfoot", "tr", "caption", "address", "hr", "figure",
  "figcaption", "main", "body", "html", "td", "th",
};

static gboolean
name_in (const xmlChar      *name,
         const char * const *names,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_block (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && name_in (node->name, block_elements, G_N_ELEMENTS (block_elements));
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
attribute_is_chrome (xmlNode    *node,
                     const char *attribute)
{
  g_autofree xmlChar *value = xmlGetProp (node, (const xmlChar *) attribute);
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown ((const char *) value, -1);
  if (strstr (lower, "share") != NULL || strstr (lower, "crumb") != NULL)
    return TRUE;
  words = g_regex_split_simple ("[^a-z0-9]+", lower, 0, 0);
  for (guint i = 0; words[i]; i++)
    if (name_in ((const xmlChar *) words[i], chrome_words, G_N_ELEMENTS (chrome_words)))
      return TRUE;
  return FALSE;
}

static void
prune (xmlNode *node)
{
  xmlNode *child = node->children;

  while (child != NULL)
    {
      xmlNode *next = child->next;
      gboolean drop = FALSE;

      if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE)
        drop = TRUE;
      else if (child->type == XML_ELEMENT_NODE)
        drop = name_in (child->name, junk_elements, G_N_ELEMENTS (junk_elements)) ||
               (!is_named (child, "body") && !is_named (child, "html") &&
                (attribute_is_chrome (child, "class") || attribute_is_chrome (child, "id")));

      if (drop)
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      else if (child->type == XML_ELEMENT_NODE)
        prune (child);
      child = next;
    }
}

/* Text counts by its visible characters. */
static guint
count_chars (const xmlChar *text)
{
  guint n = 0;

  for (const char *p = (const char *) text; *p; p = g_utf8_next_char (p))
    if (!plenary_line_is_space (g_utf8_get_char (p)))
      n++;
  return n;
}

typedef struct {
  double score;     /* paragraph text credited from below */
  guint own;        /* characters of text whose nearest block this is */
  guint text;       /* characters of text outside links, in the subtree */
  guint links;      /* characters of link text, in the subtree */
} Stats;

typedef struct {
  GHashTable *stats;   /* xmlNode* → Stats* */
} Scorer;

static Stats *
stats_for (Scorer  *scorer,
           xmlNode *node)
{
  Stats *stats = g_hash_table_lookup (scorer->stats, node);

  if (stats == NULL)
    {
      stats = g_new0 (Stats, 1);
      g_hash_table_insert (scorer->stats, node, stats);
    }
  return stats;
}

static xmlNode *
block_ancestor (xmlNode *node)
{
  for (xmlNode *p = node->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (is_block (p))
      return p;
  return NULL;
}

/* Counts the text of every element, inside and outside links, and the
 * text each block holds itself. */
static void
score (Scorer  *scorer,
       xmlNode *node,
       gboolean in_link,
       guint   *text_out,
       guint   *links_out)
{
  guint text = 0, links = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          guint n = child->content != NULL ? count_chars (child->content) : 0;
          xmlNode *block;

          if (n == 0)
            continue;
          if (in_link)
            {
              links += n;
              continue;
            }
          text += n;
          block = block_ancestor (child);
          if (block != NULL)
            stats_for (scorer, block)->own += n;
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          guint t = 0, l = 0;

          score (scorer, child, in_link || is_named (child, "a"), &t, &l);
          text += t;
          links += l;
        }
    }

  if (node->type == XML_ELEMENT_NODE)
    {
      Stats *stats = stats_for (scorer, node);

      stats->text = text;
      stats->links = links;
    }
  *text_out = text;
  *links_out = links;
}

static xmlNode *
find_article (xmlNode *root)
{
  Scorer scorer = { g_hash_table_new_full (NULL, NULL, NULL, g_free) };
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best = NULL;
  double best_score = 0;
  guint text, links;
  guint best_depth = 0;

  score (&scorer, root, FALSE, &text, &links);

  /* As readability does: a block with a paragraph's worth of text gives
   * its length to itself, its parent, and half to its grandparent (a list
   * of dates or a menu gives nothing).  The article body is the element
   * that collects most, less its links. */
  {
    g_autoptr(GPtrArray) blocks = g_ptr_array_new ();

    g_hash_table_iter_init (&iter, scorer.stats);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (((Stats *) value)->own >= MIN_PARAGRAPH_CHARS)
        g_ptr_array_add (blocks, key);
    for (guint i = 0; i < blocks->len; i++)
      {
        xmlNode *block = g_ptr_array_index (blocks, i);
        guint own = stats_for (&scorer, block)->own;

        stats_for (&scorer, block)->score += own;
        if (block->parent != NULL && block->parent->type == XML_ELEMENT_NODE)
          {
            stats_for (&scorer, block->parent)->score += own;
            if (block->parent->parent != NULL && block->parent->parent->type == XML_ELEMENT_NODE)
              stats_for (&scorer, block->parent->parent)->score += own / 2.0;
          }
      }
  }

  g_hash_table_iter_init (&iter, scorer.stats);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      xmlNode *node = key;
      Stats *stats = value;
      double density = (double) stats->links / MAX (1, stats->text + stats->links);
      double s = stats->score * (1 - density);
      guint depth = 0;

      if (stats->score <= 0 || stats->text < MIN_ARTICLE_CHARS || density > 0.5)
        continue;
      for (xmlNode *p = node; p != NULL; p = p->parent)
        depth++;
      /* Of two that score alike, the deeper is the article itself and
       * the other its wrapper. */
      if (s > best_score + 0.5 || (s > best_score - 0.5 && depth > best_depth))
        {
          best = node;
          best_score = s;
          best_depth = depth;
        }
    }
  g_hash_table_unref (scorer.stats);
  return best;
}

static GRegex *
chrome_regex (void)
{
  static GRegex *regex;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("^(?:(?:上一篇|下一篇|上一条|下一条)[:：].*"
                           "|(?:[【\\[(（]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享到|分享|字号|"
                           "大|中|小|默认|纠错|扫一扫|微信|微博|QQ空间)[】\\])）]?[\\s:：|｜/]*)+)$",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

typedef struct {
  GPtrArray *paragraphs;
  GString *current;
  int in_row;       /* inside a table row: blocks run on, cells by a tab */
} Extractor;

static void
flush (Extractor *x)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GString) squeezed = NULL;

  if (x->current->len == 0)
    return;
  stripped = plenary_line_strip (x->current->str, NULL);
  g_string_truncate (x->current, 0);

  /* Spaces that came from separate text nodes collapse into one. */
  squeezed = g_string_sized_new (strlen (stripped));
  for (const char *p = stripped; *p; p++)
    if (!(*p == ' ' && (p[1] == ' ' || p[1] == '\t' || (squeezed->len > 0 && squeezed->str[squeezed->len - 1] == '\t'))))
      g_string_append_c (squeezed, *p);

  if (squeezed->len == 0 || g_regex_match (chrome_regex (), squeezed->str, 0, NULL))
    return;
  g_ptr_array_add (x->paragraphs, g_string_free (g_steal_pointer (&squeezed), FALSE));
}

/* HTML white space collapses into one space; a line break between two
 * Chinese characters (an editor's wrap) stands for nothing. */
static void
append_text (Extractor     *x,
             const xmlChar *content)
{
  const char *p = (const char *) content;

  while (*p)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          gboolean newline = FALSE;
          gunichar before = 0, after;

          while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            newline |= *p++ == '\n';
          if (x->current->len > 0)
            {
              const char *last = g_utf8_find_prev_char (x->current->str, x->current->str + x->current->len);

              before = last != NULL ? g_utf8_get_char (last) : 0;
            }
          after = *p ? g_utf8_get_char (p) : 0;
          if (newline && g_unichar_iswide (before) && g_unichar_iswide (after))
            continue;
          g_string_append_c (x->current, ' ');
          continue;
        }
      {
        const char *next = g_utf8_next_char (p);

        g_string_append_len (x->current, p, next - p);
        p = next;
      }
    }
}

/* Preformatted text is read as a text file is: one paragraph a line,
 * or lines joined again when they were wrapped by hand. */
static void
extract_pre (Extractor *x,
             xmlNode   *pre)
{
  g_autofree xmlChar *content = xmlNodeGetContent (pre);
  g_autoptr(GPtrArray) paragraphs = NULL;

  if (content == NULL)
    return;
  paragraphs = plenary_text_reader_read_text ((const char *) content, NULL);
  for (guint i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    {
      g_string_assign (x->current, g_ptr_array_index (paragraphs, i));
      flush (x);
    }
}

/* A row whose cell holds a paragraph's worth of text and blocks of its
 * own is layout, not data. */
static gboolean
is_layout_row (xmlNode *row)
{
  for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
    {
      g_autofree xmlChar *content = NULL;

      if (cell->type != XML_ELEMENT_NODE)
        continue;
      content = xmlNodeGetContent (cell);
      if (content != NULL && count_chars (content) > 200)
        {
          for (xmlNode *child = cell->children; child != NULL; child = child->next)
            if (is_block (child) || is_named (child, "br"))
              return TRUE;
        }
    }
  return FALSE;
}

static void
extract (Extractor *x,
         xmlNode   *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content != NULL)
            append_text (x, child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_named (child, "br"))
        {
          if (x->in_row)
            g_string_append_c (x->current, ' ');
          else
            flush (x);
        }
      else if (is_named (child, "tr") && is_layout_row (child))
        {
          /* A page laid out with a table: its cells hold paragraphs. */
          flush (x);
          extract (x, child);
          flush (x);
        }
      else if (is_named (child, "tr"))
        {
          flush (x);
          x->in_row++;
          extract (x, child);
          x->in_row--;
          flush (x);
        }
      else if (x->in_row && (is_named (child, "td") || is_named (child, "th")))
        {
          if (x->current->len > 0)
            g_string_append_c (x->current, '\t');
          extract (x, child);
        }
      else if (x->in_row)
        extract (x, child);
      else if (is_named (child, "pre"))
        {
          flush (x);
          extract_pre (x, child);
        }
      else if (is_block (child))
        {
          flush (x);
          extract (x, child);
          flush (x);
        }
      else
        extract (x, child);
    }
}

static char *
squeeze_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!plenary_line_is_space (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static xmlNode *
find_first (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_named (child, name))
        return child;
      if ((found = find_first (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* The page's <h1> is the report's title when the article does not start
 * with it: sites often put the title above the body, not in it. */
static void
add_title (GPtrArray *paragraphs,
           xmlNode   *root,
           xmlNode   *article)
{
  xmlNode *h1 = find_first (root, "h1");
  g_autofree xmlChar *content = NULL;
  g_autofree char *title = NULL;
  g_autofree char *title_key = NULL;

  if (h1 == NULL)
    return;
  for (xmlNode *p = h1; p != NULL; p = p->parent)
    if (p == article)
      return;
  content = xmlNodeGetContent (h1);
  if (content == NULL)
    return;
  title = plenary_line_strip ((const char *) content, NULL);
  title_key = squeeze_text (title);
  if (*title_key == '\0' || strlen (title_key) > 600)
    return;
  for (guint i = 0; i < MIN (paragraphs->len, 3); i++)
    {
      g_autofree char *key = squeeze_text (g_ptr_array_index (paragraphs, i));

      if (strstr (key, title_key) != NULL || (*key && strstr (title_key, key) != NULL))
        return;
    }
  g_ptr_array_insert (paragraphs, 0, g_steal_pointer (&title));
}

/* The charset a page declares in its first bytes, as <meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…">. */
static char *
declared_charset (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *head = g_ascii_strdown (data, MIN (len, 8192));
  const char *p = head;

  while ((p = strstr (p, "charset")) != NULL)
    {
      const char *start;

      p += strlen ("charset");
      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
      start = p;
      while (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.')
        p++;
      if (p > start && p - start < 40)
        return g_strndup (start, p - start);
    }
  return NULL;
}

/* Once the page is UTF-8, its declaration must not make the parser
 * decode it a second time. */
static void
neutralise_charset (char *text)
{
  gsize n = MIN (strlen (text), 8192);

  for (gsize i = 0; i + 7 <= n; i++)
    if (g_ascii_strncasecmp (text + i, "charset", 7) == 0)
      text[i] = 'x';
}

GPtrArray *
plenary_html_reader_read (GBytes  *bytes,
                          GError **error)
{
  g_autofree char *charset = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  htmlDocPtr doc;
  xmlNode *root, *article;
  Extractor x = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The importer reads in a worker thread; libxml2 wants its globals set
   * up once before any parsing. */
  {
    static gsize initialised;

    if (g_once_init_enter (&initialised))
      {
        xmlInitParser ();
        g_once_init_leave (&initialised, 1);
      }
  }

  if (g_bytes_get_size (bytes) > 0 && g_bytes_get_size (bytes) <= PLENARY_IMPORT_MAX_BYTES)
    charset = declared_charset (bytes);
  text = plenary_text_decode_with_charset (bytes, charset, error);
  if (text == NULL)
    return NULL;
  neutralise_charset (text);

  if (strlen (text) > G_MAXINT)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB."), PLENARY_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  doc = htmlReadMemory (text, (int) strlen (text), NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_DAMAGED,
                   _("The web page cannot be read."));
      return NULL;
    }

  prune (root);
  article = find_article (root);
  if (article == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NO_ARTICLE,
                   _("The web page has no article to import."));
      return NULL;
    }

  paragraphs = g_ptr_array_new_with_free_func (g_free);
  x.paragraphs = paragraphs;
  x.current = g_string_new (NULL);
  if (is_named (article, "pre"))
    extract_pre (&x, article);
  else
    extract (&x, article);
  flush (&x);
  g_string_free (x.current, TRUE);
  if (paragraphs->len > 0)
    add_title (paragraphs, root, article);
  xmlFreeDoc (doc);

  if (paragraphs->len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_NO_ARTICLE,
                   _("The web page has no article to import."));
      return NULL;
    }
  return g_steal_pointer (&paragraphs);
}
