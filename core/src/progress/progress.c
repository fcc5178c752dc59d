/* progress.c - goal.progress: where a goal stands today, the pace it should
 * be on, where its trend leads, and a status a student can defend.
 *
 * ---- How the status is decided (README "How a goal's status is decided") ---
 * In order, the first that applies:
 *   achieved     the target is met: value >= target for a goal to raise a
 *                KPI, <= for a goal to lower it (after the deadline: the
 *                value as of the deadline). A goal to hold a level is
 *                achieved only when the deadline passes unbroken.
 *   missed       the deadline has passed and the target was not met (or,
 *                for a level to hold, it was broken at some check-in).
 *   not_started  no measurement dated from the start on.
 *   stale        no check-in for longer than twice the usual gap between
 *                check-ins and for at least 14 days: silence never looks
 *                green, whatever the last numbers said.
 *   on_track     pace gap >= -10 points and p_reach >= 0.6;
 *   off_track    pace gap < -25 points, or behind the pace (gap < 0) with
 *                p_reach < 0.2;
 *   at_risk      everything in between.
 * The pace gap is progress_pct minus expected_pct (percentage points of
 * the way from baseline to target). p_reach is the chance, under the
 * fitted trend, that the value at the deadline meets the target. With
 * fewer than 3 points since the start there is no trend, and the pace gap
 * alone decides: >= -10 on track, down to -25 at risk, below off track.
 * Why these numbers: marketing KPIs move in steps (a newsletter goes out,
 * a campaign launches), so being up to a tenth of the way behind the
 * straight line is ordinary noise, while a quarter behind is a gap that
 * the remaining time rarely closes without a change of tactic. p_reach
 * >= 0.6 asks the data to favour success with a margin, not a coin flip;
 * below 0.2 the trend gives success one chance in five. With few points
 * the t distribution has heavy tails and keeps p_reach near 0.5, so a
 * short, noisy history lands in at_risk rather than a confident colour.
 * Goals that hold a level (maintain): off_track while the latest value
 * breaks it, at_risk when it was broken earlier or p_reach < 0.6, else
 * on_track.
 * -------------------------------------------------------------------------
 *
 * Which measurements count: the goal is judged as of its evaluation day,
 * today or the deadline if that has passed; later entries are ignored.
 * Entries before the start give the current value until a newer one
 * arrives, but the trend is fitted only to entries from the start on.
 * A goal without a baseline takes the KPI's value as of the start (or its
 * first value after it). Numbers in the result are full precision; only
 * the explanation rounds. */
#include "progress.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"
#include "pace.h"
#include "plan/plan.h"
#include "progress_facts.h"
#include "series.h"

#define ON_TRACK_MIN_P 0.6
#define OFF_TRACK_MAX_P 0.2
#define ON_TRACK_MIN_GAP (-10.0)
#define OFF_TRACK_GAP (-25.0)
#define STALE_MIN_DAYS 14
#define DAYS_PER_MONTH 30.436875 /* 365.2425 / 12 */
#define BAND_STEPS 12
#define MAX_BROKEN_DATES 100

enum { DIR_INCREASE, DIR_DECREASE, DIR_REACH, DIR_MAINTAIN };
static const char *const directions[] = {"increase", "decrease", "reach", "maintain", NULL};
static const char *const kpi_directions[] = {"higher", "lower", NULL};
static const char *const status_names[] = {"achieved", "missed",      "on_track", "at_risk",
                                           "off_track", "not_started", "stale"};

/* A chart is a few hundred pixels wide; min and max per bucket keep spikes. */
const gp_chart_detail_t gp_chart_full = {600, true};

const char *gp_status_name(gp_status_t status)
{
    return status < GP_STATUS_COUNT ? status_names[status] : "";
}

typedef struct {
    gp_day_t day;
    double target;
    int index; /* position in goal.milestones */
} milestone_t;

typedef struct {
    gp_progress_facts_t f;
    const char *goal_id, *kpi_id;
    int direction;
    gp_day_t eval; /* today, or the deadline once it has passed */
    milestone_t *milestones;
    size_t n_milestones;
    gp_knot_t *knots;
    gp_pace_t pace;
    const gp_series_t *s; /* own, or the open plan's cached series */
    gp_series_t own;
    gp_chart_detail_t chart;
    size_t first, upto_eval, upto_today; /* indexes into the series */
    double *x, *y;
} progress_t;

