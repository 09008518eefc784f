/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-content-strings"

#include <stdarg.h>
#include <string.h>

#include "plenary-content-strings.h"

/* One table per content language; Chinese in both its scripts, so that a
 * reader in Taiwan or Hong Kong reads 來源 next to 報告, never 报告. The
 * report's own text stays as the report wrote it. */

#define N PLENARY_CONTENT_N_STRINGS

static const char * const simplified[N] = {
  [PLENARY_CONTENT_TOTAL] = "合计",
  [PLENARY_CONTENT_SOURCE] = "来源：{0}",
  [PLENARY_CONTENT_SOURCE_REPORT] = "来源：报告 {0}",
  [PLENARY_CONTENT_LOG_SCALE] = "对数刻度",
  [PLENARY_CONTENT_WITH_NOTE] = "{0}（{1}）",
  [PLENARY_CONTENT_LABEL_VALUE] = "{0}：{1}",
  [PLENARY_CONTENT_LABEL_SEPARATOR] = "：",
  [PLENARY_CONTENT_LIST_SEPARATOR] = "；",
  [PLENARY_CONTENT_SENTENCE_END] = "。",
  [PLENARY_CONTENT_PERIOD_CUMULATIVE] = "累计",
  [PLENARY_CONTENT_PERIOD_YEAR] = "{0} 年",
  [PLENARY_CONTENT_PERIOD_QUARTER] = "{0} 年一季度",
  [PLENARY_CONTENT_PERIOD_MONTH] = "{0} 年 {1} 月",
  [PLENARY_CONTENT_PERIOD_MONTHS] = "{0} 年 {1}–{2} 月",
  [PLENARY_CONTENT_PERIOD_YEARS] = "{0}–{1} 年",
  [PLENARY_CONTENT_PERIOD_TARGET] = "{0} 目标",
  [PLENARY_CONTENT_PERIOD_STARTING_POINT] = "{0} 起点",
  [PLENARY_CONTENT_DATE_MONTH] = "{0} 年 {1} 月",
  [PLENARY_CONTENT_THANK_YOU] = "谢谢",
  [PLENARY_CONTENT_HEADLINE_FIGURES] = "主要指标",
  [PLENARY_CONTENT_CHANGE_DOWN] = "下降 {0}",
  [PLENARY_CONTENT_CHANGE_UP] = "增长 {0}",
  [PLENARY_CONTENT_RATIO] = "增至原来的 {0} 倍",
  [PLENARY_CONTENT_RATIO_MORE] = "增至原来的 {0} 倍以上",
  [PLENARY_CONTENT_QUALIFIER_MORE_THAN] = "超过（>）",
  [PLENARY_CONTENT_QUALIFIER_AT_LEAST] = "以上（≥）",
  [PLENARY_CONTENT_QUALIFIER_AT_MOST] = "以内（≤）",
  [PLENARY_CONTENT_QUALIFIER_ABOUT] = "左右（≈）",
  [PLENARY_CONTENT_QUALIFIER_AIM] = "力争",
  [PLENARY_CONTENT_TABLE_CATEGORY] = "类别",
  [PLENARY_CONTENT_TABLE_PROJECTS] = "项目数（个）",
  [PLENARY_CONTENT_TABLE_AMOUNT] = "年度投资（{0}）",
  [PLENARY_CONTENT_TABLE_AMOUNT_SHARE] = "投资占比（%）",
  [PLENARY_CONTENT_TABLE_PROJECT_SHARE] = "项目数占比（%）",
  [PLENARY_CONTENT_TABLE_AVERAGE] = "项目平均投资（{0}）",
  [PLENARY_CONTENT_MEASURE_GROWTH] = "比上年增长",
  [PLENARY_CONTENT_MEASURE_CHANGE] = "变化",
  [PLENARY_CONTENT_MEASURE_RANK] = "位次",
  [PLENARY_CONTENT_MEASURE_COUNT] = "{0}数量",
  [PLENARY_CONTENT_MEASURE_IN_UNIT] = "{0}（{1}）",
  [PLENARY_CONTENT_MEASURE_UNIT] = "单位：{0}",
  [PLENARY_CONTENT_SUBTITLE_SEPARATOR] = " · ",
  [PLENARY_CONTENT_PERIODS_SEPARATOR] = "、",
  [PLENARY_CONTENT_PERIODS_LAST] = "{0}与{1}",
  [PLENARY_CONTENT_TARGETS_FOR] = "{0} 年主要目标",
  [PLENARY_CONTENT_TARGET_NOT_SET] = "未设目标",
  [PLENARY_CONTENT_RESULT_IN] = "{0} 年实际：{1}",
};

