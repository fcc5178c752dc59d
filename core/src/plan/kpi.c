/* kpi.c - one KPI as the plan stores it: its definition, its optional
 * formula and its measurements (kept sorted by date).
 *
 * Defaults when a field is absent or null:
 *   kpi:         name required (not blank); channel "" (free text, e.g.
 *                "email", "sales"); unit "count"; currency "" (required, a
 *                three-letter ISO code, when unit is "currency"); direction
 *                "higher"; aggregation "level"; formula null; measurements [].
 *   formula:     numerator and denominator required; scale 1 (100 turns a
 *                fraction into a percentage).
 *   measurement: date and value required; note "".
 * Measurement values: count and currency KPIs may not go below zero unless
 * they are cumulative (a refund enters as a negative sale); percent KPIs
 * stay within 0-100. Fields this version does not know are kept. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/dates.h"
#include "base/fields.h"
#include "base/gp_limits.h"
#include "normalise.h"
#include "plan.h"

enum { UNIT_COUNT, UNIT_PERCENT, UNIT_CURRENCY, UNIT_RATIO, UNIT_DURATION };
static const char *const units[] = {"count", "percent", "currency", "ratio", "duration", NULL};
static const char *const kpi_directions[] = {"higher", "lower", NULL};
enum { AGGREGATION_LEVEL, AGGREGATION_CUMULATIVE, AGGREGATION_AVERAGE };
static const char *const aggregations[] = {"level", "cumulative", "average", NULL};

static const char *const kpi_fields[] = {"id",        "name",        "channel", "unit",         "currency",
                                         "direction", "aggregation", "formula", "measurements", NULL};
static const char *const formula_fields[] = {"numerator", "denominator", "scale", NULL};
static const char *const measurement_fields[] = {"date", "value", "note", NULL};

static bool oom(const char *path, gp_error_t *err)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading %s.", path);
}

/* ---- currency and formula ------------------------------------------------ */

static bool currency(const cJSON *src, cJSON *out, const char *path, int unit, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "currency");
    /* Read as ordinary text first, so type and length errors read the same. */
    cJSON *scratch = cJSON_CreateObject();
    if (!scratch) return oom(full, err);
    bool ok = gp_norm_text(src, scratch, "currency", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err);
    char code[4] = "";
    if (ok) {
        const char *text = cJSON_GetObjectItemCaseSensitive(scratch, "currency")->valuestring;
        size_t n = strlen(text);
        if (n == 0 && unit == UNIT_CURRENCY)
            ok = gp_fail(err, GP_ERR_MISSING_FIELD, full,
                         "%s is required for a money KPI: write its three-letter code, like EUR or USD.", full);
        for (size_t i = 0; ok && i < n; i++)
            if (n != 3 || !isalpha((unsigned char)text[i]))
                ok = gp_fail(err, GP_ERR_UNKNOWN_VALUE, full,
                             "%s is '%.20s'; a currency is written as its three-letter code, like EUR or USD.",
                             full, text);
        for (size_t i = 0; ok && i < n; i++) code[i] = (char)toupper((unsigned char)text[i]);
    }
    cJSON_Delete(scratch);
    return ok && gp_norm_add(out, "currency", cJSON_CreateString(code), full, err);
}

static bool formula(const cJSON *src, cJSON *out, const char *path, const char *own_id, gp_error_t *err)
{
    char full[GP_PATH_MAX], part[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "formula");
    const cJSON *f = NULL;
    if (!gp_get_object(src, "formula", path, false, &f, err)) return false;
    if (!f) return gp_norm_add(out, "formula", cJSON_CreateNull(), full, err);
    cJSON *nf = cJSON_CreateObject();
    if (!gp_norm_add(out, "formula", nf, full, err)) return false;
    const char *numerator, *denominator;
    double scale;
    bool has_scale;
    if (!gp_norm_id(f, nf, "numerator", full, GP_FIELD_REQUIRED, &numerator, err)) return false;
    gp_path_key(part, sizeof part, full, "numerator");
    if (*own_id && strcmp(numerator, own_id) == 0)
        return gp_fail(err, GP_ERR_INVALID_FORMULA, part, "A KPI cannot be calculated from itself (%s).", part);
    if (!gp_norm_id(f, nf, "denominator", full, GP_FIELD_REQUIRED, &denominator, err)) return false;
    gp_path_key(part, sizeof part, full, "denominator");
    if (*own_id && strcmp(denominator, own_id) == 0)
        return gp_fail(err, GP_ERR_INVALID_FORMULA, part, "A KPI cannot be calculated from itself (%s).", part);
    if (strcmp(numerator, denominator) == 0)
        return gp_fail(err, GP_ERR_INVALID_FORMULA, part,
                       "The formula divides '%s' by itself, which is always 1; choose two different KPIs.",
                       numerator);
    if (!gp_norm_number(f, nf, "scale", full, GP_FIELD_OPTIONAL, 1, -GP_SCALE_MAX, GP_SCALE_MAX, &scale, &has_scale,
                        err))
        return false;
    if (scale <= 0) {
        gp_path_key(part, sizeof part, full, "scale");
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, part, "%s is %g; the scale must be more than 0 (1, or 100 for %%).",
                       part, scale);
    }
    return gp_norm_keep_unknown(f, nf, formula_fields, full, err);
}

