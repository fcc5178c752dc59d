/* api.c - gp_call: size and depth checks, parsing, dispatch, the envelope. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "cJSON.h"
#include "base/errors.h"
#include "goalpost.h"
#include "base/gp_limits.h"
#include "base/json_write.h"
#include "methods.h"
#include "base/utf8.h"

#define GP_VERSION_STRING "0.1.0"

const char *gp_version(void) { return GP_VERSION_STRING; }

cJSON *gp_method_version(const cJSON *request, gp_error_t *err)
{
    (void)request;
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "version", GP_VERSION_STRING)) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}

/* limits {} -> the limits of gp_limits.h, so the page's fields hold what
 * the core accepts: id_chars, name_chars, text_chars, note_chars, items,
 * measurements, request_bytes and depth. */
cJSON *gp_method_limits(const cJSON *request, gp_error_t *err)
{
    (void)request;
    static const struct {
        const char *key;
        double value;
    } limits[] = {
        {"id_chars", GP_MAX_ID_CHARS},     {"name_chars", GP_MAX_NAME_CHARS}, {"text_chars", GP_MAX_TEXT_CHARS},
        {"note_chars", GP_MAX_NOTE_CHARS}, {"items", GP_MAX_ITEMS},           {"measurements", GP_MAX_MEASUREMENTS},
        {"request_bytes", GP_MAX_REQUEST_BYTES}, {"depth", GP_MAX_DEPTH},
    };
    cJSON *result = cJSON_CreateObject();
    bool ok = result != NULL;
    for (size_t i = 0; ok && i < sizeof limits / sizeof limits[0]; i++)
        ok = cJSON_AddNumberToObject(result, limits[i].key, limits[i].value) != NULL;
    if (!ok) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}

typedef struct {
    const char *name;
    gp_handler_fn handler;
} method_t;

/* The methods, grouped as the README lists them. */
static const method_t methods[] = {
    {"version", gp_method_version},
    {"limits", gp_method_limits},
    {"date.parse", gp_method_date_parse},
    {"plan.new", gp_method_plan_new},
    {"plan.validate", gp_method_plan_validate},
    {"plan.import", gp_method_plan_import},
    {"plan.template", gp_method_plan_template},
    {"plan.templates", gp_method_plan_templates},
    {"plan.open", gp_method_plan_open},
    {"plan.summary", gp_method_plan_summary},
    {"plan.export_csv", gp_method_plan_export_csv},
    {"plan.export_markdown", gp_method_plan_export_markdown},
    {"kpi.catalog", gp_method_kpi_catalog},
    {"kpi.new", gp_method_kpi_new},
    {"goal.direction", gp_method_goal_direction},
    {"smart.evaluate", gp_method_smart_evaluate},
    {"goal.progress", gp_method_goal_progress},
    {"csv.measurements", gp_method_csv_measurements},
};

/* Deepest nesting of [ and { outside strings; stops counting past LIMIT.
 * Only for text cJSON could not parse: it tells a too-deep request (cJSON
 * gives up past 1000 levels) from a malformed one. */
static int nesting_depth(const char *text, int limit)
{
    int depth = 0, deepest = 0;
    bool in_string = false;
    for (const char *p = text; *p; p++) {
        if (in_string) {
            if (*p == '\\' && p[1]) p++;
            else if (*p == '"') in_string = false;
        } else if (*p == '"') {
            in_string = true;
        } else if (*p == '[' || *p == '{') {
            if (++depth > deepest) deepest = depth;
            if (deepest > limit) return deepest;
        } else if (*p == ']' || *p == '}') {
            depth--;
        }
    }
    return deepest;
}

/* Whether a parsed ITEM nests lists and objects more than LIMIT deep; a walk
 * of the tree costs far less than another pass over the text. */
static bool nested_deeper_than(const cJSON *item, int limit)
{
    if (!cJSON_IsArray(item) && !cJSON_IsObject(item)) return false;
    if (limit == 0) return true;
    for (const cJSON *child = item->child; child; child = child->next)
        if (nested_deeper_than(child, limit - 1)) return true;
    return false;
}

/* Strict UTF-8 check (no overlongs, no surrogates); *bad_at = byte offset. */
static bool utf8_valid(const unsigned char *s, size_t n, size_t *bad_at)
{
    size_t i = 0;
    while (i < n) {
        size_t len = gp_utf8_sequence(s + i, n - i);
        if (len == 0) {
            *bad_at = i;
            return false;
        }
        i += len;
    }
    return true;
}

