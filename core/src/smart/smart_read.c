/* smart_read.c - from tokens to a reading of the goal.
 *
 * Order matters: time phrases are claimed first (so "in 3 months" is not an
 * amount), then the means ("by optimizing ...") and reason ("to lose 5kg")
 * clauses are marked, then the main verb is found in what is left, then its
 * object and the amounts. */
#include "smart_read.h"

#include <string.h>

#include "plan/plan.h"

static const gp_token_t *tk(const gp_reading_t *r, int i)
{
    return i >= 0 && i < r->text.count ? &r->text.tok[i] : NULL;
}
static const gp_lex_t *lx(const gp_reading_t *r, int i) { return gp_text_lex(&r->text, i); }
static bool is(const gp_reading_t *r, int i, const char *w) { return gp_text_is(&r->text, i, w); }
static bool flag(const gp_reading_t *r, int i, uint32_t f)
{
    const gp_lex_t *e = lx(r, i);
    return e && (e->flags & f);
}
static bool is_num(const gp_reading_t *r, int i)
{
    const gp_token_t *k = tk(r, i);
    return k && k->kind == GP_TOK_NUMBER && !k->used;
}
static bool sentence_end(const gp_reading_t *r, int i)
{
    const gp_token_t *k = tk(r, i);
    return k && k->kind == GP_TOK_PUNCT && (k->punct == '.' || k->punct == ';' || k->punct == '!' || k->punct == '?');
}

/* A word ending in "ing" that is a verb form ("running", "optimizing"). */
static bool ing_word(const gp_reading_t *r, int i)
{
    const gp_token_t *k = tk(r, i);
    if (!k || k->kind != GP_TOK_WORD || k->end - k->start < 5) return false;
    const char *s = r->text.text + k->end - 3;
    if ((s[0] | 0x20) != 'i' || (s[1] | 0x20) != 'n' || (s[2] | 0x20) != 'g') return false;
    const gp_lex_t *e = lx(r, i);
    return !e || e->verb != GP_V_NONE || !(e->flags & (GP_W_METRIC | GP_W_PREP));
}

static bool verb_word(const gp_reading_t *r, int i)
{
    const gp_lex_t *e = lx(r, i);
    return e && e->verb != GP_V_NONE && !(e->flags & GP_W_NOVERB);
}

/* ---- clauses: means and reasons ------------------------------------------- */

/* Where a clause opened at I ends: before sentence punctuation, a time
 * phrase, or the opener of another clause. */
static int clause_end(const gp_reading_t *r, int i)
{
    int j = i;
    while (j < r->text.count && !sentence_end(r, j) && tk(r, j)->used != 1) {
        if (j > i + 1 && (is(r, j, "so") || is(r, j, "because") ||
                          (is(r, j, "to") && verb_word(r, j + 1) && !flag(r, j - 1, GP_W_AUX))))
            break;
        j++;
    }
    return j;
}

static void find_clauses(gp_reading_t *r, int main_verb_before)
{
    r->means_a = r->means_b = r->reason_a = r->reason_b = -1;
    for (int i = 0; i < r->text.count; i++) {
        if (tk(r, i)->used) continue;
        int open = -1;
        bool reason = false;
        if (is(r, i, "by") || is(r, i, "through")) {
            int j = i + 1;
            const gp_token_t *adv = tk(r, j);
            if (adv && adv->kind == GP_TOK_WORD && adv->end - adv->start > 3 &&
                (r->text.text[adv->end - 1] | 0x20) == 'y' && (r->text.text[adv->end - 2] | 0x20) == 'l')
                j++; /* "by gradually cutting" */
            if (ing_word(r, j)) open = i;
        } else if (is(r, i, "using") || is(r, i, "via")) {
            open = i;
        } else if (is(r, i, "so") && (is(r, i + 1, "that") || flag(r, i + 1, GP_W_PRON))) {
            open = i, reason = true;
        } else if (is(r, i, "because")) {
            open = i, reason = true;
        } else if (is(r, i, "in") && is(r, i + 1, "order") && is(r, i + 2, "to")) {
            open = i, reason = true;
        } else if (is(r, i, "as") && is(r, i + 1, "part") && is(r, i + 2, "of")) {
            open = i, reason = true;
        } else if (is(r, i, "to") && i > main_verb_before && main_verb_before >= 0 && verb_word(r, i + 1) &&
                   !flag(r, i - 1, GP_W_AUX) && !is(r, i - 1, "want") && !verb_word(r, i - 1)) {
            open = i, reason = true;
        } else if (is(r, i, "to") && i > main_verb_before && main_verb_before >= 0 && verb_word(r, i + 1) &&
                   (is(r, i + 1, "help") || is(r, i + 1, "support") || is(r, i + 1, "increase") || is(r, i + 1, "grow"))) {
            open = i, reason = true;
        }
        if (open < 0) continue;
        int end = clause_end(r, i + 1);
        if (reason && r->reason_a < 0) r->reason_a = open, r->reason_b = end;
        if (!reason && r->means_a < 0) r->means_a = open, r->means_b = end;
        i = end - 1;
    }
}

