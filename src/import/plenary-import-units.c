/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-units"

#include "config.h"

#include <string.h>

#include "plenary-import-units.h"

typedef struct {
  const char *zh;
  const char *en;
  const char *kind;
} Base;

/* Longest first where one unit begins another (平方公里 before 公里). */
static const Base bases[] = {
  { "微克/立方米", "µg/m³", "concentration" },
  { "毫克/立方米", "mg/m³", "concentration" },
  { "平方公里", "km²", "area" },
  { "平方千米", "km²", "area" },
  { "平方米", "m²", "area" },
  { "立方米", "m³", "count" },
  { "公里", "km", "length" },
  { "千米", "km", "length" },
  { "公顷", "hectares", "area" },
  { "亩", "mu", "area" },
  { "标箱", "TEU", "count" },
  { "人次", "trips", "count" },
  { "场次", "events", "count" },
  { "架次", "flights", "count" },
  { "个工作日", "working days", "time" },
  { "工作日", "working days", "time" },
  { "个月", "months", "time" },
  { "千瓦时", "kWh", "count" },
  { "千瓦", "kW", "power" },
  { "兆瓦", "MW", "power" },
  { "吨标准煤", "tonnes of coal equivalent", "count" },
  { "吨", "tonnes", "count" },
  { "公斤", "kg", "count" },
  { "千克", "kg", "count" },
  { "斤", "jin", "count" },
  { "标准箱", "TEU", "count" },
  { "美元", "USD", "money" },
  { "港元", "HKD", "money" },
  { "元", "CNY", "money" },
  { "人", "people", "count" },
  { "名", "people", "count" },
  { "户", "entities", "count" },
  { "家", "organisations", "count" },
  { "个", "", "count" },
  { "座", "", "count" },
  { "辆", "vehicles", "count" },
  { "条", "", "count" },
  { "项", "items", "count" },
  { "所", "schools", "count" },
  { "部", "works", "count" },
  { "台", "units", "count" },
  { "套", "homes", "count" },
  { "对", "pairs", "count" },
  { "件", "pieces", "count" },
  { "支", "units", "count" },
  { "张", "", "count" },
  { "艘", "ships", "count" },
  { "栋", "buildings", "count" },
  { "宗", "plots", "count" },
  { "处", "sites", "count" },
  { "位", "people", "count" },
  { "款", "products", "count" },
  { "株", "plants", "count" },
  { "棵", "trees", "count" },
  { "间", "rooms", "count" },
  { "床", "beds", "count" },
  { "头", "head", "count" },
  { "只", "head", "count" },
  { "列", "trains", "count" },
  { "场", "events", "count" },
  { "册", "volumes", "count" },
  { "岁", "years", "time" },
  { "小时", "hours", "time" },
  { "分钟", "minutes", "time" },
  { "天", "days", "time" },
};

static const struct { const char *zh; double scale; } scales[] = {
  { "万亿", 1e12 }, { "亿", 1e8 }, { "千万", 1e7 }, { "百万", 1e6 }, { "万", 1e4 },
};

static const struct { const char *zh; const char *id; const char *per; } rates[] = {
  { "/天", "/天", "a day" }, { "/日", "/天", "a day" }, { "/月", "/月", "a month" },
  { "/年", "/年", "a year" }, { "/小时", "/小时", "an hour" },
};

static const Base *
read_base (const char *text,
           gsize      *length)
{
  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    if (g_str_has_prefix (text, bases[i].zh))
      {
        *length = strlen (bases[i].zh);
        return &bases[i];
      }
  return NULL;
}

static gsize
skip_more (const char *text,
           gboolean   *more)
{
  if (g_str_has_prefix (text, "多") || g_str_has_prefix (text, "余"))
    {
      *more = TRUE;
      return strlen ("多");
    }
  return 0;
}

gsize
imp_unit_read (const char  *text,
               char       **out_id,
               gboolean    *out_more,
               gboolean    *out_times)
{
  const char *p = text;
  const char *scale = NULL;
  const Base *base = NULL;
  gsize length = 0;
  GString *id;

  *out_more = FALSE;
  *out_times = FALSE;
  *out_id = NULL;
  p += skip_more (p, out_more);

  if (g_str_has_prefix (p, "%") || g_str_has_prefix (p, "％"))
    {
      *out_id = g_strdup ("%");
      return (p - text) + (*p == '%' ? 1 : strlen ("％"));
    }
  if (g_str_has_prefix (p, "个百分点") || g_str_has_prefix (p, "百分点"))
    {
      *out_id = g_strdup ("百分点");
      return (p - text) + (g_str_has_prefix (p, "个") ? strlen ("个百分点") : strlen ("百分点"));
    }
  if (g_str_has_prefix (p, "倍"))
    {
      *out_id = g_strdup ("%");
      *out_times = TRUE;
      return (p - text) + strlen ("倍");
    }

  base = read_base (p, &length);
  if (base == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (scales) && scale == NULL; i++)
        if (g_str_has_prefix (p, scales[i].zh))
          scale = scales[i].zh;
      if (scale == NULL)
        return 0;
      p += strlen (scale);
      p += skip_more (p, out_more);
      base = read_base (p, &length);
      if (base == NULL)
        return 0;
    }
  /* 个 before 月 is a duration; 千瓦 is read whole above. */
  id = g_string_new (scale);
  g_string_append (id, base->zh);
  p += length;
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    if (g_str_has_prefix (p, rates[i].zh))
      {
        g_string_append (id, rates[i].id);
        p += strlen (rates[i].zh);
        break;
      }
  *out_id = g_string_free (id, FALSE);
  return p - text;
}

ImpUnit *
imp_unit_describe (const char *id)
{
  ImpUnit *unit = g_new0 (ImpUnit, 1);
  const char *p = id;
  gsize length = 0;
  const Base *base;

  unit->id = g_strdup (id);
  unit->zh = g_strdup (id);
  unit->scale = 1;
  if (g_str_equal (id, "%"))
    {
      unit->en = "%";
      unit->kind = "percent";
      return unit;
    }
  if (g_str_equal (id, "百分点"))
    {
      g_free (unit->zh);
      unit->zh = g_strdup ("个百分点");
      unit->en = "percentage points";
      unit->kind = "points";
      return unit;
    }
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (g_str_has_prefix (p, scales[i].zh) && read_base (p, &length) == NULL)
      {
        unit->scale = scales[i].scale;
        p += strlen (scales[i].zh);
        break;
      }
  base = read_base (p, &length);
  unit->en = base ? base->en : "";
  unit->kind = base ? base->kind : "count";
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    if (base != NULL && g_str_equal (p + length, rates[i].id))
      unit->per = rates[i].per;
  return unit;
}

void
imp_unit_free (ImpUnit *unit)
{
  g_free (unit->id);
  g_free (unit->zh);
  g_free (unit);
}
