/* arena.h - the per-call memory of cJSON inside gp_call, and the one tree
 * kept between calls. */
#ifndef GP_ARENA_H
#define GP_ARENA_H

#include "cJSON.h"

/* From gp_arena_begin to gp_arena_end, every cJSON allocation comes from a
 * bump allocator and cJSON's frees cost nothing; gp_arena_end releases it
 * all at once and gives cJSON back malloc and free. Nothing cJSON allocated
 * in between may be used after gp_arena_end. Calls do not nest. */
void gp_arena_begin(void);
void gp_arena_end(void);

/* Between gp_arena_begin and gp_arena_end: a deep copy of TREE that outlives
 * the call, in memory of its own, or NULL when out of memory. Only one kept
 * copy exists at a time: keeping another releases the previous one first,
 * so any pointer into it is then invalid. The copy must not be freed or
 * changed node by node. */
cJSON *gp_arena_keep(const cJSON *tree);

/* Releases the kept copy, if any. */
void gp_arena_release_kept(void);

#endif
