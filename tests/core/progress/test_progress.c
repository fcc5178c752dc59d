/* test_progress.c - goal.progress on cases worked out by hand: pace, trend,
 * status, the edge cases of issue 5, and the errors' field paths. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/dates.h"

/* Requests are written with ' for " to stay readable. */
static cJSON *progress(const char *text)
{
    size_t n = strlen(text);
    char *json = malloc(n + 1);
    for (size_t i = 0; i <= n; i++) json[i] = text[i] == '\'' ? '"' : text[i];
    cJSON *r = call_json("goal.progress", json);
    free(json);
    return r;
}

/* Walks "forecast.interval.low" or "milestones.0.status" into R's result. */
static const cJSON *at(const cJSON *r, const char *dotted)
{
    const cJSON *node = result_of(r);
    char key[64];
    while (node && *dotted) {
        size_t len = strcspn(dotted, ".");
        snprintf(key, sizeof key, "%.*s", (int)len, dotted);
        node = cJSON_IsArray(node) ? cJSON_GetArrayItem(node, atoi(key)) : cJSON_GetObjectItemCaseSensitive(node, key);
        dotted += len + (dotted[len] == '.');
    }
    return node;
}

static double num(const cJSON *r, const char *dotted)
{
    const cJSON *v = at(r, dotted);
    return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

static const char *str(const cJSON *r, const char *dotted)
{
    const cJSON *v = at(r, dotted);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static const char *status(const cJSON *r) { return str(r, "status"); }

/* 100 -> 200 from 2026-01-01 (day 0) to 2026-04-11 (day 100); today day 50. */
#define LINEAR_GOAL "'goal':{'id':'g','direction':'increase','baseline':100,'target':200,'start':'2026-01-01','deadline':'2026-04-11'}"

static void test_linear_goal_by_hand(void)
{
    cJSON *r = progress("{" LINEAR_GOAL ",'today':'2026-02-20','kpi':{'name':'Visits','measurements':["
                        "{'date':'2026-01-11','value':110},{'date':'2026-01-21','value':125},"
                        "{'date':'2026-01-31','value':130},{'date':'2026-02-10','value':150}]}}");
    CHECK_NEAR(num(r, "current"), 150, 0);
    CHECK_NEAR(num(r, "progress_pct"), 50, 1e-12);
    CHECK_NEAR(num(r, "expected_pct"), 50, 1e-12);
    CHECK_NEAR(num(r, "pace_gap.value"), 0, 1e-12);
    CHECK_NEAR(num(r, "pace_gap.points"), 0, 1e-12);
    CHECK_NEAR(num(r, "safe_days"), 0, 0);
    CHECK_NEAR(num(r, "required_rate.per_day"), 1.0, 1e-15);
    CHECK_NEAR(num(r, "required_rate.per_week"), 7.0, 1e-14);
    CHECK_NEAR(num(r, "required_rate.per_month"), 30.436875, 1e-12);
    /* x = 10,20,30,40, y = 110,125,130,150: slope 625/500, intercept 97.5. */
    CHECK_NEAR(num(r, "forecast.slope_per_day"), 1.25, 1e-14);
    CHECK_NEAR(num(r, "forecast.slope_per_week"), 8.75, 1e-13);
    CHECK_NEAR(num(r, "forecast.value_at_deadline"), 222.5, 1e-12);
    CHECK_NEAR(num(r, "forecast.r2"), 1.0 - 37.5 / 818.75, 1e-14);
    /* se at day 100 = sqrt(18.75 * 12.5); t(0.9, 2 df) = 0.8 / sqrt(0.18). */
    double se = sqrt(18.75 * 12.5), q = 0.8 / sqrt(0.18);
    CHECK_NEAR(num(r, "forecast.interval.low"), 222.5 - q * se, 1e-10);
    CHECK_NEAR(num(r, "forecast.interval.high"), 222.5 + q * se, 1e-10);
    CHECK_NEAR(num(r, "forecast.interval.level"), 0.8, 0);
    double z = 22.5 / se; /* P(T >= -z) with 2 df */
    CHECK_NEAR(num(r, "forecast.p_reach"), 0.5 + z / (2.0 * sqrt(2.0 + z * z)), 1e-13);
    /* Pair slopes 0.5, 1, 1.25, 4/3, 1.5, 2: median (1.25 + 4/3) / 2. */
    CHECK_NEAR(num(r, "forecast.theil_sen_slope_per_day"), (1.25 + 4.0 / 3.0) / 2.0, 1e-14);
    CHECK(cJSON_IsFalse(at(r, "forecast.outlier_warning")));
    CHECK_STR(status(r), "on_track"); /* gap 0 points, p_reach 0.86 */
    CHECK(strstr(str(r, "explanation"), "On track: Visits stood at 150 on 10 Feb 2026") != NULL);
    CHECK(strstr(str(r, "explanation"), "30 Apr 2026") == NULL);
    CHECK(cJSON_GetArraySize(at(r, "chart.actual")) == 4);
    CHECK_STR(str(r, "chart.ideal.1.date"), "2026-04-11");
    CHECK_NEAR(num(r, "chart.forecast.1.value"), 222.5, 1e-12);
    CHECK_STR(str(r, "chart.band.0.date"), "2026-02-10");
    CHECK_STR(str(r, "chart.today"), "2026-02-20");
    cJSON_Delete(r);
}

static void test_decreasing_goal_and_lower_is_better(void)
{
    const char *goal = "'goal':{'direction':'decrease','baseline':60,'target':40,'start':'2026-01-01',"
                       "'deadline':'2026-04-11'},'today':'2026-02-20'";
    char req[600];
    snprintf(req, sizeof req, "{%s,'kpi':{'direction':'lower','unit':'percent','measurements':["
                              "{'date':'2026-01-11','value':58},{'date':'2026-02-10','value':45}]}}", goal);
    cJSON *r = progress(req);
    CHECK_STR(str(r, "sense"), "lower");
    CHECK_NEAR(num(r, "progress_pct"), 75, 1e-12);
    CHECK_NEAR(num(r, "expected_pct"), 50, 1e-12);
    CHECK_NEAR(num(r, "pace_gap.value"), -5, 1e-12);
    CHECK_NEAR(num(r, "pace_gap.points"), 25, 1e-12);
    /* The line 60 - 0.2 d reaches 45 on day 75: 25 days of slack. */
    CHECK_NEAR(num(r, "safe_days"), 25, 0);
    CHECK_NEAR(num(r, "required_rate.per_day"), -0.1, 1e-15);
    CHECK_STR(str(r, "forecast"), "insufficient_data");
    CHECK_STR(status(r), "on_track");
    CHECK(strstr(str(r, "explanation"), "45%") != NULL);
    cJSON_Delete(r);

    snprintf(req, sizeof req, "{%s,'kpi':{'direction':'lower','measurements':[{'date':'2026-02-10','value':38}]}}", goal);
    r = progress(req);
    CHECK_STR(status(r), "achieved");
    CHECK_NEAR(num(r, "progress_pct"), 110, 1e-12);
    CHECK_NEAR(num(r, "required_rate.per_day"), 0, 0);
    cJSON_Delete(r);

    /* Behind on a decrease: 58 on day 50 where the line expects 50. */
    snprintf(req, sizeof req, "{%s,'kpi':{'measurements':[{'date':'2026-02-20','value':58}]}}", goal);
    r = progress(req);
    CHECK_NEAR(num(r, "safe_days"), -40, 0); /* the line was at 58 on day 10 */
    CHECK_STR(status(r), "off_track");      /* 10% done against 50% */
    cJSON_Delete(r);
}

static void test_all_values_equal_give_numbers_not_nan(void)
{
    cJSON *r = progress("{'goal':{'baseline':90,'target':120,'start':'2026-01-01','deadline':'2026-06-30'},"
                        "'today':'2026-03-01','kpi':{'measurements':[{'date':'2026-01-05','value':100},"
                        "{'date':'2026-01-20','value':100},{'date':'2026-02-04','value':100},"
                        "{'date':'2026-02-19','value':100}]}}");
    CHECK_NEAR(num(r, "forecast.slope_per_day"), 0, 0);
    CHECK_NEAR(num(r, "forecast.r2"), 1, 0);
    CHECK_NEAR(num(r, "forecast.interval.low"), 100, 0);
    CHECK_NEAR(num(r, "forecast.interval.high"), 100, 0);
    CHECK_NEAR(num(r, "forecast.p_reach"), 0, 0);
    CHECK_NEAR(num(r, "forecast.residual_sd"), 0, 0);
    CHECK_STR(status(r), "at_risk"); /* ahead of the line (+0.5 points), but no trend toward 120 */
    char *text = cJSON_PrintUnformatted(at(r, "forecast"));
    CHECK(text && strstr(text, "null") == NULL);
    free(text);
    cJSON_Delete(r);
}

static void test_two_entries_on_one_date(void)
{
    const char *list = "[{'date':'2026-01-12','value':1},{'date':'2026-01-10','value':5},{'date':'2026-01-10','value':7}]";
    char req[600];
    snprintf(req, sizeof req, "{'goal':{'baseline':0,'target':50,'start':'2026-01-01','deadline':'2026-12-31'},"
                              "'today':'2026-01-15','kpi':{'aggregation':'level','measurements':%s}}", list);
    cJSON *r = progress(req);
    CHECK_NEAR(num(r, "current"), 1, 0);             /* the latest date */
    CHECK_NEAR(num(r, "chart.actual.0.value"), 7, 0); /* the later entry of 10 Jan wins */
    CHECK_NEAR(num(r, "measurements.count"), 3, 0);
    CHECK_NEAR(num(r, "measurements.dates"), 2, 0);
    cJSON_Delete(r);
    snprintf(req, sizeof req, "{'goal':{'baseline':0,'target':50,'start':'2026-01-01','deadline':'2026-12-31'},"
                              "'today':'2026-01-15','kpi':{'aggregation':'cumulative','measurements':%s}}", list);
    r = progress(req);
    CHECK_NEAR(num(r, "chart.actual.0.value"), 12, 0);
    CHECK_NEAR(num(r, "current"), 13, 0);
    cJSON_Delete(r);
    snprintf(req, sizeof req, "{'goal':{'baseline':0,'target':50,'start':'2026-01-01','deadline':'2026-12-31'},"
                              "'today':'2026-01-15','kpi':{'aggregation':'average','measurements':%s}}", list);
    r = progress(req);
    CHECK_NEAR(num(r, "chart.actual.0.value"), 6, 1e-15);
    CHECK_NEAR(num(r, "current"), 13.0 / 3.0, 1e-15);
    cJSON_Delete(r);
}

static void test_before_start_and_after_deadline(void)
{
    const char *goal = "'goal':{'baseline':50,'target':100,'start':'2026-02-01','deadline':'2026-03-01'}";
    const char *list = "[{'date':'2026-01-15','value':50},{'date':'2026-02-10','value':70},"
                       "{'date':'2026-02-20','value':90},{'date':'2026-03-10','value':200}]";
    char req[800];
    snprintf(req, sizeof req, "{%s,'today':'2026-03-20','kpi':{'measurements':%s}}", goal, list);
    cJSON *r = progress(req);
    CHECK_STR(status(r), "missed"); /* 90 at the deadline; 200 came later */
    CHECK_NEAR(num(r, "current"), 90, 0);
    CHECK_STR(str(r, "as_of"), "2026-03-01");
    CHECK_NEAR(num(r, "measurements.since_start"), 2, 0);
    CHECK_NEAR(num(r, "measurements.after_evaluation"), 1, 0);
    CHECK(cJSON_IsNull(at(r, "safe_days")));
    CHECK(strstr(str(r, "explanation"), "Missed") == str(r, "explanation"));
    cJSON_Delete(r);

    snprintf(req, sizeof req, "{%s,'today':'2026-02-05','kpi':{'measurements':%s}}", goal, list);
    r = progress(req);
    CHECK_STR(status(r), "not_started");
    CHECK_NEAR(num(r, "current"), 50, 0); /* from before the start */
    CHECK_NEAR(num(r, "measurements.since_start"), 0, 0);
    cJSON_Delete(r);
}

static void test_deadline_today(void)
{
    cJSON *r = progress("{'goal':{'baseline':100,'target':200,'start':'2026-01-01','deadline':'2026-02-20'},"
                        "'today':'2026-02-20','kpi':{'measurements':[{'date':'2026-02-19','value':150}]}}");
    CHECK(strcmp(status(r), "missed") != 0 && strcmp(status(r), "achieved") != 0);
    CHECK_NEAR(num(r, "days_left"), 0, 0);
    CHECK(cJSON_IsNull(at(r, "required_rate")));
    CHECK_NEAR(num(r, "expected_pct"), 100, 1e-12);
    CHECK_NEAR(num(r, "safe_days"), -25, 0); /* the line passed 150 on day 25 of 50 */
    CHECK(strstr(str(r, "explanation"), "(today)") != NULL);
    cJSON_Delete(r);
}

static void test_target_equal_to_current(void)
{
    cJSON *r = progress("{'goal':{'baseline':100,'target':150,'start':'2026-01-01','deadline':'2026-12-31'},"
                        "'today':'2026-03-01','kpi':{'measurements':[{'date':'2026-02-01','value':150}]}}");
    CHECK_STR(status(r), "achieved");
    CHECK_NEAR(num(r, "progress_pct"), 100, 0);
    CHECK_NEAR(num(r, "safe_days"), 305, 0); /* the whole rest of the year */
    CHECK(strstr(str(r, "explanation"), "305 days to spare") != NULL);
    cJSON_Delete(r);
}

static void test_cumulative_with_refunds(void)
{
    cJSON *r = progress("{'goal':{'baseline':0,'target':500,'start':'2026-01-01','deadline':'2026-06-30'},"
                        "'today':'2026-01-25','kpi':{'aggregation':'cumulative','unit':'currency','currency':'EUR',"
                        "'measurements':[{'date':'2026-01-05','value':100},{'date':'2026-01-10','value':50},"
                        "{'date':'2026-01-12','value':-30},{'date':'2026-01-20','value':20}]}}");
    CHECK_NEAR(num(r, "current"), 140, 0);
    CHECK_NEAR(num(r, "chart.actual.2.value"), 120, 0);
    CHECK_NEAR(num(r, "progress_pct"), 28, 1e-12);
    CHECK(strstr(str(r, "explanation"), "EUR 140") != NULL);
    cJSON_Delete(r);
}

static void test_kpi_without_measurements(void)
{
    cJSON *r = progress("{" LINEAR_GOAL ",'today':'2026-02-20','kpi':{'name':'Visits'}}");
    CHECK_STR(status(r), "not_started");
    CHECK(cJSON_IsNull(at(r, "current")));
    CHECK(cJSON_IsNull(at(r, "progress_pct")));
    CHECK(cJSON_IsNull(at(r, "pace_gap.points")));
    CHECK_STR(str(r, "forecast"), "insufficient_data");
    CHECK_NEAR(num(r, "required_rate.per_day"), 2.0, 1e-15); /* 100 more in 50 days */
    CHECK(cJSON_GetArraySize(at(r, "chart.actual")) == 0);
    cJSON_Delete(r);
}

static void test_stale_check_ins(void)
{
    cJSON *r = progress("{" LINEAR_GOAL ",'today':'2026-03-10','kpi':{'measurements':["
                        "{'date':'2026-01-05','value':101},{'date':'2026-01-12','value':112},"
                        "{'date':'2026-01-19','value':126},{'date':'2026-01-26','value':140}]}}");
    CHECK_STR(status(r), "stale"); /* 43 days of silence against a weekly rhythm */
    CHECK_NEAR(num(r, "measurements.usual_interval_days"), 7, 0);
    CHECK(strstr(str(r, "explanation"), "43 days ago") != NULL);
    cJSON_Delete(r);
    /* A monthly rhythm: 20 days of silence is not stale (not twice 31). */
    r = progress("{" LINEAR_GOAL ",'today':'2026-03-23','kpi':{'measurements':["
                 "{'date':'2026-01-01','value':100},{'date':'2026-02-01','value':130},{'date':'2026-03-03','value':160}]}}");
    CHECK(strcmp(status(r), "stale") != 0);
    cJSON_Delete(r);
}

static void test_maintain_lower_is_better(void)
{
    const char *goal = "'goal':{'direction':'maintain','baseline':1.5,'target':2,'start':'2026-01-01','deadline':'2026-06-30'}";
    char req[800];
    snprintf(req, sizeof req, "{%s,'today':'2026-03-01','kpi':{'direction':'lower','measurements':["
                              "{'date':'2026-01-10','value':1.5},{'date':'2026-01-20','value':1.8},"
                              "{'date':'2026-01-30','value':2.5},{'date':'2026-02-10','value':1.9}]}}", goal);
    cJSON *r = progress(req);
    CHECK_STR(str(r, "sense"), "lower");
    CHECK(cJSON_IsTrue(at(r, "holds_level")));
    CHECK(cJSON_IsFalse(at(r, "maintain.held")));
    CHECK_NEAR(num(r, "maintain.broken_count"), 1, 0);
    CHECK_STR(str(r, "maintain.broken_dates.0"), "2026-01-30");
    CHECK_NEAR(num(r, "progress_pct"), 75, 1e-12);
    CHECK_STR(status(r), "at_risk");
    CHECK(cJSON_IsNull(at(r, "required_rate")));
    cJSON_Delete(r);

    snprintf(req, sizeof req, "{%s,'today':'2026-03-01','kpi':{'direction':'lower','measurements':["
                              "{'date':'2026-01-10','value':1.5},{'date':'2026-02-10','value':2.4}]}}", goal);
    r = progress(req);
    CHECK_STR(status(r), "off_track");
    CHECK_NEAR(num(r, "safe_days"), -20, 0); /* broken since 10 Feb, 19 days before today */
    cJSON_Delete(r);

    snprintf(req, sizeof req, "{%s,'today':'2026-07-15','kpi':{'direction':'lower','measurements':["
                              "{'date':'2026-01-10','value':1.5},{'date':'2026-03-10','value':2},"
                              "{'date':'2026-06-10','value':0.4}]}}", goal);
    r = progress(req);
    CHECK_STR(status(r), "achieved");
    CHECK(cJSON_IsTrue(at(r, "maintain.held")));
    cJSON_Delete(r);
}

static void test_milestones_bend_the_pace(void)
{
    /* 0 -> 100 over days 0..100 through 50 on day 20 (2026-01-21). */
    const char *goal = "'goal':{'baseline':0,'target':100,'start':'2026-01-01','deadline':'2026-04-11',"
                       "'milestones':[{'date':'2026-03-02','target':90},{'date':'2026-01-21','target':50}]}";
    char req[800];
    snprintf(req, sizeof req, "{%s,'today':'2026-01-11','kpi':{'measurements':[{'date':'2026-01-10','value':20}]}}", goal);
    cJSON *r = progress(req);
    CHECK_NEAR(num(r, "expected_pct"), 25, 1e-12);
    CHECK_STR(str(r, "milestones.0.date"), "2026-01-21");
    CHECK_STR(str(r, "milestones.0.status"), "upcoming");
    CHECK_NEAR(num(r, "milestones.0.index"), 1, 0);
    CHECK(cJSON_GetArraySize(at(r, "chart.ideal")) == 4);
    cJSON_Delete(r);
    snprintf(req, sizeof req, "{%s,'today':'2026-03-05','kpi':{'measurements':[{'date':'2026-01-10','value':20},"
                              "{'date':'2026-01-20','value':55},{'date':'2026-02-25','value':80}]}}", goal);
    r = progress(req);
    CHECK_STR(str(r, "milestones.0.status"), "met");
    CHECK_NEAR(num(r, "milestones.0.value"), 55, 0);
    CHECK_STR(str(r, "milestones.1.status"), "missed");
    CHECK_NEAR(num(r, "milestones.1.value"), 80, 0);
    cJSON_Delete(r);
}

static void test_formula_kpi_per_date(void)
{
    cJSON *r = progress("{'goal':{'baseline':2,'target':4,'start':'2026-01-01','deadline':'2026-06-30'},'today':'2026-01-09',"
                        "'kpi':{'id':'cr','unit':'percent','formula':{'numerator':'orders','denominator':'sessions','scale':100}},"
                        "'kpis':[{'id':'sessions','measurements':[{'date':'2026-01-01','value':1000},{'date':'2026-01-08','value':2000}]},"
                        "{'id':'orders','measurements':[{'date':'2026-01-01','value':20},{'date':'2026-01-05','value':30},"
                        "{'date':'2026-01-08','value':50}]}]}");
    CHECK_NEAR(num(r, "chart.actual.0.value"), 2, 1e-15);
    CHECK_NEAR(num(r, "chart.actual.1.value"), 3, 1e-15);
    CHECK_NEAR(num(r, "chart.actual.2.value"), 2.5, 1e-15);
    CHECK_NEAR(num(r, "current"), 2.5, 1e-15);
    cJSON_Delete(r);
    r = progress("{" LINEAR_GOAL ",'today':'2026-01-09','kpi':{'formula':{'numerator':'orders','denominator':'nope'}},"
                 "'kpis':[{'id':'orders'}]}");
    CHECK_STR(error_code(r), "dangling_reference");
    CHECK_STR(error_path(r), "kpi.formula.denominator");
    cJSON_Delete(r);
}

static void test_outlier_warning(void)
{
    char list[2000] = "";
    for (int d = 1; d <= 20; d++) {
        char one[80];
        snprintf(one, sizeof one, "%s{'date':'2026-01-%02d','value':%d}", d > 1 ? "," : "", d, d == 19 ? 5000 : 100 + d);
        strcat(list, one);
    }
    char req[2400];
    snprintf(req, sizeof req, "{'goal':{'baseline':100,'target':200,'start':'2026-01-01','deadline':'2026-04-11'},"
                              "'today':'2026-01-21','kpi':{'measurements':[%s]}}", list);
    cJSON *r = progress(req);
    CHECK_NEAR(num(r, "forecast.theil_sen_slope_per_day"), 1, 1e-12);
    CHECK(cJSON_IsTrue(at(r, "forecast.outlier_warning")));
    CHECK(strstr(str(r, "forecast.outlier_message"), "Theil-Sen") != NULL);
    cJSON_Delete(r);
}

static void test_errors_name_the_field(void)
{
    cJSON *r = progress("{" LINEAR_GOAL ",'today':'2026-02-20','kpi':{'measurements':[{'date':'2026-01-01','value':1},"
                        "{'date':'2026-01-02','value':2},{'date':'2026-01-03','value':3},{'date':'2026-01-04','value':'4'}]}}");
    CHECK_STR(error_code(r), "wrong_type");
    CHECK_STR(error_path(r), "kpi.measurements[3].value");
    cJSON_Delete(r);
    r = progress("{" LINEAR_GOAL ",'today':'2026-02-20','kpi':{'measurements':[{'date':'2026-02-30','value':1}]}}");
    CHECK_STR(error_code(r), "invalid_date");
    CHECK_STR(error_path(r), "kpi.measurements[0].date");
    cJSON_Delete(r);
    r = progress("{'goal':{'baseline':1,'target':2,'start':'2026-01-01'},'today':'2026-02-20','kpi':{}}");
    CHECK_STR(error_code(r), "missing_field");
    CHECK_STR(error_path(r), "goal.deadline");
    cJSON_Delete(r);
    r = progress("{'goal':{'baseline':1,'target':2,'start':'2026-05-01','deadline':'2026-04-01'},'today':'2026-02-20','kpi':{}}");
    CHECK_STR(error_code(r), "deadline_before_start");
    CHECK_STR(error_path(r), "goal.deadline");
    cJSON_Delete(r);
    r = progress("{" LINEAR_GOAL ",'kpi':{}}");
    CHECK_STR(error_code(r), "missing_field");
    CHECK_STR(error_path(r), "today");
    cJSON_Delete(r);
    r = progress("{" LINEAR_GOAL ",'today':'2026-02-20','kpi':{'aggregation':'sum'}}");
    CHECK_STR(error_code(r), "unknown_value");
    CHECK_STR(error_path(r), "kpi.aggregation");
    cJSON_Delete(r);
}

/* A million entries (ten a day over 100,000 days, +3 and -1 alternating):
 * the running total must come out exact, the chart thinned. */
static void test_million_points(void)
{
    const int days = 100000, per_day = 10;
    size_t cap = (size_t)days * per_day * 40 + 400;
    char *req = malloc(cap);
    size_t n = (size_t)sprintf(req, "{\"today\":\"2174-12-31\",\"goal\":{\"baseline\":0,\"target\":2000000,"
                                    "\"start\":\"1901-01-01\",\"deadline\":\"2199-12-31\"},\"kpi\":{\"aggregation\":"
                                    "\"cumulative\",\"measurements\":[");
    /* Day numbers from 1901-01-01 (day -25202). */
    for (int d = 0; d < days; d++) {
        int y, m, dd;
        gp_civil_from_days(-25202 + d, &y, &m, &dd);
        for (int k = 0; k < per_day; k++)
            n += (size_t)sprintf(req + n, "%s{\"date\":\"%04d-%02d-%02d\",\"value\":%d}", d || k ? "," : "", y, m, dd,
                                 k % 2 ? -1 : 3);
    }
    strcpy(req + n, "]}}");
    cJSON *r = call_json("goal.progress", req);
    free(req);
    CHECK(result_of(r) != NULL);
    CHECK_NEAR(num(r, "current"), 1000000, 0);
    CHECK_NEAR(num(r, "measurements.count"), 1000000, 0);
    CHECK_NEAR(num(r, "measurements.dates"), days, 0);
    CHECK_NEAR(num(r, "forecast.slope_per_day"), 10, 1e-9);
    CHECK(cJSON_GetArraySize(at(r, "chart.actual")) <= 600);
    cJSON_Delete(r);
}

int main(void)
{
    RUN(test_linear_goal_by_hand);
    RUN(test_decreasing_goal_and_lower_is_better);
    RUN(test_all_values_equal_give_numbers_not_nan);
    RUN(test_two_entries_on_one_date);
    RUN(test_before_start_and_after_deadline);
    RUN(test_deadline_today);
    RUN(test_target_equal_to_current);
    RUN(test_cumulative_with_refunds);
    RUN(test_kpi_without_measurements);
    RUN(test_stale_check_ins);
    RUN(test_maintain_lower_is_better);
    RUN(test_milestones_bend_the_pace);
    RUN(test_formula_kpi_per_date);
    RUN(test_outlier_warning);
    RUN(test_errors_name_the_field);
    RUN(test_million_points);
    return check_report();
}
