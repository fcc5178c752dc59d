/* open_plan.c - plan.open and the lookups into the open plan (open_plan.h).
 *
 * The kept copy lives in memory of its own (gp_arena_keep), outside any
 * call's arena; each KPI's series and the growth its history shows are
 * worked out on first use and kept with it (series_cache.h), so a goal asked
 * about again costs no re-reading of its measurements. */
#include "open_plan.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "fields.h"
#include "gp_limits.h"
#include "methods.h"
#include "plan.h"
#include "progress.h"

static struct {
    const cJSON *plan; /* NULL when none is open */
    const char *id;
    gp_series_cache_t series;
} opened;

static void close_open_plan(void)
{
    gp_series_cache_free(&opened.series);
    gp_arena_release_kept();
    opened.plan = NULL;
    opened.id = NULL;
}

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
    close_open_plan();
    cJSON *kept = gp_arena_keep(normalised);
    const cJSON *kpis = kept ? cJSON_GetObjectItemCaseSensitive(kept, "kpis") : NULL;
    if (!kept || !gp_series_cache_init(&opened.series, kpis)) {
        close_open_plan();
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "plan", "Out of memory while opening the plan.");
        return NULL;
    }
    opened.plan = kept;
    opened.id = cJSON_GetObjectItemCaseSensitive(kept, "id")->valuestring;
    int measurements = 0;
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, kpis) measurements += count_of(kpi, "measurements");
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "plan_id", opened.id) ||
        !cJSON_AddNumberToObject(result, "goals", count_of(kept, "goals")) ||
        !cJSON_AddNumberToObject(result, "kpis", count_of(kept, "kpis")) ||
        !cJSON_AddNumberToObject(result, "measurements", measurements)) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}

bool gp_open_plan_asked(const cJSON *request)
{
    return cJSON_GetObjectItemCaseSensitive(request, "open_plan") != NULL;
}

const cJSON *gp_open_plan_named(const cJSON *request, gp_series_cache_t **series, gp_error_t *err)
{
    const char *id = NULL;
    if (!gp_get_string(request, "open_plan", "", true, GP_MAX_ID_CHARS, &id, err)) return NULL;
    if (!opened.plan) {
        gp_fail(err, GP_ERR_PLAN_NOT_OPEN, "open_plan", "No plan is open: send the plan with plan.open first.");
        return NULL;
    }
    if (strcmp(id, opened.id) != 0) {
        gp_fail(err, GP_ERR_PLAN_NOT_OPEN, "open_plan",
                "open_plan names the plan '%.64s', but the plan open is '%.64s': send it with plan.open first.", id,
                opened.id);
        return NULL;
    }
    *series = &opened.series;
    return opened.plan;
}

cJSON *gp_open_plan_goal_progress(const cJSON *request, gp_day_t today, gp_error_t *err)
{
    gp_series_cache_t *series = NULL;
    const cJSON *plan = gp_open_plan_named(request, &series, err);
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
