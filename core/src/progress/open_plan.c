/* open_plan.c - the plan the page has open, kept between calls (progress.h).
 *
 * The kept copy lives in memory of its own (gp_arena_keep), outside any
 * call's arena; each KPI's series and the growth its history shows are
 * worked out on first use and kept with it (series_cache.h), so a goal asked
 * about again costs no re-reading of its measurements. */
#include <string.h>

#include "base/arena.h"
#include "progress.h"

static struct {
    const cJSON *plan; /* NULL when none is open */
    const char *id;
    gp_series_cache_t series;
} opened;

static void close_open_plan(void)
{
    gp_series_cache_free(&opened.series);
    gp_arena_release_kept();
    opened.plan = NULL;
    opened.id = NULL;
}

const cJSON *gp_open_plan_keep(cJSON *normalised)
{
    close_open_plan();
    cJSON *kept = gp_arena_keep(normalised);
    if (!kept || !gp_series_cache_init(&opened.series, cJSON_GetObjectItemCaseSensitive(kept, "kpis"))) {
        close_open_plan();
        return NULL;
    }
    opened.plan = kept;
    opened.id = cJSON_GetObjectItemCaseSensitive(kept, "id")->valuestring;
    return kept;
}

const cJSON *gp_open_plan_get(const char **id, gp_series_cache_t **series)
{
    *id = opened.id;
    *series = &opened.series;
    return opened.plan;
}
