/* timeframe.c - time phrases of goal statements, and the date.parse method.
 *
 * The scanner walks the tokens once. At each position it reads an optional
 * opener ("by", "within", "no later than", "starting"), an optional "the
 * end of" / "the start of", and then one of: a date, a period (month,
 * quarter, half, year, season, week, weekday, holiday, "this"/"next" unit),
 * a duration ("6 months"), an event ("first week of launch") or a rate
 * ("per month"). Conventions are listed in timeframe.h. */
#include "timeframe.h"
#include "smart.h"

#include <stdio.h>
#include <string.h>

#include "cJSON.h"
#include "base/fields.h"
#include "base/gp_limits.h"

typedef struct {
    gp_text_t *t;
    bool has_today;
    gp_day_t today;
    int ty, tm, td;
} ctx_t;

/* A span of days; RESOLVED false when it depends on an unknown today. */
typedef struct {
    gp_day_t lo, hi;
    bool resolved, year_known;
    int span_days;
    const char *assumption;
} period_t;

enum { MODE_PLAIN, MODE_END, MODE_START };

/* ---- token helpers -------------------------------------------------------- */

static const gp_token_t *tk(const ctx_t *c, int i) { return i >= 0 && i < c->t->count ? &c->t->tok[i] : NULL; }
static int tw(const ctx_t *c, int i) { return gp_text_tw(c->t, i); }
static bool is(const ctx_t *c, int i, const char *w) { return gp_text_is(c->t, i, w); }

static bool plain_number(const ctx_t *c, int i, double lo, double hi)
{
    const gp_token_t *k = tk(c, i);
    return k && k->kind == GP_TOK_NUMBER && !(k->num & (GP_NUM_PERCENT | GP_NUM_CURRENCY | GP_NUM_RANGE | GP_NUM_RANK)) &&
           k->value >= lo && k->value <= hi && k->value == (double)(int)k->value;
}

/* A four-digit year in the supported range. */
static int year_at(const ctx_t *c, int i)
{
    const gp_token_t *k = tk(c, i);
    if (!k || k->kind != GP_TOK_NUMBER || !(k->num & GP_NUM_PLAIN_INT) || k->end - k->start != 4) return 0;
    int y = (int)k->value;
    return y >= GP_YEAR_MIN && y <= GP_YEAR_MAX ? y : 0;
}

/* Whether a word of N bytes at S could name a month ("dec" to "september"):
 * the reader asks this of nearly every word, and most fail on the length
 * or the first letter before the names need comparing. */
static bool could_be_month(const char *s, size_t n)
{
    if (n < 3 || n > 9) return false;
    switch (s[0] | 0x20) {
    case 'a': case 'd': case 'f': case 'j': case 'm': case 'n': case 'o': case 's': return true;
    default: return false;
    }
}

/* Month named by token I (full name or 3+ letter prefix), or 0. Inline:
 * asked of nearly every token, which could_be_month mostly turns away. */
static inline int month_at(const ctx_t *c, int i, bool *risky)
{
    const gp_token_t *k = tk(c, i);
    if (!k || k->kind != GP_TOK_WORD || !could_be_month(c->t->text + k->start, k->end - k->start)) return 0;
    size_t len = 0;
    int m = gp_month_from_name(c->t->text + k->start, &len);
    if (!m || len != k->end - k->start) return 0;
    /* "may", "march", "mar", "jan": also ordinary words or too short to trust alone. */
    if (risky) *risky = len < 4 || m == 5 || (m == 3 && len == 5);
    return m;
}

/* The rest of code_word, once the first letter matched. */
static bool code_word_rest(const char *s, size_t n, const char *prefix, int *value, int *digits)
{
    size_t p = strlen(prefix);
    if (n <= p || n > p + 4) return false;
    for (size_t j = 0; j < p; j++)
        if ((s[j] | 0x20) != prefix[j]) return false;
    int v = 0;
    for (size_t j = p; j < n; j++) {
        if (s[j] < '0' || s[j] > '9') return false;
        v = v * 10 + (s[j] - '0');
    }
    *value = v;
    *digits = (int)(n - p);
    return true;
}

/* Token text equal (case-insensitively) to a letter followed by a digit
 * run, e.g. "q3", "h1", "fy2026": writes the letters' digit value. Asked
 * of nearly every token, so the first letter, which turns most away, is
 * checked here, where it can be inlined, and the rest only after it. */
static inline bool code_word(const ctx_t *c, int i, const char *prefix, int *value, int *digits)
{
    const gp_token_t *k = tk(c, i);
    if (!k || k->kind != GP_TOK_WORD) return false;
    const char *s = c->t->text + k->start;
    return (s[0] | 0x20) == prefix[0] && code_word_rest(s, k->end - k->start, prefix, value, digits);
}

/* ---- periods -------------------------------------------------------------- */

static gp_day_t ymd(int y, int m, int d) { return gp_days_from_civil(y, m, d); }

static period_t months_of(int y, int m, int count, bool year_known)
{
    period_t p = {0};
    p.lo = ymd(y, m, 1);
    p.hi = gp_add_months(p.lo, count) - 1;
    p.resolved = true;
    p.year_known = year_known;
    return p;
}

