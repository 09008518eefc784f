/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-import-document.h"
#include "plenary-import-json.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_IMPORT_STAGE_READING,
  PLENARY_IMPORT_STAGE_STRUCTURE,
  PLENARY_IMPORT_STAGE_INDICATORS,
  PLENARY_IMPORT_STAGE_CHARTS,
  PLENARY_IMPORT_STAGE_LOADING,
  PLENARY_IMPORT_STAGE_DONE,
} PlenaryImportStage;

typedef void (*ImpStageFunc) (PlenaryImportStage stage,
                              double             fraction,
                              gpointer           user_data);

/* Turns the readers' paragraphs into a report: the structure, the
 * indicators, the key-project plan, charts and headlines, written as the
 * report's JSON.  The document is returned in @out_doc when asked for. */
GBytes *imp_engine_run (GPtrArray            *paragraphs,
                        const ImpProvenance  *provenance,
                        GCancellable         *cancellable,
                        ImpStageFunc          stage_func,
                        gpointer              user_data,
                        ImpDocument         **out_doc,
                        GError              **error);

G_END_DECLS
