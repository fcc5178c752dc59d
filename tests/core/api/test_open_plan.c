/* test_open_plan.c - plan.open, and plan.summary and goal.progress asked
 * about the open plan: the same answers as when the plan is sent whole,
 * errors that name the field, and a failed open that leaves the open plan. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"

static const char *TODAY = "2026-02-20";

/* Three goals over three KPIs, one derived by formula from the other two;
 * "draft" has no target, so its progress cannot be worked out. */
static const char *PLAN =
    "{\"schema\":1,\"id\":\"shop\",\"name\":\"Spring plan\","
    "\"objectives\":[{\"id\":\"o\",\"name\":\"Grow the shop\"}],"
    "\"kpis\":["
    "{\"id\":\"visits\",\"name\":\"Visits\",\"unit\":\"count\",\"measurements\":["
    "{\"date\":\"2026-01-21\",\"value\":125},{\"date\":\"2026-01-11\",\"value\":110},"
    "{\"date\":\"2026-01-31\",\"value\":130},{\"date\":\"2026-02-10\",\"value\":150}]},"
    "{\"id\":\"orders\",\"name\":\"Orders\",\"unit\":\"count\",\"measurements\":["
    "{\"date\":\"2026-01-11\",\"value\":3},{\"date\":\"2026-01-31\",\"value\":5},"
    "{\"date\":\"2026-02-10\",\"value\":6}]},"
    "{\"id\":\"conversion\",\"name\":\"Conversion rate\",\"unit\":\"percent\","
    "\"formula\":{\"numerator\":\"orders\",\"denominator\":\"visits\",\"scale\":100}}],"
    "\"goals\":["
    "{\"id\":\"more\",\"statement\":\"Grow visits to 200 by 11 April 2026.\",\"objective_id\":\"o\","
    "\"kpi_id\":\"visits\",\"baseline\":100,\"target\":200,\"start\":\"2026-01-01\",\"deadline\":\"2026-04-11\","
    "\"milestones\":[{\"date\":\"2026-03-31\",\"target\":180}]},"
    "{\"id\":\"convert\",\"statement\":\"Lift conversion to 5% by 30 June 2026.\",\"objective_id\":\"o\","
    "\"kpi_id\":\"conversion\",\"target\":5,\"start\":\"2026-01-01\",\"deadline\":\"2026-06-30\"},"
    "{\"id\":\"draft\",\"statement\":\"Grow visits somehow.\",\"objective_id\":\"o\",\"kpi_id\":\"visits\","
    "\"start\":\"2026-01-01\",\"deadline\":\"2026-05-01\"},"
    "{\"id\":\"loose\",\"statement\":\"Get more orders.\",\"objective_id\":\"o\"}]}";

static char *request(const char *format, ...) __attribute__((format(printf, 1, 2)));
static char *request(const char *format, ...)
{
    static char text[8192];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    return text;
}

/* The whole response text of METHOD on REQ. */
static char *answer(const char *method, const char *req)
{
    char *text = gp_call(method, req);
    if (!text) abort();
    return text;
}

static void open_shop(void)
{
    cJSON *r = call_json("plan.open", request("{\"plan\":%s}", PLAN));
    const cJSON *result = result_of(r);
    CHECK(result != NULL);
    CHECK_STR(cJSON_GetObjectItemCaseSensitive(result, "plan_id")->valuestring, "shop");
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "goals")->valuedouble == 4);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "kpis")->valuedouble == 3);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "measurements")->valuedouble == 7);
    cJSON_Delete(r);
}

static void test_summary_of_the_open_plan_is_the_summary_of_the_plan(void)
{
    open_shop();
    for (int round = 0; round < 2; round++) { /* the second from the kept series */
        char *whole = answer("plan.summary", request("{\"today\":\"%s\",\"plan\":%s}", TODAY, PLAN));
        char *open = answer("plan.summary", request("{\"today\":\"%s\",\"open_plan\":\"shop\"}", TODAY));
        CHECK(strncmp(open, "{\"ok\":true", 10) == 0);
        CHECK_STR(open, whole);
        gp_free(whole);
        gp_free(open);
    }
}

/* goal.progress on the open plan by goal id equals goal.progress sent the
 * goal, its KPI and the plan's KPIs as plan.validate gives them back (the
 * page keeps plans in that form; its defaults, e.g. direction "reach",
 * are what the open plan holds too). */
