/* series.c - from a KPI's measurements (or formula) to one value per date.
 *
 * Several entries on one date: for a `level` KPI the one listed last wins
 * (a later entry corrects an earlier one); for `cumulative` they all add up
 * (two batches of sales on one day); for `average` they all count in the
 * running mean. Entries may come in any order; ties on a date keep their
 * listed order. Memory is linear in the number of entries. */
#include "series.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "plan/plan.h"
#include "stats.h"

enum { AGG_LEVEL, AGG_CUMULATIVE, AGG_AVERAGE };
static const char *const aggregations[] = {"level", "cumulative", "average", NULL};

typedef struct {
    gp_day_t day;
    uint32_t index; /* position in the list, to keep ties in listed order */
    double value;
} entry_t;

void gp_series_free(gp_series_t *s)
{
    if (!s) return;
    free(s->day);
    free(s->value);
    memset(s, 0, sizeof *s);
}

static bool out_of_memory(const char *path, gp_error_t *err)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading %s.", path);
}

static bool series_alloc(gp_series_t *s, size_t n, const char *path, gp_error_t *err)
{
    memset(s, 0, sizeof *s);
    size_t cap = n ? n : 1;
    s->day = malloc(cap * sizeof *s->day);
    s->value = malloc(cap * sizeof *s->value);
    if (!s->day || !s->value) {
        gp_series_free(s);
        return out_of_memory(path, err);
    }
    return true;
}

/* Reports why measurement I is unreadable, through the shared field readers
 * so the wording matches every other field error. */
static bool bad_measurement(const cJSON *m, const char *list_path, int i, gp_error_t *err)
{
    char at[GP_PATH_MAX];
    gp_path_index(at, sizeof at, list_path, i);
    if (!cJSON_IsObject(m)) return gp_fail(err, GP_ERR_WRONG_TYPE, at, "%s must be an object with a date and a value.", at);
    gp_day_t day;
    double value;
    if (!gp_get_date(m, "date", at, true, &day, NULL, err)) return false;
    if (!gp_get_number(m, "value", at, true, -GP_VALUE_MAX, GP_VALUE_MAX, &value, NULL, err)) return false;
    return gp_fail(err, GP_ERR_WRONG_TYPE, at, "%s could not be read.", at);
}

