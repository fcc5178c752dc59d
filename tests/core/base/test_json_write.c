/* test_json_write.c - response text: shortest exact numbers, escaping, and
 * numbers surviving gp_call unchanged. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "random.h"
#include "base/json_write.h"
#include "base/textbuf.h"

/* Significant digits in "%g"-style or plain text: from the first non-zero
 * digit to the last non-zero one before any exponent. */
static int significant_digits(const char *text)
{
    int count = 0, pending_zeros = 0;
    bool started = false;
    for (const char *p = text; *p && *p != 'e'; p++) {
        if (*p < '0' || *p > '9') continue;
        if (*p != '0') started = true;
        if (!started) continue;
        if (*p == '0') {
            pending_zeros++;
        } else {
            count += pending_zeros + 1;
            pending_zeros = 0;
        }
    }
    return count;
}

/* The fewest significant digits that read back as V, found the slow way. */
static int reference_digits(double v)
{
    char text[40];
    for (int p = 1; p < 17; p++) {
        snprintf(text, sizeof text, "%.*g", p, v);
        if (strtod(text, NULL) == v) return p;
    }
    return 17;
}

static void test_numbers_are_exact_and_shortest(void)
{
    uint64_t state = 0x2545F4914F6CDD1Du;
    int wrong = 0, longer = 0, exponents = 0;
    for (int i = 0; i < 200000; i++) {
        /* Any 53-bit mantissa between 2^-13 and 2^49 (the plain range), a
         * value with two decimals, as people type them, or a ratio of two
         * such, as progress works them out (most of those, and of the typed
         * ones, take the 15-digit shortcut; the rest the exact search). */
        uint64_t r = next_random(&state);
        double v = i % 3 == 0   ? ldexp((double)(r >> 11), -(int)(r % 62) - 3)
                   : i % 3 == 1 ? (double)(int64_t)(r >> 24) / 100.0
                                : (double)(r >> 34) / 100.0 / (double)(1 + (r & 0xFFFF));
        if (r & 1) v = -v;
        char text[32];
        gp_format_number(v, text);
        if (strtod(text, NULL) != v) wrong++;
        if (significant_digits(text) > reference_digits(v)) longer++;
        double mag = fabs(v);
        if (mag >= 1e-4 && mag < 1e15 && strchr(text, 'e')) exponents++;
    }
    CHECK(wrong == 0);
    CHECK(longer == 0);
    CHECK(exponents == 0);
}

static void test_number_texts(void)
{
    static const struct {
        double value;
        const char *text;
    } cases[] = {
        {0.30000000000000004, "0.30000000000000004"}, /* cJSON wrote 0.3 */
        {0.1, "0.1"},
        {1e-4, "0.0001"},
        {0.000123, "0.000123"},
        {-2.5, "-2.5"},
        {1397.2559194389382, "1397.2559194389382"},
        {999999999999999.9, "999999999999999.9"},
        {1e15, "1e+15"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-0.0, "0"},
        {18875, "18875"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[32];
        gp_format_number(cases[i].value, text);
        CHECK_STR(text, cases[i].text);
    }
}

static void test_escaping_and_shapes(void)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "say \"hi\"", "a\\b\n\t\r\b\f\x01 caf\xC3\xA9 </script>");
    cJSON_AddItemToObject(root, "list", cJSON_CreateArray());
    cJSON_AddItemToObject(root, "empty", cJSON_CreateObject());
    cJSON *values = cJSON_AddArrayToObject(root, "values");
    cJSON_AddItemToArray(values, cJSON_CreateNumber(NAN));
    cJSON_AddItemToArray(values, cJSON_CreateNumber(INFINITY));
    cJSON_AddItemToArray(values, cJSON_CreateNull());
    cJSON_AddItemToArray(values, cJSON_CreateTrue());
    cJSON_AddItemToArray(values, cJSON_CreateFalse());
    cJSON_AddItemToArray(values, cJSON_CreateNumber(12.5));
    /* A long plain run ending in an escape. */
    cJSON_AddStringToObject(root, "long", "abcdefghijklmnopqrstuvwxyz0123456789\"x");
    char *text = gp_json_write(root, NULL);
    CHECK_STR(text, "{\"say \\\"hi\\\"\":\"a\\\\b\\n\\t\\r\\b\\f\\u0001 caf\xC3\xA9 </script>\","
                    "\"list\":[],\"empty\":{},\"values\":[null,null,null,true,false,12.5],"
                    "\"long\":\"abcdefghijklmnopqrstuvwxyz0123456789\\\"x\"}");
    /* What was written reads back as the same tree. */
    cJSON *back = text ? cJSON_Parse(text) : NULL;
    CHECK(back != NULL);
    const cJSON *say = cJSON_GetObjectItemCaseSensitive(back, "say \"hi\"");
    CHECK(cJSON_IsString(say) && strcmp(say->valuestring, cJSON_GetObjectItemCaseSensitive(root, "say \"hi\"")->valuestring) == 0);
    cJSON_Delete(back);
    free(text);
    cJSON_Delete(root);
}

