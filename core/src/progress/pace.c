/* pace.c - the ideal pace line and where it crosses a value (the basis of
 * expected progress and of the safety buffer in days). */
#include "pace.h"

double gp_pace_value(const gp_pace_t *p, double t)
{
    const gp_knot_t *k = p->knots;
    if (t >= k[p->n - 1].t) return k[p->n - 1].v;
    if (t <= k[0].t) return k[0].v;
    size_t lo = 0, hi = p->n - 1; /* k[lo].t < t < k[hi].t */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].t <= t) lo = mid;
        else hi = mid;
    }
    return k[lo].v + (k[hi].v - k[lo].v) * (t - k[lo].t) / (k[hi].t - k[lo].t);
}

/* Where the segment from A to B meets VALUE (A.v != B.v). */
static double meet(gp_knot_t a, gp_knot_t b, double value)
{
    return a.t + (value - a.v) / (b.v - a.v) * (b.t - a.t);
}

double gp_pace_crossing(const gp_pace_t *p, double value, double today, int sense, bool *never)
{
    const gp_knot_t *k = p->knots;
    double s = sense > 0 ? 1.0 : -1.0;
    gp_knot_t here = {today, gp_pace_value(p, today)};
    *never = false;
    if (s * (here.v - value) <= 0.0) {
        /* On or ahead of the line: the first point where it gets past us. */
        gp_knot_t a = here;
        for (size_t i = 0; i < p->n; i++) {
            if (k[i].t <= today) continue;
            if (s * (k[i].v - value) > 0.0) return meet(a, k[i], value);
            a = k[i];
        }
        *never = true;
        return k[p->n - 1].t;
    }
    /* Behind: the last point before today where the line was at our value. */
    gp_knot_t b = here;
    for (size_t i = p->n; i-- > 0;) {
        if (k[i].t >= today) continue;
        if (s * (k[i].v - value) <= 0.0) return meet(k[i], b, value);
        b = k[i];
    }
    for (size_t i = 0; i + 1 < p->n; i++)
        if (k[i + 1].v != k[i].v && k[i + 1].t > k[i].t) return meet(k[i], k[i + 1], value);
    return k[0].t;
}
