/* read_all.c - reading a whole stream into memory. */
#include "read_all.h"

#include <stdlib.h>

char *gp_read_all(FILE *file)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        size_t got = fread(buf + len, 1, cap - len - 1, file);
        len += got;
        if (len + 1 < cap) {
            if (ferror(file)) break;
            if (feof(file)) {
                buf[len] = '\0';
                return buf;
            }
            continue;
        }
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) break;
        buf = bigger;
        cap *= 2;
    }
    free(buf);
    return NULL;
}
