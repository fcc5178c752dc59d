/* explain.c - the one sentence behind a goal's status, with its numbers
 * and dates, worded for a student's report. Only here are numbers rounded:
 * this is text for people, while the result fields keep full precision. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "progress_facts.h"
#include "base/textbuf.h"

/* Decimal places giving at least two significant digits for small values
 * and none for large ones: 1,240 / 23.5 / 4.25 / 0.0031. */
static int decimals_for(double a)
{
    if (a >= 100.0) return 0;
    if (a >= 10.0) return 1;
    int d = 2;
    for (double scaled = a * 100.0; a > 0.0 && scaled < 10.0 && d < 8; scaled *= 10.0) d++;
    return d;
}

void gp_format_value(const gp_progress_facts_t *f, double v, char *out, size_t n)
{
    double a = fabs(v);
    char digits[64];
    int decimals = decimals_for(a);
    snprintf(digits, sizeof digits, "%.*f", decimals, a);
    char *dot = strchr(digits, '.');
    if (dot) {
        char *end = digits + strlen(digits);
        while (end > dot + 1 && end[-1] == '0') *--end = '\0';
        if (end == dot + 1) *dot = '\0';
    }
    /* Thousands separators in the whole part. */
    char grouped[96];
    size_t whole = strcspn(digits, "."), g = 0;
    for (size_t i = 0; i < whole; i++) {
        if (i > 0 && (whole - i) % 3 == 0) grouped[g++] = ',';
        grouped[g++] = digits[i];
    }
    gp_format(grouped + g, sizeof grouped - g, "%s", digits + whole);
    bool zero = strspn(grouped, "0.,") == strlen(grouped);
    const char *sign = v < 0.0 && !zero ? "-" : "";
    bool money = strcmp(f->unit, "currency") == 0 && f->currency[0];
    gp_format(out, n, "%s%s%s%s%s", money ? f->currency : "", money ? " " : "", sign, grouped,
             strcmp(f->unit, "percent") == 0 ? "%" : "");
}

static void format_date(gp_day_t day, gp_day_t today, char *out, size_t n)
{
    char text[32];
    gp_date_format_long(day, text, sizeof text);
    gp_format(out, n, "%s%s", text, day == today ? " (today)" : "");
}

static void format_chance(double p, char *out, size_t n)
{
    if (p >= 0.995) gp_format(out, n, "a better than 99%%");
    else if (p <= 0.005) gp_format(out, n, "a less than 1%%");
    else gp_format(out, n, "a %.0f%%", 100.0 * p);
}

/* "35%" rounded to whole points, never "-0%". */
static void format_pct(double pct, char *out, size_t n)
{
    double r = floor(pct + 0.5);
    gp_format(out, n, "%.0f%%", r == 0.0 ? 0.0 : r);
}

static const char *plural(long n) { return n == 1 || n == -1 ? "" : "s"; }

static void explain_trend(const gp_progress_facts_t *f, const char *label, const char *kpi, char *out, size_t n)
{
    char cur[64], day[48], base[64], target[64], deadline[48], start[48];
    gp_format_value(f, f->current, cur, sizeof cur);
    gp_format_value(f, f->baseline, base, sizeof base);
    gp_format_value(f, f->target, target, sizeof target);
    format_date(f->current_day, f->today, day, sizeof day);
    format_date(f->deadline, f->today, deadline, sizeof deadline);
    format_date(f->start, f->today, start, sizeof start);
    char trend[512] = "";
    if (f->has_forecast) {
        char at[64], lo[64], hi[64], chance[32];
        gp_format_value(f, f->forecast.value_at_deadline, at, sizeof at);
        gp_format_value(f, f->forecast.low, lo, sizeof lo);
        gp_format_value(f, f->forecast.high, hi, sizeof hi);
        format_chance(f->forecast.p_reach, chance, sizeof chance);
        gp_format(trend, sizeof trend, "the trend points to %s at the deadline (80%% range %s to %s), %s chance of %s the target",
                 at, lo, hi, chance, f->hold ? "staying within" : "meeting");
    }
    if (f->hold) {
        const char *side = f->sense > 0 ? "at or above" : "at or below";
        char record[160];
        if (f->broken == 0)
            gp_format(record, sizeof record, "it has held at every check-in since %s", start);
        else
            gp_format(record, sizeof record, "it missed the level at %zu of %zu check-ins since %s", f->broken,
                     f->since_start, start);
        gp_format(out, n, "%s: %s stood at %s on %s and must stay %s %s until %s; %s%s%s.", label, kpi, cur, day, side,
                 target, deadline, record, f->has_forecast ? ", and " : "", trend);
        return;
    }
    char where[300], done[32], expected[32];
    format_pct(f->progress_pct, done, sizeof done);
    format_pct(f->expected_pct, expected, sizeof expected);
    gp_format(where, sizeof where, "%s of the way from %s to %s by %s against %s expected by now", done, base, target,
             deadline, expected);
    if (f->has_forecast)
        gp_format(out, n, "%s: %s stood at %s on %s, %s; %s.", label, kpi, cur, day, where, trend);
    else
        gp_format(out, n, "%s: %s stood at %s on %s, %s; a trend needs at least 3 check-ins since %s.", label, kpi, cur, day,
                 where, start);
}

