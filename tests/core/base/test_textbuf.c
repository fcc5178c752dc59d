/* test_textbuf.c - the printf-free formatting helpers (gp_format, gp_vformat,
 * gp_format_rounded, gp_format_integer) against the C library's snprintf:
 * fixed-seed pseudo-random inputs by the hundred thousand, then the edges
 * printf is known by (cut-short buffers, extremes, ties, signed zero).
 *
 * Every helper writes to the very end of a static block, so AddressSanitizer
 * reports a single byte written past the size it was given. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "random.h"
#include "base/textbuf.h"

enum { BLOCK = 1024, SHOWN = 8 };

static char out_block[BLOCK];

/* The last N bytes of the block: where a helper is given N bytes. */
static char *tail(size_t n) { return out_block + BLOCK - n; }

/* The bytes before the first NUL among ACTUAL's N. */
static int text_length(const char *actual, size_t n)
{
    const char *nul = memchr(actual, '\0', n);
    return (int)(nul ? (size_t)(nul - actual) : n);
}

/* Whether the N-byte ACTUAL holds the same NUL-terminated text as EXPECTED;
 * prints the first few that do not. */
static bool same_text(const char *what, const char *input, size_t n, const char *expected, const char *actual, int *shown)
{
    bool same = memchr(actual, '\0', n) != NULL && strcmp(actual, expected) == 0;
    if (!same && (*shown)++ < SHOWN)
        fprintf(stderr, "  %s(\"%s\", n=%zu): expected \"%s\", got \"%.*s\"\n", what, input, n, expected,
                text_length(actual, n), actual);
    return same;
}

/* ---- gp_vformat / gp_format against vsnprintf --------------------------- */

/* Formats the arguments with vsnprintf into EXPECTED and with gp_vformat into
 * the last N bytes of the block; returns vsnprintf's whole length. */
/* Calls where gp_vformat's returned length was not that of its text. */
static int format_length_errors;

