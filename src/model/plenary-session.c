/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-session"

#include "plenary-session.h"

#include <string.h>

#include "plenary-script-converter.h"

/* What one window is showing: the report, the language its content is
 * shown in and where the reader is. The window makes one; every page
 * takes it as a construct-only property and follows its notifications,
 * so nothing hands a report or a language from widget to widget. It
 * knows no widgets, so that an editor or an importer can replace the
 * report through it, and tests can drive it without a display.
 *
 * Properties are notified only when they change, and in an order a page
 * can rely on: when the report is replaced, "report" is notified after
 * "section" already points into the new report (or is gone), and "page"
 * and "section" follow. */

struct _PlenarySession
{
  GObject             parent_instance;

  PlenaryReport      *report;
  PlenaryReport      *source_report;
  char               *content_language;
  PlenaryLanguage     language;
  gboolean            side_by_side;
  gboolean            show_simplified;
  PlenaryConversion   conversion;
  PlenaryLanguage     match_language;
  PlenaryPage         page;
  PlenaryOutlineNode *section;
  PlenaryEditor      *editor;
};

G_DEFINE_FINAL_TYPE (PlenarySession, plenary_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PlenaryPage, plenary_page,
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_OVERVIEW, "overview"),
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_READING, "reading"),
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_CHARTS, "charts"),
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_INVESTMENT, "investment"),
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_TARGETS, "targets"),
                    G_DEFINE_ENUM_VALUE (PLENARY_PAGE_REVIEW, "review"))

G_DEFINE_ENUM_TYPE (PlenaryTarget, plenary_target,
                    G_DEFINE_ENUM_VALUE (PLENARY_TARGET_PARAGRAPH, "paragraph"),
                    G_DEFINE_ENUM_VALUE (PLENARY_TARGET_INDICATOR, "indicator"),
                    G_DEFINE_ENUM_VALUE (PLENARY_TARGET_CHART, "chart"))

enum {
  PROP_0,
  PROP_REPORT,
  PROP_CONTENT_LANGUAGE,
  PROP_LANGUAGE,
  PROP_SIDE_BY_SIDE,
  PROP_SHOW_SIMPLIFIED,
  PROP_CONVERSION,
  PROP_PAGE,
  PROP_SECTION,
  PROP_EDITOR,
  N_PROPS
};

