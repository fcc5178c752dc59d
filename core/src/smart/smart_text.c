/* smart_text.c - the tokenizer shared by the SMART reader and date.parse.
 *
 * One pass cuts the text into raw tokens (words looked up in the
 * dictionary, digit numbers with their glued suffixes, dates written with
 * digits, punctuation); a second pass folds number words ("twenty-five"),
 * percent and currency words, scales ("1.2 million") and ranges ("10-15%")
 * into the number tokens they belong to. Everything is linear in the text. */
#include "smart_text.h"

#include <stdlib.h>
#include <string.h>

/* ---- characters --------------------------------------------------------- */

static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Decodes the UTF-8 sequence at S (already valid); *N gets its length. */
static unsigned decode(const unsigned char *s, size_t left, size_t *n)
{
    unsigned char c = s[0];
    if (c < 0x80 || left < 2) { *n = 1; return c; }
    if ((c & 0xE0) == 0xC0) { *n = 2; return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu); }
    if ((c & 0xF0) == 0xE0 && left >= 3) {
        *n = 3;
        return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    if ((c & 0xF8) == 0xF0 && left >= 4) {
        *n = 4;
        return ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    }
    *n = 1;
    return 0xFFFD;
}

/* Letters of the Latin alphabet beyond ASCII ("é", "ñ"). */
static bool latin_letter(unsigned cp) { return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7; }
/* Letters of other scripts: Greek to Thai, kana and CJK, Hangul. */
static bool other_letter(unsigned cp)
{
    return (cp >= 0x370 && cp <= 0x1FFF && !(cp >= 0x2000)) || (cp >= 0x3040 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF);
}
static bool space_cp(unsigned cp) { return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000; }

static const char *currency_symbol(unsigned cp)
{
    switch (cp) {
    case '$': return "USD";
    case 0x20AC: return "EUR";
    case 0xA3: return "GBP";
    case 0xA5: return "JPY";
    case 0x20B9: return "INR";
    default: return NULL;
    }
}

/* ---- raw tokens --------------------------------------------------------- */

static gp_token_t *push(gp_text_t *t, gp_tok_kind_t kind, size_t start, size_t end, bool glued)
{
    if (t->count >= t->cap) return NULL;
    gp_token_t *k = &t->tok[t->count++];
    memset(k, 0, sizeof *k);
    k->kind = (uint8_t)kind;
    k->start = (uint32_t)start;
    k->end = (uint32_t)end;
    k->glued = glued;
    k->lex = -1;
    return k;
}

static void set_currency(gp_token_t *k, const char *code)
{
    memcpy(k->currency, code, 3);
    k->currency[3] = '\0';
    k->num |= GP_NUM_CURRENCY;
}

/* Reads D digits at S (exactly, no more digits after) into *V. */
static bool digits(const char *s, size_t left, int d, int *v)
{
    if ((size_t)d > left) return false;
    int x = 0;
    for (int i = 0; i < d; i++) {
        if (!is_digit((unsigned char)s[i])) return false;
        x = x * 10 + (s[i] - '0');
    }
    if ((size_t)d < left && is_digit((unsigned char)s[d])) return false;
    *v = x;
    return true;
}

/* "2026-12-31", "31/12/2026", "12/31/26", "31.12.2026" at S: the byte
 * length consumed (0 when it is not a date) and the day. A day and month
 * that could be either way round are read day first. */
