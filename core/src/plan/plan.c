/* plan.c - the plan document: its own fields, the checks that span the
 * whole plan, and the methods plan.new and plan.validate.
 *
 * Defaults when a field is absent or null (goal.c and kpi.c list theirs):
 *   plan:      schema 1; id required; name required (not blank);
 *              organisation, description, created, updated ""; objectives,
 *              goals, kpis [].
 *   objective: id required; name, description "".
 * Fields this version does not know are kept, after the known ones.
 *
 * Order of checks, so "the first offending field" is well defined: first
 * every field in document order (objectives, then goals, then KPIs); then
 * ids unique across the whole plan, in document order; then, goal by goal
 * and KPI by KPI, references (objective_id, kpi_id, tactic kpi_ids,
 * formula parts), a goal's numbers against its KPI's unit, and formula
 * cycles. Measurements are sorted only once their own checks pass, so
 * error paths count entries as they were given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fields.h"
#include "ids.h"
#include "base/gp_limits.h"
#include "normalise.h"
#include "plan.h"

static const char *const plan_fields[] = {"schema",  "id",         "name",  "organisation", "description", "created",
                                          "updated", "objectives", "goals", "kpis",         NULL};
static const char *const objective_fields[] = {"id", "name", "description", NULL};

static bool oom(const char *path, gp_error_t *err)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading %s.", path);
}

/* Text of KEY in a normalised object (always present there). */
static const char *text_of(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : "";
}

/* ---- the plan's own fields ----------------------------------------------- */

static bool schema(const cJSON *src, cJSON *out, const char *path, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "schema");
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(src, "schema");
    if (item && !cJSON_IsNull(item)) {
        if (!cJSON_IsNumber(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a number.", full);
        double v = item->valuedouble;
        if (v > GP_SCHEMA_VERSION)
            return gp_fail(err, GP_ERR_UNSUPPORTED_SCHEMA, full,
                           "This plan was made by a newer Goalpost (schema %g); this version reads schema %d. "
                           "Update Goalpost to open it.",
                           v, GP_SCHEMA_VERSION);
        if (v != GP_SCHEMA_VERSION)
            return gp_fail(err, GP_ERR_UNSUPPORTED_SCHEMA, full,
                           "This plan uses schema %g, not %d; import it as a file so Goalpost can bring it up to "
                           "date.",
                           v, GP_SCHEMA_VERSION);
    }
    return gp_norm_add(out, "schema", cJSON_CreateNumber(GP_SCHEMA_VERSION), full, err);
}

static bool objective(const cJSON *src, cJSON *list, const char *path, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "an objective", err)) return false;
    cJSON *out = cJSON_CreateObject();
    return gp_norm_add(list, NULL, out, path, err) && gp_norm_id(src, out, "id", path, GP_FIELD_REQUIRED, NULL, err) &&
           gp_norm_text(src, out, "name", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) &&
           gp_norm_text(src, out, "description", path, GP_FIELD_OPTIONAL, GP_MAX_TEXT_CHARS, err) &&
           gp_norm_keep_unknown(src, out, objective_fields, path, err);
}

static bool goal(const cJSON *src, cJSON *list, const char *path, gp_error_t *err)
{
    cJSON *copy = gp_goal_normalised_copy(src, path, true, err);
    return copy && gp_norm_add(list, NULL, copy, path, err);
}

static bool kpi(const cJSON *src, cJSON *list, const char *path, gp_error_t *err)
{
    cJSON *copy = gp_kpi_normalised_copy(src, path, true, err);
    return copy && gp_norm_add(list, NULL, copy, path, err);
}

typedef bool (*element_fn)(const cJSON *src, cJSON *list, const char *path, gp_error_t *err);

