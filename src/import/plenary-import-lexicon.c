/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-lexicon"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-import-lexicon.h"

gboolean
imp_is_space_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

const char *
imp_skip_spaces (const char *p)
{
  while (*p && imp_is_space_at (p))
    p = g_utf8_next_char (p);
  return p;
}

/* Steps back over spaces from @p, not before @start. */
const char *
imp_back_spaces (const char *start,
                 const char *p)
{
  while (p > start)
    {
      const char *prev = g_utf8_prev_char (p);
      if (!imp_is_space_at (prev))
        break;
      p = prev;
    }
  return p;
}

gboolean
imp_ends_with (const char *start,
               const char *p,
               const char *word)
{
  gsize n = strlen (word);
  return (gsize)(p - start) >= n && memcmp (p - n, word, n) == 0;
}

gboolean
imp_is_digit_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Reads 1,234.5 (ASCII or full-width digits). */
const char *
imp_read_number (const char *p,
                 double     *value)
{
  GString *digits = g_string_new (NULL);

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= '0' && c <= '9')
        g_string_append_c (digits, (char) c);
      else if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (digits, (char) ('0' + c - 0xFF10));
      else if ((c == '.' || c == 0xFF0E) && imp_is_digit_at (g_utf8_next_char (p))
                   && strchr (digits->str, '.') == NULL)
        g_string_append_c (digits, '.');
      else if (c == ',' && imp_is_digit_at (p + 1) && imp_is_digit_at (p + 2) && imp_is_digit_at (p + 3)
                   && !imp_is_digit_at (p + 4))
        ;
      else
        break;
      p = g_utf8_next_char (p);
    }
  *value = g_ascii_strtod (digits->str, NULL);
  g_string_free (digits, TRUE);
  return p;
}

static const char * const clause_stops[] = { "，", "。", "；", "：", "！", "？", ",", ";", NULL };

gboolean
imp_is_stop_before (const char *start,
                    const char *p,
                    gboolean    with_enumeration,
                    gsize      *length)
{
  for (guint i = 0; clause_stops[i] != NULL; i++)
    if (imp_ends_with (start, p, clause_stops[i]))
      {
        *length = strlen (clause_stops[i]);
        return TRUE;
      }
  if (with_enumeration && imp_ends_with (start, p, "、"))
    {
      *length = strlen ("、");
      return TRUE;
    }
  return FALSE;
}

/* Where the clause holding @p begins, not before @floor. */
const char *
imp_clause_start (const char *start,
                  const char *floor,
                  const char *p,
                  gboolean    with_enumeration)
{
  gsize n;

  while (p > floor && !imp_is_stop_before (start, p, with_enumeration, &n))
    p = g_utf8_prev_char (p);
  return p;
}

const char *
imp_sentence_start (const char *start,
                    const char *p)
{
  while (p > start && !imp_ends_with (start, p, "。") && !imp_ends_with (start, p, "；"))
    p = g_utf8_prev_char (p);
  return p;
}

gboolean
imp_inside_quotes (const char *start,
                   const char *p)
{
  int depth = 0;

  for (const char *q = start; q < p; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      if (c == 0x201C || c == 0x300A)   /* “ 《 */
        depth++;
      else if ((c == 0x201D || c == 0x300B) && depth > 0)
        depth--;
    }
  return depth > 0;
}

