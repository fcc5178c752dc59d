/* smart_methods.c - the requests the SMART evaluator answers. */
#include "base/fields.h"
#include "base/gp_limits.h"
#include "methods.h"
#include "smart/smart.h"

/* smart.evaluate {"goal", "plan"?, "today"?} -> the evaluation */
cJSON *gp_method_smart_evaluate(const cJSON *request, gp_error_t *err)
{
    const cJSON *goal = NULL, *plan = NULL;
    gp_day_t today = 0;
    bool has_today = false;
    if (!gp_get_object(request, "goal", "", true, &goal, err) ||
        !gp_get_object(request, "plan", "", false, &plan, err) || !gp_get_today(request, &today, &has_today, err))
        return NULL;
    return gp_smart_evaluate(goal, plan, NULL, has_today, today, err);
}

/* date.parse {"text", "today"?} -> {"date", "kind", "text"} */
cJSON *gp_method_date_parse(const cJSON *request, gp_error_t *err)
{
    const char *text = NULL;
    gp_day_t today = 0;
    bool has_today = false;
    if (!gp_get_string(request, "text", "", true, GP_MAX_TEXT_CHARS, &text, err) ||
        !gp_get_today(request, &today, &has_today, err))
        return NULL;
    return gp_date_parse_answer(text, has_today, today, err);
}
