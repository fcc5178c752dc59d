/* test_dates.c - the calendar in dates.c: leap years, month lengths, day
 * numbers against fixed facts, contiguity and round trips over every day of
 * 1900-2200, weekdays, month arithmetic with clamping, ISO text.
 * (tests/ref/check_dates.py compares the same calendar with Python's
 * datetime through the CLI.) */
#include <string.h>

#include "check.h"
#include "base/dates.h"

static void test_leap_years(void)
{
    CHECK(gp_is_leap_year(2000));
    CHECK(gp_is_leap_year(2024));
    CHECK(gp_is_leap_year(1904));
    CHECK(!gp_is_leap_year(1900));
    CHECK(!gp_is_leap_year(2100));
    CHECK(!gp_is_leap_year(2200));
    CHECK(!gp_is_leap_year(2026));
    int leap_years = 0;
    for (int y = GP_YEAR_MIN; y <= GP_YEAR_MAX; y++) leap_years += gp_is_leap_year(y);
    /* 1904..2196 step 4 is 74 years; 2100 is not leap, 2000 is. */
    CHECK(leap_years == 73);
}

static void test_month_lengths(void)
{
    static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++) CHECK(gp_days_in_month(2026, m) == lengths[m - 1]);
    CHECK(gp_days_in_month(2024, 2) == 29);
    CHECK(gp_days_in_month(2100, 2) == 28);
    CHECK(gp_days_in_month(2026, 0) == 0);
    CHECK(gp_days_in_month(2026, 13) == 0);
}

static void test_valid_dates(void)
{
    CHECK(gp_date_valid(2000, 2, 29));
    CHECK(!gp_date_valid(2100, 2, 29));
    CHECK(!gp_date_valid(2026, 2, 30));
    CHECK(!gp_date_valid(2026, 4, 31));
    CHECK(gp_date_valid(2026, 12, 31));
    CHECK(!gp_date_valid(2026, 12, 32));
    CHECK(!gp_date_valid(2026, 1, 0));
    CHECK(gp_date_valid(1900, 1, 1));
    CHECK(!gp_date_valid(1899, 12, 31));
    CHECK(gp_date_valid(2200, 12, 31));
    CHECK(!gp_date_valid(2201, 1, 1));
}

static void test_known_day_numbers(void)
{
    /* Facts: days from 1970-01-01, as any calendar library reports them. */
    CHECK(gp_days_from_civil(1970, 1, 1) == 0);
    CHECK(gp_days_from_civil(1969, 12, 31) == -1);
    CHECK(gp_days_from_civil(2000, 1, 1) == 10957);
    CHECK(gp_days_from_civil(1900, 1, 1) == -25567);
    CHECK(gp_days_from_civil(2024, 2, 29) == 19782);
    CHECK(gp_days_from_civil(2026, 3, 1) == 20513);
    CHECK(gp_days_from_civil(2200, 12, 31) == 84370);
}

static void test_every_day_is_next_and_round_trips(void)
{
    /* Walking 1900-01-01 .. 2200-12-31 day by day: each date is one more
     * than the last, and converts back to itself. */
    gp_day_t expected = gp_days_from_civil(GP_YEAR_MIN, 1, 1);
    int days = 0, failures = 0;
    for (int y = GP_YEAR_MIN; y <= GP_YEAR_MAX; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= gp_days_in_month(y, m); d++, expected++, days++) {
                int yy, mm, dd;
                gp_day_t n = gp_days_from_civil(y, m, d);
                gp_civil_from_days(n, &yy, &mm, &dd);
                if (n != expected || yy != y || mm != m || dd != d) failures++;
            }
    CHECK(failures == 0);
    CHECK(days == 109938); /* 301 years, 73 of them leap */
    CHECK(expected - 1 == 84370);
}

static void test_weekdays(void)
{
    CHECK(gp_weekday(0) == 3); /* 1970-01-01, a Thursday */
    CHECK(gp_weekday(gp_days_from_civil(1900, 1, 1)) == 0); /* Monday */
    CHECK(gp_weekday(gp_days_from_civil(2000, 1, 1)) == 5); /* Saturday */
    CHECK(gp_weekday(gp_days_from_civil(2026, 3, 1)) == 6); /* Sunday */
    CHECK(gp_weekday(gp_days_from_civil(2200, 12, 31)) == 2); /* Wednesday */
    CHECK(gp_weekday(-1) == 2);
    /* Seven days on is the same weekday, across the whole range. */
    int failures = 0;
    for (gp_day_t n = gp_days_from_civil(1900, 1, 1); n < 84370 - 7; n += 13)
        if (gp_weekday(n + 7) != gp_weekday(n) || gp_weekday(n + 1) != (gp_weekday(n) + 1) % 7) failures++;
    CHECK(failures == 0);
}

