/* plan.c - PLACEHOLDER: replaced by its owner. */
#include "methods.h"
cJSON *gp_method_plan_new(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
cJSON *gp_method_plan_validate(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
#include "plan.h"
bool gp_plan_normalise(cJSON *plan, gp_error_t *err) { (void)plan; return gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet."); }
bool gp_goal_normalise(cJSON *goal, const char *path, gp_error_t *err) { (void)goal; return gp_fail(err, GP_ERR_UNKNOWN_METHOD, path, "Not built yet."); }
bool gp_kpi_normalise(cJSON *kpi, const char *path, gp_error_t *err) { (void)kpi; return gp_fail(err, GP_ERR_UNKNOWN_METHOD, path, "Not built yet."); }