/* Normalises each element of the list KEY of SRC into a new list KEY of OUT. */
static bool each(const cJSON *src, cJSON *out, const char *key, const char *path, element_fn fn, gp_error_t *err)
{
    char full[GP_PATH_MAX], item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, key);
    const cJSON *list, *item;
    cJSON *out_list = cJSON_CreateArray();
    if (!gp_norm_add(out, key, out_list, full, err) || !gp_norm_list(src, key, path, GP_MAX_ITEMS, &list, err))
        return false;
    int i = 0;
    cJSON_ArrayForEach(item, list) {
        gp_path_index(item_path, sizeof item_path, full, i++);
        if (!fn(item, out_list, item_path, err)) return false;
    }
    return true;
}

static bool fill_plan(const cJSON *src, cJSON *out, const char *path, gp_error_t *err)
{
    return schema(src, out, path, err) && gp_norm_id(src, out, "id", path, GP_FIELD_REQUIRED, NULL, err) &&
           gp_norm_text(src, out, "name", path, GP_FIELD_REQUIRED, GP_MAX_NAME_CHARS, err) &&
           gp_norm_text(src, out, "organisation", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) &&
           gp_norm_text(src, out, "description", path, GP_FIELD_OPTIONAL, GP_MAX_TEXT_CHARS, err) &&
           gp_norm_timestamp(src, out, "created", path, err) && gp_norm_timestamp(src, out, "updated", path, err) &&
           each(src, out, "objectives", path, objective, err) && each(src, out, "goals", path, goal, err) &&
           each(src, out, "kpis", path, kpi, err) && gp_norm_keep_unknown(src, out, plan_fields, path, err);
}

/* ---- checks across the plan ---------------------------------------------- */

typedef struct {
    gp_id_table_t all;        /* every id, for duplicates */
    gp_id_table_t objectives; /* objective id -> objective */
    gp_id_table_t kpis;       /* KPI id -> KPI */
} tables_t;

/* Records the id of OBJ (at PATH) in ALL and, when KIND is not NULL, in KIND. */
static bool record_id(tables_t *t, gp_id_table_t *kind, const cJSON *obj, const char *path, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "id");
    const char *id = text_of(obj, "id");
    bool added, ignored;
    if (!gp_id_table_add(&t->all, id, obj, &added) || (kind && !gp_id_table_add(kind, id, obj, &ignored)))
        return oom(full, err);
    if (!added)
        return gp_fail(err, GP_ERR_DUPLICATE_ID, full,
                       "The id '%s' (%s) is already used earlier in this plan; every id must be unique.", id, full);
    return true;
}

/* Writes PATH.KEY[I] into OUT (GP_PATH_MAX bytes). */
static void element_path(char *out, const char *path, const char *key, int i)
{
    char list[GP_PATH_MAX];
    gp_path_key(list, sizeof list, path, key);
    gp_path_index(out, GP_PATH_MAX, list, i);
}

/* The list KEY of a normalised object. */
static const cJSON *list_of(const cJSON *obj, const char *key) { return cJSON_GetObjectItemCaseSensitive(obj, key); }

static bool record_ids(const cJSON *plan, const char *path, tables_t *t, gp_error_t *err)
{
    const cJSON *o, *g, *s, *tac, *k;
    char op[GP_PATH_MAX], gpth[GP_PATH_MAX], sp[GP_PATH_MAX], tp[GP_PATH_MAX], kp[GP_PATH_MAX];
    int i = 0;
    cJSON_ArrayForEach(o, list_of(plan, "objectives")) {
        element_path(op, path, "objectives", i++);
        if (!record_id(t, &t->objectives, o, op, err)) return false;
    }
    i = 0;
    cJSON_ArrayForEach(g, list_of(plan, "goals")) {
        element_path(gpth, path, "goals", i++);
        if (!record_id(t, NULL, g, gpth, err)) return false;
        int j = 0;
        cJSON_ArrayForEach(s, list_of(g, "strategies")) {
            element_path(sp, gpth, "strategies", j++);
            if (!record_id(t, NULL, s, sp, err)) return false;
            int n = 0;
            cJSON_ArrayForEach(tac, list_of(s, "tactics")) {
                element_path(tp, sp, "tactics", n++);
                if (!record_id(t, NULL, tac, tp, err)) return false;
            }
        }
    }
    i = 0;
    cJSON_ArrayForEach(k, list_of(plan, "kpis")) {
        element_path(kp, path, "kpis", i++);
        if (!record_id(t, &t->kpis, k, kp, err)) return false;
    }
    return true;
}

