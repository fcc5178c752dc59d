/* smart_read.h - reading a goal statement: its main verb, what it acts on,
 * the amounts, the time frame, the means ("by running ...") and the reason
 * ("to ..."). The judge (smart.c) and the rewriter (smart_rewrite.c) work
 * from this reading, never from the raw text. */
#ifndef GP_SMART_READ_H
#define GP_SMART_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "smart_lexicon.h"
#include "smart_text.h"
#include "timeframe.h"

typedef enum { GP_OBJ_NONE, GP_OBJ_VAGUE, GP_OBJ_CONCRETE, GP_OBJ_METRIC } gp_obj_kind_t;
typedef enum { GP_AMT_NONE, GP_AMT_PERCENT, GP_AMT_ABSOLUTE, GP_AMT_CURRENCY } gp_amount_kind_t;

typedef struct gp_reading {
    gp_text_t text;
    gp_timeframe_t tf[GP_TF_MAX];
    int tf_count, deadline, start_tf; /* deadline / start phrase index or -1 */
    bool empty, foreign, shouting;

    int verb;                 /* main verb token, -1 when none */
    gp_verb_t verb_class;     /* GP_V_UP when implied by "more X" */
    bool negated;             /* "do not lose ..." */
    int clause_a;             /* first token of the main clause worth keeping */
    int obj_a, obj_b;         /* object tokens [a, b) */
    int head;                 /* the object's head noun */
    gp_obj_kind_t obj_kind;
    bool obj_plural, obj_tactic;
    const char *metric_phrase;/* dictionary name of a metric phrase, or NULL */

    /* amounts */
    int amount_tok;           /* main amount token, -1 when none */
    double amount, amount_hi;
    gp_amount_kind_t amount_kind;
    char currency[4];
    bool has_from, has_to;
    double from, to;
    int bound;                /* -1 "no more than", +1 "at least", 0 none */
    double factor;            /* double 2, triple 3, halve 0.5; 0 none */
    int factor_tok;
    bool rank;                /* "#1", "top 10" */
    double rank_value;
    int quantities;           /* numbers outside time phrases, anywhere */
    bool elimination;         /* "cut out caffeine", "eliminate errors" */
    int elim_tok;

    /* wording */
    int vague_tok, more_tok, superl_tok, typo_tok, first_metric_tok;
    bool in_the_world;
    int means_a, means_b;     /* "by running an ... campaign", -1 when none */
    int reason_a, reason_b;   /* "to lose 5kg", "so that ...", -1 when none */
} gp_reading_t;

/* Reads STATEMENT (valid UTF-8). Returns false only when memory runs out.
 * Free with gp_reading_free (safe on a failed read). */
bool gp_smart_read(gp_reading_t *r, const char *statement, bool has_today, gp_day_t today);
void gp_reading_free(gp_reading_t *r);

/* Copies the statement's text of tokens [A, B) into OUT (N bytes), at most
 * MAX_BYTES of it, cut at a character boundary with an ellipsis. Returns OUT. */
char *gp_reading_span(const gp_reading_t *r, int a, int b, size_t max_bytes, char *out, size_t n);

#endif