/* A yearly period (given by its first month and length) with no year
 * written: the first occurrence not yet over. */
static bool yearly(const ctx_t *c, int m, int count, int year, period_t *p)
{
    if (year) {
        *p = months_of(year, m, count, true);
        return true;
    }
    memset(p, 0, sizeof *p);
    if (!c->has_today) return true;
    *p = months_of(c->ty, m, count, false);
    if (p->hi < c->today) *p = months_of(c->ty + 1, m, count, false);
    return true;
}

static bool one_day(const ctx_t *c, int m, int d, int year, period_t *p)
{
    memset(p, 0, sizeof *p);
    if (year) {
        if (!gp_date_valid(year, m, d)) return false;
        p->lo = p->hi = ymd(year, m, d);
        p->resolved = p->year_known = true;
        return true;
    }
    if (d < 1 || d > gp_days_in_month(2000, m)) return false; /* 2000 is a leap year */
    if (!c->has_today) return true;
    for (int y = c->ty; y <= c->ty + 4; y++) {
        if (gp_date_valid(y, m, d) && ymd(y, m, d) >= c->today) {
            p->lo = p->hi = ymd(y, m, d);
            p->resolved = true;
            return true;
        }
    }
    return false;
}

/* The current (OFFSET 0), next (1) or last (-1) week, month, quarter, year. */
static void unit_period(const ctx_t *c, int unit, int offset, period_t *p)
{
    memset(p, 0, sizeof *p);
    if (!c->has_today) return;
    switch (unit) {
    case GP_TW_WEEK:
    case GP_TW_WEEKEND: {
        gp_day_t monday = c->today - gp_weekday(c->today) + 7 * offset;
        p->lo = unit == GP_TW_WEEKEND ? monday + 5 : monday;
        p->hi = monday + 6;
        break;
    }
    case GP_TW_MONTH: *p = months_of(c->ty, c->tm, 1, false); p->lo = gp_add_months(p->lo, offset); p->hi = gp_end_of_month(p->lo); break;
    case GP_TW_QUARTER: {
        int q = (c->tm - 1) / 3 + offset;
        int y = c->ty + (q >= 0 ? q / 4 : -1);
        q = ((q % 4) + 4) % 4;
        *p = months_of(y, q * 3 + 1, 3, false);
        break;
    }
    default: *p = months_of(c->ty + offset, 1, 12, false); break;
    }
    p->resolved = true;
}

/* Seasons, northern meteorological: spring Mar, summer Jun, autumn Sep, winter Dec. */
static bool season(const ctx_t *c, int which, int year, bool next, period_t *p)
{
    int first = which == GP_TW_SPRING ? 3 : which == GP_TW_SUMMER ? 6 : which == GP_TW_AUTUMN ? 9 : 12;
    if (year) {
        *p = months_of(year, first, 3, true);
        return true;
    }
    memset(p, 0, sizeof *p);
    if (!c->has_today) return true;
    for (int y = c->ty - 1; y <= c->ty + 2; y++) {
        period_t s = months_of(y, first, 3, false);
        if (s.hi < c->today) continue;
        if (next && s.lo <= c->today) continue; /* "next summer" while it is summer */
        *p = s;
        return true;
    }
    return false;
}

static bool weekday(const ctx_t *c, int wd, bool next, period_t *p)
{
    memset(p, 0, sizeof *p);
    if (!c->has_today) return true;
    int delta = (wd - gp_weekday(c->today) + 7) % 7;
    gp_day_t d = c->today + delta;
    /* "next Friday": the one in the following week. */
    if (next && d - (c->today - gp_weekday(c->today)) < 7) d += 7;
    p->lo = p->hi = d;
    p->resolved = true;
    return true;
}

/* The Nth (from 1) weekday WD (Monday 0) of month M of year Y. */
static gp_day_t nth_weekday(int y, int m, int wd, int n)
{
    gp_day_t first = ymd(y, m, 1);
    return first + (wd - gp_weekday(first) + 7) % 7 + 7 * (n - 1);
}

/* Easter Sunday of year Y (the Gregorian computus). */
static gp_day_t easter(int y)
{
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451, n = h + l - 7 * m + 114;
    return ymd(y, n / 31, n % 31 + 1);
}

/* The day of the moving holiday RULE (GP_HOLIDAY_) in year Y. */
static gp_day_t holiday_in(int rule, int y)
{
    switch (rule) {
    case GP_HOLIDAY_THANKSGIVING: return nth_weekday(y, 11, 3, 4);
    case GP_HOLIDAY_BLACK_FRIDAY: return nth_weekday(y, 11, 3, 4) + 1;
    case GP_HOLIDAY_CYBER_MONDAY: return nth_weekday(y, 11, 3, 4) + 4;
    case GP_HOLIDAY_EASTER: return easter(y);
    case GP_HOLIDAY_MOTHERS_DAY: return nth_weekday(y, 5, 6, 2);
    default: return nth_weekday(y, 6, 6, 3); /* GP_HOLIDAY_FATHERS_DAY */
    }
}

