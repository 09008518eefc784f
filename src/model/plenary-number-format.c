/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-number-format"

#include <math.h>
#include <string.h>

#include "plenary-number-format.h"

#define MINUS_SIGN   "\xe2\x88\x92" /* U+2212, wider than a hyphen and read as minus */
#define NO_BREAK_SP  "\xc2\xa0"     /* U+00A0 */
#define WORD_JOINER  "\xe2\x81\xa0" /* U+2060: no break here, and nothing drawn */

/* How values are written (the rules the tests check):
 *
 * - Chinese keeps the report's own magnitude and unit: 3311亿元, 33.73万人,
 *   超过3000万个; up to 4 decimals, as the report wrote them.
 * - English writes the value in one of ONE, THOUSAND, MILLION, BILLION or
 *   TRILLION: a value (or the largest of several values of one quantity)
 *   of 10^12, 10^9 or 10^6 and more takes trillion, billion or million; a
 *   value the report counts in 万 (10^4) and that reaches 10,000 takes
 *   thousand; anything else is written out ("3,841 person-times").
 *   Percentages, percentage points, lengths, times, concentrations and
 *   ranks are never scaled.
 * - No false precision: at most 2 decimals in English, trailing zeros
 *   dropped.  Scaling only moves the decimal point, so an English figure
 *   never has more significant digits than the Chinese one (7338.6万人次 is
 *   "73.39 million", 3311亿元 "CNY 331.1 billion").
 * - A value is returned in parts (qualifier, sign, digits, scale word,
 *   unit, per-period) in the language's order; joining them for the
 *   screen puts U+00A0 between English words and U+2060 WORD JOINER
 *   between Chinese characters, so that no line breaks inside a value. */

static const struct {
  const char *name;
  const char *symbol;
  const char *zh_prefix;
  const char *zh_suffix;
  const char *en_prefix;
} qualifiers[] = {
  [PLENARY_QUALIFIER_NONE]      = { NULL,        "",            "",     "",     "" },
  [PLENARY_QUALIFIER_MORE_THAN] = { "more-than", ">",           "超过", "",     "more than" },
  [PLENARY_QUALIFIER_AT_LEAST]  = { "at-least",  "\xe2\x89\xa5", "",     "以上", "at least" },
  [PLENARY_QUALIFIER_AT_MOST]   = { "at-most",   "\xe2\x89\xa4", "",     "以内", "at most" },
  [PLENARY_QUALIFIER_ABOUT]     = { "about",     "\xe2\x89\x88", "",     "左右", "about" },
  [PLENARY_QUALIFIER_AIM]       = { "aim",       "\xe2\x86\x92", "力争", "",     "aiming for" },
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


struct _PlenaryFormattedNumber
{
  grefcount          ref_count;
  PlenaryLanguage    language;
  char              *parts[PLENARY_NUMBER_N_PARTS];
  PlenaryNumberPart  order[PLENARY_NUMBER_N_PARTS];
  guint              n_order;
};

G_DEFINE_BOXED_TYPE (PlenaryFormattedNumber, plenary_formatted_number,
                     plenary_formatted_number_ref, plenary_formatted_number_unref)

PlenaryFormattedNumber *
plenary_formatted_number_ref (PlenaryFormattedNumber *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_ref_count_inc (&self->ref_count);
  return self;
}

void
plenary_formatted_number_unref (PlenaryFormattedNumber *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      for (guint i = 0; i < PLENARY_NUMBER_N_PARTS; i++)
        g_free (self->parts[i]);
      g_free (self);
    }
}

/* Returns: the text of @part, "" when the value has none. */
const char *
plenary_formatted_number_get_part (PlenaryFormattedNumber *self,
                                   PlenaryNumberPart       part)
{
  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (part < PLENARY_NUMBER_N_PARTS, "");
  return self->parts[part] ? self->parts[part] : "";
}

/* The parts that are not empty, in the order they are written. */
guint
plenary_formatted_number_get_n_parts (PlenaryFormattedNumber *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_order;
}

PlenaryNumberPart
plenary_formatted_number_get_nth_part (PlenaryFormattedNumber *self,
                                       guint                   position)
{
  g_return_val_if_fail (self != NULL, PLENARY_NUMBER_PART_DIGITS);
  g_return_val_if_fail (position < self->n_order, PLENARY_NUMBER_PART_DIGITS);
  return self->order[position];
}

