/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-import-engine"

#include "config.h"

#include "plenary-import-charts.h"
#include "plenary-import-engine.h"
#include "plenary-import-numbers.h"
#include "plenary-import-plan.h"
#include "plenary-import-structure.h"

static void
stage (ImpStageFunc       func,
       gpointer           user_data,
       PlenaryImportStage which,
       double             fraction)
{
  if (func != NULL)
    func (which, fraction, user_data);
}

GBytes *
imp_engine_run (GPtrArray            *paragraphs,
                const ImpProvenance  *provenance,
                GCancellable         *cancellable,
                ImpStageFunc          stage_func,
                gpointer              user_data,
                ImpDocument         **out_doc,
                GError              **error)
{
  g_autoptr(ImpDocument) doc = imp_document_new ();
  GBytes *bytes;

  stage (stage_func, user_data, PLENARY_IMPORT_STAGE_STRUCTURE, 0);
  if (!imp_structure_build (doc, paragraphs, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  stage (stage_func, user_data, PLENARY_IMPORT_STAGE_INDICATORS, 0);
  imp_numbers_extract (doc);
  imp_plan_find (doc);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  stage (stage_func, user_data, PLENARY_IMPORT_STAGE_CHARTS, 0);
  imp_charts_propose (doc);

  bytes = imp_document_to_json (doc, provenance);
  if (out_doc != NULL)
    *out_doc = g_steal_pointer (&doc);
  return bytes;
}
