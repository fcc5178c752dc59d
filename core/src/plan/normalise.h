/* normalise.h - copying one checked, canonical field from an input object
 * into its normalised twin. The plan, goal and KPI normalisers are built
 * from these, so every field of the model is read the same way.
 *
 * Each function reads KEY of SRC (whose own path is PATH), appends the
 * canonical value under KEY to DST and returns true, or returns false with
 * ERR naming PATH.KEY. A JSON null counts as absent. */
#ifndef GP_NORMALISE_H
#define GP_NORMALISE_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"

typedef enum {
    GP_FIELD_OPTIONAL, /* absent -> the default */
    GP_FIELD_REQUIRED, /* absent -> missing_field; blank text -> empty_text */
    GP_FIELD_NULLABLE  /* numbers only: absent -> null, meaning "not known yet" */
} gp_field_rule_t;

/* Text, trimmed of surrounding whitespace, at most MAX_CHARS code points
 * after trimming; "" when absent and optional. */
bool gp_norm_text(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                  size_t max_chars, gp_error_t *err);

/* An object id (REQUIRED) or a reference to one (OPTIONAL: absent or ""
 * means "none chosen yet"). Ids are never trimmed: they are machine-made.
 * *OUT (when not NULL) points at the id text inside DST. */
bool gp_norm_id(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                const char **out, gp_error_t *err);

/* A calendar date, written back as YYYY-MM-DD; "" when absent and optional.
 * Accepts YYYY-M-D too (single-digit month and day). *PRESENT says whether
 * a date was given, *DAY receives it. */
bool gp_norm_date(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                  gp_day_t *day, bool *present, gp_error_t *err);

/* A finite number in [LO, HI]. When absent: FALLBACK for OPTIONAL, null for
 * NULLABLE (then *PRESENT is false). */
bool gp_norm_number(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_field_rule_t rule,
                    double fallback, double lo, double hi, double *value, bool *present, gp_error_t *err);

/* One of NAMES (NULL-terminated); NAMES[FALLBACK] when absent. A negative
 * FALLBACK writes null for the caller to replace. *INDEX gets the choice
 * (FALLBACK when absent). */
bool gp_norm_enum(const cJSON *src, cJSON *dst, const char *key, const char *path,
                  const char *const *names, int fallback, int *index, gp_error_t *err);

/* A date or date-and-time text as JavaScript's toISOString writes it
 * ("2026-03-01T09:30:00.000Z"); "" when absent. The text is kept as given
 * (trimmed) once its date part is a real date. */
bool gp_norm_timestamp(const cJSON *src, cJSON *dst, const char *key, const char *path, gp_error_t *err);

/* The list under KEY (absent -> NULL and true), checked to be an array of
 * at most MAX_ITEMS entries (too_many_items). */
bool gp_norm_list(const cJSON *src, const char *key, const char *path, int max_items, const cJSON **out,
                  gp_error_t *err);

/* Copies every member of SRC whose key is not in KNOWN (NULL-terminated)
 * into DST, in order, so fields this version does not know survive a
 * round trip instead of being lost. */
bool gp_norm_keep_unknown(const cJSON *src, cJSON *dst, const char *const *known, const char *path,
                          gp_error_t *err);

/* Adds ITEM to DST under KEY (or to the array DST when KEY is NULL); on
 * failure deletes ITEM and reports out_of_memory at PATH. KEY must be a
 * string literal: it is referenced, not copied. Every KEY parameter in
 * this header is used this way. */
bool gp_norm_add(cJSON *dst, const char *key, cJSON *item, const char *path, gp_error_t *err);

/* Fails with wrong_type unless ITEM is an object. */
bool gp_norm_expect_object(const cJSON *item, const char *path, const char *what, gp_error_t *err);

/* Moves the members of NORMALISED into TARGET (whose old members are freed)
 * and deletes NORMALISED: how the in-place normalisers publish a result. */
void gp_norm_replace_contents(cJSON *target, cJSON *normalised);

/* Sorts the array LIST by DAYS[i] (the day of element i), keeping equal
 * days in their original order. Returns false when memory runs out. */
bool gp_norm_sort_by_day(cJSON *list, const gp_day_t *days, size_t count);

/* Parses a date as gp_norm_date accepts it (after trimming). */
bool gp_norm_parse_date(const char *text, gp_day_t *day);

#endif
