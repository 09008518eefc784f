/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The units the importer recognises after a number: the genre's base
 * units (元, 个, 公里, 微克/立方米 …), with a scale word before them
 * (万, 亿, 万亿) and a rate after them (/天, /月, /年). */

typedef struct {
  char       *id;       /* as the text writes it: 万吨/天 */
  char       *zh;
  const char *en;
  const char *kind;     /* a unit kind of the report schema */
  double      scale;
  const char *per;      /* "a day", or NULL */
} ImpUnit;

/* Reads a unit at @text (UTF-8).  Returns the number of bytes it takes, 0
 * when no unit starts there.  *out_more is set when 多/余 stands inside it
 * (2 万余名), *out_times when the unit is 倍 (the value is then a
 * multiple and the unit %). */
gsize    imp_unit_read        (const char  *text,
                               char       **out_id,
                               gboolean    *out_more,
                               gboolean    *out_times);
/* The unit's description for the report's unit table. */
ImpUnit *imp_unit_describe    (const char  *id);
void     imp_unit_free        (ImpUnit     *unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImpUnit, imp_unit_free)

G_END_DECLS