static void test_goal_progress_by_id_is_the_progress_of_the_goal(void)
{
    open_shop();
    cJSON *validated = call_json("plan.validate", request("{\"plan\":%s}", PLAN));
    const cJSON *plan = cJSON_GetObjectItemCaseSensitive(result_of(validated), "plan");
    CHECK(plan != NULL);
    const cJSON *kpis = cJSON_GetObjectItemCaseSensitive(plan, "kpis");
    const char *goal_ids[] = {"more", "convert"};
    const char *kpi_ids[] = {"visits", "conversion"};
    for (int g = 0; g < 2; g++) {
        const cJSON *goal = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(plan, "goals"), g);
        const cJSON *kpi = NULL, *k;
        cJSON_ArrayForEach(k, kpis) if (strcmp(cJSON_GetObjectItemCaseSensitive(k, "id")->valuestring, kpi_ids[g]) == 0) kpi = k;
        char *goal_text = cJSON_PrintUnformatted(goal), *kpi_text = cJSON_PrintUnformatted(kpi);
        char *kpis_text = cJSON_PrintUnformatted(kpis);
        char *whole = answer("goal.progress", request("{\"today\":\"%s\",\"goal\":%s,\"kpi\":%s,\"kpis\":%s}", TODAY,
                                                      goal_text, kpi_text, kpis_text));
        char *open = answer("goal.progress",
                            request("{\"today\":\"%s\",\"open_plan\":\"shop\",\"goal_id\":\"%s\"}", TODAY, goal_ids[g]));
        CHECK(strncmp(open, "{\"ok\":true", 10) == 0);
        CHECK_STR(open, whole);
        free(goal_text);
        free(kpi_text);
        free(kpis_text);
        gp_free(whole);
        gp_free(open);
    }
    cJSON_Delete(validated);
}

static void expect_error(const char *method, const char *req, const char *code, const char *path)
{
    cJSON *r = call_json(method, req);
    CHECK_STR(error_code(r), code);
    CHECK_STR(error_path(r), path);
    cJSON_Delete(r);
}

static void test_questions_about_the_open_plan_name_what_is_wrong(void)
{
    open_shop();
    const char *progress = "{\"today\":\"2026-02-20\",\"open_plan\":\"shop\",\"goal_id\":\"%s\"}";
    expect_error("goal.progress", request(progress, "nowhere"), "dangling_reference", "goal_id");
    expect_error("goal.progress", request(progress, "draft"), "missing_field", "goals[2].target");
    expect_error("goal.progress", request(progress, "loose"), "missing_field", "goals[3].kpi_id");
    expect_error("goal.progress", "{\"today\":\"2026-02-20\",\"open_plan\":\"shop\"}", "missing_field", "goal_id");
    expect_error("goal.progress", "{\"today\":\"2026-02-20\",\"open_plan\":\"other\",\"goal_id\":\"more\"}",
                 "plan_not_open", "open_plan");
    expect_error("plan.summary", "{\"today\":\"2026-02-20\",\"open_plan\":7}", "wrong_type", "open_plan");
    expect_error("plan.summary", "{\"open_plan\":\"shop\"}", "missing_field", "today");
}

/* A plan that fails its checks is not opened and leaves the open one open;
 * a valid one replaces it. */
static void test_a_failed_open_keeps_the_open_plan(void)
{
    open_shop();
    expect_error("plan.open", "{\"plan\":{\"schema\":1,\"id\":\"bad\",\"name\":\"x\",\"goals\":[{\"id\":\"g\","
                              "\"statement\":\"Grow.\",\"deadline\":\"2026-02-30\"}]}}",
                 "invalid_date", "plan.goals[0].deadline");
    cJSON *r = call_json("plan.summary", "{\"today\":\"2026-02-20\",\"open_plan\":\"shop\"}");
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
    r = call_json("plan.open", "{\"plan\":{\"schema\":1,\"id\":\"next\",\"name\":\"Next\"}}");
    CHECK(result_of(r) != NULL);
    cJSON_Delete(r);
    expect_error("plan.summary", "{\"today\":\"2026-02-20\",\"open_plan\":\"shop\"}", "plan_not_open", "open_plan");
}

int main(void)
{
    expect_error("plan.summary", "{\"today\":\"2026-02-20\",\"open_plan\":\"shop\"}", "plan_not_open", "open_plan");
    RUN(test_summary_of_the_open_plan_is_the_summary_of_the_plan);
    RUN(test_goal_progress_by_id_is_the_progress_of_the_goal);
    RUN(test_questions_about_the_open_plan_name_what_is_wrong);
    RUN(test_a_failed_open_keeps_the_open_plan);
    return check_report();
}
