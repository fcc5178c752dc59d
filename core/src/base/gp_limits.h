/* gp_limits.h - the documented limits the core enforces (README: "Limits").
 * Each has its own error code; tests check each at the limit and one past
 * (request size and depth: tests/core/test_api.c; the rest:
 * tests/core/test_limits.c). A CSV import (csv.measurements) reads at most
 * GP_MAX_MEASUREMENTS rows and GP_MAX_ITEMS columns, and skips a row whose
 * note is over GP_MAX_NOTE_CHARS or whose KPI name is over GP_MAX_NAME_CHARS. */
#ifndef GP_LIMITS_H
#define GP_LIMITS_H

enum {
    GP_MAX_REQUEST_BYTES = 64 * 1024 * 1024, /* request_too_large */
    GP_MAX_DEPTH = 64,                       /* too_deep: nesting of [ and { */
    GP_MAX_ID_CHARS = 64,                    /* invalid_id */
    GP_MAX_NAME_CHARS = 200,                 /* text_too_long: names, units, owners */
    GP_MAX_TEXT_CHARS = 5000,                /* text_too_long: statements, descriptions */
    GP_MAX_NOTE_CHARS = 1000,                /* text_too_long: measurement notes */
    GP_MAX_ITEMS = 1000,                     /* too_many_items: goals, kpis, tactics, ... */
    GP_MAX_MEASUREMENTS = 1000000            /* too_many_measurements, per KPI */
};

#endif
