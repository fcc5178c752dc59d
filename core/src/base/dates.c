/* dates.c - calendar arithmetic (days-from-civil) and ISO dates.
 * The day-number conversions follow Howard Hinnant's published algorithms
 * for the proleptic Gregorian calendar, reworked here for C. */
#include "dates.h"

#include <string.h>

#include "textbuf.h"

bool gp_is_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int gp_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && gp_is_leap_year(year) ? 29 : days[month - 1];
}

bool gp_date_valid(int year, int month, int day)
{
    return year >= GP_YEAR_MIN && year <= GP_YEAR_MAX && day >= 1 && day <= gp_days_in_month(year, month);
}

gp_day_t gp_days_from_civil(int year, int month, int day)
{
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (gp_day_t)(era * 146097 + doe - 719468);
}

void gp_civil_from_days(gp_day_t days, int *year, int *month, int *day)
{
    int z = (int)days + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    *year = yoe + era * 400 + (m <= 2);
    *month = m;
    *day = d;
}

int gp_weekday(gp_day_t days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    int w = (int)((days + 3) % 7);
    return w < 0 ? w + 7 : w;
}

gp_day_t gp_add_months(gp_day_t days, int months)
{
    int y, m, d;
    gp_civil_from_days(days, &y, &m, &d);
    int index = y * 12 + (m - 1) + months;
    int ny = index >= 0 ? index / 12 : (index - 11) / 12;
    int nm = index - ny * 12 + 1;
    int last = gp_days_in_month(ny, nm);
    return gp_days_from_civil(ny, nm, d > last ? last : d);
}

gp_day_t gp_end_of_month(gp_day_t days)
{
    int y, m, d;
    gp_civil_from_days(days, &y, &m, &d);
    return gp_days_from_civil(y, m, gp_days_in_month(y, m));
}

int gp_quarter(gp_day_t days)
{
    int y, m, d;
    gp_civil_from_days(days, &y, &m, &d);
    return (m - 1) / 3 + 1;
}

bool gp_date_parse_iso(const char *text, gp_day_t *out)
{
    if (!text) return false;
    /* Stops at the terminator, so no strlen: measurements parse thousands. */
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? text[i] != '-' : (unsigned)(text[i] - '0') > 9u) return false;
    if (text[10] != '\0') return false;
    int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    int m = (text[5] - '0') * 10 + (text[6] - '0');
    int d = (text[8] - '0') * 10 + (text[9] - '0');
    if (!gp_date_valid(y, m, d)) return false;
    *out = gp_days_from_civil(y, m, d);
    return true;
}

void gp_date_format_iso(gp_day_t days, char out[11])
{
    int y, m, d;
    gp_civil_from_days(days, &y, &m, &d);
    /* Digits by hand: charts format thousands of dates per call, and
     * snprintf costs about ten times as much. */
    y = ((y % 10000) + 10000) % 10000;
    const int parts[3] = {y, m, d}, widths[3] = {4, 2, 2};
    char *p = out;
    for (int k = 0; k < 3; k++) {
        for (int w = widths[k] - 1, v = parts[k]; w >= 0; w--, v /= 10) p[w] = (char)('0' + v % 10);
        p += widths[k];
        *p++ = k < 2 ? '-' : '\0';
    }
}

/* Letters as the "C" locale's isalpha has them: ASCII only. */
static bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static const char *const month_names[12] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};

void gp_date_format_long(gp_day_t days, char *out, size_t n)
{
    static const char *const abbrev[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int y, m, d;
    gp_civil_from_days(days, &y, &m, &d);
    if (n == 0) return;
    /* By hand, as in gp_date_format_iso: an evaluated goal writes several. */
    char text[48];
    size_t len = gp_format_integer(d, text);
    text[len++] = ' ';
    memcpy(text + len, abbrev[m - 1], 3);
    len += 3;
    text[len++] = ' ';
    len += gp_format_integer(y, text + len);
    if (len >= n) len = n - 1;
    memcpy(out, text, len);
    out[len] = '\0';
}

int gp_month_from_name(const char *text, size_t *len)
{
    static const uint8_t name_lengths[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    /* The word's letters, lower-cased; no month name is longer than nine. */
    char word[10];
    size_t n = 0;
    while (n < sizeof word && ascii_letter(text[n])) {
        word[n] = (char)(text[n] | 0x20);
        n++;
    }
    if (n < 3 || n == sizeof word) return 0;
    for (int i = 0; i < 12; i++) {
        /* The full name, or a prefix of it: "sep", "sept", "dec". */
        if (month_names[i][0] == word[0] && n <= name_lengths[i] && memcmp(month_names[i], word, n) == 0) {
            if (len) *len = n;
            return i + 1;
        }
    }
    return 0;
}

double gp_months_between(gp_day_t a, gp_day_t b) { return (double)(b - a) / 30.44; }
