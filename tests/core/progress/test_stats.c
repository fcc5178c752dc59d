/* test_stats.c - elementary functions, Student's t, least squares and
 * Theil-Sen against values worked out by hand or in closed form. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "progress/stats.h"

static const double PI = 3.14159265358979323846;

static double rel(double a, double b) { return fabs(a - b) / fabs(b); }

static void test_exp_log_match_the_c_library(void)
{
    double worst_exp = 0.0, worst_log = 0.0;
    for (double x = -700.0; x <= 700.0; x += 0.37) {
        double e = rel(gp_exp(x), exp(x));
        if (e > worst_exp) worst_exp = e;
    }
    for (double x = 1e-300; x < 1e300; x *= 1.7) {
        double e = fabs(gp_log(x) - log(x)) / fmax(fabs(log(x)), 1e-300);
        if (e > worst_log) worst_log = e;
    }
    CHECK(worst_exp < 4e-15);
    CHECK(worst_log < 4e-16);
    CHECK_NEAR(gp_log(1.0), 0.0, 0.0);
    CHECK_NEAR(gp_log1p(1e-12), 1e-12 - 5e-25, 1e-28);
    CHECK(gp_exp(1000.0) > 1e307 && isfinite(gp_exp(1000.0)));
    CHECK(gp_exp(-1000.0) == 0.0);
}

static void test_lgamma_known_values(void)
{
    CHECK_NEAR(gp_lgamma(1.0), 0.0, 1e-14);
    CHECK_NEAR(gp_lgamma(2.0), 0.0, 1e-14);
    CHECK_NEAR(gp_lgamma(0.5), 0.5 * log(PI), 1e-14);
    CHECK_NEAR(gp_lgamma(10.0), log(362880.0), 1e-13);
    CHECK(rel(gp_lgamma(100.0), 359.13420536957539878) < 1e-15);
    /* B(a, 1/2) for large a: log of sqrt(pi/a) to leading order. */
    CHECK(fabs(gp_lbeta(5e5, 0.5) - 0.5 * log(PI / 5e5)) < 1e-6);
}

static void test_student_t_closed_forms(void)
{
    /* One degree of freedom is the Cauchy distribution. */
    CHECK_NEAR(gp_t_sf(1.0, 1.0), 0.25, 1e-15);
    CHECK_NEAR(gp_t_cdf(-3.0, 1.0), 0.5 - atan(3.0) / PI, 1e-15);
    CHECK_NEAR(gp_t_quantile(0.9, 1.0), tan(0.4 * PI), 1e-13);
    /* Two: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), quantile (2p-1)/sqrt(2p(1-p)). */
    for (double t = -5.0; t <= 5.0; t += 0.25)
        CHECK_NEAR(gp_t_cdf(t, 2.0), 0.5 + t / (2.0 * sqrt(2.0 + t * t)), 2e-15);
    CHECK_NEAR(gp_t_quantile(0.9, 2.0), 0.8 / sqrt(0.18), 1e-14);
    CHECK_NEAR(gp_t_quantile(0.1, 2.0), -0.8 / sqrt(0.18), 1e-14);
    /* Far tails keep their relative precision: P(T > 1e4) with 2 df. */
    double t = 1e4; /* series: 1/(2t^2) (1 - 3/(2t^2) + ...) */
    CHECK(rel(gp_t_sf(t, 2.0), 1.0 / (2.0 * t * t) * (1.0 - 1.5 / (t * t))) < 1e-12);
    /* Huge df approaches the normal: z(0.9) = 1.2815515655446004. */
    CHECK_NEAR(gp_t_quantile(0.9, 1e6), 1.2815515655446004, 1e-6);
    CHECK_NEAR(gp_t_sf(0.0, 7.0), 0.5, 0.0);
    CHECK_NEAR(gp_t_sf(1.3, 9.0) + gp_t_cdf(1.3, 9.0), 1.0, 1e-15);
}

