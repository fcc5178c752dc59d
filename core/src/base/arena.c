/* arena.c - a bump allocator for cJSON, one per gp_call.
 *
 * A request's tree and the response's tree are built node by node and freed
 * together at the end of the call; with malloc that was a third of the time
 * of a large call. Here an allocation is a pointer bump and a free is nothing
 * until gp_arena_end. The first block is kept for the next call, so repeated
 * calls neither grow nor churn memory.
 *
 * One tree may outlive its call: the open plan (open_plan.c) is copied into
 * a second arena of its own, released whole when another plan replaces it.
 *
 * Under AddressSanitizer every allocation keeps its size in a poisoned header
 * and a free poisons the bytes, so a use after free inside one call is still
 * reported. */
#include "arena.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "cJSON.h"

#if defined(__SANITIZE_ADDRESS__)
#define GP_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GP_ARENA_ASAN 1
#endif
#endif

#ifdef GP_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define HEADER 16u
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define HEADER 0u
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ALIGN 16u
#define FIRST_BLOCK ((size_t)64 * 1024)
#define LARGEST_BLOCK ((size_t)8 * 1024 * 1024)

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} block_t;

typedef struct {
    block_t *first;   /* chain of blocks, in the order they were added */
    block_t *current; /* the block being filled */
} arena_t;

/* call: everything cJSON allocates during one gp_call; its first block is
 * kept for the next call. kept: the one tree gp_arena_keep copied out of a
 * call (the open plan), released whole when the next one replaces it.
 * active: the one cJSON's hooks allocate from. */
static arena_t call, kept;
static arena_t *active = &call;

static block_t *new_block(size_t size)
{
    block_t *b = malloc(sizeof *b + size);
    if (!b) return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    POISON(b->data, size);
    return b;
}

static void *arena_malloc(size_t n)
{
    arena_t *a = active;
    size_t need = HEADER + ((n + ALIGN - 1) & ~(size_t)(ALIGN - 1));
    if (need < n) return NULL;
    if (!a->current || a->current->size - a->current->used < need) {
        size_t size = a->current ? a->current->size * 2 : FIRST_BLOCK;
        if (size > LARGEST_BLOCK) size = LARGEST_BLOCK;
        if (size < need) size = need;
        block_t *b = new_block(size);
        if (!b) return NULL;
        if (a->current) a->current->next = b;
        else a->first = b;
        a->current = b;
    }
    unsigned char *p = a->current->data + a->current->used + HEADER;
    a->current->used += need;
#ifdef GP_ARENA_ASAN
    UNPOISON(p - HEADER, HEADER);
    *(size_t *)(void *)(p - HEADER) = n;
    POISON(p - HEADER, HEADER);
#endif
    UNPOISON(p, n);
    return p;
}

static void arena_free(void *p)
{
#ifdef GP_ARENA_ASAN
    if (p) {
        unsigned char *bytes = p;
        UNPOISON(bytes - HEADER, HEADER);
        size_t n = *(size_t *)(void *)(bytes - HEADER);
        POISON(bytes - HEADER, HEADER + n);
    }
#else
    (void)p;
#endif
}

/* Frees every block of A after FROM (all of them when FROM is NULL). */
static void free_blocks_after(arena_t *a, block_t *from)
{
    block_t *b = from ? from->next : a->first;
    while (b) {
        block_t *next = b->next;
        UNPOISON(b->data, b->size);
        free(b);
        b = next;
    }
    if (from) from->next = NULL;
    else a->first = NULL;
}

void gp_arena_begin(void)
{
    call.current = call.first;
    active = &call;
    cJSON_Hooks hooks = {arena_malloc, arena_free};
    cJSON_InitHooks(&hooks);
}

void gp_arena_end(void)
{
    cJSON_InitHooks(NULL);
    if (!call.first) return;
    free_blocks_after(&call, call.first);
    call.first->used = 0;
    POISON(call.first->data, call.first->size);
    call.current = NULL;
}

cJSON *gp_arena_keep(const cJSON *tree)
{
    gp_arena_release_kept();
    active = &kept;
    cJSON *copy = cJSON_Duplicate(tree, true);
    active = &call;
    if (!copy) gp_arena_release_kept();
    return copy;
}

void gp_arena_release_kept(void)
{
    free_blocks_after(&kept, NULL);
    kept.current = NULL;
}
