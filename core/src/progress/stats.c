/* stats.c - least squares, Student's t and Theil-Sen for KPI forecasts.
 *
 * Why our own exp/log/lgamma: the response bytes of the native and the
 * WebAssembly builds must match, and the two C libraries may round their
 * transcendental functions differently in the last bit. IEEE + - * / and
 * sqrt are exactly rounded everywhere, so functions built only from them
 * give the same bits on both (neither build contracts a*b+c into FMA:
 * the native build is ISO C11, which turns contraction off, and baseline
 * WebAssembly has no FMA instruction). */
#include "stats.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

/* ---- elementary functions --------------------------------------------- */

/* ln 2 split so that k * LN2_HI is exact for |k| < 2048. */
static const double LN2_HI = 6.93147180369123816490e-01;
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.44269504088896338700e+00;
static const double SQRT_HALF = 0.70710678118654752440;
static const double HALF_LN_2PI = 0.91893853320467274178;

double gp_exp(double x)
{
    if (x != x) return 0.0;
    if (x > 709.0) return DBL_MAX;
    /* Results below ~1e-308 would be subnormal, where scaling may round
     * differently between libraries; they are zero for every use here. */
    if (x < -708.0) return 0.0;
    double k = floor(x * INV_LN2 + 0.5);
    double r = (x - k * LN2_HI) - k * LN2_LO; /* |r| <= 0.35 */
    /* Taylor series in nested form: 1 + r(1 + r/2(1 + r/3(...))). Degree 16
     * leaves a truncation error far below one unit in the last place. */
    double p = 1.0;
    for (int i = 16; i >= 1; i--) p = 1.0 + r * p / (double)i;
    return ldexp(p, (int)k);
}

double gp_log(double x)
{
    if (!(x > 0.0)) return -DBL_MAX;
    if (x > DBL_MAX) return 709.782712893384;
    int e;
    double m = frexp(x, &e); /* x = m * 2^e, m in [0.5, 1) */
    if (m < SQRT_HALF) {
        m *= 2.0;
        e -= 1;
    }
    double f = m - 1.0;       /* exact (Sterbenz) */
    double s = f / (2.0 + f); /* log(m) = 2 atanh(s), |s| <= 0.172 */
    double z = s * s;
    double t = 0.0; /* z/3 + z^2/5 + ... + z^11/23 */
    for (int k = 11; k >= 1; k--) t = z * (1.0 / (double)(2 * k + 1) + t);
    double de = (double)e;
    return de * LN2_HI + (2.0 * s + (2.0 * s * t + de * LN2_LO));
}

double gp_log1p(double x)
{
    if (!(x > -1.0)) return -DBL_MAX;
    double u = 1.0 + x;
    if (u == 1.0) return x;
    /* u - 1 is exact, so the ratio corrects the rounding of 1 + x. */
    return gp_log(u) * (x / (u - 1.0));
}

/* Stirling's series for log Gamma(x) minus its leading terms, for x >= 15
 * (the first omitted term is below 1e-19 there). */
static double stirling_tail(double x)
{
    double r = 1.0 / x, r2 = r * r;
    return r * (1.0 / 12 + r2 * (-1.0 / 360 + r2 * (1.0 / 1260 + r2 * (-1.0 / 1680 + r2 * (1.0 / 1188 +
                r2 * (-691.0 / 360360 + r2 * (1.0 / 156)))))));
}

/* Shifts X up to at least 15; returns log of the product of the steps. */
static double shift_up(double *x)
{
    double product = 1.0;
    while (*x < 15.0) {
        product *= *x;
        *x += 1.0;
    }
    return gp_log(product);
}

double gp_lgamma(double x)
{
    if (!(x > 0.0)) return DBL_MAX;
    double shifted = x;
    double correction = shift_up(&shifted);
    return (shifted - 0.5) * gp_log(shifted) - shifted + HALF_LN_2PI + stirling_tail(shifted) - correction;
}

double gp_lbeta(double a, double b)
{
    double p = a < b ? a : b, q = a < b ? b : a;
    if (q < 15.0) return gp_lgamma(p) + gp_lgamma(q) - gp_lgamma(p + q);
    /* log Gamma(q) - log Gamma(p + q) written without the cancellation of
     * two large, nearly equal numbers (q is the degrees of freedom / 2). */
    double pq = p + q;
    double d = -(q - 0.5) * gp_log1p(p / q) - p * gp_log(pq) + p + stirling_tail(q) - stirling_tail(pq);
    return gp_lgamma(p) + d;
}

