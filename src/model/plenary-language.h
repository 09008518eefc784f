/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The language of the report's content (labels, titles, number formatting).
 * It follows the interface language unless the user overrides it. */
typedef enum {
  PLENARY_LANGUAGE_ZH,
  PLENARY_LANGUAGE_EN,
} PlenaryLanguage;

#define PLENARY_TYPE_LANGUAGE (plenary_language_get_type ())

GType            plenary_language_get_type    (void) G_GNUC_CONST;

PlenaryLanguage  plenary_language_from_locale (void);
gboolean         plenary_language_parse       (const char      *text,
                                               PlenaryLanguage *out_language);
const char      *plenary_language_to_string   (PlenaryLanguage  language);
const char      *plenary_language_pick        (PlenaryLanguage  language,
                                               const char      *zh,
                                               const char      *en);

G_END_DECLS
