/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-paragraph-pair"

#include "plenary-paragraph-pair.h"

/* A paragraph and its translation: side by side, tops aligned, when there
 * is room for two columns of text, one above the other when there is
 * not. GTK 4.8 and libadwaita 1.2 have no breakpoints, and a box cannot
 * change orientation while it is being allocated, so the choice is made
 * in measure() and size_allocate() from the width given: height for
 * width stays exact in both layouts, and every pair of a page switches
 * at the same width. */

/* Below this width two columns would be too narrow to read. */
#define COLUMNS_MIN_WIDTH 600
#define COLUMN_SPACING    32
#define ROW_SPACING       8

struct _PlenaryParagraphPair
{
  GtkWidget  parent_instance;

  GtkWidget *start;
  GtkWidget *end;
  gboolean   columns;
};

G_DEFINE_FINAL_TYPE (PlenaryParagraphPair, plenary_paragraph_pair, GTK_TYPE_WIDGET)

static gboolean
fits_columns (int width)
{
  return width >= COLUMNS_MIN_WIDTH;
}

static int
column_width (int width)
{
  return MAX (0, (width - COLUMN_SPACING) / 2);
}

static void
plenary_paragraph_pair_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  PlenaryParagraphPair *self = PLENARY_PARAGRAPH_PAIR (widget);
  int start_min, start_nat, end_min, end_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Either child alone, stacked, is the least it needs. */
      gtk_widget_measure (self->start, orientation, -1, &start_min, &start_nat, NULL, NULL);
      gtk_widget_measure (self->end, orientation, -1, &end_min, &end_nat, NULL, NULL);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat + end_nat + COLUMN_SPACING, *minimum);
    }
  else if (for_size >= 0 && fits_columns (for_size))
    {
      int w = column_width (for_size);

      gtk_widget_measure (self->start, orientation, w, &start_min, &start_nat, NULL, NULL);
      gtk_widget_measure (self->end, orientation, w, &end_min, &end_nat, NULL, NULL);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
    }
  else
    {
      gtk_widget_measure (self->start, orientation, for_size, &start_min, &start_nat, NULL, NULL);
      gtk_widget_measure (self->end, orientation, for_size, &end_min, &end_nat, NULL, NULL);
      *minimum = start_min + ROW_SPACING + end_min;
      *natural = start_nat + ROW_SPACING + end_nat;
    }
  *minimum_baseline = *natural_baseline = -1;
}

static GtkSizeRequestMode
plenary_paragraph_pair_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
plenary_paragraph_pair_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  PlenaryParagraphPair *self = PLENARY_PARAGRAPH_PAIR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  self->columns = fits_columns (width);
  if (self->columns)
    {
      int w = column_width (width);
      int start_h, end_h;
      GtkAllocation first, second;

      gtk_widget_measure (self->start, GTK_ORIENTATION_VERTICAL, w, NULL, &start_h, NULL, NULL);
      gtk_widget_measure (self->end, GTK_ORIENTATION_VERTICAL, w, NULL, &end_h, NULL, NULL);
      first = (GtkAllocation) { 0, 0, w, MIN (start_h, height) };
      second = (GtkAllocation) { width - w, 0, w, MIN (end_h, height) };
      gtk_widget_size_allocate (self->start, rtl ? &second : &first, -1);
      gtk_widget_size_allocate (self->end, rtl ? &first : &second, -1);
    }
  else
    {
      int start_h;

      gtk_widget_measure (self->start, GTK_ORIENTATION_VERTICAL, width, NULL, &start_h, NULL, NULL);
      start_h = MIN (start_h, height);
      gtk_widget_size_allocate (self->start, &(GtkAllocation) { 0, 0, width, start_h }, -1);
      gtk_widget_size_allocate (self->end,
                                &(GtkAllocation) { 0, start_h + ROW_SPACING, width,
                                                   MAX (0, height - start_h - ROW_SPACING) }, -1);
    }
}

static void
plenary_paragraph_pair_dispose (GObject *object)
{
  PlenaryParagraphPair *self = PLENARY_PARAGRAPH_PAIR (object);

  g_clear_pointer (&self->start, gtk_widget_unparent);
  g_clear_pointer (&self->end, gtk_widget_unparent);

  G_OBJECT_CLASS (plenary_paragraph_pair_parent_class)->dispose (object);
}

static void
plenary_paragraph_pair_class_init (PlenaryParagraphPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_paragraph_pair_dispose;
  widget_class->measure = plenary_paragraph_pair_measure;
  widget_class->size_allocate = plenary_paragraph_pair_size_allocate;
  widget_class->get_request_mode = plenary_paragraph_pair_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "plenaryparagraphpair");
}

static void
plenary_paragraph_pair_init (PlenaryParagraphPair *self)
{
}

/* @start is the Chinese, @end the English; both are shown. */
GtkWidget *
plenary_paragraph_pair_new (GtkWidget *start,
                            GtkWidget *end)
{
  PlenaryParagraphPair *self = g_object_new (PLENARY_TYPE_PARAGRAPH_PAIR, NULL);

  g_return_val_if_fail (GTK_IS_WIDGET (start), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (end), NULL);

  self->start = start;
  self->end = end;
  gtk_widget_set_parent (start, GTK_WIDGET (self));
  gtk_widget_set_parent (end, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

GtkWidget *
plenary_paragraph_pair_get_start (PlenaryParagraphPair *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH_PAIR (self), NULL);
  return self->start;
}

GtkWidget *
plenary_paragraph_pair_get_end (PlenaryParagraphPair *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH_PAIR (self), NULL);
  return self->end;
}

/* Whether the last allocation put the two side by side. */
gboolean
plenary_paragraph_pair_get_columns (PlenaryParagraphPair *self)
{
  g_return_val_if_fail (PLENARY_IS_PARAGRAPH_PAIR (self), FALSE);
  return self->columns;
}