static bool in_reason(const gp_reading_t *r, int i) { return r->reason_a >= 0 && i >= r->reason_a && i < r->reason_b; }

static bool in_side_clause(const gp_reading_t *r, int i)
{
    return (r->means_a >= 0 && i >= r->means_a && i < r->means_b) || in_reason(r, i);
}

/* ---- the main verb --------------------------------------------------------- */

static int verb_strength(gp_verb_t v)
{
    return v == GP_V_WEAK ? 1 : v == GP_V_NONE ? 0 : 2;
}

/* Whether token I is used as a verb here (not "the increase", "open rate",
 * "sign-ups", "a blog post"). */
static bool acts_as_verb(const gp_reading_t *r, int i)
{
    const gp_lex_t *e = lx(r, i);
    if (!e || e->verb == GP_V_NONE) return false;
    if (tk(r, i)->used) return false;
    if (i > 0 && (flag(r, i - 1, GP_W_DET) || flag(r, i - 1, GP_W_METRIC) || flag(r, i - 1, GP_W_PLACE) ||
                  tk(r, i - 1)->kind == GP_TOK_NUMBER) && !flag(r, i - 1, GP_W_PRON))
        return false;
    if (is(r, i + 1, "rate") || is(r, i + 1, "through") || (is(r, i + 1, "up") && tk(r, i + 1)->plural)) return false;
    if (e->flags & GP_W_NOVERB) {
        /* Nouns that double as verbs: only at the start or after "I will", "to", "and". */
        if (i == 0) return true;
        return flag(r, i - 1, GP_W_AUX) || flag(r, i - 1, GP_W_PRON) || is(r, i - 1, "to");
    }
    return true;
}

/* Whether a number or a time phrase stands between tokens A and B. */
static bool settled_between(const gp_reading_t *r, int a, int b)
{
    for (int i = a + 1; i < b; i++)
        if (tk(r, i)->used == 1 || tk(r, i)->kind == GP_TOK_NUMBER) return true;
    return false;
}

static void find_verb(gp_reading_t *r)
{
    r->verb = -1;
    r->verb_class = GP_V_NONE;
    r->negated = false;
    int best = -1, best_strength = 0;
    for (int i = 0; i < r->text.count; i++) {
        if (in_side_clause(r, i)) continue;
        if (sentence_end(r, i) && best >= 0) break;
        if (!acts_as_verb(r, i)) continue;
        int s = verb_strength((gp_verb_t)lx(r, i)->verb);
        /* After a weak verb with an object ("have a", not "go to") that already
         * has its numbers or its date, "to" and a verb begin the reason, and
         * the main clause is over ("Have a better website by June to
         * increase sales"). */
        if (best >= 0 && !is(r, best + 1, "to") && is(r, i - 1, "to") && settled_between(r, best, i - 1)) break;
        /* "I want to have $40 ... transferred": a strong verb beats a weak one before it. */
        if (s > best_strength) {
            best = i;
            best_strength = s;
            if (s == 2) break;
        }
    }
    r->verb = best;
    if (best >= 0) r->verb_class = (gp_verb_t)lx(r, best)->verb;
    r->clause_a = best;
    if (best >= 0) {
        for (int j = best - 1; j >= 0 && j >= best - 3; j--) {
            if (flag(r, j, GP_W_NEG)) {
                r->negated = true;
                r->clause_a = j;
                if (j > 0 && (is(r, j - 1, "do") || is(r, j - 1, "will") || is(r, j - 1, "should"))) r->clause_a = j - 1;
            } else if (!flag(r, j, GP_W_AUX) && !is(r, j, "to")) {
                break;
            }
        }
        /* Keep "be" in "be promoted". */
        if (r->clause_a == best && best > 0 && is(r, best - 1, "be")) r->clause_a = best - 1;
    }
}

