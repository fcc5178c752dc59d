/* smart.c - the SMART evaluator: smart.evaluate and gp_smart_evaluate.
 *
 * The statement is read once (smart_read.c); each letter is then judged
 * from the reading plus the structured fields and plan context, with
 * reasons that quote the student's words and suggestions that say what to
 * add. The verdict is "smart" only when S, M and T pass and neither A nor R
 * fails; the score is the sum of the five letter scores (0-20 each). */
#include "smart.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "smart_answer.h"
#include "smart_read.h"
#include "smart_rewrite.h"
#include "base/textbuf.h"

enum { PASS = GP_SMART_PASS, WARN = GP_SMART_WARN, FAIL = GP_SMART_FAIL };
enum { MAX_NOTES = GP_SMART_NOTES };

typedef gp_smart_letter_t letter_t;

/* Structured fields of the goal and what the plan says about it. */
typedef struct {
    const char *statement;
    bool has_baseline, has_target, has_deadline, has_start;
    double baseline, target;
    gp_day_t deadline, start;
    int direction;            /* -1 none, else index into direction_names */
    const char *unit, *rationale, *kpi_id, *objective_id;
    int strategies;           /* how many named strategies */
    const char *first_strategy;
    const cJSON *objective;   /* linked objective in the plan */
    const cJSON *kpi;         /* linked KPI in the plan */
    const gp_kpi_growth_t *growth; /* its history's growth when already worked out, else NULL */
    const char *kpi_name;
    bool objective_missing;   /* objective_id names no objective of the plan */
} goal_t;

static const char *const direction_names[] = {"increase", "decrease", "reach", "maintain", NULL};

/* ---- notes ------------------------------------------------------------------ */