static int format_both(char *expected, size_t n, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int format_both(char *expected, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int whole = vsnprintf(expected, n, fmt, ap);
    va_end(ap);
    va_start(ap, fmt);
    size_t len = gp_vformat(tail(n), n, fmt, ap);
    va_end(ap);
    if (len != strlen(tail(n))) {
        format_length_errors++;
        if (format_length_errors <= 5)
            fprintf(stderr, "  gp_vformat(\"%s\", n=%zu) returned %zu for \"%s\"\n", fmt, n, len, tail(n));
    }
    return whole;
}

/* The argument lists random formats are written for: a format converts a
 * prefix of one (S string, I int, L long, D double) and C ignores the rest. */
static const char *const arg_orders[] = {"SSSSSS", "SILSIL", "ILSDS", "LDIS"};

typedef struct {
    char s[4][64];
    int i[2];
    long l[2];
    double d;
} format_args_t;

static int format_with_args(char *expected, size_t n, const char *fmt, int order, const format_args_t *a)
{
    switch (order) {
    case 0: return format_both(expected, n, fmt, a->s[0], a->s[1], a->s[2], a->s[3], a->s[0], a->s[1]);
    case 1: return format_both(expected, n, fmt, a->s[0], a->i[0], a->l[0], a->s[1], a->i[1], a->l[1]);
    case 2: return format_both(expected, n, fmt, a->i[0], a->l[0], a->s[0], a->d, a->s[1]);
    default: return format_both(expected, n, fmt, a->l[0], a->d, a->i[0], a->s[0]);
    }
}

static void random_string(uint64_t *state, char out[64])
{
    static const char alphabet[] = "abcxyzABC 019%-.,:/\xC3\xA9\xE2\x86\x92";
    uint64_t r = next_random(state);
    size_t len = r % 4 == 0 ? 0 : r % 4 == 1 ? r >> 8 & 7 : r >> 8 & 63;
    for (size_t k = 0; k < len; k++) {
        if (k % 8 == 0) r = next_random(state); /* eight bytes of text from each */
        out[k] = alphabet[(r >> (k % 8 * 8) & 0xFF) % (sizeof alphabet - 1)];
    }
    out[len] = '\0';
}

/* A magnitude of 0 to BITS - 1 bits, either sign, and now and then MIN or MAX. */
static long long random_integer(uint64_t *state, int bits, long long min, long long max)
{
    uint64_t r = next_random(state);
    switch (r % 16) {
    case 0: return min;
    case 1: return max;
    case 2: return (long long)(r >> 8 & 3) - 1; /* -1, 0, 1, 2 */
    default: {
        int width = 1 + (int)((r >> 4) % (uint64_t)bits);
        long long magnitude = (long long)(next_random(state) >> (64 - width) >> 1); /* width - 1 bits */
        return r & 8 ? -magnitude : magnitude;
    }
    }
}

/* Two-decimal amounts, ties at a half, the 9.995 kind that rounds up a digit,
 * and one in nine any bit pattern at all (infinities, NaNs, subnormals). */
static double random_double(uint64_t *state)
{
    uint64_t r = next_random(state);
    double v;
    switch (r % 9 / 2) {
    case 0: v = (double)(int64_t)(r >> 20) / 100.0; break;
    case 1: v = (double)(r >> 12 & 0xFFFFFFF) + 0.5; break;
    case 2: v = pow(10.0, (double)(r >> 8 & 15)) - 0.005; break;
    case 3: v = ldexp((double)(r >> 11), -(int)(r >> 4 & 127)); break;
    default: memcpy(&v, &r, sizeof v);
    }
    return r & (1u << 5) ? -v : v;
}

static void append(char *fmt, size_t *len, const char *piece)
{
    size_t n = strlen(piece);
    memcpy(fmt + *len, piece, n + 1);
    *len += n;
}

/* One conversion for an argument of KIND: mostly the ones gp_vformat writes
 * itself, one in eight of those it hands to vsnprintf. */
static void append_conversion(uint64_t *state, char kind, char *fmt, size_t *len)
{
    static const char *const own_s[] = {"%s", "%s", "%.0s", "%.3s", "%.05s", "%.17s", "%.100s"};
    static const char *const other_s[] = {"%8s", "%-6s|", "%.s", "%12.4s"};
    static const char *const other_i[] = {"%i", "%5d", "%-4d|", "%+d", "% d", "%05d", "%.3d", "%.0d"};
    static const char *const other_l[] = {"%li", "%21ld", "%+ld", "%.4ld", "%-3ld|"};
    /* %.0f (and %.00f) gp_vformat writes itself; the rest go to vsnprintf. */
    static const char *const doubles[] = {"%.0f", "%.0f", "%.00f", "%f", "%.2f", "%g", "%e", "%.3g", "%10.4f", "%a"};
    uint64_t r = next_random(state);
    bool own = r % 8 != 0;
    const char *conversion;
    r >>= 3;
    switch (kind) {
    case 'S': conversion = own ? own_s[r % 7] : other_s[r % 4]; break;
    case 'I': conversion = own ? "%d" : other_i[r % 8]; break;
    case 'L': conversion = own ? "%ld" : other_l[r % 5]; break;
    default: conversion = doubles[r % (sizeof doubles / sizeof doubles[0])];
    }
    append(fmt, len, conversion);
}

static void append_literal(uint64_t *state, char *fmt, size_t *len)
{
    static const char *const pieces[] = {"", "", "a", " ", "= ", "%%", "%%d", "%%.5s", "100%% ",
                                         "x y", "\xC3\xA9", "\xE2\x86\x92", ".", "-", "s", "ld", "(", ")"};
    append(fmt, len, pieces[next_random(state) % (sizeof pieces / sizeof pieces[0])]);
}

enum { RANDOM_FORMATS = 50000 };

/* Each random format twice: with room for all of it, then cut at one size of
 * exact fit, one short, 1, or anything up to a little past the end. */
static void test_format_matches_vsnprintf(void)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    int shown = 0, wrong = 0;
    char expected[BLOCK];
    for (int c = 0; c < RANDOM_FORMATS; c++) {
        int order = (int)(next_random(&state) % 4);
        const char *kinds = arg_orders[order];
        size_t used = next_random(&state) % (strlen(kinds) + 1), len = 0;
        char fmt[256];
        fmt[0] = '\0';
        append_literal(&state, fmt, &len);
        for (size_t k = 0; k < used; k++) {
            append_conversion(&state, kinds[k], fmt, &len);
            append_literal(&state, fmt, &len);
        }
        format_args_t a;
        for (int k = 0; k < 4; k++) random_string(&state, a.s[k]);
        for (int k = 0; k < 2; k++) {
            a.i[k] = (int)random_integer(&state, 32, INT_MIN, INT_MAX);
            a.l[k] = (long)random_integer(&state, 64, LONG_MIN, LONG_MAX);
        }
        a.d = random_double(&state);

        size_t whole = (size_t)format_with_args(expected, BLOCK, fmt, order, &a);
        if (!same_text("gp_vformat", fmt, BLOCK, expected, tail(BLOCK), &shown)) wrong++;
        uint64_t r = next_random(&state);
        size_t n = r % 4 == 0 ? whole + 1 : r % 4 == 1 ? whole : r % 8 == 2 ? 1 : 1 + (r >> 3) % (whole + 4);
        if (n < 1) n = 1;
        format_with_args(expected, n, fmt, order, &a);
        if (!same_text("gp_vformat", fmt, n, expected, tail(n), &shown)) wrong++;
    }
    CHECK(wrong == 0);
    CHECK(format_length_errors == 0);
}

