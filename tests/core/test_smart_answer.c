/* test_smart_answer.c - the two forms of a SMART answer give the same text.
 *
 * smart.evaluate writes its answer straight into the response; plan.summary
 * and the exports build it as a cJSON tree. For every smart.evaluate request
 * in the fixtures, and for goals chosen to need escapes, nulls and every
 * status, both forms of gp_smart_judge's answer must be the same bytes, and
 * gp_call's response must be that text in the envelope. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/json_write.h"
#include "plan_cases.h"
#include "smart/smart.h"

/* Judges the goal of REQUEST and checks both forms and gp_call's response. */
static void check_request(const cJSON *request, const char *name)
{
    const cJSON *goal = cJSON_GetObjectItemCaseSensitive(request, "goal");
    const cJSON *plan = cJSON_GetObjectItemCaseSensitive(request, "plan");
    const cJSON *today_item = cJSON_GetObjectItemCaseSensitive(request, "today");
    gp_day_t today = 0;
    bool has_today = cJSON_IsString(today_item) && gp_date_parse_iso(today_item->valuestring, &today);
    static gp_smart_answer_t a;
    gp_error_t err = {GP_OK, "", ""};
    if (!gp_smart_judge(goal, cJSON_IsObject(plan) ? plan : NULL, NULL, has_today, today, &a, &err)) return; /* an error case */

    cJSON *tree = gp_smart_answer_tree(&a);
    CHECK(tree != NULL);
    char *from_tree = gp_json_write(tree, NULL);
    gp_buf_t text = {0};
    gp_smart_answer_write(&a, &text);
    CHECK(!gp_buf_failed(&text));
    check_count++;
    if (!from_tree || strcmp(from_tree, gp_buf_text(&text)) != 0) {
        check_failures++;
        fprintf(stderr, "%s: the written answer differs from the tree's\n  tree: %s\n  text: %s\n", name,
                from_tree ? from_tree : "(null)", gp_buf_text(&text));
    }

    char *request_text = cJSON_PrintUnformatted(request);
    char *response = gp_call("smart.evaluate", request_text);
    gp_buf_t expected = {0};
    gp_buf_puts(&expected, "{\"ok\":true,\"result\":");
    gp_buf_puts(&expected, gp_buf_text(&text));
    gp_buf_puts(&expected, "}");
    check_count++;
    if (!response || strcmp(response, gp_buf_text(&expected)) != 0) {
        check_failures++;
        fprintf(stderr, "%s: gp_call's response is not the written answer in its envelope\n  %s\n", name,
                response ? response : "(null)");
    }
    gp_free(response);
    cJSON_free(request_text);
    gp_buf_free(&expected);
    gp_buf_free(&text);
    free(from_tree);
    cJSON_Delete(tree);
}

/* Every smart.evaluate request in tests/fixtures/FILE; returns how many. */
static int check_fixture(const char *file)
{
    cJSON *doc = read_fixture(file);
    CHECK(doc != NULL);
    int checked = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(doc, "cases")) {
        const cJSON *method = cJSON_GetObjectItemCaseSensitive(c, "method");
        const cJSON *request = cJSON_GetObjectItemCaseSensitive(c, "request");
        if (!cJSON_IsString(method) || strcmp(method->valuestring, "smart.evaluate") != 0) continue;
        if (!cJSON_IsObject(request) || !cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(request, "goal"))) continue;
        check_request(request, cJSON_GetObjectItemCaseSensitive(c, "name")->valuestring);
        checked++;
    }
    cJSON_Delete(doc);
    return checked;
}

static void test_fixture_requests(void)
{
    int checked = check_fixture("smart.json") + check_fixture("smart_hard.json");
    CHECK(checked >= 60);
    printf("fixture requests compared: %d\n", checked);
}

/* Goals whose answers hold what a plain copy would get wrong: quotes,
 * backslashes, control characters and non-ASCII text in the quoted words,
 * every field null, structured fields only, a foreign statement. */
static void test_awkward_goals(void)
{
    static const char *const requests[] = {
        "{\"goal\":{\"statement\":\"Increase \\\"Amazon Cares\\\" shares\\\\likes by 5%\\tby Q3\"},\"today\":\"2026-11-24\"}",
        "{\"goal\":{\"statement\":\"Grow caf\\u00e9 sales \\u2014 \\u20ac2.500 \\u2192 \\u20ac3.000 \\ud83d\\ude80 by 31/12/2027\\n\"},\"today\":\"2026-11-24\"}",
        "{\"goal\":{\"statement\":\"\"}}",
        "{\"goal\":{\"statement\":\"be the best\"}}",
        "{\"goal\":{\"statement\":\"\\u4eca\\u5e74\\u306e\\u58f2\\u4e0a\\u3092\\u4f38\\u3070\\u3059\"}}",
        "{\"goal\":{\"statement\":\"\",\"baseline\":1200,\"target\":1500,\"deadline\":\"2027-03-31\"},\"today\":\"2026-11-24\"}",
        "{\"goal\":{\"statement\":\"Do not lose more than 5% of subscribers this year by sending fewer emails\"},\"today\":\"2026-11-24\"}",
        "{\"goal\":{\"statement\":\"Reach 0.1% conversion and 1e21 visits by 2020\"},\"today\":\"2026-11-24\"}",
    };
    for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++) {
        cJSON *request = cJSON_Parse(requests[i]);
        CHECK(request != NULL);
        if (request) check_request(request, requests[i]);
        cJSON_Delete(request);
    }
}

int main(void)
{
    RUN(test_fixture_requests);
    RUN(test_awkward_goals);
    return check_report();
}