/* ---- the object ------------------------------------------------------------ */

static bool object_stop(const gp_reading_t *r, int i)
{
    const gp_token_t *k = tk(r, i);
    if (!k || k->used == 1 || in_side_clause(r, i) || sentence_end(r, i)) return true;
    if (k->kind == GP_TOK_PUNCT) return k->punct == ',' || k->punct == '(' || k->punct == ':' || k->punct == ')';
    if (k->kind == GP_TOK_DATE) return true;
    const gp_lex_t *e = lx(r, i);
    if (!e) return false;
    if (is(r, i, "by") || is(r, i, "from") || is(r, i, "within") || is(r, i, "using") || is(r, i, "via") ||
        is(r, i, "than") || is(r, i, "so") || is(r, i, "because") || (e->flags & GP_W_AUX && !(e->flags & GP_W_METRIC)))
        return true;
    if (is(r, i, "to") && (is_num(r, i + 1) || verb_word(r, i + 1))) return true;
    if ((e->flags & GP_W_CONJ) && (acts_as_verb(r, i + 1) || is(r, i + 1, "then"))) return true;
    if ((e->flags & GP_W_BOUND) && (is_num(r, i + 1) || is(r, i + 1, "than"))) return true;
    return false;
}

static void classify_object(gp_reading_t *r)
{
    r->obj_kind = GP_OBJ_NONE;
    r->head = -1;
    if (r->obj_a < 0) return;
    int a = r->obj_a;
    /* "promoted to district manager": the preposition is not the object. */
    while (a < r->obj_b && (flag(r, a, GP_W_PREP) || flag(r, a, GP_W_DET) || is(r, a, "out") || is(r, a, "up") ||
                            tk(r, a)->used))
        a++;
    int seg_end = a;
    while (seg_end < r->obj_b && !flag(r, seg_end, GP_W_PREP) && !flag(r, seg_end, GP_W_CONJ)) seg_end++;
    bool metric = false, vague = false, concrete = false;
    for (int i = a; i < seg_end; i++) {
        const gp_token_t *k = tk(r, i);
        if (k->kind != GP_TOK_WORD || k->used) continue; /* "monthly", "a month" */
        const gp_lex_t *e = lx(r, i);
        if (!e || !(e->flags & (GP_W_DET | GP_W_PRON | GP_W_MORE | GP_W_NUMBER | GP_W_ENGLISH)) ||
            (e->flags & (GP_W_METRIC | GP_W_VAGUE | GP_W_PLACE | GP_W_TACTIC)))
            r->head = i;
        if (e && (e->flags & GP_W_METRIC)) metric = true;
        if (e && (e->flags & GP_W_VAGUE)) vague = true;
        if (!e || (e->flags & (GP_W_PLACE | GP_W_TACTIC | GP_W_AUDIENCE)) ||
            (!(e->flags & (GP_W_DET | GP_W_PRON | GP_W_VAGUE | GP_W_MORE | GP_W_NUMBER)) && e->verb == GP_V_NONE &&
             e->tw == GP_TW_NONE))
            concrete = true;
    }
    /* Metric phrases anywhere in the object ("conversion rate of the website"). */
    size_t np;
    const gp_metric_phrase_t *ph = gp_metric_phrases(&np);
    for (int i = r->obj_a; i < r->obj_b && !r->metric_phrase; i++) {
        const gp_lex_t *e = lx(r, i);
        if (!e) continue;
        if (!(e->flags & (GP_W_METRIC | GP_W_PLACE | GP_W_AUDIENCE)) && e->verb == GP_V_NONE) continue;
        size_t wl = strlen(e->word);
        for (size_t p = 0; p < np; p++) {
            const char *w = ph[p].words;
            if (w[0] != e->word[0]) continue;
            if (strncmp(w, e->word, wl) != 0 || (w[wl] != ' ' && w[wl] != '\0')) continue;
            int j = i + 1;
            const char *rest = w + wl;
            while (*rest == ' ') {
                rest++;
                const gp_lex_t *f = lx(r, j);
                if (!f) break;
                size_t fl = strlen(f->word);
                if (strncmp(rest, f->word, fl) != 0 || (rest[fl] != ' ' && rest[fl] != '\0')) break;
                rest += fl;
                j++;
            }
            if (*rest == '\0') {
                r->metric_phrase = ph[p].name;
                metric = true;
                break;
            }
        }
    }
    for (int i = r->obj_a; i < r->obj_b && !metric; i++)
        if (tk(r, i)->kind == GP_TOK_NUMBER && (tk(r, i)->num & GP_NUM_CURRENCY)) metric = true; /* "save $1,000" */
    /* The KPI catalog knows wordings this dictionary may not ("cost per acquisition"). */
    if (!metric && r->obj_b > r->obj_a) {
        size_t from = tk(r, r->obj_a)->start, to = tk(r, r->obj_b - 1)->end;
        const gp_kpi_def_t *def = gp_kpi_catalog_match(r->text.text + from, to - from, NULL, NULL);
        if (def) {
            metric = true;
            r->metric_phrase = def->name;
        }
    }
    const gp_lex_t *h = lx(r, r->head);
    if (r->head >= 0) {
        r->obj_plural = tk(r, r->head)->plural;
        r->obj_tactic = h && (h->flags & GP_W_TACTIC);
    }
    /* The head noun decides: "loyalty app" is an app, "social media presence" a presence. */
    if (h && (h->flags & GP_W_VAGUE) && !r->metric_phrase) r->obj_kind = GP_OBJ_VAGUE;
    else if (metric) r->obj_kind = GP_OBJ_METRIC;
    else if (concrete && r->head >= 0 && !(h && (h->flags & GP_W_VAGUE))) r->obj_kind = GP_OBJ_CONCRETE;
    else if (vague) r->obj_kind = GP_OBJ_VAGUE;
}

