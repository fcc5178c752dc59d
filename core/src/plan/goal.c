/* goal.c - one goal as the plan stores it: its own fields, milestones,
 * strategies and their tactics. Checks that need the rest of the plan
 * (references, the KPI's unit) live in plan.c.
 *
 * Defaults when a field is absent or null:
 *   goal:      statement required (not blank); objective_id, kpi_id "" (none
 *              chosen yet); direction from the numbers when both are known
 *              (target above baseline: increase, below: decrease, equal:
 *              maintain), otherwise "reach"; direction_chosen kept only when
 *              given (true: the student chose the direction; false: it
 *              follows the numbers, written or not, except that equal
 *              numbers keep a written one so the check can say the target
 *              equals the baseline); baseline, target null (not known
 *              yet); baseline_date, start, deadline, unit, rationale "";
 *              weight 1; milestones, strategies [].
 *   milestone: date and target required.
 *   strategy:  id required; name ""; tactics [].
 *   tactic:    id required; name, owner, start, end ""; channel "other";
 *              status "planned"; kpi_ids [].
 * Fields this version does not know are kept, after the known ones. */
#include <stdio.h>
#include <string.h>

#include "base/fields.h"
#include "ids.h"
#include "base/gp_limits.h"
#include "normalise.h"
#include "plan.h"

enum { DIRECTION_INCREASE, DIRECTION_DECREASE, DIRECTION_REACH, DIRECTION_MAINTAIN };
static const char *const directions[] = {"increase", "decrease", "reach", "maintain", NULL};
static const char *const channels[] = {"email", "social", "web", "ads", "in-store", "other", NULL};
enum { CHANNEL_OTHER = 5 };
static const char *const statuses[] = {"planned", "active", "done", NULL};

static const char *const goal_fields[] = {"id",       "statement",     "objective_id", "kpi_id",     "direction",
                                          "direction_chosen", "baseline", "baseline_date", "target",
                                          "unit",     "start",         "deadline",     "rationale",  "weight",
                                          "milestones", "strategies",  NULL};
static const char *const milestone_fields[] = {"date", "target", NULL};
static const char *const strategy_fields[] = {"id", "name", "tactics", NULL};
static const char *const tactic_fields[] = {"id",  "name",   "channel", "owner", "start",
                                            "end", "status", "kpi_ids", NULL};

/* A new empty object or array for PATH, or NULL after reporting. */
static cJSON *fresh(bool array, const char *path, gp_error_t *err)
{
    cJSON *item = array ? cJSON_CreateArray() : cJSON_CreateObject();
    if (!item) gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading %s.", path);
    return item;
}

/* ---- milestones ---------------------------------------------------------- */

typedef struct {
    bool has_start, has_deadline;
    gp_day_t start, deadline;
} window_t;

static bool milestone(const cJSON *src, cJSON *list, const char *path, const window_t *w, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a milestone (date, target)", err)) return false;
    cJSON *out = fresh(false, path, err);
    if (!out || !gp_norm_add(list, NULL, out, path, err)) return false;
    gp_day_t day = 0;
    bool has_day, has_target;
    double target;
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "date");
    if (!gp_norm_date(src, out, "date", path, GP_FIELD_REQUIRED, &day, &has_day, err)) return false;
    if (w->has_start && day < w->start)
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full, "This milestone (%s) falls before the goal starts.", full);
    if (w->has_deadline && day > w->deadline)
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full, "This milestone (%s) falls after the goal's deadline.", full);
    return gp_norm_number(src, out, "target", path, GP_FIELD_REQUIRED, 0, -GP_VALUE_MAX, GP_VALUE_MAX, &target,
                          &has_target, err) &&
           gp_norm_keep_unknown(src, out, milestone_fields, path, err);
}

/* ---- strategies and tactics ---------------------------------------------- */