/* The words the holiday at I takes ("Black Friday", "Mother's Day",
 * "Easter Sunday", "Christmas"); 0 when its second word is missing. */
static int moving_holiday_words(const ctx_t *c, int i, int rule)
{
    switch (rule) {
    case GP_HOLIDAY_BLACK_FRIDAY: return is(c, i + 1, "friday") ? 2 : 0;
    case GP_HOLIDAY_CYBER_MONDAY: return is(c, i + 1, "monday") ? 2 : 0;
    case GP_HOLIDAY_MOTHERS_DAY:
    case GP_HOLIDAY_FATHERS_DAY: return tw(c, i + 1) == GP_TW_DAY ? 2 : 0;
    case GP_HOLIDAY_EASTER: return is(c, i + 1, "sunday") ? 2 : 1;
    default: return 1;
    }
}

/* The moving holiday RULE in YEAR, or (YEAR 0) its next one on or after today. */
static bool moving_day(const ctx_t *c, int rule, int year, period_t *p)
{
    memset(p, 0, sizeof *p);
    if (rule == GP_HOLIDAY_MOTHERS_DAY) p->assumption = "Mother's Day is taken as the US date, the second Sunday of May.";
    if (year) {
        p->lo = p->hi = holiday_in(rule, year);
        p->resolved = p->year_known = true;
        return true;
    }
    if (!c->has_today) return true;
    for (int y = c->ty; y <= c->ty + 1; y++) {
        gp_day_t d = holiday_in(rule, y);
        if (d >= c->today) {
            p->lo = p->hi = d;
            p->resolved = true;
            return true;
        }
    }
    return false;
}

/* "next year" or "this year" at I as a year (today's known), 0 otherwise;
 * *USED gets the words it takes. */
static int year_words_at(const ctx_t *c, int i, int *used)
{
    *used = 0;
    if (!c->has_today || tw(c, i + 1) != GP_TW_YEAR || tk(c, i + 1)->plural) return 0;
    int offset = tw(c, i) == GP_TW_NEXT ? 1 : tw(c, i) == GP_TW_THIS ? 0 : -1;
    if (offset < 0) return 0;
    *used = 2;
    return c->ty + offset;
}

/* ---- the phrase cores ------------------------------------------------------ */

/* Dates and named periods at I; returns tokens used (0: none). HAS_OPENER
 * says whether a preposition or "end of" came first (bare words such as
 * "may" or "2021" only count after one). */
