/* templates.h - the built-in example plans (templates.c).
 *
 * Each template is a complete plan drawn from the course readings, with its
 * dates placed around a given "today" so the plan is always mid-flight. */
#ifndef GP_TEMPLATES_H
#define GP_TEMPLATES_H

#include <stddef.h>

#include "cJSON.h"
#include "base/dates.h"
#include "base/errors.h"

/* The "today" used when a plan.template request carries none: a fixed date
 * keeps the output reproducible (the core never reads the clock). */
#define GP_TEMPLATE_DEFAULT_TODAY "2026-01-15"

/* Builds template NAME as it looks on TODAY, before normalisation. Returns a
 * new plan object the caller owns (cJSON_Delete), or NULL with ERR set to
 * unknown_template (listing the valid names) or out_of_memory. The same
 * NAME and TODAY always give the same plan. */
cJSON *gp_template_build(const char *name, gp_day_t today, gp_error_t *err);

#endif
