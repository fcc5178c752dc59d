/* smart_rewrite.c - a concrete rewording of a goal.
 *
 * When the statement already says what and how much (S and M pass) the
 * rewrite keeps the student's own words and only fixes the time frame
 * (a real date when today is known). Otherwise it is built from what is
 * known: verb, metric (or a measurable stand-in for a vague word), amount,
 * means and deadline. Anything made up is reported in the output flags so
 * the suggestions can say it is an example. */
#include "smart_rewrite.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/textbuf.h"

typedef struct {
    char *s;
    size_t n, len;
} buf_t;

/* Drops trailing spaces and commas before the next piece is added. */
static void trim(buf_t *b)
{
    while (b->len > 0 && (b->s[b->len - 1] == ' ' || b->s[b->len - 1] == ',')) b->s[--b->len] = '\0';
}

static void put(buf_t *b, const char *text)
{
    size_t t = strlen(text);
    if (b->len + t + 1 > b->n) t = b->n - b->len - 1;
    memcpy(b->s + b->len, text, t);
    b->len += t;
    b->s[b->len] = '\0';
}

/* Appends the statement's bytes of token I. */
static void put_token(buf_t *b, const gp_reading_t *r, int i)
{
    const gp_token_t *k = &r->text.tok[i];
    size_t t = k->end - k->start;
    if (b->len + t + 2 > b->n) return;
    if (b->len > 0 && !k->glued && b->s[b->len - 1] != ' ') b->s[b->len++] = ' ';
    /* Words joined by a hyphen were split by the tokenizer: "pop-ups". */
    if (b->len > 0 && k->glued && k->start > 0 && r->text.text[k->start - 1] == '-' && b->s[b->len - 1] != '-')
        b->s[b->len++] = '-';
    memcpy(b->s + b->len, r->text.text + k->start, t);
    if (r->shouting) /* ALL CAPS becomes ordinary case */
        for (size_t c = b->len; c < b->len + t; c++)
            if (b->s[c] >= 'A' && b->s[c] <= 'Z') b->s[c] = (char)(b->s[c] | 0x20);
    b->len += t;
    b->s[b->len] = '\0';
}

/* FRAC (0 <= FRAC < 1) in hundredths, rounded as printf's "%.2f" rounds:
 * to the nearest, a tie to the even one, judged on FRAC's exact value. The
 * product FRAC * 100 is rounded, so fma, which is not, says which side of a
 * whole number or a half the exact product lies. */
static int hundredths(double frac)
{
    double h = floor(frac * 100);
    if (fma(frac, 100, -h) < 0) h -= 1;
    else if (fma(frac, 100, -(h + 1)) >= 0) h += 1;
    double beyond_half = fma(frac, 100, -(h + 0.5));
    if (beyond_half > 0 || (beyond_half == 0 && fmod(h, 2) == 1)) h += 1;
    return (int)h;
}

void gp_format_amount(double v, char *out, size_t n)
{
    double a = fabs(v);
    if (a >= 1e15 || a != a) {
        snprintf(out, n, "%g", v);
        return;
    }
    double whole = floor(a + 1e-9);
    double frac = a - whole;
    char digits[32], grouped[48];
    size_t len = gp_format_rounded(whole, digits, sizeof digits), g = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) grouped[g++] = ',';
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    if (frac >= 0.005) {
        int h = hundredths(frac);
        if (h == 100) { /* rounding reached the next whole number */
            gp_format_rounded(a, digits, sizeof digits);
            gp_format(out, n, "%s%s", v < 0 ? "-" : "", digits);
            return;
        }
        char f[4] = {'.', (char)('0' + h / 10), (char)('0' + h % 10), '\0'};
        if (f[2] == '0') f[2] = '\0'; /* ".5", not ".50" */
        gp_format(out, n, "%s%s%s", v < 0 ? "-" : "", grouped, f);
    } else {
        gp_format(out, n, "%s%s", v < 0 ? "-" : "", grouped);
    }
}

static const char *symbol(const char *code)
{
    if (strcmp(code, "USD") == 0) return "$";
    if (strcmp(code, "EUR") == 0) return "\xE2\x82\xAC";
    if (strcmp(code, "GBP") == 0) return "\xC2\xA3";
    return NULL;
}

