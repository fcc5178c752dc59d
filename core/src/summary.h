/* summary.h - the whole-plan view behind plan.summary. */
#ifndef GP_SUMMARY_H
#define GP_SUMMARY_H

#include "cJSON.h"
#include "dates.h"
#include "errors.h"

/* Summary of a normalised PLAN as of TODAY: per goal its SMART evaluation
 * and progress, plan-level counts and attention list. Returns a new object
 * (the plan.summary response "result") or NULL with ERR set. */
cJSON *gp_plan_summary(const cJSON *plan, gp_day_t today, gp_error_t *err);

#endif
