/* pace.h - the ideal pace line of a goal: straight from (start, baseline)
 * to (deadline, target), or bending through the goal's milestones. */
#ifndef GP_PACE_H
#define GP_PACE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct gp_knot {
    double t; /* day number */
    double v; /* value the ideal pace expects on that day */
} gp_knot_t;

/* KNOTS sorted by t, first the start, last the deadline (N >= 2). */
typedef struct gp_pace {
    const gp_knot_t *knots;
    size_t n;
} gp_pace_t;

/* The ideal value on day T: the baseline before the start and the target
 * after the deadline, linear in between. */
double gp_pace_value(const gp_pace_t *p, double t);

/* The day when the ideal line meets VALUE, searching from TODAY: forward
 * when VALUE is on or ahead of the line, backward when behind (ahead means
 * higher when SENSE is +1, lower when -1). Behind even the baseline, the
 * first sloped stretch is extended before the start. When the line never
 * gets past VALUE before the deadline, sets *NEVER and returns the deadline. */
double gp_pace_crossing(const gp_pace_t *p, double value, double today, int sense, bool *never);

#endif