/* JSON string of the N bytes at S, one byte at a time: the reference. */
static void escape_slowly(const char *s, size_t n, char *out)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *out++ = '\\';
            *out++ = (char)c;
        } else if (c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') {
            *out++ = '\\';
            *out++ = c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c == '\b' ? 'b' : 'f';
        } else if (c < 0x20) {
            memcpy(out, "\\u00", 4);
            out[4] = hex[c >> 4];
            out[5] = hex[c & 15];
            out += 6;
        } else {
            *out++ = (char)c;
        }
    }
    *out++ = '"';
    *out = '\0';
}

/* Every length up to 48 with one byte of each kind at every place, and two
 * apart: the first, the last and neighbouring escapes. */
static void test_escaping_at_every_place(void)
{
    static const unsigned char kinds[] = {'"', '\\', '\n', 0x01, 0x1F, 0x20, 0x7F, 0xC3, 'x'};
    char text[64], expected[64 * 6 + 3];
    int wrong = 0;
    for (size_t n = 0; n <= 48; n++) {
        for (size_t at = 0; at < n; at++) {
            for (size_t k = 0; k < sizeof kinds; k++) {
                for (size_t gap = 0; gap <= 2; gap += 2) {
                    memset(text, 'a', n);
                    text[at] = (char)kinds[k];
                    if (at + gap < n) text[at + gap] = (char)kinds[(k + 1) % sizeof kinds];
                    escape_slowly(text, n, expected);
                    text[n] = '\0';
                    cJSON *item = cJSON_CreateString(text);
                    char *written = item ? gp_json_write(item, NULL) : NULL;
                    if (!written || strcmp(written, expected) != 0) {
                        if (wrong++ < 5) fprintf(stderr, "  length %zu, byte %02x at %zu: got %s\n", n, kinds[k], at, written ? written : "(null)");
                    }
                    free(written);
                    cJSON_Delete(item);
                }
            }
        }
    }
    CHECK(wrong == 0);
}

/* A number a user stored comes back from the core exactly as it went in. */
static void test_numbers_survive_gp_call(void)
{
    char *response = gp_call("plan.validate",
                             "{\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"Plan\",\"kpis\":[{\"id\":\"k\",\"name\":\"Rate\","
                             "\"measurements\":[{\"date\":\"2026-01-02\",\"value\":0.30000000000000004},"
                             "{\"date\":\"2026-01-03\",\"value\":1234567.891}]}]}}");
    CHECK(response && strstr(response, "\"value\":0.30000000000000004") != NULL);
    CHECK(response && strstr(response, "\"value\":1234567.891") != NULL);
    gp_free(response);
}

int main(void)
{
    RUN(test_numbers_are_exact_and_shortest);
    RUN(test_number_texts);
    RUN(test_escaping_and_shapes);
    RUN(test_escaping_at_every_place);
    RUN(test_numbers_survive_gp_call);
    return check_report();
}
