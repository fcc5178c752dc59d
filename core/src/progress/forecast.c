/* forecast.c - the trend line, its 80% prediction interval at the deadline,
 * the chance of meeting the target, and the outlier check.
 *
 * Model: value = a + b * day + e, e independent normal with one variance.
 * A new value at the deadline then lies within yhat +/- t(0.9, n-2) * se
 * with 80% probability, se = s * sqrt(1 + 1/n + (x0 - mean)^2 / Sxx), and
 * (value - yhat) / se follows Student's t with n - 2 degrees of freedom,
 * which gives p_reach. For cumulative KPIs the errors are not independent
 * (each total contains the last), so the interval is then a rough guide;
 * the README says so.
 *
 * Zero residuals (all values equal, or exactly on a line): se is 0 and the
 * interval collapses to the line's value; p_reach is then 1 or 0 depending
 * on whether that value meets the target. No NaN can arise. */
#include "forecast.h"

#include <math.h>

bool gp_forecast(const double *x, const double *y, size_t n, double x_deadline, double target, int sense,
                 double scale, gp_forecast_t *out, bool *oom)
{
    *oom = false;
    if (n < GP_FORECAST_MIN_POINTS || !gp_linefit(x, y, n, &out->fit)) return false;
    double df = (double)n - 2.0;
    out->x_deadline = x_deadline;
    out->value_at_deadline = gp_linefit_predict(&out->fit, x_deadline);
    out->se_deadline = gp_linefit_prediction_se(&out->fit, x_deadline);
    out->t_quantile = gp_t_quantile(0.5 + GP_FORECAST_LEVEL / 2.0, df);
    out->low = out->value_at_deadline - out->t_quantile * out->se_deadline;
    out->high = out->value_at_deadline + out->t_quantile * out->se_deadline;
    if (out->se_deadline > 0.0) {
        double z = (target - out->value_at_deadline) / out->se_deadline;
        out->p_reach = sense > 0 ? gp_t_sf(z, df) : gp_t_cdf(z, df);
    } else {
        bool meets = sense > 0 ? out->value_at_deadline >= target : out->value_at_deadline <= target;
        out->p_reach = meets ? 1.0 : 0.0;
    }
    if (!gp_theil_sen(x, y, n, &out->theil_sen_slope)) {
        *oom = true;
        return false;
    }
    /* What matters is how far apart the two lines end up over the goal's
     * period, measured against the change the goal asks for. */
    double span = (x_deadline > x[n - 1] ? x_deadline : x[n - 1]) - x[0];
    double apart = fabs(out->fit.slope - out->theil_sen_slope) * span;
    out->outlier_warning = scale > 0.0 && apart > 0.25 * scale;
    return true;
}

static bool add_number(cJSON *o, const char *key, double v)
{
    /* JSON has no NaN or infinity; a value that is not finite is unknown. */
    return isfinite(v) ? cJSON_AddNumberToObject(o, key, v) != NULL : cJSON_AddNullToObject(o, key) != NULL;
}

cJSON *gp_forecast_json(const gp_forecast_t *f, const char *outlier_message)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *interval = cJSON_CreateObject();
    bool ok = o && interval && add_number(o, "value_at_deadline", f->value_at_deadline) &&
              add_number(o, "slope_per_day", f->fit.slope) && add_number(o, "slope_per_week", 7.0 * f->fit.slope) &&
              add_number(o, "intercept", f->fit.intercept) && add_number(o, "r2", f->fit.r2) &&
              add_number(o, "points", (double)f->fit.n) && add_number(o, "residual_sd", f->fit.s) &&
              add_number(interval, "low", f->low) && add_number(interval, "high", f->high) &&
              add_number(interval, "level", GP_FORECAST_LEVEL);
    if (ok) {
        cJSON_AddItemToObject(o, "interval", interval);
        interval = NULL;
        ok = add_number(o, "p_reach", f->p_reach) && add_number(o, "theil_sen_slope_per_day", f->theil_sen_slope) &&
             cJSON_AddBoolToObject(o, "outlier_warning", f->outlier_warning);
        if (ok && f->outlier_warning && outlier_message)
            ok = cJSON_AddStringToObject(o, "outlier_message", outlier_message) != NULL;
    }
    cJSON_Delete(interval);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}