static int by_day_then_index(const void *a, const void *b)
{
    const entry_t *x = a, *y = b;
    if (x->day != y->day) return x->day < y->day ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Reads KPI.measurements into a new array of entries sorted by date. */
static bool read_entries(const cJSON *kpi, const char *path, entry_t **out, size_t *count, gp_error_t *err)
{
    char list_path[GP_PATH_MAX];
    gp_path_key(list_path, sizeof list_path, path, "measurements");
    const cJSON *list = NULL;
    *out = NULL;
    *count = 0;
    /* The count is checked below, with its own error code. */
    if (!gp_get_array(kpi, "measurements", path, false, 0x7fffffff, &list, err)) return false;
    if (!list) return true;
    int n = cJSON_GetArraySize(list);
    if (n > GP_MAX_MEASUREMENTS)
        return gp_fail(err, GP_ERR_TOO_MANY_MEASUREMENTS, list_path,
                       "%s has %d measurements; at most %d are allowed per KPI.", list_path, n, GP_MAX_MEASUREMENTS);
    if (n == 0) return true;
    entry_t *entries = malloc((size_t)n * sizeof *entries);
    if (!entries) return out_of_memory(list_path, err);
    bool sorted = true;
    int i = 0;
    const cJSON *m;
    /* The common case is checked inline; only a bad entry pays for building
     * its path and message. */
    cJSON_ArrayForEach(m, list) {
        const cJSON *date = cJSON_GetObjectItemCaseSensitive(m, "date");
        const cJSON *value = cJSON_GetObjectItemCaseSensitive(m, "value");
        entry_t *e = &entries[i];
        if (!cJSON_IsObject(m) || !cJSON_IsString(date) || !gp_date_parse_iso(date->valuestring, &e->day) ||
            !cJSON_IsNumber(value) || !(fabs(value->valuedouble) <= GP_VALUE_MAX)) {
            free(entries);
            return bad_measurement(m, list_path, i, err);
        }
        e->value = value->valuedouble;
        e->index = (uint32_t)i;
        if (i > 0 && e->day < entries[i - 1].day) sorted = false;
        i++;
    }
    if (!sorted) qsort(entries, (size_t)n, sizeof *entries, by_day_then_index);
    *out = entries;
    *count = (size_t)n;
    return true;
}

/* Running sums with Neumaier's compensation, so that a million entries
 * with refunds (negative values) still add up to the last few digits. */
typedef struct {
    double sum, carry;
} kahan_t;

static void kahan_add(kahan_t *k, double v)
{
    double t = k->sum + v;
    if (fabs(k->sum) >= fabs(v)) k->carry += (k->sum - t) + v;
    else k->carry += (v - t) + k->sum;
    k->sum = t;
}

static bool aggregate(const entry_t *e, size_t n, int aggregation, gp_series_t *s, const char *path, gp_error_t *err)
{
    if (!series_alloc(s, n, path, err)) return false;
    kahan_t total = {0.0, 0.0};
    size_t seen = 0;
    for (size_t i = 0; i < n;) {
        gp_day_t day = e[i].day;
        double last = 0.0;
        for (; i < n && e[i].day == day; i++) {
            last = e[i].value;
            kahan_add(&total, e[i].value);
            seen++;
        }
        double v = aggregation == AGG_LEVEL        ? last
                   : aggregation == AGG_CUMULATIVE ? total.sum + total.carry
                                                   : (total.sum + total.carry) / (double)seen;
        s->day[s->n] = day;
        s->value[s->n] = v;
        s->n++;
    }
    s->entries = n;
    return true;
}

/* The series of KPI from its own measurements, ignoring any formula. */
static bool build_plain(const cJSON *kpi, const char *path, gp_series_t *out, gp_error_t *err)
{
    int aggregation = AGG_LEVEL;
    if (!gp_get_enum(kpi, "aggregation", path, false, aggregations, &aggregation, err)) return false;
    entry_t *entries;
    size_t n;
    if (!read_entries(kpi, path, &entries, &n, err)) return false;
    bool ok = aggregate(entries, n, aggregation, out, path, err);
    free(entries);
    return ok;
}

static bool build_operand(const cJSON *formula, const char *formula_path, const char *key, const cJSON *kpis,
                          const char *kpis_path, gp_series_t *out, gp_error_t *err)
{
    const char *id = NULL;
    if (!gp_get_string(formula, key, formula_path, true, GP_MAX_ID_CHARS, &id, err)) return false;
    int index = 0;
    const cJSON *kpi = gp_find_by_id(kpis, id, &index);
    if (!kpi) {
        char at[GP_PATH_MAX];
        gp_path_key(at, sizeof at, formula_path, key);
        return gp_fail(err, GP_ERR_DANGLING_REFERENCE, at, "%s names the KPI '%.64s', which is not in the plan.", at, id);
    }
    char at[GP_PATH_MAX];
    gp_path_index(at, sizeof at, kpis_path, index);
    return build_plain(kpi, at, out, err);
}

/* scale * numerator / denominator on every date where either changes and
 * both are known; dates where the denominator is 0 have no value. */
static bool derive(const gp_series_t *num, const gp_series_t *den, double scale, gp_series_t *s, const char *path,
                   gp_error_t *err)
{
    if (!series_alloc(s, num->n + den->n, path, err)) return false;
    size_t i = 0, j = 0;
    while (i < num->n || j < den->n) {
        gp_day_t day;
        if (j >= den->n || (i < num->n && num->day[i] < den->day[j])) day = num->day[i++];
        else if (i >= num->n || den->day[j] < num->day[i]) day = den->day[j++];
        else {
            day = num->day[i];
            i++;
            j++;
        }
        if (i == 0 || j == 0) continue;
        double d = den->value[j - 1];
        if (d == 0.0) continue;
        double v = scale * num->value[i - 1] / d;
        if (!isfinite(v)) continue;
        s->day[s->n] = day;
        s->value[s->n] = v;
        s->n++;
    }
    s->entries = num->entries + den->entries;
    return true;
}

bool gp_series_build(const cJSON *kpi, const char *path, const cJSON *kpis, const char *kpis_path,
                     gp_series_t *out, gp_error_t *err)
{
    memset(out, 0, sizeof *out);
    if (!cJSON_IsObject(kpi)) return gp_fail(err, GP_ERR_WRONG_TYPE, path, "%s must be an object.", path);
    const cJSON *formula = NULL;
    if (!gp_get_object(kpi, "formula", path, false, &formula, err)) return false;
    if (!formula || !cJSON_IsArray(kpis)) return build_plain(kpi, path, out, err);

    char formula_path[GP_PATH_MAX];
    gp_path_key(formula_path, sizeof formula_path, path, "formula");
    double scale = 1.0;
    if (!gp_get_number(formula, "scale", formula_path, false, -GP_SCALE_MAX, GP_SCALE_MAX, &scale, NULL, err))
        return false;
    gp_series_t num = {0}, den = {0};
    bool ok = build_operand(formula, formula_path, "numerator", kpis, kpis_path, &num, err) &&
              build_operand(formula, formula_path, "denominator", kpis, kpis_path, &den, err) &&
              derive(&num, &den, scale, out, path, err);
    gp_series_free(&num);
    gp_series_free(&den);
    return ok;
}

size_t gp_series_count_until(const gp_series_t *s, gp_day_t day)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->day[mid] <= day) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

double gp_series_usual_interval(const gp_series_t *s, size_t end)
{
    if (end < 2) return 0.0;
    size_t n = end - 1;
    double *gaps = malloc(n * sizeof *gaps);
    if (!gaps) return 0.0;
    for (size_t i = 0; i < n; i++) gaps[i] = (double)(s->day[i + 1] - s->day[i]);
    /* The upper median of the gaps: an even count rounds toward waiting
     * longer, so a steady weekly rhythm with one skip is still "weekly". */
    double usual = gp_select_kth(gaps, n, n / 2);
    free(gaps);
    return usual;
}