static void progress_free(progress_t *p)
{
    free(p->milestones);
    free(p->knots);
    free(p->x);
    free(p->y);
    gp_series_free(&p->own);
}

static bool oom(gp_error_t *err)
{
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while working out progress.");
}

static bool meets(const progress_t *p, double v, double target)
{
    return p->f.sense > 0 ? v >= target : v <= target;
}

/* ---- reading the goal and the KPI ---------------------------------------- */

static int by_milestone_day(const void *a, const void *b)
{
    const milestone_t *x = a, *y = b;
    if (x->day != y->day) return x->day < y->day ? -1 : 1;
    return x->index - y->index;
}

static bool read_milestones(progress_t *p, const cJSON *goal, gp_error_t *err)
{
    const cJSON *list = NULL;
    if (!gp_get_array(goal, "milestones", "goal", false, GP_MAX_ITEMS, &list, err)) return false;
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n == 0) return true;
    p->milestones = malloc((size_t)n * sizeof *p->milestones);
    if (!p->milestones) return oom(err);
    const cJSON *m;
    cJSON_ArrayForEach(m, list) {
        char at[GP_PATH_MAX];
        milestone_t *ms = &p->milestones[p->n_milestones];
        gp_path_index(at, sizeof at, "goal.milestones", (int)p->n_milestones);
        if (!cJSON_IsObject(m))
            return gp_fail(err, GP_ERR_WRONG_TYPE, at, "%s must be an object with a date and a target.", at);
        if (!gp_get_date(m, "date", at, true, &ms->day, NULL, err) ||
            !gp_get_number(m, "target", at, true, -GP_VALUE_MAX, GP_VALUE_MAX, &ms->target, NULL, err))
            return false;
        ms->index = (int)p->n_milestones++;
    }
    qsort(p->milestones, p->n_milestones, sizeof *p->milestones, by_milestone_day);
    return true;
}

static bool read_text(const cJSON *obj, const char *key, const char *path, size_t max, const char **out,
                      gp_error_t *err)
{
    *out = "";
    return gp_get_string(obj, key, path, false, max, out, err);
}

