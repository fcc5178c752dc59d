/* export_input.c - the validated plan and its summary behind every export. */
#include "export_input.h"

#include <math.h>
#include <string.h>

#include "base/fields.h"
#include "plan/plan.h"
#include "progress/progress.h"

bool gp_export_input_read(const cJSON *request, gp_export_input_t *in, gp_error_t *err)
{
    in->plan = in->summary = NULL;
    in->today = 0;
    const cJSON *given = NULL;
    bool has_today = false;
    if (!gp_get_object(request, "plan", "", true, &given, err) || !gp_get_today(request, &in->today, &has_today, err))
        return false;
    if (!has_today) return gp_fail(err, GP_ERR_MISSING_FIELD, "today", "today is required (YYYY-MM-DD).");
    in->plan = cJSON_Duplicate(given, true);
    if (!in->plan) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "plan", "Out of memory while copying the plan.");
    if (!gp_plan_normalise_at(in->plan, "plan", err)) return false;
    in->summary = gp_plan_summary(in->plan, NULL, in->today, err);
    return in->summary != NULL;
}

void gp_export_input_free(gp_export_input_t *in)
{
    if (!in) return;
    cJSON_Delete(in->plan);
    cJSON_Delete(in->summary);
    in->plan = in->summary = NULL;
}

/* A part of a summary entry: the object, or NULL with the reason when the
 * summary put {"error": {...}} there instead. */
static const cJSON *part(const cJSON *entry, const char *key, const char **problem)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(entry, key);
    const cJSON *error = cJSON_GetObjectItemCaseSensitive(item, "error");
    *problem = "";
    if (!cJSON_IsObject(item)) return NULL;
    if (!error) return item;
    *problem = gp_json_text(error, "message");
    return NULL;
}

gp_goal_facts_t gp_export_goal_facts(const gp_export_input_t *in, const cJSON *goal, int index)
{
    gp_goal_facts_t facts;
    const cJSON *goals = cJSON_GetObjectItemCaseSensitive(in->summary, "goals");
    const char *id = gp_json_text(goal, "id");
    const cJSON *entry = NULL, *item;
    /* Found by id; by position only when the summary gives no ids. */
    cJSON_ArrayForEach(item, goals) {
        if (*id && strcmp(gp_json_text(item, "goal_id"), id) == 0) entry = item;
    }
    if (!entry) {
        item = cJSON_GetArrayItem(goals, index);
        if (item && !*gp_json_text(item, "goal_id")) entry = item;
    }
    facts.smart = part(entry, "smart", &facts.smart_problem);
    facts.progress = part(entry, "progress", &facts.progress_problem);
    return facts;
}

const char *gp_json_text(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
    return cJSON_IsString(item) ? item->valuestring : "";
}

bool gp_json_number(const cJSON *obj, const char *key, double *out)
{
    const cJSON *item = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
    if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble)) return false;
    *out = item->valuedouble;
    return true;
}

const cJSON *gp_plan_kpi(const cJSON *plan, const char *id)
{
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, cJSON_GetObjectItemCaseSensitive(plan, "kpis")) {
        if (strcmp(gp_json_text(kpi, "id"), id) == 0) return kpi;
    }
    return NULL;
}
