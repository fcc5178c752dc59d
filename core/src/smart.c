/* smart.c - PLACEHOLDER: replaced by its owner. */
#include "methods.h"
cJSON *gp_method_smart_evaluate(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
#include "smart.h"
cJSON *gp_smart_evaluate(const cJSON *goal, const cJSON *plan, bool has_today, gp_day_t today, gp_error_t *err)
{ (void)goal; (void)plan; (void)has_today; (void)today; gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet."); return NULL; }
