/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* Room for the longest number plenary_json_format_number() writes. */
#define PLENARY_JSON_NUMBER_BUF_SIZE 32

void      plenary_json_format_number         (double          value,
                                              char           *buf);
char     *plenary_json_to_data               (JsonNode       *root,
                                              gsize          *length);
JsonNode *plenary_report_writer_build        (PlenaryReport  *report);
GBytes   *plenary_report_writer_to_bytes     (PlenaryReport  *report);
gboolean  plenary_report_writer_save         (PlenaryReport  *report,
                                              GFile          *file,
                                              const char     *etag,
                                              char          **new_etag,
                                              GCancellable   *cancellable,
                                              GError        **error);

G_END_DECLS
