/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "plenary-import-engine.h"
#include "plenary-report.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_IMPORT_STAGE (plenary_import_stage_get_type ())
GType plenary_import_stage_get_type (void) G_GNUC_CONST;

#define PLENARY_TYPE_IMPORTER (plenary_importer_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryImporter, plenary_importer, PLENARY, IMPORTER, GObject)

PlenaryImporter    *plenary_importer_new           (void);
void                plenary_importer_import_async  (PlenaryImporter      *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
PlenaryReport      *plenary_importer_import_finish (PlenaryImporter      *self,
                                                    GAsyncResult         *result,
                                                    GBytes              **out_json,
                                                    GError              **error);
/* The same, blocking: for the command line. */
PlenaryReport      *plenary_importer_import        (PlenaryImporter      *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GBytes              **out_json,
                                                    GError              **error);
PlenaryImportStage  plenary_importer_get_stage     (PlenaryImporter      *self);
double              plenary_importer_get_fraction  (PlenaryImporter      *self);
/* The counts of the last import, for a summary. */
guint               plenary_importer_get_labels_without_english (PlenaryImporter *self);
GPtrArray          *plenary_importer_get_notes     (PlenaryImporter      *self);

/* Whether the importer, not the loader, reads a file of this name. */
gboolean            plenary_importer_handles_name  (const char           *name);

G_END_DECLS