static const char * const traditional[N] = {
  [PLENARY_CONTENT_TOTAL] = "合計",
  [PLENARY_CONTENT_SOURCE] = "來源：{0}",
  [PLENARY_CONTENT_SOURCE_REPORT] = "來源：報告 {0}",
  [PLENARY_CONTENT_LOG_SCALE] = "對數刻度",
  [PLENARY_CONTENT_WITH_NOTE] = "{0}（{1}）",
  [PLENARY_CONTENT_LABEL_VALUE] = "{0}：{1}",
  [PLENARY_CONTENT_LABEL_SEPARATOR] = "：",
  [PLENARY_CONTENT_LIST_SEPARATOR] = "；",
  [PLENARY_CONTENT_SENTENCE_END] = "。",
  [PLENARY_CONTENT_PERIOD_CUMULATIVE] = "累計",
  [PLENARY_CONTENT_PERIOD_YEAR] = "{0} 年",
  [PLENARY_CONTENT_PERIOD_QUARTER] = "{0} 年第一季",
  [PLENARY_CONTENT_PERIOD_MONTH] = "{0} 年 {1} 月",
  [PLENARY_CONTENT_PERIOD_MONTHS] = "{0} 年 {1}–{2} 月",
  [PLENARY_CONTENT_PERIOD_YEARS] = "{0}–{1} 年",
  [PLENARY_CONTENT_PERIOD_TARGET] = "{0} 目標",
  [PLENARY_CONTENT_PERIOD_STARTING_POINT] = "{0} 起點",
  [PLENARY_CONTENT_DATE_MONTH] = "{0} 年 {1} 月",
  [PLENARY_CONTENT_THANK_YOU] = "謝謝",
  [PLENARY_CONTENT_HEADLINE_FIGURES] = "主要指標",
  [PLENARY_CONTENT_CHANGE_DOWN] = "下降 {0}",
  [PLENARY_CONTENT_CHANGE_UP] = "增長 {0}",
  [PLENARY_CONTENT_RATIO] = "增至原來的 {0} 倍",
  [PLENARY_CONTENT_RATIO_MORE] = "增至原來的 {0} 倍以上",
  [PLENARY_CONTENT_QUALIFIER_MORE_THAN] = "超過（>）",
  [PLENARY_CONTENT_QUALIFIER_AT_LEAST] = "以上（≥）",
  [PLENARY_CONTENT_QUALIFIER_AT_MOST] = "以內（≤）",
  [PLENARY_CONTENT_QUALIFIER_ABOUT] = "左右（≈）",
  [PLENARY_CONTENT_QUALIFIER_AIM] = "力爭",
  [PLENARY_CONTENT_TABLE_CATEGORY] = "類別",
  [PLENARY_CONTENT_TABLE_PROJECTS] = "專案數（個）",
  [PLENARY_CONTENT_TABLE_AMOUNT] = "年度投資（{0}）",
  [PLENARY_CONTENT_TABLE_AMOUNT_SHARE] = "投資佔比（%）",
  [PLENARY_CONTENT_TABLE_PROJECT_SHARE] = "專案數佔比（%）",
  [PLENARY_CONTENT_TABLE_AVERAGE] = "專案平均投資（{0}）",
  [PLENARY_CONTENT_MEASURE_GROWTH] = "比上年增長",
  [PLENARY_CONTENT_MEASURE_CHANGE] = "變化",
  [PLENARY_CONTENT_MEASURE_RANK] = "位次",
  [PLENARY_CONTENT_MEASURE_COUNT] = "{0}數量",
  [PLENARY_CONTENT_MEASURE_IN_UNIT] = "{0}（{1}）",
  [PLENARY_CONTENT_MEASURE_UNIT] = "單位：{0}",
  [PLENARY_CONTENT_SUBTITLE_SEPARATOR] = " · ",
  [PLENARY_CONTENT_PERIODS_SEPARATOR] = "、",
  [PLENARY_CONTENT_PERIODS_LAST] = "{0}與{1}",
  [PLENARY_CONTENT_TARGETS_FOR] = "{0} 年主要目標",
  [PLENARY_CONTENT_TARGET_NOT_SET] = "未設目標",
  [PLENARY_CONTENT_RESULT_IN] = "{0} 年實際：{1}",
};

