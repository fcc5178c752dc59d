/* summary.h - the whole-plan view behind plan.summary. */
#ifndef GP_SUMMARY_H
#define GP_SUMMARY_H

#include "cJSON.h"
#include "dates.h"
#include "errors.h"
#include "series_cache.h"

/* Summary of a normalised PLAN as of TODAY: per goal its SMART evaluation
 * and progress, plan-level counts and attention list. SERIES (may be NULL)
 * holds the KPIs' series when the plan is the open one. Returns a new object
 * (the plan.summary response "result") or NULL with ERR set. */
cJSON *gp_plan_summary(const cJSON *plan, gp_series_cache_t *series, gp_day_t today, gp_error_t *err);

#endif