static size_t read_digit_date(const char *s, size_t left, gp_day_t *day)
{
    int y, m, d;
    if (left >= 10 && digits(s, left, 4, &y) && s[4] == '-' && digits(s + 5, left - 5, 2, &m) && s[7] == '-' &&
        digits(s + 8, left - 8, 2, &d)) {
        if (!gp_date_valid(y, m, d)) return (size_t)-1; /* "2026-02-30": a date that does not exist */
        *day = gp_days_from_civil(y, m, d);
        return 10;
    }
    size_t i = 0;
    int part[3], len[3];
    char sep = 0;
    for (int p = 0; p < 3; p++) {
        int n = 0, v = 0;
        while (i < left && is_digit((unsigned char)s[i]) && n < 5) v = v * 10 + (s[i++] - '0'), n++;
        if (n == 0 || (i < left && is_digit((unsigned char)s[i]))) return 0;
        part[p] = v;
        len[p] = n;
        if (p < 2) {
            if (i >= left || (s[i] != '/' && s[i] != '.') || (sep && s[i] != sep)) return 0;
            sep = s[i++];
        }
    }
    if (len[0] > 2 || len[1] > 2 || (len[2] != 2 && len[2] != 4)) return 0;
    if (i < left && (is_alpha((unsigned char)s[i]) || (s[i] == '.' && i + 1 < left && is_digit((unsigned char)s[i + 1]))))
        return 0;
    y = len[2] == 2 ? 2000 + part[2] : part[2];
    if (part[0] > 12) d = part[0], m = part[1];
    else if (part[1] > 12) m = part[0], d = part[1];
    else d = part[0], m = part[1];
    if (!gp_date_valid(y, m, d)) return 0;
    *day = gp_days_from_civil(y, m, d);
    return i;
}

/* Whether S[I] is SEP followed by exactly three digits: a thousands group. */
static bool thousands_group(const char *s, size_t left, size_t i, char sep)
{
    return i + 3 < left && s[i] == sep && is_digit((unsigned char)s[i + 1]) && is_digit((unsigned char)s[i + 2]) &&
           is_digit((unsigned char)s[i + 3]) && (i + 4 >= left || !is_digit((unsigned char)s[i + 4]));
}

/* Whether the euro sign or "EUR" follows S[I], after at most one space. */
static bool euro_follows(const char *s, size_t left, size_t i)
{
    if (i < left && s[i] == ' ') i++;
    return (i + 2 < left && memcmp(s + i, "\xE2\x82\xAC", 3) == 0) || (i + 2 < left && memcmp(s + i, "EUR", 3) == 0);
}

/* A number written with digits at S: "2,500", "1.2", "10k", "1.2M", "31st",
 * "3x", and the continental "2.500 €", "1.250.000", "2.500,50". EURO_BEFORE:
 * a euro sign came just before. Returns the bytes consumed; fills K. */
static size_t read_number(const char *s, size_t left, bool euro_before, gp_token_t *k)
{
    size_t i = 0;
    double v = 0;
    bool plain = true;
    while (i < left && is_digit((unsigned char)s[i])) v = v * 10 + (s[i++] - '0');
    /* Dots between groups of three digits are thousands separators when the
     * writing is clearly continental: two or more groups, a decimal comma
     * after them, or a euro amount; "1.500" alone stays one and a half. */
    size_t groups = 0, after = i;
    while (thousands_group(s, left, after, '.')) after += 4, groups++;
    bool decimal_comma =
        after + 1 < left && s[after] == ',' && is_digit((unsigned char)s[after + 1]) && !thousands_group(s, left, after, ',');
    char sep = ',';
    if (groups >= 2 || (groups == 1 && (decimal_comma || euro_before || euro_follows(s, left, after)))) sep = '.';
    while (thousands_group(s, left, i, sep)) {
        v = v * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
        i += 4;
        plain = false;
    }
    if (sep == '.' && decimal_comma) {
        double scale = 0.1;
        for (i++; i < left && is_digit((unsigned char)s[i]); i++) v += (s[i] - '0') * scale, scale /= 10;
        plain = false;
    } else if (i + 1 < left && s[i] == '.' && is_digit((unsigned char)s[i + 1])) {
        double scale = 0.1;
        i++;
        while (i < left && is_digit((unsigned char)s[i])) v += (s[i++] - '0') * scale, scale /= 10;
        plain = false;
    }
    size_t a = i;
    while (a < left && is_alpha((unsigned char)s[a])) a++;
    size_t n = a - i;
    char suf[4] = {0};
    for (size_t j = 0; j < n && j < 3; j++) suf[j] = (char)(s[i + j] | 0x20);
    if (n == 1 && suf[0] == 'k') v *= 1e3, i = a, plain = false;
    else if ((n == 1 && suf[0] == 'm') || (n == 2 && (strcmp(suf, "mm") == 0 || strcmp(suf, "mn") == 0))) v *= 1e6, i = a, plain = false;
    else if ((n == 1 && suf[0] == 'b') || (n == 2 && strcmp(suf, "bn") == 0)) v *= 1e9, i = a, plain = false;
    else if (n == 2 && (strcmp(suf, "st") == 0 || strcmp(suf, "nd") == 0 || strcmp(suf, "rd") == 0 || strcmp(suf, "th") == 0))
        k->num |= GP_NUM_ORDINAL, i = a, plain = false;
    else if (n == 1 && suf[0] == 'x') k->num |= GP_NUM_TIMES, i = a, plain = false;
    if (plain) k->num |= GP_NUM_PLAIN_INT;
    k->value = v;
    return i;
}