static int period_at(const ctx_t *c, int i, bool has_opener, period_t *p)
{
    const gp_token_t *k = tk(c, i);
    if (!k) return 0;
    memset(p, 0, sizeof *p);
    if (k->kind == GP_TOK_DATE) {
        p->lo = p->hi = k->day;
        p->resolved = p->year_known = true;
        return 1;
    }
    int j = i, v, nd, m;
    bool risky = false;
    /* Month first: "December 31, 2019", "Dec. 31st", "June 2026", "August". */
    if ((m = month_at(c, j, &risky)) != 0) {
        j++;
        /* "Dec. 31": the point of an abbreviation, not the end of the sentence ("by March."). */
        if (gp_text_punct(c->t, j, '.') && (plain_number(c, j + 1, 1, 31) || year_at(c, j + 1))) j++;
        if (plain_number(c, j, 1, 31) && !year_at(c, j)) {
            int d = (int)tk(c, j)->value;
            j++;
            if (gp_text_punct(c->t, j, ',')) j++;
            int y = year_at(c, j);
            if (y) j++;
            else if (gp_text_punct(c->t, j - 1, ',')) j--;
            if (risky && !has_opener && !y) return 0;
            return one_day(c, m, d, y, p) ? j - i : 0;
        }
        if (gp_text_punct(c->t, j, ',') && year_at(c, j + 1)) j++;
        int y = year_at(c, j), words = 0;
        if (y) j++;
        else if ((y = year_words_at(c, j, &words)) != 0) j += words; /* "March next year" */
        else if (gp_text_punct(c->t, j - 1, ',')) j--;
        if (!y && (!has_opener || (risky && m != 3 && m != 5 && m != 1))) return 0;
        if (!y && risky && m == 5 && !has_opener) return 0;
        yearly(c, m, 1, y, p);
        return j - i;
    }
    /* Day first: "31 December 2026", "1st of June". */
    if (plain_number(c, j, 1, 31) && !year_at(c, j)) {
        int d = (int)k->value, n = 1;
        if (is(c, j + 1, "of")) n = 2;
        if ((m = month_at(c, j + n, NULL)) != 0) {
            j += n + 1;
            if (gp_text_punct(c->t, j, ',') && year_at(c, j + 1)) j++;
            int y = year_at(c, j);
            if (y) j++;
            return one_day(c, m, d, y, p) ? j - i : 0;
        }
    }
    /* "early 2027", "mid-2027", "late March": a part of a year or a month,
     * pinned to a day the student should confirm. */
    if ((is(c, j, "early") || is(c, j, "mid") || is(c, j, "late")) && has_opener) {
        int at = j + 1 + (gp_text_punct(c->t, j + 1, '-') ? 1 : 0);
        bool year = year_at(c, at) != 0;
        if (!year && !month_at(c, at, NULL)) return 0;
        period_t whole;
        int used = period_at(c, at, true, &whole);
        if (!used) return 0;
        *p = whole;
        p->assumption = "'early', 'mid' and 'late' are taken as the end of March, June and December of a year, "
                        "and the 10th, the 15th and the last day of a month.";
        if (!whole.resolved) return at + used - i;
        int wy, wm, wd;
        gp_civil_from_days(whole.lo, &wy, &wm, &wd);
        gp_day_t day = whole.hi;
        if (is(c, j, "early")) day = year ? ymd(wy, 3, 31) : ymd(wy, wm, 10);
        else if (is(c, j, "mid")) day = year ? ymd(wy, 6, 30) : ymd(wy, wm, 15);
        p->lo = p->hi = day;
        return at + used - i;
    }
    /* Quarters and halves: "Q3", "Q1 of 2023", "Q4 2026", "H2", "the 4th quarter". */
    if (tw(c, j) == GP_TW_THE && (tw(c, j + 2) == GP_TW_QUARTER || tw(c, j + 2) == GP_TW_HALF)) j++;
    bool quarter = code_word(c, j, "q", &v, &nd) && nd == 1 && v >= 1 && v <= 4;
    bool half = !quarter && code_word(c, j, "h", &v, &nd) && nd == 1 && v >= 1 && v <= 2;
    if (!quarter && !half) {
        /* "the 4th quarter", "fourth quarter", "first half" */
        int ord = 0;
        if (tw(c, j) >= GP_TW_FIRST && tw(c, j) <= GP_TW_FOURTH) ord = (int)gp_text_lex(c->t, j)->value;
        else if (plain_number(c, j, 1, 4) && (tk(c, j)->num & GP_NUM_ORDINAL)) ord = (int)tk(c, j)->value;
        if (ord && tw(c, j + 1) == GP_TW_QUARTER) quarter = true, v = ord, j++;
        else if (ord && ord <= 2 && tw(c, j + 1) == GP_TW_HALF) half = true, v = ord, j++;
    }
    if (quarter || half) {
        j++;
        int y = 0;
        if (is(c, j, "of") || gp_text_punct(c->t, j, ',')) {
            if (year_at(c, j + 1)) y = year_at(c, j + 1), j += 2;
            else if (tw(c, j + 1) == GP_TW_THE && tw(c, j + 2) == GP_TW_YEAR) j += 3;
            else if (tw(c, j + 1) == GP_TW_THIS && tw(c, j + 2) == GP_TW_YEAR) j += 3;
        } else if (year_at(c, j)) {
            y = year_at(c, j++);
        } else {
            int words;
            if ((y = year_words_at(c, j, &words)) != 0) j += words; /* "Q1 next year" */
        }
        if (quarter) yearly(c, (v - 1) * 3 + 1, 3, y, p);
        else yearly(c, (v - 1) * 6 + 1, 6, y, p);
        return j - i;
    }
    /* "FY2026", "FY26": a fiscal year, taken as the calendar year. */
    if (code_word(c, j, "fy", &v, &nd) && (nd == 2 || nd == 4)) {
        int y = nd == 2 ? 2000 + v : v;
        if (y < GP_YEAR_MIN || y > GP_YEAR_MAX) return 0;
        *p = months_of(y, 1, 12, true);
        p->assumption = "A fiscal year is taken as the calendar year, ending 31 December.";
        return 1;
    }
    /* "fiscal year", "financial year 2026", "the fiscal year" */
    if (tw(c, j) == GP_TW_FISCAL && tw(c, j + 1) == GP_TW_YEAR) {
        int y = year_at(c, j + 2);
        j += y ? 3 : 2;
        if (y) *p = months_of(y, 1, 12, true);
        else unit_period(c, GP_TW_YEAR, 0, p);
        p->assumption = "A fiscal year is taken as the calendar year, ending 31 December.";
        return j - i;
    }
    /* A year after an opener: "by 2026", "the end of 2021". */
    if (year_at(c, j) && has_opener) {
        *p = months_of(year_at(c, j), 1, 12, true);
        return 1;
    }
    /* "this time next year" */
    if (tw(c, j) == GP_TW_THIS && tw(c, j + 1) == GP_TW_TIME && tw(c, j + 2) == GP_TW_NEXT && tw(c, j + 3) == GP_TW_YEAR) {
        memset(p, 0, sizeof *p);
        p->span_days = 365;
        if (c->has_today) p->lo = p->hi = gp_add_months(c->today, 12), p->resolved = true;
        return 4;
    }
    /* this / next / coming / last + unit, season, weekday, month */
    int rel = tw(c, j);
    if (rel == GP_TW_THIS || rel == GP_TW_NEXT || rel == GP_TW_COMING || rel == GP_TW_LAST || is(c, j, "current")) {
        int offset = rel == GP_TW_NEXT || rel == GP_TW_COMING ? 1 : rel == GP_TW_LAST ? -1 : 0;
        int u = tw(c, j + 1);
        if (u == GP_TW_WEEK || u == GP_TW_MONTH || u == GP_TW_QUARTER || u == GP_TW_YEAR || u == GP_TW_WEEKEND) {
            if (tk(c, j + 1)->plural) return 0; /* "next three months" is a duration */
            unit_period(c, u, offset, p);
            if (u == GP_TW_WEEKEND && offset == 0) p->lo = p->hi; /* the Sunday */
            return 2;
        }
        if (u == GP_TW_FISCAL && tw(c, j + 2) == GP_TW_YEAR) {
            unit_period(c, GP_TW_YEAR, offset, p);
            p->assumption = "A fiscal year is taken as the calendar year, ending 31 December.";
            return 3;
        }
        if (u >= GP_TW_SPRING && u <= GP_TW_WINTER) return season(c, u, 0, offset == 1, p) ? 2 : 0;
        if (u == GP_TW_HOLIDAY && offset >= 0) {
            /* "this Black Friday": the coming one; "next Christmas" too, unless
             * that one is weeks away, when it means the one after. */
            int used = period_at(c, j + 1, true, p);
            if (used && offset == 1 && p->resolved && !p->year_known && p->lo - c->today < 90) {
                int hy, hm, hd, rule = (int)gp_text_lex(c->t, j + 1)->value;
                gp_civil_from_days(p->lo, &hy, &hm, &hd);
                if (rule < GP_HOLIDAY_THANKSGIVING) one_day(c, hm, hd, hy + 1, p);
                else moving_day(c, rule, hy + 1, p);
                p->year_known = false;
            }
            return used ? used + 1 : 0;
        }
        if (u == GP_TW_WEEKDAY) return weekday(c, (int)gp_text_lex(c->t, j + 1)->value, offset == 1, p) ? 2 : 0;
        if ((m = month_at(c, j + 1, NULL)) != 0 && offset >= 0) {
            yearly(c, m, 1, 0, p);
            if (offset == 1 && p->resolved && p->lo <= c->today) *p = months_of(c->ty + 1, m, 1, false);
            return 2;
        }
        return 0;
    }
    /* "end of year", "start of month": the unit without "the" after "end of" */
    int bare = tw(c, j);
    if (has_opener && is(c, j - 1, "of") && !tk(c, j)->plural &&
        (bare == GP_TW_WEEK || bare == GP_TW_MONTH || bare == GP_TW_QUARTER || bare == GP_TW_YEAR)) {
        unit_period(c, bare, 0, p);
        return 1;
    }
    /* "the year", "the month", "the quarter", "the week" (after "end of") */
    if (tw(c, j) == GP_TW_THE && has_opener) {
        int u = tw(c, j + 1);
        if (u == GP_TW_MONTH && is(c, j + 2, "of") && month_at(c, j + 3, NULL)) {
            int y = year_at(c, j + 4);
            yearly(c, month_at(c, j + 3, NULL), 1, y, p);
            return y ? 5 : 4;
        }
        if ((u == GP_TW_WEEK || u == GP_TW_MONTH || u == GP_TW_QUARTER || u == GP_TW_YEAR) && !tk(c, j + 1)->plural) {
            unit_period(c, u, 0, p);
            return 2;
        }
        if (u == GP_TW_FISCAL && tw(c, j + 2) == GP_TW_YEAR) {
            unit_period(c, GP_TW_YEAR, 0, p);
            p->assumption = "A fiscal year is taken as the calendar year, ending 31 December.";
            return 3;
        }
        if (u >= GP_TW_SPRING && u <= GP_TW_WINTER) {
            int y = year_at(c, j + 2);
            return season(c, u, y, false, p) ? (y ? 3 : 2) : 0;
        }
        return 0;
    }
    int u = tw(c, j);
    if (u >= GP_TW_SPRING && u <= GP_TW_WINTER && has_opener) {
        int y = year_at(c, j + 1);
        return season(c, u, y, false, p) ? (y ? 2 : 1) : 0;
    }
    if (u == GP_TW_WEEKDAY && has_opener) return weekday(c, (int)gp_text_lex(c->t, j)->value, false, p) ? 1 : 0;
    if (u == GP_TW_TODAY || u == GP_TW_TOMORROW || u == GP_TW_NOW) {
        if (c->has_today) p->lo = p->hi = c->today + (u == GP_TW_TOMORROW), p->resolved = true;
        return 1;
    }
    if (u == GP_TW_HOLIDAY && has_opener) {
        int md = (int)gp_text_lex(c->t, j)->value, n = moving_holiday_words(c, j, md);
        if (n == 0) return 0;
        if (n == 1 && tw(c, j + 1) == GP_TW_DAY) n++;
        int y = year_at(c, j + n);
        if (md < GP_HOLIDAY_THANKSGIVING) return one_day(c, md / 100, md % 100, y, p) ? n + (y != 0) : 0;
        return moving_day(c, md, y, p) ? n + (y != 0) : 0;
    }
    if (is(c, j, "new") && tw(c, j + 1) == GP_TW_YEAR && has_opener) {
        /* "New Year" is 1 January; "New Year's Eve" 31 December. */
        bool eve = is(c, j + 2, "eve");
        int y = year_at(c, j + 2 + eve);
        if (eve) return one_day(c, 12, 31, y, p) ? 3 + (y != 0) : 0;
        if (y) return one_day(c, 1, 1, y, p) ? 3 : 0;
        if (!c->has_today) return 2;
        return one_day(c, 1, 1, c->today > ymd(c->ty, 1, 1) ? c->ty + 1 : c->ty, p) ? 2 : 0;
    }
    return 0;
}

