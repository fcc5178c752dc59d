/* textbuf.c - growing text buffers, and messages and numbers written without printf. */
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

/* Text written into a fixed buffer, cut short where it is full. */
typedef struct {
    char *out;
    size_t room, len; /* room: bytes of text the buffer holds, without the NUL */
} sink_t;

static void sink_put(sink_t *s, const char *text, size_t n)
{
    if (n > s->room - s->len) n = s->room - s->len;
    memcpy(s->out + s->len, text, n);
    s->len += n;
}

/* N / 10^K as plain decimal text: "-12.05" for (1205, 2, negative). OUT
 * needs room for the sign, the digits, the point and the NUL (21 bytes for a
 * whole long long, 32 for any K <= 21). Returns the length written. */
static size_t write_scaled(uint64_t n, int k, bool negative, char *out)
{
    char digits[24]; /* last digit first */
    int len = 0;
    /* Eight digits at a time in 32 bits: wasm divides 64-bit numbers with a
     * slow instruction even by a constant, and answers hold many numbers. */
    while (n >= 100000000u) {
        uint32_t eight = (uint32_t)(n % 100000000u);
        n /= 100000000u;
        for (int i = 0; i < 8; i++, eight /= 10) digits[len++] = (char)('0' + eight % 10);
    }
    uint32_t rest = (uint32_t)n;
    do {
        digits[len++] = (char)('0' + rest % 10);
        rest /= 10;
    } while (rest);
    while (len <= k) digits[len++] = '0';
    char *p = out;
    if (negative) *p++ = '-';
    for (int i = len - 1; i >= 0; i--) {
        *p++ = digits[i];
        if (i == k && k > 0) *p++ = '.';
    }
    *p = '\0';
    return (size_t)(p - out);
}

size_t gp_format_integer(long long v, char out[21])
{
    unsigned long long magnitude = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    return write_scaled(magnitude, 0, v < 0, out);
}

size_t gp_format_rounded(double v, char *out, size_t n)
{
    /* Below 1e15 every whole double fits a long long, and rint rounds as
     * printf does (ties to even, in the default rounding mode). */
    if (!isfinite(v) || fabs(v) >= 1e15 || n < 22) {
        int len = snprintf(out, n, "%.0f", v);
        return len < 0 || n == 0 ? 0 : (size_t)len < n ? (size_t)len : n - 1;
    }
    size_t len = 0;
    if (signbit(v)) out[len++] = '-';
    return len + gp_format_integer((long long)rint(fabs(v)), out + len);
}

/* The bytes of TEXT that "%.<PRECISION>s" writes; PRECISION < 0: all. */
static size_t string_bytes(const char *text, long precision)
{
    if (precision < 0) return strlen(text);
    size_t n = 0;
    while (n < (size_t)precision && text[n]) n++;
    return n;
}

size_t gp_vformat(char *out, size_t n, const char *fmt, va_list ap)
{
    va_list whole;
    va_copy(whole, ap); /* for vsnprintf, should a conversion need it */
    sink_t s = {out, n - 1, 0};
    const char *f = fmt;
    for (;;) {
        const char *literal = f, *percent = strchr(f, '%');
        f = percent ? percent : f + strlen(f);
        sink_put(&s, literal, (size_t)(f - literal));
        if (!*f) break;
        f++;
        long precision = -1;
        if (f[0] == '.' && f[1] >= '0' && f[1] <= '9')
            for (precision = 0, f++; *f >= '0' && *f <= '9'; f++) precision = precision * 10 + (*f - '0');
        char number[22];
        double rounded;
        if (*f == 's') {
            const char *text = va_arg(ap, const char *);
            if (!text) text = "(null)"; /* as the C library writes it */
            sink_put(&s, text, string_bytes(text, precision));
            f++;
        } else if (precision < 0 && *f == '%') {
            sink_put(&s, "%", 1);
            f++;
        } else if (precision < 0 && *f == 'd') {
            sink_put(&s, number, gp_format_integer(va_arg(ap, int), number));
            f++;
        } else if (precision < 0 && f[0] == 'l' && f[1] == 'd') {
            sink_put(&s, number, gp_format_integer(va_arg(ap, long), number));
            f += 2;
        } else if (precision == 0 && *f == 'f' && (rounded = va_arg(ap, double), fabs(rounded) < 1e15)) {
            sink_put(&s, number, gp_format_rounded(rounded, number, sizeof number)); /* at most 16 digits and a sign */
            f++;
        } else {
            vsnprintf(out, n, fmt, whole);
            va_end(whole);
            return strlen(out);
        }
    }
    out[s.len] = '\0';
    va_end(whole);
    return s.len;
}

