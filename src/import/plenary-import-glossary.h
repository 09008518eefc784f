/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The bilingual glossary of the genre's standard indicators
 * (data/import/glossary.json): Chinese names → concept id, English label
 * and category.  Loaded once, shared, never freed. */

typedef struct {
  const char *id;
  const char *en;
  const char *category;
} ImpConcept;

/* Finds the concept a Chinese label names, after dropping the words around
 * it that do not change what is measured (增长, 累计, 全市…).  Returns NULL
 * when the glossary lacks it.  @out_en receives the English label with any
 * modifier (城镇 → Urban …) the glossary's term lacked. */
const ImpConcept *imp_glossary_lookup     (const char  *label_zh,
                                           char       **out_en);
guint             imp_glossary_n_terms    (void);

G_END_DECLS