/* "6 months", "the next 90 days", "a year", "three weeks" after in/within/for/over. */
static int duration_at(const ctx_t *c, int i, period_t *p)
{
    int j = i;
    if (tw(c, j) == GP_TW_THE) j++;
    if (tw(c, j) == GP_TW_NEXT || tw(c, j) == GP_TW_COMING || tw(c, j) == GP_TW_FIRST || tw(c, j) == GP_TW_LAST) j++;
    double n;
    if (tw(c, j) == GP_TW_A) n = 1, j++;
    else if (plain_number(c, j, 1, 3650) && !(tk(c, j)->num & GP_NUM_ORDINAL))
        n = tk(c, j)->value, j++;
    else if (tw(c, j - 1) == GP_TW_NEXT || tw(c, j - 1) == GP_TW_COMING)
        n = 1; /* "over the next year" */
    else return 0;
    int u = tw(c, j);
    int days, months = 0;
    switch (u) {
    case GP_TW_DAY: days = (int)n; break;
    case GP_TW_WEEK: days = (int)(7 * n); break;
    case GP_TW_FORTNIGHT: days = (int)(14 * n); break;
    case GP_TW_MONTH: months = (int)n; days = (int)(30.44 * n); break;
    case GP_TW_QUARTER: months = (int)(3 * n); days = (int)(91.3 * n); break;
    case GP_TW_YEAR: months = (int)(12 * n); days = (int)(365.25 * n); break;
    default: return 0;
    }
    if (n <= 0 || n != (double)(int)n) return 0;
    j++;
    if (is(c, j, "from") && tw(c, j + 1) == GP_TW_NOW) j += 2;
    memset(p, 0, sizeof *p);
    p->span_days = days;
    if (c->has_today) {
        p->lo = c->today;
        p->hi = months ? gp_add_months(c->today, months) : c->today + days;
        p->resolved = true;
    }
    return j - i;
}