static void find_object(gp_reading_t *r)
{
    r->obj_a = r->obj_b = -1;
    int start = -1;
    if (r->verb >= 0) {
        start = r->verb + 1;
        /* "lose more than 5% of subscribers", "spend up to $500 a month on ads": the
         * object comes after the amount. */
        int j = start;
        bool skipped_number = false;
        for (;;) {
            if (flag(r, j, GP_W_MORE) || flag(r, j, GP_W_BOUND) || is(r, j, "than") || is(r, j, "at") ||
                is(r, j, "no") || (is(r, j, "up") && is(r, j + 1, "to"))) {
                j++;
            } else if (is_num(r, j)) {
                j++;
                skipped_number = true;
                if (is(r, j, "of")) j++;
            } else if (tk(r, j) && tk(r, j)->used == 2) {
                j++;
            } else {
                break;
            }
        }
        if (skipped_number && j > start + 1) start = j;
    } else {
        /* "I want more leads": an implied increase of what follows "more". */
        for (int i = 0; i < r->text.count; i++) {
            if (in_side_clause(r, i) || tk(r, i)->used) continue;
            if (is(r, i, "more") || is(r, i, "fewer") || is(r, i, "less")) {
                r->verb_class = is(r, i, "more") ? GP_V_UP : GP_V_DOWN;
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            for (int i = 0; i < r->text.count; i++)
                if (!tk(r, i)->used && !in_side_clause(r, i) && !flag(r, i, GP_W_PREP) &&
                    !(tk(r, i)->kind == GP_TOK_PUNCT)) {
                    start = i;
                    break;
                }
        }
    }
    if (start < 0) return;
    int end = start;
    while (end < r->text.count && end - start < 14 && !object_stop(r, end)) end++;
    /* "Complete and write out a self-assessment": the object follows the last of joined verbs. */
    while (end == start && r->verb >= 0 && flag(r, end, GP_W_CONJ) && acts_as_verb(r, end + 1)) {
        start = end + 2;
        if (is(r, start, "out") || is(r, start, "up")) start++;
        end = start;
        while (end < r->text.count && end - start < 14 && !object_stop(r, end)) end++;
    }
    r->obj_a = start;
    r->obj_b = end;
    classify_object(r);
    /* "The traffic to our website is down, fix it": the subject carries the metric. */
    if (r->verb > 0 && (r->obj_kind == GP_OBJ_NONE || (r->head >= 0 && flag(r, r->head, GP_W_PRON)) ||
                        r->head < 0)) {
        int a = 0;
        while (a < r->verb && (flag(r, a, GP_W_PRON) || flag(r, a, GP_W_AUX) || flag(r, a, GP_W_DET))) a++;
        int b = a;
        while (b < r->verb && !object_stop(r, b)) b++;
        if (b > a) {
            int sa = r->obj_a, sb = r->obj_b;
            r->obj_a = a;
            r->obj_b = b;
            r->metric_phrase = NULL;
            classify_object(r);
            if (r->obj_kind != GP_OBJ_METRIC) {
                r->obj_a = sa;
                r->obj_b = sb;
                r->metric_phrase = NULL;
                classify_object(r);
            }
        }
    }
}

/* ---- amounts ---------------------------------------------------------------- */

static gp_amount_kind_t kind_of(const gp_token_t *k)
{
    if (k->num & GP_NUM_PERCENT) return GP_AMT_PERCENT;
    if (k->num & GP_NUM_CURRENCY) return GP_AMT_CURRENCY;
    return GP_AMT_ABSOLUTE;
}

static void set_amount(gp_reading_t *r, int i)
{
    const gp_token_t *k = tk(r, i);
    r->amount_tok = i;
    r->amount = k->value;
    r->amount_hi = (k->num & GP_NUM_RANGE) ? k->value_hi : 0;
    r->amount_kind = kind_of(k);
    if (k->num & GP_NUM_CURRENCY) memcpy(r->currency, k->currency, 4);
}

/* A count of times ("three times a week") or a duration of an activity
 * ("30 minutes"): a quantity, but not the goal's amount. */
static bool frequency(const gp_reading_t *r, int i)
{
    if (is(r, i + 1, "times") || is(r, i + 1, "minute") || is(r, i + 1, "hour")) return true;
    return false;
}

static void find_amounts(gp_reading_t *r)
{
    r->amount_tok = -1;
    r->factor_tok = -1;
    int main_first = -1, any_first = -1;
    for (int i = 0; i < r->text.count; i++) {
        const gp_token_t *k = tk(r, i);
        if (k->used || k->kind != GP_TOK_NUMBER) continue;
        r->quantities++;
        if (k->num & GP_NUM_RANK) {
            r->rank = true;
            r->rank_value = k->value;
            continue;
        }
        if (is(r, i - 1, "top") || (is(r, i - 1, "number") && k->value <= 10 && (k->num & GP_NUM_WORDS))) {
            r->rank = true;
            r->rank_value = k->value;
            continue;
        }
        if ((k->num & GP_NUM_TIMES) && !is(r, i - 1, "to") && !is(r, i - 1, "of") && !is(r, i - 1, "at")) {
            if (r->factor == 0.0) r->factor = k->value, r->factor_tok = i;
            continue;
        }
        /* "from 15,100 to 18,875", or the same pair in brackets after the
         * amount: "by 25% (15,100 to 18,875)", "(15,100 → 18,875)". */
        bool bracketed = gp_text_punct(&r->text, i - 1, '(') &&
                         (is(r, i + 1, "to") || gp_text_punct(&r->text, i + 1, '>')) && is_num(r, i + 2);
        if (is(r, i - 1, "from") || bracketed) {
            for (int j = i + 1; j < r->text.count && j <= i + 4; j++) {
                if ((is(r, j, "to") || gp_text_punct(&r->text, j, '>')) && is_num(r, j + 1)) {
                    r->has_from = r->has_to = true;
                    r->from = k->value;
                    r->to = tk(r, j + 1)->value;
                    i = j + 1;
                    r->quantities++;
                    break;
                }
            }
            if (r->has_from) {
                if (main_first < 0 && !in_side_clause(r, i)) main_first = -2; /* from/to is the amount */
                continue;
            }
        }
        bool side = in_side_clause(r, i);
        if (flag(r, i - 1, GP_W_BOUND) || is(r, i - 1, "than") || (is(r, i - 1, "to") && is(r, i - 2, "up"))) {
            r->bound = (is(r, i - 1, "least") || is(r, i - 1, "above") || is(r, i - 1, "over") ||
                        (is(r, i - 1, "than") && is(r, i - 2, "more") && !r->negated))
                           ? 1
                           : -1;
            if (r->negated && is(r, i - 2, "more")) r->bound = -1;
        }
        if (is(r, i - 1, "to") && !side && r->verb >= 0 && i > r->verb && !r->has_to) {
            r->has_to = true;
            r->to = k->value;
        }
        if (frequency(r, i)) continue;
        if (!side && main_first == -1 && (r->verb < 0 || i > r->verb || i >= r->obj_a - 1)) main_first = i;
        /* After a weak main verb, a number in the reason is about the purpose,
         * not the goal ("Have a better website by June to increase sales by
         * 20%"); after "launch" or "reach" it is the goal's measure. */
        bool purpose = r->verb_class == GP_V_WEAK && in_reason(r, i);
        if (any_first < 0 && !purpose) any_first = i;
    }
    if (main_first >= 0) set_amount(r, main_first);
    else if (main_first == -1 && any_first >= 0) set_amount(r, any_first);
    if (r->has_from && r->amount_tok < 0) {
        r->amount = r->to - r->from;
        if (r->amount < 0) r->amount = -r->amount;
        r->amount_kind = GP_AMT_ABSOLUTE;
        for (int i = 0; i < r->text.count; i++)
            if (is(r, i, "from") && is_num(r, i + 1)) {
                const gp_token_t *k = tk(r, i + 1);
                r->amount_kind = kind_of(k);
                if (k->num & GP_NUM_CURRENCY) memcpy(r->currency, k->currency, 4);
                break;
            }
    }
    /* double, triple, halve, "twice", "cut in half" */
    for (int i = 0; i < r->text.count; i++) {
        const gp_lex_t *e = lx(r, i);
        if (!e || tk(r, i)->used || in_side_clause(r, i)) continue;
        if ((e->flags & GP_W_MULT) || (e->value > 1 && e->verb == GP_V_UP)) {
            if (e->tw == GP_TW_HALF && !is(r, i - 1, "in") && !is(r, i - 1, "by")) continue;
            if (r->factor_tok < 0) r->factor = e->value, r->factor_tok = i;
        }
    }
    /* Down to zero. */
    for (int i = 0; i < r->text.count; i++) {
        const gp_lex_t *e = lx(r, i);
        if (!e || tk(r, i)->used) continue;
        bool elim = e->verb == GP_V_ELIM && acts_as_verb(r, i) && !(i > 0 && flag(r, i - 1, GP_W_NEG));
        if ((is(r, i, "cut") || is(r, i, "give")) && is(r, i + 1, "out")) elim = true;
        if ((is(r, i, "cut") || is(r, i, "give")) && is(r, i + 1, "up") && !tk(r, i + 1)->plural) elim = true;
        if (elim) {
            r->elimination = true;
            r->elim_tok = i;
            break;
        }
    }
    if (r->has_to && r->to == 0 && r->verb_class == GP_V_DOWN) r->elimination = true, r->elim_tok = r->verb;
}

/* ---- wording ---------------------------------------------------------------- */

static void find_wording(gp_reading_t *r)
{
    r->vague_tok = r->more_tok = r->superl_tok = r->typo_tok = r->first_metric_tok = -1;
    for (int i = 0; i < r->text.count; i++) {
        const gp_token_t *k = tk(r, i);
        if (k->typo && r->typo_tok < 0) r->typo_tok = i;
        const gp_lex_t *e = lx(r, i);
        if (k->num & GP_NUM_RANK && k->value <= 1 && r->superl_tok < 0) r->superl_tok = i;
        if (!e || k->used) continue;
        if ((e->flags & GP_W_METRIC) && r->first_metric_tok < 0) r->first_metric_tok = i;
        if (in_side_clause(r, i)) continue;
        if ((e->flags & GP_W_VAGUE) && r->vague_tok < 0) r->vague_tok = i;
        if ((e->flags & GP_W_MORE) && r->more_tok < 0 && !is_num(r, i + 1) && !(e->verb && i == r->verb))
            r->more_tok = i;
        if ((e->flags & GP_W_SUPERL) && r->superl_tok < 0 && !is(r, i, "all") && !(is(r, i, "top") && is_num(r, i + 1)))
            r->superl_tok = i;
        if (is(r, i, "world") && (is(r, i - 1, "the") || is(r, i - 1, "world"))) r->in_the_world = true;
        if (is(r, i, "number") && (is(r, i + 1, "one") || (is_num(r, i + 1) && tk(r, i + 1)->value == 1)) &&
            r->superl_tok < 0)
            r->superl_tok = i;
    }
    /* A share of 100%: "reach 100% of the market", "100% satisfaction". */
    if (r->amount_kind == GP_AMT_PERCENT && r->amount >= 100 && !r->has_from &&
        (r->verb_class == GP_V_REACH || is(r, r->amount_tok + 1, "of")) && r->superl_tok < 0)
        r->superl_tok = r->amount_tok;
}

/* ---- entry points ------------------------------------------------------------ */

bool gp_smart_read(gp_reading_t *r, const char *statement, bool has_today, gp_day_t today)
{
    /* Everything but the token buffer, which gp_text_read sets up itself. */
    memset((char *)r + sizeof r->text, 0, sizeof *r - sizeof r->text);
    r->deadline = r->start_tf = -1;
    const char *s = statement ? statement : "";
    if (!gp_text_read(&r->text, s, strlen(s))) return false;
    r->tf_count = gp_timeframe_scan(&r->text, has_today, today, r->tf, GP_TF_MAX);
    r->deadline = gp_timeframe_pick(r->tf, r->tf_count);
    for (int i = 0; i < r->tf_count; i++)
        if (r->tf[i].start && r->tf[i].has_date) {
            r->start_tf = i;
            break;
        }
    int words = 0;
    for (int i = 0; i < r->text.count; i++)
        if (r->text.tok[i].kind == GP_TOK_WORD || r->text.tok[i].kind == GP_TOK_NUMBER) words++;
    r->empty = words == 0;
    r->foreign = !r->empty && gp_text_foreign(&r->text);
    r->shouting = r->text.ascii_letters >= 8 && r->text.upper_letters * 10 >= r->text.ascii_letters * 8;
    if (r->empty || r->foreign) {
        r->verb = r->obj_a = r->obj_b = r->head = r->amount_tok = r->factor_tok = -1;
        r->means_a = r->means_b = r->reason_a = r->reason_b = -1;
        r->vague_tok = r->more_tok = r->superl_tok = r->typo_tok = r->first_metric_tok = -1;
        r->clause_a = -1;
        return true;
    }
    /* Clauses need to know where the main verb is, and the verb must not be
     * looked for inside clauses: find a provisional verb first. */
    r->means_a = r->means_b = r->reason_a = r->reason_b = -1;
    find_verb(r);
    find_clauses(r, r->verb);
    find_verb(r);
    find_object(r);
    find_amounts(r);
    find_wording(r);
    return true;
}

void gp_reading_free(gp_reading_t *r)
{
    if (r) gp_text_free(&r->text);
}

char *gp_reading_span(const gp_reading_t *r, int a, int b, size_t max_bytes, char *out, size_t n)
{
    if (n == 0) return out;
    out[0] = '\0';
    if (a < 0 || b <= a || b > r->text.count) return out;
    size_t from = r->text.tok[a].start, to = r->text.tok[b - 1].end;
    size_t len = to - from;
    bool cut = false;
    if (len > max_bytes) {
        len = max_bytes;
        while (len > 0 && ((unsigned char)r->text.text[from + len] & 0xC0) == 0x80) len--;
        cut = true;
    }
    if (len + 4 > n) {
        len = n > 4 ? n - 4 : 0;
        while (len > 0 && ((unsigned char)r->text.text[from + len] & 0xC0) == 0x80) len--;
        cut = true;
    }
    memcpy(out, r->text.text + from, len);
    if (cut) memcpy(out + len, "\xE2\x80\xA6", 4);
    else out[len] = '\0';
    return out;
}
