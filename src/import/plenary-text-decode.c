/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-text-decode"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plenary-import-source.h"
#include "plenary-text-decode-private.h"

/* Control characters other than these mean the bytes are not text. */
static gboolean
is_bad_control (gunichar c)
{
  if (c >= 0x20 && c != 0x7F)
    return c >= 0x80 && c < 0xA0;
  return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A;
}

/* Whether a character is one that Chinese text in GB18030 plausibly
 * holds.  Bytes of another encoding taken for GB18030 decode mostly into
 * rare ideographs, the private use area or scripts a report never uses. */
static gboolean
is_plausible_gb (gunichar c)
{
  return c < 0x80 ||
         (c >= 0x00A0 && c <= 0x00FF) ||
         (c >= 0x0370 && c <= 0x04FF) ||     /* Greek, Cyrillic: in GB2312 */
         (c >= 0x2000 && c <= 0x27BF) ||     /* punctuation, symbols, ①, ─ */
         (c >= 0x3000 && c <= 0x312F) ||     /* CJK punctuation, kana, bopomofo */
         (c >= 0x3200 && c <= 0x33FF) ||     /* enclosed CJK, ㎡ */
         (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

static gboolean
check_text (const char  *text,
            gboolean     gb,
            GError     **error)
{
  gsize n = 0, bad = 0, non_ascii = 0, implausible = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      n++;
      if (is_bad_control (c))
        bad++;
      if (c >= 0x80)
        {
          non_ascii++;
          if (!is_plausible_gb (c))
            implausible++;
        }
    }

  /* A stray control character may survive in a real file; binary data
   * has many. */
  if (bad > n / 100 || (gb && implausible * 5 > non_ascii))
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_ENCODING,
                   _("The file is not text in UTF-8, UTF-16 or GB18030."));
      return FALSE;
    }
  return TRUE;
}

static char *
convert (const char  *data,
         gsize        len,
         const char  *from,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;
  char *text = g_convert (data, len, "UTF-8", from, NULL, &written, &local_error);

  if (text == NULL || memchr (text, '\0', written) != NULL)
    {
      g_free (text);
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_ENCODING,
                   _("The file is not valid %s text."), from);
      return NULL;
    }
  return text;
}

/* UTF-16 without a byte-order mark: most of its ASCII characters have a
 * zero byte on one side. */
static const char *
guess_utf16 (const guint8 *data,
             gsize         len)
{
  gsize zero_even = 0, zero_odd = 0, pairs = MIN (len, 4096) / 2;

  if (len < 4 || len % 2 != 0)
    return NULL;
  for (gsize i = 0; i < pairs; i++)
    {
      zero_even += data[2 * i] == 0;
      zero_odd += data[2 * i + 1] == 0;
    }
  if (zero_odd * 10 > pairs * 3 && zero_even * 20 < pairs)
    return "UTF-16LE";
  if (zero_even * 10 > pairs * 3 && zero_odd * 20 < pairs)
    return "UTF-16BE";
  return NULL;
}

char *
plenary_text_decode_with_charset (GBytes      *bytes,
                                  const char  *charset,
                                  GError     **error)
{
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  const char *utf16;
  g_autofree char *text = NULL;
  g_autoptr(GError) bom_error = NULL;
  gboolean gb = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (len == 0)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_EMPTY,
                   _("The file is empty."));
      return NULL;
    }
  if (len > PLENARY_IMPORT_MAX_BYTES)
    {
      g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB."), PLENARY_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* A byte-order mark wins over anything a web page declares. */
  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      data += 3;
      len -= 3;
      charset = "UTF-8";
    }
  else if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    text = convert ((const char *) data + 2, len - 2, "UTF-16LE", &bom_error);
  else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    text = convert ((const char *) data + 2, len - 2, "UTF-16BE", &bom_error);
  else if (charset == NULL && (utf16 = guess_utf16 (data, len)) != NULL)
    text = convert ((const char *) data, len, utf16, NULL);
  else if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") != 0 &&
           !g_utf8_validate ((const char *) data, len, NULL))
    {
      /* GBK and GB2312 are subsets of GB18030, which iconv knows best.
       * (Bytes that are valid UTF-8 are UTF-8 whatever the page says: a
       * site moved to UTF-8 often keeps its old declaration.) */
      const char *from = charset;

      if (g_ascii_strcasecmp (charset, "gbk") == 0 || g_ascii_strcasecmp (charset, "gb2312") == 0 ||
          g_ascii_strcasecmp (charset, "x-gbk") == 0 || g_ascii_strcasecmp (charset, "cp936") == 0 ||
          g_ascii_strcasecmp (charset, "gb_2312-80") == 0)
        from = "GB18030";
      gb = g_ascii_strcasecmp (from, "GB18030") == 0;
      text = convert ((const char *) data, len, from, NULL);
      /* A wrong declaration is common: then the bytes are detected. */
      if (text != NULL && !check_text (text, gb, NULL))
        g_clear_pointer (&text, g_free);
    }

  if (bom_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&bom_error));
      return NULL;
    }

  if (text == NULL)
    {
      gb = FALSE;
      if (g_utf8_validate ((const char *) data, len, NULL))
        text = g_strndup ((const char *) data, len);
      else if ((text = convert ((const char *) data, len, "GB18030", NULL)) != NULL &&
               check_text (text, TRUE, NULL))
        gb = TRUE;
      else if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") == 0 &&
               memchr (data, '\0', len) == NULL)
        {
          /* A page that says UTF-8 with a few broken bytes is still read. */
          g_free (text);
          text = g_utf8_make_valid ((const char *) data, len);
        }
      else
        {
          g_set_error (error, PLENARY_IMPORT_ERROR, PLENARY_IMPORT_ERROR_ENCODING,
                       _("The file is not text in UTF-8, UTF-16 or GB18030."));
          return NULL;
        }
    }

  if (!check_text (text, gb, error))
    return NULL;
  return g_steal_pointer (&text);
}

char *
plenary_text_decode (GBytes  *bytes,
                     GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return plenary_text_decode_with_charset (bytes, NULL, error);
}