size_t gp_format(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t len = gp_vformat(out, n, fmt, ap);
    va_end(ap);
    return len;
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

/* 10^K for 0 <= K <= 19, exact in a double (every 10^K up to 10^22 is). */
static const double exact_ten[20] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,
                                     1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19};

/* The decimals *K that give V (1e-4 <= V < 1e15) 15 significant digits, and
 * V·10^K rounded once (*SCALED, in [1e14, 1e15)); false at the edge. */
static bool fifteen_digits(double v, int *k, double *scaled)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int e2 = (int)((bits >> 52) & 0x7ff) - 1023; /* 2^e2 <= V < 2^(e2+1) */
    int d = 14 - (int)floor(e2 * 0.30102999566398120); /* maybe one off, put right below */
    if (d < 0 || d > 19) return false;
    double x = v * exact_ten[d];
    if (x >= 1e15 && d > 0) x = v * exact_ten[--d];
    else if (x < 1e14 && d < 19) x = v * exact_ten[++d];
    *k = d;
    *scaled = x;
    return x >= 1e14 && x < 1e15;
}

/* V written with K decimals when the decimal of 15 significant digits
 * nearest V (about SCALED / 10^K) reads back as V, which is so for most
 * values people type or compute from them: in this range 15-digit decimals
 * and doubles map one to one (10^15 < 2^53) and none lies on the boundary
 * between two doubles, so it is the text write_plain would find, from a few
 * double operations instead of 128-bit products (software in wasm). */
static bool write_short(double v, int k, double scaled, bool negative, char out[32])
{
    uint64_t n = (uint64_t)(scaled + 0.5); /* exact: below 2^50 the sum needs no rounding */
    if ((double)n / exact_ten[k] != v) return false; /* correctly rounded, as strtod reads it */
    while (k > 0 && n % 10 == 0) {
        n /= 10;
        k--;
    }
    write_scaled(n, k, negative, out);
    return true;
}

/* V (1e-4 <= V < 1e15) as the decimal with the fewest decimals K strictly
 * inside V's interval, the one nearest V among those. A K that works still
 * works with a trailing zero, so the smallest is found by search: a few
 * 128-bit products, which wasm computes in software, instead of one round
 * per decimal. HINT is the likeliest K (the decimals of 16 digits, for a
 * value that has none of 15) or -1: it and its neighbour settle most. */
static bool write_plain(double v, int hint, bool negative, char out[32])
{
    int exponent;
    uint64_t m = (uint64_t)ldexp(frexp(v, &exponent), 53);
    interval_t in = {.mid = (wide_t)m << 2, .s = (unsigned)(55 - exponent)};
    in.lo = in.mid - (m == (uint64_t)1 << 52 ? 1 : 2);
    in.hi = in.mid + 2;
    wide_t first, last;
    int low = 0, high = 21; /* 17 significant digits always suffice: K = 21 works */
    for (int step = 0; low < high; step++) {
        int k = (low + high) / 2;
        if (step == 0 && hint >= 0 && hint < 21) k = hint;
        else if (step == 1 && hint >= 0) k = high == hint ? hint - 1 : low; /* next to the first answer */
        inside(&in, power_of_ten(k), &first, &last);
        if (first <= last) high = k;
        else low = k + 1;
    }
    inside(&in, power_of_ten(low), &first, &last);
    if (first > last) return false;
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
    /* Whole numbers, most of all: no search (and no call to floor, which
     * is a call on x86-64 without SSE4.1). */
    if ((mag == 0 || mag >= 1) && mag < 1e15 && (double)(uint64_t)mag == mag) {
        write_scaled((uint64_t)mag, 0, v < 0, out);
        return;
    }
    if (mag >= 1e-4 && mag < 1e15) {
        int k;
        double scaled;
        bool fifteen = fifteen_digits(mag, &k, &scaled);
        if (fifteen && write_short(mag, k, scaled, v < 0, out)) return;
        if (write_plain(mag, fifteen ? k + 1 : -1, v < 0, out)) return;
    }
    for (int precision = 1; precision <= 17; precision++) { /* 17 digits always read back */
        snprintf(out, 32, "%.*g", precision, v);
        if (strtod(out, NULL) == v) return;
    }
}