/* ---- incomplete beta and Student's t ------------------------------------ */

/* Continued fraction for I_x(a, b) (without its prefactor), evaluated by
 * the modified Lentz method; converges fast for x < (a + 1)/(a + b + 2). */
static double beta_fraction(double a, double b, double x)
{
    const double tiny = 1e-300, eps = 1e-16;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    if (fabs(d) < tiny) d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 200000; m++) {
        double dm = (double)m, m2 = 2.0 * dm;
        double even = dm * (b - dm) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + even * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1.0 + even / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1.0 / d;
        h *= d * c;
        double odd = -(a + dm) * (a + b + dm) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + odd * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1.0 + odd / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1.0 / d;
        double step = d * c;
        h *= step;
        if (fabs(step - 1.0) < eps) break;
    }
    return h;
}

/* I_x(a, b) in *LOWER and 1 - I_x(a, b) in *UPPER, the smaller of the two
 * computed directly so that it keeps its relative precision. */
static void beta_inc_pair(double a, double b, double x, double y, double *lower, double *upper)
{
    if (x <= 0.0) {
        *lower = 0.0;
        *upper = 1.0;
        return;
    }
    if (y <= 0.0) {
        *lower = 1.0;
        *upper = 0.0;
        return;
    }
    double front = gp_exp(a * gp_log(x) + b * gp_log(y) - gp_lbeta(a, b));
    if (x < (a + 1.0) / (a + b + 2.0)) {
        *lower = front * beta_fraction(a, b, x) / a;
        *upper = 1.0 - *lower;
    } else {
        *upper = front * beta_fraction(b, a, y) / b;
        *lower = 1.0 - *upper;
    }
}

double gp_beta_inc(double a, double b, double x, double y)
{
    double lower, upper;
    beta_inc_pair(a, b, x, y, &lower, &upper);
    return lower;
}

double gp_t_sf(double t0, double df)
{
    if (t0 == 0.0) return 0.5;
    if (fabs(t0) > 1e150) return t0 > 0.0 ? 0.0 : 1.0;
    double t2 = t0 * t0;
    double lower, upper;
    /* P(|T| > |t0|) = I_{df/(df+t^2)}(df/2, 1/2). */
    beta_inc_pair(0.5 * df, 0.5, df / (df + t2), t2 / (df + t2), &lower, &upper);
    double tail = 0.5 * lower;
    return t0 > 0.0 ? tail : 1.0 - tail;
}

double gp_t_cdf(double t0, double df) { return gp_t_sf(-t0, df); }

static double t_pdf(double t0, double df)
{
    return gp_exp(-0.5 * gp_log(df) - gp_lbeta(0.5 * df, 0.5) - 0.5 * (df + 1.0) * gp_log1p(t0 * t0 / df));
}

double gp_t_quantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0.0)) return 0.0;
    if (p == 0.5) return 0.0;
    if (p < 0.5) return -gp_t_quantile(1.0 - p, df);
    double tail = 1.0 - p; /* solve sf(t) = tail for t > 0 */
    double lo = 0.0, hi = 1.0;
    while (gp_t_sf(hi, df) > tail && hi < 1e150) {
        lo = hi;
        hi *= 2.0;
    }
    /* Newton steps kept inside the bracket, bisection when they leave it. */
    double t = 0.5 * (lo + hi);
    for (int i = 0; i < 200; i++) {
        double f = gp_t_sf(t, df) - tail;
        if (f > 0.0) lo = t;
        else if (f < 0.0) hi = t;
        else return t;
        double density = t_pdf(t, df);
        double next = density > 0.0 ? t + f / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
        if (fabs(next - t) <= 1e-15 * t) return next;
        t = next;
    }
    return t;
}

/* ---- least squares --------------------------------------------------------- */

