/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-alert"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plenary-alert.h"

/* The one place that knows that libadwaita 1.5 replaced AdwMessageDialog
 * (a window) with AdwAlertDialog (an AdwDialog); the old one also makes
 * GTK 4.18 warn whenever it measures its heading.  Either is handed out as
 * a GtkWidget and handled only through these functions. */

#if ADW_CHECK_VERSION (1, 5, 0)
/* Newer than the floor (ADW_VERSION_MAX_ALLOWED), hence behind the check. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#endif

/**
 * plenary_alert_show:
 * @parent: a widget in the window the alert belongs to
 * @heading: the alert's title
 * @body: what went wrong
 *
 * Shows an alert with one button, Close.
 *
 * Returns: (transfer none): the alert, alive until it is closed (hold it
 *   with a weak pointer)
 */
GtkWidget *
plenary_alert_show (GtkWidget  *parent,
                    const char *heading,
                    const char *body)
{
  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

#if ADW_CHECK_VERSION (1, 5, 0)
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "close");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
  adw_dialog_present (dialog, parent);
  return GTK_WIDGET (dialog);
#else
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
#endif
}

/* Returns: the text of @alert's body */
const char *
plenary_alert_get_body (GtkWidget *alert)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  g_return_val_if_fail (ADW_IS_ALERT_DIALOG (alert), NULL);
  return adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
#else
  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (alert), NULL);
  return adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (alert));
#endif
}

/* Closes @alert at once, whatever it is showing. */
void
plenary_alert_close (GtkWidget *alert)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  g_return_if_fail (ADW_IS_DIALOG (alert));
  adw_dialog_force_close (ADW_DIALOG (alert));
#else
  g_return_if_fail (GTK_IS_WINDOW (alert));
  gtk_window_destroy (GTK_WINDOW (alert));
#endif
}

typedef struct
{
  PlenaryAlertFunc func;
  gpointer         data;
  GDestroyNotify   destroy;
  gboolean         answered;
} Question;

/* A question is answered once: closing the dialog after a response
 * (which may emit the close response too) must not answer it again. */
static void
on_question_response_cb (GtkWidget  *alert,
                         const char *response,
                         Question   *question)
{
  if (question->answered)
    return;
  question->answered = TRUE;
  question->func (response, question->data);
}

static void
question_free (gpointer  data,
               GClosure *closure)
{
  Question *question = data;

  if (question->destroy != NULL)
    question->destroy (question->data);
  g_free (question);
}

/**
 * plenary_alert_ask_valist:
 * @parent: a widget in the window the question belongs to
 * @heading: the question
 * @body: (nullable): what it is about
 * @destructive: (nullable): the id of a response that loses something
 * @suggested: (nullable): the id of the response to suggest
 * @func: called with the id of the response chosen
 * @data: for @func
 * @destroy: (nullable): frees @data when the alert has gone
 * @responses: id, label pairs ending in NULL; the first is the one Escape
 *   gives, the last the default
 *
 * Asks a question with a button for each response.
 *
 * Returns: (transfer none): the alert, alive until it is answered
 */
GtkWidget *
plenary_alert_ask_valist (GtkWidget        *parent,
                          const char       *heading,
                          const char       *body,
                          const char       *destructive,
                          const char       *suggested,
                          PlenaryAlertFunc  func,
                          gpointer          data,
                          GDestroyNotify    destroy,
                          va_list           responses)
{
  Question *question;
  const char *first = NULL, *last = NULL;
  GtkWidget *alert;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  question = g_new0 (Question, 1);
  question->func = func;
  question->data = data;
  question->destroy = destroy;

#if ADW_CHECK_VERSION (1, 5, 0)
  {
    AdwDialog *dialog = adw_alert_dialog_new (heading, body);

    for (const char *id = va_arg (responses, const char *); id != NULL;
         id = va_arg (responses, const char *))
      {
        adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), id, va_arg (responses, const char *));
        first = first ? first : id;
        last = id;
      }
    if (destructive != NULL)
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), destructive,
                                                ADW_RESPONSE_DESTRUCTIVE);
    if (suggested != NULL)
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), suggested,
                                                ADW_RESPONSE_SUGGESTED);
    adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), first);
    adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), last);
    alert = GTK_WIDGET (dialog);
  }
#else
  {
    GtkRoot *root = gtk_widget_get_root (parent);
    GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                heading, body);

    for (const char *id = va_arg (responses, const char *); id != NULL;
         id = va_arg (responses, const char *))
      {
        adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, va_arg (responses, const char *));
        first = first ? first : id;
        last = id;
      }
    if (destructive != NULL)
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), destructive,
                                                  ADW_RESPONSE_DESTRUCTIVE);
    if (suggested != NULL)
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), suggested,
                                                  ADW_RESPONSE_SUGGESTED);
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), first);
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), last);
    alert = dialog;
  }
#endif

  g_signal_connect_data (alert, "response", G_CALLBACK (on_question_response_cb), question,
                         question_free, 0);
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (alert), parent);
#else
  gtk_window_present (GTK_WINDOW (alert));
#endif
  return alert;
}

#if ADW_CHECK_VERSION (1, 5, 0)
G_GNUC_END_IGNORE_DEPRECATIONS
#endif
