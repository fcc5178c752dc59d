/* open_plan.h - the plan the page has open, kept inside the core between
 * calls so that questions about it do not send and re-read it each time.
 *
 * plan.open {"plan"} checks and normalises the plan as plan.validate does
 * and keeps that copy (one at a time: opening another replaces it). Then
 * plan.summary {"open_plan": id, "today"} and goal.progress {"open_plan": id,
 * "goal_id", "today"} answer from it: the request names the plan it means,
 * and a request for any other plan fails with plan_not_open rather than
 * answering about the wrong one. */
#ifndef GP_OPEN_PLAN_H
#define GP_OPEN_PLAN_H

#include <stdbool.h>

#include "cJSON.h"
#include "dates.h"
#include "errors.h"
#include "series_cache.h"

/* Whether REQUEST asks about the open plan (has "open_plan"). */
bool gp_open_plan_asked(const cJSON *request);

/* The open plan if REQUEST's "open_plan" is its id, and *SERIES its KPIs'
 * series; else NULL with ERR. */
const cJSON *gp_open_plan_named(const cJSON *request, gp_series_cache_t **series, gp_error_t *err);

/* goal.progress for the goal REQUEST's "goal_id" names in the open plan. */
cJSON *gp_open_plan_goal_progress(const cJSON *request, gp_day_t today, gp_error_t *err);

#endif
