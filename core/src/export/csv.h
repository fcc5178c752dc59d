/* csv.h - an RFC 4180 reader for CSV text from spreadsheets and analytics
 * exports.
 *
 * Handles quoted fields, doubled quotes, CRLF/LF/CR line ends, newlines
 * inside quotes, a leading UTF-8 byte order mark, and picks the delimiter
 * (comma, semicolon or tab) when asked. Blank lines are skipped; so are
 * lines starting with the comment character when one is given (analytics
 * exports put a '#' block above the header). Every record remembers the
 * line it starts on, so callers can name lines in messages. */
#ifndef GP_CSV_H
#define GP_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/errors.h"

typedef struct gp_csv_options {
    char delimiter; /* ',', ';' or '\t'; 0 = detect from the first records */
    char comment;   /* lines starting with it are skipped; 0 = none */
} gp_csv_options_t;

typedef struct gp_csv_record {
    size_t first; /* index of its first field in gp_csv_t.starts */
    size_t count; /* number of fields, at least 1 */
    int line;     /* 1-based line of the text where the record starts */
} gp_csv_record_t;

typedef struct gp_csv {
    char *cells;              /* every field's text, NUL-terminated, back to back */
    uint32_t *starts;         /* offset of each field in cells */
    size_t field_count;
    gp_csv_record_t *records;
    size_t record_count;
    char delimiter;           /* the delimiter used */
} gp_csv_t;

/* Parses the N bytes of TEXT into OUT (which the caller frees with
 * gp_csv_free, also after a failure). Fails with csv_unterminated_quote
 * (naming the line the quote opened on) or out_of_memory; PATH is the
 * request path used in errors. An input with no records is not an error:
 * OUT->record_count is then 0. */
bool gp_csv_parse(const char *text, size_t n, const gp_csv_options_t *options, const char *path,
                  gp_csv_t *out, gp_error_t *err);

/* The delimiter gp_csv_parse would detect for TEXT: the candidate that
 * appears in the first record and most often the same number of times in
 * the next ones; ',' when none appears. */
char gp_csv_detect_delimiter(const char *text, size_t n, char comment);

/* Field FIELD of record RECORD, or "" when the record is shorter. */
const char *gp_csv_field(const gp_csv_t *csv, size_t record, size_t field);

/* Frees what gp_csv_parse allocated; accepts NULL and zeroed records. */
void gp_csv_free(gp_csv_t *csv);

#endif