enum {
  REVEAL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A stored location names a chapter or section with this prefix, so that
 * a node called "charts" is not taken for the charts page. */
#define SECTION_PREFIX "section:"

const char *
plenary_page_to_string (PlenaryPage page)
{
  GEnumClass *klass = g_type_class_ref (PLENARY_TYPE_PAGE);
  GEnumValue *value = g_enum_get_value (klass, page);

  g_type_class_unref (klass);
  return value != NULL ? value->value_nick : NULL;
}

gboolean
plenary_page_parse (const char  *text,
                    PlenaryPage *out_page)
{
  GEnumClass *klass;
  GEnumValue *value;

  g_return_val_if_fail (out_page != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  klass = g_type_class_ref (PLENARY_TYPE_PAGE);
  value = g_enum_get_value_by_nick (klass, text);
  if (value != NULL)
    *out_page = value->value;
  g_type_class_unref (klass);

  return value != NULL;
}

/* "both" shows the paragraphs in both languages; what shows one language
 * only (cards, charts, titles) then follows the interface, as with
 * "follow-interface": a Chinese reader reading side by side still sees
 * Chinese cards, an English reader English ones. */
static PlenaryLanguage
effective_language (const char *content_language)
{
  PlenaryLanguage language;

  if (plenary_language_parse (content_language, &language))
    return language;
  return plenary_language_from_locale ();
}

static PlenaryConversion
effective_conversion (gboolean show_simplified)
{
  return show_simplified ? PLENARY_CONVERSION_NONE : plenary_conversion_from_locale ();
}

/* Sets the navigation fields and notifies those that changed. */
static void
navigate (PlenarySession     *self,
          PlenaryPage         page,
          PlenaryOutlineNode *section)
{
  gboolean page_changed = self->page != page;
  gboolean section_changed = self->section != section;

  self->page = page;
  g_set_object (&self->section, section);

  if (page_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  if (section_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
plenary_session_dispose (GObject *object)
{
  PlenarySession *self = PLENARY_SESSION (object);

  g_clear_object (&self->section);
  g_clear_object (&self->report);
  g_clear_object (&self->source_report);
  g_clear_object (&self->editor);

  G_OBJECT_CLASS (plenary_session_parent_class)->dispose (object);
}

static void
plenary_session_finalize (GObject *object)
{
  PlenarySession *self = PLENARY_SESSION (object);

  g_free (self->content_language);

  G_OBJECT_CLASS (plenary_session_parent_class)->finalize (object);
}

static void
plenary_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlenarySession *self = PLENARY_SESSION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, self->content_language);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_SIDE_BY_SIDE:
      g_value_set_boolean (value, self->side_by_side);
      break;
    case PROP_SHOW_SIMPLIFIED:
      g_value_set_boolean (value, self->show_simplified);
      break;
    case PROP_CONVERSION:
      g_value_set_enum (value, self->conversion);
      break;
    case PROP_PAGE:
      g_value_set_enum (value, self->page);
      break;
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    case PROP_EDITOR:
      g_value_set_object (value, self->editor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_session_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlenarySession *self = PLENARY_SESSION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      plenary_session_set_report (self, g_value_get_object (value));
      break;
    case PROP_CONTENT_LANGUAGE:
      plenary_session_set_content_language (self, g_value_get_string (value));
      break;
    case PROP_SHOW_SIMPLIFIED:
      plenary_session_set_show_simplified (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_session_class_init (PlenarySessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plenary_session_dispose;
  object_class->finalize = plenary_session_finalize;
  object_class->get_property = plenary_session_get_property;
  object_class->set_property = plenary_session_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, PLENARY_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The reader's choice, as the content-language setting stores it:
   * "follow-interface", "zh_CN", "en" or "both" (side by side). */
  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, PLENARY_SESSION_FOLLOW_INTERFACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The language the content is shown in, resolved from the choice. */
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, PLENARY_TYPE_LANGUAGE, PLENARY_LANGUAGE_ZH,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether paragraphs are shown in both languages ("both"). */
  properties[PROP_SIDE_BY_SIDE] =
    g_param_spec_boolean ("side-by-side", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* With a Traditional Chinese interface, show the report's own
   * Simplified text rather than its conversion. */
  properties[PROP_SHOW_SIMPLIFIED] =
    g_param_spec_boolean ("show-simplified", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The script the report's Chinese is shown in; "report" is converted
   * to it. */
  properties[PROP_CONVERSION] =
    g_param_spec_enum ("conversion", NULL, NULL, PLENARY_TYPE_CONVERSION, PLENARY_CONVERSION_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_enum ("page", NULL, NULL, PLENARY_TYPE_PAGE, PLENARY_PAGE_OVERVIEW,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The chapter or section being read; %NULL on the other pages. */
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, PLENARY_TYPE_OUTLINE_NODE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The one path for changes to the report: a review queue or a chart
   * builder applies its commands here. Set before the report it edits. */
  properties[PROP_EDITOR] =
    g_param_spec_object ("editor", NULL, NULL, PLENARY_TYPE_EDITOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenarySession::reveal:
   * @target: what @id names
   * @id: a paragraph, indicator or chart id
   * @match_start: for a paragraph, the byte offset of the text to select, or -1
   * @match_end: the end of that text, or -1
   *
   * Asks the page on screen to bring something into view (scroll to it,
   * flash it), after the session has gone to the page that shows it.
   * A signal, not a property: revealing the same paragraph twice must
   * scroll to it twice.
   */
  signals[REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, PLENARY_TYPE_TARGET, G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT);
}

static void
plenary_session_init (PlenarySession *self)
{
  self->content_language = g_strdup (PLENARY_SESSION_FOLLOW_INTERFACE);
  self->language = effective_language (self->content_language);
  self->conversion = effective_conversion (FALSE);
  self->page = PLENARY_PAGE_OVERVIEW;
}

PlenarySession *
plenary_session_new (void)
{
  return g_object_new (PLENARY_TYPE_SESSION, NULL);
}

/* Returns: (nullable) (transfer none): the editor of the report shown,
 * through which every change to it goes */
PlenaryEditor *
plenary_session_get_editor (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);
  return self->editor;
}

/* The window sets the editor of a report just before the report. */
void
plenary_session_set_editor (PlenarySession *self,
                            PlenaryEditor  *editor)
{
  g_return_if_fail (PLENARY_IS_SESSION (self));
  g_return_if_fail (editor == NULL || PLENARY_IS_EDITOR (editor));

  if (g_set_object (&self->editor, editor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR]);
}

/* Returns: (nullable) (transfer none): the report shown: the one given
 * to plenary_session_set_report(), or its conversion to the session's
 * script */
PlenaryReport *
plenary_session_get_report (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);
  return self->report;
}

/* Returns: (nullable) (transfer none): the report as given, unconverted */
PlenaryReport *
plenary_session_get_source_report (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);
  return self->source_report;
}

/* Returns: (transfer full) (nullable): @source as shown in @script; the
 * source itself when it is Simplified or cannot be converted (the reader
 * still reads the report, in its own script). */
static PlenaryReport *
convert_report (PlenaryReport *source,
                PlenaryConversion  script)
{
  g_autoptr(GError) error = NULL;
  PlenaryScriptConverter *converter;
  PlenaryReport *converted;

  if (source == NULL || script == PLENARY_CONVERSION_NONE)
    return source != NULL ? g_object_ref (source) : NULL;

  converter = plenary_script_converter_get_default (script, &error);
  converted = converter != NULL ? plenary_script_converter_convert_report (converter, source, &error) : NULL;
  if (converted == NULL)
    {
      g_message ("The report is shown in Simplified Chinese: %s", error->message);
      return g_object_ref (source);
    }
  return converted;
}

static void show_report (PlenarySession *self,
                         PlenaryReport  *report);

/* Replaces the report. The reader stays on the chapter or section of the
 * same id when the new report has one, and goes to the overview when it
 * has not. */
void
plenary_session_set_report (PlenarySession *self,
                            PlenaryReport  *report)
{
  g_autoptr(PlenaryReport) shown = NULL;

  g_return_if_fail (PLENARY_IS_SESSION (self));
  g_return_if_fail (report == NULL || PLENARY_IS_REPORT (report));

  if (self->source_report == report)
    return;

  g_set_object (&self->source_report, report);
  shown = convert_report (report, self->conversion);
  show_report (self, shown);
}

static void
show_report (PlenarySession *self,
             PlenaryReport  *report)
{
  PlenaryOutlineNode *section = NULL;
  gboolean page_changed, section_changed;
  PlenaryPage page;

  if (self->report == report)
    return;

  page = self->page;
  if (page == PLENARY_PAGE_READING)
    {
      if (report != NULL && self->section != NULL)
        section = plenary_report_find_node (report, plenary_outline_node_get_id (self->section));
      if (section == NULL)
        page = PLENARY_PAGE_OVERVIEW;
    }

  /* Everything is in place before the first notification: a page that
   * rebuilds on "report" reads the section too. */
  page_changed = self->page != page;
  section_changed = self->section != section;
  g_set_object (&self->report, report);
  self->page = page;
  g_set_object (&self->section, section);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  if (page_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  if (section_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
plenary_session_get_content_language (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);
  return self->content_language;
}

/* Sets the reader's choice: "follow-interface" (or %NULL), "zh_CN", "en"
 * or "both"; "language" and "side-by-side" follow. */
void
plenary_session_set_content_language (PlenarySession *self,
                                      const char     *content_language)
{
  PlenaryLanguage language;
  gboolean side_by_side;

  g_return_if_fail (PLENARY_IS_SESSION (self));

  if (content_language == NULL)
    content_language = PLENARY_SESSION_FOLLOW_INTERFACE;
  if (g_strcmp0 (self->content_language, content_language) == 0)
    return;

  g_free (self->content_language);
  self->content_language = g_strdup (content_language);
  language = effective_language (content_language);
  side_by_side = g_str_equal (content_language, PLENARY_SESSION_BOTH);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
  if (language != self->language)
    {
      self->language = language;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
    }
  if (side_by_side != self->side_by_side)
    {
      self->side_by_side = side_by_side;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE_BY_SIDE]);
    }
}

/* Whether paragraphs are shown in both languages, side by side. */
gboolean
plenary_session_get_side_by_side (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  return self->side_by_side;
}

gboolean
plenary_session_get_show_simplified (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  return self->show_simplified;
}

/* Shows the report's Simplified Chinese as it was written (%TRUE), or
 * converted to the interface's Traditional script (%FALSE, the default).
 * Does nothing visible when the interface is not Traditional. */
void
plenary_session_set_show_simplified (PlenarySession *self,
                                     gboolean        show_simplified)
{
  g_autoptr(PlenaryReport) shown = NULL;
  PlenaryConversion script;

  g_return_if_fail (PLENARY_IS_SESSION (self));

  show_simplified = !!show_simplified;
  if (self->show_simplified == show_simplified)
    return;

  self->show_simplified = show_simplified;
  script = effective_conversion (show_simplified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIMPLIFIED]);
  if (script == self->conversion)
    return;

  self->conversion = script;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVERSION]);
  shown = convert_report (self->source_report, script);
  show_report (self, shown);
}

PlenaryConversion
plenary_session_get_conversion (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), PLENARY_CONVERSION_NONE);
  return self->conversion;
}

/* The language of the text a match range (plenary_session_show_paragraph())
 * points into: search finds text in Chinese and in English, and the page
 * selects the match in the text of that language when it shows it. Set
 * before asking for the match; Chinese unless set. */
PlenaryLanguage
plenary_session_get_match_language (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), PLENARY_LANGUAGE_ZH);
  return self->match_language;
}

void
plenary_session_set_match_language (PlenarySession  *self,
                                    PlenaryLanguage  language)
{
  g_return_if_fail (PLENARY_IS_SESSION (self));
  self->match_language = language;
}

PlenaryLanguage
plenary_session_get_language (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), PLENARY_LANGUAGE_EN);
  return self->language;
}

