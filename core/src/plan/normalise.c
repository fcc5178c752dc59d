/* normalise.c - reading one field, checking it and writing it canonically. */
#include "normalise.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fields.h"
#include "ids.h"
#include "base/gp_limits.h"

/* Longest timestamp text kept: "2026-03-01T09:30:00.000+05:30" and a margin. */
enum { TIMESTAMP_MAX_CHARS = 40 };

static bool oom(gp_error_t *err, const char *path)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading %s.", path);
}

bool gp_norm_add(cJSON *dst, const char *key, cJSON *item, const char *path, gp_error_t *err)
{
    /* Keys are string literals, so cJSON may point at them instead of
     * copying: three fewer allocations per measurement. */
    bool ok = item && (key ? cJSON_AddItemToObjectCS(dst, key, item) : cJSON_AddItemToArray(dst, item));
    if (!ok) {
        cJSON_Delete(item);
        return oom(err, path);
    }
    return true;
}

bool gp_norm_expect_object(const cJSON *item, const char *path, const char *what, gp_error_t *err)
{
    if (cJSON_IsObject(item)) return true;
    return gp_fail(err, GP_ERR_WRONG_TYPE, path, "%s must be an object with the fields of %s.",
                   *path ? path : "The document", what);
}

/* The member KEY of SRC, or NULL when absent or null. */
static const cJSON *member(const cJSON *src, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(src, key);
    return cJSON_IsNull(item) ? NULL : item;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Trims TEXT to [*begin, *end). */
static void trim(const char *text, const char **begin, const char **end)
{
    const char *b = text, *e = text + strlen(text);
    while (b < e && is_space(*b)) b++;
    while (e > b && is_space(e[-1])) e--;
    *begin = b;
    *end = e;
}

static size_t chars_between(const char *b, const char *e)
{
    size_t count = 0;
    for (; b < e; b++)
        if (((unsigned char)*b & 0xC0) != 0x80) count++;
    return count;
}

/* A new cJSON string holding [B, E). */
static cJSON *string_between(const char *b, const char *e)
{
    size_t n = (size_t)(e - b);
    if (b[n] == '\0') return cJSON_CreateString(b);
    char *copy = malloc(n + 1);
    if (!copy) return NULL;
    memcpy(copy, b, n);
    copy[n] = '\0';
    cJSON *item = cJSON_CreateString(copy);
    free(copy);
    return item;
}

bool gp_norm_text(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                  size_t max_chars, gp_error_t *err)
{
    const cJSON *item = member(src, key);
    if (!item) {
        if (rule == GP_FIELD_REQUIRED) return gp_field_fail(err, GP_ERR_MISSING_FIELD, path, key, "is required.");
        return gp_norm_add(dst, key, cJSON_CreateString(""), path, err);
    }
    if (!cJSON_IsString(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be text.");
    const char *b, *e;
    trim(item->valuestring, &b, &e);
    size_t chars = chars_between(b, e);
    if (chars > max_chars)
        return gp_field_fail(err, GP_ERR_TEXT_TOO_LONG, path, key, "is %zu characters long; at most %zu are allowed.",
                          chars, max_chars);
    if (chars == 0 && rule == GP_FIELD_REQUIRED)
        return gp_field_fail(err, GP_ERR_EMPTY_TEXT, path, key, "is empty; please write something here.");
    return gp_norm_add(dst, key, string_between(b, e), path, err);
}

bool gp_norm_id(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                const char **out, gp_error_t *err)
{
    const cJSON *item = member(src, key);
    const char *id = "";
    if (!item) {
        if (rule == GP_FIELD_REQUIRED) return gp_field_fail(err, GP_ERR_MISSING_FIELD, path, key, "is required.");
    } else if (!cJSON_IsString(item)) {
        return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be an id written as text.");
    } else {
        id = item->valuestring;
    }
    bool may_be_empty = rule != GP_FIELD_REQUIRED;
    if (!(may_be_empty && *id == '\0') && !gp_id_valid(id))
        return gp_field_fail(err, GP_ERR_INVALID_ID, path, key,
                          "is '%.40s'; an id is 1 to %d letters, digits, '-' or '_'.", id, GP_MAX_ID_CHARS);
    cJSON *copy = cJSON_CreateString(id);
    if (!gp_norm_add(dst, key, copy, path, err)) return false;
    if (out) *out = copy->valuestring;
    return true;
}

bool gp_norm_parse_date(const char *text, gp_day_t *day)
{
    const char *b, *e;
    trim(text, &b, &e);
    int parts[3] = {0, 0, 0};
    int part = 0, digits = 0;
    for (const char *p = b; p < e; p++) {
        if (isdigit((unsigned char)*p)) {
            if (++digits > (part == 0 ? 4 : 2)) return false;
            parts[part] = parts[part] * 10 + (*p - '0');
        } else if (*p == '-' && part < 2 && digits > 0) {
            if (part == 0 && digits != 4) return false;
            part++;
            digits = 0;
        } else {
            return false;
        }
    }
    if (part != 2 || digits == 0 || !gp_date_valid(parts[0], parts[1], parts[2])) return false;
    *day = gp_days_from_civil(parts[0], parts[1], parts[2]);
    return true;
}

bool gp_norm_date(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                  gp_day_t *day, bool *present, gp_error_t *err)
{
    *present = false;
    const cJSON *item = member(src, key);
    if (item && !cJSON_IsString(item))
        return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a date written YYYY-MM-DD.");
    if (item && gp_date_parse_iso(item->valuestring, day)) { /* already as stored: most dates */
        *present = true;
        return gp_norm_add(dst, key, cJSON_CreateString(item->valuestring), path, err);
    }
    const char *b = "", *e = b;
    if (item) trim(item->valuestring, &b, &e);
    if (b == e) {
        if (rule == GP_FIELD_REQUIRED) return gp_field_fail(err, GP_ERR_MISSING_FIELD, path, key, "is required.");
        return gp_norm_add(dst, key, cJSON_CreateString(""), path, err);
    }
    if (!gp_norm_parse_date(item->valuestring, day))
        return gp_field_fail(err, GP_ERR_INVALID_DATE, path, key,
                          "is '%.40s', which is not a real date between %d and %d written YYYY-MM-DD.",
                          item->valuestring, GP_YEAR_MIN, GP_YEAR_MAX);
    char text[11];
    gp_date_format_iso(*day, text);
    *present = true;
    return gp_norm_add(dst, key, cJSON_CreateString(text), path, err);
}

bool gp_norm_number(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                    double fallback, double lo, double hi, double *value, bool *present, gp_error_t *err)
{
    *present = false;
    const cJSON *item = member(src, key);
    if (!item) {
        if (rule == GP_FIELD_REQUIRED) return gp_field_fail(err, GP_ERR_MISSING_FIELD, path, key, "is required.");
        if (rule == GP_FIELD_NULLABLE) return gp_norm_add(dst, key, cJSON_CreateNull(), path, err);
        *value = fallback;
        return gp_norm_add(dst, key, cJSON_CreateNumber(fallback), path, err);
    }
    if (!cJSON_IsNumber(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a number.");
    double v = item->valuedouble;
    if (!isfinite(v))
        return gp_field_fail(err, GP_ERR_NOT_FINITE, path, key, "is too large to be a number (or not a number at all).");
    if (v < lo || v > hi)
        return gp_field_fail(err, GP_ERR_OUT_OF_RANGE, path, key, "is %g; it must lie between %g and %g.", v, lo, hi);
    *value = v;
    *present = true;
    return gp_norm_add(dst, key, cJSON_CreateNumber(v), path, err);
}

bool gp_norm_enum(const cJSON *src, cJSON *dst, const char *key, const char *path,
                  const char *const *names, int fallback, int *index, gp_error_t *err)
{
    const cJSON *item = member(src, key);
    *index = fallback;
    if (item && !cJSON_IsString(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be text.");
    if (item) {
        char allowed[160] = "";
        int found = -1;
        for (int i = 0; names[i]; i++) {
            if (strcmp(names[i], item->valuestring) == 0) found = i;
            size_t used = strlen(allowed);
            snprintf(allowed + used, sizeof allowed - used, "%s%s", i ? ", " : "", names[i]);
        }
        if (found < 0)
            return gp_field_fail(err, GP_ERR_UNKNOWN_VALUE, path, key, "is '%.40s'; expected one of: %s.",
                              item->valuestring, allowed);
        *index = found;
    }
    cJSON *out = *index >= 0 ? cJSON_CreateString(names[*index]) : cJSON_CreateNull();
    return gp_norm_add(dst, key, out, path, err);
}

bool gp_norm_timestamp(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_error_t *err)
{
    const cJSON *item = member(src, key);
    if (item && !cJSON_IsString(item))
        return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a date and time written as ISO text.");
    const char *b = "", *e = b;
    if (item) trim(item->valuestring, &b, &e);
    size_t n = (size_t)(e - b);
    if (n > 0) {
        char date[11] = "";
        gp_day_t day;
        if (n >= 10) memcpy(date, b, 10);
        bool ok = n >= 10 && n <= TIMESTAMP_MAX_CHARS && gp_date_parse_iso(date, &day) &&
                  (n == 10 || b[10] == 'T' || b[10] == ' ');
        if (!ok)
            return gp_field_fail(err, GP_ERR_INVALID_DATE, path, key,
                              "is '%.40s'; expected a date and time like 2026-03-01T09:30:00Z.", item->valuestring);
    }
    return gp_norm_add(dst, key, string_between(b, e), path, err);
}

bool gp_norm_list(const cJSON *src, const char *key, const char *path, int max_items, const cJSON **out,
                  gp_error_t *err)
{
    *out = NULL;
    return gp_get_array(src, key, path, false, max_items, out, err);
}

bool gp_norm_keep_unknown(const cJSON *src, cJSON *dst, const char *const *known, const char *path,
                          gp_error_t *err)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, src) {
        bool is_known = false;
        for (int i = 0; known[i] && !is_known; i++) is_known = strcmp(known[i], item->string) == 0;
        if (is_known) continue;
        /* Not gp_norm_add: this key belongs to SRC and must be copied. */
        cJSON *copy = cJSON_Duplicate(item, true);
        if (!copy || !cJSON_AddItemToObject(dst, item->string, copy)) {
            cJSON_Delete(copy);
            return oom(err, path);
        }
    }
    return true;
}

void gp_norm_replace_contents(cJSON *target, cJSON *normalised)
{
    cJSON *old = target->child;
    target->child = normalised->child;
    normalised->child = old;
    cJSON_Delete(normalised);
}

typedef struct {
    gp_day_t day;
    size_t index;
    cJSON *item;
} dated_t;

static int by_day_then_index(const void *a, const void *b)
{
    const dated_t *x = a, *y = b;
    if (x->day != y->day) return x->day < y->day ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

bool gp_norm_sort_by_day(cJSON *list, const gp_day_t *days, size_t count)
{
    size_t ordered = 1;
    while (ordered < count && days[ordered - 1] <= days[ordered]) ordered++;
    if (ordered >= count) return true; /* already in date order, as most lists are */
    dated_t *rows = malloc(count * sizeof *rows);
    if (!rows) return false;
    size_t i = 0;
    for (cJSON *item = list->child; item && i < count; item = item->next, i++)
        rows[i] = (dated_t){days[i], i, item};
    /* The index tie-break makes qsort stable: same-day entries keep their order. */
    qsort(rows, count, sizeof *rows, by_day_then_index);
    /* Relink in cJSON's layout: the first element's prev points at the last. */
    for (i = 0; i < count; i++) {
        rows[i].item->prev = rows[i ? i - 1 : count - 1].item;
        rows[i].item->next = i + 1 < count ? rows[i + 1].item : NULL;
    }
    list->child = rows[0].item;
    free(rows);
    return true;
}
