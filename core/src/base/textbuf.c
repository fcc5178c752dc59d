/* textbuf.c - growing text buffers, and messages and numbers as text. */
#include "textbuf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool reserve(gp_buf_t *b, size_t extra)
{
    if (b->failed) return false;
    if (extra > (size_t)-1 / 2 - b->len) return b->failed = true, false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need) cap *= 2;
    char *grown = realloc(b->data, cap);
    if (!grown) return b->failed = true, false;
    b->data = grown;
    b->cap = cap;
    return true;
}

void gp_buf_append(gp_buf_t *b, const char *s, size_t n)
{
    if (!reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void gp_buf_puts(gp_buf_t *b, const char *s) { gp_buf_append(b, s, strlen(s)); }

void gp_buf_printf(gp_buf_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *gp_buf_room(gp_buf_t *b, size_t extra) { return reserve(b, extra) ? b->data + b->len : NULL; }

const char *gp_buf_text(const gp_buf_t *b) { return b->data ? b->data : ""; }

bool gp_buf_failed(const gp_buf_t *b) { return b->failed; }

void gp_buf_free(gp_buf_t *b)
{
    if (!b) return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

size_t gp_vformat(char *out, size_t n, const char *fmt, va_list ap)
{
    int len = vsnprintf(out, n, fmt, ap);
    if (n == 0) return 0;
    if (len < 0) {
        out[0] = '\0';
        return 0;
    }
    return (size_t)len < n ? (size_t)len : n - 1;
}

size_t gp_format(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t len = gp_vformat(out, n, fmt, ap);
    va_end(ap);
    return len;
}

size_t gp_format_integer(long long v, char out[21]) { return gp_format(out, 21, "%lld", v); }

size_t gp_format_rounded(double v, char *out, size_t n) { return gp_format(out, n, "%.0f", v); }

void gp_format_number(double v, char out[32])
{
    /* The shortest text that reads back as exactly V, so an exported value
     * re-imports as the same double; plain digits rather than exponents in
     * the range people type, because spreadsheets and reports show this. */
    if (v == 0) v = 0; /* no "-0" */
    double mag = fabs(v);
    if (mag < 1e15 && v == floor(v)) {
        snprintf(out, 32, "%.0f", v);
        return;
    }
    int precision = 1;
    for (; precision < 17; precision++) { /* 17 significant digits always read back */
        snprintf(out, 32, "%.*g", precision, v);
        if (strtod(out, NULL) == v) break;
    }
    snprintf(out, 32, "%.*g", precision, v);
    if (mag >= 1e-4 && mag < 1e15 && strchr(out, 'e')) {
        int decimals = precision - 1 - (int)floor(log10(mag));
        snprintf(out, 32, "%.*f", decimals > 0 ? decimals : 0, v);
    }
}
