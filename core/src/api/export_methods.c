/* export_methods.c - the requests that read CSV and write exports. Their
 * options are many and read by the export group itself, so the request is
 * passed on whole. */
#include "export/export.h"
#include "methods.h"

/* csv.measurements {"text", "date_format"?, "delimiter"?, "*_column"?, ...} */
cJSON *gp_method_csv_measurements(const cJSON *request, gp_error_t *err)
{
    return gp_csv_measurements(request, err);
}

/* plan.export_csv {"plan", "today", ...} -> {"measurements_csv", "goals_csv"} */
cJSON *gp_method_plan_export_csv(const cJSON *request, gp_error_t *err)
{
    return gp_export_csv(request, err);
}

/* plan.export_markdown {"plan", "today", ...} -> {"markdown"} */
cJSON *gp_method_plan_export_markdown(const cJSON *request, gp_error_t *err)
{
    return gp_export_markdown(request, err);
}
