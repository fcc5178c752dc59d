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

/* The end of the run of bytes from C that need no escaping. */
static const unsigned char *plain_run(const unsigned char *c, const unsigned char *end)
{
    uint64_t w;
    while (end - c >= 8 && (memcpy(&w, c, 8), plain_word(w))) c += 8;
    while (c < end && *c >= 0x20 && *c != '"' && *c != '\\') c++;
    return c;
}

static void write_string(gp_buf_t *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = strlen(s);
    char *p = gp_buf_room(out, 6 * n + 2); /* every byte escaped at worst */
    if (!p) return;
    char *start = p;
    *p++ = '"';
    const unsigned char *c = (const unsigned char *)s, *end = c + n;
    for (;;) {
        const unsigned char *run = plain_run(c, end); /* most strings are one run */
        memcpy(p, c, (size_t)(run - c));
        p += run - c;
        if (run == end) break;
        c = run + 1;
        *p++ = '\\';
        switch (*run) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:
            memcpy(p, "u00", 3);
            p[3] = hex[*run >> 4];
            p[4] = hex[*run & 15];
            p += 5;
        }
    }
    *p++ = '"';
    *p = '\0';
    out->len += (size_t)(p - start);
}

/* One punctuation character: the buffer almost always has room already. */
static void put(gp_buf_t *out, char c)
{
    if (out->len + 2 <= out->cap) {
        out->data[out->len++] = c;
        out->data[out->len] = '\0';
    } else {
        gp_buf_append(out, &c, 1);
    }
}

static void write_value(gp_buf_t *out, const cJSON *item)
{
    if (cJSON_IsNumber(item)) {
        if (!isfinite(item->valuedouble)) {
            gp_buf_append(out, "null", 4);
            return;
        }
        char text[32];
        gp_format_number(item->valuedouble, text);
        gp_buf_puts(out, text);
    } else if (cJSON_IsString(item)) {
        write_string(out, item->valuestring ? item->valuestring : "");
    } else if (cJSON_IsTrue(item)) {
        gp_buf_append(out, "true", 4);
    } else if (cJSON_IsFalse(item)) {
        gp_buf_append(out, "false", 5);
    } else if (cJSON_IsArray(item) || cJSON_IsObject(item)) {
        bool object = cJSON_IsObject(item);
        put(out, object ? '{' : '[');
        for (const cJSON *child = item->child; child; child = child->next) {
            if (child != item->child) put(out, ',');
            if (object) {
                write_string(out, child->string ? child->string : "");
                put(out, ':');
            }
            write_value(out, child);
        }
        put(out, object ? '}' : ']');
    } else { /* null; the core makes no raw items */
        gp_buf_append(out, "null", 4);
    }
}

char *gp_json_write(const cJSON *item)
{
    gp_buf_t out = {0};
    write_value(&out, item);
    if (gp_buf_failed(&out)) {
        gp_buf_free(&out);
        return NULL;
    }
    return out.data;
}
