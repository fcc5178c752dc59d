/* call.h - calling gp_call from tests and looking into the response. */
#ifndef GP_TEST_CALL_H
#define GP_TEST_CALL_H

#include <stdio.h>
#include <stdlib.h>

#include "cJSON.h"
#include "goalpost.h"

/* Calls METHOD with REQUEST and returns the parsed response (caller frees
 * with cJSON_Delete). Aborts the test program if the response is not JSON. */
static inline cJSON *call_json(const char *method, const char *request)
{
    char *text = gp_call(method, request);
    cJSON *response = text ? cJSON_Parse(text) : NULL;
    if (!response) {
        fprintf(stderr, "gp_call(%s) returned no JSON: %s\n", method, text ? text : "(null)");
        abort();
    }
    gp_free(text);
    return response;
}

/* The error code of a response, or "" when it is ok. */
static inline const char *error_code(const cJSON *response)
{
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(response, "error"), "code");
    return cJSON_IsString(code) ? code->valuestring : "";
}

static inline const char *error_path(const cJSON *response)
{
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(response, "error"), "path");
    return cJSON_IsString(path) ? path->valuestring : "";
}

/* The "result" member of an ok response, or NULL. */
static inline const cJSON *result_of(const cJSON *response)
{
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(response, "ok"))
               ? cJSON_GetObjectItemCaseSensitive(response, "result")
               : NULL;
}

#endif