static bool read_inputs(progress_t *p, const cJSON *goal, const cJSON *kpi, const cJSON *kpis,
                        const gp_series_t *series, gp_error_t *err)
{
    gp_progress_facts_t *f = &p->f;
    if (!cJSON_IsObject(goal)) return gp_fail(err, GP_ERR_WRONG_TYPE, "goal", "goal must be an object.");
    if (!cJSON_IsObject(kpi)) return gp_fail(err, GP_ERR_WRONG_TYPE, "kpi", "kpi must be an object.");
    bool has_baseline = false, has_target = false, has_start = false, has_deadline = false, has_baseline_day = false;
    gp_day_t baseline_day = 0;
    int kpi_direction = 0;
    p->direction = -1;
    if (!read_text(goal, "id", "goal", GP_MAX_ID_CHARS, &p->goal_id, err) ||
        !read_text(goal, "kpi_id", "goal", GP_MAX_ID_CHARS, &p->kpi_id, err) ||
        !gp_get_enum(goal, "direction", "goal", false, directions, &p->direction, err) ||
        !gp_get_number(goal, "baseline", "goal", false, -GP_VALUE_MAX, GP_VALUE_MAX, &f->baseline, &has_baseline,
                       err) ||
        !gp_get_number(goal, "target", "goal", false, -GP_VALUE_MAX, GP_VALUE_MAX, &f->target, &has_target, err) ||
        !gp_get_date(goal, "baseline_date", "goal", false, &baseline_day, &has_baseline_day, err) ||
        !gp_get_date(goal, "start", "goal", false, &f->start, &has_start, err) ||
        !gp_get_date(goal, "deadline", "goal", false, &f->deadline, &has_deadline, err) ||
        !read_milestones(p, goal, err))
        return false;
    if (!has_target)
        return gp_fail(err, GP_ERR_MISSING_FIELD, "goal.target",
                       "goal.target is required to measure progress: set the value the goal aims for.");
    if (!has_deadline)
        return gp_fail(err, GP_ERR_MISSING_FIELD, "goal.deadline",
                       "goal.deadline is required to measure progress: set the date the target is due.");
    if (!read_text(kpi, "name", "kpi", GP_MAX_NAME_CHARS, &f->kpi_name, err) ||
        !read_text(kpi, "unit", "kpi", GP_MAX_NAME_CHARS, &f->unit, err) ||
        !read_text(kpi, "currency", "kpi", GP_MAX_NAME_CHARS, &f->currency, err) ||
        !gp_get_enum(kpi, "direction", "kpi", false, kpi_directions, &kpi_direction, err))
        return false;
    if (!series) {
        if (!gp_series_build(kpi, "kpi", kpis, "kpis", &p->own, err)) return false;
        series = &p->own;
    }
    p->s = series;

    if (!has_start) {
        if (has_baseline_day) f->start = baseline_day;
        else if (p->s->n > 0) f->start = p->s->day[0];
        else
            return gp_fail(err, GP_ERR_MISSING_FIELD, "goal.start",
                           "goal.start is required when the KPI has no measurements to start from.");
    }
    if (f->deadline < f->start) {
        char a[32], b[32];
        gp_date_format_long(f->deadline, a, sizeof a);
        gp_date_format_long(f->start, b, sizeof b);
        return gp_fail(err, GP_ERR_DEADLINE_BEFORE_START, "goal.deadline",
                       "goal.deadline (%s) is before the goal's start (%s).", a, b);
    }
    if (!has_baseline) {
        size_t at_start = gp_series_count_until(p->s, f->start);
        if (at_start > 0) f->baseline = p->s->value[at_start - 1];
        else if (p->s->n > 0) f->baseline = p->s->value[0];
        else
            return gp_fail(err, GP_ERR_MISSING_FIELD, "goal.baseline",
                           "goal.baseline is required when the KPI has no measurement to take it from.");
    }
    int kpi_sense = kpi_direction == 1 ? -1 : 1;
    if (p->direction < 0)
        p->direction = f->target > f->baseline ? DIR_INCREASE : f->target < f->baseline ? DIR_DECREASE : DIR_MAINTAIN;
    switch (p->direction) {
    case DIR_INCREASE: f->sense = 1; break;
    case DIR_DECREASE: f->sense = -1; break;
    case DIR_REACH: f->sense = f->target > f->baseline ? 1 : f->target < f->baseline ? -1 : kpi_sense; break;
    default: f->sense = kpi_sense; break;
    }
    /* A level to hold: the KPI's own direction says which side is good, so
     * a lower-is-better KPI is never judged upside down. */
    f->hold = p->direction == DIR_MAINTAIN || f->target == f->baseline;
    return true;
}

/* ---- the ideal pace ----------------------------------------------------------- */

static bool build_pace(progress_t *p, gp_error_t *err)
{
    gp_progress_facts_t *f = &p->f;
    p->knots = malloc((p->n_milestones + 2) * sizeof *p->knots);
    if (!p->knots) return oom(err);
    size_t n = 0;
    p->knots[n++] = (gp_knot_t){(double)f->start, f->hold ? f->target : f->baseline};
    for (size_t i = 0; i < p->n_milestones && !f->hold; i++) {
        const milestone_t *m = &p->milestones[i];
        if (m->day <= f->start || m->day >= f->deadline) continue;
        /* Two milestones on one date: the later-listed one stands. */
        if (n > 1 && p->knots[n - 1].t == (double)m->day) n--;
        p->knots[n++] = (gp_knot_t){(double)m->day, m->target};
    }
    p->knots[n++] = (gp_knot_t){(double)f->deadline, f->target};
    p->pace = (gp_pace_t){p->knots, n};
    return true;
}

/* ---- the facts --------------------------------------------------------------- */

