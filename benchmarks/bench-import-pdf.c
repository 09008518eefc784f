/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times the PDF reader on a generated PDF (benchmarks/meson.build makes
 * 25-, 50- and 100-page ones from the seed's text) and prints the median
 * wall-clock time of RUNS reads, the pages, the paragraphs and the
 * process's peak RSS, so that runs on PDFs of different lengths show
 * whether time and memory grow linearly.
 *
 *   bench-import-pdf FILE.pdf [RUNS]
 *
 * Run one process per file: the peak RSS is the process's. */
#include <sys/resource.h>

#include "import/plenary-import-source.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
count_pages (double   fraction,
             gpointer user_data)
{
  (*(guint *) user_data)++;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) bytes = NULL;
  char *data = NULL;
  gsize len = 0;
  guint runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 5;
  guint pages = 0, paragraphs = 0;
  struct rusage usage;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE.pdf [RUNS]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &data, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bytes = g_bytes_new_take (data, len);

  for (guint i = 0; i < MAX (runs, 1); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) result = NULL;
      double ms;

      pages = 0;
      result = plenary_pdf_reader_read (bytes, NULL, count_pages, &pages, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (result == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      paragraphs = result->len;
      g_array_append_val (samples, ms);
    }

  g_array_sort (samples, compare_doubles);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("{\"file\": \"%s\", \"bytes\": %" G_GSIZE_FORMAT ", \"pages\": %u, \"paragraphs\": %u, "
           "\"median_ms\": %.1f, \"min_ms\": %.1f, \"max_rss_kb\": %ld}\n",
           argv[1], len, pages, paragraphs,
           g_array_index (samples, double, samples->len / 2),
           g_array_index (samples, double, 0), usage.ru_maxrss);
  return 0;
}
