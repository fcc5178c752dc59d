/* test_smart.c - smart.evaluate: the response shape, the verdict rule,
 * input validation with paths, structured fields and plan context, the
 * time rules with and without today, and the reading of amounts. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "call.h"
#include "check.h"

static cJSON *evaluate(const char *statement, const char *today)
{
    cJSON *req = cJSON_CreateObject();
    cJSON *goal = cJSON_AddObjectToObject(req, "goal");
    cJSON_AddStringToObject(goal, "statement", statement);
    if (today) cJSON_AddStringToObject(req, "today", today);
    char *body = cJSON_PrintUnformatted(req);
    cJSON *res = call_json("smart.evaluate", body);
    free(body);
    cJSON_Delete(req);
    return res;
}

static const cJSON *get(const cJSON *obj, const char *key) { return cJSON_GetObjectItemCaseSensitive(obj, key); }
static const char *str(const cJSON *obj, const char *key)
{
    const cJSON *v = get(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}
static const char *status(const cJSON *result, const char *letter)
{
    return str(get(get(result, "criteria"), letter), "status");
}
static double num(const cJSON *obj, const char *key)
{
    const cJSON *v = get(obj, key);
    return cJSON_IsNumber(v) ? v->valuedouble : -12345;
}
static bool any_contains(const cJSON *list, const char *needle)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, list) if (cJSON_IsString(item) && strstr(item->valuestring, needle)) return true;
    return false;
}

/* Every response has the documented shape, the score is the sum of the
 * letters, the verdict follows the rule, and unanswered questions match
 * the letters that did not pass. */
static void check_shape(const cJSON *r)
{
    static const char *const letters[] = {"S", "M", "A", "R", "T"};
    CHECK(r != NULL);
    if (!r) return;
    const cJSON *criteria = get(r, "criteria");
    int sum = 0, not_passed = 0;
    for (int i = 0; i < 5; i++) {
        const cJSON *c = get(criteria, letters[i]);
        const char *s = str(c, "status");
        CHECK(s && (!strcmp(s, "pass") || !strcmp(s, "warn") || !strcmp(s, "fail")));
        double score = num(c, "score");
        CHECK(score >= 0 && score <= 20);
        sum += (int)score;
        CHECK(cJSON_IsArray(get(c, "reasons")) && cJSON_GetArraySize(get(c, "reasons")) >= 1);
        CHECK(cJSON_IsArray(get(c, "suggestions")));
        if (s && strcmp(s, "pass") != 0) not_passed++;
    }
    CHECK(num(r, "score") == sum);
    bool smart = !strcmp(status(r, "S"), "pass") && !strcmp(status(r, "M"), "pass") && !strcmp(status(r, "T"), "pass") &&
                 strcmp(status(r, "A"), "fail") != 0 && strcmp(status(r, "R"), "fail") != 0;
    CHECK_STR(str(r, "verdict"), smart ? "smart" : "not_smart");
    CHECK(cJSON_GetArraySize(get(r, "questions")) == not_passed);
    const cJSON *ex = get(r, "extracted");
    static const char *const fields[] = {"action", "metric", "amount", "amount_kind", "from", "to", "deadline",
                                         "timeframe_text", "means"};
    for (int i = 0; i < 9; i++) CHECK(get(ex, fields[i]) != NULL);
    CHECK(cJSON_IsString(get(r, "rewrite")) || cJSON_IsNull(get(r, "rewrite")));
}

static void test_shape_and_rule(void)
{
    static const char *const statements[] = {
        "Increase sales revenue by 20% by this time next year.", "Increase our sales.", "Have the #1 website in the world!",
        "Launch a marketing campaign by December 31st.", "", "Lose 5 kilograms in 3 months by exercising 3 times a week.",
        "Aumentar las ventas un 20% para fin de año.", "Double the number of members in our program by June 1."};
    for (size_t i = 0; i < sizeof statements / sizeof statements[0]; i++) {
        for (int with_today = 0; with_today < 2; with_today++) {
            cJSON *res = evaluate(statements[i], with_today ? "2026-05-13" : NULL);
            check_shape(result_of(res));
            cJSON_Delete(res);
        }
    }
}

