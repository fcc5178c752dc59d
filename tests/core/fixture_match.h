/* fixture_match.h - does a response contain what a fixture expects?
 *
 * Objects: every expected key must be present and match. Arrays: same
 * length, element by element. Numbers: equal to 1e-9 relative. Strings:
 * equal, or {"$contains": "part"} for a substring, {"$approx": x,
 * "tol": t} for a number within an absolute tolerance, and {"$type":
 * "number"|"string"|"array"|"object"|"bool"|"null"} for the kind only.
 * The JS twin is tests/wasm/fixture-match.mjs. */
#ifndef GP_FIXTURE_MATCH_H
#define GP_FIXTURE_MATCH_H

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cJSON.h"

static const char *fixture_kind(const cJSON *v)
{
    if (cJSON_IsNumber(v)) return "number";
    if (cJSON_IsString(v)) return "string";
    if (cJSON_IsArray(v)) return "array";
    if (cJSON_IsObject(v)) return "object";
    if (cJSON_IsBool(v)) return "bool";
    return "null";
}

static bool fixture_match(const cJSON *expect, const cJSON *actual, char *where, size_t n)
{
    if (cJSON_IsObject(expect)) {
        const cJSON *contains = cJSON_GetObjectItemCaseSensitive(expect, "$contains");
        const cJSON *approx = cJSON_GetObjectItemCaseSensitive(expect, "$approx");
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(expect, "$type");
        if (contains)
            return cJSON_IsString(actual) && strstr(actual->valuestring, contains->valuestring) != NULL;
        if (approx) {
            const cJSON *tol = cJSON_GetObjectItemCaseSensitive(expect, "tol");
            return cJSON_IsNumber(actual) &&
                   fabs(actual->valuedouble - approx->valuedouble) <= (tol ? tol->valuedouble : 1e-9);
        }
        if (type) return strcmp(fixture_kind(actual), type->valuestring) == 0;
        if (!cJSON_IsObject(actual)) return false;
        const cJSON *item;
        cJSON_ArrayForEach(item, expect) {
            size_t used = strlen(where);
            snprintf(where + used, n - used, ".%s", item->string);
            if (!fixture_match(item, cJSON_GetObjectItemCaseSensitive(actual, item->string), where, n)) return false;
            where[used] = '\0';
        }
        return true;
    }
    if (cJSON_IsArray(expect)) {
        if (!cJSON_IsArray(actual) || cJSON_GetArraySize(actual) != cJSON_GetArraySize(expect)) return false;
        int i = 0;
        const cJSON *item;
        cJSON_ArrayForEach(item, expect) {
            size_t used = strlen(where);
            snprintf(where + used, n - used, "[%d]", i);
            if (!fixture_match(item, cJSON_GetArrayItem(actual, i), where, n)) return false;
            where[used] = '\0';
            i++;
        }
        return true;
    }
    if (cJSON_IsNumber(expect)) {
        if (!cJSON_IsNumber(actual)) return false;
        double e = expect->valuedouble, a = actual->valuedouble;
        return fabs(a - e) <= 1e-9 * fmax(1.0, fabs(e));
    }
    if (cJSON_IsString(expect)) return cJSON_IsString(actual) && strcmp(expect->valuestring, actual->valuestring) == 0;
    if (cJSON_IsBool(expect)) return cJSON_IsBool(actual) && cJSON_IsTrue(expect) == cJSON_IsTrue(actual);
    return cJSON_IsNull(actual);
}

#endif
