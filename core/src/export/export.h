/* export.h - the export group: measurements read from CSV text, and a plan
 * written out as CSV files or a Markdown report. Each takes the request's
 * options object whole, since the options are read where they are used. */
#ifndef GP_EXPORT_H
#define GP_EXPORT_H

#include "cJSON.h"
#include "base/errors.h"

/* csv.measurements: OPTIONS {"text", "date_format"?, "delimiter"?,
 * "date_column"?, "value_column"?, "note_column"?, "kpi_column"?} ->
 * {"measurements", "skipped", ...} (csv_measurements.c). */
cJSON *gp_csv_measurements(const cJSON *options, gp_error_t *err);

/* plan.export_csv: OPTIONS {"plan", "today", ...} -> {"measurements_csv",
 * "goals_csv"} (csv_export.c). */
cJSON *gp_export_csv(const cJSON *options, gp_error_t *err);

/* plan.export_markdown: OPTIONS {"plan", "today", ...} -> {"markdown"}
 * (markdown.c). */
cJSON *gp_export_markdown(const cJSON *options, gp_error_t *err);

#endif