static void test_reasons_quote_the_student(void)
{
    cJSON *res = evaluate("Increase our sales.", NULL);
    const cJSON *r = result_of(res);
    CHECK_STR(str(r, "verdict"), "not_smart");
    CHECK(any_contains(get(get(get(r, "criteria"), "M"), "reasons"), "'Increase our sales'"));
    CHECK_STR(status(r, "T"), "fail");
    CHECK(any_contains(get(r, "questions"), "specific date"));
    cJSON_Delete(res);
}

static void test_empty_and_foreign(void)
{
    cJSON *res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"\"}}");
    const cJSON *r = result_of(res);
    CHECK(r != NULL);
    for (const char *l = "SMART"; *l; l++) {
        char k[2] = {*l, 0};
        CHECK_STR(status(r, k), "fail");
    }
    CHECK(cJSON_GetArraySize(get(r, "questions")) == 5);
    CHECK(any_contains(get(get(get(r, "criteria"), "S"), "reasons"), "empty"));
    CHECK(cJSON_IsNull(get(r, "rewrite")));
    cJSON_Delete(res);
    res = call_json("smart.evaluate", "{\"goal\": {}}");
    CHECK_STR(str(result_of(res), "verdict"), "not_smart");
    cJSON_Delete(res);
    const char *foreign[] = {"Aumentar las ventas un 20% para fin de año.", "\xE6\x8F\x90\xE9\xAB\x98\xE9\x94\x80\xE5\x94\xAE",
                             "Steigern Sie den Umsatz bis Ende des Jahres um 20%"};
    for (int i = 0; i < 3; i++) {
        res = evaluate(foreign[i], "2026-05-13");
        r = result_of(res);
        CHECK_STR(str(r, "verdict"), "not_smart");
        CHECK(any_contains(get(get(get(r, "criteria"), "S"), "reasons"), "I only read English"));
        cJSON_Delete(res);
    }
}

