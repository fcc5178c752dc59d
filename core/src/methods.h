/* methods.h - the handlers behind gp_call, one per method name.
 *
 * A handler reads REQUEST (always a JSON object) and returns a new cJSON
 * result that the caller owns, or NULL after filling ERR. Handlers never
 * keep pointers into REQUEST after they return (plan.open keeps a copy).
 * A writer instead appends its result to OUT as JSON text and returns true,
 * or returns false after filling ERR (OUT is then thrown away): for a
 * method called so often that building a tree for its answer would cost
 * more than the answer. */
#ifndef GP_METHODS_H
#define GP_METHODS_H

#include "cJSON.h"
#include "errors.h"
#include "textbuf.h"

typedef cJSON *(*gp_handler_fn)(const cJSON *request, gp_error_t *err);
typedef bool (*gp_writer_fn)(const cJSON *request, gp_buf_t *out, gp_error_t *err);

cJSON *gp_method_version(const cJSON *request, gp_error_t *err);       /* api.c */
cJSON *gp_method_date_parse(const cJSON *request, gp_error_t *err);    /* timeframe.c */
cJSON *gp_method_plan_new(const cJSON *request, gp_error_t *err);      /* plan.c */
cJSON *gp_method_plan_validate(const cJSON *request, gp_error_t *err); /* plan.c */
cJSON *gp_method_plan_import(const cJSON *request, gp_error_t *err);   /* import.c */
cJSON *gp_method_plan_template(const cJSON *request, gp_error_t *err); /* templates.c */
cJSON *gp_method_plan_templates(const cJSON *request, gp_error_t *err);/* templates.c */
cJSON *gp_method_limits(const cJSON *request, gp_error_t *err);        /* api.c */
cJSON *gp_method_kpi_catalog(const cJSON *request, gp_error_t *err);   /* kpi_catalog.c */
cJSON *gp_method_kpi_new(const cJSON *request, gp_error_t *err);       /* kpi_catalog.c */
cJSON *gp_method_goal_direction(const cJSON *request, gp_error_t *err); /* goal.c */
cJSON *gp_method_goal_progress(const cJSON *request, gp_error_t *err); /* progress.c */
cJSON *gp_method_plan_summary(const cJSON *request, gp_error_t *err);  /* summary.c */
cJSON *gp_method_plan_open(const cJSON *request, gp_error_t *err);     /* open_plan.c */
cJSON *gp_method_csv_measurements(const cJSON *request, gp_error_t *err); /* csv_measurements.c */
cJSON *gp_method_plan_export_csv(const cJSON *request, gp_error_t *err);  /* csv_export.c */
cJSON *gp_method_plan_export_markdown(const cJSON *request, gp_error_t *err); /* markdown.c */
bool gp_write_smart_evaluate(const cJSON *request, gp_buf_t *out, gp_error_t *err); /* smart.c */

#endif
