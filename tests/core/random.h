/* random.h - the tests' one pseudo-random sequence (xorshift64): fixed seeds
 * give the same values on every run and platform, so a failure repeats. */
#ifndef GP_TEST_RANDOM_H
#define GP_TEST_RANDOM_H

#include <stdint.h>

/* The next value of the sequence in *STATE (never 0). */
static inline uint64_t next_random(uint64_t *state)
{
    *state ^= *state << 13, *state ^= *state >> 7, *state ^= *state << 17;
    return *state;
}

#endif