static char *print_error(const gp_error_t *err, size_t *length)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *error = cJSON_CreateObject();
    char *text = NULL;
    if (root && error && cJSON_AddFalseToObject(root, "ok")) {
        cJSON_AddItemToObject(root, "error", error);
        error = NULL;
        cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
        if (cJSON_AddStringToObject(e, "code", gp_code_name(err->code)) &&
            cJSON_AddStringToObject(e, "message", err->message) && cJSON_AddStringToObject(e, "path", err->path))
            text = gp_json_write(root, length);
    }
    cJSON_Delete(error);
    cJSON_Delete(root);
    return text;
}

static char *print_result(cJSON *result, size_t *length, gp_error_t *err)
{
    cJSON *root = cJSON_CreateObject();
    if (!root || !cJSON_AddTrueToObject(root, "ok")) {
        cJSON_Delete(root);
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the response.");
        return NULL;
    }
    cJSON_AddItemToObject(root, "result", result);
    char *text = gp_json_write(root, length); /* the tree itself goes with the call's arena */
    if (!text) gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the response.");
    return text;
}

/* The request for METHOD (LENGTH bytes), parsed and checked, and *FOUND the
 * method; NULL with ERR set when either is wrong. */
static cJSON *read_request(const char *method, const char *request_json, size_t length, const method_t **found,
                           gp_error_t *err)
{
    if (!method || !request_json) {
        gp_fail(err, GP_ERR_NULL_ARGUMENT, "", "Both a method name and a JSON request are needed.");
        return NULL;
    }
    *found = NULL;
    for (size_t i = 0; !*found && i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, method) == 0) *found = &methods[i];
    if (!*found) {
        gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "There is no method called '%.60s'.", method);
        return NULL;
    }
    if (length > GP_MAX_REQUEST_BYTES) {
        gp_fail(err, GP_ERR_REQUEST_TOO_LARGE, "", "The request is %zu bytes; at most %d bytes are accepted.",
                length, GP_MAX_REQUEST_BYTES);
        return NULL;
    }
    size_t bad_at = 0;
    if (!utf8_valid((const unsigned char *)request_json, length, &bad_at)) {
        gp_fail(err, GP_ERR_INVALID_UTF8, "", "The request is not valid UTF-8 text (byte %zu).", bad_at);
        return NULL;
    }
    const char *end = NULL;
    cJSON *request = cJSON_ParseWithLengthOpts(request_json, length + 1, &end, true);
    if (!request ? nesting_depth(request_json, GP_MAX_DEPTH) > GP_MAX_DEPTH
                 : nested_deeper_than(request, GP_MAX_DEPTH)) {
        cJSON_Delete(request);
        gp_fail(err, GP_ERR_TOO_DEEP, "", "The request nests lists and objects more than %d levels deep.",
                GP_MAX_DEPTH);
        return NULL;
    }
    if (!request) {
        size_t at = end && end >= request_json ? (size_t)(end - request_json) : 0;
        gp_fail(err, GP_ERR_INVALID_JSON, "", "The request is not valid JSON (problem near character %zu).", at);
        return NULL;
    }
    if (!cJSON_IsObject(request)) {
        cJSON_Delete(request);
        gp_fail(err, GP_ERR_WRONG_TYPE, "", "The request must be a JSON object.");
        return NULL;
    }
    return request;
}

char *gp_call_sized(const char *method, const char *request_json, size_t request_length, size_t *response_length)
{
    gp_error_t err = {GP_OK, "", ""};
    size_t length = 0;
    gp_arena_begin();
    /* The request tree is not deleted node by node: gp_arena_end releases it
     * with everything else cJSON allocated during this call. */
    const method_t *m = NULL;
    cJSON *request = read_request(method, request_json, request_length, &m, &err);
    char *text = NULL;
    if (request) {
        cJSON *result = m->handler(request, &err);
        text = result ? print_result(result, &length, &err) : NULL;
    }
    if (!text) {
        if (err.code == GP_OK) gp_fail(&err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        text = print_error(&err, &length);
    }
    gp_arena_end();
    if (response_length) *response_length = text ? length : 0;
    return text;
}

char *gp_call(const char *method, const char *request_json)
{
    return gp_call_sized(method, request_json, request_json ? strlen(request_json) : 0, NULL);
}

void gp_free(char *response) { free(response); }
