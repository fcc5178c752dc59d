/* progress.h - the progress group: a goal's progress, pace and forecast
 * (goal.progress), the whole-plan summary and the open plan. */
#ifndef GP_PROGRESS_H
#define GP_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"
#include "series.h"
#include "series_cache.h"

/* Progress of GOAL measured by KPI as of TODAY. KPIS (may be NULL) is the
 * plan's KPI list, needed when KPI is derived by a formula. Returns a new
 * result object (the goal.progress response "result") or NULL with ERR. */
cJSON *gp_goal_progress(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, gp_day_t today, gp_error_t *err);

/* How much of the chart a progress result carries. Everything else in the
 * result is the same whatever the detail. */
typedef struct gp_chart_detail {
    size_t max_points; /* actual points at most (>= 3); a longer series keeps the
                          lowest and highest of each of (max_points - 1) / 2
                          buckets, then its newest point */
    bool band;         /* the forecast's 80% band, or an empty band */
} gp_chart_detail_t;

/* The chart goal.progress returns: up to 600 actual points and the band. */
extern const gp_chart_detail_t gp_chart_full;

/* gp_goal_progress with the chart cut to DETAIL (plan.summary asks for a
 * sparkline-sized chart: drawing 200 full charts' worth of points costs
 * more than all the rest of the summary), and with KPI's SERIES when it is
 * already built (the open plan's), or NULL to build it from KPI. */
cJSON *gp_goal_progress_detail(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, const gp_series_t *series,
                               gp_day_t today, const gp_chart_detail_t *detail, gp_error_t *err);

/* ---- the whole plan ---------------------------------------------------------- */

/* Summary of a normalised PLAN as of TODAY: per goal its SMART evaluation
 * and progress, plan-level counts and attention list. SERIES (may be NULL)
 * holds the KPIs' series when the plan is the open one. Returns a new object
 * (the plan.summary response "result") or NULL with ERR set. */
cJSON *gp_plan_summary(const cJSON *plan, gp_series_cache_t *series, gp_day_t today, gp_error_t *err);

/* ---- the open plan ------------------------------------------------------------ */

/* Keeps NORMALISED (a plan from gp_plan_normalised_copy, which this takes
 * over) as the open plan in place of any other, with an empty series cache
 * for its KPIs. Returns the kept copy, or NULL when out of memory (then no
 * plan is open). */
const cJSON *gp_open_plan_keep(cJSON *normalised);

/* The open plan (NULL when none), *ID its id and *SERIES its KPIs' series. */
const cJSON *gp_open_plan_get(const char **id, gp_series_cache_t **series);

#endif
