/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-numbers"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-import-glossary.h"
#include "plenary-import-label.h"
#include "plenary-import-lexicon.h"
#include "plenary-import-numbers.h"
#include "plenary-import-span.h"
#include "plenary-import-table.h"
#include "plenary-import-units.h"

/* One quantity as found in the text, before it becomes an indicator.
 * Offsets are byte offsets into the paragraph's text. */
typedef struct {
  gsize         start;        /* the number's first digit */
  gsize         end;          /* after the unit and any 以上/左右 */
  gsize         unit_end;
  gsize         lead;         /* where a qualifier or verb before it starts */
  double        value;
  char         *unit;
  ImpQualifier  qualifier;
  gboolean      decline;
  gboolean      growth_verb;
  gboolean      times;
  gboolean      from;         /* 从 X 提升到 Y: X is a baseline */
  gboolean      in_list;      /* follows the previous one after 、 */
  gboolean      respectively; /* the list is 分别 … */
  gsize         subject_start;
  char         *subject;
  gsize         noun_end;     /* when the noun follows: 3 个国铁 */
  char         *noun;
} Hit;

static void
hit_clear (Hit *hit)
{
  g_free (hit->unit);
  g_free (hit->subject);
  g_free (hit->noun);
}

const char *
imp_qualifier_name (ImpQualifier qualifier)
{
  static const char * const names[] = { NULL, "more-than", "at-least", "at-most", "about", "aim" };
  return names[qualifier];
}

const char *
imp_measure_name (ImpMeasure measure)
{
  static const char * const names[] = { "level", "growth", "share", "change", "rank" };
  return names[measure];
}

const char *
imp_kind_name (ImpKind kind)
{
  static const char * const names[] = { "actual", "target", "baseline" };
  return names[kind];
}

typedef struct { const char *word; ImpQualifier qualifier; } Hedge;

static const Hedge before_words[] = {
  { "不低于", IMP_QUALIFIER_AT_LEAST }, { "不少于", IMP_QUALIFIER_AT_LEAST },
  { "至少", IMP_QUALIFIER_AT_LEAST }, { "不超过", IMP_QUALIFIER_AT_MOST },
  { "不高于", IMP_QUALIFIER_AT_MOST }, { "控制在", IMP_QUALIFIER_AT_MOST },
  { "低于", IMP_QUALIFIER_AT_MOST }, { "超过", IMP_QUALIFIER_MORE_THAN },
  { "突破", IMP_QUALIFIER_MORE_THAN }, { "高于", IMP_QUALIFIER_MORE_THAN },
  { "大于", IMP_QUALIFIER_MORE_THAN }, { "多于", IMP_QUALIFIER_MORE_THAN },
  { "逾", IMP_QUALIFIER_MORE_THAN }, { "超", IMP_QUALIFIER_MORE_THAN },
  { "接近", IMP_QUALIFIER_ABOUT }, { "将近", IMP_QUALIFIER_ABOUT },
  { "大约", IMP_QUALIFIER_ABOUT }, { "约", IMP_QUALIFIER_ABOUT }, { "近", IMP_QUALIFIER_ABOUT },
};

static const Hedge after_words[] = {
  { "以上", IMP_QUALIFIER_AT_LEAST }, { "以内", IMP_QUALIFIER_AT_MOST },
  { "以下", IMP_QUALIFIER_AT_MOST }, { "左右", IMP_QUALIFIER_ABOUT },
};

static const char * const decline_words[] = {
  "下降", "减少", "降低", "回落", "下滑", "缩小", "缩减", "压减", "降", NULL
};
static const char * const growth_words[] = {
  "增长", "增速", "增幅", "提高", "提升", "上升", "回升", "上涨", "涨幅", "增加", "增",
  "下降", "减少", "降低", "回落", "下滑", "降", "高", NULL
};
/* Verbs and links between a subject and its number, dropped from labels. */
static const char * const link_words[] = {
  "分别达到", "分别达", "分别为", "分别增长", "分别下降", "分别提高", "分别", "均达到",
  "均为", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "扩大至", "扩大到",
  "增至", "降至", "压缩至", "缩短至", "减少至", "下降至", "稳定在", "保持在", "控制在",
  "达到", "稳定达到", "总计", "合计", "共计", "累计达", "分别达", "为", "达", "是", "至",
  "到", "约", "近", "共", "计", "了", "已", "超过", "突破", "增长", "增速", "下降", "提高",
  "年均", "完成", "实现", "保持", "下降到", "下降至", "上升到", "上升至", "增长到", "增长至",
  "稳定在", "维持在", "累计完成", "完成了", "的", "从", "由", "上涨", "降低", "减少", "比上年",
  "同比", "较上年", NULL
};
static const char * const lead_words[] = {
  "其中", "同比", "比上年", "较上年", "全年", "全市", "并", "且", "和", "及", "以及", "同时",
  "其", "共", "另", "还", "已", "力争", "争取", "推动", "带动", "确保", "全力", "努力", "预计",
  "推进", "安排", "开展", "充分发挥", "虽然", "到年底前", "到年底", "年底前", "组织", "实施", "提供", "全省", "全区", "全县", NULL
};
static const char * const policy_after[] = {
  "措施", "政策", "举措", "意见", "规定", "办法", "新政", "条例", "”", "级", "强", "佳",
  "大", "之", NULL
};

