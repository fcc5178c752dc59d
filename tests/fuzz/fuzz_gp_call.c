/* fuzz_gp_call.c - libFuzzer harness over gp_call, every method (see
 * fuzz_input.h for how an input picks the method and the request).
 *
 * Besides crashes, leaks and sanitizer reports, it aborts when a response
 * breaks the boundary's promise: gp_call always answers, with JSON of the
 * form {"ok":true,"result":...} or {"ok":false,"error":{...}}, in valid
 * UTF-8 (the web shell decodes it as UTF-8 text). Run it with
 * tests/fuzz/run.sh SECONDS (./build.sh fuzz [SECONDS]). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cJSON.h"
#include "fuzz_input.h"
#include "goalpost.h"

static void broken_promise(const char *method, const char *why, const char *response)
{
    fprintf(stderr, "gp_call(%s): %s\nresponse: %.500s\n", method, why, response ? response : "(null)");
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *method = NULL;
    char *request = gp_fuzz_request(data, size, &method);
    if (!request) return 0;
    char *response = gp_call(method, request);
    free(request);
    if (!response) broken_promise(method, "no response", NULL);
    cJSON *parsed = cJSON_Parse(response);
    const cJSON *ok = cJSON_GetObjectItemCaseSensitive(parsed, "ok");
    if (!parsed || !cJSON_IsBool(ok)) broken_promise(method, "the response is not an {\"ok\":...} object", response);
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(parsed, cJSON_IsTrue(ok) ? "result" : "error");
    if (!body) broken_promise(method, "the response has no result or error", response);
    if (!gp_fuzz_utf8_valid((const unsigned char *)response)) broken_promise(method, "the response is not valid UTF-8", response);
    cJSON_Delete(parsed);
    gp_free(response);
    return 0;
}
