/* migrate.h - bringing plans saved in an older schema up to date. */
#ifndef GP_MIGRATE_H
#define GP_MIGRATE_H

#include <stdbool.h>

#include "cJSON.h"
#include "base/errors.h"

/* Rewrites PLAN (an object saved in schema FROM, 0 <= FROM < the current
 * schema) in place into the current layout, ready for gp_plan_normalise.
 * Nothing is checked here beyond shape; returns false with ERR (naming
 * PATH) only when memory runs out. */
bool gp_plan_migrate(cJSON *plan, int from, const char *path, gp_error_t *err);

#endif