static gboolean
is_excluded_before (const char *start,
                    const char *p)
{
  const char *q;
  gunichar c;

  if (p == start)
    return FALSE;
  c = g_utf8_get_char (g_utf8_prev_char (p));
  if ((c < 128 && g_ascii_isalpha (c)) || c == '_' || c == '{' || c == '.' || c == '/' || c == '+'
      || c == '-' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0xFF5E
      || c == 0xD7 || c == '*' || c == 0xFF0B || c == 0xFF0F)
    return TRUE;
  q = imp_back_spaces (start, p);
  return imp_ends_with (start, q, "第") || imp_ends_with (start, q, "前") || imp_ends_with (start, q, "No.");
}

/* 发布港澳青创 30 条, 实施促进外贸稳定增长 23 条: a set of measures is a
 * policy's name, not a quantity of the plan. */
static gboolean
is_policy_count (const char *text,
                 const char *number,
                 const char *unit,
                 const char *after_unit)
{
  static const char * const verbs[] = { "发布", "出台", "实施", "推出", "印发", NULL };
  const char *start;
  gsize n;
  g_autofree char *clause = NULL;

  if (!g_str_equal (unit, "条") && !g_str_equal (unit, "项"))
    return FALSE;
  if (*after_unit != '\0' && !imp_is_stop_before (text, g_utf8_next_char (after_unit), TRUE, &n))
    return FALSE;
  start = imp_clause_start (text, text, number, TRUE);
  clause = g_strndup (start, number - start);
  for (guint i = 0; verbs[i] != NULL; i++)
    if (strstr (clause, verbs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* 10 分钟健身圈, 1 小时交通圈: a reach, not a quantity. */
static gboolean
is_radius (const char *unit,
           const char *after_unit)
{
  const char *p = after_unit;

  if (!g_str_equal (unit, "分钟") && !g_str_equal (unit, "小时") && !g_str_equal (unit, "公里"))
    return FALSE;
  for (guint i = 0; i < 12 && *p && !g_str_has_prefix (p, "，") && !g_str_has_prefix (p, "。");
       i++, p = g_utf8_next_char (p))
    if (g_str_has_prefix (p, "圈"))
      return TRUE;
  return FALSE;
}

/* 50 亿元以上项目, 超 10 亿元企业: an amount that sorts projects or firms
 * into a class names the class; the count that follows is the figure. */
static gboolean
is_class_threshold (const char *unit,
                    const char *after)
{
  static const char * const classes[] = {
    "项目", "企业", "工业企业", "产业", "集群", "工程", "商圈", "园区", "龙头", "大项目", NULL
  };
  const char *p = imp_skip_spaces (after);

  if (!g_str_has_suffix (unit, "元"))
    return FALSE;
  if (g_str_has_prefix (p, "以上") || g_str_has_prefix (p, "以下"))
    p = imp_skip_spaces (p + strlen ("以上"));
  else if (g_str_has_prefix (p, "及以上"))
    p = imp_skip_spaces (p + strlen ("及以上"));
  for (guint i = 0; classes[i] != NULL; i++)
    if (g_str_has_prefix (p, classes[i]))
      return TRUE;
  return FALSE;
}

/* 较上年前移 5 位: a move in a ranking, not a quantity. */
static gboolean
is_rank_move (const char *text,
              const char *number,
              const char *unit)
{
  static const char * const moves[] = {
    "前移", "后移", "前进", "后退", "上升", "提升", "跃升", "下降", "提高", "上移", "下移", NULL
  };
  const char *b = imp_back_spaces (text, number);

  if (!g_str_equal (unit, "位") && !g_str_equal (unit, "名"))
    return FALSE;
  for (guint i = 0; moves[i] != NULL; i++)
    if (imp_ends_with (text, b, moves[i]))
      return g_str_equal (unit, "位") || imp_ends_with (text, b - strlen (moves[i]), "排名");
  return FALSE;
}

/* 连续 7 年稳定在 2700 万吨以上: a floor the figure has stayed above,
 * said after the figure itself. */
static gboolean
is_streak_floor (const char *text,
                 const char *number,
                 ImpQualifier qualifier)
{
  const char *start = imp_clause_start (text, text, number, TRUE);
  g_autofree char *clause = g_strndup (start, number - start);
  const char *streak = strstr (clause, "连续");

  return (qualifier == IMP_QUALIFIER_AT_LEAST || qualifier == IMP_QUALIFIER_MORE_THAN)
         && streak != NULL && strstr (streak, "年") != NULL;
}

/* Reads the quantity at @p (a digit) in @text; FALSE when it is a year, a
 * model name, a list number or anything else that is no indicator. */
static gboolean
read_hit (const char *text,
          const char *p,
          Hit        *hit,
          const char **out_next)
{
  const char *after, *q, *unit_start;
  gsize unit_length;
  gboolean more = FALSE;

  memset (hit, 0, sizeof *hit);
  after = imp_read_number (p, &hit->value);
  *out_next = after;
  /* No figure of a report is this large; a run of digits this long is a
   * code or an identifier (and JSON writers mangle such doubles). */
  if (!(hit->value < 1e15))
    return FALSE;
  if (is_excluded_before (text, p))
    return FALSE;
  if (g_ascii_isalpha (*after) || *after == '_' || *after == '+' || *after == '-'
      || *after == ':' || *after == '/')
    return FALSE;
  /* （1） is a list number. */
  if (imp_ends_with (text, p, "（") && g_str_has_prefix (after, "）"))
    return FALSE;
  if (imp_inside_quotes (text, p))
    return FALSE;

  unit_start = imp_skip_spaces (after);
  unit_length = imp_unit_read (unit_start, &hit->unit, &more, &hit->times);
  if (unit_length == 0)
    return FALSE;
  q = unit_start + unit_length;
  if (g_str_equal (hit->unit, "条") || g_str_equal (hit->unit, "项") || g_str_has_suffix (hit->unit, "个")
      || g_str_has_suffix (hit->unit, "亿元"))
    for (guint i = 0; policy_after[i] != NULL; i++)
      if (g_str_has_prefix (imp_skip_spaces (q), policy_after[i]))
        {
          g_clear_pointer (&hit->unit, g_free);
          return FALSE;
        }
  if (g_str_has_prefix (imp_skip_spaces (q), "级") || is_policy_count (text, p, hit->unit, q)
      || is_radius (hit->unit, q) || is_class_threshold (hit->unit, q) || is_rank_move (text, p, hit->unit))
    {
      g_clear_pointer (&hit->unit, g_free);
      return FALSE;
    }
  hit->start = p - text;
  hit->unit_end = q - text;
  if (more)
    hit->qualifier = IMP_QUALIFIER_MORE_THAN;
  if (hit->times)
    hit->value *= 100;

  {
    const char *r = imp_skip_spaces (q);
    for (guint i = 0; i < G_N_ELEMENTS (after_words); i++)
      if (g_str_has_prefix (r, after_words[i].word))
        {
          hit->qualifier = after_words[i].qualifier;
          q = r + strlen (after_words[i].word);
          break;
        }
  }
  hit->end = q - text;
  *out_next = q;
  if (is_streak_floor (text, p, hit->qualifier))
    return FALSE;

  /* What stands right before the number: a hedge, then a verb. */
  {
    const char *b = imp_back_spaces (text, p);

    if (imp_ends_with (text, b, "从") || imp_ends_with (text, b, "由") || imp_is_from_year (text, b))
      hit->from = TRUE;
    for (guint i = 0; i < G_N_ELEMENTS (before_words); i++)
      if (imp_ends_with (text, b, before_words[i].word))
        {
          if (hit->qualifier == IMP_QUALIFIER_NONE || before_words[i].qualifier == IMP_QUALIFIER_AT_MOST)
            hit->qualifier = before_words[i].qualifier;
          b = imp_back_spaces (text, b - strlen (before_words[i].word));
          break;
        }
    if (imp_ends_with (text, b, "分别"))
      b = imp_back_spaces (text, b - strlen ("分别"));
    for (guint i = 0; decline_words[i] != NULL; i++)
      if (imp_ends_with (text, b, decline_words[i])
          || (imp_ends_with (text, b, "了") && imp_ends_with (text, b - strlen ("了"), decline_words[i])))
        {
          hit->decline = TRUE;
          break;
        }
    for (guint i = 0; growth_words[i] != NULL; i++)
      if (imp_ends_with (text, b, growth_words[i]))
        {
          hit->growth_verb = TRUE;
          break;
        }
    hit->lead = b - text;
  }
  return TRUE;
}

/* The noun after the unit: 3 个国铁、7 个城际 … */
static char *
noun_after (const char *text,
            const Hit  *hit,
            gsize      *out_end)
{
  const char *p = text + hit->end, *start = p;
  guint n = 0;

  while (*p && n < 16 && !imp_is_digit_at (p))
    {
      gsize length;
      const char *next = g_utf8_next_char (p);
      if (imp_is_stop_before (text, next, TRUE, &length))
        break;
      p = next;
      n++;
    }
  *out_end = p - text;
  {
    g_autofree char *raw = g_strndup (start, p - start);
    return imp_strip_words (raw, NULL, NULL);
  }
}

typedef struct {
  ImpDocument  *doc;
  ImpParagraph *paragraph;
  GPtrArray    *out;
} Scan;

static const char * const target_words[] = {
  "力争", "目标", "预期", "确保", "争取", "计划", "建议", "预计", "将达到", "要达到", NULL
};
static const char * const aim_words[] = { "力争", "争取", NULL };

static char *
make_id (ImpDocument  *doc,
         ImpIndicator *indicator,
         GHashTable   *used)
{
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *base = NULL;

  if (indicator->concept != NULL)
    {
      g_string_append (id, indicator->concept);
      if (indicator->measure == IMP_MEASURE_GROWTH && !g_str_has_suffix (indicator->concept, "growth"))
        g_string_append (id, "-growth");
      else if (indicator->measure == IMP_MEASURE_CHANGE)
        g_string_append (id, "-change");
    }
  else
    g_string_append (id, "indicator");
  if (indicator->kind == IMP_KIND_TARGET)
    g_string_append (id, "-target");
  else if (indicator->kind == IMP_KIND_BASELINE)
    g_string_append (id, "-start");
  g_string_append_c (id, '-');
  for (const char *p = indicator->period; *p; p++)
    g_string_append_c (id, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '-');

  base = g_strdup (id->str);
  for (guint n = 2; g_hash_table_contains (used, id->str); n++)
    {
      g_string_assign (id, base);
      g_string_append_printf (id, "-%u", n);
    }
  g_hash_table_add (used, g_strdup (id->str));
  return g_strdup (id->str);
}

/* The indicator's Chinese label from @subject (a growth rate's with 增长),
 * and its concept, English label and category from the glossary. */
void
imp_indicator_set_label (ImpIndicator *indicator,
                         const char   *subject,
                         ImpNode      *node)
{
  g_autofree char *en = NULL;
  const ImpConcept *concept;

  indicator->label_zh = g_strdup (subject);
  if (indicator->measure == IMP_MEASURE_GROWTH && !g_str_has_suffix (subject, "增长")
      && strstr (subject, "增速") == NULL && strstr (subject, "增幅") == NULL
      && strstr (subject, "涨幅") == NULL)
    {
      g_free (indicator->label_zh);
      indicator->label_zh = g_strconcat (subject, "增长", NULL);
    }
  concept = imp_glossary_lookup (subject, &en);
  if (concept != NULL)
    {
      indicator->concept = concept->id;
      indicator->category = concept->category;
      if (indicator->measure == IMP_MEASURE_GROWTH)
        indicator->label_en = g_strdup_printf ("%s growth", en);
      else if (indicator->measure == IMP_MEASURE_CHANGE)
        indicator->label_en = g_strdup_printf ("%s (change)", en);
      else
        indicator->label_en = g_steal_pointer (&en);
    }
  else
    indicator->category = imp_guess_category (subject, node);
}

char *
imp_indicator_make_id (ImpDocument  *doc,
                       ImpIndicator *indicator)
{
  return make_id (doc, indicator, doc->indicator_ids);
}

/* "主要预期目标是：" on a line of its own: the paragraph after it is the
 * list of goals. */
static gboolean
follows_goal_lead (ImpParagraph *paragraph)
{
  GPtrArray *siblings = paragraph->node->paragraphs;

  for (guint i = 1; i < siblings->len; i++)
    if (g_ptr_array_index (siblings, i) == paragraph)
      {
        ImpParagraph *lead = g_ptr_array_index (siblings, i - 1);
        return (g_str_has_suffix (lead->text, "：") || g_str_has_suffix (lead->text, ":"))
               && imp_sentence_has (lead->text, lead->text + strlen (lead->text), target_words);
      }
  return FALSE;
}

/* Whether the words before @number in its paragraph look back on the
 * review year (2023 年, 去年, 过去一年, 一年来) rather than ahead. */
static gboolean
looks_back (ImpDocument *doc,
            const char  *text,
            const char  *number)
{
  static const char * const words[] = { "去年", "过去", "一年来", "刚刚过去", "已经", "取得", NULL };
  g_autofree char *before = g_strndup (text, number - text);
  g_autofree char *year = g_strdup_printf ("%u年", doc->review_year);
  g_autofree char *year_spaced = g_strdup_printf ("%u 年", doc->review_year);

  for (const char *at = strstr (before, year); at != NULL; at = strstr (at + 1, year))
    if (!imp_ends_with (before, at, "比") && !imp_ends_with (before, at, "较"))
      return TRUE;
  for (const char *at = strstr (before, year_spaced); at != NULL; at = strstr (at + 1, year_spaced))
    if (!imp_ends_with (before, at, "比") && !imp_ends_with (before, at, "较"))
      return TRUE;
  return imp_sentence_has (text, number, words);
}

static void
finish_indicator (Scan         *scan,
                  Hit          *hit,
                  const char   *subject,
                  gsize         quote_start,
                  gsize         quote_end,
                  GHashTable   *used)
{
  ImpDocument *doc = scan->doc;
  ImpParagraph *paragraph = scan->paragraph;
  const char *text = paragraph->text;
  ImpIndicator *indicator = g_new0 (ImpIndicator, 1);
  ImpNode *node = paragraph->node;
  const char *sentence = imp_sentence_start (text, text + hit->start);
  const char *number = text + hit->start;
  g_autofree char *period = NULL;
  gboolean target;

  indicator->value = hit->decline ? -hit->value : hit->value;
  indicator->unit = g_strdup (hit->unit);
  indicator->qualifier = hit->qualifier;

  if (g_str_equal (hit->unit, "百分点"))
    indicator->measure = IMP_MEASURE_CHANGE;
  else if (g_str_equal (hit->unit, "%"))
    {
      gboolean rate_word = strstr (subject, "率") != NULL || strstr (subject, "比重") != NULL
                           || strstr (subject, "占比") != NULL || strstr (subject, "比例") != NULL
                           || g_str_has_prefix (subject, "占") || strstr (subject, "覆盖") != NULL;
      gboolean growth = hit->times || (hit->growth_verb && !rate_word)
                        || ((strstr (subject, "增速") != NULL || strstr (subject, "增幅") != NULL) && !rate_word);
      indicator->measure = growth ? IMP_MEASURE_GROWTH : IMP_MEASURE_SHARE;
    }
  else
    indicator->measure = IMP_MEASURE_LEVEL;

  /* The chapter says whether a figure is a result or a goal; inside the
   * plan chapter, its opening paragraphs still look back on the year. */
  target = node != NULL && node->is_plan;
  /* Inside the plan chapter, its opening paragraphs may still look back
   * on the year; a paragraph of the chapter's own (政府自身建设 has no
   * sections) that does not is about the plan year. */
  if (target && node->kind == IMP_CHAPTER)
    target = imp_sentence_has (text, number, target_words) || follows_goal_lead (paragraph)
             || !looks_back (doc, text, number)
             || g_str_has_prefix (imp_skip_spaces (text + hit->end), "的目标")
             || g_str_has_prefix (imp_skip_spaces (text + hit->end), "目标");
  indicator->kind = target ? IMP_KIND_TARGET : IMP_KIND_ACTUAL;
  if (hit->from)
    indicator->kind = IMP_KIND_BASELINE;
  if (target && indicator->qualifier == IMP_QUALIFIER_NONE && imp_sentence_has (sentence, number, aim_words))
    indicator->qualifier = IMP_QUALIFIER_AIM;

  {
    guint year = node != NULL && node->is_plan ? doc->plan_year : doc->review_year;
    g_autofree char *before = g_strndup (sentence, number - sentence);

    /* 恢复到 2019 年的 68 %, 是 2017 年的 2.7 倍: a share of that year's
     * level, not a figure of that year. */
    char *year_named = g_str_equal (hit->unit, "%") || hit->times ? NULL : imp_year_of (sentence, number);

    if (year_named != NULL)
      {
        period = year_named;
        indicator->period_named = TRUE;
      }
    else if ((period = imp_span_period (doc, node, sentence, number, subject, hit->from)) != NULL)
      indicator->period_named = hit->from;
    else if (imp_period_in_sentence (doc, sentence, number, year, &period) == NULL)
      {
        if (strstr (before, "累计") != NULL && strstr (before, "累计新增") == NULL
            && strstr (before, "累计减") == NULL)
          period = g_strdup ("cumulative");
        else
          period = g_strdup_printf ("%u", year);
      }
  }
  indicator->period = g_steal_pointer (&period);

  imp_indicator_set_label (indicator, subject, node);
  indicator->paragraph = paragraph;
  indicator->quote_offset = quote_start;
  indicator->quote = g_strndup (text + quote_start, quote_end - quote_start);
  indicator->id = make_id (doc, indicator, used);
  g_ptr_array_add (scan->out, indicator);
}

/* The words before the number in its clause, cleaned into a subject. */
static char *
subject_before (const char *text,
                const char *floor,
                Hit        *hit,
                gboolean    with_enumeration,
                gsize      *out_start)
{
  const char *lead = text + hit->lead;
  const char *start = imp_clause_start (text, floor, lead, with_enumeration);
  g_autofree char *raw = g_strndup (start, lead - start);
  g_autofree char *timeless = imp_strip_time (raw);
  g_autofree char *stripped = imp_strip_words (timeless, lead_words, link_words);
  g_autofree char *untimed = imp_strip_time (stripped);
  char *subject = imp_label_clean (untimed);
  const char *found = *subject ? strstr (start, subject) : NULL;

  *out_start = found != NULL && found < lead ? (gsize)(found - text) : (gsize)(lead - text);
  /* Drop the inner spaces a page layout put in, so that the label is clean. */
  {
    GString *clean = g_string_new (NULL);
    for (const char *p = subject; *p; p = g_utf8_next_char (p))
      if (!imp_is_space_at (p) || (p > subject && g_ascii_isalnum (p[-1]) && g_ascii_isalnum (p[1])))
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    g_free (subject);
    subject = g_string_free (clean, FALSE);
  }
  return subject;
}

static const char * const weak_subjects[] = {
  "新增", "新建", "建成", "完成", "推进", "打造", "推出", "引进", "培育", "发布", "实施",
  "建设", "设立", "组建", "开通", "举办", "认定", "支持", "安排", "发放", "拆除", "新改建",
  "累计建成", "累计设立", "累计", "其中", "共有", "已有", "拥有", "形成", "创建", "推动", "带动",
  "力争", "争取", "开展", "引进培养", "投入", "拨付", "培训", "同口径", "同比", NULL
};

static gboolean
is_kept_prefix (const char *subject)
{
  return g_str_equal (subject, "新增") || g_str_equal (subject, "新建") || g_str_equal (subject, "累计建成")
         || g_str_equal (subject, "新改建");
}

static gboolean
is_weak_subject (const char *subject)
{
  if (*subject == '\0' || g_str_has_suffix (subject, "的"))
    return TRUE;
  for (guint i = 0; weak_subjects[i] != NULL; i++)
    if (g_str_has_suffix (subject, weak_subjects[i]) && g_utf8_strlen (subject, -1) <= 6)
      return TRUE;
  return FALSE;
}

static gboolean
is_strong_noun (const char *noun)
{
  static const char * const verbs[] = {
    "办", "用", "以", "实", "获", "达", "提", "增", "完", "投", "的", "为", "是", "在", "到",
    "左右", "以上", "以内", "次", "元", NULL
  };

  if (g_utf8_strlen (noun, -1) < 2)
    return FALSE;
  for (guint i = 0; verbs[i] != NULL; i++)
    if (g_str_has_prefix (noun, verbs[i]))
      return FALSE;
  return TRUE;
}

/* The subjects of the @n figures before @first, when they are all in the
 * sentence of @first and each has its own. */
static GPtrArray *
subjects_of_previous (const char *text,
                      GArray     *hits,
                      guint       first,
                      guint       n,
                      gsize      *out_start)
{
  const char *sentence = imp_sentence_start (text, text + g_array_index (hits, Hit, first).start);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint k = first - n; k < first; k++)
    {
      Hit *h = &g_array_index (hits, Hit, k);
      if (h->subject == NULL || text + h->start < sentence || h->in_list
          || (k > first - n && g_str_equal (h->subject, g_ptr_array_index (out, out->len - 1))))
        {
          g_ptr_array_unref (out);
          return NULL;
        }
      g_ptr_array_add (out, g_strdup (h->subject));
    }
  *out_start = g_array_index (hits, Hit, first).lead;
  return out;
}

void
imp_numbers_scan (ImpDocument  *doc,
                  ImpParagraph *paragraph,
                  GPtrArray    *out)
{
  const char *text = paragraph->text;
  g_autoptr(GArray) hits = g_array_new (FALSE, TRUE, sizeof (Hit));
  g_autoptr(GHashTable) used = NULL;
  Scan scan = { doc, paragraph, out };
  const char *p = text;
  g_autoptr(GPtrArray) list_subjects = NULL;
  gsize list_start = 0;

  /* Ids are unique across the document. */
  used = g_hash_table_ref (doc->indicator_ids);

  while (*p)
    {
      Hit hit;
      const char *next;

      if (!imp_is_digit_at (p))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (read_hit (text, p, &hit, &next))
        {
          if (hits->len > 0)
            {
              Hit *prev = &g_array_index (hits, Hit, hits->len - 1);
              const char *between = text + prev->end;
              const char *q = imp_skip_spaces (between);

              if ((g_str_has_prefix (q, "、") || g_str_has_prefix (q, "和"))
                  && imp_skip_spaces (q + strlen ("、")) == text + hit.lead)
                {
                  hit.in_list = TRUE;
                  if (!hit.decline && prev->decline && hit.lead == hit.start)
                    hit.decline = TRUE;
                  if (!hit.growth_verb && prev->growth_verb)
                    hit.growth_verb = TRUE;
                }
            }
          g_array_append_val (hits, hit);
        }
      else
        hit_clear (&hit);
      p = next > p ? next : g_utf8_next_char (p);
    }

  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);
      guint first = i, last = i;
      const char *floor = text;

      while (last + 1 < hits->len && g_array_index (hits, Hit, last + 1).in_list)
        last++;
      if (i > 0)
        floor = text + g_array_index (hits, Hit, i - 1).end;

      if (last > first)
        {
          /* A list: 分别增长 8.5%、10.9% shares out its subjects; 3 个国铁、
           * 7 个城际 names each after its number. */
          gsize start = 0;
          g_autofree char *subject = subject_before (text, floor, hit, FALSE, &start);
          g_autoptr(GPtrArray) subjects = imp_split_subjects (subject, last - first + 1);

          /* 分别为 61200 元、29800 元，分别增长 4.9%、6.8%: the second list
           * has the first one's subjects. */
          if (subjects == NULL && *subject == '\0' && list_subjects != NULL
              && list_subjects->len == last - first + 1)
            {
              subjects = g_ptr_array_ref (list_subjects);
              start = list_start;
            }
          /* 存款余额 198.6 亿元，贷款余额 126.4 亿元，分别增长 12.1%、15.3%:
           * the figures just before, each with its own subject, are the
           * subjects of the list. */
          if (subjects == NULL && *subject == '\0' && first >= last - first + 1)
            subjects = subjects_of_previous (text, hits, first, last - first + 1, &start);
          if (subjects != NULL)
            {
              g_clear_pointer (&list_subjects, g_ptr_array_unref);
              list_subjects = g_ptr_array_ref (subjects);
              list_start = start;
            }

          for (guint k = first; k <= last; k++)
            {
              Hit *h = &g_array_index (hits, Hit, k);
              gsize noun_end = 0;
              g_autofree char *noun = noun_after (text, h, &noun_end);
              const char *label = subjects != NULL ? g_ptr_array_index (subjects, k - first)
                                  : g_utf8_strlen (noun, -1) >= 2 ? noun : subject;
              gsize q_start = *subject ? start : h->lead;
              gsize q_end = g_array_index (hits, Hit, last).end;

              if (subjects == NULL && g_utf8_strlen (noun, -1) >= 2)
                {
                  q_start = MIN (h->lead, h->start);
                  q_end = noun_end;
                  if (*subject && k == first)
                    q_start = start;
                }
              if (*label == '\0')
                label = noun;
              if (*label != '\0')
                finish_indicator (&scan, h, label, MIN (q_start, h->start), MAX (q_end, h->end), used);
            }
          i = last;
          continue;
        }

      {
        gsize start = 0, noun_end = 0;
        g_autofree char *subject = subject_before (text, floor, hit, TRUE, &start);
        g_autofree char *noun = NULL;
        g_autofree char *label = NULL;
        gsize q_start = start, q_end = hit->end;
        Hit *prev = i > 0 ? &g_array_index (hits, Hit, i - 1) : NULL;
        gboolean same_sentence = prev != NULL
                                 && imp_sentence_start (text, text + hit->start) <= text + prev->start;

        if (g_utf8_strlen (subject, -1) < 2 || g_str_has_prefix (subject, "占"))
          {
            g_autofree char *after = noun_after (text, hit, &noun_end);

            if (!g_str_has_prefix (subject, "占") && is_strong_noun (after))
              {
                /* 3 个国铁、7 个城际: each is named after its number. */
                label = g_strdup (after);
                q_start = MIN (hit->lead, hit->start);
                q_end = noun_end;
              }
            else if (prev != NULL && same_sentence && prev->subject != NULL
                && (*subject == '\0' || g_str_has_prefix (subject, "占")))
              {
                /* 商品进出口总值超过 1 万亿元，增长 2%: the subject carries over. */
                label = g_strconcat (prev->subject, subject, NULL);
                q_start = prev->subject_start;
              }
            else
              {
                noun = noun_after (text, hit, &noun_end);
                if (g_utf8_strlen (noun, -1) >= 2)
                  {
                    label = g_strdup (noun);
                    q_start = MIN (hit->lead, hit->start);
                    q_end = noun_end;
                  }
              }
          }
        if (label == NULL && is_weak_subject (subject))
          {
            g_autofree char *after = noun_after (text, hit, &noun_end);
            if (is_strong_noun (after))
              {
                /* 新增 1 家国家重点实验室: the noun after the number is
                 * what is counted. */
                label = is_kept_prefix (subject) ? g_strconcat (subject, after, NULL) : g_strdup (after);
                q_end = noun_end;
              }
          }
        if (label == NULL && *subject != '\0')
          label = g_strdup (subject);
        if (label == NULL)
          continue;
        hit->subject = g_strdup (label);
        hit->subject_start = q_start;
        finish_indicator (&scan, hit, label, MIN (q_start, hit->start), MAX (q_end, hit->end), used);
      }
    }

  /* 从 2000 件提升到超过 9 万件: the baseline is given in the later unit. */
  for (guint i = 0; i + 1 < out->len; i++)
    {
      ImpIndicator *a = g_ptr_array_index (out, i);
      ImpIndicator *b = g_ptr_array_index (out, i + 1);
      if (a->kind == IMP_KIND_BASELINE && b->paragraph == a->paragraph && !g_str_equal (a->unit, b->unit))
        {
          g_autoptr(ImpUnit) ua = imp_unit_describe (a->unit);
          g_autoptr(ImpUnit) ub = imp_unit_describe (b->unit);
          if (g_strcmp0 (ua->en, ub->en) == 0 && g_strcmp0 (ua->kind, ub->kind) == 0)
            {
              a->value = a->value * ua->scale / ub->scale;
              g_free (a->unit);
              a->unit = g_strdup (b->unit);
            }
        }
      if (a->kind == IMP_KIND_BASELINE && b->paragraph == a->paragraph && !a->period_named)
        {
          g_free (a->period);
          a->period = g_strdup (b->period);
        }
    }

  for (guint i = 0; i < hits->len; i++)
    hit_clear (&g_array_index (hits, Hit, i));
}

typedef struct {
  ImpDocument *doc;
  ImpTable    *table;
} Extract;

static void
scan_one (ImpParagraph *paragraph,
          gpointer      user_data)
{
  Extract *x = user_data;

  /* The salutation and the closing words carry no figures of the plan. */
  if (paragraph->node == NULL)
    return;
  /* The rows of a table of indicators are read by their columns. */
  if (imp_table_scan (x->table, x->doc, paragraph, x->doc->indicators))
    return;
  imp_numbers_scan (x->doc, paragraph, x->doc->indicators);
}

void
imp_numbers_extract (ImpDocument *doc)
{
  g_autoptr(ImpTable) table = imp_table_new ();
  Extract x = { doc, table };

  imp_document_foreach_paragraph (doc, scan_one, &x);
}
