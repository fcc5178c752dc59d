/* kpi_catalog.h - the built-in library of marketing KPIs (kpi_catalog.c).
 *
 * The catalog is static, read-only data: every pointer below refers to
 * storage that lives for the whole program, so nothing here is freed. */
#ifndef GP_KPI_CATALOG_H
#define GP_KPI_CATALOG_H

#include <stddef.h>

#include "cJSON.h"

/* One catalog KPI. Enumerated fields hold the model's words: channel
 * email|social|web|ads|in-store|other, unit count|percent|currency|ratio|
 * duration (durations in seconds), direction higher|lower, aggregation
 * level|cumulative|average. A derived KPI names two other catalog ids in
 * NUMERATOR and DENOMINATOR (value = numerator / denominator * SCALE); a
 * measured one has both NULL. CURRENCY is an ISO code for currency KPIs,
 * else NULL. PHRASES is a NULL-terminated list of lowercase wordings a
 * student might write for the KPI ("website visits", "traffic"). */
typedef struct gp_kpi_def {
    const char *id;
    const char *name;
    const char *channel;
    const char *unit;
    const char *currency;
    const char *direction;
    const char *aggregation;
    const char *numerator;
    const char *denominator;
    double scale;
    const char *description;
    const char *source;
    const char *const *phrases;
} gp_kpi_def_t;

/* How many KPIs the catalog holds. */
size_t gp_kpi_catalog_count(void);

/* The KPI at INDEX (catalog order), or NULL past the end. */
const gp_kpi_def_t *gp_kpi_catalog_at(size_t index);

/* The KPI whose id is ID, or NULL (also for a NULL ID). */
const gp_kpi_def_t *gp_kpi_catalog_find(const char *id);

/* The KPI named by the longest catalog phrase found in the first N bytes of
 * TEXT (ASCII case-insensitive, whole words, a trailing plural "s" allowed),
 * or NULL when no phrase occurs. On a match *AT and *LEN (either may be
 * NULL) receive the byte offset and length of the matched words; among
 * equally long matches the earliest wins. */
const gp_kpi_def_t *gp_kpi_catalog_match(const char *text, size_t n, size_t *at, size_t *len);

/* A new JSON object describing DEF the way kpi.catalog shows it; the caller
 * owns it (cJSON_Delete). NULL when out of memory or DEF is NULL. */
cJSON *gp_kpi_def_to_json(const gp_kpi_def_t *def);

/* A new plan KPI made from DEF under plan id ID (and NAME when not NULL):
 * its definition without the formula, measured directly, with no
 * measurements yet. The caller owns it; NULL when out of memory or DEF is
 * NULL. */
cJSON *gp_kpi_from_def(const gp_kpi_def_t *def, const char *id, const char *name);

#endif
