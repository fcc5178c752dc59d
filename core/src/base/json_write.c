/* json_write.c - compact JSON text of a cJSON tree.
 *
 * cJSON prints numbers with sprintf("%1.15g"), reads them back with sscanf
 * and accepts a difference of one ulp, so 0.30000000000000004 came back as
 * 0.3; and the printing was the larger part of a typical call. This writer
 * uses gp_format_number (exact, shortest, mostly without printf) and writes
 * into one growing buffer. */
#include "json_write.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "textbuf.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

/* Whether none of the eight bytes in W needs escaping: none is below 0x20,
 * a quote or a backslash. (Bit tricks that flag a byte below a bound or
 * equal to zero; a false alarm only sends the bytes the slow way.) */
static bool plain_word(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
    uint64_t flags = ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
    return (flags & highs) == 0;
}

/* Whether none of the sixteen bytes at C needs escaping: with the vector
 * instructions of the target where it has them (SSE2 on x86-64, SIMD128 in
 * the wasm build), else as two words. The notes of an answer are most of
 * its bytes, and this check is most of the cost of writing them. */
#if defined(__SSE2__)
static bool plain_16(const unsigned char *c)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)c);
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F)); /* v <= 0x1F */
    __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return _mm_movemask_epi8(_mm_or_si128(control, special)) == 0;
}
#elif defined(__wasm_simd128__)
static bool plain_16(const unsigned char *c)
{
    v128_t v = wasm_v128_load(c);
    v128_t special = wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('"')), wasm_i8x16_eq(v, wasm_i8x16_splat('\\')));
    return !wasm_v128_any_true(wasm_v128_or(wasm_u8x16_lt(v, wasm_u8x16_splat(0x20)), special));
}
#else
static bool plain_16(const unsigned char *c)
{
    uint64_t a, b;
    memcpy(&a, c, 8);
    memcpy(&b, c + 8, 8);
    return plain_word(a) && plain_word(b);
}
#endif

static bool plain_byte(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

/* Room a JSON string of N bytes may take while it is written: every byte
 * escaped, the quotes, and slack for a whole word stored past its end. */
static size_t string_room(size_t n) { return 6 * n + 2 + 8; }

/* C as a JSON escape at P (\n, \u001f); returns the end. */
static char *escape_at(char *p, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
        memcpy(p, "u00", 3);
        p[3] = hex[c >> 4];
        p[4] = hex[c & 15];
        p += 5;
    }
    return p;
}

/* The N (1 to 7) bytes at C, most keys, copied to P as one word padded with
 * plain bytes (the padding lands under the closing quote or past it).
 * Returns the end, or NULL when a byte needs escaping. */
static char *short_plain_at(char *p, const unsigned char *c, size_t n)
{
    uint64_t w;
    memset(&w, 'x', 8);
    memcpy(&w, c, n);
    if (!plain_word(w)) return NULL;
    memcpy(p, &w, 8);
    return p + n;
}

/* The bytes from C to END copied to P with the escapes JSON needs; returns the end. */
static char *escaped_at(char *p, const unsigned char *c, const unsigned char *end)
{
    const unsigned char *verbatim = c; /* the bytes from here to C were copied as they are */
    for (;;) {
        /* Sixteen, then eight bytes at a time while none needs escaping:
         * most strings are one run. */
        while (end - c >= 16 && plain_16(c)) {
            memcpy(p, c, 16);
            c += 16;
            p += 16;
        }
        uint64_t w;
        while (end - c >= 8 && (memcpy(&w, c, 8), plain_word(w))) {
            memcpy(p, &w, 8);
            c += 8;
            p += 8;
        }
        /* The last few bytes as the eight that end the string, when the ones
         * before them went out as they are (writing those again). */
        if (c < end && end - c < 8 && end - verbatim >= 8 && (memcpy(&w, end - 8, 8), plain_word(w))) {
            memcpy(p - (8 - (end - c)), &w, 8);
            return p + (end - c);
        }
        while (c < end && plain_byte(*c)) *p++ = (char)*c++;
        if (c == end) return p;
        p = escape_at(p, *c);
        verbatim = ++c;
    }
}

/* The N bytes of S as a JSON string at P, which has string_room(N) bytes;
 * returns the end. */
static char *string_at(char *p, const char *s, size_t n)
{
    const unsigned char *c = (const unsigned char *)s;
    *p++ = '"';
    char *end = n > 0 && n < 8 ? short_plain_at(p, c, n) : NULL;
    if (!end) end = escaped_at(p, c, c + n);
    *end = '"';
    return end + 1;
}

void gp_json_put_string(gp_buf_t *out, const char *s, size_t n)
{
    char *p = gp_buf_space(out, string_room(n));
    if (!p) return;
    char *end = string_at(p, s, n);
    *end = '\0'; /* the buffer's text stays a C string, as gp_buf_t promises */
    out->len += (size_t)(end - p);
}

/* An object member's key and colon, after a comma unless it is the first:
 * one call and one check of the room for the three. */
static void write_key(gp_buf_t *out, const char *key, bool first)
{
    size_t n = strlen(key);
    char *p = gp_buf_space(out, string_room(n) + 2);
    if (!p) return;
    char *start = p;
    if (!first) *p++ = ',';
    p = string_at(p, key, n);
    *p++ = ':';
    out->len += (size_t)(p - start);
}

static void write_bytes(gp_buf_t *out, const char *s, size_t n)
{
    char *p = gp_buf_space(out, n);
    if (!p) return;
    memcpy(p, s, n);
    out->len += n;
}

/* One punctuation character. */
static void put(gp_buf_t *out, char c)
{
    char *p = gp_buf_space(out, 1);
    if (!p) return;
    *p = c;
    out->len++;
}

void gp_json_put_number(gp_buf_t *out, double v)
{
    if (!isfinite(v)) {
        gp_buf_append(out, "null", 4);
        return;
    }
    char *p = gp_buf_space(out, 32);
    if (!p) return;
    gp_format_number(v, p);
    out->len += strlen(p);
}

static void write_value(gp_buf_t *out, const cJSON *item)
{
    switch (item->type & 0xFF) {
    case cJSON_Number: gp_json_put_number(out, item->valuedouble); break;
    case cJSON_String: {
        const char *s = item->valuestring ? item->valuestring : "";
        gp_json_put_string(out, s, strlen(s));
        break;
    }
    case cJSON_True: write_bytes(out, "true", 4); break;
    case cJSON_False: write_bytes(out, "false", 5); break;
    case cJSON_Array:
    case cJSON_Object: {
        bool object = (item->type & 0xFF) == cJSON_Object;
        put(out, object ? '{' : '[');
        for (const cJSON *child = item->child; child; child = child->next) {
            if (object) write_key(out, child->string ? child->string : "", child == item->child);
            else if (child != item->child) put(out, ',');
            write_value(out, child);
        }
        put(out, object ? '}' : ']');
        break;
    }
    default: write_bytes(out, "null", 4); break; /* null; the core makes no raw items */
    }
}

char *gp_json_write(const cJSON *item, size_t *length)
{
    gp_buf_t out = {0};
    gp_buf_room(&out, GP_TYPICAL_ANSWER_BYTES - 1); /* and the NUL */
    write_value(&out, item);
    if (gp_buf_failed(&out)) {
        gp_buf_free(&out);
        return NULL;
    }
    out.data[out.len] = '\0'; /* room() always leaves a byte for it */
    if (length) *length = out.len;
    return out.data;
}
