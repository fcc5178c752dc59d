/* test_summary.c - plan.summary on a small plan whose every number is
 * worked out by hand: counts, weighted progress, deadlines, check-ins due,
 * and the goals needing attention first. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/dates.h"
#include "progress/progress.h"

static cJSON *call_quoted(const char *method, const char *text)
{
    size_t n = strlen(text);
    char *json = malloc(n + 1);
    for (size_t i = 0; i <= n; i++) json[i] = text[i] == '\'' ? '"' : text[i];
    cJSON *r = call_json(method, json);
    free(json);
    return r;
}

static const cJSON *get(const cJSON *node, const char *key) { return cJSON_GetObjectItemCaseSensitive(node, key); }
static const char *text(const cJSON *node, const char *key)
{
    const cJSON *v = get(node, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}
static double number(const cJSON *node, const char *key)
{
    const cJSON *v = get(node, key);
    return cJSON_IsNumber(v) ? v->valuedouble : -1e300;
}

/* Today 2026-02-20. g1 on track (weight 2, 50%), g2 off track (10%), g3
 * stale (20%), g4 a draft without a target, g5 achieved (125%, counted
 * as 100%). */
static const char *PLAN =
    "{'today':'2026-02-20','plan':{'schema':1,'id':'p','name':'Spring plan',"
    "'objectives':[{'id':'o','name':'Grow the shop'}],"
    "'kpis':["
    "{'id':'visits','name':'Visits','unit':'count','measurements':[{'date':'2026-01-11','value':110},"
    "{'date':'2026-01-21','value':125},{'date':'2026-01-31','value':130},{'date':'2026-02-10','value':150}]},"
    "{'id':'bounce','name':'Bounce rate','unit':'percent','direction':'lower','measurements':[{'date':'2026-02-20','value':58}]},"
    "{'id':'sales','name':'Sales','unit':'currency','currency':'USD','aggregation':'cumulative',"
    "'measurements':[{'date':'2026-01-05','value':100}]}],"
    "'goals':["
    "{'id':'g1','statement':'Grow visits to 200 by 11 April 2026.','objective_id':'o','kpi_id':'visits','direction':'increase',"
    "'baseline':100,'target':200,'start':'2026-01-01','deadline':'2026-04-11','weight':2,"
    "'milestones':[{'date':'2026-03-31','target':180}]},"
    "{'id':'g2','statement':'Cut the bounce rate to 40% by 11 April 2026.','objective_id':'o','kpi_id':'bounce',"
    "'direction':'decrease','baseline':60,'target':40,'start':'2026-01-01','deadline':'2026-04-11'},"
    "{'id':'g3','statement':'Sell 500 dollars by the end of June 2026.','objective_id':'o','kpi_id':'sales',"
    "'direction':'increase','baseline':0,'target':500,'start':'2026-01-01','deadline':'2026-06-30'},"
    "{'id':'g4','statement':'Grow visits somehow.','objective_id':'o','kpi_id':'visits','start':'2026-01-01',"
    "'deadline':'2026-05-01'},"
    "{'id':'g5','statement':'Reach 140 visits by the end of 2026.','objective_id':'o','kpi_id':'visits','direction':'increase',"
    "'baseline':100,'target':140,'start':'2026-01-01','deadline':'2026-12-31'}]}}";

