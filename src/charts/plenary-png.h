/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

GBytes *plenary_png_encode (cairo_surface_t  *surface,
                            double            pixels_per_inch,
                            GError          **error);

G_END_DECLS