PlenaryPage
plenary_session_get_page (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), PLENARY_PAGE_OVERVIEW);
  return self->page;
}

/* Returns: (nullable) (transfer none): the chapter or section read on
 * the reading page; %NULL on the other pages */
PlenaryOutlineNode *
plenary_session_get_section (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);
  return self->section;
}

/* Goes to one of the fixed pages. Returns: %FALSE for
 * %PLENARY_PAGE_READING, which needs a section (see
 * plenary_session_show_section()). */
gboolean
plenary_session_show_page (PlenarySession *self,
                           PlenaryPage     page)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);

  if (page == PLENARY_PAGE_READING)
    return FALSE;

  navigate (self, page, NULL);
  return TRUE;
}

/* Goes to the reading page for @node, a chapter or section of the
 * session's report; an item is read within its section. Returns: %FALSE
 * when @node is not in the report. */
gboolean
plenary_session_show_section (PlenarySession     *self,
                              PlenaryOutlineNode *node)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (PLENARY_IS_OUTLINE_NODE (node), FALSE);

  if (self->report == NULL ||
      plenary_report_find_node (self->report, plenary_outline_node_get_id (node)) != node)
    return FALSE;

  while (plenary_outline_node_get_kind (node) == PLENARY_OUTLINE_ITEM)
    node = plenary_outline_node_get_parent (node);

  navigate (self, PLENARY_PAGE_READING, node);
  return TRUE;
}

