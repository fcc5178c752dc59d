/* smart.h - the SMART evaluator behind smart.evaluate. */
#ifndef GP_SMART_H
#define GP_SMART_H

#include <stdbool.h>

#include "cJSON.h"
#include "dates.h"
#include "errors.h"

/* Evaluates GOAL (statement plus any structured fields). PLAN, when not
 * NULL, gives context (objectives, KPIs). HAS_TODAY false means deadlines
 * are judged as written, not against a date. Returns a new result object
 * (the smart.evaluate response "result") or NULL with ERR set. */
cJSON *gp_smart_evaluate(const cJSON *goal, const cJSON *plan, bool has_today, gp_day_t today, gp_error_t *err);

#endif