static const char * const english[N] = {
  [PLENARY_CONTENT_TOTAL] = "Total",
  [PLENARY_CONTENT_SOURCE] = "Source: {0}",
  [PLENARY_CONTENT_SOURCE_REPORT] = "Source: report {0}",
  [PLENARY_CONTENT_LOG_SCALE] = "log scale",
  [PLENARY_CONTENT_WITH_NOTE] = "{0} ({1})",
  [PLENARY_CONTENT_LABEL_VALUE] = "{0}: {1}",
  [PLENARY_CONTENT_LABEL_SEPARATOR] = ": ",
  [PLENARY_CONTENT_LIST_SEPARATOR] = "; ",
  [PLENARY_CONTENT_SENTENCE_END] = ". ",
  [PLENARY_CONTENT_PERIOD_CUMULATIVE] = "cumulative",
  [PLENARY_CONTENT_PERIOD_YEAR] = "{0}",
  [PLENARY_CONTENT_PERIOD_QUARTER] = "Q{1} {0}",
  [PLENARY_CONTENT_PERIOD_MONTH] = "{1} {0}",
  [PLENARY_CONTENT_PERIOD_MONTHS] = "{1}–{2} {0}",
  [PLENARY_CONTENT_PERIOD_YEARS] = "{0}–{1}",
  [PLENARY_CONTENT_PERIOD_TARGET] = "{0} target",
  [PLENARY_CONTENT_PERIOD_STARTING_POINT] = "{0} starting point",
  [PLENARY_CONTENT_DATE_MONTH] = "{1} {0}",
  [PLENARY_CONTENT_THANK_YOU] = "Thank you",
  [PLENARY_CONTENT_HEADLINE_FIGURES] = "Headline figures",
  [PLENARY_CONTENT_CHANGE_DOWN] = "down {0}",
  [PLENARY_CONTENT_CHANGE_UP] = "up {0}",
  [PLENARY_CONTENT_RATIO] = "{0}× the starting level",
  [PLENARY_CONTENT_RATIO_MORE] = "over {0}× the starting level",
  [PLENARY_CONTENT_QUALIFIER_MORE_THAN] = "more than (>)",
  [PLENARY_CONTENT_QUALIFIER_AT_LEAST] = "at least (≥)",
  [PLENARY_CONTENT_QUALIFIER_AT_MOST] = "at most (≤)",
  [PLENARY_CONTENT_QUALIFIER_ABOUT] = "about (≈)",
  [PLENARY_CONTENT_QUALIFIER_AIM] = "aim",
  [PLENARY_CONTENT_TABLE_CATEGORY] = "Category",
  [PLENARY_CONTENT_TABLE_PROJECTS] = "Projects",
  [PLENARY_CONTENT_TABLE_AMOUNT] = "Annual investment ({0})",
  [PLENARY_CONTENT_TABLE_AMOUNT_SHARE] = "Share of investment (%)",
  [PLENARY_CONTENT_TABLE_PROJECT_SHARE] = "Share of projects (%)",
  [PLENARY_CONTENT_TABLE_AVERAGE] = "Average per project ({0})",
  [PLENARY_CONTENT_MEASURE_GROWTH] = "Growth on the previous year",
  [PLENARY_CONTENT_MEASURE_CHANGE] = "Change",
  [PLENARY_CONTENT_MEASURE_RANK] = "Rank",
  [PLENARY_CONTENT_MEASURE_COUNT] = "Number of {0}",
  [PLENARY_CONTENT_MEASURE_IN_UNIT] = "{0}, in {1}",
  [PLENARY_CONTENT_MEASURE_UNIT] = "In {0}",
  [PLENARY_CONTENT_SUBTITLE_SEPARATOR] = " · ",
  [PLENARY_CONTENT_PERIODS_SEPARATOR] = ", ",
  [PLENARY_CONTENT_PERIODS_LAST] = "{0} and {1}",
  [PLENARY_CONTENT_TARGETS_FOR] = "Targets for {0}",
  [PLENARY_CONTENT_TARGET_NOT_SET] = "No target set",
  [PLENARY_CONTENT_RESULT_IN] = "{0} result: {1}",
};