static bool kpi_ids(const cJSON *src, cJSON *tactic, const char *path, gp_error_t *err)
{
    char full[GP_PATH_MAX], item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "kpi_ids");
    const cJSON *list;
    cJSON *out = fresh(true, full, err);
    if (!out || !gp_norm_add(tactic, "kpi_ids", out, full, err)) return false;
    if (!gp_norm_list(src, "kpi_ids", path, GP_MAX_ITEMS, &list, err)) return false;
    int i = 0;
    const cJSON *id;
    cJSON_ArrayForEach(id, list) {
        gp_path_index(item_path, sizeof item_path, full, i++);
        if (!cJSON_IsString(id))
            return gp_fail(err, GP_ERR_WRONG_TYPE, item_path, "%s must be a KPI id written as text.", item_path);
        if (!gp_id_valid(id->valuestring))
            return gp_fail(err, GP_ERR_INVALID_ID, item_path, "%s is '%.40s', which is not a valid id.", item_path,
                           id->valuestring);
        for (const cJSON *seen = list->child; seen != id; seen = seen->next)
            if (strcmp(seen->valuestring, id->valuestring) == 0)
                return gp_fail(err, GP_ERR_DUPLICATE_ID, item_path, "%s lists the KPI '%s' a second time.",
                               item_path, id->valuestring);
        if (!gp_norm_add(out, NULL, cJSON_CreateString(id->valuestring), item_path, err)) return false;
    }
    return true;
}

static bool tactic(const cJSON *src, cJSON *list, const char *path, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a tactic", err)) return false;
    cJSON *out = fresh(false, path, err);
    if (!out || !gp_norm_add(list, NULL, out, path, err)) return false;
    int channel, status;
    gp_day_t start = 0, end = 0;
    bool has_start, has_end;
    if (!gp_norm_id(src, out, "id", path, GP_FIELD_REQUIRED, NULL, err) ||
        !gp_norm_text(src, out, "name", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) ||
        !gp_norm_enum(src, out, "channel", path, channels, CHANNEL_OTHER, &channel, err) ||
        !gp_norm_text(src, out, "owner", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) ||
        !gp_norm_date(src, out, "start", path, GP_FIELD_OPTIONAL, &start, &has_start, err) ||
        !gp_norm_date(src, out, "end", path, GP_FIELD_OPTIONAL, &end, &has_end, err))
        return false;
    if (has_start && has_end && end < start) {
        char full[GP_PATH_MAX];
        gp_path_key(full, sizeof full, path, "end");
        return gp_fail(err, GP_ERR_DEADLINE_BEFORE_START, full, "This tactic ends (%s) before it starts.", full);
    }
    return gp_norm_enum(src, out, "status", path, statuses, 0, &status, err) && kpi_ids(src, out, path, err) &&
           gp_norm_keep_unknown(src, out, tactic_fields, path, err);
}

static bool strategy(const cJSON *src, cJSON *list, const char *path, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a strategy", err)) return false;
    cJSON *out = fresh(false, path, err);
    if (!out || !gp_norm_add(list, NULL, out, path, err)) return false;
    if (!gp_norm_id(src, out, "id", path, GP_FIELD_REQUIRED, NULL, err) ||
        !gp_norm_text(src, out, "name", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err))
        return false;
    char full[GP_PATH_MAX], item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "tactics");
    const cJSON *tactics, *t;
    cJSON *out_tactics = fresh(true, full, err);
    if (!out_tactics || !gp_norm_add(out, "tactics", out_tactics, full, err) ||
        !gp_norm_list(src, "tactics", path, GP_MAX_ITEMS, &tactics, err))
        return false;
    int i = 0;
    cJSON_ArrayForEach(t, tactics) {
        gp_path_index(item_path, sizeof item_path, full, i++);
        if (!tactic(t, out_tactics, item_path, err)) return false;
    }
    return gp_norm_keep_unknown(src, out, strategy_fields, path, err);
}

/* Runs EACH over the list KEY of SRC, appending to a new list KEY of OUT. */
typedef bool (*element_fn)(const cJSON *src, cJSON *list, const char *path, gp_error_t *err);

static bool each(const cJSON *src, cJSON *out, const char *key, const char *path, element_fn fn, gp_error_t *err)
{
    char full[GP_PATH_MAX], item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, key);
    const cJSON *list, *item;
    cJSON *out_list = fresh(true, full, err);
    if (!out_list || !gp_norm_add(out, key, out_list, full, err) ||
        !gp_norm_list(src, key, path, GP_MAX_ITEMS, &list, err))
        return false;
    int i = 0;
    cJSON_ArrayForEach(item, list) {
        gp_path_index(item_path, sizeof item_path, full, i++);
        if (!fn(item, out_list, item_path, err)) return false;
    }
    return true;
}

