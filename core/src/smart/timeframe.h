/* timeframe.h - finding the time phrases of a goal and turning them into
 * dates: "by the end of 2021", "within 6 months", "by Q3", "this time next
 * year", "within the first week of launch", "monthly". Behind date.parse and
 * the T of smart.evaluate.
 *
 * Conventions (the assumptions a student should know about):
 * - A named period stands for its last day: "by June" is 30 June, "by Q3"
 *   is 30 September, "by 2026" and "in 2026" are 31 December 2026, "by next
 *   summer" is 31 August (seasons are the northern meteorological ones:
 *   spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb);
 *   "the start/beginning of X" is its first day.
 * - A fiscal or financial year is taken as the calendar year (ends 31 Dec).
 * - Weeks end on Sunday; "by Friday" is the next Friday on or after today,
 *   "next Friday" the one in the following week.
 * - A day and month that could be read either way ("04/05/2026") are read
 *   day first; "12/31/2026" and "31/12/2026" are unambiguous.
 * - A date without a year ("by June 1") is its next occurrence on or after
 *   today; with no today it stays unresolved (kind "relative").
 * - Durations count from today: "within 6 months" adds six calendar months.
 * - A season or holiday naming something ("for the summer sale", "the
 *   spring workshop") is a label, not a date, unless a deadline word opens
 *   it ("by the summer sale").
 * - Holidays that move are the US ones where countries differ: Thanksgiving
 *   is the fourth Thursday of November, Black Friday and Cyber Monday the
 *   day and the Monday after, Mother's Day the second Sunday of May; Easter
 *   is the Gregorian one. "this Christmas" is the coming one; "next
 *   Christmas" too, unless that is under 90 days away, then the one after.
 * - "early", "mid" and "late" 2027 are 31 March, 30 June and 31 December;
 *   of a month, its 10th, 15th and last day.
 * - Times tied to an event ("within the first week of launch", "at the next
 *   annual conference") have no date: kind "event". "monthly", "per week"
 *   say how often, not by when: kind "rate". */
#ifndef GP_TIMEFRAME_H
#define GP_TIMEFRAME_H

#include <stdbool.h>

#include "base/dates.h"
#include "smart_text.h"

typedef enum { GP_TF_NONE, GP_TF_EXACT, GP_TF_RELATIVE, GP_TF_EVENT, GP_TF_RATE } gp_tf_kind_t;

typedef struct gp_timeframe {
    gp_tf_kind_t kind;
    int first, last;       /* tokens of the phrase, its preposition included */
    bool start;            /* a start ("starting September 1"), not a deadline */
    bool past;             /* "last year": a reference point, not a deadline */
    bool firm;             /* opened by a word that sets a deadline ("by", "before", "within",
                            * "the end of"), not "for", "over", "during" or nothing */
    bool has_date;         /* DATE holds the deadline */
    gp_day_t date;
    int span_days;         /* for durations ("in 3 months"): about how long; else 0 */
    const char *assumption;/* a sentence naming an assumption made, or NULL */
} gp_timeframe_t;

enum { GP_TF_MAX = 16 };

/* Finds the time phrases of T (at most MAX, in text order), marking their
 * tokens used. Dates resolve against TODAY when HAS_TODAY. Returns how many. */
int gp_timeframe_scan(gp_text_t *t, bool has_today, gp_day_t today, gp_timeframe_t *out, int max);

/* The deadline among N phrases: the latest resolved date of a firm phrase,
 * else of any; else the last unresolved deadline phrase; else an event;
 * else a rate. -1 when none. */
int gp_timeframe_pick(const gp_timeframe_t *tf, int n);

/* The date.parse kind name ("exact", "relative", "event", "rate", "none"). */
const char *gp_timeframe_kind_name(gp_tf_kind_t kind);

#endif
