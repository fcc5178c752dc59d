/* decimal.c - gp_strtod: exact decimal reading with a fast common case.
 *
 * When a number's digits form an integer M < 2^53 and its decimal exponent
 * E has |E| <= 22, both M and 10^|E| are exact doubles, so M * 10^E or
 * M / 10^-E is a single correctly rounded operation: the same double strtod
 * finds (Clinger's fast path). Everything else is left to strtod. */
#include "decimal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

double gp_strtod(const char *text, char **end)
{
    static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = text;
    bool negative = *p == '-';
    if (negative) p++;
    uint64_t digits = 0;
    int significant = 0, exponent = 0, seen = 0;
    for (; *p >= '0' && *p <= '9'; p++, seen++) {
        if (digits == 0 && *p == '0') continue; /* leading zeros are not significant */
        if (++significant <= 19) digits = digits * 10 + (uint64_t)(*p - '0');
    }
    if (*p == '.') {
        p++;
        for (; *p >= '0' && *p <= '9'; p++, seen++) {
            exponent--;
            if (digits == 0 && *p == '0') continue;
            if (++significant <= 19) digits = digits * 10 + (uint64_t)(*p - '0');
        }
    }
    if (seen == 0 || significant > 15 || *p == 'x' || *p == 'X') return strtod(text, end); /* "0x": hex */
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        bool minus = *q == '-';
        if (*q == '-' || *q == '+') q++;
        if (*q >= '0' && *q <= '9') {
            int written = 0;
            for (; *q >= '0' && *q <= '9'; q++)
                if ((written = written * 10 + (*q - '0')) > 400) return strtod(text, end);
            exponent += minus ? -written : written;
            p = q;
        }
    }
    if (exponent < -22 || exponent > 22) return strtod(text, end);
    double value = (double)digits;
    value = exponent < 0 ? value / pow10[-exponent] : value * pow10[exponent];
    if (end) *end = (char *)(uintptr_t)p;
    return negative ? -value : value;
}
