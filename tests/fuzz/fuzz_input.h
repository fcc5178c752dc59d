/* fuzz_input.h - how a fuzzer input becomes a gp_call: shared by the
 * libFuzzer harness (fuzz_gp_call.c) and the native replay of committed
 * crashers (tests/core/test_fuzz_regressions.c), so both read a file the
 * same way.
 *
 * Byte 0 chooses: its low four bits the method (modulo the method count),
 * its top bit whether the rest is the whole request (0) or text to wrap
 * into a request (1), and bits 4-6 which wrapper. Wrapping lets the fuzzer
 * work on CSV text, goal statements and plan files directly instead of
 * first having to write valid JSON around them. seed_corpus.py reads the
 * method list below to build seeds, so keep its one-name-per-line form. */
#ifndef GP_FUZZ_INPUT_H
#define GP_FUZZ_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const gp_fuzz_methods[] = {
    "version",
    "date.parse",
    "plan.new",
    "plan.validate",
    "plan.import",
    "plan.template",
    "plan.templates",
    "plan.summary",
    "plan.export_csv",
    "plan.export_markdown",
    "kpi.catalog",
    "smart.evaluate",
    "goal.progress",
    "csv.measurements",
    "plan.open",
};
enum { GP_FUZZ_METHOD_COUNT = sizeof gp_fuzz_methods / sizeof gp_fuzz_methods[0] };

/* Text before and after the JSON-escaped payload, by wrapper number. */
static const char *const gp_fuzz_wrappers[8][2] = {
    {"{\"text\":\"", "\"}"},
    {"{\"text\":\"", "\",\"date_format\":\"dmy\",\"delimiter\":\";\"}"},
    {"{\"goal\":{\"statement\":\"", "\"},\"today\":\"2026-05-01\"}"},
    {"{\"text\":\"", "\",\"today\":\"2026-05-01\"}"},
    {"{\"query\":\"", "\"}"},
    {"{\"name\":\"", "\",\"today\":\"2026-05-01\"}"},
    {"{\"text\":\"", "\",\"date_column\":0,\"value_column\":1,\"note_column\":2,\"kpi_column\":\"kpi\"}"},
    {"{\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"", "\"},\"today\":\"2026-05-01\"}"},
};

/* The request for DATA (SIZE bytes) as a new NUL-terminated string (free
 * it), with *METHOD set; NULL when SIZE is 0 or memory runs out. */
static inline char *gp_fuzz_request(const uint8_t *data, size_t size, const char **method)
{
    if (size == 0) return NULL;
    uint8_t selector = data[0];
    *method = gp_fuzz_methods[(selector & 0x0F) % GP_FUZZ_METHOD_COUNT];
    data++;
    size--;
    if (!(selector & 0x80)) {
        char *request = malloc(size + 1);
        if (!request) return NULL;
        if (size) memcpy(request, data, size);
        request[size] = '\0';
        return request;
    }
    const char *before = gp_fuzz_wrappers[(selector >> 4) & 7][0], *after = gp_fuzz_wrappers[(selector >> 4) & 7][1];
    size_t nb = strlen(before), na = strlen(after);
    char *request = malloc(nb + size * 6 + na + 1);
    if (!request) return NULL;
    size_t n = 0;
    memcpy(request, before, nb);
    n += nb;
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < size; i++) {
        uint8_t c = data[i];
        if (c == '"' || c == '\\') {
            request[n++] = '\\';
            request[n++] = (char)c;
        } else if (c < 0x20 || c == 0x7F) {
            /* Control characters escaped; bytes >= 0x80 pass through raw so
             * that UTF-8 (and broken UTF-8) reaches the core as written. */
            memcpy(request + n, "\\u00", 4);
            request[n + 4] = hex[c >> 4];
            request[n + 5] = hex[c & 15];
            n += 6;
        } else {
            request[n++] = (char)c;
        }
    }
    memcpy(request + n, after, na + 1);
    return request;
}

/* The harness's own strict UTF-8 check of a response, written apart from
 * the core's so that it does not share the core's mistakes. */
static inline bool gp_fuzz_utf8_valid(const unsigned char *s)
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

#endif
