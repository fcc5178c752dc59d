/* errors.c - names of error codes and the one way to report an error. */
#include "errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

static const char *const code_names[GP_ERR_CODE_COUNT] = {
    [GP_OK] = "ok",
    [GP_ERR_OUT_OF_MEMORY] = "out_of_memory",
    [GP_ERR_NULL_ARGUMENT] = "null_argument",
    [GP_ERR_UNKNOWN_METHOD] = "unknown_method",
    [GP_ERR_INVALID_JSON] = "invalid_json",
    [GP_ERR_REQUEST_TOO_LARGE] = "request_too_large",
    [GP_ERR_TOO_DEEP] = "too_deep",
    [GP_ERR_INVALID_UTF8] = "invalid_utf8",
    [GP_ERR_WRONG_TYPE] = "wrong_type",
    [GP_ERR_MISSING_FIELD] = "missing_field",
    [GP_ERR_NOT_FINITE] = "not_finite",
    [GP_ERR_OUT_OF_RANGE] = "out_of_range",
    [GP_ERR_UNKNOWN_VALUE] = "unknown_value",
    [GP_ERR_INVALID_DATE] = "invalid_date",
    [GP_ERR_TEXT_TOO_LONG] = "text_too_long",
    [GP_ERR_TOO_MANY_ITEMS] = "too_many_items",
    [GP_ERR_TOO_MANY_MEASUREMENTS] = "too_many_measurements",
    [GP_ERR_EMPTY_TEXT] = "empty_text",
    [GP_ERR_INVALID_ID] = "invalid_id",
    [GP_ERR_DUPLICATE_ID] = "duplicate_id",
    [GP_ERR_DANGLING_REFERENCE] = "dangling_reference",
    [GP_ERR_DEADLINE_BEFORE_START] = "deadline_before_start",
    [GP_ERR_TARGET_EQUALS_BASELINE] = "target_equals_baseline",
    [GP_ERR_NEGATIVE_COUNT] = "negative_count",
    [GP_ERR_PERCENT_OUT_OF_RANGE] = "percent_out_of_range",
    [GP_ERR_INVALID_FORMULA] = "invalid_formula",
    [GP_ERR_UNSUPPORTED_SCHEMA] = "unsupported_schema",
    [GP_ERR_NOT_A_PLAN] = "not_a_plan",
    [GP_ERR_UNKNOWN_TEMPLATE] = "unknown_template",
    [GP_ERR_UNREADABLE_DATE] = "unreadable_date",
    [GP_ERR_CSV_EMPTY] = "csv_empty",
    [GP_ERR_CSV_UNTERMINATED_QUOTE] = "csv_unterminated_quote",
    [GP_ERR_CSV_NO_COLUMN] = "csv_no_column",
    [GP_ERR_CSV_NO_ROWS] = "csv_no_rows",
    [GP_ERR_PLAN_NOT_OPEN] = "plan_not_open",
};

const char *gp_code_name(gp_code_t code)
{
    if ((int)code < 0 || code >= GP_ERR_CODE_COUNT || !code_names[code]) return "internal_error";
    return code_names[code];
}

/* Messages quote user text cut to a width ("'%.40s'"), which can split a
 * multi-byte character; and a method name is quoted before anything checks
 * it. Replacing every byte that does not start a whole, valid UTF-8
 * sequence with '?' keeps every response valid UTF-8 in one place. */
static void make_valid_utf8(char *s)
{
    unsigned char *p = (unsigned char *)s;
    size_t left = strlen(s);
    while (left) {
        size_t len = gp_utf8_sequence(p, left);
        if (len == 0) {
            *p = '?';
            len = 1;
        }
        p += len;
        left -= len;
    }
}

bool gp_fail(gp_error_t *err, gp_code_t code, const char *path, const char *fmt, ...)
{
    if (!err) return false;
    err->code = code;
    snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    make_valid_utf8(err->message);
    make_valid_utf8(err->path);
    return false;
}
