/* smart_rewrite.h - a concrete rewording of a goal statement. */
#ifndef GP_SMART_REWRITE_H
#define GP_SMART_REWRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/dates.h"
#include "smart_read.h"

/* What the rewriter knows beyond the statement. */
typedef struct gp_rewrite_input {
    bool has_today;
    gp_day_t today;
    bool has_baseline, has_target, has_deadline;
    double baseline, target;
    gp_day_t deadline;          /* structured deadline, or the statement's resolved one */
    const char *unit;           /* structured unit, or NULL */
    const char *kpi_name;       /* linked KPI name, or NULL */
    bool specific, measurable, timed; /* S, M, T passed */
} gp_rewrite_input_t;

/* What the rewriter had to make up (the student should replace it). */
typedef struct gp_rewrite_output {
    bool example_amount;   /* "by 10%" was added */
    bool example_metric;   /* a metric replaced a vague word */
    bool example_deadline; /* a deadline was added */
    char metric[96];       /* the metric named in the rewrite */
} gp_rewrite_output_t;

/* Writes a one-sentence rewrite of R into OUT (N bytes). Returns false
 * when there is nothing to build on (empty or unreadable statement). */
bool gp_smart_rewrite(const gp_reading_t *r, const gp_rewrite_input_t *in, gp_rewrite_output_t *made,
                      char *out, size_t n);

/* Formats V the way people write amounts: "15,100", "2.5", "1,200,000". */
void gp_format_amount(double v, char *out, size_t n);

#endif