static void test_format_empty_and_literal(void)
{
    gp_format(tail(1), 1, "%s", "");
    CHECK_STR(tail(1), "");
    gp_format(tail(8), 8, "%s", "");
    CHECK_STR(tail(8), "");
    gp_format(tail(8), 8, "%s%s%s", "", "", "");
    CHECK_STR(tail(8), "");
    gp_format(tail(16), 16, "plain text");
    CHECK_STR(tail(16), "plain text");
    gp_format(tail(16), 16, "%%%%%s%%", "");
    CHECK_STR(tail(16), "%%%");
}

/* "abc" "xyz" "def": 9 bytes of text, so 10 fit exactly and 9 are one short. */
static void test_format_exact_fit_and_one_short(void)
{
    gp_format(tail(10), 10, "abc%sdef", "xyz");
    CHECK_STR(tail(10), "abcxyzdef");
    gp_format(tail(9), 9, "abc%sdef", "xyz");
    CHECK_STR(tail(9), "abcxyzde");
    gp_format(tail(7), 7, "abc%sdef", "xyz"); /* cut at the end of the argument */
    CHECK_STR(tail(7), "abcxyz");
    gp_format(tail(4), 4, "abc%sdef", "xyz"); /* cut at the start of the argument */
    CHECK_STR(tail(4), "abc");
    gp_format(tail(2), 2, "abc%sdef", "xyz");
    CHECK_STR(tail(2), "a");
    gp_format(tail(1), 1, "abc%sdef", "xyz");
    CHECK_STR(tail(1), "");
    gp_format(tail(14), 14, "%d/%ld", -12345, 678901L); /* 13 bytes of text */
    CHECK_STR(tail(14), "-12345/678901");
    gp_format(tail(13), 13, "%d/%ld", -12345, 678901L);
    CHECK_STR(tail(13), "-12345/67890");
    gp_format(tail(4), 4, "100%%");
    CHECK_STR(tail(4), "100");
    gp_format(tail(5), 5, "100%%");
    CHECK_STR(tail(5), "100%");
    /* Bytes, not characters, as printf counts them: an arrow cut in two. */
    gp_format(tail(3), 3, "%s", "\xE2\x86\x92");
    CHECK_STR(tail(3), "\xE2\x86");
}

/* gp_vformat needs N > 0 (its header says so), where vsnprintf also takes 0
 * and writes nothing: size 0 is outside its contract (it would write past
 * the buffer), so only size 1 is exercised. */
static void test_format_size_one_writes_only_the_nul(void)
{
    char *out = tail(1);
    out[0] = 'x';
    gp_format(out, 1, "%s=%d", "long", 42);
    CHECK_STR(out, "");
    out[0] = 'x';
    gp_format(out, 1, "%s=%f", "long", 4.2); /* through vsnprintf */
    CHECK_STR(out, "");
}

static void test_format_integer_extremes(void)
{
    char expected[64];
    gp_format(tail(64), 64, "%d %d %d %d", INT_MIN, INT_MAX, 0, -1);
    snprintf(expected, sizeof expected, "%d %d %d %d", INT_MIN, INT_MAX, 0, -1);
    CHECK_STR(tail(64), expected);
    CHECK_STR(tail(64), "-2147483648 2147483647 0 -1");
    gp_format(tail(64), 64, "%ld|%ld", LONG_MIN, LONG_MAX);
    snprintf(expected, sizeof expected, "%ld|%ld", LONG_MIN, LONG_MAX);
    CHECK_STR(tail(64), expected);
    gp_format(tail(6), 6, "%d", INT_MIN);
    CHECK_STR(tail(6), "-2147");
    gp_format(tail(2), 2, "%ld", LONG_MIN);
    CHECK_STR(tail(2), "-");
}