static bool work_out(progress_t *p, gp_error_t *err)
{
    gp_progress_facts_t *f = &p->f;
    const gp_series_t *s = p->s;
    p->eval = f->today < f->deadline ? f->today : f->deadline;
    p->first = gp_series_count_until(s, f->start - 1);
    p->upto_eval = gp_series_count_until(s, p->eval);
    p->upto_today = gp_series_count_until(s, f->today);
    f->since_start = p->upto_eval > p->first ? p->upto_eval - p->first : 0;
    f->has_current = p->upto_eval > 0;
    if (f->has_current) {
        f->current = s->value[p->upto_eval - 1];
        f->current_day = s->day[p->upto_eval - 1];
    }
    f->has_last = p->upto_today > 0;
    if (f->has_last) f->last_day = s->day[p->upto_today - 1];
    f->usual_interval = gp_series_usual_interval(s, p->upto_today);

    for (size_t i = p->first; i < p->upto_eval; i++) {
        if (meets(p, s->value[i], f->target)) f->held++;
        else f->broken++;
    }
    if (f->hold) {
        f->expected_pct = 100.0;
        f->has_progress = f->since_start > 0;
        if (f->has_progress) f->progress_pct = 100.0 * (double)f->held / (double)f->since_start;
    } else {
        double range = f->target - f->baseline;
        f->expected_pct = 100.0 * (gp_pace_value(&p->pace, (double)p->eval) - f->baseline) / range;
        f->has_progress = f->has_current;
        if (f->has_progress) f->progress_pct = 100.0 * (f->current - f->baseline) / range;
    }

    if (f->since_start >= GP_FORECAST_MIN_POINTS) {
        size_t n = f->since_start;
        p->x = malloc(n * sizeof *p->x);
        p->y = malloc(n * sizeof *p->y);
        if (!p->x || !p->y) return oom(err);
        for (size_t i = 0; i < n; i++) {
            p->x[i] = (double)(s->day[p->first + i] - f->start);
            p->y[i] = s->value[p->first + i];
        }
        double scale = f->hold ? 0.1 * fabs(f->target) : fabs(f->target - f->baseline);
        bool out_of_memory = false;
        f->has_forecast = gp_forecast(p->x, p->y, n, (double)(f->deadline - f->start), f->target, f->sense, scale,
                                      &f->forecast, &out_of_memory);
        if (out_of_memory) return oom(err);
    }
    return true;
}

static gp_status_t decide(const progress_t *p)
{
    const gp_progress_facts_t *f = &p->f;
    if (f->today > f->deadline) {
        if (f->hold) return f->since_start > 0 && f->broken == 0 ? GP_STATUS_ACHIEVED : GP_STATUS_MISSED;
        return f->has_current && meets(p, f->current, f->target) ? GP_STATUS_ACHIEVED : GP_STATUS_MISSED;
    }
    if (!f->hold && f->has_current && meets(p, f->current, f->target)) return GP_STATUS_ACHIEVED;
    if (f->since_start == 0) return GP_STATUS_NOT_STARTED;
    int silent = f->today - f->last_day;
    if (silent >= STALE_MIN_DAYS && (double)silent > 2.0 * f->usual_interval) return GP_STATUS_STALE;
    double p_reach = f->has_forecast ? f->forecast.p_reach : -1.0;
    if (f->hold) {
        if (!meets(p, f->current, f->target)) return GP_STATUS_OFF_TRACK;
        if (f->broken > 0 || (f->has_forecast && p_reach < ON_TRACK_MIN_P)) return GP_STATUS_AT_RISK;
        return GP_STATUS_ON_TRACK;
    }
    double gap = f->progress_pct - f->expected_pct;
    if (!f->has_forecast) {
        if (gap >= ON_TRACK_MIN_GAP) return GP_STATUS_ON_TRACK;
        return gap >= OFF_TRACK_GAP ? GP_STATUS_AT_RISK : GP_STATUS_OFF_TRACK;
    }
    if (gap >= ON_TRACK_MIN_GAP && p_reach >= ON_TRACK_MIN_P) return GP_STATUS_ON_TRACK;
    if (gap < OFF_TRACK_GAP || (gap < 0.0 && p_reach < OFF_TRACK_MAX_P)) return GP_STATUS_OFF_TRACK;
    return GP_STATUS_AT_RISK;
}

/* Beeminder's safety buffer: days the goal can go without progress before
 * it falls behind the ideal line; negative when already behind. */
static bool safe_days(const progress_t *p, double *out)
{
    const gp_progress_facts_t *f = &p->f;
    if (f->today > f->deadline || !f->has_current) return false;
    double left = (double)(f->deadline - f->today);
    if (f->hold) {
        if (meets(p, f->current, f->target)) {
            *out = left;
            return true;
        }
        /* Broken since the first point of the latest run below the level. */
        size_t i = p->upto_eval;
        while (i > 0 && !meets(p, p->s->value[i - 1], f->target)) i--;
        *out = -(double)(f->today - p->s->day[i]) - 1.0;
        return true;
    }
    if (meets(p, f->current, f->target)) {
        *out = left;
        return true;
    }
    bool never = false;
    double when = gp_pace_crossing(&p->pace, f->current, (double)f->today, f->sense, &never);
    *out = never ? left : floor(when - (double)f->today);
    return true;
}

