/* read_all.h - reading a whole stream into memory. */
#ifndef GP_READ_ALL_H
#define GP_READ_ALL_H

#include <stdio.h>

/* Reads FILE to its end; returns a malloc'd NUL-terminated buffer (caller
 * frees) or NULL on a read error or when memory runs out. */
char *gp_read_all(FILE *file);

#endif
