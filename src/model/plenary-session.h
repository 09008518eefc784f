/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "plenary-editor.h"
#include "plenary-language.h"
#include "plenary-outline-node.h"
#include "plenary-report.h"
#include "plenary-script-converter.h"

G_BEGIN_DECLS

/* The pages a reader can go to. The fixed ones have their own names,
 * kept apart from the report's ids: a chapter may well be called
 * "charts". A chapter or section is read on PLENARY_PAGE_READING, the
 * session's "section" saying which. New pages are added at the end. */
typedef enum {
  PLENARY_PAGE_OVERVIEW,
  PLENARY_PAGE_READING,
  PLENARY_PAGE_CHARTS,
  PLENARY_PAGE_INVESTMENT,
  PLENARY_PAGE_TARGETS,
  PLENARY_PAGE_REVIEW,
} PlenaryPage;

/* What a "reveal" request points at. */
typedef enum {
  PLENARY_TARGET_PARAGRAPH,
  PLENARY_TARGET_INDICATOR,
  PLENARY_TARGET_CHART,
} PlenaryTarget;

#define PLENARY_TYPE_PAGE   (plenary_page_get_type ())
#define PLENARY_TYPE_TARGET (plenary_target_get_type ())

GType        plenary_page_get_type   (void) G_GNUC_CONST;
GType        plenary_target_get_type (void) G_GNUC_CONST;
const char  *plenary_page_to_string  (PlenaryPage  page);
gboolean     plenary_page_parse      (const char  *text,
                                      PlenaryPage *out_page);

#define PLENARY_SESSION_FOLLOW_INTERFACE "follow-interface"
#define PLENARY_SESSION_BOTH "both"

#define PLENARY_TYPE_SESSION (plenary_session_get_type ())
G_DECLARE_FINAL_TYPE (PlenarySession, plenary_session, PLENARY, SESSION, GObject)

PlenarySession     *plenary_session_new                  (void);

PlenaryReport      *plenary_session_get_report           (PlenarySession     *self);
void                plenary_session_set_report           (PlenarySession     *self,
                                                          PlenaryReport      *report);

PlenaryEditor      *plenary_session_get_editor           (PlenarySession     *self);
void                plenary_session_set_editor           (PlenarySession     *self,
                                                          PlenaryEditor      *editor);

const char         *plenary_session_get_content_language (PlenarySession     *self);
void                plenary_session_set_content_language (PlenarySession     *self,
                                                          const char         *content_language);
PlenaryLanguage     plenary_session_get_language         (PlenarySession     *self);
gboolean            plenary_session_get_side_by_side     (PlenarySession     *self);
PlenaryReport      *plenary_session_get_source_report    (PlenarySession     *self);
gboolean            plenary_session_get_show_simplified  (PlenarySession     *self);
void                plenary_session_set_show_simplified  (PlenarySession     *self,
                                                          gboolean            show_simplified);
PlenaryConversion   plenary_session_get_conversion       (PlenarySession     *self);
PlenaryLanguage     plenary_session_get_match_language   (PlenarySession     *self);
void                plenary_session_set_match_language   (PlenarySession     *self,
                                                          PlenaryLanguage     language);

PlenaryPage         plenary_session_get_page             (PlenarySession     *self);
PlenaryOutlineNode *plenary_session_get_section          (PlenarySession     *self);
gboolean            plenary_session_show_page            (PlenarySession     *self,
                                                          PlenaryPage         page);
gboolean            plenary_session_show_section         (PlenarySession     *self,
                                                          PlenaryOutlineNode *node);
gboolean            plenary_session_show_paragraph       (PlenarySession     *self,
                                                          const char         *paragraph_id,
                                                          int                 match_start,
                                                          int                 match_end);
gboolean            plenary_session_show_indicator       (PlenarySession     *self,
                                                          const char         *indicator_id);
gboolean            plenary_session_show_chart           (PlenarySession     *self,
                                                          const char         *chart_id);
void                plenary_session_reveal               (PlenarySession     *self,
                                                          PlenaryTarget       target,
                                                          const char         *id,
                                                          int                 match_start,
                                                          int                 match_end);

char               *plenary_session_dup_location         (PlenarySession     *self);
gboolean            plenary_session_restore_location     (PlenarySession     *self,
                                                          const char         *location);

G_END_DECLS
