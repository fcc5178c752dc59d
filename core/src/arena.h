/* arena.h - the per-call memory of cJSON inside gp_call. */
#ifndef GP_ARENA_H
#define GP_ARENA_H

/* From gp_arena_begin to gp_arena_end, every cJSON allocation comes from a
 * bump allocator and cJSON's frees cost nothing; gp_arena_end releases it
 * all at once and gives cJSON back malloc and free. Nothing cJSON allocated
 * in between may be used after gp_arena_end. Calls do not nest. */
void gp_arena_begin(void);
void gp_arena_end(void);

#endif
