/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-label"

#include "config.h"

#include <string.h>

#include "plenary-import-label.h"

/* Verbs and framing words before the name.  新增 and 新建 stay: 新增就业
 * is a name of its own. */
static const char * const heads[] = {
  "实现", "达到", "力争", "争取", "确保", "预计", "累计建成", "累计", "年内", "全年", "今年",
  "当年", "投入", "兑现", "发生", "安排", "全面完成", NULL
};
/* 完成 is a framing word, except in 完成投资 and 完成年度计划. */
static const char * const kept_after_complete[] = { "投资", "年度", "率", NULL };
static const char * const tails[] = {
  "力争", "争取", "压减", "压缩", "安排", "每人每月", "每人每年", "每月", "提高到", "提高至",
  "增加到", "达到", NULL
};

static gboolean
is_basis (const char *s)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^(?:同口径|同比|可比价|按可比价格计算|比上年|较上年"
                                            "|(?:比|较)\\s*(?:19|20)[0-9]{2}\\s*年(?:末|底)?)$",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (regex, s, 0, NULL);
}

char *
imp_label_clean (const char *subject)
{
  g_autofree char *copy = g_strdup (subject);
  char *s = copy;
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; heads[i] != NULL && !changed; i++)
        if (g_str_has_prefix (s, heads[i]) && g_utf8_strlen (s + strlen (heads[i]), -1) >= 2)
          {
            s += strlen (heads[i]);
            changed = TRUE;
          }
      if (!changed && g_str_has_prefix (s, "完成") && g_utf8_strlen (s + strlen ("完成"), -1) >= 2)
        {
          gboolean kept = FALSE;
          for (guint i = 0; kept_after_complete[i] != NULL; i++)
            kept |= g_str_has_prefix (s + strlen ("完成"), kept_after_complete[i]);
          if (!kept)
            {
              s += strlen ("完成");
              changed = TRUE;
            }
        }
      for (guint i = 0; tails[i] != NULL && !changed; i++)
        if (g_str_has_suffix (s, tails[i]) && g_utf8_strlen (s, -1) - g_utf8_strlen (tails[i], -1) >= 2)
          {
            s[strlen (s) - strlen (tails[i])] = '\0';
            changed = TRUE;
          }
      /* 市重点项目建设 120 个: the projects are counted, not the works. */
      if (!changed && g_str_has_suffix (s, "项目建设"))
        {
          s[strlen (s) - strlen ("建设")] = '\0';
          changed = TRUE;
        }
    }
  if (is_basis (s))
    return g_strdup ("");
  return g_strdup (s);
}
