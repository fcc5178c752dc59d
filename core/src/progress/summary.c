/* summary.c - plan.summary: every goal's SMART evaluation and progress,
 * and the plan-level view built from them.
 *
 * Choices:
 * - A goal whose progress or SMART evaluation cannot be worked out (a draft
 *   without a target, a missing KPI) gets {"error": {code, message, path}}
 *   in that field and counts as "incomplete"; the summary itself succeeds.
 * - Overall progress is the weighted mean of the goals' progress_pct, each
 *   clamped to 0..100 first, so one goal at 300% cannot hide another at 0%.
 * - next_deadlines lists goal deadlines and milestones from today on, by date.
 * - A KPI is due for a check-in when a goal still running (started, not
 *   achieved or missed) uses it and its usual gap between check-ins (7 days
 *   when it has fewer than two) has passed since the last one; one with no
 *   measurement at all is due today.
 * - attention orders the goals that need a decision: off_track, then stale,
 *   at_risk, and not_started (once the start has passed), then incomplete;
 *   within each, the nearest deadline first.
 * - Each goal's progress carries a sparkline-sized chart: at most 59 actual
 *   points (each bucket's lowest and highest, then the newest) and an empty
 *   band; `chart.points` still counts every point. goal.progress gives the
 *   full chart for one goal. Two hundred full charts made up most of the
 *   time and most of the bytes of a large plan's summary. */
#include "progress.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "plan/plan.h"
#include "progress.h"
#include "progress_facts.h"
#include "smart/smart.h"

#define DEFAULT_CHECK_IN_DAYS 7

static const gp_chart_detail_t summary_chart = {59, false};

enum { RANK_NONE = 99 };
static const char *const attention_order[] = {"off_track", "stale", "at_risk", "not_started", "incomplete", NULL};

typedef struct {
    int index;
    int kpi; /* index of its KPI in plan.kpis, or -1 */
    const char *id;
    const cJSON *goal;
    const cJSON *progress; /* inside the output; NULL when it failed */
    const char *status;    /* status name or "incomplete" */
    double weight;
    bool has_deadline, has_start;
    gp_day_t deadline, start;
    int rank; /* position in attention_order */
} goal_row_t;

typedef struct {
    gp_day_t date;
    int kind; /* 0 goal deadline, 1 milestone */
    int goal;
    int order;
    double target;
} deadline_t;

/* A KPI id and its position in plan.kpis, for lookups by id. */
typedef struct {
    const char *id;
    int index;
    const cJSON *kpi;
} kpi_ref_t;

typedef struct {
    kpi_ref_t *refs; /* sorted by id, then index */
    int n;
} kpi_index_t;

typedef struct {
    int kpi;
    const cJSON *item;
    gp_day_t due;
    bool has_last;
    gp_day_t last;
    double usual;
} due_t;

static bool oom(gp_error_t *err)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while summarising the plan.");
}

static bool put_date(cJSON *o, const char *key, gp_day_t day)
{
    char text[11];
    gp_date_format_iso(day, text);
    return cJSON_AddStringToObject(o, key, text) != NULL;
}

static const char *text_of(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : "";
}

static bool number_of(const cJSON *obj, const char *key, double *out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(item)) return false;
    *out = item->valuedouble;
    return true;
}

static bool date_of(const cJSON *obj, const char *key, gp_day_t *out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) && gp_date_parse_iso(item->valuestring, out);
}

static cJSON *error_json(const gp_error_t *e, const char *path)
{
    cJSON *o = cJSON_CreateObject(), *inner = cJSON_CreateObject();
    if (o && inner && cJSON_AddStringToObject(inner, "code", gp_code_name(e->code)) &&
        cJSON_AddStringToObject(inner, "message", e->message) && cJSON_AddStringToObject(inner, "path", path)) {
        cJSON_AddItemToObject(o, "error", inner);
        return o;
    }
    cJSON_Delete(inner);
    cJSON_Delete(o);
    return NULL;
}

