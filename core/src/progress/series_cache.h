/* series_cache.h - what each KPI's measurements give, worked out once for a
 * plan that does not change between calls (the open plan) instead of once
 * per goal and call: its series, and the growth its history shows. */
#ifndef GP_SERIES_CACHE_H
#define GP_SERIES_CACHE_H

#include "cJSON.h"
#include "series.h"
#include "plan/plan.h"

typedef struct gp_series_cache {
    const cJSON *kpis;    /* the plan's KPI list the series are built from */
    gp_series_t *series;  /* one per KPI, in list order */
    unsigned char *state; /* per KPI: not built yet, built, or unbuildable */
    gp_kpi_growth_t *growth;       /* one per KPI, in list order */
    unsigned char *growth_known;   /* per KPI: whether growth[i] is worked out yet */
    int n;
} gp_series_cache_t;

/* An empty cache for KPIS, which must stay unchanged while the cache lives.
 * False when out of memory (C is then empty and safe to free). */
bool gp_series_cache_init(gp_series_cache_t *c, const cJSON *kpis);

/* The series of the KPI at INDEX in the list, built on first use; NULL when
 * it cannot be built (the caller builds it itself to get the error). */
const gp_series_t *gp_series_cache_get(gp_series_cache_t *c, int index);

/* gp_kpi_growth of the KPI at INDEX (0 <= INDEX < the list's length),
 * worked out on first use. */
const gp_kpi_growth_t *gp_series_cache_growth(gp_series_cache_t *c, int index);

/* Releases every series and empties C. */
void gp_series_cache_free(gp_series_cache_t *c);

#endif
