/* progress.c - PLACEHOLDER: replaced by its owner. */
#include "methods.h"
cJSON *gp_method_goal_progress(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
#include "progress.h"
cJSON *gp_goal_progress(const cJSON *goal, const cJSON *kpi, const cJSON *kpis, gp_day_t today, gp_error_t *err)
{ (void)goal; (void)kpi; (void)kpis; (void)today; gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet."); return NULL; }