static int by_kpi_ref(const void *a, const void *b)
{
    const kpi_ref_t *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : x->index - y->index;
}

/* Sorts the KPIs by id once, so each goal finds its KPI by binary search
 * rather than a walk over the list (2,000 goals would walk 4 million). */
static bool kpi_index_build(const cJSON *kpis, kpi_index_t *ix)
{
    int n = cJSON_IsArray(kpis) ? cJSON_GetArraySize(kpis) : 0;
    ix->n = 0;
    ix->refs = malloc((n ? (size_t)n : 1) * sizeof *ix->refs);
    if (!ix->refs) return false;
    const cJSON *k;
    cJSON_ArrayForEach(k, kpis) {
        ix->refs[ix->n] = (kpi_ref_t){text_of(k, "id"), ix->n, k};
        ix->n++;
    }
    qsort(ix->refs, (size_t)ix->n, sizeof *ix->refs, by_kpi_ref);
    return true;
}

/* The first KPI in the plan with ID (none for an empty id); *INDEX its position or -1. */
static const cJSON *find_kpi(const kpi_index_t *ix, const char *id, int *index)
{
    *index = -1;
    if (!id[0]) return NULL;
    int lo = 0, hi = ix->n;
    while (lo < hi) { /* the first ref whose id is not below ID */
        int mid = lo + (hi - lo) / 2;
        if (strcmp(ix->refs[mid].id, id) < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo == ix->n || strcmp(ix->refs[lo].id, id) != 0) return NULL;
    *index = ix->refs[lo].index;
    return ix->refs[lo].kpi;
}

/* One goal's {goal_id, smart, progress}; fills ROW. NULL when out of memory. */
static cJSON *goal_entry(const cJSON *plan, const cJSON *kpis, const kpi_index_t *ix, gp_series_cache_t *series,
                         const cJSON *goal, int index, gp_day_t today, goal_row_t *row)
{
    cJSON *entry = cJSON_CreateObject();
    if (!entry || !cJSON_AddStringToObject(entry, "goal_id", row->id)) goto fail;

    int kpi_index = -1;
    const char *kpi_id = text_of(goal, "kpi_id");
    const cJSON *kpi = find_kpi(ix, kpi_id, &kpi_index);
    row->kpi = kpi_index;

    gp_error_t e = {GP_OK, "", ""};
    const gp_kpi_growth_t *growth = series && kpi ? gp_series_cache_growth(series, kpi_index) : NULL;
    cJSON *smart = gp_smart_evaluate(goal, plan, growth, true, today, &e);
    if (!smart) {
        char path[GP_PATH_MAX];
        gp_plan_error_path(e.path, index, -1, path, sizeof path);
        smart = error_json(&e, path);
    }
    if (!smart) goto fail;
    cJSON_AddItemToObject(entry, "smart", smart);

    cJSON *progress = NULL;
    e = (gp_error_t){GP_OK, "", ""};
    if (!kpi) {
        char path[GP_PATH_MAX];
        snprintf(path, sizeof path, "goals[%d].kpi_id", index);
        if (kpi_id[0])
            gp_fail(&e, GP_ERR_DANGLING_REFERENCE, path, "%s names the KPI '%.64s', which is not in the plan.", path,
                    kpi_id);
        else
            gp_fail(&e, GP_ERR_MISSING_FIELD, path, "%s is empty: choose the KPI that measures this goal.", path);
        progress = error_json(&e, path);
    } else {
        const gp_series_t *built = series ? gp_series_cache_get(series, kpi_index) : NULL;
        progress = gp_goal_progress_detail(goal, kpi, kpis, built, today, &summary_chart, &e);
        if (progress) {
            row->progress = progress;
        } else {
            if (e.code == GP_ERR_OUT_OF_MEMORY) goto fail;
            char path[GP_PATH_MAX];
            gp_plan_error_path(e.path, index, kpi_index, path, sizeof path);
            progress = error_json(&e, path);
        }
    }
    if (!progress) goto fail;
    cJSON_AddItemToObject(entry, "progress", progress);
    row->status = row->progress ? text_of(row->progress, "status") : "incomplete";
    return entry;
fail:
    cJSON_Delete(entry);
    return NULL;
}

static int by_attention(const void *a, const void *b)
{
    const goal_row_t *x = *(goal_row_t *const *)a, *y = *(goal_row_t *const *)b;
    if (x->rank != y->rank) return x->rank - y->rank;
    gp_day_t dx = x->has_deadline ? x->deadline : 0x7fffffff, dy = y->has_deadline ? y->deadline : 0x7fffffff;
    if (dx != dy) return dx < dy ? -1 : 1;
    return x->index - y->index;
}

static int by_date(const void *a, const void *b)
{
    const deadline_t *x = a, *y = b;
    if (x->date != y->date) return x->date < y->date ? -1 : 1;
    if (x->kind != y->kind) return x->kind - y->kind;
    if (x->goal != y->goal) return x->goal - y->goal;
    return x->order - y->order;
}

static int by_due(const void *a, const void *b)
{
    const due_t *x = a, *y = b;
    if (x->due != y->due) return x->due < y->due ? -1 : 1;
    return x->kpi - y->kpi;
}

static cJSON *counts_json(const goal_row_t *rows, int n)
{
    cJSON *counts = cJSON_CreateObject();
    if (!counts) return NULL;
    for (int s = 0; s <= GP_STATUS_COUNT; s++) {
        const char *name = s < GP_STATUS_COUNT ? gp_status_name((gp_status_t)s) : "incomplete";
        int count = 0;
        for (int i = 0; i < n; i++) count += strcmp(rows[i].status, name) == 0;
        if (!cJSON_AddNumberToObject(counts, name, count)) {
            cJSON_Delete(counts);
            return NULL;
        }
    }
    return counts;
}

static bool add_overall(cJSON *out, const goal_row_t *rows, int n)
{
    double weighted = 0.0, total = 0.0;
    for (int i = 0; i < n; i++) {
        double pct;
        if (!rows[i].progress || !number_of(rows[i].progress, "progress_pct", &pct)) continue;
        double clamped = pct < 0.0 ? 0.0 : pct > 100.0 ? 100.0 : pct;
        weighted += rows[i].weight * clamped;
        total += rows[i].weight;
    }
    bool ok = cJSON_AddNumberToObject(out, "weight_counted", total) != NULL;
    if (total > 0.0) return ok && cJSON_AddNumberToObject(out, "overall_progress_pct", weighted / total);
    return ok && cJSON_AddNullToObject(out, "overall_progress_pct");
}

static cJSON *deadlines_json(const goal_row_t *rows, int n, gp_day_t today)
{
    size_t cap = 0;
    for (int i = 0; i < n; i++) {
        const cJSON *ms = cJSON_GetObjectItemCaseSensitive(rows[i].goal, "milestones");
        cap += 1 + (size_t)(cJSON_IsArray(ms) ? cJSON_GetArraySize(ms) : 0);
    }
    deadline_t *list = malloc((cap ? cap : 1) * sizeof *list);
    cJSON *out = cJSON_CreateArray();
    if (!list || !out) goto fail;
    size_t count = 0;
    for (int i = 0; i < n; i++) {
        double target = 0.0;
        number_of(rows[i].goal, "target", &target);
        if (rows[i].has_deadline && rows[i].deadline >= today)
            list[count++] = (deadline_t){rows[i].deadline, 0, i, 0, target};
        const cJSON *m;
        int order = 0;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(rows[i].goal, "milestones")) {
            gp_day_t day;
            double mt;
            if (date_of(m, "date", &day) && day >= today && number_of(m, "target", &mt))
                list[count++] = (deadline_t){day, 1, i, order, mt};
            order++;
        }
    }
    qsort(list, count, sizeof *list, by_date);
    for (size_t k = 0; k < count; k++) {
        const deadline_t *d = &list[k];
        cJSON *o = cJSON_CreateObject();
        if (!o) goto fail;
        cJSON_AddItemToArray(out, o);
        if (!put_date(o, "date", d->date) || !cJSON_AddStringToObject(o, "kind", d->kind ? "milestone" : "goal") ||
            !cJSON_AddStringToObject(o, "goal_id", rows[d->goal].id) ||
            !cJSON_AddNumberToObject(o, "days_left", (double)(d->date - today)) ||
            !cJSON_AddNumberToObject(o, "target", d->target))
            goto fail;
    }
    free(list);
    return out;
fail:
    free(list);
    cJSON_Delete(out);
    return NULL;
}

