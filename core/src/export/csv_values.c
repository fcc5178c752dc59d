/* csv_values.c - loose dates and numbers as spreadsheets write them. */
#include "csv_values.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates ----------------------------------------------------------------- */

/* Reads the run of digits at *P (advancing it); returns how many there
 * were, with their value in *VALUE when there are at most 9. */
static int read_digits(const char **p, int *value)
{
    int count = 0, v = 0;
    while (isdigit((unsigned char)**p)) {
        if (count < 9) v = v * 10 + (**p - '0');
        count++;
        (*p)++;
    }
    *value = v;
    return count;
}

static void skip_spaces(const char **p)
{
    while (**p == ' ' || **p == '\t') (*p)++;
}

/* A weekday name or its usual abbreviation, as a whole word. */
static size_t weekday_length(const char *s)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                        "fri", "sat", "sun", NULL};
    size_t n = 0;
    while (isalpha((unsigned char)s[n])) n++;
    for (int i = 0; names[i]; i++)
        if (strlen(names[i]) == n) {
            size_t k = 0;
            while (k < n && tolower((unsigned char)s[k]) == names[i][k]) k++;
            if (k == n) return n;
        }
    return 0;
}

/* After a date: nothing, or a time of day ("T10:00", " 00:00:00"). */
static bool at_end(const char *p)
{
    skip_spaces(&p);
    if (!*p) return true;
    if (p[-1] != ' ' && p[-1] != '\t' && *p != 'T') return false;
    if (*p == 'T') p++;
    if (!isdigit((unsigned char)*p)) return false;
    while (isdigit((unsigned char)*p)) p++;
    return *p == ':';
}

static void skip_ordinal(const char **p)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    for (int i = 0; i < 4; i++)
        if (tolower((unsigned char)(*p)[0]) == suffixes[i][0] && tolower((unsigned char)(*p)[1]) == suffixes[i][1] &&
            !isalpha((unsigned char)(*p)[2])) {
            *p += 2;
            return;
        }
}

static gp_loose_date_t fixed(int year, int month, int day)
{
    gp_loose_date_t d = {GP_LOOSE_NO_SUCH_DAY, 0, 0, 0, year, 0};
    if (gp_date_valid(year, month, day)) {
        d.kind = GP_LOOSE_FIXED;
        d.day = gp_days_from_civil(year, month, day);
    }
    return d;
}

static const gp_loose_date_t not_a_date = {GP_LOOSE_NONE, 0, 0, 0, 0, 0};

/* A month word with an optional full stop ("Nov."); 0 when none. */
static int read_month(const char **p)
{
    size_t len = 0;
    int month = gp_month_from_name(*p, &len);
    if (!month) return 0;
    *p += len;
    if (**p == '.') (*p)++;
    return month;
}

/* "Nov 22, 2026", "November 22nd 2026", "Nov 2026". */
static gp_loose_date_t month_first_words(const char *p)
{
    int month = read_month(&p), day, year;
    if (!month) return not_a_date;
    skip_spaces(&p);
    int count = read_digits(&p, &day);
    if (count == 4 && at_end(p)) return fixed(day, month, 1);
    if (count < 1 || count > 2) return not_a_date;
    skip_ordinal(&p);
    if (*p == ',') p++;
    skip_spaces(&p);
    if (read_digits(&p, &year) != 4 || !at_end(p)) return not_a_date;
    return fixed(year, month, day);
}

/* After the leading day number: " Nov 2026", "-Nov-2026", "nd November, 2026". */
static gp_loose_date_t day_first_words(const char *p, int day)
{
    skip_ordinal(&p);
    char sep = *p;
    if (sep == '-' || sep == '.' || sep == '/') p++;
    else sep = ' ';
    skip_spaces(&p);
    int month = read_month(&p), year;
    if (!month) return not_a_date;
    if (*p == ',') p++;
    if (sep != ' ' && *p == sep) p++;
    skip_spaces(&p);
    int count = read_digits(&p, &year);
    if (count == 2) year += 2000;
    else if (count != 4) return not_a_date;
    if (!at_end(p)) return not_a_date;
    return fixed(year, month, day);
}

