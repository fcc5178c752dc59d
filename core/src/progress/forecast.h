/* forecast.h - where a KPI's trend says it will be at the deadline, and how
 * sure we can be: the least-squares line with an 80% prediction interval,
 * the chance of meeting the target, and a robust slope to catch outliers. */
#ifndef GP_FORECAST_H
#define GP_FORECAST_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "stats.h"

/* Fewer points than this give "insufficient_data" instead of a line. */
enum { GP_FORECAST_MIN_POINTS = 3 };
#define GP_FORECAST_LEVEL 0.8

typedef struct gp_forecast {
    gp_linefit_t fit;
    double x_deadline;        /* the deadline on the x axis (days since start) */
    double value_at_deadline; /* the line's value there */
    double se_deadline;       /* standard error of a new observation there */
    double t_quantile;        /* Student's t quantile for the two-sided level */
    double low, high;         /* the prediction interval at the deadline */
    double p_reach;           /* P(value at deadline meets the target) */
    double theil_sen_slope;   /* per day */
    bool outlier_warning;
} gp_forecast_t;

/* Fits N points (X = days since start, strictly increasing; Y = values) and
 * forecasts at X_DEADLINE. SENSE is +1 when the target is met from above
 * (value >= target) and -1 when from below (value <= target). SCALE is the
 * size of change that matters for the goal (|target - baseline|, or a share
 * of the target for a goal to hold a level): the outlier warning fires when
 * robust and least-squares lines disagree at the deadline by more than a
 * quarter of it. Returns false with fewer than GP_FORECAST_MIN_POINTS points
 * or when memory runs out (*OOM then true). */
bool gp_forecast(const double *x, const double *y, size_t n, double x_deadline, double target, int sense,
                 double scale, gp_forecast_t *out, bool *oom);

/* The "forecast" object of goal.progress for F, or NULL when out of memory.
 * OUTLIER_MESSAGE (used only when F warns) explains the warning. */
cJSON *gp_forecast_json(const gp_forecast_t *f, const char *outlier_message);

#endif
