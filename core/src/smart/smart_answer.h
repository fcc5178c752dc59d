/* smart_answer.h - one SMART evaluation as the evaluator leaves it, and its
 * JSON form (the smart.evaluate result, also part of plan.summary). */
#ifndef GP_SMART_ANSWER_H
#define GP_SMART_ANSWER_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"

enum { GP_SMART_PASS, GP_SMART_WARN, GP_SMART_FAIL };
enum { GP_SMART_NOTES = 3, GP_SMART_NOTE_LEN = 360, GP_SMART_PHRASE_LEN = 160, GP_SMART_REWRITE_LEN = 720 };

/* A reason or a suggestion: one full sentence and its length. */
typedef struct {
    char text[GP_SMART_NOTE_LEN];
    size_t len;
} gp_smart_note_t;

/* One letter's judgement: a GP_SMART_ status, 0-20 points, notes. */
typedef struct {
    int status, score;
    int nreasons, nsuggestions;
    gp_smart_note_t reasons[GP_SMART_NOTES];
    gp_smart_note_t suggestions[GP_SMART_NOTES];
} gp_smart_letter_t;

/* Empty texts and NULL words are written as null. */
typedef struct {
    bool smart;
    int score;
    gp_smart_letter_t letters[5]; /* S, M, A, R, T */
    const char *action;           /* a static word ("increase") or NULL */
    char metric[GP_SMART_PHRASE_LEN];
    bool has_amount, has_from, has_to;
    double amount, from, to;
    const char *amount_kind;      /* "percent", "absolute", "currency" or NULL */
    char deadline[11];            /* YYYY-MM-DD */
    char timeframe_text[GP_SMART_PHRASE_LEN];
    char means[GP_SMART_PHRASE_LEN];
    char rewrite[GP_SMART_REWRITE_LEN];
    unsigned unanswered;          /* bit i: guiding question i is not yet answered */
} gp_smart_answer_t;

/* A as a new cJSON object (the smart.evaluate "result"), or NULL when out of memory. */
cJSON *gp_smart_answer_tree(const gp_smart_answer_t *a);

#endif
