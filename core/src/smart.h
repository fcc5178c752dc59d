/* smart.h - the SMART evaluator behind smart.evaluate. */
#ifndef GP_SMART_H
#define GP_SMART_H

#include <stdbool.h>

#include "cJSON.h"
#include "dates.h"
#include "errors.h"
#include "smart_answer.h"

/* The monthly growth a KPI's own measurements show, from the earliest entry
 * to the latest (the first listed of each date); KNOWN is false when they are
 * too few, less than four weeks apart or not above zero. */
typedef struct gp_kpi_growth {
    bool known;
    double monthly; /* 0.02: 2% a month */
} gp_kpi_growth_t;
gp_kpi_growth_t gp_kpi_growth(const cJSON *kpi);

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

#endif