/* The dictionary key of the N bytes at S when they are ASCII letters and
 * digits only, as most words are: lower-cased into KEY, with the letters
 * and capitals counted. False, with nothing counted, for anything else. */
static bool ascii_key(const unsigned char *s, size_t n, char *key, size_t *letters, size_t *upper)
{
    size_t l = 0, u = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        bool capital = c - 'A' < 26u, letter = (c | 0x20u) - 'a' < 26u;
        if (!letter && c - '0' >= 10u) return false;
        key[i] = (char)(capital ? c | 0x20u : c);
        l += letter;
        u += capital;
    }
    *letters = l;
    *upper = u;
    return true;
}

static void read_word(gp_text_t *t, gp_token_t *k)
{
    char key[40];
    size_t n = 0, letters = 0, upper = 0;
    const unsigned char *s = (const unsigned char *)t->text;
    size_t length = k->end - k->start;
    if (length < sizeof key - 1 && ascii_key(s + k->start, length, key, &letters, &upper)) n = length;
    else letters = upper = 0;
    for (size_t i = n ? k->end : k->start; i < k->end && n < sizeof key - 1;) {
        size_t len = 1;
        unsigned cp = s[i] < 0x80 ? s[i] : decode(s + i, t->len - i, &len); /* ASCII needs no decoding */
        if (cp == 0x2019 || cp == '\'') key[n++] = '\'';
        else if (len == 1) {
            if (s[i] >= 'A' && s[i] <= 'Z') upper++;
            if (is_alpha(s[i])) letters++;
            key[n++] = (char)(s[i] | (is_alpha(s[i]) ? 0x20 : 0));
        } else if (n + len < sizeof key - 1) {
            /* Lower-case the common accented capitals (U+00C0..U+00DE). */
            if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
                key[n++] = (char)s[i];
                key[n++] = (char)(s[i + 1] | 0x20);
            } else {
                memcpy(key + n, s + i, len);
                n += len;
            }
        } else {
            n = sizeof key; /* too long to be a dictionary word */
            break;
        }
        i += len;
    }
    k->upper = letters >= 2 && upper == letters;
    t->ascii_letters += (int)letters;
    t->upper_letters += (int)upper;
    t->words++;
    if (n >= sizeof key - 1) return;
    bool plural, typo;
    k->lex = (int16_t)gp_lex_lookup(key, n, &plural, &typo);
    k->plural = plural;
    k->typo = typo;
    const gp_lex_t *e = gp_lex_entry(k->lex);
    if (!e) {
        /* Unknown words ending in a plural "s" still count as plurals. */
        k->plural = n > 3 && key[n - 1] == 's' && key[n - 2] != 's' && key[n - 2] != 'u' && key[n - 2] != 'i';
        return;
    }
    if (e->flags & GP_W_FOREIGN) t->foreign_words++;
    else t->english_words++;
}