static void test_validation(void)
{
    struct { const char *req, *code, *path; } bad[] = {
        {"{}", "missing_field", "goal"},
        {"{\"goal\": 3}", "wrong_type", "goal"},
        {"{\"goal\": {\"statement\": 5}}", "wrong_type", "goal.statement"},
        {"{\"goal\": {\"statement\": \"x\", \"baseline\": \"10\"}}", "wrong_type", "goal.baseline"},
        {"{\"goal\": {\"statement\": \"x\", \"deadline\": \"2026-02-30\"}}", "invalid_date", "goal.deadline"},
        {"{\"goal\": {\"statement\": \"x\", \"direction\": \"up\"}}", "unknown_value", "goal.direction"},
        {"{\"goal\": {\"statement\": \"x\", \"strategies\": [{\"name\": \"a\"}, 4]}}", "wrong_type", "goal.strategies[1]"},
        {"{\"goal\": {\"statement\": \"x\"}, \"today\": \"13/05/2026\"}", "invalid_date", "today"},
        {"{\"goal\": {\"statement\": \"x\"}, \"plan\": []}", "wrong_type", "plan"},
        {"{\"goal\": {\"statement\": \"x\", \"objective_id\": \"o1\"}, \"plan\": {\"objectives\": 1}}", "wrong_type", "plan.objectives"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cJSON *res = call_json("smart.evaluate", bad[i].req);
        CHECK_STR(error_code(res), bad[i].code);
        CHECK_STR(error_path(res), bad[i].path);
        cJSON_Delete(res);
    }
    /* 5000 characters (multi-byte ones count once) are fine; 5001 are too long. */
    char *text = malloc(5002 * 4);
    size_t n = 0;
    const char *start = "Increase sales revenue by 20% by the end of 2026 ";
    memcpy(text, start, strlen(start));
    n = strlen(start);
    size_t chars = n;
    while (chars < 5000) {
        if (chars % 50 == 0 && chars + 1 <= 5000) {
            memcpy(text + n, "\xF0\x9F\x9A\x80", 4); /* an emoji, one character */
            n += 4;
        } else {
            text[n++] = chars % 7 == 0 ? ' ' : 'a';
        }
        chars++;
    }
    text[n] = '\0';
    cJSON *res = evaluate(text, "2026-05-13");
    check_shape(result_of(res));
    CHECK_STR(status(result_of(res), "M"), "pass");
    cJSON_Delete(res);
    text[n] = 'b';
    text[n + 1] = '\0';
    res = evaluate(text, NULL);
    CHECK_STR(error_code(res), "text_too_long");
    CHECK_STR(error_path(res), "goal.statement");
    cJSON_Delete(res);
    free(text);
}

static void test_today(void)
{
    /* Without today an old explicit date is accepted as written. */
    cJSON *res = evaluate("Increase website traffic by 25% by the end of 2019.", NULL);
    CHECK_STR(status(result_of(res), "T"), "pass");
    CHECK_STR(str(get(result_of(res), "extracted"), "deadline"), "2019-12-31");
    cJSON_Delete(res);
    res = evaluate("Increase website traffic by 25% by the end of 2019.", "2026-05-13");
    CHECK_STR(status(result_of(res), "T"), "fail");
    CHECK_STR(str(result_of(res), "verdict"), "not_smart");
    cJSON_Delete(res);
    /* More than three years away: a warning, not a failure. */
    res = evaluate("Reduce our bounce rate from 60% to 45% by 2030-06-30.", "2026-05-13");
    CHECK_STR(status(result_of(res), "T"), "warn");
    cJSON_Delete(res);
    /* Relative phrases: time-bound either way; a real deadline only with today. */
    res = evaluate("Increase sales revenue by 20% by this time next year.", NULL);
    CHECK_STR(status(result_of(res), "T"), "pass");
    CHECK(cJSON_IsNull(get(get(result_of(res), "extracted"), "deadline")));
    CHECK_STR(str(get(result_of(res), "extracted"), "timeframe_text"), "by this time next year");
    cJSON_Delete(res);
    res = evaluate("Increase sales revenue by 20% by this time next year.", "2026-11-22");
    CHECK_STR(str(get(result_of(res), "extracted"), "deadline"), "2027-11-22");
    CHECK_STR(str(result_of(res), "rewrite"), "Increase sales revenue by 20% by 22 Nov 2027.");
    cJSON_Delete(res);
    /* An event: time-bound, deadline unknown. A rate alone: not time-bound. */
    res = evaluate("Get 300 new customers within the first week of launch.", "2026-05-13");
    CHECK_STR(status(result_of(res), "T"), "pass");
    CHECK(cJSON_IsNull(get(get(result_of(res), "extracted"), "deadline")));
    cJSON_Delete(res);
    res = evaluate("Publish 4 blog posts per month.", "2026-05-13");
    CHECK_STR(status(result_of(res), "T"), "fail");
    CHECK(any_contains(get(get(get(result_of(res), "criteria"), "T"), "reasons"), "how often"));
    cJSON_Delete(res);
}

static void test_amounts(void)
{
    struct { const char *text; double amount; const char *kind; double from, to; const char *action; } cases[] = {
        {"Cut cart abandonment from 70% to 60% by the end of Q3 2026.", 10, "percent", 70, 60, "cut"},
        {"Grow monthly online sales to $10k by 30 November 2026.", 10000, "currency", -12345, 10000, "grow"},
        {"Raise average order value from \xE2\x82\xAC" "2,500 to \xE2\x82\xAC" "2,800 by 1 December 2026.", 300, "currency", 2500, 2800, "raise"},
        {"Reach 1.2M impressions on Instagram by the end of 2026.", 1200000, "absolute", -12345, -12345, "reach"},
        {"Increase the email open rate by 10\xE2\x80\x93" "15% within six months.", 10, "percent", -12345, -12345, "increase"},
        {"Add five hundred new newsletter subscribers within 3 months.", 500, "absolute", -12345, -12345, "add"},
        {"Double our Instagram followers in one year.", 100, "percent", -12345, -12345, "double"},
        {"Do not lose more than 5% of our email subscribers by 31 December 2026.", 5, "percent", -12345, -12345, "limit"},
        {"Increase our followers by ten percent by December 31st.", 10, "percent", -12345, -12345, "increase"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cJSON *res = evaluate(cases[i].text, "2026-05-13");
        const cJSON *ex = get(result_of(res), "extracted");
        int before = check_failures;
        CHECK_NEAR(num(ex, "amount"), cases[i].amount, 1e-9);
        CHECK_STR(str(ex, "amount_kind"), cases[i].kind);
        CHECK_NEAR(num(ex, "from"), cases[i].from, 1e-9);
        CHECK_NEAR(num(ex, "to"), cases[i].to, 1e-9);
        CHECK_STR(str(ex, "action"), cases[i].action);
        CHECK_STR(status(result_of(res), "M"), "pass");
        if (check_failures != before) fprintf(stderr, "  case: %s\n", cases[i].text);
        cJSON_Delete(res);
    }
}

/* smart.evaluate of "Grow visits" from 1,126 to TARGET by 13 Nov 2026, its KPI
 * "website visits" holding MEASUREMENTS (JSON list items). */
static cJSON *grow_visits(const char *measurements, int target)
{
    char req[1024];
    snprintf(req, sizeof req,
             "{\"goal\": {\"statement\": \"Grow visits\", \"kpi_id\": \"k1\", \"baseline\": 1126, \"target\": %d, "
             "\"deadline\": \"2026-11-13\"}, \"today\": \"2026-05-13\", \"plan\": {\"kpis\": [{\"id\": \"k1\", "
             "\"name\": \"website visits\", \"measurements\": [%s]}]}}",
             target, measurements);
    return call_json("smart.evaluate", req);
}

static void test_attainable(void)
{
    /* Implausible jumps fail; moderate ones pass; no baseline warns. */
    const char *fail[] = {"Increase website visits by 500% in a month.", "Double our Instagram followers in one month.",
                          "Have the #1 website in the world!", "Win 100% of the market by 2027.",
                          "To outperform our competitors"};
    for (int i = 0; i < 5; i++) {
        cJSON *res = evaluate(fail[i], "2026-05-13");
        CHECK_STR(status(result_of(res), "A"), "fail");
        cJSON_Delete(res);
    }
    cJSON *res = evaluate("Increase the open rate from 20% to 25% within six months.", "2026-05-13");
    CHECK_STR(status(result_of(res), "A"), "pass");
    cJSON_Delete(res);
    res = evaluate("Add 2,500 new emails in 3 months.", "2026-05-13");
    CHECK_STR(status(result_of(res), "A"), "warn");
    CHECK(any_contains(get(get(get(result_of(res), "criteria"), "A"), "reasons"), "baseline"));
    cJSON_Delete(res);
    /* History: a KPI growing about 2% a month makes +10% in 6 months plausible and +80% not. */
    const char *history = "{\"date\": \"2025-11-01\", \"value\": 1000}, {\"date\": \"2026-05-01\", \"value\": 1126}";
    res = grow_visits(history, 1240);
    CHECK_STR(status(result_of(res), "A"), "pass");
    CHECK_STR(status(result_of(res), "M"), "pass");
    CHECK_STR(str(get(result_of(res), "extracted"), "metric"), "website visits");
    cJSON_Delete(res);
    res = grow_visits(history, 2030);
    CHECK_STR(status(result_of(res), "A"), "fail");
    cJSON_Delete(res);
    /* Entries whose dates cannot be read are left out of the history, even
     * where their text would sort first or last (a value of 1 read as the
     * start would make +80% look easy). */
    const char *messy = "{\"date\": \"1 May 2025\", \"value\": 1}, {\"date\": \"2025-11-01\", \"value\": 1000}, "
                        "{\"date\": \"2026-13-01\", \"value\": 90000}, {\"date\": \"2026-05-01\", \"value\": 1126}";
    res = grow_visits(messy, 2030);
    CHECK_STR(status(result_of(res), "A"), "fail");
    cJSON_Delete(res);
    res = grow_visits(messy, 1240);
    CHECK_STR(status(result_of(res), "A"), "pass");
    cJSON_Delete(res);
}

static void test_relevant_and_structured(void)
{
    const char *req =
        "{\"goal\": {\"statement\": \"Improve social interaction by 5% by running an 'Amazon Cares' campaign by the end of 2021\","
        " \"objective_id\": \"o1\"}, \"plan\": {\"objectives\": [{\"id\": \"o1\", \"name\": \"Improve the customer experience by "
        "promoting corporate social responsibility\"}]}}";
    cJSON *res = call_json("smart.evaluate", req);
    CHECK_STR(status(result_of(res), "R"), "pass");
    CHECK_STR(str(result_of(res), "verdict"), "smart");
    CHECK_STR(str(get(result_of(res), "extracted"), "means"), "by running an 'Amazon Cares' campaign");
    cJSON_Delete(res);
    res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"Cut shipping costs by 10% by the end of 2026\", "
                                      "\"objective_id\": \"o1\"}, \"plan\": {\"objectives\": [{\"id\": \"o1\", \"name\": "
                                      "\"Grow brand awareness on Instagram\"}]}}");
    CHECK_STR(status(result_of(res), "R"), "warn");
    cJSON_Delete(res);
    /* A blank plan's objective has no words yet: the goal's own reason decides, and no empty quote appears. */
    res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"Cut shipping costs by 10% by 2027 to keep prices low\", "
                                      "\"objective_id\": \"o1\"}, \"plan\": {\"objectives\": [{\"id\": \"o1\", \"name\": \"\"}]}}");
    CHECK_STR(status(result_of(res), "R"), "pass");
    {
        char *printed = cJSON_PrintUnformatted(result_of(res));
        CHECK(strstr(printed, "objective ''") == NULL);
        free(printed);
    }
    cJSON_Delete(res);
    res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"Cut shipping costs by 10%\", \"objective_id\": \"nope\"}, "
                                      "\"plan\": {\"objectives\": []}}");
    CHECK_STR(status(result_of(res), "R"), "warn");
    cJSON_Delete(res);
    /* Structured fields fill what the words leave out, and drive the rewrite. */
    res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"Increase monthly website visits by 25%\", \"baseline\": 15100,"
                                      " \"target\": 18875, \"deadline\": \"2026-12-31\", \"strategies\": [{\"name\": "
                                      "\"Publish weekly blog posts\"}]}, \"today\": \"2026-05-13\"}");
    const cJSON *r = result_of(res);
    check_shape(r);
    CHECK_STR(str(r, "verdict"), "smart");
    CHECK_STR(status(r, "R"), "pass");
    CHECK_STR(str(get(r, "extracted"), "deadline"), "2026-12-31");
    CHECK_NEAR(num(get(r, "extracted"), "from"), 15100, 0);
    CHECK_STR(str(r, "rewrite"), "Increase monthly website visits by 25% (15,100 \xE2\x86\x92 18,875) by 31 Dec 2026.");
    cJSON_Delete(res);
    res = call_json("smart.evaluate", "{\"goal\": {\"statement\": \"Increase sales\", \"deadline\": \"2026-01-31\"}, "
                                      "\"today\": \"2026-05-13\"}");
    CHECK_STR(status(result_of(res), "T"), "fail");
    cJSON_Delete(res);
}