static void test_format_precision(void)
{
    gp_format(tail(32), 32, "[%.10s]", "abc"); /* longer than the string */
    CHECK_STR(tail(32), "[abc]");
    gp_format(tail(32), 32, "[%.3s]", "abc"); /* exactly the string */
    CHECK_STR(tail(32), "[abc]");
    gp_format(tail(32), 32, "[%.2s]", "abc");
    CHECK_STR(tail(32), "[ab]");
    gp_format(tail(32), 32, "[%.0s]", "abc");
    CHECK_STR(tail(32), "[]");
    gp_format(tail(32), 32, "[%.s]", "abc"); /* no digits: precision 0, through vsnprintf */
    CHECK_STR(tail(32), "[]");
    gp_format(tail(32), 32, "[%.04s]", "abcdef"); /* a leading zero is still a precision */
    CHECK_STR(tail(32), "[abcd]");
    gp_format(tail(32), 32, "[%.12s]", "");
    CHECK_STR(tail(32), "[]");
    gp_format(tail(4), 4, "[%.10s]", "abcdef"); /* both the precision and the buffer cut */
    CHECK_STR(tail(4), "[ab");

    /* With a precision printf reads no further than it: an unterminated
     * array must not be read past (ASan guards the byte after it). */
    static char unterminated[3];
    memcpy(unterminated, "xyz", 3);
    gp_format(tail(32), 32, "[%.3s]", unterminated);
    CHECK_STR(tail(32), "[xyz]");
    gp_format(tail(32), 32, "[%.2s]", unterminated);
    CHECK_STR(tail(32), "[xy]");
}

/* Conversions the helper writes itself and ones it hands to vsnprintf in one
 * format: the whole format goes to vsnprintf, arguments from the first. */
static void test_format_mixed_conversions(void)
{
    static const struct {
        size_t n;
        const char *text;
    } cases[] = {{64, "amount 9.99 of 100% for abc (-7, 123456789012): 10.00"},
                 {12, "amount 9.99"},
                 {13, "amount 9.99 "},
                 {1, ""}};
    char expected[64];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n = cases[k].n;
        /* 9.995 is stored as 9.99499999999999921..., so "%.2f" gives "9.99";
         * 9.9951 rounds across a power of ten to "10.00". */
        format_both(expected, n, "amount %.2f of %d%% for %.3s (%ld, %ld): %.2f", 9.995, 100, "abcdef", -7L,
                    123456789012L, 9.9951);
        CHECK_STR(tail(n), expected);
        CHECK_STR(tail(n), cases[k].text);
    }
    /* The conversion vsnprintf must write comes last, after hand-written ones. */
    gp_format(tail(64), 64, "%s %d %ld %.2s %% %5.1f", "a", -1, 2L, "bcd", 2.25);
    CHECK_STR(tail(64), "a -1 2 bc %   2.2");
    gp_format(tail(64), 64, "%s %x %d", "hex", 255u, 3);
    CHECK_STR(tail(64), "hex ff 3");
    gp_format(tail(64), 64, "%s %lld %zu %u %c", "wide", LLONG_MIN, (size_t)7, 4000000000u, 'Q');
    CHECK_STR(tail(64), "wide -9223372036854775808 7 4000000000 Q");
}

/* ---- gp_format_rounded against snprintf's "%.0f" ------------------------ */

/* What gp_format_rounded must return into N > 0 bytes: the length written,
 * as its header says, where snprintf returns the length the whole text needs. */
static size_t written(int whole, size_t n) { return (size_t)whole < n ? (size_t)whole : n - 1; }

static void check_rounded(double v, size_t n, int *shown, int *wrong)
{
    static char expected[BLOCK]; /* static: ASan poisons a stack array on every call */
    int whole = snprintf(expected, n, "%.0f", v);
    size_t len = gp_format_rounded(v, tail(n), n);
    bool same = memchr(tail(n), '\0', n) != NULL && strcmp(tail(n), expected) == 0;
    if (same && len == written(whole, n)) return;
    (*wrong)++;
    char input[40]; /* only for the message: costly under the sanitizers */
    snprintf(input, sizeof input, "%.17g", v);
    if (!same) same_text("gp_format_rounded", input, n, expected, tail(n), shown);
    else if ((*shown)++ < SHOWN)
        fprintf(stderr, "  gp_format_rounded(%s, n=%zu): expected length %zu, got %zu\n", input, n,
                written(whole, n), len);
}