void gp_progress_explain(const gp_progress_facts_t *f, char *out, size_t n)
{
    const char *kpi = f->kpi_name[0] ? f->kpi_name : "the KPI";
    char cur[64], target[64], base[64], deadline[48], start[48], last[48];
    gp_format_value(f, f->current, cur, sizeof cur);
    gp_format_value(f, f->target, target, sizeof target);
    gp_format_value(f, f->baseline, base, sizeof base);
    format_date(f->deadline, f->today, deadline, sizeof deadline);
    format_date(f->start, f->today, start, sizeof start);
    format_date(f->has_last ? f->last_day : f->today, f->today, last, sizeof last);
    const char *side = f->sense > 0 ? "at or above" : "at or below";
    switch (f->status) {
    case GP_STATUS_ACHIEVED:
        if (f->hold)
            gp_format(out, n, "Achieved: %s stayed %s %s at all %zu check-ins from %s to %s.", kpi, side, target,
                     f->since_start, start, deadline);
        else if (f->today > f->deadline)
            gp_format(out, n, "Achieved: %s stood at %s at the deadline of %s, meeting the target of %s (baseline %s).", kpi,
                     cur, deadline, target, base);
        else {
            long spare = (long)(f->deadline - f->today);
            char day[48];
            format_date(f->current_day, f->today, day, sizeof day);
            gp_format(out, n, "Achieved: %s reached %s on %s, meeting the target of %s with %ld day%s to spare before %s.",
                     kpi, cur, day, target, spare, plural(spare), deadline);
        }
        return;
    case GP_STATUS_MISSED:
        if (!f->has_current || (f->hold && f->since_start == 0))
            gp_format(out, n, "Missed: no measurement of %s was recorded between %s and the deadline of %s, so the target of %s was not shown to be met.",
                     kpi, start, deadline, target);
        else if (f->hold)
            gp_format(out, n, "Missed: %s had to stay %s %s until %s but missed it at %zu of %zu check-ins.", kpi, side,
                     target, deadline, f->broken, f->since_start);
        else {
            char done[32];
            format_pct(f->progress_pct, done, sizeof done);
            gp_format(out, n, "Missed: %s stood at %s at the deadline of %s, %s of the way from %s to the target of %s.",
                     kpi, cur, deadline, done, base, target);
        }
        return;
    case GP_STATUS_NOT_STARTED:
        if (f->today < f->start)
            gp_format(out, n, "Not started: the goal starts on %s; record %s from then on to track it toward %s by %s.",
                     start, kpi, target, deadline);
        else
            gp_format(out, n, "Not started: no measurement of %s since the start on %s; add one to see progress toward %s by %s.",
                     kpi, start, target, deadline);
        return;
    case GP_STATUS_STALE: {
        long silent = (long)(f->today - f->last_day);
        if (f->usual_interval > 0.0)
            gp_format(out, n, "Stale: the last check-in of %s was %ld days ago on %s, more than twice the usual gap of %.0f day%s, so progress toward %s by %s is unknown.",
                     kpi, silent, last, f->usual_interval, plural((long)f->usual_interval), target, deadline);
        else
            gp_format(out, n, "Stale: the last check-in of %s was %ld days ago on %s, so progress toward %s by %s is unknown.",
                     kpi, silent, last, target, deadline);
        return;
    }
    case GP_STATUS_ON_TRACK: explain_trend(f, "On track", kpi, out, n); return;
    case GP_STATUS_AT_RISK: explain_trend(f, "At risk", kpi, out, n); return;
    case GP_STATUS_OFF_TRACK: explain_trend(f, "Off track", kpi, out, n); return;
    default: gp_format(out, n, "%s", ""); return;
    }
}