static gp_loose_date_t numeric(const char *p)
{
    int a, b, c;
    int count = read_digits(&p, &a);
    if (count == 8 && at_end(p)) return fixed(a / 10000, a / 100 % 100, a % 100);
    if (count == 6 && at_end(p)) return fixed(a / 100, a % 100, 1);
    char sep = *p;
    if (count == 4 && (sep == '-' || sep == '/' || sep == '.')) {
        p++;
        int mcount = read_digits(&p, &b);
        if (mcount < 1 || mcount > 2) return not_a_date;
        if (at_end(p) && sep == '-') return fixed(a, b, 1);
        if (*p != sep) return not_a_date;
        p++;
        int dcount = read_digits(&p, &c);
        if (dcount < 1 || dcount > 2 || !at_end(p)) return not_a_date;
        return fixed(a, b, c);
    }
    if (count < 1 || count > 2) return not_a_date;
    if (sep == '-' || sep == '/' || sep == '.') {
        const char *after = p + 1;
        if (isalpha((unsigned char)*after)) return day_first_words(p, a);
        p = after;
        int bcount = read_digits(&p, &b);
        if (bcount < 1 || bcount > 2 || *p != sep) return not_a_date;
        p++;
        int ycount = read_digits(&p, &c);
        if (ycount == 2) c += 2000;
        else if (ycount != 4) return not_a_date;
        if (!at_end(p)) return not_a_date;
        gp_loose_date_t d = {GP_LOOSE_YEAR_LAST, 0, a, b, c, sep};
        return d;
    }
    return day_first_words(p, a);
}

gp_loose_date_t gp_loose_date_read(const char *text)
{
    const char *p = text;
    skip_spaces(&p);
    size_t weekday = weekday_length(p);
    if (weekday) {
        p += weekday;
        if (*p == '.') p++;
        if (*p == ',') p++;
        skip_spaces(&p);
    }
    if (isdigit((unsigned char)*p)) return numeric(p);
    if (isalpha((unsigned char)*p)) return month_first_words(p);
    return not_a_date;
}

bool gp_loose_date_resolve(const gp_loose_date_t *d, bool month_first, gp_day_t *out)
{
    if (d->kind == GP_LOOSE_FIXED) {
        *out = d->day;
        return true;
    }
    if (d->kind != GP_LOOSE_YEAR_LAST) return false;
    int month = month_first ? d->first : d->second, day = month_first ? d->second : d->first;
    if (!gp_date_valid(d->year, month, day)) return false;
    *out = gp_days_from_civil(d->year, month, day);
    return true;
}

/* ---- numbers --------------------------------------------------------------- */

/* Byte length of a space-like character at S (space, tab, no-break
 * spaces U+00A0 and U+202F), 0 if none. */
static size_t space_length(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == ' ' || u[0] == '\t') return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0) return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF) return 3;
    return 0;
}

/* Byte length of a currency sign at S: $ £ ¥ € (and US$), or a three-letter
 * upper-case code such as EUR that is not part of a longer word. */
static size_t currency_length(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == '$') return 1;
    if (u[0] == 'U' && u[1] == 'S' && u[2] == '$') return 3;
    if (u[0] == 0xC2 && (u[1] == 0xA3 || u[1] == 0xA5)) return 2;
    if (u[0] == 0xE2 && u[1] == 0x82 && u[2] == 0xAC) return 3;
    if (isupper(u[0]) && isupper(u[1]) && isupper(u[2]) && !isalpha(u[3])) return 3;
    return 0;
}

static size_t minus_length(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == '-') return 1;
    if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92) return 3; /* U+2212 minus sign */
    return 0;
}

enum { NUMBER_MAX_BYTES = 128 };

/* The digits between P and END with MARK as the decimal mark and any one
 * of , . ' or a space grouping thousands in threes. */