static void raw_tokens(gp_text_t *t)
{
    const char *s = t->text;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n = t->len;
    bool glued = false;
    const char *pending_currency = NULL;
    size_t currency_at = 0;
    while (i < n) {
        size_t len;
        unsigned cp = decode(u + i, n - i, &len);
        if (is_space(u[i]) || space_cp(cp)) {
            i += len;
            glued = false;
            continue;
        }
        const char *cur = currency_symbol(cp);
        size_t after = i + len;
        while (after < n && u[after] == ' ') after++;
        bool number_follows = after < n && is_digit(u[after]);
        if (cur && number_follows) {
            pending_currency = cur;
            currency_at = i;
            i += len;
            continue;
        }
        if (cur && t->count > 0 && t->tok[t->count - 1].kind == GP_TOK_NUMBER &&
            !(t->tok[t->count - 1].num & GP_NUM_CURRENCY)) {
            set_currency(&t->tok[t->count - 1], cur); /* "2,500 €" */
            t->tok[t->count - 1].end = (uint32_t)(i + len);
            i += len;
            continue;
        }
        if (is_digit(u[i]) || (u[i] == '.' && i + 1 < n && is_digit(u[i + 1]) && !glued)) {
            gp_day_t day;
            size_t dl = u[i] == '.' ? 0 : read_digit_date(s + i, n - i, &day);
            if (dl == (size_t)-1) {
                /* Neither a date nor a number: keep it out of both readers. */
                gp_token_t *bad = push(t, GP_TOK_PUNCT, i, i + 10, glued);
                if (!bad) return;
                bad->punct = '?';
                i += 10;
                glued = true;
                continue;
            }
            gp_token_t *k = push(t, dl ? GP_TOK_DATE : GP_TOK_NUMBER, i, i, glued);
            if (!k) return;
            if (dl) {
                k->day = day;
                i += dl;
            } else if (u[i] == '.') {
                size_t used = read_number(s + i + 1, n - i - 1, false, k);
                double scale = 1;
                for (size_t j = 0; j < used && is_digit(u[i + 1 + j]); j++) scale *= 10;
                k->value /= scale;
                k->num &= (uint16_t)~GP_NUM_PLAIN_INT;
                i += used + 1;
            } else {
                i += read_number(s + i, n - i, pending_currency && strcmp(pending_currency, "EUR") == 0, k);
            }
            k->end = (uint32_t)i;
            if (pending_currency && k->kind == GP_TOK_NUMBER) {
                set_currency(k, pending_currency);
                k->start = (uint32_t)currency_at; /* "$40" quotes with its sign */
            }
            pending_currency = NULL;
            glued = true;
            continue;
        }
        pending_currency = NULL;
        bool letter = is_alpha(u[i]) || (len > 1 && (latin_letter(cp) || other_letter(cp)));
        if (letter) {
            size_t start = i;
            while (i < n) {
                if (is_alpha(u[i]) || is_digit(u[i])) { /* most of any word: no decoding */
                    i++;
                    continue;
                }
                size_t l2;
                unsigned c2 = decode(u + i, n - i, &l2);
                bool ok = l2 > 1 && (latin_letter(c2) || other_letter(c2));
                if (l2 > 1 && other_letter(c2)) t->foreign_letters++;
                if (!ok && (c2 == '\'' || c2 == 0x2019) && i + l2 < n && is_alpha(u[i + l2])) ok = true;
                if (!ok) break;
                i += l2;
            }
            gp_token_t *k = push(t, GP_TOK_WORD, start, i, glued);
            if (!k) return;
            read_word(t, k);
            /* A hyphen between two words joins them: "sign-ups", "twenty-five". */
            if (i + 1 < n && u[i] == '-' && is_alpha(u[i + 1])) i++;
            glued = true;
            continue;
        }
        char p = 0;
        if (cp < 0x80) p = (char)cp;
        else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212) p = '-';
        else if (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0xAB || cp == 0xBB) p = '"';
        else if (cp == 0x2026) p = '.';
        else if (cp == 0x2192) p = '>';
        if (p) {
            if (p == '\'') p = '"';
            gp_token_t *k = push(t, GP_TOK_PUNCT, i, i + len, glued);
            if (!k) return;
            k->punct = p;
        }
        i += len;
        glued = p != 0;
    }
}

