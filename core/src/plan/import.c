/* import.c - plan.import: reading a saved file back into plans.
 *
 * plan.import {"text": "<file contents>"} accepts two kinds of file:
 *
 *   one plan         {"schema": 1, "id": ..., "name": ..., "goals": [...], ...}
 *                    -> {"plan": the normalised plan, "migrated_from": N|null}
 *   a backup         {"format": "goalpost-backup", "schema": 1,
 *                     "exported": "2026-03-01T09:30:00.000Z", "plans": [plan, ...]}
 *                    -> {"plans": [...], "exported": "...", "migrated_from": N|null}
 *
 * The backup envelope is what the web app writes when it saves one plan or
 * all of them: "format" marks the file, "schema" is the envelope's own
 * version, "exported" when it was made (ISO text, may be absent), "plans"
 * the plans (each with its own schema). Plan ids in one backup are unique.
 *
 * A plan without "schema" is schema 0 (see migrate.c) and is migrated;
 * "migrated_from" names the oldest schema migrated, or null when none was.
 * A schema above the current one is refused (unsupported_schema): the file
 * was made by a newer Goalpost. Error paths start at the document
 * ("goals[0].deadline", "plans[2].kpis[0].id"); text-level problems use
 * "text". */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/fields.h"
#include "ids.h"
#include "base/gp_limits.h"
#include "migrate.h"
#include "normalise.h"
#include "plan.h"

#define BACKUP_FORMAT "goalpost-backup"

/* ---- from text to JSON --------------------------------------------------- */

/* Reports where TEXT stops being JSON: line and column (in characters). */
static bool json_error(const char *text, size_t at, gp_error_t *err)
{
    size_t length = strlen(text), line = 1, column = 1;
    if (at > length) at = length;
    for (size_t i = 0; i < at; i++) {
        if (text[i] == '\n') {
            line++;
            column = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            column++;
        }
    }
    size_t rest = at;
    while (rest < length && strchr(" \t\r\n", text[rest])) rest++;
    /* A string that never closes runs to the end of the file. */
    bool in_string = false;
    for (size_t i = 0; i < length; i++) {
        if (in_string && text[i] == '\\') i++;
        else if (text[i] == '"') in_string = !in_string;
    }
    if (in_string) rest = length;
    if (rest == length)
        return gp_fail(err, GP_ERR_INVALID_JSON, "text",
                       "The file ends (line %zu, column %zu) before its JSON is complete; it may have been cut off.",
                       line, column);
    const char *p = text + at;
    if (*p == '-' || *p == '+') p++;
    if (strncmp(p, "NaN", 3) == 0 || strncmp(p, "Infinity", 8) == 0)
        return gp_fail(err, GP_ERR_INVALID_JSON, "text",
                       "The file is not valid JSON at line %zu, column %zu: NaN and Infinity are not numbers "
                       "JSON can hold.",
                       line, column);
    return gp_fail(err, GP_ERR_INVALID_JSON, "text",
                   "The file is not valid JSON: something is wrong at line %zu, column %zu.", line, column);
}

/* True when ITEM nests lists and objects more than LEFT levels deep. */
static bool too_deep(const cJSON *item, int left)
{
    if (!cJSON_IsArray(item) && !cJSON_IsObject(item)) return false;
    if (left == 0) return true;
    const cJSON *child;
    cJSON_ArrayForEach(child, item) {
        if (too_deep(child, left - 1)) return true;
    }
    return false;
}

static cJSON *parse(const char *text, gp_error_t *err)
{
    /* Editors on Windows often start UTF-8 files with a byte-order mark. */
    if (strncmp(text, "\xEF\xBB\xBF", 3) == 0) text += 3;
    size_t n = strlen(text);
    if (strspn(text, " \t\r\n") == n) {
        gp_fail(err, GP_ERR_INVALID_JSON, "text", "The file is empty.");
        return NULL;
    }
    const char *end = NULL;
    cJSON *doc = cJSON_ParseWithLengthOpts(text, n + 1, &end, true);
    if (!doc) {
        json_error(text, end && end >= text ? (size_t)(end - text) : 0, err);
        return NULL;
    }
    if (too_deep(doc, GP_MAX_DEPTH)) {
        cJSON_Delete(doc);
        gp_fail(err, GP_ERR_TOO_DEEP, "text", "The file nests lists and objects more than %d levels deep.",
                GP_MAX_DEPTH);
        return NULL;
    }
    return doc;
}

/* ---- schemas ------------------------------------------------------------- */

/* The schema KEY of OBJ says (absent: ABSENT) as a whole number in
 * [0, GP_SCHEMA_VERSION], or false with ERR. WHAT names the document. */