char *
imp_strip_words (const char *text,
                 const char * const *heads,
                 const char * const *tails)
{
  g_autofree char *copy = g_strdup (text);
  char *s = copy;
  gboolean changed = TRUE;

  g_strstrip (s);
  /* 1. and （2） at the head of a numbered paragraph are not the name. */
  if (g_str_has_prefix (s, "（") || g_ascii_isdigit (*s))
    {
      const char *p = s + (g_ascii_isdigit (*s) ? 0 : strlen ("（"));
      while (g_ascii_isdigit (*p))
        p++;
      if (p > s && (g_str_has_prefix (p, "）") || *p == '.' || g_str_has_prefix (p, "、")))
        s = (char *) p + (*p == '.' ? 1 : strlen ("）"));
    }
  while (changed)
    {
      changed = FALSE;
      g_strstrip (s);
      for (guint i = 0; heads != NULL && heads[i] != NULL; i++)
        if (g_str_has_prefix (s, heads[i]) && strlen (s) > strlen (heads[i]))
          {
            s += strlen (heads[i]);
            changed = TRUE;
          }
      {
        /* The longest tail first: 下降至, not 降至, is the verb. */
        gsize longest = 0;
        for (guint i = 0; tails != NULL && tails[i] != NULL; i++)
          if (g_str_has_suffix (s, tails[i]) && strlen (tails[i]) > longest)
            longest = strlen (tails[i]);
        if (longest > 0)
          {
            s[strlen (s) - longest] = '\0';
            changed = TRUE;
          }
      }
    }
  return g_strdup (s);
}

/* 到 2020 年，地区生产总值突破 1500 亿元: a goal for a later year than
 * the plan's; “十四五”规划年均增长 6%: a five-year plan's span. */
