/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness for the text reader: any bytes either give paragraphs
 * (valid UTF-8, none empty, none starting or ending with white space) or
 * one PlenaryImportError with a message, never a crash, a leak, a
 * critical warning or a hang.
 *
 * Built with -Dfuzzing=true; build-aux/fuzz.sh builds and runs it. */
#include <stdint.h>
#include <string.h>

#include "plenary-import-source.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_text_reader_read (bytes, &error);

  if (paragraphs == NULL)
    {
      g_assert (error != NULL && error->domain == PLENARY_IMPORT_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      return 0;
    }
  g_assert (error == NULL);
  g_assert (paragraphs->len > 0);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *p = g_ptr_array_index (paragraphs, i);
      size_t len = strlen (p);

      g_assert (len > 0);
      g_assert (g_utf8_validate (p, -1, NULL));
      g_assert (p[0] != ' ' && p[len - 1] != ' ' && p[0] != '\n' && p[len - 1] != '\n');
    }
  return 0;
}
