/* utf8.h - recognising whole, valid UTF-8 sequences. */
#ifndef GP_UTF8_H
#define GP_UTF8_H

#include <stddef.h>

/* Length (1-4) of the valid UTF-8 sequence starting at S, which has AVAIL
 * bytes left; 0 when the bytes there are not one (a stray continuation
 * byte, a cut or overlong sequence, a surrogate, or past U+10FFFF). */
size_t gp_utf8_sequence(const unsigned char *s, size_t avail);

#endif