static cJSON *kpis_due_json(const cJSON *kpis, const goal_row_t *rows, int n, gp_day_t today)
{
    int n_kpis = cJSON_IsArray(kpis) ? cJSON_GetArraySize(kpis) : 0;
    due_t *list = malloc((n_kpis ? (size_t)n_kpis : 1) * sizeof *list);
    /* For each KPI, the measurement facts of the last running goal that uses it. */
    const cJSON **data = calloc(n_kpis ? (size_t)n_kpis : 1, sizeof *data);
    cJSON *out = cJSON_CreateArray();
    if (!list || !data || !out) goto fail;
    for (int i = 0; i < n; i++) {
        const char *st = rows[i].status;
        bool running = rows[i].progress && strcmp(st, "achieved") != 0 && strcmp(st, "missed") != 0 &&
                       rows[i].has_start && rows[i].start <= today;
        if (running && rows[i].kpi >= 0 && rows[i].kpi < n_kpis)
            data[rows[i].kpi] = cJSON_GetObjectItemCaseSensitive(rows[i].progress, "measurements");
    }
    size_t count = 0;
    int j = 0;
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, kpis) {
        if (!data[j++]) continue;
        due_t d = {j - 1, kpi, today, false, 0, 0.0};
        const cJSON *facts = data[j - 1];
        d.has_last = date_of(facts, "last_date", &d.last);
        number_of(facts, "usual_interval_days", &d.usual);
        if (d.has_last) d.due = d.last + (gp_day_t)(d.usual > 0.0 ? d.usual : DEFAULT_CHECK_IN_DAYS);
        if (d.due <= today) list[count++] = d;
    }
    qsort(list, count, sizeof *list, by_due);
    for (size_t k = 0; k < count; k++) {
        const due_t *d = &list[k];
        const cJSON *item = d->item;
        cJSON *o = cJSON_CreateObject();
        if (!o) goto fail;
        cJSON_AddItemToArray(out, o);
        if (!cJSON_AddStringToObject(o, "kpi_id", text_of(item, "id")) ||
            !cJSON_AddStringToObject(o, "name", text_of(item, "name")) ||
            !(d->has_last ? put_date(o, "last_date", d->last) : cJSON_AddNullToObject(o, "last_date") != NULL) ||
            !(d->usual > 0.0 ? cJSON_AddNumberToObject(o, "usual_interval_days", d->usual)
                             : cJSON_AddNullToObject(o, "usual_interval_days")) ||
            !put_date(o, "due_date", d->due) || !cJSON_AddNumberToObject(o, "days_overdue", (double)(today - d->due)))
            goto fail;
    }
    free(list);
    free(data);
    return out;
