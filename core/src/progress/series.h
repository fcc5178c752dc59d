/* series.h - a KPI's value over time, one point per date, built from its
 * measurements by its aggregation (or from its formula). */
#ifndef GP_SERIES_H
#define GP_SERIES_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"

/* Points sorted by strictly increasing day. VALUE[i] is the KPI's value as
 * of DAY[i]: the latest entry (level), the running total of all entries so
 * far (cumulative), the running mean of all entries so far (average), or
 * scale * numerator / denominator of those values (formula). ENTRIES is how
 * many measurements went into the series. Owned; free with gp_series_free. */
typedef struct gp_series {
    gp_day_t *day;
    double *value;
    size_t n;
    size_t entries;
} gp_series_t;

/* Builds the series of KPI (found at PATH, e.g. "kpi"). KPIS (may be NULL)
 * is the plan's KPI list with its own path KPIS_PATH; a KPI with a formula
 * is derived from it, or read from its own measurements when KPIS is NULL.
 * Returns false with ERR naming the field ("kpi.measurements[3].value"). */
bool gp_series_build(const cJSON *kpi, const char *path, const cJSON *kpis, const char *kpis_path,
                     gp_series_t *out, gp_error_t *err);

/* Releases what S owns (S itself may be NULL) and empties it. */
void gp_series_free(gp_series_t *s);

/* Index one past the last point on or before DAY (0 when none). */
size_t gp_series_count_until(const gp_series_t *s, gp_day_t day);

/* The median gap in days between consecutive points up to index END
 * (exclusive); 0 with fewer than two points. */
double gp_series_usual_interval(const gp_series_t *s, size_t end);

#endif
