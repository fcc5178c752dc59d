/* stats.h - the statistics behind forecasts: least squares, Student's t,
 * Theil-Sen, and the elementary functions they need.
 *
 * Everything here is built from + - * / and sqrt (plus the exact frexp,
 * ldexp, floor, fabs), never from libm's exp/log/lgamma, whose last bit
 * may differ between the native C library and the WebAssembly one: the
 * fixtures demand byte-identical responses from both builds. */
#ifndef GP_STATS_H
#define GP_STATS_H

#include <stdbool.h>
#include <stddef.h>

/* e^X and the natural logarithm, to a few units in the last place.
 * gp_exp never returns infinity (it saturates at DBL_MAX); gp_log wants
 * X > 0 and returns -DBL_MAX for X <= 0. gp_log1p(X) = log(1 + X) for
 * X > -1, accurate when X is tiny. */
double gp_exp(double x);
double gp_log(double x);
double gp_log1p(double x);

/* log(Gamma(X)) for X > 0 and log(Beta(A, B)) for A, B > 0. */
double gp_lgamma(double x);
double gp_lbeta(double a, double b);

/* The regularized incomplete beta function I_x(A, B). Y must be 1 - X,
 * passed separately so that callers who know it exactly keep precision. */
double gp_beta_inc(double a, double b, double x, double y);

/* Student's t with DF > 0 degrees of freedom: the upper tail P(T > T0),
 * the distribution function P(T <= T0), and the quantile Q with
 * P(T <= Q) = P for 0 < P < 1. */
double gp_t_sf(double t0, double df);
double gp_t_cdf(double t0, double df);
double gp_t_quantile(double p, double df);

/* An ordinary least-squares line y = intercept + slope * x. */
typedef struct gp_linefit {
    size_t n;
    double slope, intercept;
    double x_mean, sxx;   /* mean of x and sum of squared deviations of x */
    double sse, syy;      /* residual and total sums of squares */
    double r2;            /* 1 - sse/syy; 1 when sse is 0 (an exact fit) */
    double s;             /* residual standard error sqrt(sse / (n - 2)) */
} gp_linefit_t;

/* Fits the line through N >= 3 points (X[i], Y[i]) with at least two
 * distinct x. Returns false (and leaves FIT unspecified) otherwise. */
bool gp_linefit(const double *x, const double *y, size_t n, gp_linefit_t *fit);

/* The prediction at X0 and the standard error of a new observation
 * there: s * sqrt(1 + 1/n + (x0 - mean)^2 / sxx). */
double gp_linefit_predict(const gp_linefit_t *fit, double x0);
double gp_linefit_prediction_se(const gp_linefit_t *fit, double x0);

/* Theil-Sen slope: the median of the slopes between pairs of the N points
 * (X strictly increasing). Exact over all pairs up to GP_THEIL_SEN_EXACT_MAX
 * points; beyond that, the median over GP_THEIL_SEN_SAMPLES pairs drawn by
 * a fixed pseudo-random sequence (same answer on every run and platform).
 * Returns false when N < 2 or memory runs out. */
enum { GP_THEIL_SEN_EXACT_MAX = 63, GP_THEIL_SEN_SAMPLES = 2000 }; /* 1,953 pairs at the limit */
bool gp_theil_sen(const double *x, const double *y, size_t n, double *slope);

/* The K-th smallest (0-based) of N values, reordering V in place. */
double gp_select_kth(double *v, size_t n, size_t k);

#endif
