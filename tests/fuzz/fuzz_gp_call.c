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

static bool utf8_valid(const unsigned char *s)
{
    while (*s) {
        unsigned char c = *s;
        size_t len;
        unsigned cp, min;
        if (c < 0x80) { s++; continue; }
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1Fu, min = 0x80;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0Fu, min = 0x800;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07u, min = 0x10000;
        else return false;
        for (size_t k = 1; k < len; k++) {
            if ((s[k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        s += len;
    }
    return true;
}

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
    if (!utf8_valid((const unsigned char *)response)) broken_promise(method, "the response is not valid UTF-8", response);
    cJSON_Delete(parsed);
    gp_free(response);
    return 0;
}
