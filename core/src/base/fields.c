/* fields.c - typed, path-aware reading of request fields. */
#include "fields.h"

#include <math.h>
#include <stdarg.h>
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

/* The full path is only written here, on failure: building it for every
 * field read would cost more than the reading itself on a KPI with a million
 * measurements, and requests are read on every keystroke. */
bool gp_field_fail(gp_error_t *err, gp_code_t code, const char *path, const char *key, const char *fmt, ...)
{
    char full[GP_PATH_MAX], rest[GP_MESSAGE_MAX];
    gp_path_key(full, sizeof full, path, key);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rest, sizeof rest, fmt, ap);
    va_end(ap);
    return gp_fail(err, code, full, "%s %s", full, rest);
}

/* The first member of OBJ named KEY, as cJSON_GetObjectItemCaseSensitive
 * finds it, with first letters compared before strcmp is called: a goal is
 * asked for a dozen optional fields on every keystroke and mostly has one
 * or two. */
static const cJSON *member(const cJSON *obj, const char *key)
{
    for (const cJSON *c = obj->child; c && c->string; c = c->next)
        if (c->string[0] == key[0] && strcmp(c->string, key) == 0) return c;
    return NULL;
}

/* Looks KEY up; reports missing_field when required. Null counts as absent. */
static bool lookup(const cJSON *obj, const char *key, const char *path, bool required, const cJSON **item,
                   gp_error_t *err)
{
    *item = cJSON_IsObject(obj) ? member(obj, key) : NULL;
    if (*item && cJSON_IsNull(*item)) *item = NULL;
    if (!*item && required) return gp_field_fail(err, GP_ERR_MISSING_FIELD, path, key, "is required.");
    return true;
}

bool gp_get_object(const cJSON *obj, const char *key, const char *path, bool required,
                   const cJSON **out, gp_error_t *err)
{
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsObject(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be an object.");
    *out = item;
    return true;
}

bool gp_get_array(const cJSON *obj, const char *key, const char *path, bool required,
                  int max_items, const cJSON **out, gp_error_t *err)
{
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsArray(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a list.");
    int count = cJSON_GetArraySize(item);
    if (count > max_items)
        return gp_field_fail(err, GP_ERR_TOO_MANY_ITEMS, path, key, "has %d entries; at most %d are allowed.", count,
                             max_items);
    *out = item;
    return true;
}

bool gp_get_string(const cJSON *obj, const char *key, const char *path, bool required,
                   size_t max_chars, const char **out, gp_error_t *err)
{
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsString(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be text.");
    /* No text has more characters than bytes: most are known short enough
     * without counting them. */
    size_t chars = strlen(item->valuestring) <= max_chars ? 0 : gp_utf8_chars(item->valuestring);
    if (chars > max_chars)
        return gp_field_fail(err, GP_ERR_TEXT_TOO_LONG, path, key, "is %zu characters long; at most %zu are allowed.",
                             chars, max_chars);
    *out = item->valuestring;
    return true;
}

bool gp_get_number(const cJSON *obj, const char *key, const char *path, bool required,
                   double lo, double hi, double *out, bool *present, gp_error_t *err)
{
    const cJSON *item;
    if (present) *present = false;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsNumber(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a number.");
    double v = item->valuedouble;
    if (!isfinite(v)) return gp_field_fail(err, GP_ERR_NOT_FINITE, path, key, "must be a finite number.");
    if (v < lo || v > hi)
        return gp_field_fail(err, GP_ERR_OUT_OF_RANGE, path, key, "is %g; it must lie between %g and %g.", v, lo, hi);
    *out = v;
    if (present) *present = true;
    return true;
}

bool gp_get_date(const cJSON *obj, const char *key, const char *path, bool required,
                 gp_day_t *out, bool *present, gp_error_t *err)
{
    const cJSON *item;
    if (present) *present = false;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (cJSON_IsString(item) && item->valuestring[0] == '\0' && !required) return true;
    if (!cJSON_IsString(item))
        return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be a date written YYYY-MM-DD.");
    if (!gp_date_parse_iso(item->valuestring, out))
        return gp_field_fail(err, GP_ERR_INVALID_DATE, path, key,
                             "is '%.40s', which is not a real date between %d and %d written YYYY-MM-DD.",
                             item->valuestring, GP_YEAR_MIN, GP_YEAR_MAX);
    if (present) *present = true;
    return true;
}

bool gp_get_enum(const cJSON *obj, const char *key, const char *path, bool required,
                 const char *const *names, int *out, gp_error_t *err)
{
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsString(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be text.");
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], item->valuestring) == 0) {
            *out = i;
            return true;
        }
    char allowed[160] = "";
    for (int i = 0; names[i]; i++) {
        size_t used = strlen(allowed);
        snprintf(allowed + used, sizeof allowed - used, "%s%s", i ? ", " : "", names[i]);
    }
    return gp_field_fail(err, GP_ERR_UNKNOWN_VALUE, path, key, "is '%.40s'; expected one of: %s.", item->valuestring,
                         allowed);
}

bool gp_get_bool(const cJSON *obj, const char *key, const char *path, bool required,
                 bool *out, gp_error_t *err)
{
    const cJSON *item;
    if (!lookup(obj, key, path, required, &item, err)) return false;
    if (!item) return true;
    if (!cJSON_IsBool(item)) return gp_field_fail(err, GP_ERR_WRONG_TYPE, path, key, "must be true or false.");
    *out = cJSON_IsTrue(item);
    return true;
}

bool gp_get_today(const cJSON *request, gp_day_t *out, bool *present, gp_error_t *err)
{
    return gp_get_date(request, "today", "", false, out, present, err);
}

const cJSON *gp_find_by_id(const cJSON *list, const char *id, int *index)
{
    int i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list) {
        const cJSON *item_id = cJSON_GetObjectItemCaseSensitive(item, "id");
        if (cJSON_IsString(item_id) && strcmp(item_id->valuestring, id) == 0) {
            *index = i;
            return item;
        }
        i++;
    }
    return NULL;
}
