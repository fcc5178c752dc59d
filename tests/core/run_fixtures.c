/* run_fixtures.c - runs one tests/fixtures/*.json file of request/expectation
 * cases through gp_call and writes every response, as text, to OUT_FILE so
 * that the wasm tests can check they are byte-identical.
 *
 *   run_fixtures FIXTURE.json OUT_FILE
 *
 * A case: {"name", "method", "request": {...} | "request_text": "...",
 *          "expect": {...}} where "expect" is matched as a subset of the
 * response (see fixture_match.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cJSON.h"
#include "fixture_match.h"
#include "goalpost.h"
#include "read_all.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: run_fixtures FIXTURE.json OUT_FILE\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    char *text = in ? gp_read_all(in) : NULL;
    if (in) fclose(in);
    cJSON *doc = text ? cJSON_Parse(text) : NULL;
    free(text);
    const cJSON *cases = cJSON_GetObjectItemCaseSensitive(doc, "cases");
    if (!cJSON_IsArray(cases) || cJSON_GetArraySize(cases) == 0) {
        fprintf(stderr, "%s: no \"cases\" list\n", argv[1]);
        return 2;
    }
    cJSON *responses = cJSON_CreateObject();
    int failed = 0, count = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cases) {
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(c, "name");
        const cJSON *method = cJSON_GetObjectItemCaseSensitive(c, "method");
        const cJSON *request = cJSON_GetObjectItemCaseSensitive(c, "request");
        const cJSON *request_text = cJSON_GetObjectItemCaseSensitive(c, "request_text");
        const cJSON *expect = cJSON_GetObjectItemCaseSensitive(c, "expect");
        if (!cJSON_IsString(name) || !cJSON_IsString(method) || !expect) {
            fprintf(stderr, "%s: case %d lacks name, method or expect\n", argv[1], count);
            return 2;
        }
        char *printed = cJSON_IsString(request_text) ? NULL : cJSON_PrintUnformatted(request);
        const char *req = cJSON_IsString(request_text) ? request_text->valuestring : printed ? printed : "{}";
        char *response_text = gp_call(method->valuestring, req);
        cJSON *response = cJSON_Parse(response_text);
        char where[256] = "response";
        count++;
        if (!response || !fixture_match(expect, response, where, sizeof where)) {
            failed++;
            fprintf(stderr, "FAIL %s: mismatch at %s\n  response: %.2000s\n", name->valuestring, where,
                    response_text);
        } else {
            printf("ok   %s\n", name->valuestring);
        }
        cJSON_AddStringToObject(responses, name->valuestring, response_text);
        cJSON_Delete(response);
        gp_free(response_text);
        free(printed);
    }
    char *out_text = cJSON_Print(responses);
    FILE *out = fopen(argv[2], "wb");
    if (!out || fputs(out_text, out) < 0) {
        fprintf(stderr, "cannot write %s\n", argv[2]);
        failed++;
    }
    if (out) fclose(out);
    free(out_text);
    cJSON_Delete(responses);
    cJSON_Delete(doc);
    printf("%d cases, %d failed\n", count, failed);
    return failed ? 1 : 0;
}