static void verdict(letter_t *l, int status, int score)
{
    l->status = status;
    l->score = score;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void reason(letter_t *l, const char *fmt, ...)
{
    if (l->nreasons >= MAX_NOTES) return;
    va_list ap;
    va_start(ap, fmt);
    gp_smart_note_t *note = &l->reasons[l->nreasons++];
    note->len = gp_vformat(note->text, sizeof note->text, fmt, ap);
    va_end(ap);
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void suggest(letter_t *l, const char *fmt, ...)
{
    if (l->nsuggestions >= MAX_NOTES) return;
    va_list ap;
    va_start(ap, fmt);
    gp_smart_note_t *note = &l->suggestions[l->nsuggestions++];
    note->len = gp_vformat(note->text, sizeof note->text, fmt, ap);
    va_end(ap);
}

/* The student's words for tokens [A, B), at most 90 bytes. */
static const char *quote(const gp_reading_t *r, int a, int b, char *buf, size_t n)
{
    return gp_reading_span(r, a, b, 90, buf, n);
}

/* The main clause as written ("increase our sales"). */
static const char *core_words(const gp_reading_t *r, char *buf, size_t n)
{
    int a = r->clause_a >= 0 ? r->clause_a : r->obj_a;
    int b = r->obj_b;
    if (r->amount_tok >= b && r->amount_tok - b <= 2) b = r->amount_tok + 1;
    if (a < 0 || b <= a) {
        a = 0;
        b = r->text.count;
        while (b > a && r->text.tok[b - 1].kind == GP_TOK_PUNCT) b--;
    }
    return quote(r, a, b, buf, n);
}


/* MONTHS as words a student would write: "3 weeks", "1 month", "7 months". */
static const char *span_words(double months, char out[32])
{
    if (months < 0.95) {
        long weeks = lround(fmax(1, months * 30.44 / 7));
        gp_format(out, 32, "%ld week%s", weeks, weeks == 1 ? "" : "s");
    } else {
        long whole = lround(months);
        gp_format(out, 32, "%ld month%s", whole, whole == 1 ? "" : "s");
    }
    return out;
}

/* ---- S ---------------------------------------------------------------------- */

static bool quantified(const gp_reading_t *r, const goal_t *g)
{
    return r->amount_tok >= 0 || r->has_from || r->has_to || r->factor > 0 || r->rank || r->elimination ||
           g->has_target;
}

/* A means clause that names a concrete action ("by cutting out caffeine",
 * "by practicing speeches"): the token of its verb, or -1. */
static int concrete_means(const gp_reading_t *r)
{
    if (r->means_a < 0) return -1;
    for (int i = r->means_a + 1; i < r->means_b; i++) {
        const gp_lex_t *e = gp_lex_entry(r->text.tok[i].lex);
        if (!e || e->verb == GP_V_NONE || e->verb == GP_V_SOFT || e->verb == GP_V_WEAK || e->verb == GP_V_RIVAL) continue;
        for (int j = i + 1; j < r->means_b && j <= i + 4; j++) {
            const gp_token_t *k = &r->text.tok[j];
            const gp_lex_t *x = gp_lex_entry(k->lex);
            if (k->used || k->kind != GP_TOK_WORD) break;
            if (x && (x->flags & (GP_W_DET | GP_W_PREP)) && !(x->flags & GP_W_METRIC)) continue;
            if (x && (x->flags & GP_W_VAGUE)) break;
            if (!x || (x->flags & (GP_W_METRIC | GP_W_PLACE | GP_W_TACTIC | GP_W_AUDIENCE)) ||
                (x->verb == GP_V_NONE && x->tw == GP_TW_NONE && !(x->flags & (GP_W_ENGLISH | GP_W_MORE))))
                return i;
        }
    }
    return -1;
}

static void judge_s(const gp_reading_t *r, const goal_t *g, letter_t *l)
{
    char core[128], w[128];
    core_words(r, core, sizeof core);
    bool metric = r->obj_kind == GP_OBJ_METRIC || g->kpi_name;
    bool concrete = metric || r->obj_kind == GP_OBJ_CONCRETE;
    bool qty = quantified(r, g);
    bool done = r->verb_class == GP_V_DONE && concrete;
    if (r->empty) {
        /* Only structured fields: they can say what changes, but the goal still needs words. */
        verdict(l, WARN, 10);
        if (g->kpi_name)
            reason(l, "There is no statement; the KPI '%s' says what will change, but the goal is not written down.", g->kpi_name);
        else
            reason(l, "There is no statement, so the goal does not say what you want to achieve.");
        suggest(l, "Write the goal as one sentence, e.g. the suggested rewrite.");
        return;
    }
    if (r->verb_class == GP_V_RIVAL) {
        verdict(l, FAIL, 4);
        reason(l, "'%s' is measured against other people, not against a result of yours.", core);
        suggest(l, "Name the number of yours that should change, e.g. 'grow our share of online orders from 8%% to 10%%'.");
        return;
    }
    int how = concrete_means(r);
    if ((r->obj_kind == GP_OBJ_VAGUE || r->verb_class == GP_V_WEAK || r->verb_class == GP_V_SOFT) && !metric &&
        how >= 0 && !g->kpi_name) {
        verdict(l, PASS, 16);
        reason(l, "'%s' is vague on its own, but '%s' says exactly what you will do.", core,
               quote(r, r->means_a, r->means_b, w, sizeof w));
        return;
    }
    if (r->obj_kind == GP_OBJ_VAGUE && !g->kpi_name) {
        int v = r->head >= 0 && (r->text.tok[r->head].lex >= 0) && (gp_lex_entry(r->text.tok[r->head].lex)->flags & GP_W_VAGUE)
                    ? r->head
                    : r->vague_tok;
        const gp_lex_t *e = v >= 0 ? gp_lex_entry(r->text.tok[v].lex) : NULL;
        verdict(l, FAIL, 4);
        reason(l, "'%s' is a wish rather than a result: '%s' does not say what will be different or for whom.", core,
               v >= 0 ? quote(r, v, v + 1, w, sizeof w) : core);
        if (e && e->code)
            suggest(l, "Replace '%s' with something you can count, such as %s.", quote(r, v, v + 1, w, sizeof w), e->code);
        else
            suggest(l, "Say exactly what will change, e.g. which metric, for which audience, on which channel.");
        return;
    }
    if (r->verb < 0 && r->obj_kind == GP_OBJ_NONE && !g->kpi_name) {
        verdict(l, FAIL, 0);
        reason(l, "'%s' does not say what you will do or achieve.", core);
        suggest(l, "Start with an outcome verb and what it acts on, e.g. 'Increase online sales revenue ...'.");
        return;
    }
    if (!concrete) {
        verdict(l, FAIL, 4);
        reason(l, "'%s' does not name what will change.", core);
        suggest(l, "Name the metric, audience, product or channel the goal is about.");
        return;
    }
    if ((r->verb_class == GP_V_SOFT || r->verb_class == GP_V_WEAK || r->verb_class == GP_V_DO) && !metric && !qty) {
        verdict(l, FAIL, 6);
        reason(l, "'%s' names an area but not the result you want there.", core);
        suggest(l, "Say which measurable thing about it should change, e.g. its visits, sales or rating.");
        return;
    }
    if (r->more_tok >= 0 && !qty) {
        verdict(l, WARN, 10);
        reason(l, "'%s' asks for 'more' without saying how much more.", core);
        suggest(l, "Turn 'more' into a target, e.g. 'by 15%%' or 'to 500'.");
        return;
    }
    if (qty || done) {
        verdict(l, PASS, 20);
        if (g->kpi_name && !metric)
            reason(l, "The goal is tied to the KPI '%s', so it is clear what will change.", g->kpi_name);
        else if (done && !qty)
            reason(l, "'%s' names a concrete result that is either done or not.", core);
        else
            reason(l, "'%s' says what will change and by how much.", core);
        return;
    }
    verdict(l, WARN, 10);
    reason(l, "'%s' names what to change but not the result you want, so it is not yet specific.", core);
    suggest(l, "Add the end point, e.g. 'by 20%%' or 'from 1,200 to 1,500'.");
}

/* ---- M ---------------------------------------------------------------------- */

/* The statement's own numbers against the structured baseline and target:
 * "by 10%" with 5,000 -> 6,000 (a 20% rise) is two different goals. Returns
 * true (after a warning) when they disagree. */
static bool numbers_disagree(const gp_reading_t *r, const goal_t *g, letter_t *l)
{
    char a[40], b[40];
    if (r->has_from && r->has_to && (fabs(r->from - g->baseline) > 1e-9 * fmax(1.0, fabs(g->baseline)) ||
                                     fabs(r->to - g->target) > 1e-9 * fmax(1.0, fabs(g->target)))) {
        gp_format_amount(r->from, a, sizeof a);
        gp_format_amount(r->to, b, sizeof b);
        verdict(l, WARN, 14);
        reason(l, "The statement says from %s to %s, but the details give a different baseline or target.", a, b);
        suggest(l, "Make the statement and the baseline and target agree (\"Use this wording\" does it for you).");
        return true;
    }
    if (r->amount_tok < 0 || r->amount_kind != GP_AMT_PERCENT || r->has_from || g->baseline == 0.0) return false;
    double implied = fabs(g->target - g->baseline) / fabs(g->baseline) * 100.0;
    if (fabs(implied - fabs(r->amount)) <= 0.5 + 0.01 * fabs(r->amount)) return false;
    gp_format_amount(g->baseline, a, sizeof a);
    gp_format_amount(g->target, b, sizeof b);
    verdict(l, WARN, 14);
    reason(l, "The statement says %g%%, but %s to %s is a change of %.1f%%.", fabs(r->amount), a, b, implied);
    suggest(l, "Make the statement and the baseline and target agree (\"Use this wording\" does it for you).");
    return true;
}

static void judge_m(const gp_reading_t *r, const goal_t *g, letter_t *l)
{
    char core[128], w[128], a[40], b[40];
    core_words(r, core, sizeof core);
    if (g->has_target) {
        verdict(l, PASS, 20);
        gp_format_amount(g->target, b, sizeof b);
        if (g->has_baseline) {
            if (numbers_disagree(r, g, l)) return;
            gp_format_amount(g->baseline, a, sizeof a);
            reason(l, "The goal moves from a baseline of %s to a target of %s%s%s.", a, b, g->unit ? " " : "",
                   g->unit ? g->unit : "");
        } else {
            reason(l, "The goal has a target of %s%s%s.", b, g->unit ? " " : "", g->unit ? g->unit : "");
            suggest(l, "Add a baseline (where you start) so progress can be shown as a share of the way.");
        }
        return;
    }
    if (r->has_from && r->has_to) {
        verdict(l, PASS, 20);
        gp_format_amount(r->from, a, sizeof a);
        gp_format_amount(r->to, b, sizeof b);
        reason(l, "The goal gives a start and an end point: from %s to %s.", a, b);
        return;
    }
    if (r->amount_tok >= 0) {
        const gp_token_t *k = &r->text.tok[r->amount_tok];
        quote(r, r->amount_tok, r->amount_tok + 1, w, sizeof w);
        verdict(l, PASS, 20);
        if (k->num & GP_NUM_RANGE) {
            reason(l, "'%s' is a measurable range.", w);
            suggest(l, "Commit to one number for the target (e.g. the low end) and treat the rest as a stretch.");
        } else if (r->bound < 0) {
            reason(l, "'%s' is a measurable limit.", w);
        } else {
            reason(l, "'%s' is a number you can track.", w);
        }
        if (r->obj_kind != GP_OBJ_METRIC && !g->kpi_name && r->quantities > 0 && r->head >= 0)
            suggest(l, "Say where the number will come from (e.g. your shop's sales report or web analytics).");
        return;
    }
    if (r->factor > 0) {
        verdict(l, PASS, 20);
        reason(l, "'%s' sets a measurable multiple of today's level.", quote(r, r->factor_tok, r->factor_tok + 1, w, sizeof w));
        suggest(l, "Write the baseline and target as numbers too, e.g. 'from 120 to 240'.");
        return;
    }
    if (r->rank) {
        verdict(l, PASS, 18);
        reason(l, "A rank (%g) can be checked.", r->rank_value);
        return;
    }
    if (r->elimination) {
        verdict(l, PASS, 18);
        reason(l, "'%s' is measurable: the target is zero.", quote(r, r->elim_tok, r->elim_tok + 2, w, sizeof w));
        return;
    }
    if (r->quantities > 0 && r->amount_tok < 0 && r->verb_class != GP_V_DONE) {
        verdict(l, PASS, 16);
        reason(l, "The goal contains numbers you can track.");
        return;
    }
    if (r->verb_class == GP_V_DONE && r->more_tok < 0 &&
        (r->obj_kind == GP_OBJ_CONCRETE || r->obj_kind == GP_OBJ_METRIC)) {
        if (r->obj_tactic) {
            verdict(l, FAIL, 4);
            reason(l, "'%s' is a step you take, not a result: launching it says nothing about what it achieves.", core);
            suggest(l, "Add the result it should bring, e.g. '... that brings 300 new email sign-ups'.");
            return;
        }
        if (r->obj_plural && r->quantities == 0) {
            verdict(l, FAIL, 4);
            reason(l, "'%s' does not say how many.", core);
            suggest(l, "Put a count on it, e.g. '25 new %s'.", quote(r, r->head, r->head + 1, w, sizeof w));
            return;
        }
        verdict(l, PASS, 16);
        reason(l, "'%s' is measured as done or not done.", core);
        return;
    }
    verdict(l, FAIL, 0);
    if (r->more_tok >= 0)
        reason(l, "'%s' has no number: 'more' cannot be checked.", core);
    else if (r->obj_kind == GP_OBJ_METRIC)
        reason(l, "'%s' names no amount.", core);
    else
        reason(l, "'%s' has nothing that can be counted or checked.", core);
    suggest(l, "Add a number or a percentage with the thing it counts, e.g. 'by 20%%' or '500 new subscribers'.");
}

/* ---- A ---------------------------------------------------------------------- */

/* Monthly growth seen in the linked KPI's measurements; false when there is
 * not enough history. */
static bool history_growth(const goal_t *g, double *monthly)
{
    if (!g->kpi) return false;
    gp_kpi_growth_t growth = g->growth ? *g->growth : gp_kpi_growth(g->kpi);
    *monthly = growth.monthly;
    return growth.known;
}

static void judge_a(const gp_reading_t *r, const goal_t *g, bool has_today, gp_day_t today, letter_t *l)
{
    char w[128], core[128];
    core_words(r, core, sizeof core);
    if (r->superl_tok >= 0 || r->in_the_world || r->verb_class == GP_V_RIVAL) {
        int t = r->superl_tok >= 0 ? r->superl_tok : r->verb;
        verdict(l, FAIL, 2);
        reason(l, "'%s' aims at being the best or beating others, which is not in your power alone.",
               t >= 0 ? quote(r, t, t + 1 < r->text.count ? t + 2 : t + 1, w, sizeof w) : core);
        suggest(l, "Set a level you can reach by your own work, e.g. 'reach a 4.6-star average rating'.");
        return;
    }
    /* The change asked for, as a fraction of the start. */
    bool down = r->verb_class == GP_V_DOWN || (g->direction == 1);
    double rel = -1;
    const char *basis = NULL;
    if (g->has_baseline && g->has_target && g->baseline != 0) {
        rel = fabs(g->target / g->baseline - 1);
        basis = "baseline and target";
    } else if (r->has_from && r->has_to && r->from != 0) {
        rel = fabs(r->to / r->from - 1);
        down = r->to < r->from;
        basis = "start and end values";
    } else if (r->amount_tok >= 0 && r->amount_kind == GP_AMT_PERCENT && r->bound == 0 &&
               !gp_text_is(&r->text, r->amount_tok - 1, "to") && /* "to 60%" is a level, not a rise */
               (r->verb_class == GP_V_UP || r->verb_class == GP_V_DOWN || r->verb_class == GP_V_SOFT)) {
        rel = (r->amount_hi > 0 ? r->amount_hi : r->amount) / 100;
        basis = "percentage";
    } else if (r->factor > 0) {
        rel = r->factor >= 1 ? r->factor - 1 : 1 - r->factor;
        down = r->factor < 1;
        basis = "multiple";
    }
    /* Months available. */
    double months = -1;
    gp_day_t from_day = has_today ? today : 0;
    bool have_from = has_today;
    if (g->has_start) from_day = g->start, have_from = true;
    else if (r->start_tf >= 0) from_day = r->tf[r->start_tf].date, have_from = true;
    if (g->has_deadline && have_from) months = gp_months_between(from_day, g->deadline);
    else if (r->deadline >= 0 && r->tf[r->deadline].span_days > 0) months = r->tf[r->deadline].span_days / 30.44;
    else if (r->deadline >= 0 && r->tf[r->deadline].has_date && have_from)
        months = gp_months_between(from_day, r->tf[r->deadline].date);
    if (rel < 0) {
        if (r->verb_class == GP_V_KEEP || r->bound < 0) {
            verdict(l, PASS, 16);
            reason(l, "Holding a level is within your control as long as the limit matches where you are today.");
            return;
        }
        verdict(l, WARN, 10);
        if (r->amount_tok >= 0 || g->has_target)
            reason(l, "There is no baseline, so I cannot tell whether '%s' is a stretch or out of reach.", core);
        else
            reason(l, "There is no number to judge, so I cannot tell whether '%s' is within reach.", core);
        suggest(l, "Write where you start today (a baseline), e.g. 'from 1,200 to 1,500 subscribers'.");
        if (r->means_a >= 0)
            reason(l, "You say how you will get there ('%s'), which helps.", quote(r, r->means_a, r->means_b, w, sizeof w));
        return;
    }
    char pct[32];
    size_t pct_len = gp_format_rounded(rel * 100, pct, sizeof pct);
    if (pct_len + 1 < sizeof pct) memcpy(pct + pct_len, "%", 2); /* "35%" */
    if (down) {
        if (rel >= 0.9 && !r->elimination) {
            verdict(l, WARN, 10);
            reason(l, "A %s fall is close to removing it altogether; check that this is realistic.", pct);
            suggest(l, "Consider a first step, e.g. halving it, then set the next goal.");
        } else {
            verdict(l, PASS, 18);
            reason(l, "A %s reduction (from the %s) is a reachable stretch.", pct, basis);
        }
        return;
    }
    double hist;
    if (months > 0 && history_growth(g, &hist)) {
        double need = pow(1 + rel, 1 / months) - 1;
        if (need <= fmax(hist * 1.5, hist + 0.02)) {
            verdict(l, PASS, 20);
            reason(l, "The goal needs about %.1f%% growth a month; the KPI's history shows about %.1f%%.", need * 100,
                   hist * 100);
        } else if (need <= fmax(hist * 3, hist + 0.06)) {
            verdict(l, WARN, 10);
            reason(l, "The goal needs about %.1f%% growth a month, well above the %.1f%% the history shows.", need * 100,
                   hist * 100);
            suggest(l, "Give it more time or lower the target, or name the new tactic that will change the trend.");
        } else {
            verdict(l, FAIL, 4);
            reason(l, "The goal needs about %.1f%% growth a month; the history shows %.1f%%: that jump is not realistic.",
                   need * 100, hist * 100);
            suggest(l, "Set a target closer to the trend, or allow several times as long.");
        }
        return;
    }
    if (months >= 0 && months * 30.44 < 1 && rel > 0) {
        verdict(l, FAIL, 2);
        reason(l, "The deadline is today, which leaves no time for a %s rise.", pct);
        suggest(l, "Give the goal a deadline far enough ahead for your tactics to work.");
        return;
    }
    if (rel >= 4 || (rel >= 1 && (months < 0 || months < 24))) {
        verdict(l, FAIL, 4);
        reason(l, "A %s rise%s is a very large jump with nothing to show it can be done.", pct,
               months > 0 ? " in that time" : "");
        suggest(l, "Aim for a stretch you can defend from your numbers (for many shops 10-30%% a year), or show the history that supports it.");
        return;
    }
    if (months > 0) {
        char span[32];
        double need = pow(1 + rel, 1 / months) - 1;
        if (need > 0.25) {
            verdict(l, FAIL, 4);
            reason(l, "A %s rise in %s means about %.0f%% growth every month, which is not realistic.", pct,
                   span_words(months, span), need * 100);
            suggest(l, "Allow more time or set a smaller target.");
            return;
        }
        if (need > 0.10 || rel >= 1) {
            verdict(l, WARN, 10);
            reason(l, "A %s rise in %s is ambitious (about %.0f%% a month).", pct, span_words(months, span), need * 100);
            suggest(l, "Check it against your past growth before you commit to it.");
            return;
        }
        verdict(l, PASS, 20);
        reason(l, "A %s rise over about %s is a reachable stretch.", pct, span_words(months, span));
        return;
    }
    if (rel > 0.5) {
        verdict(l, WARN, 10);
        reason(l, "A %s rise is a big jump; without a baseline or history I cannot tell if it is realistic.", pct);
        suggest(l, "Add your baseline and the deadline so the pace can be judged.");
        return;
    }
    verdict(l, PASS, 18);
    reason(l, "A %s change is a moderate stretch.", pct);
    if (!g->has_baseline && !r->has_from)
        suggest(l, "Write the baseline too, so the %s can be turned into a number to track.", pct);
}

/* ---- R ---------------------------------------------------------------------- */

/* Whether the objective's own words appear in the goal (statement or KPI). */
static bool shares_words(const gp_reading_t *r, const goal_t *g, const char *text)
{
    gp_text_t t;
    if (!text || !gp_text_read(&t, text, strlen(text))) return false;
    bool found = false;
    for (int i = 0; i < t.count && !found; i++) {
        const gp_token_t *a = &t.tok[i];
        if (a->kind != GP_TOK_WORD) continue;
        const gp_lex_t *e = gp_lex_entry(a->lex);
        if (e && (e->flags & (GP_W_DET | GP_W_PREP | GP_W_PRON | GP_W_AUX | GP_W_CONJ | GP_W_ENGLISH)) &&
            !(e->flags & (GP_W_METRIC | GP_W_PLACE)))
            continue;
        if (e && (e->verb == GP_V_WEAK || e->verb == GP_V_SOFT || e->verb == GP_V_UP)) continue;
        if (!e && a->end - a->start < 4) continue;
        for (int j = 0; j < r->text.count && !found; j++) {
            const gp_token_t *b = &r->text.tok[j];
            if (b->kind != GP_TOK_WORD) continue;
            if (e) found = b->lex == a->lex;
            else found = b->end - b->start == a->end - a->start &&
                         strncmp(r->text.text + b->start, text + a->start, a->end - a->start) == 0;
        }
        if (!found && g->kpi_name) {
            size_t n = a->end - a->start;
            const char *k = g->kpi_name;
            for (; *k && !found; k++) found = strncmp(k, text + a->start, n) == 0;
        }
    }
    gp_text_free(&t);
    return found;
}

static void judge_r(const gp_reading_t *r, const goal_t *g, letter_t *l)
{
    char w[128];
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(g->objective, "name");
    const cJSON *desc = cJSON_GetObjectItemCaseSensitive(g->objective, "description");
    const char *oname = cJSON_IsString(name) ? name->valuestring : "";
    /* An objective with no words yet (a new blank plan) cannot be compared
     * with the goal: judge the goal's own reasons instead. */
    bool objective_has_words = *oname || (cJSON_IsString(desc) && *desc->valuestring);
    if (g->objective && objective_has_words) {
        bool linked = shares_words(r, g, oname) || (cJSON_IsString(desc) && shares_words(r, g, desc->valuestring));
        if (linked) {
            verdict(l, PASS, 20);
            reason(l, "The goal serves the objective '%.120s' and uses its words.", oname);
        } else {
            verdict(l, WARN, 12);
            reason(l, "The goal is linked to the objective '%.120s', but none of its words appear in the goal.", oname);
            suggest(l, "Check that the goal really moves this objective forward, or link it to the objective it serves.");
        }
        if (g->strategies > 0 && l->status == WARN) {
            verdict(l, PASS, 18);
            reason(l, "It has %d strateg%s that say%s how it will be reached.", g->strategies, g->strategies == 1 ? "y" : "ies",
                   g->strategies == 1 ? "s" : "");
        }
        return;
    }
    if (g->objective_missing) {
        verdict(l, WARN, 8);
        reason(l, "The goal points to an objective ('%.64s') that is not in the plan.", g->objective_id);
        suggest(l, "Link the goal to one of the plan's objectives.");
        return;
    }
    if (r->reason_a >= 0) {
        verdict(l, PASS, 20);
        reason(l, "The goal says why it matters: '%s'.", quote(r, r->reason_a, r->reason_b, w, sizeof w));
        return;
    }
    if (g->rationale && *g->rationale) {
        verdict(l, PASS, 18);
        reason(l, "The goal's rationale says why it matters.");
        return;
    }
    if (g->strategies > 0) {
        verdict(l, PASS, 18);
        reason(l, "The goal has %d strateg%s (e.g. '%.80s') tying it to the plan.", g->strategies,
               g->strategies == 1 ? "y" : "ies", g->first_strategy ? g->first_strategy : "");
        return;
    }
    verdict(l, WARN, 12);
    reason(l, "The goal does not say why it matters or which objective it serves.");
    suggest(l, "Link it to an objective, or add the reason, e.g. '... to grow repeat purchases'.");
}

/* ---- T ---------------------------------------------------------------------- */

static void judge_t(const gp_reading_t *r, const goal_t *g, bool has_today, gp_day_t today, letter_t *l)
{
    char w[128], date[32];
    const gp_timeframe_t *f = r->deadline >= 0 ? &r->tf[r->deadline] : NULL;
    bool dated = g->has_deadline || (f && f->has_date);
    gp_day_t deadline = g->has_deadline ? g->deadline : f && f->has_date ? f->date : 0;
    const char *phrase = f ? quote(r, f->first, f->last + 1, w, sizeof w) : "";
    if (dated && (g->has_deadline || f->kind == GP_TF_EXACT || f->kind == GP_TF_RELATIVE)) {
        gp_date_format_long(deadline, date, sizeof date);
        if (has_today && deadline < today) {
            verdict(l, FAIL, 2);
            if (g->has_deadline) reason(l, "The deadline (%s) has already passed.", date);
            else reason(l, "'%s' (%s) has already passed.", phrase, date);
            suggest(l, "Pick a date in the future.");
        } else if (has_today && gp_months_between(today, deadline) > 36) {
            verdict(l, WARN, 12);
            reason(l, "The deadline (%s) is more than three years away; checkpoints will be hard to see.", date);
            suggest(l, "Set a nearer deadline, or add milestones along the way.");
        } else if (g->has_deadline && f && f->has_date && f->kind == GP_TF_EXACT && f->date != g->deadline) {
            verdict(l, WARN, 14);
            reason(l, "The statement says '%s', but the deadline field says %s.", phrase, date);
            suggest(l, "Make the statement and the deadline agree (\"Use this wording\" does it for you).");
        } else {
            verdict(l, PASS, 20);
            if (g->has_deadline) reason(l, "The goal has a deadline: %s.", date);
            else reason(l, "'%s' sets the deadline: %s.", phrase, date);
        }
        if (f && f->assumption && !g->has_deadline) reason(l, "%s", f->assumption);
        return;
    }
    if (f && (f->kind == GP_TF_RELATIVE || f->kind == GP_TF_EXACT)) {
        verdict(l, PASS, 20);
        reason(l, "'%s' is a time frame; its date depends on when the goal is set.", phrase);
        if (f->assumption) reason(l, "%s", f->assumption);
        return;
    }
    if (f && f->kind == GP_TF_EVENT) {
        verdict(l, PASS, 16);
        reason(l, "'%s' ties the goal to an event, so its deadline is unknown until that event has a date.", phrase);
        suggest(l, "Add the event's date (or a deadline field) so progress can be tracked.");
        return;
    }
    verdict(l, FAIL, 0);
    if (f && f->kind == GP_TF_RATE) {
        reason(l, "'%s' says how often, not by when.", phrase);
        suggest(l, "Add an end date, e.g. 'for the next six months' or 'by 31 December'.");
        return;
    }
    for (int i = 0; i < r->tf_count; i++)
        if (r->tf[i].past) {
            reason(l, "'%s' refers to the past; it is not a deadline.",
                   quote(r, r->tf[i].first, r->tf[i].last + 1, w, sizeof w));
            break;
        }
    reason(l, "The goal has no deadline or time frame.");
    suggest(l, "Say by when, e.g. 'by 31 December' or 'within six months'.");
}

/* ---- reading the request ------------------------------------------------------- */

static const cJSON *find_by_id(const cJSON *plan, const char *list, const char *id, const char *path, int *index,
                               gp_error_t *err, bool *ok)
{
    const cJSON *items = NULL;
    *ok = gp_get_array(plan, list, path, false, GP_MAX_ITEMS, &items, err);
    if (!*ok || !items || !id) return NULL;
    return gp_find_by_id(items, id, index);
}

static bool read_goal(const cJSON *goal, const cJSON *plan, goal_t *g, gp_error_t *err)
{
    memset(g, 0, sizeof *g);
    g->direction = -1;
    g->statement = "";
    const char *p = "goal";
    if (!cJSON_IsObject(goal)) return gp_fail(err, GP_ERR_WRONG_TYPE, p, "goal must be an object.");
    if (!gp_get_string(goal, "statement", p, false, GP_MAX_TEXT_CHARS, &g->statement, err)) return false;
    if (!gp_get_number(goal, "baseline", p, false, -1e15, 1e15, &g->baseline, &g->has_baseline, err)) return false;
    if (!gp_get_number(goal, "target", p, false, -1e15, 1e15, &g->target, &g->has_target, err)) return false;
    if (!gp_get_date(goal, "deadline", p, false, &g->deadline, &g->has_deadline, err)) return false;
    if (!gp_get_date(goal, "start", p, false, &g->start, &g->has_start, err)) return false;
    gp_day_t bd;
    bool has_bd;
    if (!gp_get_date(goal, "baseline_date", p, false, &bd, &has_bd, err)) return false;
    if (!g->has_start && has_bd) g->start = bd, g->has_start = true;
    if (cJSON_GetObjectItemCaseSensitive(goal, "direction") &&
        !cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(goal, "direction")) &&
        !gp_get_enum(goal, "direction", p, false, direction_names, &g->direction, err))
        return false;
    if (!gp_get_string(goal, "unit", p, false, GP_MAX_NAME_CHARS, &g->unit, err)) return false;
    if (!gp_get_string(goal, "rationale", p, false, GP_MAX_TEXT_CHARS, &g->rationale, err)) return false;
    if (!gp_get_string(goal, "kpi_id", p, false, GP_MAX_ID_CHARS, &g->kpi_id, err)) return false;
    if (!gp_get_string(goal, "objective_id", p, false, GP_MAX_ID_CHARS, &g->objective_id, err)) return false;
    const cJSON *strategies = NULL;
    if (!gp_get_array(goal, "strategies", p, false, GP_MAX_ITEMS, &strategies, err)) return false;
    if (strategies) {
        int i = 0;
        const cJSON *s;
        cJSON_ArrayForEach(s, strategies) {
            char path[GP_PATH_MAX];
            gp_path_index(path, sizeof path, "goal.strategies", i++);
            if (!cJSON_IsObject(s)) return gp_fail(err, GP_ERR_WRONG_TYPE, path, "%s must be an object.", path);
            const char *name = NULL;
            if (!gp_get_string(s, "name", path, false, GP_MAX_NAME_CHARS, &name, err)) return false;
            if (name && *name) {
                if (!g->first_strategy) g->first_strategy = name;
                g->strategies++;
            }
        }
    }
    if (g->unit && !*g->unit) g->unit = NULL;
    if (!plan) return true;
    int index = -1;
    bool ok;
    g->objective = find_by_id(plan, "objectives", g->objective_id, "plan", &index, err, &ok);
    if (!ok) return false;
    g->objective_missing = g->objective_id && *g->objective_id && !g->objective;
    if (g->objective && !cJSON_IsObject(g->objective)) g->objective = NULL;
    g->kpi = find_by_id(plan, "kpis", g->kpi_id, "plan", &index, err, &ok);
    if (!ok) return false;
    if (g->kpi) {
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(g->kpi, "name");
        if (cJSON_IsString(name) && *name->valuestring) g->kpi_name = name->valuestring;
    }
    return true;
}

/* ---- the answer ------------------------------------------------------------- */

/* The object's words as a metric name: "overall website visits". */
static void metric_text(const gp_reading_t *r, char *out, size_t n)
{
    out[0] = '\0';
    if (r->obj_a < 0 || !(r->obj_kind == GP_OBJ_METRIC || (r->obj_kind == GP_OBJ_CONCRETE && r->quantities > 0)))
        return;
    int a = r->obj_a, b = r->obj_b;
    for (;;) {
        const gp_token_t *k = a < b ? &r->text.tok[a] : NULL;
        if (!k) break;
        const gp_lex_t *e = gp_lex_entry(k->lex);
        bool skip = k->kind == GP_TOK_NUMBER || k->kind == GP_TOK_PUNCT ||
                    (e && (e->flags & (GP_W_DET | GP_W_PRON | GP_W_MORE | GP_W_PREP)) && !(e->flags & GP_W_METRIC));
        if (!skip) break;
        a++;
    }
    while (b > a) {
        const gp_token_t *k = &r->text.tok[b - 1];
        const gp_lex_t *e = gp_lex_entry(k->lex);
        if (k->kind == GP_TOK_PUNCT || k->kind == GP_TOK_NUMBER ||
            (e && (e->flags & (GP_W_DET | GP_W_PREP | GP_W_CONJ | GP_W_PRON)))) b--;
        else break;
    }
    gp_reading_span(r, a, b, 80, out, n);
}

/* Fills A from the judged letters L and the reading. */
static void answer(const gp_reading_t *r, const goal_t *g, letter_t *L, bool has_today, gp_day_t today,
                   gp_smart_answer_t *a)
{
    a->score = 0;
    for (int i = 0; i < 5; i++) a->score += L[i].score;
    a->smart = L[0].status == PASS && L[1].status == PASS && L[4].status == PASS && L[2].status != FAIL &&
               L[3].status != FAIL;

    gp_rewrite_input_t in = {0};
    in.has_today = has_today;
    in.today = today;
    in.has_baseline = g->has_baseline;
    in.has_target = g->has_target;
    in.baseline = g->baseline;
    in.target = g->target;
    in.unit = g->unit;
    in.kpi_name = g->kpi_name;
    const gp_timeframe_t *f = r->deadline >= 0 ? &r->tf[r->deadline] : NULL;
    if (g->has_deadline) in.has_deadline = true, in.deadline = g->deadline;
    else if (f && f->has_date) in.has_deadline = true, in.deadline = f->date;
    in.specific = L[0].status == PASS;
    in.measurable = L[1].status == PASS;
    in.timed = L[4].status == PASS;
    gp_rewrite_output_t made;
    if (gp_smart_rewrite(r, &in, &made, a->rewrite, sizeof a->rewrite)) {
        if (made.example_amount)
            suggest(&L[1], "The amount in the suggested rewrite is only an example: replace it with a target worked out from your own baseline.");
        if (made.example_metric)
            suggest(&L[0], "The rewrite names '%s' as one way to measure this; pick the metric that fits your objective.", made.metric);
        if (made.example_deadline)
            suggest(&L[4], "The deadline in the suggested rewrite is only an example: choose the date that fits your plan.");
    } else {
        a->rewrite[0] = '\0';
    }
    a->unanswered = 0;
    for (int i = 0; i < 5; i++) {
        if (L[i].status != PASS) a->unanswered |= 1u << i;
    }

    a->action = NULL;
    if (r->negated && r->verb >= 0) a->action = "limit";
    else if (r->verb >= 0) a->action = gp_lex_entry(r->text.tok[r->verb].lex)->word;
    else if (r->verb_class == GP_V_UP) a->action = "increase";
    else if (r->verb_class == GP_V_DOWN) a->action = "reduce";
    else if (g->direction >= 0) a->action = direction_names[g->direction];
    if (g->kpi_name) gp_format(a->metric, sizeof a->metric, "%s", g->kpi_name);
    else metric_text(r, a->metric, sizeof a->metric);

    static const char *const kinds[] = {NULL, "percent", "absolute", "currency"};
    a->has_amount = r->amount_kind != GP_AMT_NONE;
    a->amount = r->amount;
    gp_amount_kind_t kind = r->amount_kind;
    if (!a->has_amount && g->has_baseline && g->has_target) {
        a->has_amount = true;
        a->amount = fabs(g->target - g->baseline);
        kind = GP_AMT_ABSOLUTE;
    } else if (!a->has_amount && r->factor > 0) {
        a->has_amount = true;
        a->amount = fabs(r->factor - 1) * 100;
        kind = GP_AMT_PERCENT;
    }
    a->amount_kind = a->has_amount ? kinds[kind] : NULL;
    a->has_from = g->has_baseline || r->has_from;
    a->from = g->has_baseline ? g->baseline : r->from;
    a->has_to = g->has_target || r->has_to;
    a->to = g->has_target ? g->target : r->to;
    a->deadline[0] = '\0';
    if (in.has_deadline) gp_date_format_iso(in.deadline, a->deadline);
    a->timeframe_text[0] = a->means[0] = '\0';
    if (f) gp_reading_span(r, f->first, f->last + 1, 200, a->timeframe_text, sizeof a->timeframe_text);
    if (r->means_a >= 0) gp_reading_span(r, r->means_a, r->means_b, 150, a->means, sizeof a->means);
}

static void judge_unreadable(const gp_reading_t *r, letter_t *L)
{
    static const char *const names[5] = {"specific", "measurable", "attainable", "relevant", "time-bound"};
    for (int i = 0; i < 5; i++) {
        if (r->empty) {
            verdict(&L[i], FAIL, 0);
            reason(&L[i], "The goal is empty, so I cannot tell whether it is %s.", names[i]);
        } else {
            verdict(&L[i], WARN, 0);
            reason(&L[i], "This does not look like English. I only read English, so I cannot tell whether the goal is %s.",
                   names[i]);
        }
    }
    if (r->empty) {
        suggest(&L[0], "Write what you want to achieve, e.g. 'Increase monthly website visits by 20%% by 31 December'.");
        suggest(&L[1], "Include a number or a percentage and the thing it counts.");
        suggest(&L[2], "Say where you start today so the target can be judged.");
        suggest(&L[3], "Say which objective or campaign the goal serves.");
        suggest(&L[4], "Say by when the goal should be met.");
    } else {
        for (int i = 0; i < 5; i++) suggest(&L[i], "Please write the goal in English so that it can be checked.");
    }
}

bool gp_smart_judge(const cJSON *goal, const cJSON *plan, const gp_kpi_growth_t *growth, bool has_today,
                    gp_day_t today, gp_smart_answer_t *a, gp_error_t *err)
{
    goal_t g;
    if (!read_goal(goal, plan, &g, err)) return false;
    g.growth = g.kpi ? growth : NULL;
    gp_reading_t r;
    if (!gp_smart_read(&r, g.statement, has_today, today)) {
        gp_reading_free(&r);
        return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
    }
    letter_t *L = a->letters; /* the note texts are written before they are read: only the counts start at 0 */
    for (int i = 0; i < 5; i++) L[i].status = L[i].score = L[i].nreasons = L[i].nsuggestions = 0;
    bool structured = g.has_target || g.kpi_name || g.has_deadline;
    if ((r.empty && !structured) || r.foreign) {
        judge_unreadable(&r, L);
    } else {
        judge_s(&r, &g, &L[0]);
        judge_m(&r, &g, &L[1]);
        judge_a(&r, &g, has_today, today, &L[2]);
        judge_r(&r, &g, &L[3]);
        judge_t(&r, &g, has_today, today, &L[4]);
        if (r.typo_tok >= 0) {
            char w[64];
            const gp_lex_t *e = gp_lex_entry(r.text.tok[r.typo_tok].lex);
            reason(&L[0], "I read '%s' as '%s'.", quote(&r, r.typo_tok, r.typo_tok + 1, w, sizeof w), e ? e->word : "");
        }
    }
    answer(&r, &g, L, has_today, today, a);
    gp_reading_free(&r);
    return true;
}

cJSON *gp_smart_evaluate(const cJSON *goal, const cJSON *plan, const gp_kpi_growth_t *growth, bool has_today,
                         gp_day_t today, gp_error_t *err)
{
    gp_smart_answer_t a;
    if (!gp_smart_judge(goal, plan, growth, has_today, today, &a, err)) return NULL;
    cJSON *result = gp_smart_answer_tree(&a);
    if (!result) gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
    return result;
}
