/* markdown.c - PLACEHOLDER: replaced by its owner. */
#include "methods.h"
cJSON *gp_method_plan_export_markdown(const cJSON *request, gp_error_t *err)
{
    (void)request;
    gp_fail(err, GP_ERR_UNKNOWN_METHOD, "", "Not built yet.");
    return NULL;
}
