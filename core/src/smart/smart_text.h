/* smart_text.h - reading a goal statement into tokens.
 *
 * A statement becomes a flat array of tokens: words (each linked to its
 * dictionary entry when the word, an inflection of it, or a one-letter typo
 * of it is known), numbers (digits or number words, with percent, currency,
 * "k"/"M" multipliers, ranges such as "10-15%", ranks such as "#1"), whole
 * calendar dates written with digits ("2026-12-31", "31/12/2026") and
 * punctuation. Offsets point into the caller's text, which must outlive the
 * tokens. The SMART reader and the date parser share this one tokenizer. */
#ifndef GP_SMART_TEXT_H
#define GP_SMART_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/dates.h"
#include "smart_lexicon.h"

typedef enum { GP_TOK_WORD, GP_TOK_NUMBER, GP_TOK_DATE, GP_TOK_PUNCT } gp_tok_kind_t;

/* Number flags. */
enum {
    GP_NUM_PERCENT = 1 << 0,  /* "20%", "20 percent" */
    GP_NUM_CURRENCY = 1 << 1, /* "$10k", "€2,500", "500 dollars" */
    GP_NUM_ORDINAL = 1 << 2,  /* "31st", "4th" */
    GP_NUM_WORDS = 1 << 3,    /* spelled out: "six", "twenty-five" */
    GP_NUM_RANK = 1 << 4,     /* "#1" */
    GP_NUM_RANGE = 1 << 5,    /* "10-15%": value..value_hi */
    GP_NUM_TIMES = 1 << 6,    /* "3x" */
    GP_NUM_POINTS = 1 << 7,   /* "5 percentage points" */
    GP_NUM_PLAIN_INT = 1 << 8 /* digits only, no separators: could be a year or a day */
};

typedef struct gp_token {
    uint32_t start, end;  /* byte offsets of the token in the text */
    uint8_t kind;         /* gp_tok_kind_t */
    uint8_t glued;        /* no space before this token */
    uint8_t plural;       /* a word read through a plural ending */
    uint8_t typo;         /* a word read as a near-miss of a known word */
    uint8_t upper;        /* a word whose letters are all capitals */
    uint8_t used;         /* claimed by a time frame: 1 a date or span, 2 a rate */
    char punct;           /* PUNCT: ASCII stand-in ('-' for dashes, '"' for quotes) */
    char currency[4];     /* ISO code for currency amounts */
    int16_t lex;          /* dictionary entry, or -1 */
    uint16_t num;         /* GP_NUM_* flags */
    double value, value_hi;
    gp_day_t day;         /* DATE: the calendar date */
} gp_token_t;

/* Statements up to this many tokens need no heap memory. */
enum { GP_TEXT_INLINE_TOKENS = 128 };

typedef struct gp_text {
    const char *text;
    size_t len;
    gp_token_t *tok;       /* points at `inline_tok` or at a heap block */
    int count, cap;
    gp_token_t inline_tok[GP_TEXT_INLINE_TOKENS];
    int words, english_words, foreign_words, foreign_letters, ascii_letters, upper_letters;
} gp_text_t;

/* Tokenises TEXT (valid UTF-8, LEN bytes) into OUT. Allocates OUT->tok
 * (free with gp_text_free); returns false only when memory runs out. */
bool gp_text_read(gp_text_t *out, const char *text, size_t len);
void gp_text_free(gp_text_t *t);

/* The questions the readers ask of token I (out of range: no). They are
 * inline because the readers ask them several times of nearly every token. */

/* The dictionary entry of token I, or NULL. */
static inline const gp_lex_t *gp_text_lex(const gp_text_t *t, int i)
{
    return i >= 0 && i < t->count && t->tok[i].kind == GP_TOK_WORD ? gp_lex_entry(t->tok[i].lex) : NULL;
}

/* True when token I is the word W (its dictionary base form). */
static inline bool gp_text_is(const gp_text_t *t, int i, const char *w) { return gp_lex_is(gp_text_lex(t, i), w); }

/* True when token I is punctuation C. */
static inline bool gp_text_punct(const gp_text_t *t, int i, char c)
{
    return i >= 0 && i < t->count && t->tok[i].kind == GP_TOK_PUNCT && t->tok[i].punct == c;
}

/* Time-word id of token I (GP_TW_NONE when it is not one). */
static inline int gp_text_tw(const gp_text_t *t, int i)
{
    const gp_lex_t *e = gp_text_lex(t, i);
    return e ? e->tw : GP_TW_NONE;
}

/* True when the statement does not look like English: letters mostly
 * outside the Latin alphabet, or common words of another language and
 * none of ours. */
bool gp_text_foreign(const gp_text_t *t);

#endif
