/* json_write.h - compact JSON text of a cJSON tree, for gp_call's responses. */
#ifndef GP_JSON_WRITE_H
#define GP_JSON_WRITE_H

#include <stddef.h>

#include "cJSON.h"

/* ITEM as compact JSON text, every number the shortest text that reads back
 * as exactly the same double (NaN and infinities, which JSON lacks, as null).
 * Returns malloc'd text the caller frees with free(), or NULL when out of
 * memory; *LENGTH (when not NULL) gets its length. */
char *gp_json_write(const cJSON *item, size_t *length);

#endif
