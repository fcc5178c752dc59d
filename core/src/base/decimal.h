/* decimal.h - reading decimal numbers exactly, quickly in the common case. */
#ifndef GP_DECIMAL_H
#define GP_DECIMAL_H

/* strtod's contract and result, bit for bit: the double nearest the number
 * at the start of TEXT, *END (when END is not NULL) just past it. Numbers
 * as people and JSON write them ("1341.38", "-0.25", "2e3": at most 15
 * significant digits and a small exponent) are read here without strtod,
 * whose wasm build works in software long double; the rest go to strtod.
 * cJSON is compiled with strtod defined as gp_strtod (CMakeLists.txt). */
double gp_strtod(const char *text, char **end);

#endif
