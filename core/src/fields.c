/* fields.c - typed, path-aware reading of request fields. */
#include "fields.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void gp_path_key(char *out, size_t n, const char *base, const char *key)
{
    if (base && *base) snprintf(out, n, "%s.%s", base, key);
    else snprintf(out, n, "%s", key);
}

void gp_path_index(char *out, size_t n, const char *base, int i)
{
    snprintf(out, n, "%s[%d]", base ? base : "", i);
}

size_t gp_utf8_chars(const char *s)
{
    size_t count = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) count++;
    return count;
}

/* Looks KEY up; reports missing_field when required. Null counts as absent. */
static bool lookup(const cJSON *obj, const char *key, const char *path, bool required,
                   const cJSON **item, char *full, size_t n, gp_error_t *err)
{
    gp_path_key(full, n, path, key);
    *item = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
    if (*item && cJSON_IsNull(*item)) *item = NULL;
    if (!*item && required) return gp_fail(err, GP_ERR_MISSING_FIELD, full, "%s is required.", full);
    return true;
}

bool gp_get_object(const cJSON *obj, const char *key, const char *path, bool required,
                   const cJSON **out, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsObject(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be an object.", full);
    *out = item;
    return true;
}

bool gp_get_array(const cJSON *obj, const char *key, const char *path, bool required,
                  int max_items, const cJSON **out, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsArray(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a list.", full);
    int count = cJSON_GetArraySize(item);
    if (count > max_items)
        return gp_fail(err, GP_ERR_TOO_MANY_ITEMS, full, "%s has %d entries; at most %d are allowed.",
                       full, count, max_items);
    *out = item;
    return true;
}

bool gp_get_string(const cJSON *obj, const char *key, const char *path, bool required,
                   size_t max_chars, const char **out, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsString(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be text.", full);
    size_t chars = gp_utf8_chars(item->valuestring);
    if (chars > max_chars)
        return gp_fail(err, GP_ERR_TEXT_TOO_LONG, full, "%s is %zu characters long; at most %zu are allowed.",
                       full, chars, max_chars);
    *out = item->valuestring;
    return true;
}

bool gp_get_number(const cJSON *obj, const char *key, const char *path, bool required,
                   double lo, double hi, double *out, bool *present, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (present) *present = false;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsNumber(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a number.", full);
    double v = item->valuedouble;
    if (!isfinite(v)) return gp_fail(err, GP_ERR_NOT_FINITE, full, "%s must be a finite number.", full);
    if (v < lo || v > hi)
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full, "%s is %g; it must lie between %g and %g.", full, v, lo, hi);
    *out = v;
    if (present) *present = true;
    return true;
}

bool gp_get_date(const cJSON *obj, const char *key, const char *path, bool required,
                 gp_day_t *out, bool *present, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (present) *present = false;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (cJSON_IsString(item) && item->valuestring[0] == '\0' && !required) return true;
    if (!cJSON_IsString(item))
        return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be a date written YYYY-MM-DD.", full);
    if (!gp_date_parse_iso(item->valuestring, out))
        return gp_fail(err, GP_ERR_INVALID_DATE, full,
                       "%s is '%.40s', which is not a real date between %d and %d written YYYY-MM-DD.", full,
                       item->valuestring, GP_YEAR_MIN, GP_YEAR_MAX);
    if (present) *present = true;
    return true;
}

bool gp_get_enum(const cJSON *obj, const char *key, const char *path, bool required,
                 const char *const *names, int *out, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsString(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be text.", full);
    char allowed[160] = "";
    for (int i = 0; names[i]; i++) {
        if (strcmp(names[i], item->valuestring) == 0) {
            *out = i;
            return true;
        }
        size_t used = strlen(allowed);
        snprintf(allowed + used, sizeof allowed - used, "%s%s", i ? ", " : "", names[i]);
    }
    return gp_fail(err, GP_ERR_UNKNOWN_VALUE, full, "%s is '%.40s'; expected one of: %s.", full,
                   item->valuestring, allowed);
}

bool gp_get_bool(const cJSON *obj, const char *key, const char *path, bool required,
                 bool *out, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, full, sizeof full, err)) return false;
    if (!item) return true;
    if (!cJSON_IsBool(item)) return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be true or false.", full);
    *out = cJSON_IsTrue(item);
    return true;
}

bool gp_get_today(const cJSON *request, gp_day_t *out, bool *present, gp_error_t *err)
{
    return gp_get_date(request, "today", "", false, out, present, err);
}
