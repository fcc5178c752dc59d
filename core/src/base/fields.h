/* fields.h - reading typed fields out of cJSON objects, with error paths.
 *
 * Every getter takes the object, the key and the object's own path (e.g.
 * "goals[2]"); on failure it fills ERR with the field's full path
 * ("goals[2].deadline") and returns false. Optional fields that are absent
 * or null leave *out untouched and set *present (when given) to false. */
#ifndef GP_FIELDS_H
#define GP_FIELDS_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "dates.h"
#include "errors.h"

/* Writes BASE.KEY (or KEY when BASE is empty) into OUT. */
void gp_path_key(char *out, size_t n, const char *base, const char *key);
/* Writes BASE[I] into OUT. */
void gp_path_index(char *out, size_t n, const char *base, int i);

/* Fails with CODE at the field PATH.KEY (just KEY when PATH is empty): the
 * message is that path, a space, and FMT's text ("goals[0].name is required.").
 * Always returns false. */
bool gp_field_fail(gp_error_t *err, gp_code_t code, const char *path, const char *key, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Length of UTF-8 text S in code points. */
size_t gp_utf8_chars(const char *s);

bool gp_get_object(const cJSON *obj, const char *key, const char *path, bool required,
                   const cJSON **out, gp_error_t *err);
bool gp_get_array(const cJSON *obj, const char *key, const char *path, bool required,
                  int max_items, const cJSON **out, gp_error_t *err);
/* Strings longer than MAX_CHARS code points fail with text_too_long. */
bool gp_get_string(const cJSON *obj, const char *key, const char *path, bool required,
                   size_t max_chars, const char **out, gp_error_t *err);
/* Finite numbers within [LO, HI]; NaN/Infinity fail with not_finite. */
bool gp_get_number(const cJSON *obj, const char *key, const char *path, bool required,
                   double lo, double hi, double *out, bool *present, gp_error_t *err);
/* A strict YYYY-MM-DD calendar date within the supported years. */
bool gp_get_date(const cJSON *obj, const char *key, const char *path, bool required,
                 gp_day_t *out, bool *present, gp_error_t *err);
/* One of NAMES (NULL-terminated list); *out is its index. */
bool gp_get_enum(const cJSON *obj, const char *key, const char *path, bool required,
                 const char *const *names, int *out, gp_error_t *err);
bool gp_get_bool(const cJSON *obj, const char *key, const char *path, bool required,
                 bool *out, gp_error_t *err);

/* The object in LIST whose "id" is the string ID, and its position in
 * *INDEX; NULL (and *INDEX as it was) when there is none. */
const cJSON *gp_find_by_id(const cJSON *list, const char *id, int *index);

/* The optional "today" of a request: a YYYY-MM-DD date, or *present=false. */
bool gp_get_today(const cJSON *request, gp_day_t *out, bool *present, gp_error_t *err);

#endif
