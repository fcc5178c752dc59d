/* export_input.h - what every exporter starts from: the request's plan,
 * validated and normalised (a copy), its summary as of "today", and small
 * readers for the facts the exports show. */
#ifndef GP_EXPORT_INPUT_H
#define GP_EXPORT_INPUT_H

#include <stdbool.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"

typedef struct gp_export_input {
    cJSON *plan;    /* normalised copy of request.plan; owned */
    cJSON *summary; /* gp_plan_summary of it; owned */
    gp_day_t today;
} gp_export_input_t;

/* Reads {"plan", "today"} (both required) from REQUEST into IN; errors name
 * paths inside the request ("plan.goals[0].deadline"). Free IN with
 * gp_export_input_free, also after a failure. */
bool gp_export_input_read(const cJSON *request, gp_export_input_t *in, gp_error_t *err);
void gp_export_input_free(gp_export_input_t *in);

/* The summary's entry for GOAL (the INDEX-th goal of the plan): its SMART
 * evaluation and its progress, each NULL when the summary could not work it
 * out, with the summary's reason (or "") in the matching _problem. */
typedef struct gp_goal_facts {
    const cJSON *smart;
    const cJSON *progress;
    const char *smart_problem;
    const char *progress_problem;
} gp_goal_facts_t;
gp_goal_facts_t gp_export_goal_facts(const gp_export_input_t *in, const cJSON *goal, int index);

/* String KEY of OBJ, or "" when absent or not text. */
const char *gp_json_text(const cJSON *obj, const char *key);
/* Number KEY of OBJ into *OUT; false when absent or not a finite number. */
bool gp_json_number(const cJSON *obj, const char *key, double *out);
/* The KPI of PLAN with id ID, or NULL. */
const cJSON *gp_plan_kpi(const cJSON *plan, const char *id);

#endif