static char *
horizon_period (const char *sentence,
                const char *number,
                guint       year)
{
  static const struct { const char *name; guint first; } plans[] = {
    { "十二五", 2011 }, { "十三五", 2016 }, { "十四五", 2021 }, { "十五五", 2026 },
  };
  static GRegex *by_re;
  const char *clause = imp_clause_start (sentence, sentence, number, FALSE);
  g_autofree char *before = g_strndup (sentence, number - sentence);
  g_autofree char *words = g_strndup (clause, number - clause);
  g_autoptr(GMatchInfo) match = NULL;
  guint by = 0;

  if (strstr (words, "年均") != NULL || strstr (words, "期间") != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
      if (strstr (words, plans[i].name) != NULL)
        return g_strdup_printf ("%u/%u", plans[i].first, plans[i].first + 4);

  if (g_once_init_enter (&by_re))
    g_once_init_leave (&by_re, g_regex_new ("(?:到|至)\\s*((?:19|20)[0-9]{2})\\s*年(?:底|末)?(?![0-9]|\\s*[0-9])",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (by_re, before, 0, &match))
    do
      {
        g_autofree char *y = g_match_info_fetch (match, 1);
        by = (guint) atoi (y);
      }
    while (g_match_info_next (match, NULL));
  if (by > year && by <= year + 15)
    return g_strdup_printf ("%u", by);
  return NULL;
}

/* 3, 三 or 两 as a number; 0 for anything else. */
static guint
small_number (const char *text)
{
  static const char *const words[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

  if (g_ascii_isdigit (*text))
    return (guint) atoi (text);
  if (g_str_has_prefix (text, "两"))
    return 2;
  for (guint i = G_N_ELEMENTS (words); i > 0; i--)
    if (g_str_equal (text, words[i - 1]))
      return i;
  return 0;
}

/* The months a year-to-date figure covers: 前三季度 (January to
 * September), 上半年, 下半年, 一至三季度, 前10个月, 截至9月底.  The
 * latest of them before the number, if after @best; its position then. */
static gint
months_to_date (const char *before,
                guint       year,
                gint        best,
                char      **out_period)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  gint found = -1;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (
      "(?<q>前)\\s*(?<qn>[一二三两1-3])\\s*个?季度"
      "|(?<h>[上下])半年|(?<y>全年)"
      "|(?<qa>[一二三四1-4])\\s*[-—–至~～]\\s*(?<qb>[一二三四1-4])\\s*季度"
      "|前\\s*(?<mn>[0-9]{1,2}|[一二三四五六七八九两]|十[一二]?)\\s*个\\s*?月"
      "|(?:截至|截止|截止到|到)\\s*(?:(?:19|20)[0-9]{2}\\s*年\\s*)?(?<me>[0-9]{1,2}|[一二三四五六七八九]|十[一二]?)\\s*月(?:底|末|份)",
      G_REGEX_OPTIMIZE | G_REGEX_DUPNAMES, 0, NULL));
  if (!g_regex_match (regex, before, 0, &match))
    return -1;
  do
    {
      g_autofree char *q = g_match_info_fetch_named (match, "qn");
      g_autofree char *h = g_match_info_fetch_named (match, "h");
      g_autofree char *qa = g_match_info_fetch_named (match, "qa");
      g_autofree char *qb = g_match_info_fetch_named (match, "qb");
      g_autofree char *mn = g_match_info_fetch_named (match, "mn");
      g_autofree char *me = g_match_info_fetch_named (match, "me");
      g_autofree char *y = g_match_info_fetch_named (match, "y");
      guint from = 1, to = 0;
      gint pos = 0;

      if (q != NULL && *q)
        to = 3 * small_number (q);
      else if (h != NULL && *h)
        {
          from = g_str_equal (h, "上") ? 1 : 7;
          to = from + 5;
        }
      else if (qa != NULL && *qa)
        {
          from = 3 * small_number (qa) - 2;
          to = 3 * small_number (qb);
        }
      else if (mn != NULL && *mn)
        to = small_number (mn);
      else if (me != NULL && *me)
        to = small_number (me);
      else if (y != NULL && *y)
        to = 12;   /* 全年, after 前三季度: the whole year again */
      g_match_info_fetch_pos (match, 0, &pos, NULL);
      if (to >= from && to <= 12 && pos >= best)
        {
          g_free (*out_period);
          *out_period = from == 1 && to == 12 ? g_strdup_printf ("%u", year)
                        : g_strdup_printf ("%u-%02u/%02u", year, from, to);
          found = best = pos;
        }
    }
  while (g_match_info_next (match, NULL));
  return found;
}

const char *
imp_period_in_sentence (ImpDocument *doc,
                        const char  *sentence,
                        const char  *number,
                        guint        year,
                        char       **out_period)
{
  static GRegex *months_re, *month_re, *quarter_re, *span_re;
  g_autofree char *before = g_strndup (sentence, number - sentence);
  g_autoptr(GMatchInfo) match = NULL;
  gint best = -1, pos = 0;

  *out_period = NULL;
  if (g_once_init_enter (&months_re))
    g_once_init_leave (&months_re, g_regex_new ("(?<![0-9])([0-9]{1,2})\\s*[-—–至~～]\\s*([0-9]{1,2})\\s*月", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&month_re))
    g_once_init_leave (&month_re, g_regex_new ("(?<![0-9\\-—–~～至])([0-9]{1,2})\\s*月份?(?!\\s*[0-9])", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&quarter_re))
    g_once_init_leave (&quarter_re, g_regex_new ("(?<![前至~～—–-])(第?[一二三四1-4])\\s*季度", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&span_re))
    g_once_init_leave (&span_re, g_regex_new ("(?<![0-9])([2-9两三四五])\\s*年(?:来|间|内|中)?\\s*(?:平均|年均)?\\s*(?:累计|共)?\\s*(?:增长|突破|超过|达到|完成)?\\s*$", G_REGEX_OPTIMIZE, 0, NULL));

  if (g_regex_match (months_re, before, 0, &match))
    {
      g_autofree char *a = g_match_info_fetch (match, 1);
      g_autofree char *b = g_match_info_fetch (match, 2);
      g_match_info_fetch_pos (match, 0, &pos, NULL);
      best = pos;
      *out_period = g_strdup_printf ("%u-%02u/%02u", year, (guint) atoi (a), (guint) atoi (b));
    }
  g_clear_pointer (&match, g_match_info_unref);
  if (g_regex_match (month_re, before, 0, &match))
    {
      g_autofree char *m = g_match_info_fetch (match, 1);
      g_match_info_fetch_pos (match, 0, &pos, NULL);
      if (pos > best && atoi (m) >= 1 && atoi (m) <= 12)
        {
          best = pos;
          g_free (*out_period);
          *out_period = g_strdup_printf ("%u-%02u", year, (guint) atoi (m));
        }
    }
  g_clear_pointer (&match, g_match_info_unref);
  if (g_regex_match (quarter_re, before, 0, &match))
    {
      g_autofree char *q = g_match_info_fetch (match, 1);
      const char *digit = g_str_has_prefix (q, "第") ? q + strlen ("第") : q;
      guint n = g_str_has_prefix (digit, "一") ? 1 : g_str_has_prefix (digit, "二") ? 2
                : g_str_has_prefix (digit, "三") ? 3 : g_str_has_prefix (digit, "四") ? 4 : (guint) atoi (digit);
      g_match_info_fetch_pos (match, 0, &pos, NULL);
      if (pos > best && n >= 1 && n <= 4)
        {
          best = pos;
          g_free (*out_period);
          *out_period = g_strdup_printf ("%u-Q%u", year, n);
        }
    }
  g_clear_pointer (&match, g_match_info_unref);
  {
    gint at = months_to_date (before, year, best, out_period);
    if (at >= 0)
      best = at;
  }
  if (g_regex_match (span_re, before, 0, &match))
    {
      g_autofree char *n = g_match_info_fetch (match, 1);
      const char *words = "两三四五";
      const char *hit = strstr (words, n);
      guint span = hit != NULL ? 2 + (guint) g_utf8_pointer_to_offset (words, hit) : (guint) atoi (n);

      g_free (*out_period);
      *out_period = g_strdup_printf ("%u/%u", year - span + 1, year);
    }
  if (*out_period == NULL)
    *out_period = horizon_period (sentence, number, year);
  (void) doc;
  return *out_period;
}

gboolean
imp_sentence_has (const char         *sentence,
                  const char         *end,
                  const char * const *words)
{
  g_autofree char *text = g_strndup (sentence, end - sentence);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static const struct { const char *word; const char *category; } category_words[] = {
  { "疫情", "epidemic" }, { "口罩", "epidemic" }, { "防护服", "epidemic" },
  { "港澳", "bay-area" }, { "大湾区", "bay-area" }, { "5G", "digital" }, { "数字", "digital" },
  { "网上", "digital" }, { "数据", "digital" }, { "软件", "digital" },
  { "重点项目", "investment" }, { "投资", "investment" }, { "外资", "opening-up" },
  { "进出口", "opening-up" }, { "出口", "opening-up" }, { "进口", "opening-up" },
  { "外贸", "opening-up" }, { "一带一路", "opening-up" }, { "就业", "employment" },
  { "失业", "employment" }, { "培训", "employment" }, { "贷款", "finance" },
  { "金融", "finance" }, { "上市", "finance" }, { "融资", "finance" }, { "存款", "finance" },
  { "旅游", "tourism" }, { "游客", "tourism" }, { "文化", "culture" }, { "博物馆", "culture" },
  { "体育", "sports" }, { "足球", "sports" }, { "学位", "education" }, { "学校", "education" },
  { "幼儿", "education" }, { "教育", "education" }, { "高中", "education" },
  { "医", "health" }, { "卫生", "health" }, { "健康", "health" }, { "养老", "welfare" },
  { "低保", "welfare" }, { "补贴", "welfare" }, { "困难", "welfare" }, { "收入", "welfare" },
  { "住房", "housing" }, { "棚户", "housing" }, { "电梯", "housing" }, { "安居", "housing" },
  { "污水", "environment" }, { "垃圾", "environment" }, { "废", "environment" },
  { "绿", "environment" }, { "碧道", "environment" }, { "水体", "environment" },
  { "河涌", "environment" }, { "排放", "environment" }, { "空气", "environment" },
  { "PM", "environment" }, { "煤", "environment" }, { "造林", "environment" },
  { "生态", "environment" }, { "能耗", "energy-food" }, { "粮", "energy-food" },
  { "能源", "energy-food" }, { "电力", "energy-food" }, { "农", "agriculture" },
  { "村", "agriculture" }, { "科技", "innovation" }, { "创新", "innovation" },
  { "专利", "innovation" }, { "研发", "innovation" }, { "实验室", "innovation" },
  { "高新", "innovation" }, { "人才", "innovation" }, { "机场", "transport" },
  { "港", "transport" }, { "航线", "transport" }, { "地铁", "transport" },
  { "铁", "transport" }, { "交通", "transport" }, { "公路", "transport" },
  { "充电", "transport" }, { "航", "transport" }, { "工业", "industry" },
  { "制造", "industry" }, { "产业", "industry" }, { "汽车", "industry" },
  { "服务业", "services" }, { "消费", "business" }, { "零售", "business" },
  { "企业", "business" }, { "市场主体", "business" }, { "商", "business" },
  { "审批", "reform" }, { "政务", "reform" }, { "改革", "reform" }, { "国企", "reform" },
  { "事故", "safety" }, { "安全", "safety" }, { "城市", "urban" }, { "更新", "urban" },
  { "违建", "urban" }, { "改造", "urban" }, { "社区", "urban" },
};

const char *
imp_guess_category (const char *label,
                    ImpNode    *node)
{
  for (ImpNode *n = NULL; ; )
    {
      const char *text = n == NULL ? label : n->title;
      for (guint i = 0; i < G_N_ELEMENTS (category_words); i++)
        if (text != NULL && strstr (text, category_words[i].word) != NULL)
          return category_words[i].category;
      n = n == NULL ? node : n->parent;
      if (n == NULL)
        break;
    }
  return "economy";
}

/* Splits "城市和农村常住居民人均可支配收入" into as many subjects as the list
 * has numbers; a short head (城市) borrows the tail of the last one. */
GPtrArray *
imp_split_subjects (const char *subject,
                    guint       n)
{
  g_auto(GStrv) parts = NULL;
  GPtrArray *out;
  guint count;
  g_autofree char *unified = g_strdup (subject);
  GString *s = g_string_new (NULL);

  for (const char *p = unified; *p; )
    {
      if (g_str_has_prefix (p, "和") || g_str_has_prefix (p, "及") || g_str_has_prefix (p, "与"))
        {
          g_string_append (s, "、");
          p += strlen ("和");
        }
      else
        {
          g_string_append_len (s, p, g_utf8_next_char (p) - p);
          p = g_utf8_next_char (p);
        }
    }
  parts = g_strsplit (s->str, "、", -1);
  g_string_free (s, TRUE);
  count = g_strv_length (parts);
  if (count != n)
    return NULL;

  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < count; i++)
    {
      const char *last = parts[count - 1];
      glong head = g_utf8_strlen (parts[i], -1);
      if (i + 1 < count && head <= 2 && g_utf8_strlen (last, -1) > head + 2)
        g_ptr_array_add (out, g_strconcat (parts[i], g_utf8_offset_to_pointer (last, head), NULL));
      else
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
  return out;
}

/* "4月份规上工业增加值", "到2020年底规模以上…": the time is the
 * indicator's period, not part of its name. */
char *
imp_strip_time (const char *text)
{
  static GRegex *time_re;

  if (g_once_init_enter (&time_re))
    g_once_init_leave (&time_re, g_regex_new ("^\\s*(?:(?:到|至|截至)?\\s*[0-9]{4}\\s*年(?:底|末|前)?"
                                              "|[0-9]{1,2}\\s*(?:[-—–至~～]\\s*[0-9]{1,2}\\s*)?月份?"
                                              "|第?[一二三四]季度|前三季度|上半年|全年)+\\s*",
                                              G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_replace_literal (time_re, text, -1, 0, "", 0, NULL);
}