/* ---- measurements -------------------------------------------------------- */

static bool check_value(double v, int unit, int aggregation, const char *path, gp_error_t *err)
{
    bool negative = (unit == UNIT_COUNT || unit == UNIT_CURRENCY) && aggregation != AGGREGATION_CUMULATIVE && v < 0;
    bool bad_percent = unit == UNIT_PERCENT && (v < 0 || v > 100);
    if (!negative && !bad_percent) return true;
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "value");
    if (negative)
        return gp_fail(err, GP_ERR_NEGATIVE_COUNT, full, "%s is %g; a %s cannot be negative.", full, v,
                       unit == UNIT_COUNT ? "count" : "sum of money");
    return gp_fail(err, GP_ERR_PERCENT_OUT_OF_RANGE, full, "%s is %g; a percentage lies between 0 and 100.", full,
                   v);
}

/* Writes "[I]" at OUT + AT (the list's path is already in OUT). */
static void index_suffix(char *out, size_t at, size_t i)
{
    if (at < GP_PATH_MAX) snprintf(out + at, GP_PATH_MAX - at, "[%zu]", i);
}

static bool measurement(const cJSON *src, cJSON *list, const char *path, int unit, int aggregation,
                        gp_day_t *day, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a measurement (date, value, note)", err)) return false;
    cJSON *out = cJSON_CreateObject();
    if (!gp_norm_add(list, NULL, out, path, err)) return false;
    double value;
    bool has_day, has_value;
    return gp_norm_date(src, out, "date", path, GP_FIELD_REQUIRED, day, &has_day, err) &&
           gp_norm_number(src, out, "value", path, GP_FIELD_REQUIRED, 0, -GP_VALUE_MAX, GP_VALUE_MAX, &value,
                          &has_value, err) &&
           check_value(value, unit, aggregation, path, err) &&
           gp_norm_text(src, out, "note", path, GP_FIELD_OPTIONAL, GP_MAX_NOTE_CHARS, err) &&
           gp_norm_keep_unknown(src, out, measurement_fields, path, err);
}

static bool measurements(const cJSON *src, cJSON *out, const char *path, int unit, int aggregation,
                         gp_error_t *err)
{
    char full[GP_PATH_MAX], item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "measurements");
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(src, "measurements");
    if (cJSON_IsNull(list)) list = NULL;
    if (list && !cJSON_IsArray(list)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a list.", full);
    size_t count = 0;
    for (const cJSON *m = list ? list->child : NULL; m; m = m->next) count++;
    if (count > GP_MAX_MEASUREMENTS)
        return gp_fail(err, GP_ERR_TOO_MANY_MEASUREMENTS, full,
                       "%s has %zu measurements; one KPI can hold at most %d.", full, count, GP_MAX_MEASUREMENTS);
    cJSON *out_list = cJSON_CreateArray();
    if (!gp_norm_add(out, "measurements", out_list, full, err)) return false;
    gp_day_t *days = count ? malloc(count * sizeof *days) : NULL;
    if (count && !days) return oom(full, err);
    size_t i = 0, base = strlen(full);
    bool ok = true;
    memcpy(item_path, full, base + 1);
    for (const cJSON *m = list ? list->child : NULL; ok && m; m = m->next, i++) {
        index_suffix(item_path, base, i);
        ok = measurement(m, out_list, item_path, unit, aggregation, &days[i], err);
    }
    if (ok && !gp_norm_sort_by_day(out_list, days, count)) ok = oom(full, err);
    free(days);
    return ok;
}

/* ---- the KPI ------------------------------------------------------------- */