/* An event with no date: "launch", "the next annual conference", "the end
 * of the semester", "the first week of launch", "30 days of launch". */
static int event_at(const ctx_t *c, int i)
{
    for (int j = i; j < i + 7; j++) {
        const gp_token_t *k = tk(c, j);
        int unit = tw(c, j + 1);
        if (k && plain_number(c, j, 1, 3650) &&
            (unit == GP_TW_DAY || unit == GP_TW_WEEK || unit == GP_TW_FORTNIGHT || unit == GP_TW_MONTH))
            continue; /* a count of days, weeks or months before the event's name */
        if (!k || k->kind != GP_TOK_WORD) return 0;
        const gp_lex_t *e = gp_text_lex(c->t, j);
        if (e && e->tw == GP_TW_EVENT) {
            /* "launching" is the verb, not the event. */
            if (k->end - k->start > strlen(e->word) + 1) return 0;
            return j - i + 1;
        }
        if (!e) continue; /* adjectives such as "annual", "product" */
        bool ok = e->tw == GP_TW_THE || e->tw == GP_TW_NEXT || e->tw == GP_TW_COMING || e->tw == GP_TW_OF ||
                  (e->tw >= GP_TW_FIRST && e->tw <= GP_TW_FOURTH) || e->tw == GP_TW_DAY || e->tw == GP_TW_WEEK ||
                  e->tw == GP_TW_MONTH || e->tw == GP_TW_END || e->tw == GP_TW_START || (e->flags & GP_W_DET) ||
                  gp_lex_is(e, "new") || gp_lex_is(e, "product") || (e->flags & GP_W_PLACE);
        if (!ok) return 0;
    }
    return 0;
}

/* "monthly", "per month", "a week", "every day", "3 times a week". */
static int rate_at(const ctx_t *c, int i)
{
    int t0 = tw(c, i);
    if (t0 == GP_TW_RATE) return 1;
    if (t0 == GP_TW_PER || t0 == GP_TW_A) {
        int u = tw(c, i + 1);
        if (u == GP_TW_DAY || u == GP_TW_WEEK || u == GP_TW_MONTH || u == GP_TW_QUARTER || u == GP_TW_YEAR ||
            u == GP_TW_WEEKDAY || u == GP_TW_WEEKEND || u == GP_TW_FORTNIGHT)
            return 2;
    }
    return 0;
}

/* ---- the scanner ----------------------------------------------------------- */

/* Reads an opener at I ("by", "no later than", "starting", "as of", "due
 * by", "the end of"); returns tokens read, sets *START / *MODE / *DUR. */
