/* migrate.c - schema 0 to schema 1.
 *
 * Schema 0 is the pre-release layout the first prototype saved: it had no
 * "schema" field and used other names for five fields, otherwise the same
 * as schema 1:
 *   plan.title          -> plan.name
 *   goal.objective      -> goal.objective_id
 *   goal.kpi            -> goal.kpi_id
 *   goal.due            -> goal.deadline
 *   kpi.values          -> kpi.measurements
 * A rename only happens when the new name is not already there; a document
 * holding both keeps the old field as an unknown one, so nothing is lost. */
#include "migrate.h"

#include <stddef.h>

#include "plan.h"

/* Moves OLD_KEY of OBJ to NEW_KEY unless NEW_KEY exists. */
static bool rename_field(cJSON *obj, const char *old_key, const char *new_key)
{
    if (!cJSON_IsObject(obj) || !cJSON_GetObjectItemCaseSensitive(obj, old_key) ||
        cJSON_GetObjectItemCaseSensitive(obj, new_key))
        return true;
    cJSON *item = cJSON_DetachItemFromObjectCaseSensitive(obj, old_key);
    if (cJSON_AddItemToObject(obj, new_key, item)) return true;
    cJSON_Delete(item);
    return false;
}

static bool from_schema_0(cJSON *plan)
{
    bool ok = rename_field(plan, "title", "name");
    cJSON *item;
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(plan, "goals")) {
        ok = ok && rename_field(item, "objective", "objective_id") && rename_field(item, "kpi", "kpi_id") &&
             rename_field(item, "due", "deadline");
    }
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(plan, "kpis")) {
        ok = ok && rename_field(item, "values", "measurements");
    }
    return ok;
}

bool gp_plan_migrate(cJSON *plan, int from, const char *path, gp_error_t *err)
{
    bool ok = from >= 1 || from_schema_0(plan);
    cJSON *schema = ok ? cJSON_CreateNumber(GP_SCHEMA_VERSION) : NULL;
    ok = schema && (cJSON_GetObjectItemCaseSensitive(plan, "schema")
                        ? cJSON_ReplaceItemInObjectCaseSensitive(plan, "schema", schema)
                        : cJSON_AddItemToObject(plan, "schema", schema));
    if (!ok) cJSON_Delete(schema);
    if (!ok) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while updating an older plan.");
    return true;
}
