/* summary.c - PLACEHOLDER: replaced by its owner. */
#include "methods.h"
cJSON *gp_method_plan_summary(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
#include "summary.h"
cJSON *gp_plan_summary(const cJSON *plan, gp_day_t today, gp_error_t *err)
{ (void)plan; (void)today; gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet."); return NULL; }
