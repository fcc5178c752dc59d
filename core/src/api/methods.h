/* methods.h - the handlers behind gp_call, one per method name; only the
 * files of core/src/api/ include it.
 *
 * A handler reads REQUEST (always a JSON object), asks the domain groups
 * (plan/, smart/, progress/, export/) for the answer and returns it as a new
 * cJSON result that the caller owns, or NULL after filling ERR. Handlers
 * never keep pointers into REQUEST after they return (plan.open keeps a
 * copy). */
#ifndef GP_METHODS_H
#define GP_METHODS_H

#include "cJSON.h"
#include "base/errors.h"

typedef cJSON *(*gp_handler_fn)(const cJSON *request, gp_error_t *err);

/* api.c */
cJSON *gp_method_version(const cJSON *request, gp_error_t *err);
cJSON *gp_method_limits(const cJSON *request, gp_error_t *err);
/* plan_methods.c */
cJSON *gp_method_plan_new(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_validate(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_import(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_template(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_templates(const cJSON *request, gp_error_t *err);
cJSON *gp_method_kpi_catalog(const cJSON *request, gp_error_t *err);
cJSON *gp_method_kpi_new(const cJSON *request, gp_error_t *err);
cJSON *gp_method_goal_direction(const cJSON *request, gp_error_t *err);
/* smart_methods.c */
cJSON *gp_method_smart_evaluate(const cJSON *request, gp_error_t *err);
cJSON *gp_method_date_parse(const cJSON *request, gp_error_t *err);
/* progress_methods.c */
cJSON *gp_method_plan_open(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_summary(const cJSON *request, gp_error_t *err);
cJSON *gp_method_goal_progress(const cJSON *request, gp_error_t *err);
/* export_methods.c */
cJSON *gp_method_csv_measurements(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_export_csv(const cJSON *request, gp_error_t *err);
cJSON *gp_method_plan_export_markdown(const cJSON *request, gp_error_t *err);

/* {KEY: VALUE} as a new object; on failure VALUE is deleted and ERR says
 * out of memory. A NULL VALUE (its maker failed with ERR set) gives NULL. */
cJSON *gp_method_wrap(const char *key, cJSON *value, gp_error_t *err);

#endif
