/* plan_methods.c - the requests that make, check, import and list plans and
 * the KPI catalog. */
#include <stdint.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "methods.h"
#include "plan/plan.h"

cJSON *gp_method_wrap(const char *key, cJSON *value, gp_error_t *err)
{
    if (!value) return NULL;
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddItemToObject(result, key, value)) {
        cJSON_Delete(result);
        cJSON_Delete(value);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the answer.");
        return NULL;
    }
    return result;
}

/* plan.new {"today"?, "id"?, "name"?, "objective_id"?} -> {"plan"} */
cJSON *gp_method_plan_new(const cJSON *request, gp_error_t *err)
{
    return gp_method_wrap("plan", gp_plan_create(request, err), err);
}

/* plan.validate {"plan"} -> {"plan": the normalised plan}; error paths
 * start at the plan ("goals[2].deadline"). */
cJSON *gp_method_plan_validate(const cJSON *request, gp_error_t *err)
{
    const cJSON *given = NULL;
    if (!gp_get_object(request, "plan", "", true, &given, err)) return NULL;
    return gp_method_wrap("plan", gp_plan_normalised_copy(given, "", err), err);
}

/* plan.import {"text"} -> {"plans", ...} */
cJSON *gp_method_plan_import(const cJSON *request, gp_error_t *err)
{
    const char *text = NULL;
    if (!gp_get_string(request, "text", "", true, SIZE_MAX, &text, err)) return NULL;
    return gp_plan_import(text, err);
}

/* plan.templates {} -> {"templates": [{name, title, description}]} */
cJSON *gp_method_plan_templates(const cJSON *request, gp_error_t *err)
{
    (void)request;
    return gp_template_list(err);
}

/* plan.template {"name", "today"?} -> {"plan"} */
cJSON *gp_method_plan_template(const cJSON *request, gp_error_t *err)
{
    const char *name = NULL;
    gp_day_t today = 0;
    bool has_today = false;
    if (!gp_get_string(request, "name", "", true, GP_MAX_NAME_CHARS, &name, err) ||
        !gp_get_today(request, &today, &has_today, err))
        return NULL;
    return gp_method_wrap("plan", gp_template_plan(name, has_today, today, err), err);
}

/* kpi.catalog {"query"?} -> {"kpis"} */
cJSON *gp_method_kpi_catalog(const cJSON *request, gp_error_t *err)
{
    const char *query = "";
    if (!gp_get_string(request, "query", "", false, GP_MAX_NAME_CHARS, &query, err)) return NULL;
    return gp_kpi_catalog_search(query, err);
}

/* kpi.new {"catalog_id", "id"?, "name"?} or {"id", "name", "goal_direction"?} -> {"kpi"} */
cJSON *gp_method_kpi_new(const cJSON *request, gp_error_t *err)
{
    static const char *const goal_directions[] = {"increase", "decrease", "reach", "maintain", NULL};
    const char *catalog_id = NULL, *id = NULL, *name = NULL;
    int goal_direction = 0;
    if (!gp_get_string(request, "catalog_id", "", false, GP_MAX_ID_CHARS, &catalog_id, err) ||
        !gp_get_string(request, "id", "", catalog_id == NULL, GP_MAX_ID_CHARS, &id, err) ||
        !gp_get_string(request, "name", "", catalog_id == NULL, GP_MAX_NAME_CHARS, &name, err) ||
        !gp_get_enum(request, "goal_direction", "", false, goal_directions, &goal_direction, err))
        return NULL;
    return gp_method_wrap("kpi", gp_kpi_new(catalog_id, id, name, goal_direction == 1, err), err);
}

/* goal.direction {"goal": {baseline?, target?, direction?, direction_chosen?}} -> {"implied", "chosen"} */
cJSON *gp_method_goal_direction(const cJSON *request, gp_error_t *err)
{
    const cJSON *goal = NULL;
    if (!gp_get_object(request, "goal", "", true, &goal, err)) return NULL;
    return gp_goal_direction(goal, err);
}
