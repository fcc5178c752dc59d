/* dates.h - proleptic Gregorian calendar arithmetic on day numbers.
 * A gp_day_t counts days from 1970-01-01 (day 0); negative before it. */
#ifndef GP_DATES_H
#define GP_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t gp_day_t;

enum { GP_YEAR_MIN = 1900, GP_YEAR_MAX = 2200 };

bool gp_is_leap_year(int year);
/* Days in MONTH (1-12) of YEAR; 0 for a month out of range. */
int gp_days_in_month(int year, int month);
/* True when YEAR-MONTH-DAY exists and YEAR lies in [GP_YEAR_MIN, GP_YEAR_MAX]. */
bool gp_date_valid(int year, int month, int day);

gp_day_t gp_days_from_civil(int year, int month, int day);
void gp_civil_from_days(gp_day_t days, int *year, int *month, int *day);

/* 0 = Monday ... 6 = Sunday. */
int gp_weekday(gp_day_t days);
/* Adds MONTHS, keeping the day of month but clamping to the month's end. */
gp_day_t gp_add_months(gp_day_t days, int months);
/* Last day of DAYS's month, quarter (1-4) of DAYS. */
gp_day_t gp_end_of_month(gp_day_t days);
/* Months from A to B, counting an average month of 30.44 days. */
double gp_months_between(gp_day_t a, gp_day_t b);
int gp_quarter(gp_day_t days);

/* Strict "YYYY-MM-DD" (exactly, nothing around it) of a valid date. */
bool gp_date_parse_iso(const char *text, gp_day_t *out);
/* Writes "YYYY-MM-DD" (OUT needs 11 bytes). */
void gp_date_format_iso(gp_day_t days, char out[11]);
/* Writes the reader-friendly "31 Dec 2026". */
void gp_date_format_long(gp_day_t days, char *out, size_t n);
/* English month from a name or 3+ letter prefix ("sept", "December"); 0 if none.
 * *LEN receives how many letters of TEXT the month word used. */
int gp_month_from_name(const char *text, size_t *len);

#endif
