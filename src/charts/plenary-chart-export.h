/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "plenary-chart-spec.h"
#include "plenary-chart-theme.h"
#include "plenary-report.h"

G_BEGIN_DECLS

typedef enum {
  PLENARY_CHART_FORMAT_PNG,
  PLENARY_CHART_FORMAT_SVG,
  PLENARY_CHART_FORMAT_PDF,
} PlenaryChartFormat;

typedef struct
{
  PlenaryChartFormat       format;
  double                   width;    /* logical pixels */
  double                   height;   /* 0: as high as the content needs */
  double                   scale;    /* device pixels a logical pixel, PNG only */
  PlenaryLanguage          language;
  const PlenaryChartTheme *theme;    /* nullable: light */
} PlenaryChartExportOptions;

gboolean         plenary_chart_format_parse           (const char                      *text,
                                                       PlenaryChartFormat              *out_format);
const char      *plenary_chart_format_get_extension   (PlenaryChartFormat               format);
const char      *plenary_chart_format_get_mime_type   (PlenaryChartFormat               format);

void             plenary_chart_export_options_init    (PlenaryChartExportOptions       *options,
                                                       PlenaryChartFormat               format,
                                                       PlenaryLanguage                  language);
char            *plenary_chart_export_dup_file_name   (PlenaryChartSpec                *spec,
                                                       PlenaryChartFormat               format);
double           plenary_chart_export_get_height      (PlenaryChartSpec                *spec,
                                                       const PlenaryChartExportOptions *options);
cairo_surface_t *plenary_chart_export_image           (PlenaryChartSpec                *spec,
                                                       const PlenaryChartExportOptions *options);
GBytes          *plenary_chart_export_to_bytes        (PlenaryChartSpec                *spec,
                                                       const PlenaryChartExportOptions *options,
                                                       GError                         **error);
gboolean         plenary_chart_export_write_atomic    (GFile                           *file,
                                                       GBytes                          *bytes,
                                                       GCancellable                    *cancellable,
                                                       GError                         **error);
gboolean         plenary_chart_export_to_file         (PlenaryChartSpec                *spec,
                                                       const PlenaryChartExportOptions *options,
                                                       GFile                           *file,
                                                       GCancellable                    *cancellable,
                                                       GError                         **error);
gboolean         plenary_chart_export_all             (PlenaryReport                   *report,
                                                       GFile                           *folder,
                                                       const PlenaryChartExportOptions *options,
                                                       GCancellable                    *cancellable,
                                                       guint                           *n_written,
                                                       GError                         **error);
void             plenary_chart_export_all_async       (PlenaryReport                   *report,
                                                       GFile                           *folder,
                                                       const PlenaryChartExportOptions *options,
                                                       GCancellable                    *cancellable,
                                                       GAsyncReadyCallback              callback,
                                                       gpointer                         user_data);
gboolean         plenary_chart_export_all_finish      (GAsyncResult                    *result,
                                                       guint                           *n_written,
                                                       GError                         **error);

G_END_DECLS