/* ---- the goal ------------------------------------------------------------ */

/* The direction the numbers imply when none was written. */
static int implied_direction(bool known, double baseline, double target)
{
    if (!known) return DIRECTION_REACH;
    return target > baseline ? DIRECTION_INCREASE : target < baseline ? DIRECTION_DECREASE : DIRECTION_MAINTAIN;
}

static bool check_target(int direction, double baseline, double target, const char *path, gp_error_t *err)
{
    char full[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "target");
    bool moving = direction == DIRECTION_INCREASE || direction == DIRECTION_DECREASE;
    if (moving && target == baseline)
        return gp_fail(err, GP_ERR_TARGET_EQUALS_BASELINE, full,
                       "The target (%g) equals the baseline, so there is nothing to %s.", target,
                       directions[direction]);
    if (direction == DIRECTION_INCREASE && target < baseline)
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full,
                       "The goal is to increase, but the target (%g) is below the baseline (%g).", target, baseline);
    if (direction == DIRECTION_DECREASE && target > baseline)
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full,
                       "The goal is to decrease, but the target (%g) is above the baseline (%g).", target, baseline);
    return true;
}

static bool fill_goal(const cJSON *src, cJSON *out, const char *path, bool in_plan, gp_error_t *err)
{
    int direction;
    double baseline = 0, target = 0, weight = 1;
    bool has_baseline, has_target, has_date, has_weight;
    gp_day_t baseline_day;
    window_t w = {false, false, 0, 0};
    char full[GP_PATH_MAX];
    if (!gp_norm_id(src, out, "id", path, in_plan ? GP_FIELD_REQUIRED : GP_FIELD_OPTIONAL, NULL, err) ||
        !gp_norm_text(src, out, "statement", path, GP_FIELD_REQUIRED, GP_MAX_TEXT_CHARS, err) ||
        !gp_norm_id(src, out, "objective_id", path, GP_FIELD_OPTIONAL, NULL, err) ||
        !gp_norm_id(src, out, "kpi_id", path, GP_FIELD_OPTIONAL, NULL, err) ||
        !gp_norm_enum(src, out, "direction", path, directions, -1, &direction, err) ||
        !gp_norm_number(src, out, "baseline", path, GP_FIELD_NULLABLE, 0, -GP_VALUE_MAX, GP_VALUE_MAX, &baseline,
                        &has_baseline, err) ||
        !gp_norm_date(src, out, "baseline_date", path, GP_FIELD_OPTIONAL, &baseline_day, &has_date, err) ||
        !gp_norm_number(src, out, "target", path, GP_FIELD_NULLABLE, 0, -GP_VALUE_MAX, GP_VALUE_MAX, &target,
                        &has_target, err))
        return false;
    const cJSON *chosen = cJSON_GetObjectItemCaseSensitive(src, "direction_chosen");
    if (chosen && !cJSON_IsNull(chosen) && !cJSON_IsBool(chosen)) {
        gp_path_key(full, sizeof full, path, "direction_chosen");
        return gp_fail(err, GP_ERR_WRONG_TYPE, full, "%s must be true or false.", full);
    }
    bool equal = has_baseline && has_target && baseline == target;
    if (direction < 0 || (cJSON_IsFalse(chosen) && !equal)) {
        direction = implied_direction(has_baseline && has_target, baseline, target);
        gp_path_key(full, sizeof full, path, "direction");
        cJSON *implied = cJSON_CreateString(directions[direction]);
        if (!implied || !cJSON_ReplaceItemInObjectCaseSensitive(out, "direction", implied)) {
            cJSON_Delete(implied);
            return gp_fail(err, GP_ERR_OUT_OF_MEMORY, full, "Out of memory while reading %s.", full);
        }
    }
    if (cJSON_IsBool(chosen) && !gp_norm_add(out, "direction_chosen", cJSON_CreateBool(cJSON_IsTrue(chosen)), path, err))
        return false;
    if (has_baseline && has_target && !check_target(direction, baseline, target, path, err)) return false;
    if (!gp_norm_text(src, out, "unit", path, GP_FIELD_OPTIONAL, GP_MAX_NAME_CHARS, err) ||
        !gp_norm_date(src, out, "start", path, GP_FIELD_OPTIONAL, &w.start, &w.has_start, err) ||
        !gp_norm_date(src, out, "deadline", path, GP_FIELD_OPTIONAL, &w.deadline, &w.has_deadline, err))
        return false;
    if (w.has_start && w.has_deadline && w.deadline < w.start) {
        gp_path_key(full, sizeof full, path, "deadline");
        return gp_fail(err, GP_ERR_DEADLINE_BEFORE_START, full, "The deadline (%s) comes before the start date.",
                       full);
    }
    if (!gp_norm_text(src, out, "rationale", path, GP_FIELD_OPTIONAL, GP_MAX_TEXT_CHARS, err) ||
        !gp_norm_number(src, out, "weight", path, GP_FIELD_OPTIONAL, 1, -GP_WEIGHT_MAX, GP_WEIGHT_MAX, &weight,
                        &has_weight, err))
        return false;
    if (weight <= 0) {
        gp_path_key(full, sizeof full, path, "weight");
        return gp_fail(err, GP_ERR_OUT_OF_RANGE, full, "%s is %g; a goal's weight must be more than 0.", full,
                       weight);
    }

    /* Milestones need the goal's window, so they are read here rather than
     * through each(). */
    char item_path[GP_PATH_MAX];
    gp_path_key(full, sizeof full, path, "milestones");
    const cJSON *list, *m;
    cJSON *milestones = fresh(true, full, err);
    if (!milestones || !gp_norm_add(out, "milestones", milestones, full, err) ||
        !gp_norm_list(src, "milestones", path, GP_MAX_ITEMS, &list, err))
        return false;
    int i = 0;
    cJSON_ArrayForEach(m, list) {
        gp_path_index(item_path, sizeof item_path, full, i++);
        if (!milestone(m, milestones, item_path, &w, err)) return false;
    }
    return each(src, out, "strategies", path, strategy, err) &&
           gp_norm_keep_unknown(src, out, goal_fields, path, err);
}