/* ---- folding ------------------------------------------------------------ */

static const gp_lex_t *lex_of(const gp_token_t *k) { return k->kind == GP_TOK_WORD ? gp_lex_entry(k->lex) : NULL; }

static bool word_is(const gp_token_t *k, const char *w) { return gp_lex_is(lex_of(k), w); }

/* Folds runs of number words into one number: "two thousand five hundred". */
static int fold_number_words(gp_token_t *tok, int i, int count)
{
    const gp_lex_t *e = lex_of(&tok[i]);
    if (!e || !(e->flags & GP_W_NUMBER)) return i + 1;
    if ((e->flags & GP_W_SCALE) && e->value >= 1e3) return i + 1; /* "thousand" alone: folded by scale */
    double total = 0, current = 0;
    int j = i;
    while (j < count) {
        const gp_lex_t *f = lex_of(&tok[j]);
        if (!f || !(f->flags & GP_W_NUMBER)) break;
        if (f->flags & GP_W_SCALE) {
            current = (current == 0 ? 1 : current) * f->value;
            if (f->value >= 1e3) total += current, current = 0;
        } else {
            /* "five" after "twenty" adds; "one two" are two numbers. */
            if (j > i && !(current >= 20 && (int)current % 10 == 0 && f->value < 10) && current != 0) break;
            current += f->value;
        }
        j++;
        if (j < count && word_is(&tok[j], "and") && j + 1 < count && lex_of(&tok[j + 1]) &&
            (lex_of(&tok[j + 1])->flags & GP_W_NUMBER) && current + total >= 100)
            j++; /* "one hundred and twenty" */
    }
    gp_token_t *k = &tok[i];
    k->kind = GP_TOK_NUMBER;
    k->value = total + current;
    k->num = GP_NUM_WORDS;
    k->end = tok[j - 1].end;
    k->lex = -1;
    for (int m = i + 1; m < j; m++) tok[m].kind = 0xFF; /* removed below */
    return j;
}

/* Attaches what follows a number: %, percent, scale words, currency words,
 * "-15%" ranges. */
