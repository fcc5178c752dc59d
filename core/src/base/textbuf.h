/* textbuf.h - a growing text buffer for the writers (JSON answers, CSV,
 * Markdown), and messages and numbers as text.
 *
 * Appends never fail loudly: the first allocation failure marks the buffer
 * as failed and later appends do nothing, so a writer can append freely and
 * check gp_buf_failed once at the end. */
#ifndef GP_TEXTBUF_H
#define GP_TEXTBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct gp_buf {
    char *data; /* NUL-terminated once anything was appended; owned */
    size_t len;
    size_t cap;
    bool failed;
} gp_buf_t;

/* Appends N bytes of S. */
void gp_buf_append(gp_buf_t *b, const char *s, size_t n);
/* Appends the NUL-terminated S. */
void gp_buf_puts(gp_buf_t *b, const char *s);
/* Appends printf-formatted text. */
void gp_buf_printf(gp_buf_t *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Room for EXTRA more bytes at the end of the text, or NULL once B failed:
 * write there, add what was written to B->len, then NUL-terminate. */
char *gp_buf_room(gp_buf_t *b, size_t extra);
/* The text so far ("" when empty); stays owned by B. */
const char *gp_buf_text(const gp_buf_t *b);
bool gp_buf_failed(const gp_buf_t *b);
/* Frees the text and empties B; accepts NULL. */
void gp_buf_free(gp_buf_t *b);

/* vsnprintf into OUT (N > 0 bytes, cut short and NUL-terminated), returning
 * the length of the text that landed in OUT rather than the length wanted. */
size_t gp_vformat(char *out, size_t n, const char *fmt, va_list ap)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 0)))
#endif
    ;
size_t gp_format(char *out, size_t n, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Writes the integer V in decimal ("-42"); OUT needs 21 bytes. Returns the
 * length written. */
size_t gp_format_integer(long long v, char out[21]);
/* Writes V into OUT (N bytes) rounded to a whole number ("%.0f"). Returns
 * the length written. */
size_t gp_format_rounded(double v, char *out, size_t n);

/* Writes V as the shortest decimal text that reads back as exactly V
 * ("12", "0.1", "1234.5"); OUT needs 32 bytes. V must be finite. */
void gp_format_number(double v, char out[32]);

#endif
