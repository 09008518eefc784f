/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-glossary"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plenary-import-glossary.h"
#include "plenary-import-resources.h"

#define GLOSSARY_PATH RESOURCE_BASE_PATH "/import/glossary.json"

typedef struct {
  GHashTable *by_zh;      /* normalised Chinese name → ImpConcept */
  GPtrArray  *concepts;
  guint       n_terms;
} Glossary;

static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x3000)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static Glossary *
load (void)
{
  Glossary *g = g_new0 (Glossary, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *terms;

  g->by_zh = g_hash_table_new (g_str_hash, g_str_equal);
  g->concepts = g_ptr_array_new ();
  bytes = g_resource_lookup_data (plenary_import_data_get_resource (), GLOSSARY_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                    g_bytes_get_size (bytes), &error))
    {
      g_critical ("The import glossary cannot be read: %s", error->message);
      return g;
    }

  terms = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "terms");
  for (guint i = 0; i < json_array_get_length (terms); i++)
    {
      JsonObject *term = json_array_get_object_element (terms, i);
      JsonArray *names = json_object_get_array_member (term, "zh");
      ImpConcept *concept = g_new0 (ImpConcept, 1);

      concept->id = g_strdup (json_object_get_string_member (term, "id"));
      concept->en = g_strdup (json_object_get_string_member (term, "en"));
      concept->category = g_strdup (json_object_get_string_member (term, "category"));
      g_ptr_array_add (g->concepts, concept);
      for (guint j = 0; j < json_array_get_length (names); j++)
        {
          char *name = normalise (json_array_get_string_element (names, j));
          if (!g_hash_table_contains (g->by_zh, name))
            g_hash_table_insert (g->by_zh, name, concept);
          else
            g_free (name);
        }
      g->n_terms++;
    }
  return g;
}

static Glossary *
get (void)
{
  static Glossary *glossary;

  if (g_once_init_enter (&glossary))
    g_once_init_leave (&glossary, load ());
  return glossary;
}

guint
imp_glossary_n_terms (void)
{
  return get ()->n_terms;
}

/* Words a label may carry around the indicator's name. */
static const char * const prefixes[] = {
  "其中", "全市", "全区", "全省", "全县", "全年", "全国", "累计", "年度", "当年", "同期", "实现",
  "完成", "全体", NULL
};
static const char * const suffixes[] = {
  "增长", "增速", "增幅", "下降", "提高", "总量", NULL
};
static const struct { const char *zh; const char *en; } modifiers[] = {
  { "城镇", "Urban" }, { "城市", "Urban" }, { "农村", "Rural" }, { "城乡", "Urban and rural" },
  { "市属", "Municipal" }, { "市级", "Municipal" }, { "省级", "Provincial" }, { "新增", "New" },
  { "新建", "New" }, { "累计建成", "Total" },
};

static const ImpConcept *
find (Glossary   *g,
      const char *name)
{
  return *name ? g_hash_table_lookup (g->by_zh, name) : NULL;
}

const ImpConcept *
imp_glossary_lookup (const char  *label_zh,
                     char       **out_en)
{
  Glossary *g = get ();
  g_autofree char *name = normalise (label_zh);
  const ImpConcept *concept;
  gboolean changed = TRUE;

  *out_en = NULL;
  concept = find (g, name);
  while (concept == NULL && changed)
    {
      changed = FALSE;
      for (guint i = 0; prefixes[i] != NULL && !changed; i++)
        if (g_str_has_prefix (name, prefixes[i]) && strlen (name) > strlen (prefixes[i]))
          {
            memmove (name, name + strlen (prefixes[i]), strlen (name) - strlen (prefixes[i]) + 1);
            changed = TRUE;
          }
      for (guint i = 0; suffixes[i] != NULL && !changed; i++)
        if (g_str_has_suffix (name, suffixes[i]) && strlen (name) > strlen (suffixes[i]))
          {
            name[strlen (name) - strlen (suffixes[i])] = '\0';
            changed = TRUE;
          }
      concept = find (g, name);
    }
  if (concept != NULL)
    {
      *out_en = g_strdup (concept->en);
      return concept;
    }

  /* 城镇新增就业 is 新增就业 of the towns: a known modifier before a known
   * term keeps its English. */
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (g_str_has_prefix (name, modifiers[i].zh))
      {
        concept = find (g, name + strlen (modifiers[i].zh));
        if (concept != NULL)
          {
            const char *en = concept->en;
            gboolean acronym = en[0] != '\0' && g_ascii_isupper (en[1]);

            if (g_str_has_prefix (en, modifiers[i].en))
              *out_en = g_strdup (en);
            else
              *out_en = g_strdup_printf ("%s %c%s", modifiers[i].en,
                                         acronym ? en[0] : g_ascii_tolower (en[0]), en + 1);
            return concept;
          }
      }
  /* 青禾市地区生产总值, 澜川省粮食产量: a place's name before a known
   * term is no part of the concept. */
  {
    static GRegex *place_re;
    g_autoptr(GMatchInfo) match = NULL;

    if (g_once_init_enter (&place_re))
      g_once_init_leave (&place_re, g_regex_new ("^\\p{Han}{1,6}?(?:省|市|区|县|州|旗|盟)(?=\\p{Han}{2})",
                                                 G_REGEX_OPTIMIZE, 0, NULL));
    if (g_regex_match (place_re, name, 0, &match))
      {
        gint end = 0;
        g_match_info_fetch_pos (match, 0, NULL, &end);
        concept = find (g, name + end);
        if (concept != NULL)
          {
            *out_en = g_strdup (concept->en);
            return concept;
          }
      }
  }
  return NULL;
}
