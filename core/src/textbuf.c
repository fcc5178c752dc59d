/* textbuf.c - growing text buffers and exact number text for the exporters. */
#include "textbuf.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
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

/* N / 10^K as plain decimal text: "-12.05" for (1205, 2, negative). */
static void write_scaled(uint64_t n, int k, bool negative, char out[32])
{
    char digits[24];
    int len = 0;
    do {
        digits[len++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    while (len <= k) digits[len++] = '0';
    char *p = out;
    if (negative) *p++ = '-';
    for (int i = len - 1; i >= 0; i--) {
        *p++ = digits[i];
        if (i == k && k > 0) *p++ = '.';
    }
    *p = '\0';
}

__extension__ typedef unsigned __int128 wide_t;

/* The interval of reals that read back as one double V = M·2^E (M of 53
 * bits): its ends LO and HI and V itself (MID) over 2^S, with S = 2 - E (the
 * gap below a power of two is half the gap above). */
typedef struct {
    wide_t lo, mid, hi;
    unsigned s;
} interval_t;

/* 10^K for 0 <= K <= 21. */
static wide_t power_of_ten(int k)
{
    static const uint64_t small[20] = {
        1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
        10000000000u, 100000000000u, 1000000000000u, 10000000000000u, 100000000000000u,
        1000000000000000u, 10000000000000000u, 100000000000000000u, 1000000000000000000u,
        10000000000000000000u};
    return k < 20 ? (wide_t)small[k] : (wide_t)small[19] * (k == 20 ? 10u : 100u);
}

/* The integers N with LO·10^K < N·2^S < HI·10^K: *FIRST..*LAST, empty when
 * *FIRST > *LAST. With E >= -66 and K <= 21 every product fits in 128 bits. */
static void inside(const interval_t *in, wide_t scale, wide_t *first, wide_t *last)
{
    wide_t top = in->hi * scale;
    *first = ((in->lo * scale) >> in->s) + 1;
    *last = (top >> in->s) - ((top & (((wide_t)1 << in->s) - 1)) == 0);
}

/* V (1e-4 <= V < 1e15) as the decimal with the fewest decimals K strictly
 * inside V's interval, the one nearest V among those. A K that works still
 * works with a trailing zero, so the smallest is found by bisection: a few
 * 128-bit products, which wasm computes in software, instead of one round
 * per decimal. */
static bool write_plain(double v, bool negative, char out[32])
{
    int exponent;
    uint64_t m = (uint64_t)ldexp(frexp(v, &exponent), 53);
    interval_t in = {.mid = (wide_t)m << 2, .s = (unsigned)(55 - exponent)};
    in.lo = in.mid - (m == (uint64_t)1 << 52 ? 1 : 2);
    in.hi = in.mid + 2;
    wide_t first, last;
    int low = 0, high = 21; /* 17 significant digits always suffice: K = 21 works */
    inside(&in, power_of_ten(high), &first, &last);
    if (first > last) return false;
    while (low < high) {
        int k = (low + high) / 2;
        inside(&in, power_of_ten(k), &first, &last);
        if (first <= last) high = k;
        else low = k + 1;
    }
    inside(&in, power_of_ten(low), &first, &last);
    wide_t n = (in.mid * power_of_ten(low) + ((wide_t)1 << (in.s - 1))) >> in.s;
    if (n < first) n = first;
    if (n > last) n = last;
    write_scaled((uint64_t)n, low, negative, out);
    return true;
}

void gp_format_number(double v, char out[32])
{
    /* The shortest text that reads back as exactly V, so an exported value
     * re-imports as the same double; plain digits rather than exponents in
     * the range people type, because spreadsheets and reports show this. */
    if (v == 0) v = 0; /* no "-0" */
    double mag = v < 0 ? -v : v;
    if (mag >= 1 && mag < 1e15 && mag == floor(mag)) { /* whole numbers, most of all: no search */
        write_scaled((uint64_t)mag, 0, v < 0, out);
        return;
    }
    if (mag >= 1e-4 && mag < 1e15 && write_plain(mag, v < 0, out)) return;
    for (int precision = 1; precision <= 17; precision++) { /* 17 digits always read back */
        snprintf(out, 32, "%.*g", precision, v);
        if (strtod(out, NULL) == v) return;
    }
}