enum { RANDOM_ROUNDED = 200000 };

static void test_rounded_matches_snprintf(void)
{
    uint64_t state = 0xD1B54A32D192ED03u;
    int shown = 0, wrong = 0;
    for (int c = 0; c < RANDOM_ROUNDED; c++) {
        uint64_t r = next_random(&state);
        double v;
        switch (r % 11 / 2) {
        case 0: /* 2^10 to 2^73: ties, whole numbers, the 1e15 switch-over, past a long long */
            v = ldexp((double)(next_random(&state) >> 11), 20 - (int)(r >> 3 & 63)) + (r & 64 ? 0.5 : 0);
            break;
        case 1: /* a tie, or the doubles either side of it */
            v = nextafter((double)(next_random(&state) >> (12 + (r >> 3 & 31))) + 0.5, r & 64 ? INFINITY : 0);
            if (r & 128) v = nextafter(v, 0);
            break;
        case 2: v = (double)(int64_t)(next_random(&state) >> (r >> 3 & 31)) / 100.0; break;
        case 3: v = (double)(next_random(&state) >> (r >> 3 & 63)) / 1e6; break;
        case 4: /* just below a power of ten, and its tie */
            v = pow(10.0, (double)(r >> 3 & 15)) - (r & 128 ? 0.5 : 0.5000001);
            break;
        default: memcpy(&v, &r, sizeof v); /* any bits, one in 11: huge, tiny, infinite, NaN */
        }
        if (next_random(&state) & 1) v = -v;
        /* Mostly room for any value below 1e15 (the helper's own path);
         * otherwise 1 to 23 bytes, below 22 written by snprintf. */
        size_t n = r & 1024 ? 22 + (r >> 11) % 32 : 1 + (r >> 11) % 23;
        if (fabs(v) >= 1e15 || !isfinite(v)) n = r & 2048 ? BLOCK / 2 : n;
        check_rounded(v, n, &shown, &wrong);
    }
    CHECK(wrong == 0);
}

static void test_rounded_ties_and_powers_of_ten(void)
{
    static const struct {
        double value;
        const char *text;
    } cases[] = {
        {0.0, "0"},
        {-0.0, "-0"}, /* as printf: the sign of zero is kept */
        {-0.4, "-0"},
        {-0.5, "-0"},
        {0.5, "0"}, /* ties to even */
        {1.5, "2"},
        {2.5, "2"},
        {-2.5, "-2"},
        {3.5, "4"},
        {0.49999999999999994, "0"}, /* where floor(v + 0.5) would give 1 */
        {0.5000000000000001, "1"},
        {9.5, "10"}, /* rounding up a digit */
        {99.5, "100"},
        {-999.5, "-1000"},
        {999999.5, "1000000"},
        {9.4999999999999982, "9"},
        {999999999999999.0, "999999999999999"},
        {999999999999999.5, "1000000000000000"}, /* the last tie the helper rounds itself */
        {1e15, "1000000000000000"},
        {1e15 + 1, "1000000000000001"},
        {4503599627370497.0, "4503599627370497"},
        {9007199254740993.0, "9007199254740992"},
        {-9223372036854775808.0, "-9223372036854775808"},
        {1e20, "100000000000000000000"},
        {5e-324, "0"},
        {-5e-324, "-0"},
        {DBL_MIN, "0"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
    };
    int shown = 0, wrong = 0;
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *out = tail(32);
        size_t len = gp_format_rounded(cases[k].value, out, 32);
        CHECK_STR(out, cases[k].text);
        CHECK(len == strlen(cases[k].text));
        check_rounded(cases[k].value, 32, &shown, &wrong);
    }
    /* DBL_MAX's 309 digits fit 310 bytes exactly; with its sign, -DBL_MAX's are one short. */
    char expected[BLOCK];
    int whole = snprintf(expected, sizeof expected, "%.0f", DBL_MAX);
    CHECK(whole == 309);
    size_t len = gp_format_rounded(DBL_MAX, tail(310), 310);
    CHECK_STR(tail(310), expected);
    CHECK(len == 309);
    len = gp_format_rounded(-DBL_MAX, tail(310), 310);
    CHECK(len == 309 && strncmp(tail(310), "-17976931348623157", 18) == 0);
    check_rounded(NAN, 32, &shown, &wrong);
    check_rounded(-NAN, 32, &shown, &wrong);
    CHECK(wrong == 0);
}