/* A reference ID at PATH must name something in TABLE ("" means none yet). */
static bool resolve(const gp_id_table_t *table, const char *id, const char *path, const char *what,
                    const void **target, gp_error_t *err)
{
    if (*id == '\0') return true;
    if (gp_id_table_find(table, id, target)) return true;
    return gp_fail(err, GP_ERR_DANGLING_REFERENCE, path, "%s names %s '%.64s', but this plan has none with that id.",
                   path, what, id);
}

/* A goal's numbers (at PATH.KEY) must make sense in its KPI's unit. */
static bool check_in_unit(const cJSON *obj, const char *key, const char *path, const cJSON *kpi, gp_error_t *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(item)) return true;
    double v = item->valuedouble;
    const char *unit = text_of(kpi, "unit");
    bool cumulative = strcmp(text_of(kpi, "aggregation"), "cumulative") == 0;
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, key);
    if (strcmp(unit, "percent") == 0 && (v < 0 || v > 100))
        return gp_fail(err, GP_ERR_PERCENT_OUT_OF_RANGE, full,
                       "%s is %g, but the KPI '%s' is a percentage, which lies between 0 and 100.", full, v,
                       text_of(kpi, "name"));
    if ((strcmp(unit, "count") == 0 || strcmp(unit, "currency") == 0) && !cumulative && v < 0)
        return gp_fail(err, GP_ERR_NEGATIVE_COUNT, full, "%s is %g, but the KPI '%s' cannot be negative.", full, v,
                       text_of(kpi, "name"));
    return true;
}

static bool check_goal(const cJSON *g, const char *path, const tables_t *t, gp_error_t *err)
{
    char full[GP_PATH_MAX], mp[GP_PATH_MAX], sp[GP_PATH_MAX], tp[GP_PATH_MAX], ip[GP_PATH_MAX];
    const void *found = NULL;
    gp_path_key(full, sizeof full, path, "objective_id");
    if (!resolve(&t->objectives, text_of(g, "objective_id"), full, "the objective", &found, err)) return false;
    gp_path_key(full, sizeof full, path, "kpi_id");
    found = NULL;
    if (!resolve(&t->kpis, text_of(g, "kpi_id"), full, "the KPI", &found, err)) return false;
    const cJSON *kpi = found, *m, *s, *tac, *id;
    int i = 0;
    if (kpi) {
        if (!check_in_unit(g, "baseline", path, kpi, err) || !check_in_unit(g, "target", path, kpi, err))
            return false;
        cJSON_ArrayForEach(m, list_of(g, "milestones")) {
            element_path(mp, path, "milestones", i++);
            if (!check_in_unit(m, "target", mp, kpi, err)) return false;
        }
    }
    i = 0;
    cJSON_ArrayForEach(s, list_of(g, "strategies")) {
        element_path(sp, path, "strategies", i++);
        int j = 0;
        cJSON_ArrayForEach(tac, list_of(s, "tactics")) {
            element_path(tp, sp, "tactics", j++);
            int n = 0;
            cJSON_ArrayForEach(id, list_of(tac, "kpi_ids")) {
                element_path(ip, tp, "kpi_ids", n++);
                if (!resolve(&t->kpis, id->valuestring, ip, "the KPI", NULL, err)) return false;
            }
        }
    }
    return true;
}

/* The position of KPI id ID in the plan's list, or -1. */
static int kpi_index(const tables_t *t, const cJSON *kpis, const char *id)
{
    const void *found;
    if (!gp_id_table_find(&t->kpis, id, &found)) return -1;
    int i = 0;
    for (const cJSON *k = kpis->child; k; k = k->next, i++)
        if (k == found) return i;
    return -1;
}

/* True when following formula parts from FROM's parts leads back to FROM.
 * PARTS holds two indices per KPI (-1: none); MARK and STACK hold N and 2N+2. */
