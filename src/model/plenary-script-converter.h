/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* The script the report's Chinese is shown in. Reports are written in
 * Simplified; readers whose interface is Traditional see them converted. */
typedef enum {
  PLENARY_SCRIPT_SIMPLIFIED,
  PLENARY_SCRIPT_TRADITIONAL_TW,
  PLENARY_SCRIPT_TRADITIONAL_HK,
} PlenaryScript;

#define PLENARY_TYPE_SCRIPT (plenary_script_get_type ())
GType          plenary_script_get_type        (void) G_GNUC_CONST;
PlenaryScript  plenary_script_from_locale     (void);

#define PLENARY_SCRIPT_CONVERTER_ERROR (plenary_script_converter_error_quark ())

typedef enum {
  PLENARY_SCRIPT_CONVERTER_ERROR_OPEN,
  PLENARY_SCRIPT_CONVERTER_ERROR_CONVERT,
  PLENARY_SCRIPT_CONVERTER_ERROR_NO_SOURCE,
} PlenaryScriptConverterError;

GQuark         plenary_script_converter_error_quark (void);

#define PLENARY_TYPE_SCRIPT_CONVERTER (plenary_script_converter_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryScriptConverter, plenary_script_converter, PLENARY, SCRIPT_CONVERTER, GObject)

PlenaryScriptConverter *plenary_script_converter_new            (PlenaryScript            script,
                                                                 GError                 **error);
PlenaryScriptConverter *plenary_script_converter_get_default    (PlenaryScript            script,
                                                                 GError                 **error);
PlenaryScript           plenary_script_converter_get_script     (PlenaryScriptConverter  *self);
char                   *plenary_script_converter_convert        (PlenaryScriptConverter  *self,
                                                                 const char              *text);
GBytes                 *plenary_script_converter_convert_json   (PlenaryScriptConverter  *self,
                                                                 GBytes                  *json,
                                                                 GError                 **error);
PlenaryReport          *plenary_script_converter_convert_report (PlenaryScriptConverter  *self,
                                                                 PlenaryReport           *report,
                                                                 GError                 **error);

G_END_DECLS
