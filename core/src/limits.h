/* limits.h - the documented limits the core enforces (README: "Limits").
 * Each has its own error code; tests check each at the limit and one past. */
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
