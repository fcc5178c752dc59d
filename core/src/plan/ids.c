/* ids.c - id syntax and the id lookup table. */
#include "ids.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/gp_limits.h"

struct gp_id_slot {
    const char *id;
    const void *value;
};

bool gp_id_valid(const char *id)
{
    if (!id) return false;
    size_t n = 0;
    for (const char *p = id; *p; p++, n++) {
        char c = *p;
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-';
        if (!ok || n >= GP_MAX_ID_CHARS) return false;
    }
    return n > 0;
}

/* FNV-1a: short ids, no adversary worth a keyed hash (the table only grows
 * with the size of one plan, itself bounded by the request size). */
static size_t hash_id(const char *id)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) h = (h ^ *p) * 16777619u;
    return (size_t)h;
}

/* The slot holding ID, or the empty slot where it would go. */
static struct gp_id_slot *probe(struct gp_id_slot *slots, size_t capacity, const char *id)
{
    size_t i = hash_id(id) & (capacity - 1);
    while (slots[i].id && strcmp(slots[i].id, id) != 0) i = (i + 1) & (capacity - 1);
    return &slots[i];
}

static bool grow(gp_id_table_t *table)
{
    size_t capacity = table->capacity ? table->capacity * 2 : 64;
    struct gp_id_slot *slots = calloc(capacity, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < table->capacity; i++)
        if (table->slots[i].id) *probe(slots, capacity, table->slots[i].id) = table->slots[i];
    free(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    return true;
}

bool gp_id_table_add(gp_id_table_t *table, const char *id, const void *value, bool *added)
{
    *added = false;
    /* Keep the load under one half so probe sequences stay short. */
    if ((table->count + 1) * 2 > table->capacity && !grow(table)) return false;
    struct gp_id_slot *slot = probe(table->slots, table->capacity, id);
    if (slot->id) return true;
    slot->id = id;
    slot->value = value;
    table->count++;
    *added = true;
    return true;
}

bool gp_id_table_find(const gp_id_table_t *table, const char *id, const void **value)
{
    if (!table->capacity) return false;
    const struct gp_id_slot *slot = probe(table->slots, table->capacity, id);
    if (!slot->id) return false;
    if (value) *value = slot->value;
    return true;
}

void gp_id_table_free(gp_id_table_t *table)
{
    if (!table) return;
    free(table->slots);
    table->slots = NULL;
    table->capacity = table->count = 0;
}