static void attach(gp_text_t *t)
{
    gp_token_t *tok = t->tok;
    int count = t->count;
    for (int i = 0; i < count; i++) {
        gp_token_t *k = &tok[i];
        if (k->kind != GP_TOK_NUMBER) {
            /* "USD 500", "EUR 2,000" */
            const gp_lex_t *e = lex_of(k);
            if (e && (e->flags & GP_W_CURRENCY) && e->code && i + 1 < count && tok[i + 1].kind == GP_TOK_NUMBER &&
                !(tok[i + 1].num & GP_NUM_CURRENCY) && k->upper) {
                set_currency(&tok[i + 1], e->code);
                tok[i + 1].start = k->start;
                k->kind = 0xFF;
            }
            if (k->kind == GP_TOK_PUNCT && k->punct == '#' && i + 1 < count && tok[i + 1].kind == GP_TOK_NUMBER &&
                tok[i + 1].glued) {
                tok[i + 1].num |= GP_NUM_RANK;
                tok[i + 1].start = k->start;
                k->kind = 0xFF;
            }
            continue;
        }
        int j = i + 1;
        while (j < count) {
            gp_token_t *x = &tok[j];
            const gp_lex_t *e = lex_of(x);
            if (x->kind == GP_TOK_PUNCT && x->punct == '%') {
                k->num |= GP_NUM_PERCENT;
            } else if (gp_lex_is(e, "percent") || gp_lex_is(e, "pct")) {
                k->num |= GP_NUM_PERCENT;
            } else if (gp_lex_is(e, "per") && j + 1 < count && word_is(&tok[j + 1], "cent")) {
                k->num |= GP_NUM_PERCENT;
                tok[j++].kind = 0xFF;
                x = &tok[j];
            } else if (gp_lex_is(e, "percentage") && j + 1 < count && word_is(&tok[j + 1], "points")) {
                k->num |= GP_NUM_PERCENT | GP_NUM_POINTS;
                tok[j++].kind = 0xFF;
                x = &tok[j];
            } else if (e && (e->flags & GP_W_SCALE) && !(k->num & GP_NUM_PERCENT)) {
                k->value *= e->value;
                k->num &= (uint16_t)~GP_NUM_PLAIN_INT;
            } else if (e && (e->flags & GP_W_CURRENCY) && e->code && !(k->num & GP_NUM_CURRENCY)) {
                set_currency(k, e->code);
            } else {
                break;
            }
            k->end = x->end;
            tok[j].kind = 0xFF;
            j++;
        }
        /* Ranges: "10-15%", "10 – 15 %", "$10-20k". */
        if (j + 1 < count && tok[j].kind == GP_TOK_PUNCT && tok[j].punct == '-' && tok[j + 1].kind == GP_TOK_NUMBER &&
            !(k->num & (GP_NUM_RANGE | GP_NUM_ORDINAL)) && !(tok[j + 1].num & GP_NUM_ORDINAL)) {
            gp_token_t *hi = &tok[j + 1];
            int m = j + 2;
            while (m < count && ((tok[m].kind == GP_TOK_PUNCT && tok[m].punct == '%') ||
                                 word_is(&tok[m], "percent"))) {
                hi->num |= GP_NUM_PERCENT;
                hi->end = tok[m].end;
                tok[m].kind = 0xFF;
                m++;
            }
            if (hi->value > k->value) {
                k->value_hi = hi->value;
                k->num |= GP_NUM_RANGE | (hi->num & (GP_NUM_PERCENT | GP_NUM_CURRENCY));
                k->num &= (uint16_t)~GP_NUM_PLAIN_INT;
                if ((hi->num & GP_NUM_CURRENCY) && !(k->num & GP_NUM_CURRENCY)) set_currency(k, hi->currency);
                k->end = hi->end;
                tok[j].kind = 0xFF;
                hi->kind = 0xFF;
            }
        }
    }
}

static void compact(gp_text_t *t)
{
    int w = 0;
    for (int r = 0; r < t->count; r++) {
        if (t->tok[r].kind == 0xFF) continue;
        if (w != r) t->tok[w] = t->tok[r];
        w++;
    }
    t->count = w;
}

bool gp_text_read(gp_text_t *out, const char *text, size_t len)
{
    out->count = 0;
    out->words = out->english_words = out->foreign_words = 0;
    out->foreign_letters = out->ascii_letters = out->upper_letters = 0;
    out->text = text ? text : "";
    out->len = text ? len : 0;
    /* A token takes at least one byte, so LEN + 1 tokens always suffice. */
    out->cap = (int)out->len + 1;
    if (out->cap <= GP_TEXT_INLINE_TOKENS) {
        out->tok = out->inline_tok;
    } else {
        out->tok = malloc((size_t)out->cap * sizeof *out->tok);
        if (!out->tok) return false;
    }
    raw_tokens(out);
    for (int i = 0; i < out->count;) i = fold_number_words(out->tok, i, out->count);
    compact(out);
    attach(out);
    compact(out);
    return true;
}

void gp_text_free(gp_text_t *t)
{
    if (!t) return;
    if (t->tok != t->inline_tok) free(t->tok);
    t->tok = NULL;
    t->count = t->cap = 0;
}

bool gp_text_foreign(const gp_text_t *t)
{
    if (t->foreign_letters > 0 && t->foreign_letters * 2 >= t->ascii_letters) return true;
    return t->words >= 3 && t->foreign_words >= 2 && t->foreign_words > t->english_words;
}
