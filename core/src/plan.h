/* plan.h - the plan model: validation and normalisation in place.
 * Field names are fixed (README "The plan model"); see plan.c. */
#ifndef GP_PLAN_H
#define GP_PLAN_H

#include <stdbool.h>

#include "cJSON.h"
#include "errors.h"

enum { GP_SCHEMA_VERSION = 1 };

/* Validates PLAN and normalises it in place: defaults filled, text trimmed,
 * dates canonical, references resolved. On failure returns false with ERR
 * naming the first offending field by path ("goals[2].milestones[0].date"). */
bool gp_plan_normalise(cJSON *plan, gp_error_t *err);

/* The same checks for one goal or one KPI on its own (no cross-references
 * to other objects are checked); PATH prefixes error paths ("goal"). */
bool gp_goal_normalise(cJSON *goal, const char *path, gp_error_t *err);
bool gp_kpi_normalise(cJSON *kpi, const char *path, gp_error_t *err);

#endif