static void amount_text(double v, gp_amount_kind_t kind, const char *currency, char *out, size_t n)
{
    char num[48];
    gp_format_amount(v, num, sizeof num);
    if (kind == GP_AMT_PERCENT) gp_format(out, n, "%s%%", num);
    else if (kind == GP_AMT_CURRENCY && currency[0] && symbol(currency)) gp_format(out, n, "%s%s", symbol(currency), num);
    else if (kind == GP_AMT_CURRENCY && currency[0]) gp_format(out, n, "%s %s", currency, num);
    else gp_format(out, n, "%s", num);
}

static bool side(const gp_reading_t *r, int i)
{
    return (r->means_a >= 0 && i >= r->means_a && i < r->means_b) ||
           (r->reason_a >= 0 && i >= r->reason_a && i < r->reason_b);
}

/* Whether token I belongs to a time phrase other than a rate. */
static bool timed(const gp_reading_t *r, int i)
{
    for (int f = 0; f < r->tf_count; f++)
        if (i >= r->tf[f].first && i <= r->tf[f].last) return r->tf[f].kind != GP_TF_RATE;
    return false;
}

/* The object's words without determiners, numbers or "more". */
static void object_words(const gp_reading_t *r, buf_t *b, bool skip_vague_head)
{
    int a = r->obj_a, e = r->obj_b;
    while (a < e) {
        const gp_token_t *k = &r->text.tok[a];
        const gp_lex_t *x = gp_lex_entry(k->lex);
        if (k->kind == GP_TOK_NUMBER || k->kind == GP_TOK_PUNCT ||
            (x && (x->flags & (GP_W_DET | GP_W_PRON | GP_W_MORE | GP_W_PREP)) && !(x->flags & GP_W_METRIC)) ||
            (x && (x->flags & GP_W_VAGUE) && !x->code))
            a++;
        else break;
    }
    while (e > a) {
        const gp_token_t *k = &r->text.tok[e - 1];
        const gp_lex_t *x = gp_lex_entry(k->lex);
        if (k->kind == GP_TOK_PUNCT || (x && (x->flags & (GP_W_DET | GP_W_PREP | GP_W_CONJ | GP_W_PRON)))) e--;
        else break;
    }
    for (int i = a; i < e; i++) {
        if (skip_vague_head && i >= r->head) break;
        const gp_lex_t *x = gp_lex_entry(r->text.tok[i].lex);
        if (skip_vague_head && x && (x->flags & GP_W_VAGUE)) continue;
        if (r->text.tok[i].kind == GP_TOK_NUMBER) continue;
        put_token(b, r, i);
    }
}

static void tidy(char *s, bool lower)
{
    size_t w = 0;
    for (size_t i = 0; s[i]; i++) {
        char c = s[i];
        if (lower && c >= 'A' && c <= 'Z') c = (char)(c | 0x20);
        if (c == ' ' && (w == 0 || s[w - 1] == ' ' || s[w - 1] == '(')) continue;
        if ((c == ',' || c == '.' || c == ')' || c == ';' || c == ':') && w > 0 && s[w - 1] == ' ') w--;
        if (c == ')' && w > 0 && s[w - 1] == '(') { w--; continue; }
        s[w++] = c;
    }
    while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == ',' || s[w - 1] == '(' || s[w - 1] == ':' || s[w - 1] == '.' ||
                     s[w - 1] == ';' || s[w - 1] == '-'))
        w--;
    s[w] = '\0';
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 32);
}

