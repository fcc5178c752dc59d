/* json_write.c - compact JSON text of a cJSON tree.
 *
 * cJSON prints numbers with "%1.15g" and accepts a one-ulp difference when
 * it reads them back, so 0.30000000000000004 would come back as 0.3; this
 * writer prints every number with gp_format_number, which reads back
 * exactly. Its text is malloc'd, not from cJSON's allocator, so it outlives
 * gp_call's arena. */
#include "json_write.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "textbuf.h"

static void write_string(gp_buf_t *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    gp_buf_append(out, "\"", 1);
    const char *plain = s; /* bytes from here on go out as they are */
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c >= 0x20 && *c != '"' && *c != '\\') continue;
        gp_buf_append(out, plain, (size_t)((const char *)c - plain));
        plain = (const char *)c + 1;
        char escape[7] = {'\\', (char)*c, 0};
        switch (*c) {
        case '\b': escape[1] = 'b'; break;
        case '\f': escape[1] = 'f'; break;
        case '\n': escape[1] = 'n'; break;
        case '\r': escape[1] = 'r'; break;
        case '\t': escape[1] = 't'; break;
        case '"':
        case '\\': break;
        default: memcpy(escape + 1, "u00", 3), escape[4] = hex[*c >> 4], escape[5] = hex[*c & 15];
        }
        gp_buf_puts(out, escape);
    }
    gp_buf_puts(out, plain);
    gp_buf_append(out, "\"", 1);
}

static void write_value(gp_buf_t *out, const cJSON *item)
{
    switch (item->type & 0xFF) {
    case cJSON_Number:
        if (isfinite(item->valuedouble)) {
            char number[32];
            gp_format_number(item->valuedouble, number);
            gp_buf_puts(out, number);
        } else {
            gp_buf_puts(out, "null"); /* JSON has no NaN or infinities */
        }
        break;
    case cJSON_String: write_string(out, item->valuestring ? item->valuestring : ""); break;
    case cJSON_True: gp_buf_puts(out, "true"); break;
    case cJSON_False: gp_buf_puts(out, "false"); break;
    case cJSON_Array:
    case cJSON_Object: {
        bool object = (item->type & 0xFF) == cJSON_Object;
        gp_buf_puts(out, object ? "{" : "[");
        for (const cJSON *child = item->child; child; child = child->next) {
            if (child != item->child) gp_buf_puts(out, ",");
            if (object) {
                write_string(out, child->string ? child->string : "");
                gp_buf_puts(out, ":");
            }
            write_value(out, child);
        }
        gp_buf_puts(out, object ? "}" : "]");
        break;
    }
    default: gp_buf_puts(out, "null"); break; /* null; the core makes no raw items */
    }
}

char *gp_json_write(const cJSON *item, size_t *length)
{
    gp_buf_t out = {0};
    write_value(&out, item);
    if (gp_buf_failed(&out) || !out.data) {
        gp_buf_free(&out);
        return NULL;
    }
    if (length) *length = out.len;
    return out.data;
}