fail:
    free(list);
    free(data);
    cJSON_Delete(out);
    return NULL;
}

static cJSON *attention_json(goal_row_t *rows, int n, gp_day_t today)
{
    goal_row_t **order = malloc((n ? (size_t)n : 1) * sizeof *order);
    cJSON *out = cJSON_CreateArray();
    if (!order || !out) goto fail;
    int count = 0;
    for (int i = 0; i < n; i++) {
        rows[i].rank = RANK_NONE;
        for (int r = 0; attention_order[r]; r++)
            if (strcmp(rows[i].status, attention_order[r]) == 0) rows[i].rank = r;
        bool waiting = strcmp(rows[i].status, "not_started") == 0 && rows[i].has_start && rows[i].start > today;
        if (rows[i].rank != RANK_NONE && !waiting) order[count++] = &rows[i];
    }
    qsort(order, (size_t)count, sizeof *order, by_attention);
    for (int k = 0; k < count; k++) {
        const goal_row_t *row = order[k];
        cJSON *o = cJSON_CreateObject();
        if (!o) goto fail;
        cJSON_AddItemToArray(out, o);
        const cJSON *explanation = row->progress ? cJSON_GetObjectItemCaseSensitive(row->progress, "explanation") : NULL;
        if (!cJSON_AddStringToObject(o, "goal_id", row->id) || !cJSON_AddStringToObject(o, "status", row->status) ||
            !(row->has_deadline ? put_date(o, "deadline", row->deadline) : cJSON_AddNullToObject(o, "deadline") != NULL) ||
            !cJSON_AddStringToObject(o, "explanation", cJSON_IsString(explanation) ? explanation->valuestring : ""))
            goto fail;
    }
    free(order);
    return out;
fail:
    free(order);
    cJSON_Delete(out);
    return NULL;
}