static bool fill_kpi(const cJSON *src, cJSON *out, const char *path, bool in_plan, gp_error_t *err)
{
    const char *id = "";
    int unit, direction, aggregation;
    return gp_norm_id(src, out, "id", path, in_plan ? GP_FIELD_REQUIRED : GP_FIELD_OPTIONAL, &id, err) &&
           gp_norm_text(src, out, "name", path, GP_FIELD_REQUIRED, GP_MAX_NAME_CHARS, err) &&
           gp_norm_text(src, out, "channel", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) &&
           gp_norm_enum(src, out, "unit", path, units, UNIT_COUNT, &unit, err) &&
           currency(src, out, path, unit, err) &&
           gp_norm_enum(src, out, "direction", path, kpi_directions, 0, &direction, err) &&
           gp_norm_enum(src, out, "aggregation", path, aggregations, AGGREGATION_LEVEL, &aggregation, err) &&
           formula(src, out, path, id, err) && measurements(src, out, path, unit, aggregation, err) &&
           gp_norm_keep_unknown(src, out, kpi_fields, path, err);
}

cJSON *gp_kpi_normalised_copy(const cJSON *src, const char *path, bool in_plan, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a KPI", err)) return NULL;
    cJSON *out = cJSON_CreateObject();
    if (!out) {
        oom(path, err);
        return NULL;
    }
    if (!fill_kpi(src, out, path, in_plan, err)) {
        cJSON_Delete(out);
        return NULL;
    }
    return out;
}

bool gp_kpi_normalise(cJSON *kpi, const char *path, gp_error_t *err)
{
    if (!kpi) return gp_fail(err, GP_ERR_NULL_ARGUMENT, path, "No KPI was given.");
    cJSON *copy = gp_kpi_normalised_copy(kpi, path ? path : "", false, err);
    if (!copy) return false;
    gp_norm_replace_contents(kpi, copy);
    return true;
}

/* ---- growth -------------------------------------------------------------------- */

/* The earliest and the latest dated entry of MS (the first listed of each
 * date), as days and values; false when no entry has a readable date. With
 * AS_TEXT the dates are compared as written, which orders the strict
 * YYYY-MM-DD form the date reader takes, and only the two found are read:
 * a plan's KPI may hold thousands of entries. */
static bool date_range(const cJSON *ms, bool as_text, gp_day_t *d0, double *v0, gp_day_t *d1, double *v1)
{
    const char *t0 = NULL, *t1 = NULL;
    const cJSON *m;
    cJSON_ArrayForEach(m, ms) {
        /* The first "date" and "value", as cJSON_GetObjectItemCaseSensitive
         * finds them, in one walk that compares only keys that can match. */
        const cJSON *date = NULL, *value = NULL;
        for (const cJSON *f = m->child; f && !(date && value); f = f->next) {
            if (!f->string) continue;
            if (!date && f->string[0] == 'd' && strcmp(f->string, "date") == 0) date = f;
            else if (!value && f->string[0] == 'v' && strcmp(f->string, "value") == 0) value = f;
        }
        gp_day_t d = 0;
        if (!cJSON_IsString(date) || !cJSON_IsNumber(value) || (!as_text && !gp_date_parse_iso(date->valuestring, &d)))
            continue;
        const char *t = date->valuestring;
        if (!t0 || (as_text ? strcmp(t, t0) < 0 : d < *d0)) t0 = t, *d0 = d, *v0 = value->valuedouble;
        if (!t1 || (as_text ? strcmp(t, t1) > 0 : d > *d1)) t1 = t, *d1 = d, *v1 = value->valuedouble;
    }
    return t0 && (!as_text || (gp_date_parse_iso(t0, d0) && gp_date_parse_iso(t1, d1)));
}

gp_kpi_growth_t gp_kpi_growth(const cJSON *kpi)
{
    gp_kpi_growth_t none = {false, 0.0};
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(kpi, "measurements");
    if (!cJSON_IsArray(ms)) return none;
    gp_day_t d0 = 0, d1 = 0;
    double v0 = 0, v1 = 0;
    /* Compared as text, an unreadable date ("2026-02-30", "1 May") could
     * come out first or last; then every date is read, skipping those. */
    if (!date_range(ms, true, &d0, &v0, &d1, &v1) && !date_range(ms, false, &d0, &v0, &d1, &v1)) return none;
    /* One dated entry leaves d1 == d0, which the span check refuses. */
    if (v0 <= 0 || v1 <= 0 || d1 - d0 < 28) return none;
    return (gp_kpi_growth_t){true, pow(v1 / v0, 1.0 / gp_months_between(d0, d1)) - 1};
}