/* Chinese names its months by number, in both scripts. */
static const char * const month_numbers[12] = {
  "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
};

static const char * const month_names[12] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

static const char * const month_short_names[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* Traditional characters where the interface is Chinese as Taiwan, Hong
 * Kong and Macau write it: the first Chinese gettext would use decides. */
PlenaryScript
plenary_content_script_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];

      if (!g_str_has_prefix (name, "zh"))
        continue;
      if (g_str_has_prefix (name, "zh_TW") || g_str_has_prefix (name, "zh_HK") ||
          g_str_has_prefix (name, "zh_MO") || strstr (name, "Hant") != NULL)
        return PLENARY_SCRIPT_TRADITIONAL;
      return PLENARY_SCRIPT_SIMPLIFIED;
    }

  return PLENARY_SCRIPT_SIMPLIFIED;
}

/* The entry @id for @language, Chinese in @script. */
const char *
plenary_content_get_in (PlenaryLanguage       language,
                        PlenaryScript         script,
                        PlenaryContentString  id)
{
  g_return_val_if_fail (id < N, "");

  if (language == PLENARY_LANGUAGE_EN)
    return english[id];
  return script == PLENARY_SCRIPT_TRADITIONAL ? traditional[id] : simplified[id];
}

/* The entry @id for @language, Chinese in the interface's script. */
const char *
plenary_content_get (PlenaryLanguage       language,
                     PlenaryContentString  id)
{
  return plenary_content_get_in (language, plenary_content_script_from_locale (), id);
}

/**
 * plenary_content_format:
 * @...: the strings for {0}, {1}…, then %NULL
 *
 * The entry @id with its placeholders filled in. Not printf: the entries
 * of different languages may take their arguments in different orders,
 * and every argument is already text.
 */
char *
plenary_content_format (PlenaryLanguage       language,
                        PlenaryContentString  id,
                        ...)
{
  const char *args[3] = { NULL, NULL, NULL };
  const char *entry = plenary_content_get (language, id);
  GString *out = g_string_new (NULL);
  va_list ap;
  guint n = 0;

  va_start (ap, id);
  for (const char *arg = va_arg (ap, const char *); arg != NULL && n < G_N_ELEMENTS (args);
       arg = va_arg (ap, const char *))
    args[n++] = arg;
  va_end (ap);

  for (const char *p = entry; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] >= '0' && p[1] <= '2' && p[2] == '}')
        {
          guint i = p[1] - '0';

          g_warn_if_fail (i < n);
          if (i < n)
            g_string_append (out, args[i]);
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The name of @month (1–12) in @language: "June" or "Jun", or "6". */
const char *
plenary_content_month (PlenaryLanguage language,
                       guint           month,
                       gboolean        abbreviated)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (language != PLENARY_LANGUAGE_EN)
    return month_numbers[month - 1];
  return abbreviated ? month_short_names[month - 1] : month_names[month - 1];
}
