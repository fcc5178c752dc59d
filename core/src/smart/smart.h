/* smart.h - the SMART evaluator behind smart.evaluate. */
#ifndef GP_SMART_H
#define GP_SMART_H

#include <stdbool.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"
#include "plan/plan.h"
#include "smart_answer.h"


/* Evaluates GOAL (statement plus any structured fields) into A. PLAN, when
 * not NULL, gives context (objectives, KPIs). GROWTH, when not NULL, is
 * gp_kpi_growth of the goal's KPI in PLAN, already worked out (the open
 * plan keeps it per KPI). HAS_TODAY false means deadlines are judged as
 * written, not against a date. Returns false with ERR set when GOAL cannot
 * be read. */
bool gp_smart_judge(const cJSON *goal, const cJSON *plan, const gp_kpi_growth_t *growth, bool has_today,
                    gp_day_t today, gp_smart_answer_t *a, gp_error_t *err);

/* gp_smart_judge's answer as a new cJSON object (the smart.evaluate
 * "result"), or NULL with ERR set. */
cJSON *gp_smart_evaluate(const cJSON *goal, const cJSON *plan, const gp_kpi_growth_t *growth, bool has_today,
                         gp_day_t today, gp_error_t *err);

/* date.parse's answer for TEXT: {"date", "kind", "text"}, the date the
 * text names (judged against TODAY when HAS_TODAY), or NULL with ERR. */
cJSON *gp_date_parse_answer(const char *text, bool has_today, gp_day_t today, gp_error_t *err);

#endif