/* ---- JSON -------------------------------------------------------------------- */

static bool put_num(cJSON *o, const char *key, double v)
{
    return isfinite(v) ? cJSON_AddNumberToObject(o, key, v) != NULL : cJSON_AddNullToObject(o, key) != NULL;
}

static bool put_num_or_null(cJSON *o, const char *key, bool has, double v)
{
    return has ? put_num(o, key, v) : cJSON_AddNullToObject(o, key) != NULL;
}

static bool put_date(cJSON *o, const char *key, gp_day_t day)
{
    char text[11];
    gp_date_format_iso(day, text);
    return cJSON_AddStringToObject(o, key, text) != NULL;
}

static bool put(cJSON *o, const char *key, cJSON *child)
{
    if (!child) return false;
    cJSON_AddItemToObject(o, key, child);
    return true;
}

static bool push(cJSON *array, cJSON *child)
{
    if (!child) return false;
    cJSON_AddItemToArray(array, child);
    return true;
}

static cJSON *point(gp_day_t day, double v)
{
    cJSON *o = cJSON_CreateObject();
    if (o && put_date(o, "date", day) && put_num(o, "value", v)) return o;
    cJSON_Delete(o);
    return NULL;
}

/* Every actual point, or for long series the lowest and highest of each of
 * (max_points - 1) / 2 buckets and then the newest point, so spikes survive
 * the thinning and the line still ends at the current value. */
static cJSON *chart_actual(const progress_t *p)
{
    const gp_series_t *s = p->s;
    size_t n = p->upto_today;
    cJSON *a = cJSON_CreateArray();
    if (!a) return NULL;
    size_t most = p->chart.max_points < 3 ? 3 : p->chart.max_points;
    if (n <= most) {
        for (size_t i = 0; i < n; i++)
            if (!push(a, point(s->day[i], s->value[i]))) goto fail;
        return a;
    }
    size_t buckets = (most - 1) / 2, body = n - 1;
    for (size_t b = 0; b < buckets; b++) {
        size_t from = body * b / buckets, to = body * (b + 1) / buckets;
        size_t lo = from, hi = from;
        for (size_t i = from; i < to; i++) {
            if (s->value[i] < s->value[lo]) lo = i;
            if (s->value[i] > s->value[hi]) hi = i;
        }
        size_t first = lo < hi ? lo : hi, second = lo < hi ? hi : lo;
        if (!push(a, point(s->day[first], s->value[first]))) goto fail;
        if (second != first && !push(a, point(s->day[second], s->value[second]))) goto fail;
    }
    if (!push(a, point(s->day[n - 1], s->value[n - 1]))) goto fail;
    return a;
fail:
    cJSON_Delete(a);
    return NULL;
}

static cJSON *chart_band(const progress_t *p)
{
    const gp_forecast_t *fc = &p->f.forecast;
    cJSON *band = cJSON_CreateArray();
    if (!band) return NULL;
    gp_day_t from = p->s->day[p->upto_eval - 1], to = p->f.deadline;
    if (from > to) from = to;
    gp_day_t previous = from - 1;
    for (int k = 0; k <= BAND_STEPS; k++) {
        gp_day_t day = from + (gp_day_t)((long)(to - from) * k / BAND_STEPS);
        if (day == previous) continue;
        previous = day;
        double x0 = (double)(day - p->f.start);
        double mid = gp_linefit_predict(&fc->fit, x0), half = fc->t_quantile * gp_linefit_prediction_se(&fc->fit, x0);
        cJSON *o = cJSON_CreateObject();
        if (!push(band, o) || !put_date(o, "date", day) || !put_num(o, "low", mid - half) ||
            !put_num(o, "high", mid + half)) {
            cJSON_Delete(band);
            return NULL;
        }
    }
    return band;
}

