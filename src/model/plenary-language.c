/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-language"

#include "plenary-language.h"

/* A GEnum, so that widgets can have a typed "language" property. */
G_DEFINE_ENUM_TYPE (PlenaryLanguage, plenary_language,
                    G_DEFINE_ENUM_VALUE (PLENARY_LANGUAGE_ZH, "zh"),
                    G_DEFINE_ENUM_VALUE (PLENARY_LANGUAGE_EN, "en"))

/* The interface is translated through gettext, so the content language
 * simply follows the first language gettext would use. */
PlenaryLanguage
plenary_language_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return PLENARY_LANGUAGE_ZH;
      if (g_str_has_prefix (names[i], "en"))
        return PLENARY_LANGUAGE_EN;
    }

  return PLENARY_LANGUAGE_EN;
}

gboolean
plenary_language_parse (const char      *text,
                        PlenaryLanguage *out_language)
{
  g_return_val_if_fail (out_language != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  if (g_str_has_prefix (text, "zh"))
    *out_language = PLENARY_LANGUAGE_ZH;
  else if (g_str_has_prefix (text, "en"))
    *out_language = PLENARY_LANGUAGE_EN;
  else
    return FALSE;

  return TRUE;
}

const char *
plenary_language_to_string (PlenaryLanguage language)
{
  return language == PLENARY_LANGUAGE_ZH ? "zh_CN" : "en";
}

/* Picks the text for @language, falling back to the other one when a
 * report leaves a translation empty. */
const char *
plenary_language_pick (PlenaryLanguage  language,
                       const char      *zh,
                       const char      *en)
{
  const char *wanted = language == PLENARY_LANGUAGE_ZH ? zh : en;
  const char *other = language == PLENARY_LANGUAGE_ZH ? en : zh;

  if (wanted != NULL && *wanted != '\0')
    return wanted;
  return other != NULL ? other : "";
}
