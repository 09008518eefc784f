/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "plenary-import-source.h"
#include "import-test-util.h"

typedef struct {
  guint calls;
  double last;
  gboolean increasing;
  GCancellable *cancel_at_half;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->increasing &= fraction > progress->last;
  progress->last = fraction;
  progress->calls++;
  if (progress->cancel_at_half != NULL && fraction >= 0.5)
    g_cancellable_cancel (progress->cancel_at_half);
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = import_test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, 0, TRUE, NULL };
  g_autoptr(GPtrArray) paragraphs = plenary_pdf_reader_read (bytes, NULL, on_progress, &progress, &error);
  g_autoptr(GPtrArray) expected = import_test_expected (g_str_has_prefix (name, "seed") ? "PLENARY_SEED_TEXT"
                                                                                        : "PLENARY_INVENTED_TEXT");

  g_assert_no_error (error);
  import_test_assert_paragraphs (expected, paragraphs, name);
  g_assert_cmpuint (progress.calls, >, 1);
  g_assert_true (progress.increasing);
  g_assert_cmpfloat (progress.last, ==, 1.0);
}

/* Numbers broken across lines and pages come back whole, Chinese joins
 * without a space, and no page number or running header is left. */
static void
test_seed_details (void)
{
  g_autoptr(GBytes) bytes = import_test_load_fixture ("seed.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = plenary_pdf_reader_read (bytes, NULL, NULL, NULL, &error);
  gboolean found_gdp = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *p = g_ptr_array_index (paragraphs, i);

      g_assert_null (strstr (p, "— "));
      g_assert_null (strstr (p, "计划草案的报告2019"));
      g_assert_false (g_str_has_prefix (p, "2019年计划执行情况与2020年计划草案的报告"));
      found_gdp |= strstr (p, "地区生产总值增长 6.8%") != NULL || strstr (p, "地区生产总值增长6.8%") != NULL;
    }
  g_assert_true (found_gdp);
}

static void
test_bad_input (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  int code;

  if (strcmp (name, "empty") == 0)
    {
      bytes = g_bytes_new_static ("", 0);
      code = PLENARY_IMPORT_ERROR_EMPTY;
    }
  else if (strcmp (name, "garbage") == 0)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);
      guint8 *garbage = g_malloc (8192);

      for (guint i = 0; i < 8192; i++)
        garbage[i] = g_rand_int (rand);
      bytes = g_bytes_new_take (garbage, 8192);
      code = PLENARY_IMPORT_ERROR_DAMAGED;
    }
  else if (strcmp (name, "truncated") == 0)
    {
      g_autoptr(GBytes) whole = import_test_load_fixture ("seed.pdf");

      /* The first pages' objects are there, the page tree and the cross
       * reference table are not. */
      bytes = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 10);
      code = PLENARY_IMPORT_ERROR_DAMAGED;
    }
  else if (strcmp (name, "encrypted.pdf") == 0)
    {
      bytes = import_test_load_fixture (name);
      code = PLENARY_IMPORT_ERROR_ENCRYPTED;
    }
  else
    {
      bytes = import_test_load_fixture (name);
      code = PLENARY_IMPORT_ERROR_NO_TEXT_LAYER;
    }

  paragraphs = plenary_pdf_reader_read (bytes, NULL, NULL, NULL, &error);
  g_assert_null (paragraphs);
  import_test_assert_error (error, code);
}

static void
test_cancel (void)
{
  g_autoptr(GBytes) bytes = import_test_load_fixture ("seed.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, 0, TRUE, cancellable };
  g_autoptr(GPtrArray) paragraphs = plenary_pdf_reader_read (bytes, cancellable, on_progress, &progress, &error);

  g_assert_null (paragraphs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (progress.last, <, 0.75);
}

int
main (int    argc,
      char **argv)
{
  const char *fixtures[] = { "seed.pdf", "seed-official.pdf", "qingchuan.pdf", "qingchuan-official.pdf" };
  const char *bad[] = { "empty", "garbage", "truncated", "encrypted.pdf", "image-only.pdf" };

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/pdf/fixture/%s", fixtures[i]);

      g_test_add_data_func (path, fixtures[i], test_fixture);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/pdf/bad/%s", bad[i]);

      g_test_add_data_func (path, bad[i], test_bad_input);
    }
  g_test_add_func ("/import/pdf/seed-details", test_seed_details);
  g_test_add_func ("/import/pdf/cancel", test_cancel);
  return g_test_run ();
}
