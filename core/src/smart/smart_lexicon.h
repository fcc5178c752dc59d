/* smart_lexicon.h - the English words the SMART reader knows, with what
 * each means for a goal: verbs by the kind of change they ask for, metric
 * words, vague words, time words, number words, and so on. */
#ifndef GP_SMART_LEXICON_H
#define GP_SMART_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* What a verb asks for. */
typedef enum {
    GP_V_NONE = 0,
    GP_V_UP,     /* increase, grow, add: a rise of a quantity */
    GP_V_DOWN,   /* reduce, cut, lose: a fall */
    GP_V_REACH,  /* reach, hit, achieve: a level */
    GP_V_KEEP,   /* maintain, keep: hold a level */
    GP_V_DONE,   /* launch, publish, complete: a deliverable done or not */
    GP_V_ELIM,   /* eliminate, quit: down to zero */
    GP_V_DO,     /* study, post, exercise: an activity, not a result */
    GP_V_SOFT,   /* improve, enhance, fix: direction without a measure */
    GP_V_WEAK,   /* have, get, make, be: carries no action by itself */
    GP_V_RIVAL   /* outperform, beat, dominate: judged against others */
} gp_verb_t;

/* Word flags. */
enum {
    GP_W_DET = 1u << 0,      /* the, a, our, my: skipped in noun phrases */
    GP_W_PREP = 1u << 1,     /* of, for, with: ends a head noun */
    GP_W_PRON = 1u << 2,     /* i, we, it */
    GP_W_AUX = 1u << 3,      /* will, want, going, am: stands before the main verb */
    GP_W_VAGUE = 1u << 4,    /* better, well, popular, presence: a wish, not a result */
    GP_W_METRIC = 1u << 5,   /* sales, visits, subscribers: something counted */
    GP_W_TACTIC = 1u << 6,   /* campaign, ad, post: a means, not a result */
    GP_W_MORE = 1u << 7,     /* more, fewer, higher: a comparison */
    GP_W_NEG = 1u << 8,      /* not, never, don't */
    GP_W_NUMBER = 1u << 9,   /* one, twenty, hundred (value) */
    GP_W_MULT = 1u << 10,    /* double, triple, half (value = factor) */
    GP_W_ENGLISH = 1u << 11, /* common English function words */
    GP_W_FOREIGN = 1u << 12, /* common words of other languages */
    GP_W_SUPERL = 1u << 13,  /* best, leading, world: ambitions outside one's power */
    GP_W_CURRENCY = 1u << 14,/* dollars, euros (currency code in `code`) */
    GP_W_REASON = 1u << 15,  /* because, so, order: opens a reason */
    GP_W_CONJ = 1u << 16,    /* and, or, but, then */
    GP_W_NOVERB = 1u << 17,  /* a verb form that is usually a noun (share, like) */
    GP_W_SCALE = 1u << 18,   /* thousand, million (value = multiplier) */
    GP_W_BOUND = 1u << 19,   /* least, most, under, below, above, over */
    GP_W_AUDIENCE = 1u << 20,/* customers, members, people: a who */
    GP_W_PLACE = 1u << 21    /* website, instagram, email, store: a where */
};

