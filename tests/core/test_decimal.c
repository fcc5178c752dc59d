/* test_decimal.c - gp_strtod gives strtod's double and end, bit for bit. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "random.h"
#include "base/decimal.h"

/* Whether gp_strtod and strtod agree on TEXT: the same bits, the same end. */
static bool agrees(const char *text)
{
    char *end_fast = NULL, *end_libc = NULL;
    double fast = gp_strtod(text, &end_fast), libc = strtod(text, &end_libc);
    bool same = memcmp(&fast, &libc, sizeof fast) == 0 && end_fast == end_libc;
    if (!same) fprintf(stderr, "  '%s': %.17g (end +%td) vs strtod %.17g (end +%td)\n", text, fast,
                       end_fast - text, libc, end_libc - text);
    return same;
}

static void test_written_forms(void)
{
    static const char *const texts[] = {
        "0", "-0", "0.0", "-0.000", "1341.38", "-12.05", "0.30000000000000004", "18875", "1e3", "2E-3", "1.5e+10",
        "123456789012345", "1234567890123456", "12345678901234567890", "0.1", "0.000001234", "1e22", "1e23",
        "1e-22", "1e-23", "9007199254740993", "1.", ".5", "-.5", "1e", "1e+", "1ex", "00012", "0x1A", " 5", "+5",
        "inf", "nan", "-", "", "1e400", "1e-400", "4.9e-324", "1.7976931348623157e308", "12abc", "3.14,",
        "100000000000000000000000", "0.00000000000000000000000000001",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) CHECK(agrees(texts[i]));
}

static void test_random_numbers(void)
{
    uint64_t state = 0x853C49E6748FEA9Bu;
    int disagreements = 0;
    for (int i = 0; i < 200000; i++) {
        next_random(&state);
        char text[64];
        int digits = 1 + (int)(state % 18), point = (int)((state >> 8) % (uint64_t)(digits + 1));
        int exponent = (int)((state >> 16) % 61) - 30;
        char *p = text;
        if (state & (1u << 30)) *p++ = '-';
        uint64_t r = state >> 20;
        for (int d = 0; d < digits; d++, r = r * 6364136223846793005u + 1442695040888963407u) {
            if (d == point && d > 0) *p++ = '.';
            *p++ = (char)('0' + (r >> 60) % 10);
        }
        if (state & (1u << 31)) p += sprintf(p, "e%d", exponent);
        *p = '\0';
        if (!agrees(text)) disagreements++;
    }
    CHECK(disagreements == 0);
}

int main(void)
{
    RUN(test_written_forms);
    RUN(test_random_numbers);
    return check_report();
}