static cJSON *milestones_json(const progress_t *p, bool for_chart)
{
    cJSON *list = cJSON_CreateArray();
    if (!list) return NULL;
    for (size_t i = 0; i < p->n_milestones; i++) {
        const milestone_t *m = &p->milestones[i];
        size_t upto = gp_series_count_until(p->s, m->day);
        bool due = m->day <= p->f.today;
        bool has_value = due && upto > 0;
        double value = has_value ? p->s->value[upto - 1] : 0.0;
        const char *status = !due ? "upcoming" : has_value && meets(p, value, m->target) ? "met" : "missed";
        cJSON *o = cJSON_CreateObject();
        if (!push(list, o) || !put_date(o, "date", m->day) || !put_num(o, "target", m->target) ||
            !cJSON_AddStringToObject(o, "status", status) ||
            (!for_chart && (!put_num(o, "index", m->index) || !put_num_or_null(o, "value", has_value, value)))) {
            cJSON_Delete(list);
            return NULL;
        }
    }
    return list;
}

static cJSON *chart_json(const progress_t *p)
{
    const gp_progress_facts_t *f = &p->f;
    cJSON *chart = cJSON_CreateObject(), *ideal = cJSON_CreateArray(), *target = cJSON_CreateArray();
    bool ok = chart && ideal && target;
    for (size_t i = 0; ok && i < p->pace.n; i++)
        ok = push(ideal, point((gp_day_t)p->knots[i].t, p->knots[i].v));
    ok = ok && push(target, point(f->start, f->target)) && push(target, point(f->deadline, f->target));
    if (ok) {
        ok = put(chart, "actual", chart_actual(p));
        cJSON_AddItemToObject(chart, "ideal", ideal);
        cJSON_AddItemToObject(chart, "target", target);
        ideal = target = NULL;
    }
    cJSON *forecast = ok ? cJSON_CreateArray() : NULL;
    ok = ok && put(chart, "forecast", forecast);
    if (ok && f->has_forecast) {
        const gp_forecast_t *fc = &f->forecast;
        gp_day_t from = p->s->day[p->first];
        ok = push(forecast, point(from, gp_linefit_predict(&fc->fit, (double)(from - f->start)))) &&
             push(forecast, point(f->deadline, fc->value_at_deadline)) &&
             put(chart, "band", p->chart.band ? chart_band(p) : cJSON_CreateArray());
    } else if (ok) {
        ok = put(chart, "band", cJSON_CreateArray());
    }
    ok = ok && put(chart, "milestones", milestones_json(p, true)) && put_date(chart, "today", f->today) &&
         put_num(chart, "points", (double)p->upto_today);
    cJSON_Delete(ideal);
    cJSON_Delete(target);
    if (!ok) {
        cJSON_Delete(chart);
        return NULL;
    }
    return chart;
}

static cJSON *forecast_json(const progress_t *p)
{
    const gp_progress_facts_t *f = &p->f;
    if (!f->has_forecast) return cJSON_CreateString("insufficient_data");
    char message[320], robust[64], least[64];
    gp_format_value(f, 7.0 * f->forecast.theil_sen_slope, robust, sizeof robust);
    gp_format_value(f, 7.0 * f->forecast.fit.slope, least, sizeof least);
    snprintf(message, sizeof message,
             "A few unusual measurements pull the trend: the robust (Theil-Sen) slope is %s a week against %s a "
             "week by least squares, so check those entries for typos or one-off spikes.",
             robust, least);
    return gp_forecast_json(&f->forecast, message);
}

static cJSON *required_rate_json(const progress_t *p)
{
    const gp_progress_facts_t *f = &p->f;
    int left = f->deadline - f->today;
    double from = f->has_current ? f->current : f->baseline;
    if (f->hold || left <= 0) return cJSON_CreateNull();
    double per_day = meets(p, from, f->target) ? 0.0 : (f->target - from) / (double)left;
    cJSON *o = cJSON_CreateObject();
    if (o && put_num(o, "per_day", per_day) && put_num(o, "per_week", 7.0 * per_day) &&
        put_num(o, "per_month", DAYS_PER_MONTH * per_day))
        return o;
    cJSON_Delete(o);
    return NULL;
}

static cJSON *maintain_json(const progress_t *p)
{
    cJSON *o = cJSON_CreateObject(), *dates = cJSON_CreateArray();
    bool ok = o && dates && cJSON_AddBoolToObject(o, "held", p->f.broken == 0) &&
              put_num(o, "broken_count", (double)p->f.broken);
    size_t listed = 0;
    for (size_t i = p->first; ok && i < p->upto_eval && listed < MAX_BROKEN_DATES; i++) {
        if (meets(p, p->s->value[i], p->f.target)) continue;
        char text[11];
        gp_date_format_iso(p->s->day[i], text);
        ok = push(dates, cJSON_CreateString(text));
        listed++;
    }
    if (ok) {
        cJSON_AddItemToObject(o, "broken_dates", dates);
        return o;
    }
    cJSON_Delete(dates);
    cJSON_Delete(o);
    return NULL;
}

