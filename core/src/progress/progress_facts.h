/* progress_facts.h - what progress.c works out about one goal, shared with
 * explain.c, which turns the facts into the sentence a student pastes. */
#ifndef GP_PROGRESS_FACTS_H
#define GP_PROGRESS_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/dates.h"
#include "forecast.h"

typedef enum {
    GP_STATUS_ACHIEVED,
    GP_STATUS_MISSED,
    GP_STATUS_ON_TRACK,
    GP_STATUS_AT_RISK,
    GP_STATUS_OFF_TRACK,
    GP_STATUS_NOT_STARTED,
    GP_STATUS_STALE,
    GP_STATUS_COUNT
} gp_status_t;

/* "achieved", "on_track", ... */
const char *gp_status_name(gp_status_t status);

typedef struct gp_progress_facts {
    const char *kpi_name; /* "" when the KPI has none */
    const char *unit;     /* the KPI's unit ("percent", "currency", ...) or "" */
    const char *currency; /* ISO code for currency KPIs, or "" */
    int sense;            /* +1: the target is met from above (>=); -1: from below (<=) */
    bool hold;            /* judged as holding a level (maintain, or target == baseline) */
    double baseline, target;
    gp_day_t start, deadline, today;
    bool has_current;
    double current;
    gp_day_t current_day;
    bool has_progress;
    double progress_pct, expected_pct;
    size_t since_start;  /* points dated from the start to the evaluation day */
    size_t held, broken; /* for hold goals: points at or beyond the target, and not */
    gp_day_t last_day;   /* last check-in on or before today (valid when since_start or any point) */
    bool has_last;
    double usual_interval;
    bool has_forecast;
    gp_forecast_t forecast;
    gp_status_t status;
} gp_progress_facts_t;

/* Writes "1,240", "23.5%" or "USD 1,200" for V in F's unit. */
void gp_format_value(const gp_progress_facts_t *f, double v, char *out, size_t n);

/* The one-sentence explanation of F's status. */
void gp_progress_explain(const gp_progress_facts_t *f, char *out, size_t n);

#endif
