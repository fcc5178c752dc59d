/* ids.h - ids of plan objects: what a valid id looks like, and a table that
 * finds an object by its id (duplicate and reference checks). */
#ifndef GP_IDS_H
#define GP_IDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when ID is 1 to GP_MAX_ID_CHARS characters of [A-Za-z0-9_-]. */
bool gp_id_valid(const char *id);

/* An open-addressing hash table from id text to a value. Start it zeroed
 * ({0}); it borrows the id strings, which must outlive it. */
typedef struct gp_id_table {
    struct gp_id_slot *slots;
    size_t capacity;
    size_t count;
} gp_id_table_t;

/* Adds ID -> VALUE unless ID is already present (then *ADDED is false and the
 * first value stays). Returns false only when memory runs out. */
bool gp_id_table_add(gp_id_table_t *table, const char *id, const void *value, bool *added);
/* True when ID is present; *VALUE (when not NULL) receives its value. */
bool gp_id_table_find(const gp_id_table_t *table, const char *id, const void **value);
/* Releases the table's memory (not the ids); accepts NULL. */
void gp_id_table_free(gp_id_table_t *table);

#endif
