/* test_api.c - the boundary itself: envelope, dispatch, limits on requests. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/gp_limits.h"

static void test_version_matches_gp_version(void)
{
    cJSON *r = call_json("version", "{}");
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(result_of(r), "version");
    CHECK(cJSON_IsString(v));
    CHECK_STR(v->valuestring, gp_version());
    cJSON_Delete(r);
}

static void test_errors_carry_code_message_path(void)
{
    cJSON *r = call_json("no.such.method", "{}");
    CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r, "ok")));
    CHECK_STR(error_code(r), "unknown_method");
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(r, "error"), "message");
    CHECK(cJSON_IsString(message) && strstr(message->valuestring, "no.such.method"));
    CHECK(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(r, "error"), "path")));
    cJSON_Delete(r);
}

static void test_null_arguments_are_answered(void)
{
    char *text = gp_call(NULL, "{}");
    CHECK(text && strstr(text, "null_argument"));
    gp_free(text);
    text = gp_call("version", NULL);
    CHECK(text && strstr(text, "null_argument"));
    gp_free(text);
    gp_free(NULL);
}

static void test_malformed_requests(void)
{
    const char *bad[] = {"", "{", "{\"a\":}", "[1,2]", "nul", "{} {}", "{\"a\":1,}", "NaN", "{\"x\": NaN}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cJSON *r = call_json("version", bad[i]);
        const char *code = error_code(r);
        CHECK(strcmp(code, "invalid_json") == 0 || strcmp(code, "wrong_type") == 0);
        cJSON_Delete(r);
    }
    cJSON *r = call_json("version", "[1,2]");
    CHECK_STR(error_code(r), "wrong_type");
    cJSON_Delete(r);
}

static void test_invalid_utf8(void)
{
    cJSON *r = call_json("version", "{\"a\":\"\xC3\x28\"}");
    CHECK_STR(error_code(r), "invalid_utf8");
    cJSON_Delete(r);
    r = call_json("version", "{\"a\":\"\xED\xA0\x80\"}"); /* a UTF-16 surrogate */
    CHECK_STR(error_code(r), "invalid_utf8");
    cJSON_Delete(r);
    r = call_json("version", "{\"a\":\"caf\xC3\xA9 \xF0\x9F\x8E\xAF\"}");
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
}

/* True when every byte of S belongs to a whole UTF-8 sequence. */
static bool valid_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int len = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
        if (!len) return false;
        for (int k = 1; k < len; k++)
            if ((p[k] & 0xC0) != 0x80) return false;
        p += len;
    }
    return true;
}

static void test_error_messages_stay_valid_utf8(void)
{
    /* Quoting cuts user text to 40 characters; the 40th byte here starts 'é'. */
    char *text = gp_call("csv.measurements",
                         "{\"text\":\"date,value\\n2026-01-01,1\\n\",\"date_format\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u00e9\"}");
    CHECK(text && strstr(text, "\"ok\":false"));
    CHECK(text && valid_utf8(text));
    gp_free(text);
    /* A method name that is not UTF-8 is quoted in the unknown_method message. */
    text = gp_call("plan.\xC3", "{}");
    CHECK(text && strstr(text, "unknown_method") && valid_utf8(text));
    gp_free(text);
}

static char *nested(int depth)
{
    char *text = malloc((size_t)depth * 7 + 16);
    size_t n = 0;
    text[n++] = '{';
    for (int i = 1; i < depth; i++) n += (size_t)sprintf(text + n, "\"a\":{");
    for (int i = 0; i < depth; i++) text[n++] = '}';
    text[n] = '\0';
    return text;
}

static void test_depth_limit_at_and_past(void)
{
    char *at = nested(GP_MAX_DEPTH), *past = nested(GP_MAX_DEPTH + 1);
    cJSON *r = call_json("version", at);
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
    r = call_json("version", past);
    CHECK_STR(error_code(r), "too_deep");
    cJSON_Delete(r);
    /* Brackets inside strings do not count. */
    r = call_json("version", "{\"s\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}");
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
    free(at);
    free(past);
}

static void test_request_size_limit_at_and_past(void)
{
    size_t size = GP_MAX_REQUEST_BYTES;
    char *text = malloc(size + 2);
    memset(text, ' ', size + 1);
    text[0] = '{';
    text[size - 1] = '}';
    text[size] = '\0';
    cJSON *r = call_json("version", text);
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
    text[size - 1] = ' ';
    text[size] = '}';
    text[size + 1] = '\0';
    r = call_json("version", text);
    CHECK_STR(error_code(r), "request_too_large");
    cJSON_Delete(r);
    free(text);
}

/* gp_call_sized answers as gp_call does, and its lengths are the texts'. */
static void test_sized_call_gives_the_same_answer_and_its_length(void)
{
    static const struct {
        const char *method, *request;
    } calls[] = {
        {"version", "{}"},
        {"smart.evaluate", "{\"goal\":{\"statement\":\"Grow \\\"caf\u00e9\\\" sales by 10% by 31 Dec 2027\"},\"today\":\"2026-11-24\"}"},
        {"smart.evaluate", "{\"goal\":{\"statement\":7}}"},
        {"no.such.method", "{}"},
        {"version", "{\"a\":"},
    };
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
        char *whole = gp_call(calls[i].method, calls[i].request);
        size_t length = 12345;
        char *sized = gp_call_sized(calls[i].method, calls[i].request, strlen(calls[i].request), &length);
        CHECK(whole && sized);
        if (!whole || !sized) continue;
        CHECK_STR(sized, whole);
        CHECK(length == strlen(sized));
        gp_free(whole);
        gp_free(sized);
    }
    /* Only the given bytes are the request: "{}" of "{}garbage". */
    char text[] = "{}xx";
    text[2] = '\0';
    size_t length = 0;
    char *r = gp_call_sized("version", text, 2, &length);
    CHECK(r && strncmp(r, "{\"ok\":true", 10) == 0 && length == strlen(r));
    gp_free(r);
    /* No place for the length is fine, and a NULL request is still an error. */
    r = gp_call_sized("version", "{}", 2, NULL);
    CHECK(r && strncmp(r, "{\"ok\":true", 10) == 0);
    gp_free(r);
    r = gp_call_sized("version", NULL, 0, &length);
    CHECK(r && strstr(r, "null_argument") && length == strlen(r));
    gp_free(r);
}

int main(void)
{
    RUN(test_version_matches_gp_version);
    RUN(test_errors_carry_code_message_path);
    RUN(test_null_arguments_are_answered);
    RUN(test_malformed_requests);
    RUN(test_invalid_utf8);
    RUN(test_error_messages_stay_valid_utf8);
    RUN(test_depth_limit_at_and_past);
    RUN(test_request_size_limit_at_and_past);
    RUN(test_sized_call_gives_the_same_answer_and_its_length);
    return check_report();
}