static bool read_schema(const cJSON *obj, const char *path, int absent, const char *what, int *schema,
                        gp_error_t *err)
{
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "schema");
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, "schema");
    *schema = absent;
    if (!item || cJSON_IsNull(item)) return true;
    if (!cJSON_IsNumber(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a number.", full);
    double v = item->valuedouble;
    if (v > GP_SCHEMA_VERSION)
        return gp_fail(err, GP_ERR_UNSUPPORTED_SCHEMA, full,
                       "This %s was made by a newer Goalpost (schema %g); this version reads schema %d and "
                       "older. Update Goalpost to open it.",
                       what, v, GP_SCHEMA_VERSION);
    if (!(v >= 0) || v != (double)(int)v)
        return gp_fail(err, GP_ERR_UNSUPPORTED_SCHEMA, full, "%s is %g, which is not a Goalpost schema version.",
                       full, v);
    *schema = (int)v;
    return true;
}

/* Migrates (when older) and normalises the plan PLAN at PATH in place.
 * *OLDEST is lowered to the plan's schema when it was migrated. */
static bool load_plan(cJSON *plan, const char *path, int *oldest, gp_error_t *err)
{
    if (!cJSON_IsObject(plan))
        return gp_fail(err, GP_ERR_NOT_A_PLAN, path, "%s is not a plan: a plan is a JSON object.",
                       *path ? path : "The file");
    int schema;
    if (!read_schema(plan, path, 0, "plan", &schema, err)) return false;
    if (schema < GP_SCHEMA_VERSION) {
        if (!gp_plan_migrate(plan, schema, path, err)) return false;
        if (schema < *oldest) *oldest = schema;
    }
    return gp_plan_normalise_at(plan, path, err);
}

/* ---- results ------------------------------------------------------------- */

static bool add_migrated_from(cJSON *result, int oldest)
{
    cJSON *value = oldest < GP_SCHEMA_VERSION ? cJSON_CreateNumber(oldest) : cJSON_CreateNull();
    if (value && cJSON_AddItemToObject(result, "migrated_from", value)) return true;
    cJSON_Delete(value);
    return false;
}

static cJSON *import_plan(cJSON *doc, gp_error_t *err)
{
    int oldest = GP_SCHEMA_VERSION;
    if (!load_plan(doc, "", &oldest, err)) {
        cJSON_Delete(doc);
        return NULL;
    }
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddItemToObject(result, "plan", doc)) {
        cJSON_Delete(result);
        cJSON_Delete(doc);
        result = NULL;
    } else if (!add_migrated_from(result, oldest)) {
        cJSON_Delete(result);
        result = NULL;
    }
    if (!result) gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while importing the plan.");
    return result;
}

static bool load_backup(cJSON *doc, cJSON *result, gp_error_t *err)
{
    int envelope_schema, oldest = GP_SCHEMA_VERSION, i = 0;
    const cJSON *list = NULL;
    if (!read_schema(doc, "", GP_SCHEMA_VERSION, "backup", &envelope_schema, err) ||
        !gp_get_array(doc, "plans", "", true, GP_MAX_ITEMS, &list, err))
        return false;
    cJSON *plans = cJSON_DetachItemFromObjectCaseSensitive(doc, "plans");
    if (!cJSON_AddItemToObject(result, "plans", plans)) {
        cJSON_Delete(plans);
        return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while importing the backup.");
    }
    gp_id_table_t ids = {0};
    char path[GP_PATH_MAX], id_path[GP_PATH_MAX];
    bool ok = true, added;
    cJSON *plan;
    cJSON_ArrayForEach(plan, plans) {
        if (!ok) break;
        gp_path_index(path, sizeof path, "plans", i++);
        ok = load_plan(plan, path, &oldest, err);
        if (!ok) break;
        const char *id = cJSON_GetObjectItemCaseSensitive(plan, "id")->valuestring;
        gp_path_key(id_path, sizeof id_path, path, "id");
        if (!gp_id_table_add(&ids, id, plan, &added))
            ok = gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while importing the backup.");
        else if (!added)
            ok = gp_fail(err, GP_ERR_DUPLICATE_ID, id_path,
                         "Two plans in this backup have the id '%s'; each plan needs its own.", id);
    }
    gp_id_table_free(&ids);
    return ok && gp_norm_timestamp(doc, result, "exported", "", err) && add_migrated_from(result, oldest);
}

static cJSON *import_backup(cJSON *doc, gp_error_t *err)
{
    cJSON *result = cJSON_CreateObject();
    bool ok = result && load_backup(doc, result, err);
    if (!result) gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while importing the backup.");
    cJSON_Delete(doc);
    if (!ok) {
        cJSON_Delete(result);
        return NULL;
    }
    return result;
}

/* ---- the method ---------------------------------------------------------- */

cJSON *gp_plan_import(const char *text, gp_error_t *err)
{
    cJSON *doc = parse(text, err);
    if (!doc) return NULL;
    if (!cJSON_IsObject(doc)) {
        cJSON_Delete(doc);
        gp_fail(err, GP_ERR_NOT_A_PLAN, "",
                "This file holds JSON, but not a Goalpost plan: a plan or backup is a JSON object.");
        return NULL;
    }
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(doc, "format");
    if (format) {
        if (cJSON_IsString(format) && strcmp(format->valuestring, BACKUP_FORMAT) == 0)
            return import_backup(doc, err);
        cJSON_Delete(doc);
        gp_fail(err, GP_ERR_NOT_A_PLAN, "format",
                "This file is marked as a different format, not a Goalpost plan or backup ('" BACKUP_FORMAT
                "').");
        return NULL;
    }
    static const char *const plan_marks[] = {"schema", "objectives", "goals", "kpis", NULL};
    bool looks_like_plan = false;
    for (int i = 0; plan_marks[i]; i++)
        looks_like_plan = looks_like_plan || cJSON_GetObjectItemCaseSensitive(doc, plan_marks[i]);
    if (!looks_like_plan) {
        cJSON_Delete(doc);
        gp_fail(err, GP_ERR_NOT_A_PLAN, "",
                "This file holds JSON, but not a Goalpost plan: it has no schema, objectives, goals or KPIs.");
        return NULL;
    }
    return import_plan(doc, err);
}