cJSON *gp_goal_normalised_copy(const cJSON *src, const char *path, bool in_plan, gp_error_t *err)
{
    if (!gp_norm_expect_object(src, path, "a goal", err)) return NULL;
    cJSON *out = fresh(false, path, err);
    if (out && !fill_goal(src, out, path, in_plan, err)) {
        cJSON_Delete(out);
        out = NULL;
    }
    return out;
}

bool gp_goal_normalise(cJSON *goal, const char *path, gp_error_t *err)
{
    if (!goal) return gp_fail(err, GP_ERR_NULL_ARGUMENT, path, "No goal was given.");
    cJSON *copy = gp_goal_normalised_copy(goal, path ? path : "", false, err);
    if (!copy) return false;
    gp_norm_replace_contents(goal, copy);
    return true;
}

/* ---- goal.direction ------------------------------------------------------- */

cJSON *gp_goal_direction(const cJSON *goal, gp_error_t *err)
{
    double baseline = 0, target = 0;
    bool has_baseline = false, has_target = false, chosen = false;
    int direction = -1;
    if (!gp_get_number(goal, "baseline", "goal", false, -GP_VALUE_MAX, GP_VALUE_MAX, &baseline, &has_baseline, err) ||
        !gp_get_number(goal, "target", "goal", false, -GP_VALUE_MAX, GP_VALUE_MAX, &target, &has_target, err) ||
        !gp_get_enum(goal, "direction", "goal", false, directions, &direction, err))
        return NULL;
    const cJSON *flag = cJSON_GetObjectItemCaseSensitive(goal, "direction_chosen");
    bool has_chosen = flag && !cJSON_IsNull(flag);
    if (!gp_get_bool(goal, "direction_chosen", "goal", false, &chosen, err)) return NULL;
    int implied = implied_direction(has_baseline && has_target, baseline, target);
    if (!has_chosen) chosen = direction >= 0 && direction != implied;
    cJSON *result = cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "implied", directions[implied]) ||
        !cJSON_AddBoolToObject(result, "chosen", chosen)) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    return result;
}
