/* progress_methods.c - the requests about a plan's progress, and the open
 * plan they may name instead of sending the plan.
 *
 * plan.open {"plan"} checks and normalises the plan as plan.validate does
 * and keeps that copy (one at a time: opening another replaces it). Then
 * plan.summary {"open_plan": id, "today"} and goal.progress {"open_plan": id,
 * "goal_id", "today"} answer from it: the request names the plan it means,
 * and a request for any other plan fails with plan_not_open rather than
 * answering about the wrong one. */
#include <stdio.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "methods.h"
#include "plan/plan.h"
#include "progress/progress.h"

static int count_of(const cJSON *obj, const char *key)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
}

/* plan.open {"plan"} -> {"plan_id", "goals", "kpis", "measurements"}: the
 * counts of what is now open. A plan that fails the checks leaves the
 * previously open plan open. */
cJSON *gp_method_plan_open(const cJSON *request, gp_error_t *err)
{
    const cJSON *given = NULL;
    if (!gp_get_object(request, "plan", "", true, &given, err)) return NULL;
    cJSON *normalised = gp_plan_normalised_copy(given, "plan", err);
    if (!normalised) return NULL;
    const cJSON *kept = gp_open_plan_keep(normalised);
    if (!kept) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "plan", "Out of memory while opening the plan.");
        return NULL;
    }
    int measurements = 0;
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, cJSON_GetObjectItemCaseSensitive(kept, "kpis")) measurements += count_of(kpi, "measurements");
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "plan_id", cJSON_GetObjectItemCaseSensitive(kept, "id")->valuestring) ||
        !cJSON_AddNumberToObject(result, "goals", count_of(kept, "goals")) ||
        !cJSON_AddNumberToObject(result, "kpis", count_of(kept, "kpis")) ||
        !cJSON_AddNumberToObject(result, "measurements", measurements)) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}

/* The open plan if REQUEST's "open_plan" is its id, and *SERIES its KPIs'
 * series; else NULL with ERR. */
static const cJSON *open_plan_named(const cJSON *request, gp_series_cache_t **series, gp_error_t *err)
{
    const char *id = NULL, *open_id = NULL;
    if (!gp_get_string(request, "open_plan", "", true, GP_MAX_ID_CHARS, &id, err)) return NULL;
    const cJSON *plan = gp_open_plan_get(&open_id, series);
    if (!plan) {
        gp_fail(err, GP_ERR_PLAN_NOT_OPEN, "open_plan", "No plan is open: send the plan with plan.open first.");
        return NULL;
    }
    if (strcmp(id, open_id) != 0) {
        gp_fail(err, GP_ERR_PLAN_NOT_OPEN, "open_plan",
                "open_plan names the plan '%.64s', but the plan open is '%.64s': send it with plan.open first.", id,
                open_id);
        return NULL;
    }
    return plan;
}

/* today, which progress cannot be judged without. */
static bool required_today(const cJSON *request, gp_day_t *today, gp_error_t *err)
{
    bool has_today = false;
    if (!gp_get_today(request, today, &has_today, err)) return false;
    if (!has_today)
        return gp_fail(err, GP_ERR_MISSING_FIELD, "today",
                       "today is required: progress is judged as of a date (YYYY-MM-DD).");
    return true;
}

/* plan.summary {"plan" | "open_plan", "today"} -> the whole-plan view */
cJSON *gp_method_plan_summary(const cJSON *request, gp_error_t *err)
{
    gp_day_t today = 0;
    if (!required_today(request, &today, err)) return NULL;
    if (cJSON_GetObjectItemCaseSensitive(request, "open_plan")) {
        gp_series_cache_t *series = NULL;
        const cJSON *open = open_plan_named(request, &series, err);
        return open ? gp_plan_summary(open, series, today, err) : NULL;
    }
    const cJSON *plan = NULL;
    if (!gp_get_object(request, "plan", "", true, &plan, err)) return NULL;
    /* The plan is checked and normalised as plan.validate would, into a new
     * object: the request stays read-only and is not copied first. */
    cJSON *normalised = gp_plan_normalised_copy(plan, "plan", err);
    cJSON *result = normalised ? gp_plan_summary(normalised, NULL, today, err) : NULL;
    cJSON_Delete(normalised);
    return result;
}

/* goal.progress for the goal REQUEST's "goal_id" names in the open plan. */
static cJSON *open_goal_progress(const cJSON *request, gp_day_t today, gp_error_t *err)
{
    gp_series_cache_t *series = NULL;
    const cJSON *plan = open_plan_named(request, &series, err);
    const char *goal_id = NULL;
    if (!plan || !gp_get_string(request, "goal_id", "", true, GP_MAX_ID_CHARS, &goal_id, err)) return NULL;
    int goal_index = -1, kpi_index = -1;
    const cJSON *goal = gp_find_by_id(cJSON_GetObjectItemCaseSensitive(plan, "goals"), goal_id, &goal_index);
    if (!goal) {
        gp_fail(err, GP_ERR_DANGLING_REFERENCE, "goal_id", "goal_id names the goal '%.64s', which is not in the plan.",
                goal_id);
        return NULL;
    }
    char path[GP_PATH_MAX];
    snprintf(path, sizeof path, "goals[%d].kpi_id", goal_index);
    /* plan.open resolved every kpi_id, so only an empty one finds nothing. */
    const cJSON *kpis = cJSON_GetObjectItemCaseSensitive(plan, "kpis");
    const cJSON *kpi_id = cJSON_GetObjectItemCaseSensitive(goal, "kpi_id");
    const cJSON *kpi = cJSON_IsString(kpi_id) ? gp_find_by_id(kpis, kpi_id->valuestring, &kpi_index) : NULL;
    if (!kpi) {
        gp_fail(err, GP_ERR_MISSING_FIELD, path, "%s is empty: choose the KPI that measures this goal.", path);
        return NULL;
    }
    gp_error_t e = {GP_OK, "", ""};
    cJSON *result = gp_goal_progress_detail(goal, kpi, kpis, gp_series_cache_get(series, kpi_index), today,
                                            &gp_chart_full, &e);
    if (!result) {
        gp_plan_error_path(e.path, goal_index, kpi_index, path, sizeof path);
        *err = e;
        snprintf(err->path, sizeof err->path, "%s", path);
    }
    return result;
}

/* goal.progress {"goal", "kpi", "kpis"? | "open_plan", "goal_id"; "today"} */
cJSON *gp_method_goal_progress(const cJSON *request, gp_error_t *err)
{
    gp_day_t today = 0;
    if (!required_today(request, &today, err)) return NULL;
    if (cJSON_GetObjectItemCaseSensitive(request, "open_plan")) return open_goal_progress(request, today, err);
    const cJSON *goal = NULL, *kpi = NULL, *kpis = NULL;
    if (!gp_get_object(request, "goal", "", true, &goal, err) || !gp_get_object(request, "kpi", "", true, &kpi, err) ||
        !gp_get_array(request, "kpis", "", false, GP_MAX_ITEMS, &kpis, err))
        return NULL;
    return gp_goal_progress(goal, kpi, kpis, today, err);
}