static int opener_at(const ctx_t *c, int i, bool *start, int *mode, bool *duration_ok, bool *any, bool *firm)
{
    int j = i;
    *start = false;
    *mode = MODE_PLAIN;
    *duration_ok = false;
    *any = false;
    *firm = false;
    for (;;) {
        int w = tw(c, j);
        if (w == GP_TW_BY || w == GP_TW_BEFORE || w == GP_TW_UNTIL || w == GP_TW_THROUGH || w == GP_TW_DUE ||
            w == GP_TW_ON || w == GP_TW_AT) {
            *firm = true;
            j++;
        } else if (w == GP_TW_IN || w == GP_TW_WITHIN || w == GP_TW_FOR || w == GP_TW_OVER || w == GP_TW_DURING) {
            *duration_ok = true;
            *firm = *firm || w == GP_TW_IN || w == GP_TW_WITHIN;
            j++;
        } else if (w == GP_TW_FROM || w == GP_TW_SINCE || w == GP_TW_STARTING) {
            *start = true;
            j++;
        } else if (is(c, j, "no") && is(c, j + 1, "later") && is(c, j + 2, "than")) {
            *firm = true;
            j += 3;
        } else if (is(c, j, "as") && is(c, j + 1, "of")) {
            *start = true;
            j += 2;
        } else if (is(c, j, "to") && j > 0 && tw(c, j - 2) != GP_TW_NONE && !*any) {
            j++; /* "from June to August" */
        } else {
            break;
        }
        *any = true;
    }
    int k = j;
    if (tw(c, k) == GP_TW_THE) k++;
    if (tw(c, k) == GP_TW_END || tw(c, k) == GP_TW_START || is(c, k, "start") || is(c, k, "close")) {
        int which = tw(c, k) == GP_TW_START || is(c, k, "start") ? MODE_START : MODE_END;
        if (is(c, k + 1, "of")) {
            *mode = which;
            *any = true;
            *firm = *firm || which == MODE_END;
            j = k + 2;
        }
    } else if (tw(c, k) == GP_TW_YEAR && tw(c, k + 1) == GP_TW_END) {
        /* "year-end", "by year end": the end of this year. */
        *mode = MODE_END;
        *any = true;
        *firm = true;
    }
    return j - i;
}

/* Whether token K names a thing, so that a season or holiday just before it
 * is a label ("the summer sale", "the spring workshop", "Christmas
 * campaign") rather than a date: a word the dictionary does not know, or a
 * noun it knows (a metric, a tactic, a place, an audience, an event). */
static bool names_a_thing(const ctx_t *c, int k)
{
    const gp_token_t *t = tk(c, k);
    if (!t || t->kind != GP_TOK_WORD) return false;
    const gp_lex_t *e = gp_text_lex(c->t, k);
    if (!e) return true;
    if (e->flags & (GP_W_METRIC | GP_W_TACTIC | GP_W_PLACE | GP_W_AUDIENCE)) return true;
    return e->tw == GP_TW_EVENT;
}

int gp_timeframe_scan(gp_text_t *t, bool has_today, gp_day_t today, gp_timeframe_t *out, int max)
{
    ctx_t c = {t, has_today, today, 0, 0, 0};
    if (has_today) gp_civil_from_days(today, &c.ty, &c.tm, &c.td);
    int n = 0;
    for (int i = 0; i < t->count && n < max;) {
        if (t->tok[i].kind == GP_TOK_PUNCT) {
            i++;
            continue;
        }
        bool start, duration_ok, opened, firm;
        int mode;
        int o = opener_at(&c, i, &start, &mode, &duration_ok, &opened, &firm);
        int j = i + o;
        period_t p;
        memset(&p, 0, sizeof p);
        gp_tf_kind_t kind = GP_TF_NONE;
        int used = 0;
        bool past = false;
        if (tw(&c, j) == GP_TW_YEAR && tw(&c, j + 1) == GP_TW_END && mode == MODE_END) {
            int y = year_at(&c, j + 2); /* "year-end 2027" */
            if (y) p = months_of(y, 1, 12, true);
            else unit_period(&c, GP_TW_YEAR, 0, &p);
            used = y ? 3 : 2;
            kind = y ? GP_TF_EXACT : GP_TF_RELATIVE;
        } else if (opened && (used = event_at(&c, j)) > 0) {
            kind = GP_TF_EVENT;
        } else if (duration_ok && (used = duration_at(&c, j, &p)) > 0) {
            kind = GP_TF_RELATIVE;
            past = tw(&c, j) == GP_TW_LAST || tw(&c, j + 1) == GP_TW_LAST;
        } else if ((used = period_at(&c, j, opened, &p)) > 0) {
            kind = p.year_known ? GP_TF_EXACT : GP_TF_RELATIVE;
            past = tw(&c, j) == GP_TW_LAST;
        } else if ((used = rate_at(&c, j)) > 0) {
            kind = GP_TF_RATE;
        }
        int named = tw(&c, j + used - 1);
        if (kind && !firm &&
            (named == GP_TW_HOLIDAY || named == GP_TW_WEEKDAY || (named >= GP_TW_SPRING && named <= GP_TW_WINTER)) &&
            names_a_thing(&c, j + used))
            kind = GP_TF_NONE; /* "for the summer sale": a label */
        if (!kind) {
            i++;
            continue;
        }
        gp_timeframe_t *f = &out[n++];
        memset(f, 0, sizeof *f);
        f->kind = kind;
        f->first = kind == GP_TF_RATE && !opened ? j : i;
        f->last = j + used - 1;
        f->start = start || mode == MODE_START;
        f->past = past;
        f->firm = firm;
        f->span_days = p.span_days;
        f->assumption = p.assumption;
        if (p.resolved && (kind == GP_TF_EXACT || kind == GP_TF_RELATIVE)) {
            f->has_date = true;
            f->date = mode == MODE_START ? p.lo : p.hi;
        }
        /* A parenthesis right after a phrase restates it: "(December 31, 2019)". */
        if (!opened && n >= 2) {
            const gp_timeframe_t *prev = &out[n - 2];
            bool between = true;
            for (int b = prev->last + 1; b < i; b++)
                if (t->tok[b].kind != GP_TOK_PUNCT) between = false;
            if (between) {
                f->start = prev->start;
                f->past = prev->past;
                /* "by the end of Q4 (December 31, 2019)": the date pins the phrase down. */
                if (f->kind == GP_TF_EXACT && prev->kind == GP_TF_RELATIVE && !prev->start && !prev->past) {
                    gp_timeframe_t *q = &out[n - 2];
                    q->kind = GP_TF_EXACT;
                    q->has_date = f->has_date;
                    q->date = f->date;
                    q->last = f->last + (gp_text_punct(t, f->last + 1, ')') ? 1 : 0);
                    n--;
                    for (int b = q->first; b <= q->last; b++) t->tok[b].used = 1;
                    i = q->last + 1;
                    continue;
                }
            }
        }
        for (int b = f->first; b <= f->last; b++) t->tok[b].used = kind == GP_TF_RATE ? 2 : 1;
        i = f->last + 1;
    }
    return n;
}

