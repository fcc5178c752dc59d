/* errors.h - error codes and the error record every core function fills. */
#ifndef GP_ERRORS_H
#define GP_ERRORS_H

#include <stdbool.h>

/* Zero means OK. Each code has a stable snake_case name (gp_code_name) that
 * crosses the boundary; tests and the UI depend on those names. */
typedef enum {
    GP_OK = 0,
    GP_ERR_OUT_OF_MEMORY,
    GP_ERR_NULL_ARGUMENT,
    GP_ERR_UNKNOWN_METHOD,
    GP_ERR_INVALID_JSON,
    GP_ERR_REQUEST_TOO_LARGE,
    GP_ERR_TOO_DEEP,
    GP_ERR_INVALID_UTF8,
    GP_ERR_WRONG_TYPE,
    GP_ERR_MISSING_FIELD,
    GP_ERR_NOT_FINITE,
    GP_ERR_OUT_OF_RANGE,
    GP_ERR_UNKNOWN_VALUE,
    GP_ERR_INVALID_DATE,
    GP_ERR_TEXT_TOO_LONG,
    GP_ERR_TOO_MANY_ITEMS,
    GP_ERR_TOO_MANY_MEASUREMENTS,
    GP_ERR_EMPTY_TEXT,
    GP_ERR_INVALID_ID,
    GP_ERR_DUPLICATE_ID,
    GP_ERR_DANGLING_REFERENCE,
    GP_ERR_DEADLINE_BEFORE_START,
    GP_ERR_TARGET_EQUALS_BASELINE,
    GP_ERR_NEGATIVE_COUNT,
    GP_ERR_PERCENT_OUT_OF_RANGE,
    GP_ERR_INVALID_FORMULA,
    GP_ERR_UNSUPPORTED_SCHEMA,
    GP_ERR_NOT_A_PLAN,
    GP_ERR_UNKNOWN_TEMPLATE,
    GP_ERR_UNREADABLE_DATE,
    GP_ERR_CSV_EMPTY,
    GP_ERR_CSV_UNTERMINATED_QUOTE,
    GP_ERR_CSV_NO_COLUMN,
    GP_ERR_CSV_NO_ROWS,
    GP_ERR_PLAN_NOT_OPEN,
    GP_ERR_CODE_COUNT
} gp_code_t;

enum { GP_MESSAGE_MAX = 384, GP_PATH_MAX = 192 };

typedef struct gp_error {
    gp_code_t code;
    char message[GP_MESSAGE_MAX];
    char path[GP_PATH_MAX];
} gp_error_t;

/* The stable name of CODE, e.g. "invalid_date". */
const char *gp_code_name(gp_code_t code);

/* Fills ERR (when not NULL) with CODE, PATH (may be NULL or "") and a printf
 * message; always returns false so callers can write `return gp_fail(...)`. */
bool gp_fail(gp_error_t *err, gp_code_t code, const char *path, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

#endif