static cJSON *result_json(const progress_t *p)
{
    const gp_progress_facts_t *f = &p->f;
    cJSON *r = cJSON_CreateObject(), *gap = cJSON_CreateObject(), *data = cJSON_CreateObject();
    bool ok = r && gap && data;
    double expected_value = f->hold ? f->target : gp_pace_value(&p->pace, (double)p->eval);
    double days = 0.0;
    bool has_safe = ok && safe_days(p, &days);
    char explanation[600];
    gp_progress_explain(f, explanation, sizeof explanation);
    ok = ok && cJSON_AddStringToObject(r, "goal_id", p->goal_id) && cJSON_AddStringToObject(r, "kpi_id", p->kpi_id) &&
         cJSON_AddStringToObject(r, "direction", directions[p->direction]) &&
         cJSON_AddStringToObject(r, "sense", f->sense > 0 ? "higher" : "lower") &&
         cJSON_AddBoolToObject(r, "holds_level", f->hold) && cJSON_AddStringToObject(r, "status", gp_status_name(f->status)) &&
         cJSON_AddStringToObject(r, "explanation", explanation) && put_date(r, "as_of", p->eval) &&
         put_num(r, "baseline", f->baseline) && put_num(r, "target", f->target) && put_date(r, "start", f->start) &&
         put_date(r, "deadline", f->deadline) && put_num(r, "days_left", (double)(f->deadline - f->today)) &&
         put_num_or_null(r, "current", f->has_current, f->current);
    ok = ok && (f->has_current ? put_date(r, "current_date", f->current_day) : cJSON_AddNullToObject(r, "current_date") != NULL);
    ok = ok && put_num_or_null(r, "progress_pct", f->has_progress, f->progress_pct) &&
         put_num(r, "expected_pct", f->expected_pct) && put_num(r, "expected_value", expected_value) &&
         put_num_or_null(gap, "value", f->has_current, f->current - expected_value) &&
         put_num_or_null(gap, "points", f->has_progress, f->progress_pct - f->expected_pct);
    if (ok) {
        cJSON_AddItemToObject(r, "pace_gap", gap);
        gap = NULL;
        ok = put(r, "forecast", forecast_json(p)) && put(r, "required_rate", required_rate_json(p)) &&
             put_num_or_null(r, "safe_days", has_safe, days) && put(r, "milestones", milestones_json(p, false));
    }
    if (ok && f->hold) ok = put(r, "maintain", maintain_json(p));
    ok = ok && put_num(data, "count", (double)p->s->entries) && put_num(data, "dates", (double)p->s->n) &&
         put_num(data, "since_start", (double)f->since_start) &&
         put_num(data, "after_evaluation", (double)(p->s->n - p->upto_eval)) &&
         (f->has_last ? put_date(data, "last_date", f->last_day) : cJSON_AddNullToObject(data, "last_date") != NULL) &&
         put_num_or_null(data, "usual_interval_days", f->usual_interval > 0.0, f->usual_interval);
    if (ok) {
        cJSON_AddItemToObject(r, "measurements", data);
        data = NULL;
        ok = put(r, "chart", chart_json(p));
    }
    cJSON_Delete(gap);
    cJSON_Delete(data);
    if (!ok) {
        cJSON_Delete(r);
        return NULL;
    }
    return r;
}

/* ---- entry points ------------------------------------------------------------ */

cJSON *gp_goal_progress(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, gp_day_t today, gp_error_t *err)
{
    return gp_goal_progress_detail(goal, kpi, kpis, NULL, today, &gp_chart_full, err);
}

cJSON *gp_goal_progress_detail(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, const gp_series_t *series,
                               gp_day_t today, const gp_chart_detail_t *detail, gp_error_t *err)
{
    progress_t p;
    memset(&p, 0, sizeof p);
    p.f.today = today;
    p.chart = detail ? *detail : gp_chart_full;
    cJSON *result = NULL;
    if (read_inputs(&p, goal, kpi, kpis, series, err) && build_pace(&p, err) && work_out(&p, err)) {
        p.f.status = decide(&p);
        result = result_json(&p);
        if (!result) oom(err);
    }
    progress_free(&p);
    return result;
}