static void test_summary_by_hand(void)
{
    cJSON *r = call_quoted("plan.summary", PLAN);
    const cJSON *s = result_of(r);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "%s: %s\n", error_code(r), error_path(r));
        cJSON_Delete(r);
        return;
    }
    const cJSON *goals = get(s, "goals");
    CHECK(cJSON_GetArraySize(goals) == 5);
    const char *expected[] = {"on_track", "off_track", "stale", NULL, "achieved"};
    for (int i = 0; i < 5; i++) {
        const cJSON *g = cJSON_GetArrayItem(goals, i);
        CHECK(cJSON_IsObject(get(g, "smart")));
        if (expected[i]) CHECK_STR(text(get(g, "progress"), "status"), expected[i]);
    }
    /* The draft's error keeps its place in the plan. */
    const cJSON *draft = get(get(cJSON_GetArrayItem(goals, 3), "progress"), "error");
    CHECK_STR(text(draft, "code"), "missing_field");
    CHECK_STR(text(draft, "path"), "goals[3].target");

    const cJSON *counts = get(s, "counts");
    CHECK(number(counts, "on_track") == 1 && number(counts, "off_track") == 1 && number(counts, "stale") == 1);
    CHECK(number(counts, "achieved") == 1 && number(counts, "incomplete") == 1);
    CHECK(number(counts, "at_risk") == 0 && number(counts, "missed") == 0 && number(counts, "not_started") == 0);

    /* (2 * 50 + 10 + 20 + 100) / 5 */
    CHECK_NEAR(number(s, "overall_progress_pct"), 46, 1e-12);
    CHECK_NEAR(number(s, "weight_counted"), 5, 0);

    const cJSON *next = get(s, "next_deadlines");
    const char *dates[] = {"2026-03-31", "2026-04-11", "2026-04-11", "2026-05-01", "2026-06-30", "2026-12-31"};
    const char *ids[] = {"g1", "g1", "g2", "g4", "g3", "g5"};
    CHECK(cJSON_GetArraySize(next) == 6);
    for (int i = 0; i < 6 && i < cJSON_GetArraySize(next); i++) {
        CHECK_STR(text(cJSON_GetArrayItem(next, i), "date"), dates[i]);
        CHECK_STR(text(cJSON_GetArrayItem(next, i), "goal_id"), ids[i]);
    }
    CHECK_STR(text(cJSON_GetArrayItem(next, 0), "kind"), "milestone");
    CHECK_NEAR(number(cJSON_GetArrayItem(next, 0), "days_left"), 39, 0);

    /* sales: last 5 Jan, weekly by default -> due 12 Jan; visits: every 10
     * days since 10 Feb -> due today; bounce: checked in today. */
    const cJSON *due = get(s, "kpis_due");
    CHECK(cJSON_GetArraySize(due) == 2);
    CHECK_STR(text(cJSON_GetArrayItem(due, 0), "kpi_id"), "sales");
    CHECK_STR(text(cJSON_GetArrayItem(due, 0), "due_date"), "2026-01-12");
    CHECK_NEAR(number(cJSON_GetArrayItem(due, 0), "days_overdue"), 39, 0);
    CHECK_STR(text(cJSON_GetArrayItem(due, 1), "kpi_id"), "visits");
    CHECK_NEAR(number(cJSON_GetArrayItem(due, 1), "days_overdue"), 0, 0);

    const cJSON *attention = get(s, "attention");
    const char *order[] = {"g2", "g3", "g4"};
    CHECK(cJSON_GetArraySize(attention) == 3);
    for (int i = 0; i < 3 && i < cJSON_GetArraySize(attention); i++)
        CHECK_STR(text(cJSON_GetArrayItem(attention, i), "goal_id"), order[i]);
    CHECK(strstr(text(cJSON_GetArrayItem(attention, 0), "explanation"), "Off track") != NULL);
    cJSON_Delete(r);
}

static void test_summary_errors(void)
{
    cJSON *r = call_quoted("plan.summary", "{'plan':{'schema':1,'id':'p','name':'x'}}");
    CHECK_STR(error_code(r), "missing_field");
    CHECK_STR(error_path(r), "today");
    cJSON_Delete(r);
    r = call_quoted("plan.summary", "{'today':'2026-01-01'}");
    CHECK_STR(error_code(r), "missing_field");
    CHECK_STR(error_path(r), "plan");
    cJSON_Delete(r);
    gp_error_t e = {GP_OK, "", ""};
    CHECK(gp_plan_summary(NULL, NULL, 0, &e) == NULL && e.code == GP_ERR_WRONG_TYPE);
}

