/* utf8.c - recognising whole, valid UTF-8 sequences (RFC 3629). */
#include "utf8.h"

size_t gp_utf8_sequence(const unsigned char *s, size_t avail)
{
    static const unsigned smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (avail == 0) return 0;
    unsigned c = s[0];
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len <= 1) return len;
    if (len > avail) return 0;
    unsigned cp = c & (0x7Fu >> len);
    for (size_t k = 1; k < len; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if (cp < smallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}
