/* json_write.h - compact JSON text of a cJSON tree, for gp_call's responses. */
#ifndef GP_JSON_WRITE_H
#define GP_JSON_WRITE_H

#include "cJSON.h"

/* ITEM as compact JSON text, every number the shortest text that reads back
 * as exactly the same double (NaN and infinities, which JSON lacks, as null).
 * Returns malloc'd text the caller frees with free(), or NULL when out of
 * memory. Unlike cJSON_PrintUnformatted, the text never comes from cJSON's
 * allocator, so it outlives gp_call's arena. */
char *gp_json_write(const cJSON *item);

#endif
