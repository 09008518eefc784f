/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-report-loader"

#include "config.h"

#include "plenary-report-loader.h"
#include "plenary-report-loader-private.h"

/* The optional "provenance" of an imported report: where it came from and
 * whether a person has reviewed it yet.  A hand-made report has none. */
void
plenary_loader_read_provenance (Loader     *l,
                                JsonObject *root)
{
  static const char * const formats[] = { "text", "html", "pdf", "json", NULL };
  JsonObject *provenance = plenary_json_reader_get_object (l->reader, root, "provenance", FALSE);
  const char *source, *format, *imported;
  JsonArray *notes;
  JsonNode *reviewed;
  gboolean known = FALSE;
  gsize mark;

  if (provenance == NULL)
    return;

  mark = plenary_json_reader_push_key (l->reader, "provenance");
  source = plenary_json_reader_get_string (l->reader, provenance, "source_file", TRUE);
  format = plenary_json_reader_get_string (l->reader, provenance, "format", TRUE);
  imported = plenary_json_reader_get_string (l->reader, provenance, "imported", FALSE);
  plenary_json_reader_get_string (l->reader, provenance, "importer", FALSE);
  notes = plenary_json_reader_get_array (l->reader, provenance, "notes", FALSE);
  for (guint i = 0; notes != NULL && i < json_array_get_length (notes) && !FAILED (l); i++)
    plenary_json_reader_string_at (l->reader, notes, i);

  for (guint i = 0; format != NULL && formats[i] != NULL; i++)
    known |= g_str_equal (format, formats[i]);
  if (!FAILED (l) && !known)
    {
      gsize format_mark = plenary_json_reader_push_key (l->reader, "format");
      FAIL (l, VALUE, "“%s” is not one of text, html, pdf, json.", Q (l, format));
      plenary_json_reader_pop (l->reader, format_mark);
    }
  else if (!FAILED (l) && *source == '\0')
    {
      gsize source_mark = plenary_json_reader_push_key (l->reader, "source_file");
      FAIL (l, VALUE, "the source file’s name must not be empty.");
      plenary_json_reader_pop (l->reader, source_mark);
    }

  reviewed = json_object_get_member (provenance, "reviewed");
  if (!FAILED (l) && (reviewed == NULL || json_node_get_value_type (reviewed) != G_TYPE_BOOLEAN))
    {
      gsize reviewed_mark = plenary_json_reader_push_key (l->reader, "reviewed");
      plenary_json_reader_fail (l->reader,
                                reviewed == NULL ? PLENARY_REPORT_ERROR_MISSING : PLENARY_REPORT_ERROR_TYPE,
                                "“reviewed” must be true or false.");
      plenary_json_reader_pop (l->reader, reviewed_mark);
    }

  if (!FAILED (l))
    plenary_report_set_provenance (l->report, source, format, imported,
                                   json_node_get_boolean (reviewed));
  plenary_json_reader_pop (l->reader, mark);
}
