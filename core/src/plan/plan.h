/* plan.h - the plan group's interface: the plan model (validation and
 * normalisation in place; plan.c for the plan, goal.c for goals, kpi.c for
 * KPIs), making, importing and templating plans, and the KPI catalog. */
#ifndef GP_PLAN_H
#define GP_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"
#include "kpi_catalog.h"

enum { GP_SCHEMA_VERSION = 1 };

/* Largest magnitude of any value, baseline or target: far beyond any real
 * marketing figure, small enough to print and compare exactly. */
#define GP_VALUE_MAX 1e15
/* Largest goal weight and formula scale. */
#define GP_WEIGHT_MAX 1000.0
#define GP_SCALE_MAX 1e6

/* Validates PLAN and normalises it in place: defaults filled, text trimmed,
 * dates canonical, references resolved. On failure returns false with ERR
 * naming the first offending field by path ("goals[2].milestones[0].date"). */
bool gp_plan_normalise(cJSON *plan, gp_error_t *err);

/* gp_plan_normalise for a plan that sits at PATH inside a larger document
 * ("plans[3]"); error paths are prefixed with it. */
bool gp_plan_normalise_at(cJSON *plan, const char *path, gp_error_t *err);

/* The same checks for one goal or one KPI on its own (no cross-references
 * to other objects are checked); PATH prefixes error paths ("goal"). On its
 * own a goal or KPI may lack an id (a draft being checked); in a plan every
 * id is required. */
bool gp_goal_normalise(cJSON *goal, const char *path, gp_error_t *err);
bool gp_kpi_normalise(cJSON *kpi, const char *path, gp_error_t *err);

/* The normalised copy of SRC (a new object the caller frees), leaving SRC
 * as it is, or NULL with ERR: the in-place functions above without the
 * cost of copying SRC first. IN_PLAN makes the id required. */
cJSON *gp_plan_normalised_copy(const cJSON *src, const char *path, gp_error_t *err);
cJSON *gp_goal_normalised_copy(const cJSON *src, const char *path, bool in_plan, gp_error_t *err);
cJSON *gp_kpi_normalised_copy(const cJSON *src, const char *path, bool in_plan, gp_error_t *err);

/* Error paths from goal.progress name "goal..." and "kpi..."; for the goal
 * at index GOAL of a plan and its KPI at index KPI (or -1) they are
 * "goals[i]..." and "kpis[j]...". Writes the plan's path to OUT. */
void gp_plan_error_path(const char *path, int goal, int kpi, char *out, size_t n);

/* The monthly growth a KPI's own measurements show, from the earliest entry
 * to the latest (the first listed of each date); KNOWN is false when they are
 * too few, less than four weeks apart or not above zero. */
typedef struct gp_kpi_growth {
    bool known;
    double monthly; /* 0.02: 2% a month */
} gp_kpi_growth_t;
gp_kpi_growth_t gp_kpi_growth(const cJSON *kpi);

/* ---- making plans ------------------------------------------------------------- */

/* An empty valid plan with one unnamed objective, from FIELDS {"today"?,
 * "id"?, "name"?, "objective_id"?}: without ids the plan is "plan-1" and the
 * objective "objective-1"; created and updated are today when given. A new
 * object the caller owns, or NULL with ERR (paths name FIELDS' keys). */
cJSON *gp_plan_create(const cJSON *fields, gp_error_t *err);

/* The plans in TEXT, a plan or a backup file as JSON, migrated to the
 * current schema and normalised: {"plans": [...], ...} (import.c). */
cJSON *gp_plan_import(const char *text, gp_error_t *err);

/* {"templates": [{name, title, description}]}: the example plans. */
cJSON *gp_template_list(gp_error_t *err);

/* Template NAME laid out around TODAY (a fixed date when HAS_TODAY is
 * false), normalised; NULL with ERR for an unknown name or a today too close
 * to the ends of the calendar. */
cJSON *gp_template_plan(const char *name, bool has_today, gp_day_t today, gp_error_t *err);

/* The plan KPI that catalog entry CATALOG_ID becomes (its id unless ID is
 * given, its name unless NAME is), or with CATALOG_ID NULL a KPI of the
 * student's own named NAME under ID: a level count in channel "other",
 * better lower when LOWER_IS_BETTER. Normalised; NULL with ERR for an
 * unknown entry. */
cJSON *gp_kpi_new(const char *catalog_id, const char *id, const char *name, bool lower_is_better, gp_error_t *err);

/* {"implied": the direction GOAL's baseline and target imply, "chosen":
 * whether its direction is the student's own}. A goal saved before
 * direction_chosen existed counts as chosen when its direction differs from
 * the implied one. NULL with ERR when a field is of the wrong kind. */
cJSON *gp_goal_direction(const cJSON *goal, gp_error_t *err);

/* {"kpis": [...]}: the catalog KPIs whose id, name, description or phrases
 * contain QUERY (case-insensitive; surrounding blanks ignored). */
cJSON *gp_kpi_catalog_search(const char *query, gp_error_t *err);

#endif
