/* series_cache.c - see series_cache.h. */
#include "series_cache.h"

#include <stdlib.h>
#include <string.h>

enum { NOT_BUILT, BUILT, UNBUILDABLE };

bool gp_series_cache_init(gp_series_cache_t *c, const cJSON *kpis)
{
    memset(c, 0, sizeof *c);
    int n = cJSON_IsArray(kpis) ? cJSON_GetArraySize(kpis) : 0;
    size_t cap = n ? (size_t)n : 1;
    c->series = calloc(cap, sizeof *c->series);
    c->state = calloc(cap, sizeof *c->state);
    c->growth = calloc(cap, sizeof *c->growth);
    c->growth_known = calloc(cap, sizeof *c->growth_known);
    if (!c->series || !c->state || !c->growth || !c->growth_known) {
        gp_series_cache_free(c);
        return false;
    }
    c->kpis = kpis;
    c->n = n;
    return true;
}

const gp_series_t *gp_series_cache_get(gp_series_cache_t *c, int index)
{
    if (index < 0 || index >= c->n || c->state[index] == UNBUILDABLE) return NULL;
    if (c->state[index] == BUILT) return &c->series[index];
    gp_error_t ignored = {GP_OK, "", ""};
    bool built = gp_series_build(cJSON_GetArrayItem(c->kpis, index), "kpi", c->kpis, "kpis", &c->series[index],
                                 &ignored);
    c->state[index] = built ? BUILT : UNBUILDABLE;
    return built ? &c->series[index] : NULL;
}

const gp_kpi_growth_t *gp_series_cache_growth(gp_series_cache_t *c, int index)
{
    if (!c->growth_known[index]) {
        c->growth[index] = gp_kpi_growth(cJSON_GetArrayItem(c->kpis, index));
        c->growth_known[index] = 1;
    }
    return &c->growth[index];
}

void gp_series_cache_free(gp_series_cache_t *c)
{
    for (int i = 0; i < c->n; i++) gp_series_free(&c->series[i]);
    free(c->series);
    free(c->state);
    free(c->growth);
    free(c->growth_known);
    memset(c, 0, sizeof *c);
}