/* Whether the value opens with its qualifier ("more than", "力争"), which
 * a big setting may put on a line of its own above the number; one after
 * it (80%以上) stays with the value. */
gboolean
plenary_formatted_number_has_leading_qualifier (PlenaryFormattedNumber *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->n_order > 1 && self->order[0] == PLENARY_NUMBER_PART_QUALIFIER;
}

static void
push_part (PlenaryFormattedNumber *self,
           PlenaryNumberPart       part,
           const char             *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  g_assert (self->parts[part] == NULL);
  self->parts[part] = g_strdup (text);
  self->order[self->n_order++] = part;
}

/* Ideographs and CJK punctuation: Pango may break before and after any
 * of them; between digits, %, / and letters it keeps a word whole. */
static gboolean
is_cjk (gunichar c)
{
  return c >= 0x2E80;
}

/* Chinese: a word joiner between two characters wherever Pango could
 * break (between ideographs, and between a figure and an ideograph). */
static void
append_joined_zh (GString    *out,
                  const char *text)
{
  gunichar previous = 0;

  if (out->len > 0)
    previous = g_utf8_get_char (g_utf8_find_prev_char (out->str, out->str + out->len));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (previous != 0 && (is_cjk (previous) || is_cjk (c)))
        g_string_append (out, WORD_JOINER);
      g_string_append_unichar (out, c);
      previous = c;
    }
}

static gboolean
needs_space (PlenaryFormattedNumber *self,
             PlenaryNumberPart       before,
             PlenaryNumberPart       after)
{
  if (self->language == PLENARY_LANGUAGE_ZH || before == PLENARY_NUMBER_PART_SIGN)
    return FALSE;
  /* 6.8%, not 6.8 %. */
  if (after == PLENARY_NUMBER_PART_UNIT && g_str_equal (self->parts[after], "%"))
    return FALSE;
  return TRUE;
}

/* The value as one string.  With %PLENARY_NUMBER_JOIN_NO_BREAK no line
 * can break inside it (the qualifier's own words may).  @number_start and
 * @number_end receive the byte range of the figure itself (its sign and
 * digits), which the big numbers of cards and slides set larger.
 *
 * Returns: (transfer full): the joined text. */
char *
plenary_formatted_number_join (PlenaryFormattedNumber *self,
                               PlenaryNumberJoin       join,
                               gboolean                with_qualifier,
                               guint                  *number_start,
                               guint                  *number_end)
{
  GString *out;
  gboolean zh;
  int previous = -1;
  gsize start = 0, end = 0;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  zh = self->language == PLENARY_LANGUAGE_ZH;

  for (guint i = 0; i < self->n_order; i++)
    {
      PlenaryNumberPart part = self->order[i];
      const char *text = self->parts[part];

      if (part == PLENARY_NUMBER_PART_QUALIFIER && !with_qualifier)
        continue;

      if (previous >= 0 && needs_space (self, (PlenaryNumberPart)previous, part))
        g_string_append (out, join == PLENARY_NUMBER_JOIN_NO_BREAK ? NO_BREAK_SP : " ");

      if (part == PLENARY_NUMBER_PART_DIGITS)
        start = previous == PLENARY_NUMBER_PART_SIGN ? start : out->len;
      else if (part == PLENARY_NUMBER_PART_SIGN)
        start = out->len;

      if (join == PLENARY_NUMBER_JOIN_PLAIN)
        g_string_append (out, text);
      else if (zh)
        append_joined_zh (out, text);
      else if (part == PLENARY_NUMBER_PART_QUALIFIER)
        g_string_append (out, text);
      else
        {
          /* "percentage points", "a month": one unit, kept on one line. */
          g_auto(GStrv) words = g_strsplit (text, " ", -1);
          g_autofree char *joined = g_strjoinv (NO_BREAK_SP, words);

          g_string_append (out, joined);
        }

      /* The joiner before the figure is not part of it. */
      if ((part == PLENARY_NUMBER_PART_SIGN
           || (part == PLENARY_NUMBER_PART_DIGITS && previous != PLENARY_NUMBER_PART_SIGN))
          && strncmp (out->str + start, WORD_JOINER, strlen (WORD_JOINER)) == 0)
        start += strlen (WORD_JOINER);
      if (part == PLENARY_NUMBER_PART_DIGITS)
        end = out->len;
      previous = part;
    }

  if (number_start != NULL)
    *number_start = (guint)start;
  if (number_end != NULL)
    *number_end = (guint)end;
  return g_string_free (out, FALSE);
}