cJSON *gp_plan_summary(const cJSON *plan, gp_series_cache_t *series, gp_day_t today, gp_error_t *err)
{
    if (!cJSON_IsObject(plan)) {
        gp_fail(err, GP_ERR_WRONG_TYPE, "plan", "plan must be an object.");
        return NULL;
    }
    const cJSON *goals = cJSON_GetObjectItemCaseSensitive(plan, "goals");
    const cJSON *kpis = cJSON_GetObjectItemCaseSensitive(plan, "kpis");
    int n = cJSON_IsArray(goals) ? cJSON_GetArraySize(goals) : 0;
    goal_row_t *rows = calloc(n ? (size_t)n : 1, sizeof *rows);
    kpi_index_t ix = {NULL, 0};
    cJSON *out = cJSON_CreateObject(), *list = cJSON_CreateArray();
    bool ok = rows && kpi_index_build(kpis, &ix) && out && list && put_date(out, "today", today);
    if (ok) {
        cJSON_AddItemToObject(out, "goals", list);
        list = NULL;
    }
    int i = 0;
    const cJSON *goal;
    const cJSON *walk = ok ? goals : NULL;
    cJSON_ArrayForEach(goal, walk) {
        goal_row_t *row = &rows[i];
        row->index = i;
        row->goal = goal;
        row->id = text_of(goal, "id");
        row->weight = 1.0;
        if (number_of(goal, "weight", &row->weight) && !(row->weight > 0.0)) row->weight = 1.0;
        row->has_deadline = date_of(goal, "deadline", &row->deadline);
        row->has_start = date_of(goal, "start", &row->start);
        cJSON *entry = goal_entry(plan, kpis, &ix, series, goal, i, today, row);
        if (!entry) {
            ok = false;
            break;
        }
        cJSON_AddItemToArray(cJSON_GetObjectItemCaseSensitive(out, "goals"), entry);
        /* The progress result knows the start even when the goal left it out. */
        if (row->progress && !row->has_start) row->has_start = date_of(row->progress, "start", &row->start);
        i++;
    }
    cJSON *counts = ok ? counts_json(rows, n) : NULL;
    ok = ok && counts;
    if (ok) cJSON_AddItemToObject(out, "counts", counts);
    ok = ok && add_overall(out, rows, n);
    cJSON *deadlines = ok ? deadlines_json(rows, n, today) : NULL;
    ok = ok && deadlines;
    if (ok) cJSON_AddItemToObject(out, "next_deadlines", deadlines);
    cJSON *due = ok ? kpis_due_json(kpis, rows, n, today) : NULL;
    ok = ok && due;
    if (ok) cJSON_AddItemToObject(out, "kpis_due", due);
    cJSON *attention = ok ? attention_json(rows, n, today) : NULL;
    ok = ok && attention;
    if (ok) cJSON_AddItemToObject(out, "attention", attention);
    free(rows);
    free(ix.refs);
    cJSON_Delete(list);
    if (!ok) {
        cJSON_Delete(out);
        oom(err);
        return NULL;
    }
    return out;
}
