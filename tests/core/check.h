/* check.h - the smallest test harness that reports what failed and where.
 *
 *   static void test_something(void) { CHECK(x == 1); CHECK_STR(a, "b"); }
 *   int main(void) { RUN(test_something); return check_report(); }
 */
#ifndef GP_CHECK_H
#define GP_CHECK_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        check_count++;                                                                   \
        if (!(cond)) {                                                                   \
            check_failures++;                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);     \
        }                                                                                \
    } while (0)

#define CHECK_STR(actual, expected)                                                      \
    do {                                                                                 \
        const char *check_a_ = (actual), *check_e_ = (expected);                         \
        check_count++;                                                                   \
        if (!check_a_ || strcmp(check_a_, check_e_) != 0) {                              \
            check_failures++;                                                            \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__,  \
                    check_e_, check_a_ ? check_a_ : "(null)");                           \
        }                                                                                \
    } while (0)

#define CHECK_NEAR(actual, expected, tol)                                                \
    do {                                                                                 \
        double check_a_ = (actual), check_e_ = (expected);                               \
        check_count++;                                                                   \
        if (!(fabs(check_a_ - check_e_) <= (tol))) {                                     \
            check_failures++;                                                            \
            fprintf(stderr, "%s:%d: expected %.17g, got %.17g\n", __FILE__, __LINE__,    \
                    check_e_, check_a_);                                                 \
        }                                                                                \
    } while (0)

#define RUN(test)                                                                        \
    do {                                                                                 \
        int check_before_ = check_failures;                                              \
        test();                                                                          \
        printf("%s %s\n", check_failures == check_before_ ? "ok  " : "FAIL", #test);     \
    } while (0)

static inline int check_report(void)
{
    printf("%d checks, %d failed\n", check_count, check_failures);
    return check_failures ? 1 : 0;
}

#endif