/* What one of @scale is: 10^3 for THOUSAND… */
static double
scale_value (PlenaryNumberScale scale)
{
  switch (scale)
    {
    case PLENARY_NUMBER_SCALE_THOUSAND:
      return 1e3;
    case PLENARY_NUMBER_SCALE_MILLION:
      return 1e6;
    case PLENARY_NUMBER_SCALE_BILLION:
      return 1e9;
    case PLENARY_NUMBER_SCALE_TRILLION:
      return 1e12;
    case PLENARY_NUMBER_SCALE_ONE:
    case PLENARY_NUMBER_SCALE_SOURCE:
    default:
      return 1;
    }
}

/* Whether every value, multiplied by @factor, shows all its digits with
 * at most two decimals. */
static gboolean
all_keep_digits (const double *values,
                 gsize         n_values,
                 double        factor)
{
  for (gsize i = 0; i < n_values; i++)
    {
      double shown = fabs (values[i]) * factor;

      if (isfinite (shown) && fabs (round (shown * 100) - shown * 100) > 1e-6 * MAX (1, shown * 100))
        return FALSE;
    }
  return TRUE;
}

/* One scale for several values of one quantity (a table and its charts,
 * the bars of a chart), chosen by the largest of them, so that they are
 * read side by side without converting.  Chinese always keeps the
 * report's own magnitude. */