static void test_empty_plan(void)
{
    cJSON *r = call_quoted("plan.summary", "{'today':'2026-01-01','plan':{'schema':1,'id':'p','name':'Empty'}}");
    const cJSON *s = result_of(r);
    CHECK(s && cJSON_GetArraySize(get(s, "goals")) == 0);
    CHECK(s && cJSON_IsNull(get(s, "overall_progress_pct")));
    CHECK(s && number(get(s, "counts"), "on_track") == 0);
    cJSON_Delete(r);
}

/* 200 daily values (value = day number, one spike of 10000 on day 100):
 * the summary's chart is thinned to at most 59 points that keep the spike
 * and end on the latest value, with no band; goal.progress keeps all 200
 * points and its band. */
static void test_compact_chart(void)
{
    enum { N = 200 };
    size_t cap = 64 * N + 1024, len = 0;
    char *kpi = malloc(cap), *request = malloc(cap + 1024);
    gp_day_t first = gp_days_from_civil(2026, 1, 1);
    len += (size_t)snprintf(kpi + len, cap - len, "{\"id\":\"k\",\"name\":\"Visits\",\"unit\":\"count\",\"measurements\":[");
    for (int i = 0; i < N; i++) {
        char day[11];
        gp_date_format_iso(first + i, day);
        len += (size_t)snprintf(kpi + len, cap - len, "%s{\"date\":\"%s\",\"value\":%d}", i ? "," : "", day,
                                i == 100 ? 10000 : i);
    }
    snprintf(kpi + len, cap - len, "]}");
    const char *goal = "{\"id\":\"g\",\"statement\":\"Grow visits to 1000 by 31 December 2026.\",\"objective_id\":\"o\","
                       "\"kpi_id\":\"k\",\"direction\":\"increase\",\"baseline\":0,\"target\":1000,"
                       "\"start\":\"2026-01-01\",\"deadline\":\"2026-12-31\"}";
    snprintf(request, cap + 1024,
             "{\"today\":\"2026-08-01\",\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"P\","
             "\"objectives\":[{\"id\":\"o\",\"name\":\"O\"}],\"kpis\":[%s],\"goals\":[%s]}}",
             kpi, goal);
    cJSON *r = call_json("plan.summary", request);
    const cJSON *entry = cJSON_GetArrayItem(get(result_of(r), "goals"), 0);
    const cJSON *chart = get(get(entry, "progress"), "chart");
    const cJSON *actual = get(chart, "actual");
    int n = cJSON_GetArraySize(actual);
    CHECK(n >= 3 && n <= 59);
    CHECK(number(chart, "points") == N);
    CHECK(cJSON_IsArray(get(chart, "band")) && cJSON_GetArraySize(get(chart, "band")) == 0);
    CHECK(cJSON_GetArraySize(get(chart, "forecast")) == 2);
    const cJSON *last = cJSON_GetArrayItem(actual, n - 1);
    CHECK_STR(text(last, "date"), "2026-07-19"); /* day 199 */
    CHECK(number(last, "value") == 199);
    bool spike = false, ordered = true;
    const cJSON *point, *previous = NULL;
    cJSON_ArrayForEach(point, actual) {
        spike = spike || number(point, "value") == 10000;
        if (previous && strcmp(text(previous, "date"), text(point, "date")) >= 0) ordered = false;
        previous = point;
    }
    CHECK(spike);
    CHECK(ordered);
    cJSON_Delete(r);

    snprintf(request, cap + 1024, "{\"today\":\"2026-08-01\",\"kpi\":%s,\"goal\":%s}", kpi, goal);
    r = call_json("goal.progress", request);
    chart = get(result_of(r), "chart");
    CHECK(cJSON_GetArraySize(get(chart, "actual")) == N);
    CHECK(cJSON_GetArraySize(get(chart, "band")) > 0);
    cJSON_Delete(r);
    free(kpi);
    free(request);
}

int main(void)
{
    RUN(test_summary_by_hand);
    RUN(test_summary_errors);
    RUN(test_empty_plan);
    RUN(test_compact_chart);
    return check_report();
}
