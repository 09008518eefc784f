/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-report.h"

G_BEGIN_DECLS

/* How the report's Chinese is converted for showing. Reports are written
 * in Simplified; readers whose interface is Traditional see them
 * converted, with Taiwan's or Hong Kong's forms and vocabulary. (The
 * script alone, for the words Plenary adds, is plenary-content-strings.h's
 * PlenaryScript.) */
typedef enum {
  PLENARY_CONVERSION_NONE,
  PLENARY_CONVERSION_TAIWAN,
  PLENARY_CONVERSION_HONG_KONG,
} PlenaryConversion;

#define PLENARY_TYPE_CONVERSION (plenary_conversion_get_type ())
GType              plenary_conversion_get_type    (void) G_GNUC_CONST;
PlenaryConversion  plenary_conversion_from_locale (void);

#define PLENARY_SCRIPT_CONVERTER_ERROR (plenary_script_converter_error_quark ())

typedef enum {
  PLENARY_SCRIPT_CONVERTER_ERROR_OPEN,
  PLENARY_SCRIPT_CONVERTER_ERROR_CONVERT,
  PLENARY_SCRIPT_CONVERTER_ERROR_NO_SOURCE,
} PlenaryScriptConverterError;

GQuark         plenary_script_converter_error_quark (void);

#define PLENARY_TYPE_SCRIPT_CONVERTER (plenary_script_converter_get_type ())
G_DECLARE_FINAL_TYPE (PlenaryScriptConverter, plenary_script_converter, PLENARY, SCRIPT_CONVERTER, GObject)

PlenaryScriptConverter *plenary_script_converter_new            (PlenaryConversion        conversion,
                                                                 GError                 **error);
PlenaryScriptConverter *plenary_script_converter_get_default    (PlenaryConversion        conversion,
                                                                 GError                 **error);
PlenaryConversion       plenary_script_converter_get_conversion (PlenaryScriptConverter  *self);
char                   *plenary_script_converter_convert        (PlenaryScriptConverter  *self,
                                                                 const char              *text);
GBytes                 *plenary_script_converter_convert_json   (PlenaryScriptConverter  *self,
                                                                 GBytes                  *json,
                                                                 GError                 **error);
PlenaryReport          *plenary_script_converter_convert_report (PlenaryScriptConverter  *self,
                                                                 PlenaryReport           *report,
                                                                 GError                 **error);

G_END_DECLS