static bool on_cycle(int from, const int *parts, int n, unsigned char *mark, int *stack)
{
    memset(mark, 0, (size_t)n);
    int top = 0;
    stack[top++] = parts[2 * from];
    stack[top++] = parts[2 * from + 1];
    while (top > 0) {
        int k = stack[--top];
        if (k < 0 || mark[k]) continue;
        if (k == from) return true;
        mark[k] = 1;
        stack[top++] = parts[2 * k];
        stack[top++] = parts[2 * k + 1];
    }
    return false;
}

static bool check_formulas(const cJSON *plan, const char *path, const tables_t *t, gp_error_t *err)
{
    const cJSON *kpis = cJSON_GetObjectItemCaseSensitive(plan, "kpis"), *k;
    int n = cJSON_GetArraySize(kpis);
    if (n == 0) return true;
    int *parts = malloc((size_t)n * 2 * sizeof *parts);
    int *stack = malloc(((size_t)n * 2 + 2) * sizeof *stack);
    unsigned char *mark = malloc((size_t)n);
    char kp[GP_PATH_MAX], full[GP_PATH_MAX], part[GP_PATH_MAX];
    bool ok = parts && stack && mark;
    if (!ok) oom(path, err);
    int i = 0;
    for (k = kpis->child; ok && k; k = k->next, i++) {
        const cJSON *f = cJSON_GetObjectItemCaseSensitive(k, "formula");
        element_path(kp, path, "kpis", i);
        gp_path_key(full, sizeof full, kp, "formula");
        parts[2 * i] = parts[2 * i + 1] = -1;
        if (!cJSON_IsObject(f)) continue;
        gp_path_key(part, sizeof part, full, "numerator");
        ok = resolve(&t->kpis, text_of(f, "numerator"), part, "the KPI", NULL, err);
        gp_path_key(part, sizeof part, full, "denominator");
        ok = ok && resolve(&t->kpis, text_of(f, "denominator"), part, "the KPI", NULL, err);
        if (ok) {
            parts[2 * i] = kpi_index(t, kpis, text_of(f, "numerator"));
            parts[2 * i + 1] = kpi_index(t, kpis, text_of(f, "denominator"));
        }
    }
    i = 0;
    for (k = kpis->child; ok && k; k = k->next, i++) {
        if (parts[2 * i] < 0 || !on_cycle(i, parts, n, mark, stack)) continue;
        element_path(kp, path, "kpis", i);
        gp_path_key(full, sizeof full, kp, "formula");
        ok = gp_fail(err, GP_ERR_INVALID_FORMULA, full,
                     "The formula of the KPI '%s' leads back to itself through other KPIs' formulas.",
                     text_of(k, "name"));
    }
    free(parts);
    free(stack);
    free(mark);
    return ok;
}

static bool check_plan(const cJSON *plan, const char *path, gp_error_t *err)
{
    tables_t t = {{0}, {0}, {0}};
    bool ok = record_ids(plan, path, &t, err);
    const cJSON *g;
    char gpth[GP_PATH_MAX];
    int i = 0;
    cJSON_ArrayForEach(g, list_of(plan, "goals")) {
        element_path(gpth, path, "goals", i++);
        if (ok) ok = check_goal(g, gpth, &t, err);
    }
    ok = ok && check_formulas(plan, path, &t, err);
    gp_id_table_free(&t.all);
    gp_id_table_free(&t.objectives);
    gp_id_table_free(&t.kpis);
    return ok;
}

/* ---- the public normalisers ---------------------------------------------- */

cJSON *gp_plan_normalised_copy(const cJSON *src, const char *path, gp_error_t *err)
{
    if (!path) path = "";
    if (!src) {
        gp_fail(err, GP_ERR_NULL_ARGUMENT, path, "No plan was given.");
        return NULL;
    }
    if (!gp_norm_expect_object(src, path, "a plan", err)) return NULL;
    cJSON *out = cJSON_CreateObject();
    if (!out) {
        oom(path, err);
        return NULL;
    }
    if (!fill_plan(src, out, path, err) || !check_plan(out, path, err)) {
        cJSON_Delete(out);
        return NULL;
    }
    return out;
}