int gp_timeframe_pick(const gp_timeframe_t *tf, int n)
{
    /* A date set by "by", "within" or "the end of" outranks one that only
     * says what a time is for: "by 31 March, in time for Christmas". */
    for (int pass = 0; pass < 2; pass++) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (tf[i].start || tf[i].past || !tf[i].has_date || (pass == 0 && !tf[i].firm)) continue;
            if (best < 0 || tf[i].date >= tf[best].date) best = i;
        }
        if (best >= 0) return best;
    }
    for (int pass = 0; pass < 3; pass++) {
        for (int i = n - 1; i >= 0; i--) {
            if (tf[i].start || tf[i].past) continue;
            gp_tf_kind_t want = pass == 0 ? GP_TF_RELATIVE : pass == 1 ? GP_TF_EVENT : GP_TF_RATE;
            if (tf[i].kind == want || (pass == 0 && tf[i].kind == GP_TF_EXACT)) return i;
        }
    }
    return -1;
}

const char *gp_timeframe_kind_name(gp_tf_kind_t kind)
{
    switch (kind) {
    case GP_TF_EXACT: return "exact";
    case GP_TF_RELATIVE: return "relative";
    case GP_TF_EVENT: return "event";
    case GP_TF_RATE: return "rate";
    default: return "none";
    }
}

/* ---- date.parse ------------------------------------------------------------ */

cJSON *gp_date_parse_answer(const char *text, bool has_today, gp_day_t today, gp_error_t *err)
{
    gp_text_t t;
    if (!gp_text_read(&t, text, strlen(text))) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    gp_timeframe_t tf[GP_TF_MAX];
    int n = gp_timeframe_scan(&t, has_today, today, tf, GP_TF_MAX);
    int best = gp_timeframe_pick(tf, n);
    /* A lone start ("starting 1 May") is still the date the text names. */
    if (best < 0 && n > 0) best = 0;
    cJSON *result = cJSON_CreateObject();
    bool ok = result != NULL;
    if (ok && best >= 0 && tf[best].has_date) {
        char iso[11];
        gp_date_format_iso(tf[best].date, iso);
        ok = cJSON_AddStringToObject(result, "date", iso) != NULL;
    } else if (ok) {
        ok = cJSON_AddNullToObject(result, "date") != NULL;
    }
    if (ok) ok = cJSON_AddStringToObject(result, "kind", gp_timeframe_kind_name(best >= 0 ? tf[best].kind : GP_TF_NONE)) != NULL;
    if (ok && best >= 0) {
        size_t a = t.tok[tf[best].first].start, b = t.tok[tf[best].last].end;
        char *phrase = cJSON_malloc(b - a + 1);
        if (phrase) {
            memcpy(phrase, text + a, b - a);
            phrase[b - a] = '\0';
            ok = cJSON_AddStringToObject(result, "text", phrase) != NULL;
            cJSON_free(phrase);
        } else {
            ok = false;
        }
    } else if (ok) {
        ok = cJSON_AddNullToObject(result, "text") != NULL;
    }
    gp_text_free(&t);
    if (!ok) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}
