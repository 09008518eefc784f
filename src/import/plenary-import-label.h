/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An indicator's Chinese label is a noun phrase: the verbs and framing
 * words a sentence puts around it (实现, 完成, 达到, 力争, 累计, 年内,
 * 压减, 每人每月) are dropped, and a comparison's basis (同口径, 比上年,
 * 比2017年) is no name at all. */
char *imp_label_clean (const char *subject);

G_END_DECLS