/* Time words (ids the time-frame reader switches on). */
typedef enum {
    GP_TW_NONE = 0,
    GP_TW_BY, GP_TW_IN, GP_TW_WITHIN, GP_TW_UNTIL, GP_TW_BEFORE, GP_TW_THROUGH, GP_TW_DURING,
    GP_TW_FOR, GP_TW_OVER, GP_TW_ON, GP_TW_AT, GP_TW_OF, GP_TW_THE, GP_TW_NEXT, GP_TW_THIS,
    GP_TW_COMING, GP_TW_LAST, GP_TW_END, GP_TW_START, GP_TW_FROM, GP_TW_SINCE, GP_TW_STARTING,
    GP_TW_FIRST, GP_TW_SECOND, GP_TW_THIRD, GP_TW_FOURTH, GP_TW_HALF,
    GP_TW_DAY, GP_TW_WEEK, GP_TW_MONTH, GP_TW_QUARTER, GP_TW_YEAR, GP_TW_FORTNIGHT, GP_TW_WEEKEND,
    GP_TW_TODAY, GP_TW_TOMORROW, GP_TW_NOW, GP_TW_TIME, GP_TW_FISCAL,
    GP_TW_SPRING, GP_TW_SUMMER, GP_TW_AUTUMN, GP_TW_WINTER,
    GP_TW_RATE,     /* monthly, weekly, daily (value = days in the period) */
    GP_TW_PER,      /* per, each, every, a (before a unit) */
    GP_TW_EVENT,    /* launch, conference, semester, campaign (an event with no date) */
    GP_TW_WEEKDAY,  /* monday..sunday (value = 0..6) */
    GP_TW_HOLIDAY,  /* christmas, halloween (value = MMDD); easter, thanksgiving, "black"
                     * friday (value = a GP_HOLIDAY_ rule) */
    GP_TW_DUE,      /* due, deadline */
    GP_TW_A         /* a, an (as in "within a month") */
} gp_time_word_t;

/* Holidays whose date moves from year to year (GP_TW_HOLIDAY values, above
 * any MMDD). */
enum {
    GP_HOLIDAY_THANKSGIVING = 10001, /* the fourth Thursday of November (US) */
    GP_HOLIDAY_BLACK_FRIDAY,         /* the day after it ("black" before "friday") */
    GP_HOLIDAY_CYBER_MONDAY,         /* the Monday after it ("cyber" before "monday") */
    GP_HOLIDAY_EASTER,               /* Easter Sunday (Gregorian) */
    GP_HOLIDAY_MOTHERS_DAY,          /* the second Sunday of May (US) */
    GP_HOLIDAY_FATHERS_DAY           /* the third Sunday of June */
};

typedef struct gp_lex {
    const char *word;  /* lowercase base form */
    uint32_t flags;    /* GP_W_* */
    uint8_t verb;      /* gp_verb_t */
    uint8_t tw;        /* gp_time_word_t */
    const char *code;  /* currency code, or the metric a vague word points to */
    double value;      /* number words, multipliers, rates, weekdays */
} gp_lex_t;

/* Looks up the lowercase word W (N bytes) exactly. Returns the entry index
 * or -1. The first call builds a hash table (the core is single-threaded). */
int gp_lex_find(const char *w, size_t n);
/* Like gp_lex_find but also tries inflections ("increased", "sales",
 * "cutting") and, for words of five letters or more, a single-letter typo of
 * a verb or metric word. *PLURAL / *TYPO tell which way it matched. */
int gp_lex_lookup(const char *w, size_t n, bool *plural, bool *typo);

/* The table itself, for gp_lex_entry: the reader looks entries up many
 * times for every word, and a call each time cost more than the lookup. */
extern const gp_lex_t gp_lex_table[];
extern const int gp_lex_count;

static inline const gp_lex_t *gp_lex_entry(int index)
{
    return index >= 0 && index < gp_lex_count ? &gp_lex_table[index] : NULL;
}

/* Whether E (NULL: no) is the word W. The first two letters are compared
 * here: most words asked about ("to", "of", "by") are settled by them
 * without a call to strcmp. */
static inline bool gp_lex_is(const gp_lex_t *e, const char *w)
{
    return e && e->word[0] == w[0] && e->word[1] == w[1] && (w[1] == '\0' || strcmp(e->word + 2, w + 2) == 0);
}

/* Multi-word metrics ("conversion rate", "cart abandonment"). */
typedef struct gp_metric_phrase {
    const char *words;  /* base forms separated by single spaces */
    const char *name;   /* how the reader names it */
} gp_metric_phrase_t;

const gp_metric_phrase_t *gp_metric_phrases(size_t *count);

#endif