/* Goes to the page that reads @paragraph: the section being read when it
 * holds the paragraph (a chapter read as a whole keeps its sections), or
 * the one the report says, or the overview for the opening words. */
static gboolean
go_to_paragraph (PlenarySession   *self,
                 PlenaryParagraph *paragraph)
{
  PlenaryOutlineNode *node = plenary_paragraph_get_node (paragraph);
  PlenaryOutlineNode *home;

  if (self->page == PLENARY_PAGE_READING && self->section != NULL && node != NULL &&
      plenary_outline_node_contains (self->section, node))
    return TRUE;

  home = plenary_report_get_reading_node (self->report, paragraph);
  if (home != NULL)
    return plenary_session_show_section (self, home);

  if (g_list_store_find (G_LIST_STORE (plenary_report_get_preamble (self->report)), paragraph, NULL))
    return plenary_session_show_page (self, PLENARY_PAGE_OVERVIEW);
  return FALSE;
}

/* Goes to the page that reads the paragraph @paragraph_id and asks it to
 * bring the paragraph into view, selecting the bytes from @match_start to
 * @match_end of its text when they are not -1 (a search match).
 * Returns: %FALSE when the report has no such paragraph. */
gboolean
plenary_session_show_paragraph (PlenarySession *self,
                                const char     *paragraph_id,
                                int             match_start,
                                int             match_end)
{
  PlenaryParagraph *paragraph;

  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (paragraph_id != NULL, FALSE);

  if (self->report == NULL)
    return FALSE;
  paragraph = plenary_report_find_paragraph (self->report, paragraph_id);
  if (paragraph == NULL || !go_to_paragraph (self, paragraph))
    return FALSE;

  plenary_session_reveal (self, PLENARY_TARGET_PARAGRAPH, paragraph_id, match_start, match_end);
  return TRUE;
}

