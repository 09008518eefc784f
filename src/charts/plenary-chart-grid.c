/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-chart-grid"

#include "plenary-chart-grid.h"

/* Cards in columns that reflow with the width: one column when narrow,
 * two or three when there is room for each to be at least
 * MIN_COLUMN_WIDTH wide.  Unlike GtkFlowBox it can still shrink a single
 * column down to a phone's width, and it keeps each row as tall as its
 * tallest card (height-for-width). */

#define MIN_COLUMN_WIDTH 440
#define MAX_COLUMNS      3
#define SPACING          12

struct _PlenaryChartGrid
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PlenaryChartGrid, plenary_chart_grid, GTK_TYPE_WIDGET)

guint
plenary_chart_grid_columns_for_width (PlenaryChartGrid *self,
                                      int               width)
{
  guint n_children = 0;
  guint columns;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_children++;

  columns = (guint) MAX (1, (width + SPACING) / (MIN_COLUMN_WIDTH + SPACING));
  columns = MIN (columns, MAX_COLUMNS);
  return MAX (1, MIN (columns, MAX (n_children, 1)));
}

/* Lays the children out at @width; returns the total height, and
 * allocates them when @allocate. */
static int
layout_children (PlenaryChartGrid *self,
                 int               width,
                 gboolean          allocate)
{
  guint columns = plenary_chart_grid_columns_for_width (self, width);
  int column_width = (width - (int) (columns - 1) * SPACING) / (int) columns;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
  int y = 0;

  while (child != NULL)
    {
      GtkWidget *row_start = child;
      int row_height = 0;
      guint i;

      for (i = 0; i < columns && child != NULL; i++, child = gtk_widget_get_next_sibling (child))
        {
          int minimum, natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, &minimum, &natural, NULL, NULL);
          row_height = MAX (row_height, natural);
        }

      if (allocate)
        {
          child = row_start;
          for (i = 0; i < columns && child != NULL; i++, child = gtk_widget_get_next_sibling (child))
            {
              int x;

              if (!gtk_widget_should_layout (child))
                continue;
              x = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                  ? width - (int) (i + 1) * column_width - (int) i * SPACING
                  : (int) i * (column_width + SPACING);
              gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, column_width, row_height }, -1);
            }
        }

      y += row_height + (child != NULL ? SPACING : 0);
    }

  return y;
}

static GtkSizeRequestMode
plenary_chart_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
plenary_chart_grid_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PlenaryChartGrid *self = PLENARY_CHART_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest_min = 0, widest_nat = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          widest_min = MAX (widest_min, child_min);
          widest_nat = MAX (widest_nat, child_nat);
        }
      *minimum = widest_min;
      *natural = MAX (widest_nat, MIN_COLUMN_WIDTH) * MAX_COLUMNS + SPACING * (MAX_COLUMNS - 1);
    }
  else
    {
      int width = for_size > 0 ? for_size : MIN_COLUMN_WIDTH;

      *minimum = *natural = layout_children (self, width, FALSE);
    }
}

static void
plenary_chart_grid_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  layout_children (PLENARY_CHART_GRID (widget), width, TRUE);
}

static void
plenary_chart_grid_dispose (GObject *object)
{
  plenary_chart_grid_remove_all (PLENARY_CHART_GRID (object));

  G_OBJECT_CLASS (plenary_chart_grid_parent_class)->dispose (object);
}

static void
plenary_chart_grid_class_init (PlenaryChartGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_chart_grid_dispose;
  widget_class->get_request_mode = plenary_chart_grid_get_request_mode;
  widget_class->measure = plenary_chart_grid_measure;
  widget_class->size_allocate = plenary_chart_grid_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "plenary-chart-grid");
}

static void
plenary_chart_grid_init (PlenaryChartGrid *self)
{
}

GtkWidget *
plenary_chart_grid_new (void)
{
  return g_object_new (PLENARY_TYPE_CHART_GRID, NULL);
}

void
plenary_chart_grid_append (PlenaryChartGrid *self,
                           GtkWidget        *child)
{
  g_return_if_fail (PLENARY_IS_CHART_GRID (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
plenary_chart_grid_remove_all (PlenaryChartGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (PLENARY_IS_CHART_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