bool gp_smart_rewrite(const gp_reading_t *r, const gp_rewrite_input_t *in, gp_rewrite_output_t *made, char *out,
                      size_t n)
{
    memset(made, 0, sizeof *made);
    out[0] = '\0';
    if (r->foreign || n < 64) return false;
    /* "#1 in the world", "outperform competitors": nothing honest to keep. */
    if (r->superl_tok >= 0 || r->in_the_world || r->verb_class == GP_V_RIVAL) return false;
    buf_t b = {out, n, 0};
    char tmp[400], num[64], num2[64];
    const gp_timeframe_t *f = r->deadline >= 0 ? &r->tf[r->deadline] : NULL;
    const char *unit = in->unit ? in->unit : "";

    if (in->specific && in->measurable && !r->empty) {
        /* Keep the student's main clause, minus time phrases and side clauses. */
        /* From the first word after "I want to", "We will": keep "do not", "be promoted". */
        int a = 0, stop = r->clause_a >= 0 ? r->clause_a : r->text.count;
        while (a < stop) {
            const gp_token_t *k = &r->text.tok[a];
            const gp_lex_t *e = gp_lex_entry(k->lex);
            bool filler = k->kind == GP_TOK_PUNCT || gp_text_is(&r->text, a, "to") ||
                          (e && (e->flags & (GP_W_PRON | GP_W_AUX)) && !(e->flags & GP_W_NEG) && !gp_text_is(&r->text, a, "be"));
            if (!filler) break;
            a++;
        }
        for (int i = a; i < r->text.count; i++) {
            const gp_token_t *k = &r->text.tok[i];
            if (side(r, i) || timed(r, i)) continue;
            if (i == a && i == r->verb && k->end - k->start > 4 && r->text.text[k->end - 1] == 'g' &&
                r->text.text[k->end - 2] == 'n' && r->text.text[k->end - 3] == 'i') {
                put(&b, gp_lex_entry(k->lex)->word); /* "learning" -> "learn" */
                continue;
            }
            if (k->kind == GP_TOK_PUNCT && (k->punct == '.' || k->punct == '!' || k->punct == '?') &&
                i + 1 < r->text.count)
                break;
            if (k->kind == GP_TOK_PUNCT && (k->punct == '.' || k->punct == '!' || k->punct == '?')) continue;
            put_token(&b, r, i);
        }
        if (in->has_baseline && in->has_target && !r->has_from) {
            gp_format_amount(in->baseline, num, sizeof num);
            gp_format_amount(in->target, num2, sizeof num2);
            gp_format(tmp, sizeof tmp, " (%s \xE2\x86\x92 %s%s%s)", num, num2, *unit ? " " : "", unit);
            put(&b, tmp);
        }
    } else {
        if (r->empty && !in->kpi_name) return false;
        bool down = r->verb_class == GP_V_DOWN || r->verb_class == GP_V_ELIM;
        bool own_verb = r->verb >= 0 && r->verb_class != GP_V_SOFT && r->verb_class != GP_V_WEAK &&
                        r->verb_class != GP_V_RIVAL && r->verb_class != GP_V_DO && !r->negated;
        char metric[96] = "";
        buf_t mb = {metric, sizeof metric, 0};
        if (in->kpi_name) {
            put(&mb, in->kpi_name);
        } else if (r->obj_kind == GP_OBJ_VAGUE || r->obj_kind == GP_OBJ_NONE || r->verb_class == GP_V_RIVAL) {
            const gp_lex_t *h = r->head >= 0 ? gp_lex_entry(r->text.tok[r->head].lex) : NULL;
            if (!h || !(h->flags & GP_W_VAGUE) || !h->code) {
                h = r->vague_tok >= 0 ? gp_lex_entry(r->text.tok[r->vague_tok].lex) : NULL;
                if (!h || !h->code) return false;
            }
            object_words(r, &mb, true);
            /* Modifiers already named in the stand-in ("customer service" -> "customer satisfaction score"). */
            if (mb.len > 0 && strstr(h->code, metric)) mb.len = 0, metric[0] = '\0';
            if (mb.len) put(&mb, " ");
            put(&mb, h->code);
            made->example_metric = true;
        } else if (r->obj_tactic && r->verb_class == GP_V_DONE) {
            mb.len = 0;
        } else if (r->obj_kind == GP_OBJ_CONCRETE && (r->verb_class == GP_V_DO || r->verb_class == GP_V_SOFT ||
                                                      r->verb_class == GP_V_WEAK || r->verb_class == GP_V_NONE)) {
            return false; /* "study my textbook": no measure to build on */
        } else {
            object_words(r, &mb, false);
            if (!mb.len) return false;
        }
        gp_format(made->metric, sizeof made->metric, "%s", metric);
        if (r->obj_tactic && r->verb_class == GP_V_DONE && !in->kpi_name) {
            /* "Launch a marketing campaign" -> say what the campaign should bring. */
            for (int i = r->clause_a >= 0 ? r->clause_a : r->verb; i >= 0 && i < r->obj_b; i++)
                if (!timed(r, i)) put_token(&b, r, i);
            put(&b, " that brings in 200 new customers");
            made->example_amount = made->example_metric = true;
            gp_format(made->metric, sizeof made->metric, "new customers");
        } else {
            const char *verb = own_verb ? gp_lex_entry(r->text.tok[r->verb].lex)->word : down ? "reduce" : "increase";
            if (r->verb_class == GP_V_DONE && !in->has_target && r->obj_plural) {
                put(&b, verb);
                put(&b, " 10 ");
                put(&b, metric);
                made->example_amount = true;
            } else if (in->has_baseline && in->has_target) {
                gp_format_amount(in->baseline, num, sizeof num);
                gp_format_amount(in->target, num2, sizeof num2);
                gp_format(tmp, sizeof tmp, "%s %s from %s to %s%s%s", in->target < in->baseline ? "reduce" : "increase",
                          metric, num, num2, *unit ? " " : "", unit);
                put(&b, tmp);
            } else if (in->has_target) {
                gp_format_amount(in->target, num, sizeof num);
                gp_format(tmp, sizeof tmp, "reach %s%s%s %s", num, *unit ? " " : "", unit, metric);
                put(&b, tmp);
            } else if (r->has_from && r->has_to) {
                amount_text(r->from, r->amount_kind, r->currency, num, sizeof num);
                amount_text(r->to, r->amount_kind, r->currency, num2, sizeof num2);
                gp_format(tmp, sizeof tmp, "%s %s from %s to %s", r->to < r->from ? "reduce" : verb, metric, num, num2);
                put(&b, tmp);
            } else if (r->amount_tok >= 0) {
                amount_text(r->amount, r->amount_kind, r->currency, num, sizeof num);
                if (r->amount_kind == GP_AMT_ABSOLUTE && own_verb && r->verb_class != GP_V_REACH)
                    gp_format(tmp, sizeof tmp, "%s %s %s", verb, num, metric);
                else if (r->verb_class == GP_V_REACH)
                    gp_format(tmp, sizeof tmp, "%s %s %s", verb, num, metric);
                else
                    gp_format(tmp, sizeof tmp, "%s %s by %s", verb, metric, num);
                put(&b, tmp);
            } else if (r->factor > 0 && own_verb) {
                double change = (r->factor - 1) * 100;
                char signed_change[32] = "+"; /* as "%+.0f" writes it */
                gp_format_rounded(change, signed_change + !signbit(change), sizeof signed_change - 1);
                gp_format(tmp, sizeof tmp, "%s %s (%s%%)", verb, metric, signed_change);
                put(&b, tmp);
            } else {
                gp_format(tmp, sizeof tmp, "%s %s by 10%%", down ? "reduce" : own_verb && r->verb_class == GP_V_UP ? verb : "increase",
                          metric);
                put(&b, tmp);
                made->example_amount = true;
            }
        }
    }
    trim(&b);
    if (r->means_a >= 0) {
        put(&b, " ");
        for (int i = r->means_a; i < r->means_b && b.len < n / 2; i++) put_token(&b, r, i);
    }
    char date[32];
    trim(&b);
    if (in->has_deadline && !(in->has_today && in->deadline < in->today)) {
        gp_date_format_long(in->deadline, date, sizeof date);
        put(&b, " by ");
        put(&b, date);
    } else if (f && !f->has_date && f->kind != GP_TF_RATE) {
        put(&b, " ");
        for (int i = f->first; i <= f->last; i++) put_token(&b, r, i);
    } else if (in->has_today) {
        gp_date_format_long(gp_add_months(in->today, 6), date, sizeof date);
        put(&b, " by ");
        put(&b, date);
        made->example_deadline = true;
    } else {
        put(&b, " within six months");
        made->example_deadline = true;
    }
    trim(&b);
    if (r->reason_a >= 0 && in->specific && in->measurable) {
        put(&b, " ");
        for (int i = r->reason_a; i < r->reason_b && b.len < n - 100; i++) put_token(&b, r, i);
    }
    tidy(out, false);
    if (!out[0]) return false;
    size_t len = strlen(out);
    if (len + 2 <= n) out[len] = '.', out[len + 1] = '\0';
    return true;
}