/* Goes to the sentence an indicator comes from and asks the page to show
 * the indicator there (the reading page opens its card). */
gboolean
plenary_session_show_indicator (PlenarySession *self,
                                const char     *indicator_id)
{
  PlenaryIndicator *indicator;
  PlenaryParagraph *paragraph;

  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (indicator_id != NULL, FALSE);

  if (self->report == NULL)
    return FALSE;
  indicator = plenary_report_find_indicator (self->report, indicator_id);
  paragraph = indicator != NULL ? plenary_indicator_get_paragraph (indicator) : NULL;
  if (paragraph == NULL || !go_to_paragraph (self, paragraph))
    return FALSE;

  plenary_session_reveal (self, PLENARY_TARGET_INDICATOR, indicator_id, -1, -1);
  return TRUE;
}

/* Goes to the charts page and asks it to bring the chart into view. */
gboolean
plenary_session_show_chart (PlenarySession *self,
                            const char     *chart_id)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (chart_id != NULL, FALSE);

  if (self->report == NULL || plenary_report_find_chart (self->report, chart_id) == NULL)
    return FALSE;

  plenary_session_show_page (self, PLENARY_PAGE_CHARTS);
  plenary_session_reveal (self, PLENARY_TARGET_CHART, chart_id, -1, -1);
  return TRUE;
}

/* Emits PlenarySession::reveal; see there. */
void
plenary_session_reveal (PlenarySession *self,
                        PlenaryTarget   target,
                        const char     *id,
                        int             match_start,
                        int             match_end)
{
  g_return_if_fail (PLENARY_IS_SESSION (self));
  g_return_if_fail (id != NULL);

  g_signal_emit (self, signals[REVEAL], 0, target, id, match_start, match_end);
}

/* Returns: (transfer full): where the reader is, as a string to store
 * and give back to plenary_session_restore_location(): a page's name,
 * or "section:" and the id of the chapter or section being read. */
char *
plenary_session_dup_location (PlenarySession *self)
{
  g_return_val_if_fail (PLENARY_IS_SESSION (self), NULL);

  if (self->page == PLENARY_PAGE_READING && self->section != NULL)
    return g_strconcat (SECTION_PREFIX, plenary_outline_node_get_id (self->section), NULL);
  return g_strdup (plenary_page_to_string (self->page));
}

/* Goes back to a stored location. A bare id, as versions before the
 * session stored chapters and sections, is taken for a node when it does
 * not name a page. Returns: %FALSE when the location is not in the
 * report, and nothing changes. */
gboolean
plenary_session_restore_location (PlenarySession *self,
                                  const char     *location)
{
  PlenaryOutlineNode *node;
  PlenaryPage page;

  g_return_val_if_fail (PLENARY_IS_SESSION (self), FALSE);

  if (location == NULL || *location == '\0')
    return FALSE;

  if (g_str_has_prefix (location, SECTION_PREFIX))
    location += strlen (SECTION_PREFIX);
  else if (plenary_page_parse (location, &page))
    return plenary_session_show_page (self, page);

  node = self->report != NULL ? plenary_report_find_node (self->report, location) : NULL;
  return node != NULL && plenary_session_show_section (self, node);
}
