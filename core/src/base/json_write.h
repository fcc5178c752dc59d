/* json_write.h - compact JSON text of a cJSON tree, for gp_call's responses. */
#ifndef GP_JSON_WRITE_H
#define GP_JSON_WRITE_H

#include <stddef.h>

#include "cJSON.h"
#include "textbuf.h"

/* ITEM as compact JSON text, every number the shortest text that reads back
 * as exactly the same double (NaN and infinities, which JSON lacks, as null).
 * Returns malloc'd text the caller frees with free(), or NULL when out of
 * memory; *LENGTH (when not NULL) gets its length. Unlike
 * cJSON_PrintUnformatted, the text never comes from cJSON's allocator, so it
 * outlives gp_call's arena. */
char *gp_json_write(const cJSON *item, size_t *length);

/* Room a response buffer starts with: a typical answer fits at once,
 * instead of growing to it from 256 bytes. */
enum { GP_TYPICAL_ANSWER_BYTES = 4096 };

/* For answers written without a tree: appends the N bytes of S as a JSON
 * string (quoted, escaped), and V as gp_json_write writes a number. */
void gp_json_put_string(gp_buf_t *out, const char *s, size_t n);
void gp_json_put_number(gp_buf_t *out, double v);

#endif