PlenaryNumberScale
plenary_number_scale_choose (const double    *values,
                             gsize            n_values,
                             PlenaryUnit     *unit,
                             PlenaryLanguage  language)
{
  double unit_scale;
  double largest = 0;
  PlenaryNumberScale scale;

  g_return_val_if_fail (PLENARY_IS_UNIT (unit), PLENARY_NUMBER_SCALE_SOURCE);
  g_return_val_if_fail (values != NULL || n_values == 0, PLENARY_NUMBER_SCALE_SOURCE);

  if (language == PLENARY_LANGUAGE_ZH)
    return PLENARY_NUMBER_SCALE_SOURCE;
  if (!plenary_unit_is_scalable (unit))
    return PLENARY_NUMBER_SCALE_ONE;

  unit_scale = plenary_unit_get_scale (unit);
  for (gsize i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      largest = MAX (largest, fabs (values[i]) * unit_scale);

  /* Compare a hair under the boundary: 3311亿 × 10^8 is not exactly
   * 3.311 × 10^11 in binary. */
  largest *= 1 + 1e-9;
  if (largest >= 1e12)
    scale = PLENARY_NUMBER_SCALE_TRILLION;
  else if (largest >= 1e9)
    scale = PLENARY_NUMBER_SCALE_BILLION;
  else if (largest >= 1e6)
    scale = PLENARY_NUMBER_SCALE_MILLION;
  else if (largest >= 1e4 && unit_scale >= 1e4)
    return PLENARY_NUMBER_SCALE_THOUSAND;
  else
    return PLENARY_NUMBER_SCALE_ONE;

  /* Values side by side should each keep their digits: 95.1万 beside
   * 115万 reads 951 and 1,150 thousand rather than 0.95 and 1.15 million,
   * as long as the largest stays under 10,000 in the smaller scale.  A
   * value alone is rounded instead (73.39 million, not 73,386 thousand). */
  while (n_values > 1 && scale > PLENARY_NUMBER_SCALE_THOUSAND
         && largest / scale_value (scale - 1) < 1e4
         && !all_keep_digits (values, n_values, unit_scale / scale_value (scale)))
    scale--;
  return scale;
}

/* What a value in the report's unit is multiplied by to be written in
 * @scale: 0.1 for 亿元 in billions. */
double
plenary_number_scale_factor (PlenaryNumberScale  scale,
                             PlenaryUnit        *unit)
{
  g_return_val_if_fail (PLENARY_IS_UNIT (unit), 1.0);

  if (scale == PLENARY_NUMBER_SCALE_SOURCE)
    return 1.0;
  return plenary_unit_get_scale (unit) / scale_value (scale);
}

/* "thousand", "million"… or "" for ONE and SOURCE. */
const char *
plenary_number_scale_word (PlenaryNumberScale scale)
{
  switch (scale)
    {
    case PLENARY_NUMBER_SCALE_THOUSAND:
      return "thousand";
    case PLENARY_NUMBER_SCALE_MILLION:
      return "million";
    case PLENARY_NUMBER_SCALE_BILLION:
      return "billion";
    case PLENARY_NUMBER_SCALE_TRILLION:
      return "trillion";
    case PLENARY_NUMBER_SCALE_ONE:
    case PLENARY_NUMBER_SCALE_SOURCE:
    default:
      return "";
    }
}

/* English nouns are stored in the plural; one of a thing takes the
 * singular ("1 working day", "1 person"). */
static char *
dup_noun_for (double      shown,
              const char *noun)
{
  if (shown != 1.0 || noun[0] == '\0')
    return g_strdup (noun);
  if (g_str_equal (noun, "people"))
    return g_strdup ("person");
  if (g_str_has_suffix (noun, "s") && !g_str_has_suffix (noun, "ss"))
    return g_strndup (noun, strlen (noun) - 1);
  return g_strdup (noun);
}

static void
fill_en (PlenaryFormattedNumber *self,
         double                  value,
         PlenaryUnit            *unit,
         PlenaryQualifier        qualifier,
         PlenaryNumberScale      scale)
{
  PlenaryUnitKind kind = plenary_unit_get_kind (unit);
  double shown = fabs (value) * plenary_number_scale_factor (scale, unit);
  g_autofree char *digits = plenary_format_number (shown, 2, TRUE);
  const char *sign = value < 0 && strspn (digits, "0.,") != strlen (digits) ? MINUS_SIGN : "";
  g_autofree char *ungrouped = NULL;
  double rounded;

  /* The value as written decides the noun's number: 1 person, 1,001 people. */
  {
    g_auto(GStrv) groups = g_strsplit (digits, ",", -1);

    ungrouped = g_strjoinv ("", groups);
    rounded = g_ascii_strtod (ungrouped, NULL);
  }

  push_part (self, PLENARY_NUMBER_PART_QUALIFIER, qualifiers[qualifier].en_prefix);
  push_part (self, PLENARY_NUMBER_PART_SIGN, sign);

  switch (kind)
    {
    case PLENARY_UNIT_KIND_PERCENT:
      push_part (self, PLENARY_NUMBER_PART_DIGITS, digits);
      push_part (self, PLENARY_NUMBER_PART_UNIT, "%");
      return;

    case PLENARY_UNIT_KIND_RANK:
      push_part (self, PLENARY_NUMBER_PART_UNIT, "No.");
      push_part (self, PLENARY_NUMBER_PART_DIGITS, digits);
      return;

    case PLENARY_UNIT_KIND_MONEY:
      push_part (self, PLENARY_NUMBER_PART_UNIT, plenary_unit_get_en (unit));
      push_part (self, PLENARY_NUMBER_PART_DIGITS, digits);
      push_part (self, PLENARY_NUMBER_PART_SCALE, plenary_number_scale_word (scale));
      break;

    case PLENARY_UNIT_KIND_POINTS:
    case PLENARY_UNIT_KIND_COUNT:
    case PLENARY_UNIT_KIND_LENGTH:
    case PLENARY_UNIT_KIND_AREA:
    case PLENARY_UNIT_KIND_CONCENTRATION:
    case PLENARY_UNIT_KIND_POWER:
    case PLENARY_UNIT_KIND_TIME:
    default:
      {
        const char *word = plenary_number_scale_word (scale);
        g_autofree char *noun = dup_noun_for (word[0] ? 0 : rounded, plenary_unit_get_en (unit));

        push_part (self, PLENARY_NUMBER_PART_DIGITS, digits);
        push_part (self, PLENARY_NUMBER_PART_SCALE, word);
        push_part (self, PLENARY_NUMBER_PART_UNIT, noun);
      }
      break;
    }
  push_part (self, PLENARY_NUMBER_PART_PER, plenary_unit_get_per (unit));
}

static void
fill_zh (PlenaryFormattedNumber *self,
         double                  value,
         PlenaryUnit            *unit,
         PlenaryQualifier        qualifier)
{
  g_autofree char *digits = plenary_format_number (fabs (value), 4, FALSE);
  const char *sign = value < 0 && strspn (digits, "0.") != strlen (digits) ? MINUS_SIGN : "";

  push_part (self, PLENARY_NUMBER_PART_QUALIFIER, qualifiers[qualifier].zh_prefix);
  if (plenary_unit_get_kind (unit) == PLENARY_UNIT_KIND_RANK)
    push_part (self, PLENARY_NUMBER_PART_UNIT, "第");
  push_part (self, PLENARY_NUMBER_PART_SIGN, sign);
  push_part (self, PLENARY_NUMBER_PART_DIGITS, digits);
  if (plenary_unit_get_kind (unit) != PLENARY_UNIT_KIND_RANK)
    /* Chinese keeps the source's own magnitude words: 3311亿元, 33.73万人. */
    push_part (self, PLENARY_NUMBER_PART_UNIT, plenary_unit_get_zh (unit));
  push_part (self, PLENARY_NUMBER_PART_QUALIFIER, qualifiers[qualifier].zh_suffix);
}

/* A value with its unit and qualifier, in parts.  @scale is what
 * plenary_number_scale_choose() gave for the values written beside this
 * one; %PLENARY_NUMBER_SCALE_SOURCE asks for the value's own (Chinese
 * always uses the report's).
 *
 * Returns: (transfer full): the parts. */
PlenaryFormattedNumber *
plenary_formatted_number_new (double              value,
                              PlenaryUnit        *unit,
                              PlenaryQualifier    qualifier,
                              PlenaryNumberScale  scale,
                              PlenaryLanguage     language)
{
  PlenaryFormattedNumber *self;

  g_return_val_if_fail (PLENARY_IS_UNIT (unit), NULL);
  g_return_val_if_fail (qualifier <= PLENARY_QUALIFIER_AIM, NULL);

  self = g_new0 (PlenaryFormattedNumber, 1);
  g_ref_count_init (&self->ref_count);
  self->language = language;

  if (!isfinite (value))
    {
      push_part (self, PLENARY_NUMBER_PART_DIGITS, "–");
      return self;
    }

  if (language == PLENARY_LANGUAGE_ZH)
    fill_zh (self, value, unit, qualifier);
  else
    {
      if (scale == PLENARY_NUMBER_SCALE_SOURCE)
        scale = plenary_number_scale_choose (&value, 1, unit, language);
      fill_en (self, value, unit, qualifier, scale);
    }
  return self;
}

/* A number next to a bar or an axis tick, in @scale (the unit is stated
 * once, in the chart's unit line; percentages carry their sign). */
char *
plenary_format_on_axis (double              value,
                        int                 max_decimals,
                        PlenaryUnit        *unit,
                        PlenaryNumberScale  scale,
                        PlenaryLanguage     language)
{
  g_autofree char *number = NULL;
  double factor = unit != NULL ? plenary_number_scale_factor (scale, unit) : 1.0;

  number = plenary_format_number (value * factor, max_decimals < 0 ? 2 : max_decimals,
                                  language == PLENARY_LANGUAGE_EN);
  if (unit != NULL && plenary_unit_get_kind (unit) == PLENARY_UNIT_KIND_PERCENT)
    return g_strconcat (number, "%", NULL);
  return g_steal_pointer (&number);
}

/* A value with its unit, as a reader says it, for the screen:
 * 3311亿元 / CNY 331.1 billion, 33.73万人 / 337.3 thousand people. */
char *
plenary_format_value (double           value,
                      PlenaryUnit     *unit,
                      PlenaryLanguage  language)
{
  return plenary_format_qualified (value, unit, PLENARY_QUALIFIER_NONE, language);
}

/* As plenary_format_value(), with the qualifier the report gives:
 * 超过3000万个 / more than 30 million. */
char *
plenary_format_qualified (double            value,
                          PlenaryUnit      *unit,
                          PlenaryQualifier  qualifier,
                          PlenaryLanguage   language)
{
  g_autoptr(PlenaryFormattedNumber) number = NULL;

  g_return_val_if_fail (PLENARY_IS_UNIT (unit), NULL);
  g_return_val_if_fail (qualifier <= PLENARY_QUALIFIER_AIM, NULL);

  number = plenary_formatted_number_new (value, unit, qualifier, PLENARY_NUMBER_SCALE_SOURCE, language);
  return plenary_formatted_number_join (number, PLENARY_NUMBER_JOIN_NO_BREAK, TRUE, NULL, NULL);
}