static void check_add_months(int y, int m, int d, int months, int ey, int em, int ed)
{
    int yy, mm, dd;
    gp_civil_from_days(gp_add_months(gp_days_from_civil(y, m, d), months), &yy, &mm, &dd);
    CHECK(yy == ey && mm == em && dd == ed);
    if (!(yy == ey && mm == em && dd == ed))
        fprintf(stderr, "  %04d-%02d-%02d %+d months: got %04d-%02d-%02d\n", y, m, d, months, yy, mm, dd);
}

static void test_add_months(void)
{
    check_add_months(2026, 1, 31, 1, 2026, 2, 28); /* clamped to February's end */
    check_add_months(2024, 1, 31, 1, 2024, 2, 29);
    check_add_months(2024, 2, 29, 12, 2025, 2, 28);
    check_add_months(2024, 2, 29, 48, 2028, 2, 29);
    check_add_months(2026, 3, 31, -1, 2026, 2, 28);
    check_add_months(2026, 3, 31, 1, 2026, 4, 30);
    check_add_months(2026, 1, 15, -13, 2024, 12, 15);
    check_add_months(2026, 12, 15, 1, 2027, 1, 15);
    check_add_months(2026, 5, 10, 0, 2026, 5, 10);
    check_add_months(1900, 1, 31, 1, 1900, 2, 28);
    check_add_months(2199, 12, 31, 2, 2200, 2, 28);
}

static void test_end_of_month_and_quarter(void)
{
    int y, m, d;
    gp_civil_from_days(gp_end_of_month(gp_days_from_civil(2024, 2, 3)), &y, &m, &d);
    CHECK(y == 2024 && m == 2 && d == 29);
    gp_civil_from_days(gp_end_of_month(gp_days_from_civil(2026, 12, 31)), &y, &m, &d);
    CHECK(y == 2026 && m == 12 && d == 31);
    CHECK(gp_quarter(gp_days_from_civil(2026, 3, 31)) == 1);
    CHECK(gp_quarter(gp_days_from_civil(2026, 4, 1)) == 2);
    CHECK(gp_quarter(gp_days_from_civil(2026, 12, 1)) == 4);
}

static void test_iso_text(void)
{
    gp_day_t n = -99;
    CHECK(gp_date_parse_iso("2026-03-01", &n) && n == 20513);
    CHECK(gp_date_parse_iso("2000-02-29", &n) && n == gp_days_from_civil(2000, 2, 29));
    CHECK(!gp_date_parse_iso("2100-02-29", &n));
    CHECK(!gp_date_parse_iso("2026-3-1", &n)); /* strict: padded only */
    CHECK(!gp_date_parse_iso(" 2026-03-01", &n));
    CHECK(!gp_date_parse_iso("2026-03-01T00:00", &n));
    CHECK(!gp_date_parse_iso("2026/03/01", &n));
    CHECK(!gp_date_parse_iso("", &n));
    CHECK(!gp_date_parse_iso(NULL, &n));
    char text[11];
    gp_date_format_iso(gp_days_from_civil(1900, 1, 1), text);
    CHECK_STR(text, "1900-01-01");
    gp_date_format_iso(84370, text);
    CHECK_STR(text, "2200-12-31");
    char long_text[32];
    gp_date_format_long(gp_days_from_civil(2026, 12, 31), long_text, sizeof long_text);
    CHECK_STR(long_text, "31 Dec 2026");
}

static void test_month_names(void)
{
    size_t len = 0;
    CHECK(gp_month_from_name("September", &len) == 9 && len == 9);
    CHECK(gp_month_from_name("sept 5", &len) == 9 && len == 4);
    CHECK(gp_month_from_name("DEC", &len) == 12 && len == 3);
    CHECK(gp_month_from_name("ma", &len) == 0); /* too short to tell */
    CHECK(gp_month_from_name("mayday", &len) == 0);
    CHECK(gp_month_from_name("jun.", &len) == 6 && len == 3);
}

int main(void)
{
    RUN(test_leap_years);
    RUN(test_month_lengths);
    RUN(test_valid_dates);
    RUN(test_known_day_numbers);
    RUN(test_every_day_is_next_and_round_trips);
    RUN(test_weekdays);
    RUN(test_add_months);
    RUN(test_end_of_month_and_quarter);
    RUN(test_iso_text);
    RUN(test_month_names);
    return check_report();
}