bool gp_linefit(const double *x, const double *y, size_t n, gp_linefit_t *fit)
{
    if (n < 3) return false;
    double sx = 0.0, sy = 0.0;
    for (size_t i = 0; i < n; i++) {
        sx += x[i];
        sy += y[i];
    }
    double dn = (double)n, xm = sx / dn, ym = sy / dn;
    /* Deviations from the means, not raw sums of squares: raw sums lose
     * most of their digits when the values are large and close together. */
    double sxx = 0.0, sxy = 0.0, syy = 0.0;
    for (size_t i = 0; i < n; i++) {
        double dx = x[i] - xm, dy = y[i] - ym;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (!(sxx > 0.0)) return false;
    double slope = sxy / sxx;
    /* Residuals summed directly: syy - slope * sxy cancels badly when the
     * line fits well. */
    double sse = 0.0;
    for (size_t i = 0; i < n; i++) {
        double r = (y[i] - ym) - slope * (x[i] - xm);
        sse += r * r;
    }
    fit->n = n;
    fit->slope = slope;
    fit->intercept = ym - slope * xm;
    fit->x_mean = xm;
    fit->sxx = sxx;
    fit->sse = sse;
    fit->syy = syy;
    /* All values equal (syy == 0) leave nothing to explain: the line fits
     * every point exactly, which we report as r2 = 1 rather than 0/0. */
    double r2 = sse == 0.0 || syy == 0.0 ? 1.0 : 1.0 - sse / syy;
    fit->r2 = r2 < 0.0 ? 0.0 : r2;
    fit->s = sqrt(sse / (dn - 2.0));
    return true;
}

double gp_linefit_predict(const gp_linefit_t *fit, double x0)
{
    return fit->intercept + fit->slope * x0;
}

double gp_linefit_prediction_se(const gp_linefit_t *fit, double x0)
{
    double dx = x0 - fit->x_mean;
    return fit->s * sqrt(1.0 + 1.0 / (double)fit->n + dx * dx / fit->sxx);
}

/* ---- Theil-Sen ------------------------------------------------------------- */

static void swap(double *v, size_t i, size_t j)
{
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
}

double gp_select_kth(double *v, size_t n, size_t k)
{
    size_t lo = 0, hi = n - 1;
    while (hi > lo) {
        /* Median of three as the pivot keeps sorted input linear. */
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < v[lo]) swap(v, mid, lo);
        if (v[hi] < v[lo]) swap(v, hi, lo);
        if (v[hi] < v[mid]) swap(v, hi, mid);
        double pivot = v[mid];
        size_t i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) {
                swap(v, i, j);
                i++;
                if (j == 0) break;
                j--;
            }
        }
        /* Now v[lo..j] <= pivot <= v[i..hi], and anything between equals it. */
        if (k <= j && j != (size_t)-1) hi = j;
        else if (k >= i) lo = i;
        else return v[k];
    }
    return v[k];
}

/* Median of N values (reorders them). */
static double median(double *v, size_t n)
{
    size_t half = n / 2;
    double upper = gp_select_kth(v, n, half);
    if (n % 2) return upper;
    double lower = v[0];
    for (size_t i = 1; i < half; i++)
        if (v[i] > lower) lower = v[i];
    return 0.5 * (lower + upper);
}

/* splitmix64: a fixed, portable sequence, so sampled medians repeat. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

bool gp_theil_sen(const double *x, const double *y, size_t n, double *slope)
{
    if (n < 2) return false;
    size_t pairs = n <= GP_THEIL_SEN_EXACT_MAX ? n * (n - 1) / 2 : GP_THEIL_SEN_SAMPLES;
    double *slopes = malloc(pairs * sizeof *slopes);
    if (!slopes) return false;
    size_t count = 0;
    if (n <= GP_THEIL_SEN_EXACT_MAX) {
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++) slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
    } else {
        /* Beyond the exact limit all n(n-1)/2 pairs cost too much (50
         * million for 10,000 points); the median of 2,000 random pairs has
         * a standard error of about 1.1 percentile of the pair slopes, plenty
         * for judging whether outliers pull the least-squares line (the
         * warning needs them a quarter of the trend apart), and it keeps the
         * cost flat (~0.1 million instructions) whatever N is: a plan of 200
         * goals pays it 200 times in every summary. */
        uint64_t state = 0x5EEDu ^ (uint64_t)n;
        while (count < pairs) {
            /* Both indices from one draw, by multiply-and-shift rather than
             * division: this loop is most of a large plan.summary's statistics. */
            uint64_t r = next_random(&state);
            size_t i = (size_t)(((r >> 32) * (uint64_t)n) >> 32);
            size_t j = (size_t)(((r & 0xFFFFFFFFu) * (uint64_t)(n - 1)) >> 32);
            if (j >= i) j++;
            slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
        }
    }
    *slope = median(slopes, count);
    free(slopes);
    return true;
}