static void test_beta_inc_symmetry(void)
{
    CHECK_NEAR(gp_beta_inc(1.0, 1.0, 0.3, 0.7), 0.3, 1e-14);
    CHECK_NEAR(gp_beta_inc(2.0, 1.0, 0.5, 0.5), 0.25, 1e-14);
    CHECK_NEAR(gp_beta_inc(3.5, 2.5, 0.4, 0.6) + gp_beta_inc(2.5, 3.5, 0.6, 0.4), 1.0, 1e-14);
}

static void test_linefit_by_hand(void)
{
    const double x[] = {0, 1, 2, 3}, y[] = {1, 3, 2, 5};
    gp_linefit_t f;
    CHECK(gp_linefit(x, y, 4, &f));
    CHECK_NEAR(f.slope, 1.1, 1e-15);
    CHECK_NEAR(f.intercept, 1.1, 1e-15);
    CHECK_NEAR(f.sse, 2.7, 1e-14);
    CHECK_NEAR(f.r2, 1.0 - 2.7 / 8.75, 1e-15);
    CHECK_NEAR(f.s, sqrt(2.7 / 2.0), 1e-15);
    CHECK_NEAR(gp_linefit_predict(&f, 10.0), 12.1, 1e-13);
    CHECK_NEAR(gp_linefit_prediction_se(&f, 1.5), sqrt(2.7 / 2.0) * sqrt(1.25), 1e-15);
}

static void test_linefit_degenerate(void)
{
    const double x[] = {0, 5, 9}, flat[] = {7, 7, 7}, line[] = {3, 13, 21}, same_x[] = {2, 2, 2};
    gp_linefit_t f;
    CHECK(gp_linefit(x, flat, 3, &f));
    CHECK(f.slope == 0.0 && f.r2 == 1.0 && f.s == 0.0);
    CHECK(gp_linefit(x, line, 3, &f));
    CHECK_NEAR(f.slope, 2.0, 1e-15);
    CHECK(f.r2 == 1.0);
    CHECK(!gp_linefit(same_x, flat, 3, &f));
    CHECK(!gp_linefit(x, flat, 2, &f));
}

static void test_theil_sen_resists_outliers(void)
{
    double x[10], y[10];
    for (int i = 0; i < 10; i++) {
        x[i] = i;
        y[i] = 2.0 * i;
    }
    y[9] = 100.0;
    double slope = 0.0;
    CHECK(gp_theil_sen(x, y, 10, &slope));
    CHECK_NEAR(slope, 2.0, 0.0);
    gp_linefit_t f;
    CHECK(gp_linefit(x, y, 10, &f) && f.slope > 4.0);

    /* Beyond the exact limit the sampled median: 5% wild points still
     * leave most pairs at slope 3, so the median is 3 exactly. */
    size_t n = 5000;
    double *bx = malloc(n * sizeof *bx), *by = malloc(n * sizeof *by);
    for (size_t i = 0; i < n; i++) {
        bx[i] = (double)i;
        by[i] = i % 20 == 7 ? 1e6 : 3.0 * (double)i + 1.0;
    }
    CHECK(gp_theil_sen(bx, by, n, &slope));
    CHECK_NEAR(slope, 3.0, 1e-12);
    double again = 0.0;
    CHECK(gp_theil_sen(bx, by, n, &again) && again == slope);
    free(bx);
    free(by);
}

static int ascending(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void test_select_kth_matches_sorting(void)
{
    enum { N = 257 };
    double v[N], sorted[N];
    unsigned seed = 12345;
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < N; i++) {
            seed = seed * 1103515245u + 12345u;
            v[i] = (double)((seed >> 16) % (round % 2 ? 10u : 100000u)); /* many ties in odd rounds */
            sorted[i] = v[i];
        }
        qsort(sorted, N, sizeof sorted[0], ascending);
        size_t k = (size_t)(round * 13) % N;
        CHECK(gp_select_kth(v, N, k) == sorted[k]);
    }
}

int main(void)
{
    RUN(test_exp_log_match_the_c_library);
    RUN(test_lgamma_known_values);
    RUN(test_student_t_closed_forms);
    RUN(test_beta_inc_symmetry);
    RUN(test_linefit_by_hand);
    RUN(test_linefit_degenerate);
    RUN(test_theil_sen_resists_outliers);
    RUN(test_select_kth_matches_sorting);
    return check_report();
}