static void test_wording(void)
{
    cJSON *res = evaluate("Incrase sales revenue by 20% by the end of the year.", NULL);
    CHECK_STR(str(result_of(res), "verdict"), "smart");
    CHECK(any_contains(get(get(get(result_of(res), "criteria"), "S"), "reasons"), "'Incrase' as 'increase'"));
    cJSON_Delete(res);
    res = evaluate("INCREASE SALES REVENUE BY 20% BY THE END OF THE YEAR.", "2026-05-13");
    CHECK_STR(str(result_of(res), "verdict"), "smart");
    CHECK_STR(str(result_of(res), "rewrite"), "Increase sales revenue by 20% by 31 Dec 2026.");
    cJSON_Delete(res);
    res = evaluate("\xF0\x9F\x9A\x80\xF0\x9F\x9A\x80 Increase Instagram followers by 10% by next summer \xF0\x9F\x9A\x80", "2026-05-13");
    CHECK_STR(str(result_of(res), "verdict"), "smart");
    CHECK_STR(str(get(result_of(res), "extracted"), "deadline"), "2026-08-31");
    cJSON_Delete(res);
    /* A vague wish gets a measurable stand-in, and a suggestion says it is an example. */
    res = evaluate("Grow our social media presence.", NULL);
    CHECK_STR(status(result_of(res), "S"), "fail");
    CHECK_STR(str(result_of(res), "rewrite"), "Grow social media followers by 10% within six months.");
    CHECK(any_contains(get(get(get(result_of(res), "criteria"), "M"), "suggestions"), "only an example"));
    cJSON_Delete(res);
    /* The same request gives the same bytes. */
    char *a = gp_call("smart.evaluate", "{\"goal\": {\"statement\": \"Boost blog traffic by 20% in six months.\"}}");
    char *b = gp_call("smart.evaluate", "{\"goal\": {\"statement\": \"Boost blog traffic by 20% in six months.\"}}");
    CHECK(a && b && strcmp(a, b) == 0);
    gp_free(a);
    gp_free(b);
}

int main(void)
{
    RUN(test_shape_and_rule);
    RUN(test_reasons_quote_the_student);
    RUN(test_empty_and_foreign);
    RUN(test_validation);
    RUN(test_today);
    RUN(test_amounts);
    RUN(test_attainable);
    RUN(test_relevant_and_structured);
    RUN(test_wording);
    return check_report();
}