bool gp_plan_normalise_at(cJSON *plan, const char *path, gp_error_t *err)
{
    cJSON *out = gp_plan_normalised_copy(plan, path, err);
    if (!out) return false;
    gp_norm_replace_contents(plan, out);
    return true;
}

bool gp_plan_normalise(cJSON *plan, gp_error_t *err) { return gp_plan_normalise_at(plan, "", err); }

/* ---- methods ------------------------------------------------------------- */

/* {"plan": PLAN} (PLAN is taken over), or NULL with ERR. */
/* Error paths inside a plan start at the plan ("goals[2].deadline"). */
void gp_plan_error_path(const char *path, int goal, int kpi, char *out, size_t n)
{
    if (strncmp(path, "goal", 4) == 0 && strchr(".[", path[4]) != NULL)
        snprintf(out, n, "goals[%d]%s", goal, path + 4);
    else if (strncmp(path, "kpi", 3) == 0 && path[3] != 's' && strchr(".[", path[3]) != NULL && kpi >= 0)
        snprintf(out, n, "kpis[%d]%s", kpi, path + 3);
    else
        snprintf(out, n, "%s", path);
}

/* Copies KEY of the request into PLAN, or FALLBACK when it is absent; any
 * wrong value is then reported by the normaliser under the same path. */
static bool copy_or_default(const cJSON *request, cJSON *plan, const char *key, const char *fallback,
                            gp_error_t *err)
{
    const cJSON *given = cJSON_GetObjectItemCaseSensitive(request, key);
    cJSON *value = given && !cJSON_IsNull(given) ? cJSON_Duplicate(given, true) : cJSON_CreateString(fallback);
    return gp_norm_add(plan, key, value, key, err);
}

/* FIELDS {"today"?, "id"?, "name"?, "objective_id"?} -> an empty
 * valid plan with one unnamed objective}. The JS side makes ids, so they
 * come in the request; without them the plan is "plan-1" and the objective
 * "objective-1". Created and updated are TODAY when it is given. */
cJSON *gp_plan_create(const cJSON *request, gp_error_t *err)
{
    gp_day_t today = 0;
    bool has_today = false;
    if (!gp_get_today(request, &today, &has_today, err)) return NULL;
    char stamp[11] = "";
    if (has_today) gp_date_format_iso(today, stamp);
    cJSON *plan = cJSON_CreateObject();
    if (!plan) {
        oom("", err);
        return NULL;
    }
    cJSON *objectives = cJSON_AddArrayToObject(plan, "objectives");
    cJSON *first = cJSON_CreateObject();
    bool ok = objectives && gp_norm_add(objectives, NULL, first, "objectives", err) &&
              copy_or_default(request, first, "objective_id", "objective-1", err) &&
              copy_or_default(request, plan, "id", "plan-1", err) &&
              copy_or_default(request, plan, "name", "My marketing plan", err) &&
              gp_norm_add(plan, "created", cJSON_CreateString(stamp), "created", err) &&
              gp_norm_add(plan, "updated", cJSON_CreateString(stamp), "updated", err);
    if (!objectives) {
        cJSON_Delete(first);
        oom("", err);
    }
    /* The request's objective_id becomes the objective's id. */
    cJSON *objective_id = ok ? cJSON_DetachItemFromObjectCaseSensitive(first, "objective_id") : NULL;
    if (ok) ok = gp_norm_add(first, "id", objective_id, "objective_id", err);
    if (ok && !gp_plan_normalise(plan, err)) {
        /* Name the request field the bad objective id came from. */
        if (err && strcmp(err->path, "objectives[0].id") == 0)
            snprintf(err->path, sizeof err->path, "objective_id");
        ok = false;
    }
    if (!ok) {
        cJSON_Delete(plan);
        return NULL;
    }
    return plan;
}
