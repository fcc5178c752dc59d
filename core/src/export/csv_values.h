/* csv_values.h - reading the dates and numbers people put in spreadsheets
 * and analytics exports, as opposed to the strict forms of the model. */
#ifndef GP_CSV_VALUES_H
#define GP_CSV_VALUES_H

#include <stdbool.h>

#include "base/dates.h"

typedef enum {
    GP_LOOSE_NONE = 0,  /* not a date shape */
    GP_LOOSE_FIXED,     /* a date that can only be read one way */
    GP_LOOSE_YEAR_LAST, /* n/n/yyyy: month-first or day-first is undecided */
    GP_LOOSE_NO_SUCH_DAY /* a date shape naming a day the calendar lacks */
} gp_loose_kind_t;

typedef struct gp_loose_date {
    gp_loose_kind_t kind;
    gp_day_t day;      /* FIXED: the date */
    int first, second; /* YEAR_LAST: the two numbers before the year */
    int year;
    char separator;    /* YEAR_LAST: '/', '-' or '.' */
} gp_loose_date_t;

/* Reads TEXT as one of: 2026-11-22 (also / or . and an optional time after
 * it), 20261122, 2026-11 and 202611 (the month's first day), 11/22/2026 or
 * 22.11.2026 or 22/11/26 (year last, two-digit years are 20yy), "Nov 22,
 * 2026", "22 Nov 2026", "22-Nov-2026", "Nov 2026", each optionally after a
 * weekday name ("Sunday, November 22, 2026"). */
gp_loose_date_t gp_loose_date_read(const char *text);

/* The date of a YEAR_LAST reading, month first or day first; false when
 * that reading names no real day. */
bool gp_loose_date_resolve(const gp_loose_date_t *d, bool month_first, gp_day_t *out);

typedef enum {
    GP_NUMBER_OK = 0,
    GP_NUMBER_EMPTY,     /* nothing but spaces */
    GP_NUMBER_NOT_NUMBER,
    GP_NUMBER_NOT_FINITE /* e.g. 1e999 */
} gp_number_status_t;

/* Reads a number as people write it: spaces, a sign or (parentheses) for
 * negative, currency symbols ($ € £ ¥) or a three-letter code before or
 * after, a trailing percent sign (15% reads as 15, the unit the model
 * uses), thousands separators (",", ".", space, apostrophe) in groups of
 * three, and an exponent. The decimal mark is '.' unless DECIMAL_COMMA;
 * when both '.' and ',' appear, the last one is the decimal mark. */
gp_number_status_t gp_loose_number_read(const char *text, bool decimal_comma, double *out);

#endif
