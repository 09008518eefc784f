/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-number-format"

#include <math.h>
#include <string.h>

#include "plenary-number-format.h"

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212, wider than a hyphen and read as minus */

static const struct {
  const char *name;
  const char *symbol;
  const char *zh_prefix;
  const char *zh_suffix;
  const char *en_prefix;
} qualifiers[] = {
  [PLENARY_QUALIFIER_NONE]      = { NULL,        "",            "",     "",     "" },
  [PLENARY_QUALIFIER_MORE_THAN] = { "more-than", ">",           "超过", "",     "more than " },
  [PLENARY_QUALIFIER_AT_LEAST]  = { "at-least",  "\xe2\x89\xa5", "",     "以上", "at least " },
  [PLENARY_QUALIFIER_AT_MOST]   = { "at-most",   "\xe2\x89\xa4", "",     "以内", "at most " },
  [PLENARY_QUALIFIER_ABOUT]     = { "about",     "\xe2\x89\x88", "",     "左右", "about " },
  [PLENARY_QUALIFIER_AIM]       = { "aim",       "\xe2\x86\x92", "力争", "",     "aiming for " },
};

gboolean
plenary_qualifier_parse (const char       *text,
                         PlenaryQualifier *out_qualifier)
{
  g_return_val_if_fail (out_qualifier != NULL, FALSE);

  for (guint i = 1; i < G_N_ELEMENTS (qualifiers); i++)
    {
      if (g_strcmp0 (text, qualifiers[i].name) == 0)
        {
          *out_qualifier = (PlenaryQualifier)i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The mark drawn next to a target on a chart: ≥ ≤ ≈ >. */
const char *
plenary_qualifier_symbol (PlenaryQualifier qualifier)
{
  g_return_val_if_fail (qualifier <= PLENARY_QUALIFIER_AIM, "");
  return qualifiers[qualifier].symbol;
}

static void
group_thousands (GString *out,
                 const char *digits)
{
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* Prints @value with as few decimals as it needs (at most @max_decimals),
 * never in exponent form, with a true minus sign and, if asked, thousands
 * separators (English only; Chinese writes 17686 as it is). */
char *
plenary_format_number (double   value,
                       int      max_decimals,
                       gboolean grouping)
{
  char buf[64];
  char format[8];
  g_autofree char *int_part = NULL;
  GString *out;
  const char *dot;
  int decimals;

  max_decimals = CLAMP (max_decimals, 0, 6);
  if (!isfinite (value))
    return g_strdup ("–");

  /* Find the fewest decimals that still show the value as rounded to
   * @max_decimals, so 6.80 prints 6.8 and 1.0 prints 1. */
  for (decimals = 0; decimals < max_decimals; decimals++)
    {
      double scale = pow (10, decimals);
      double wanted = pow (10, max_decimals);
      if (fabs (round (value * scale) / scale - round (value * wanted) / wanted) < 0.5 / wanted)
        break;
    }

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, fabs (value));
  out = g_string_new (NULL);

  /* A value that rounds to zero is printed without a sign. */
  if (value < 0 && strspn (buf, "0.") != strlen (buf))
    g_string_append (out, MINUS_SIGN);

  dot = strchr (buf, '.');
  int_part = g_strndup (buf, dot ? (gsize)(dot - buf) : strlen (buf));
  if (grouping)
    group_thousands (out, int_part);
  else
    g_string_append (out, int_part);
  if (dot != NULL)
    g_string_append (out, dot);

  return g_string_free (out, FALSE);
}

/* A number next to a bar or an axis tick: the source's magnitude (3311 for
 * 3311 亿元), the unit stated once in the chart's unit line. */
char *
plenary_format_on_axis (double           value,
                        PlenaryUnit     *unit,
                        PlenaryLanguage  language)
{
  g_autofree char *number = NULL;

  number = plenary_format_number (value, 2, language == PLENARY_LANGUAGE_EN);
  if (unit != NULL && plenary_unit_get_kind (unit) == PLENARY_UNIT_KIND_PERCENT)
    return g_strconcat (number, "%", NULL);
  return g_steal_pointer (&number);
}

static char *
format_en_magnitude (double      absolute,
                     const char *noun_before,
                     const char *noun_after)
{
  g_autofree char *number = NULL;
  const char *word = NULL;

  if (absolute >= 1e12)
    {
      number = plenary_format_number (absolute / 1e12, 3, TRUE);
      word = "trillion";
    }
  else if (absolute >= 1e9)
    {
      number = plenary_format_number (absolute / 1e9, 3, TRUE);
      word = "billion";
    }
  else if (absolute >= 1e6)
    {
      number = plenary_format_number (absolute / 1e6, 3, TRUE);
      word = "million";
    }
  else
    number = plenary_format_number (absolute, 2, TRUE);

  return g_strdup_printf ("%s%s%s%s%s%s",
                          noun_before ? noun_before : "",
                          noun_before ? " " : "",
                          number,
                          word ? " " : "",
                          word ? word : "",
                          noun_after ? noun_after : "");
}

/* English nouns are stored in the plural; one of a thing takes the
 * singular ("1 working day", "1 person"). */
static char *
dup_noun_for (double      absolute,
              const char *noun)
{
  if (absolute != 1.0 || noun[0] == '\0')
    return g_strdup (noun);
  if (g_str_equal (noun, "people"))
    return g_strdup ("person");
  if (g_str_has_suffix (noun, "s") && !g_str_has_suffix (noun, "ss"))
    return g_strndup (noun, strlen (noun) - 1);
  return g_strdup (noun);
}

static char *
format_en (double       value,
           PlenaryUnit *unit)
{
  PlenaryUnitKind kind = plenary_unit_get_kind (unit);
  const char *en = plenary_unit_get_en (unit);
  const char *per = plenary_unit_get_per (unit);
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;
  double absolute = fabs (value) * plenary_unit_get_scale (unit);

  switch (kind)
    {
    case PLENARY_UNIT_KIND_PERCENT:
      body = plenary_format_number (fabs (value), 2, TRUE);
      return g_strdup_printf ("%s%s%%", value < 0 ? MINUS_SIGN : "", body);

    case PLENARY_UNIT_KIND_POINTS:
      body = plenary_format_number (fabs (value), 2, TRUE);
      return g_strdup_printf ("%s%s percentage point%s", value < 0 ? MINUS_SIGN : "", body,
                              fabs (value) == 1.0 ? "" : "s");

    case PLENARY_UNIT_KIND_RANK:
      body = plenary_format_number (value, 0, TRUE);
      return g_strdup_printf ("No. %s", body);

    case PLENARY_UNIT_KIND_MONEY:
      after = per ? g_strconcat (" ", per, NULL) : NULL;
      body = format_en_magnitude (absolute, en, after);
      break;

    default:
      {
        g_autofree char *noun = dup_noun_for (absolute, en);
        after = g_strconcat (noun[0] ? " " : "", noun, per ? " " : "", per ? per : "", NULL);
        body = format_en_magnitude (absolute, NULL, after);
      }
      break;
    }

  return value < 0 ? g_strconcat (MINUS_SIGN, body, NULL) : g_steal_pointer (&body);
}

static char *
format_zh (double       value,
           PlenaryUnit *unit)
{
  g_autofree char *number = plenary_format_number (value, 2, FALSE);

  if (plenary_unit_get_kind (unit) == PLENARY_UNIT_KIND_RANK)
    return g_strdup_printf ("第%s", number);

  /* Chinese keeps the source's own magnitude words: 3311亿元, 33.73万人. */
  return g_strconcat (number, plenary_unit_get_zh (unit), NULL);
}

/* A value with its unit, as a reader says it: 3311亿元 / CNY 331.1 billion,
 * 33.73万人 / 337,300 people. */
char *
plenary_format_value (double           value,
                      PlenaryUnit     *unit,
                      PlenaryLanguage  language)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (unit), NULL);

  if (language == PLENARY_LANGUAGE_ZH)
    return format_zh (value, unit);
  return format_en (value, unit);
}

/* As plenary_format_value(), with the qualifier the report gives:
 * 超过3000万个 / more than 30 million. */
char *
plenary_format_qualified (double            value,
                          PlenaryUnit      *unit,
                          PlenaryQualifier  qualifier,
                          PlenaryLanguage   language)
{
  g_autofree char *body = plenary_format_value (value, unit, language);

  g_return_val_if_fail (qualifier <= PLENARY_QUALIFIER_AIM, NULL);

  if (language == PLENARY_LANGUAGE_ZH)
    return g_strconcat (qualifiers[qualifier].zh_prefix, body, qualifiers[qualifier].zh_suffix, NULL);
  return g_strconcat (qualifiers[qualifier].en_prefix, body, NULL);
}