static gp_number_status_t read_plain(const char *p, const char *end, char mark, bool negative, double *out)
{
    char clean[NUMBER_MAX_BYTES + 2];
    size_t c = 0;
    if (negative) clean[c++] = '-';
    int group_digits = 0, groups = 0;
    char group_sep = 0;
    bool digits_before = false, digits_after = false;
    const char *q = p;
    while (q < end) {
        if (isdigit((unsigned char)*q)) {
            clean[c++] = *q++;
            group_digits++;
            digits_before = true;
            continue;
        }
        if (*q == mark) break;
        size_t sep_len = space_length(q);
        char sep = sep_len ? ' ' : (*q == ',' || *q == '.' || *q == '\'') ? *q : 0;
        if (!sep) break;
        if (group_sep && sep != group_sep) return GP_NUMBER_NOT_NUMBER;
        if (groups == 0 ? (group_digits < 1 || group_digits > 3) : group_digits != 3) return GP_NUMBER_NOT_NUMBER;
        group_sep = sep;
        groups++;
        group_digits = 0;
        q += sep_len ? sep_len : 1;
    }
    if (groups > 0 && group_digits != 3) return GP_NUMBER_NOT_NUMBER;
    if (q < end && *q == mark) {
        clean[c++] = '.';
        q++;
        while (q < end && isdigit((unsigned char)*q)) {
            clean[c++] = *q++;
            digits_after = true;
        }
    }
    if (!digits_before && !digits_after) return GP_NUMBER_NOT_NUMBER;
    if (q < end && (*q == 'e' || *q == 'E')) {
        clean[c++] = 'e';
        q++;
        if (q < end && (*q == '+' || *q == '-')) clean[c++] = *q++;
        if (q >= end || !isdigit((unsigned char)*q)) return GP_NUMBER_NOT_NUMBER;
        while (q < end && isdigit((unsigned char)*q)) clean[c++] = *q++;
    }
    if (q != end) return GP_NUMBER_NOT_NUMBER;
    clean[c] = '\0';
    double v = strtod(clean, NULL);
    if (!isfinite(v)) return GP_NUMBER_NOT_FINITE;
    *out = v == 0 ? 0 : v;
    return GP_NUMBER_OK;
}

gp_number_status_t gp_loose_number_read(const char *text, bool decimal_comma, double *out)
{
    size_t n = strlen(text);
    if (n > NUMBER_MAX_BYTES) return GP_NUMBER_NOT_NUMBER;
    const char *p = text, *end = text + n;
    bool negative = false, sign_seen = false, percent = false, bracket = false, decorated = false;
    /* Leading decoration: spaces, one sign, a currency, an opening bracket. */
    for (;;) {
        size_t k;
        if ((k = space_length(p))) p += k;
        else if (!sign_seen && (k = minus_length(p))) p += k, negative = sign_seen = true;
        else if (!sign_seen && *p == '+') p++, sign_seen = true;
        else if (!bracket && !sign_seen && *p == '(') p++, bracket = true;
        else if ((k = currency_length(p))) p += k, decorated = true;
        else break;
    }
    /* Trailing decoration: spaces, percent, currency, the closing bracket. */
    for (;;) {
        size_t left = (size_t)(end - p);
        if (left >= 1 && (end[-1] == ' ' || end[-1] == '\t')) end--;
        else if (left >= 2 && space_length(end - 2) == 2) end -= 2;
        else if (left >= 3 && space_length(end - 3) == 3) end -= 3;
        else if (!percent && left >= 1 && end[-1] == '%') end--, percent = true;
        else if (bracket && left >= 1 && end[-1] == ')') end--, bracket = false, negative = !negative;
        else if (left >= 1 && end[-1] == '$') end--, decorated = true;
        else if (left >= 2 && currency_length(end - 2) == 2) end -= 2, decorated = true;
        else if (left >= 3 && currency_length(end - 3) == 3 && (left == 3 || !isalpha((unsigned char)end[-4])))
            end -= 3, decorated = true;
        else break;
    }
    if (bracket) return GP_NUMBER_NOT_NUMBER;
    if (p >= end) return sign_seen || percent || decorated ? GP_NUMBER_NOT_NUMBER : GP_NUMBER_EMPTY;

    /* The decimal mark: the file's convention, unless both '.' and ',' are
     * used, in which case the later one is the decimal mark (1.234,5). */
    const char *last_dot = NULL, *last_comma = NULL;
    for (const char *q = p; q < end; q++) {
        if (*q == '.') last_dot = q;
        if (*q == ',') last_comma = q;
    }
    if (last_dot && last_comma) return read_plain(p, end, last_dot > last_comma ? '.' : ',', negative, out);
    gp_number_status_t status = read_plain(p, end, decimal_comma ? ',' : '.', negative, out);
    /* A mark that cannot be a thousands separator where it stands ("1.5" in
     * a semicolon file, "1 234,5" in a comma file) is the decimal mark. */
    if (status == GP_NUMBER_NOT_NUMBER && decimal_comma && last_dot && !last_comma)
        status = read_plain(p, end, '.', negative, out);
    if (status == GP_NUMBER_NOT_NUMBER && !decimal_comma && last_comma && !last_dot)
        status = read_plain(p, end, ',', negative, out);
    return status;
}
