/* progress.h - KPI progress, pace and forecast behind goal.progress. */
#ifndef GP_PROGRESS_H
#define GP_PROGRESS_H

#include "cJSON.h"
#include "dates.h"
#include "errors.h"

/* Progress of GOAL measured by KPI as of TODAY. KPIS (may be NULL) is the
 * plan's KPI list, needed when KPI is derived by a formula. Returns a new
 * result object (the goal.progress response "result") or NULL with ERR. */
cJSON *gp_goal_progress(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, gp_day_t today, gp_error_t *err);

#endif
