/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A figure's sentence for the person checking it, with the number that
 * is the figure's value marked: what the review queue and the indicator
 * editor show beside the fields. */
#include "config.h"

#include <math.h>

#include "plenary-review-quote.h"

/* The number of @text that is the indicator's value, as byte offsets:
 * the run of digits whose value is the figure's, else the first one. */
static gboolean
find_number (const char *text,
             double      value,
             gsize      *out_start,
             gsize      *out_end)
{
  gboolean found = FALSE;

  for (gsize i = 0; text[i] != '\0';)
    {
      if (g_ascii_isdigit (text[i]))
        {
          g_autoptr(GString) digits = g_string_new (NULL);
          gsize j = i;

          while (g_ascii_isdigit (text[j]) || text[j] == '.' || (text[j] == ',' && g_ascii_isdigit (text[j + 1])))
            {
              if (text[j] != ',')
                g_string_append_c (digits, text[j]);
              j++;
            }
          if (!found || fabs (g_ascii_strtod (digits->str, NULL) - fabs (value)) < 1e-9)
            {
              *out_start = i;
              *out_end = j;
              if (found)
                return TRUE;
              found = TRUE;
              if (fabs (g_ascii_strtod (digits->str, NULL) - fabs (value)) < 1e-9)
                return TRUE;
            }
          i = j;
        }
      else
        i++;
    }

  return found;
}

/* Returns: @text (or the indicator's quote) as Pango markup with the
 * figure's number highlighted. */
char *
plenary_review_dup_quote_markup (PlenaryIndicator *indicator,
                                 const char       *text)
{
  g_autofree char *before = NULL, *number = NULL, *after = NULL;
  gsize start, end;

  g_return_val_if_fail (PLENARY_IS_INDICATOR (indicator), NULL);

  if (text == NULL)
    text = plenary_indicator_get_quote (indicator);
  if (text == NULL)
    return g_strdup ("");
  if (!find_number (text, plenary_indicator_get_value (indicator), &start, &end))
    return g_markup_escape_text (text, -1);

  before = g_markup_escape_text (text, start);
  number = g_markup_escape_text (text + start, end - start);
  after = g_markup_escape_text (text + end, -1);
  return g_strdup_printf ("%s<span weight=\"bold\" underline=\"single\" bgcolor=\"#f5c211\" bgalpha=\"45%%\">%s</span>%s",
                          before, number, after);
}
