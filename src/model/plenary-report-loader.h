/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* Files larger or deeper than this are refused before they are parsed. */
#define PLENARY_REPORT_MAX_BYTES (64 * 1024 * 1024)
#define PLENARY_REPORT_MAX_DEPTH 64

#define PLENARY_REPORT_ERROR (plenary_report_error_quark ())

typedef enum {
  PLENARY_REPORT_ERROR_TOO_LARGE,
  PLENARY_REPORT_ERROR_TOO_DEEP,
  PLENARY_REPORT_ERROR_ENCODING,
  PLENARY_REPORT_ERROR_SYNTAX,
  PLENARY_REPORT_ERROR_FORMAT,
  PLENARY_REPORT_ERROR_TYPE,
  PLENARY_REPORT_ERROR_MISSING,
  PLENARY_REPORT_ERROR_VALUE,
  PLENARY_REPORT_ERROR_DUPLICATE,
  PLENARY_REPORT_ERROR_REFERENCE,
  PLENARY_REPORT_ERROR_QUOTE,
  PLENARY_REPORT_ERROR_INCONSISTENT,
  PLENARY_REPORT_ERROR_CHART,
} PlenaryReportError;

GQuark         plenary_report_error_quark  (void);
PlenaryReport *plenary_report_load_bytes   (GBytes        *bytes,
                                            GError       **error);
PlenaryReport *plenary_report_load_node    (JsonNode      *root,
                                            GError       **error);
PlenaryReport *plenary_report_load_file    (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
PlenaryReport *plenary_report_load_default (GError       **error);
GBytes        *plenary_report_dup_default_bytes (void);

G_END_DECLS