/* A buffer shorter than the text: cut and NUL-terminated as snprintf does,
 * returning what was written. */
static void test_rounded_small_buffers(void)
{
    size_t len = gp_format_rounded(123456.0, tail(7), 7); /* exact fit */
    CHECK_STR(tail(7), "123456");
    CHECK(len == 6);
    len = gp_format_rounded(123456.0, tail(6), 6); /* one short */
    CHECK_STR(tail(6), "12345");
    CHECK(len == 5);
    len = gp_format_rounded(-0.0, tail(3), 3);
    CHECK_STR(tail(3), "-0");
    CHECK(len == 2);
    len = gp_format_rounded(-0.0, tail(2), 2);
    CHECK_STR(tail(2), "-");
    CHECK(len == 1);
    len = gp_format_rounded(9.5, tail(1), 1);
    CHECK_STR(tail(1), "");
    CHECK(len == 0);
    /* 21 bytes goes to snprintf, 22 to the helper's own digits: the same text. */
    len = gp_format_rounded(-99999999999999.5, tail(21), 21);
    CHECK_STR(tail(21), "-100000000000000");
    CHECK(len == 16);
    len = gp_format_rounded(-99999999999999.5, tail(22), 22);
    CHECK_STR(tail(22), "-100000000000000");
    CHECK(len == 16);
}

/* Size 0: snprintf writes nothing and the length written is 0. */
static void test_rounded_size_zero_writes_nothing(void)
{
    char *out = tail(1);
    out[0] = 'x';
    size_t len = gp_format_rounded(42.0, out, 0);
    CHECK(out[0] == 'x');
    CHECK(len == 0);
}

/* ---- gp_format_integer against snprintf's "%lld" ------------------------ */

enum { RANDOM_INTEGERS = 300000 };

static void test_integer_matches_snprintf(void)
{
    uint64_t state = 0xBF58476D1CE4E5B9u;
    int shown = 0, wrong = 0;
    for (int c = 0; c < RANDOM_INTEGERS; c++) {
        long long v = random_integer(&state, 64, LLONG_MIN, LLONG_MAX);
        char expected[32];
        int whole = snprintf(expected, sizeof expected, "%lld", v);
        size_t len = gp_format_integer(v, tail(21));
        bool ok = same_text("gp_format_integer", expected, 21, expected, tail(21), &shown);
        if (!ok || len != (size_t)whole) wrong++;
    }
    CHECK(wrong == 0);
}

static void test_integer_extremes(void)
{
    static const struct {
        long long value;
        const char *text;
    } cases[] = {
        {0, "0"},
        {-1, "-1"},
        {9, "9"},
        {10, "10"},
        {-10, "-10"},
        {999999999, "999999999"},
        {-1000000000000000000LL, "-1000000000000000000"},
        {LLONG_MAX, "9223372036854775807"},
        {LLONG_MIN, "-9223372036854775808"}, /* all 21 bytes */
        {LLONG_MIN + 1, "-9223372036854775807"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t len = gp_format_integer(cases[k].value, tail(21));
        CHECK_STR(tail(21), cases[k].text);
        CHECK(len == strlen(cases[k].text));
    }
    /* Every power of ten and its neighbours, both signs. */
    int wrong = 0;
    for (long long p = 1; p > 0; p = p <= LLONG_MAX / 10 ? p * 10 : 0) {
        for (long long d = -1; d <= 1; d++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                long long v = sign * (p + d);
                char expected[32];
                snprintf(expected, sizeof expected, "%lld", v);
                gp_format_integer(v, tail(21));
                if (strcmp(tail(21), expected) != 0) wrong++;
            }
        }
    }
    CHECK(wrong == 0);
}

int main(void)
{
    RUN(test_format_matches_vsnprintf);
    RUN(test_format_empty_and_literal);
    RUN(test_format_exact_fit_and_one_short);
    RUN(test_format_size_one_writes_only_the_nul);
    RUN(test_format_integer_extremes);
    RUN(test_format_precision);
    RUN(test_format_mixed_conversions);
    RUN(test_rounded_matches_snprintf);
    RUN(test_rounded_ties_and_powers_of_ten);
    RUN(test_rounded_small_buffers);
    RUN(test_rounded_size_zero_writes_nothing);
    RUN(test_integer_matches_snprintf);
    RUN(test_integer_extremes);
    return check_report();
}
