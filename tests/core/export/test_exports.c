/* test_exports.c - plan.export_csv and plan.export_markdown: what the files
 * say, RFC 4180 quoting, formula and Markdown injection, and the round trip
 * export -> csv.measurements. */
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "export/csv.h"
#include "base/textbuf.h"

/* A plan with text that needs quoting, formula characters and Markdown
 * syntax; measurements given out of date order. */
static const char *const plan_json =
    "{\"schema\":1,\"id\":\"p1\",\"name\":\"@Robin's plan, 2026\",\"organisation\":\"Robin's Tweezer Co.\","
    "\"description\":\"Spring *push*\","
    "\"objectives\":[{\"id\":\"o1\",\"name\":\"Grow repeat sales\",\"description\":\"Customers come back\"}],"
    "\"goals\":["
    "{\"id\":\"g1\",\"statement\":\"Increase sales revenue from $1,000 to $1,200 by 31 December 2026 to fund the "
    "spring range\",\"objective_id\":\"o1\",\"kpi_id\":\"k1\",\"baseline\":1000,\"target\":1200,\"unit\":\"USD\","
    "\"start\":\"2026-01-01\",\"deadline\":\"2026-12-31\",\"strategies\":[{\"id\":\"s1\",\"name\":\"Encourage repeat "
    "purchases\",\"tactics\":[{\"id\":\"t1\",\"name\":\"Email a coupon code\",\"channel\":\"email\",\"owner\":\"Robin\","
    "\"start\":\"2026-02-01\",\"end\":\"2026-08-31\",\"status\":\"active\",\"kpi_ids\":[\"k1\"]}]}]},"
    "{\"id\":\"g2\",\"statement\":\"=HYPERLINK(\\\"http://example.test\\\") raise visits\",\"objective_id\":\"o1\","
    "\"kpi_id\":\"k2\",\"baseline\":500,\"target\":800,\"start\":\"2026-01-01\",\"deadline\":\"2026-12-31\"},"
    "{\"id\":\"g3\",\"statement\":\"# Heading\\n<script>alert(1)</script> [x](javascript:alert(1)) | *b* _i_ `c` "
    "\\\\ & ~s~ !img\",\"kpi_id\":\"k2\",\"baseline\":500,\"target\":900,\"start\":\"2026-01-01\","
    "\"deadline\":\"2026-12-31\"}],"
    "\"kpis\":["
    "{\"id\":\"k1\",\"name\":\"Sales revenue\",\"channel\":\"sales\",\"unit\":\"currency\",\"currency\":\"USD\","
    "\"measurements\":[{\"date\":\"2026-03-01\",\"value\":1100.5,\"note\":\"after, \\\"promo\\\"\"},"
    "{\"date\":\"2026-02-01\",\"value\":1050,\"note\":\"-refund noted\"},"
    "{\"date\":\"2026-04-01\",\"value\":1180,\"note\":\"line1\\nline2\"}]},"
    "{\"id\":\"k2\",\"name\":\"Total visits | web\",\"channel\":\"web\",\"unit\":\"count\","
    "\"measurements\":[{\"date\":\"2026-01-15\",\"value\":520,\"note\":\"@mention\"},"
    "{\"date\":\"2026-03-15\",\"value\":610,\"note\":\"+plus\"}]}]}";

static const char *const today = "2026-05-01";

static char *request_for(const char *plan)
{
    gp_buf_t b = {0};
    gp_buf_printf(&b, "{\"plan\":%s,\"today\":\"%s\"}", plan, today);
    return b.data; /* the caller frees it */
}

static const char *result_text(const cJSON *response, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(result_of(response), key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static gp_csv_t parse_csv(const char *text)
{
    gp_csv_t csv;
    gp_error_t err = {GP_OK, "", ""};
    gp_csv_options_t options = {',', 0};
    CHECK(text && gp_csv_parse(text, strlen(text), &options, "", &csv, &err));
    return csv;
}

static void report_error(const cJSON *r)
{
    if (!result_of(r)) {
        char *text = cJSON_PrintUnformatted(r);
        fprintf(stderr, "  call failed: %s\n", text);
        free(text);
    }
}

/* ---- measurements CSV ---------------------------------------------------------- */

static void test_measurements_csv(void)
{
    char *request = request_for(plan_json);
    cJSON *r = call_json("plan.export_csv", request);
    report_error(r);
    const char *text = result_text(r, "measurements_csv");
    CHECK(text != NULL);
    if (!text) goto done;
    CHECK(strncmp(text, "plan,goal,kpi,date,value,unit,note\r\n", 36) == 0);
    CHECK(strlen(text) > 2 && strcmp(text + strlen(text) - 2, "\r\n") == 0);
    gp_csv_t csv = parse_csv(text);
    CHECK(csv.record_count == 6); /* header + 3 + 2 */
    /* KPI k1 first, in date order although given out of order. */
    const char *dates[] = {"2026-02-01", "2026-03-01", "2026-04-01", "2026-01-15", "2026-03-15"};
    const char *values[] = {"1050", "1100.5", "1180", "520", "610"};
    const char *notes[] = {"'-refund noted", "after, \"promo\"", "line1\nline2", "'@mention", "'+plus"};
    for (size_t i = 0; i < 5 && i + 1 < csv.record_count; i++) {
        CHECK_STR(gp_csv_field(&csv, i + 1, 0), "'@Robin's plan, 2026");
        CHECK_STR(gp_csv_field(&csv, i + 1, 3), dates[i]);
        CHECK_STR(gp_csv_field(&csv, i + 1, 4), values[i]);
        CHECK_STR(gp_csv_field(&csv, i + 1, 5), i < 3 ? "USD" : "count");
        CHECK_STR(gp_csv_field(&csv, i + 1, 6), notes[i]);
    }
    CHECK_STR(gp_csv_field(&csv, 1, 2), "Sales revenue");
    CHECK_STR(gp_csv_field(&csv, 1, 1),
              "Increase sales revenue from $1,000 to $1,200 by 31 December 2026 to fund the spring range");
    /* Both goals on k2, joined; the first starts with '=' so the cell is
     * neutralised as a whole. */
    const char *joined = gp_csv_field(&csv, 4, 1);
    const char *expected = "'=HYPERLINK(\"http://example.test\") raise visits; # Heading\n<script>";
    CHECK(strncmp(joined, expected, strlen(expected)) == 0);
    CHECK_STR(gp_csv_field(&csv, 4, 2), "Total visits | web");
    gp_csv_free(&csv);
    /* The quoted note is written with doubled quotes. */
    CHECK(strstr(text, ",\"after, \"\"promo\"\"\"\r\n") != NULL);
done:
    cJSON_Delete(r);
    free(request);
}

/* ---- goals CSV ------------------------------------------------------------------- */

static bool one_of(const char *s, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (strcmp(s, words[i]) == 0) return true;
    return false;
}

static void test_goals_csv(void)
{
    static const char *const checks[] = {"pass", "warn", "fail", NULL};
    static const char *const verdicts[] = {"smart", "not_smart", NULL};
    char *request = request_for(plan_json);
    cJSON *r = call_json("plan.export_csv", request);
    report_error(r);
    gp_csv_t csv = parse_csv(result_text(r, "goals_csv"));
    CHECK(csv.record_count == 4);
    const char *header[] = {"statement", "verdict", "S",        "M",      "A",           "R",
                            "T",         "baseline", "target", "deadline", "status", "progress_pct"};
    for (size_t i = 0; i < 12; i++) CHECK_STR(gp_csv_field(&csv, 0, i), header[i]);
    for (size_t g = 1; g < csv.record_count; g++) {
        CHECK(one_of(gp_csv_field(&csv, g, 1), verdicts));
        for (size_t letter = 2; letter <= 6; letter++) CHECK(one_of(gp_csv_field(&csv, g, letter), checks));
        CHECK_STR(gp_csv_field(&csv, g, 9), "2026-12-31");
    }
    CHECK_STR(gp_csv_field(&csv, 2, 0), "'=HYPERLINK(\"http://example.test\") raise visits");
    CHECK_STR(gp_csv_field(&csv, 1, 7), "1000");
    CHECK_STR(gp_csv_field(&csv, 1, 8), "1200");
    /* Level KPI at 1180 on the way from 1000 to 1200: 90% of the way. */
    CHECK_NEAR(strtod(gp_csv_field(&csv, 1, 11), NULL), 90, 1e-9);
    /* Visits at 610 from 500 towards 800 and towards 900. */
    CHECK_NEAR(strtod(gp_csv_field(&csv, 2, 11), NULL), 110.0 / 3, 1e-6);
    CHECK_NEAR(strtod(gp_csv_field(&csv, 3, 11), NULL), 27.5, 1e-9);

    /* The status column agrees with goal.progress for the same goal. */
    cJSON *plan = cJSON_Parse(plan_json);
    const cJSON *goal = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(plan, "goals"), 0);
    const cJSON *kpi = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(plan, "kpis"), 0);
    cJSON *progress_request = cJSON_CreateObject();
    cJSON_AddItemToObject(progress_request, "goal", cJSON_Duplicate(goal, true));
    cJSON_AddItemToObject(progress_request, "kpi", cJSON_Duplicate(kpi, true));
    cJSON_AddStringToObject(progress_request, "today", today);
    char *text = cJSON_PrintUnformatted(progress_request);
    cJSON *progress = call_json("goal.progress", text);
    const cJSON *status = cJSON_GetObjectItemCaseSensitive(result_of(progress), "status");
    CHECK(cJSON_IsString(status) && strcmp(gp_csv_field(&csv, 1, 10), status->valuestring) == 0);
    cJSON_Delete(progress);
    free(text);
    cJSON_Delete(progress_request);
    cJSON_Delete(plan);
    gp_csv_free(&csv);
    cJSON_Delete(r);
    free(request);
}

/* ---- the round trip -------------------------------------------------------------- */

static void test_round_trip_through_csv_measurements(void)
{
    char *request = request_for(plan_json);
    cJSON *r = call_json("plan.export_csv", request);
    const char *text = result_text(r, "measurements_csv");
    cJSON *import_request = cJSON_CreateObject();
    cJSON_AddStringToObject(import_request, "text", text ? text : "");
    char *import_text = cJSON_PrintUnformatted(import_request);
    cJSON *imported = call_json("csv.measurements", import_text);
    report_error(imported);
    const cJSON *result = result_of(imported);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "date_column")->valueint == 3);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "value_column")->valueint == 4);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "note_column")->valueint == 6);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "kpi_column")->valueint == 2);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "skipped_count")->valueint == 0);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(result, "measurements");
    CHECK(cJSON_GetArraySize(list) == 5);

    /* Every measurement of the plan comes back with its date, value, note
     * and KPI name. */
    cJSON *plan = cJSON_Parse(plan_json);
    int found = 0;
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, cJSON_GetObjectItemCaseSensitive(plan, "kpis")) {
        const char *name = cJSON_GetObjectItemCaseSensitive(kpi, "name")->valuestring;
        const cJSON *m;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(kpi, "measurements")) {
            const char *date = cJSON_GetObjectItemCaseSensitive(m, "date")->valuestring;
            const cJSON *back;
            cJSON_ArrayForEach(back, list) {
                if (strcmp(cJSON_GetObjectItemCaseSensitive(back, "date")->valuestring, date) == 0 &&
                    strcmp(cJSON_GetObjectItemCaseSensitive(back, "kpi")->valuestring, name) == 0 &&
                    cJSON_GetObjectItemCaseSensitive(back, "value")->valuedouble ==
                        cJSON_GetObjectItemCaseSensitive(m, "value")->valuedouble &&
                    strcmp(cJSON_GetObjectItemCaseSensitive(back, "note")->valuestring,
                           cJSON_GetObjectItemCaseSensitive(m, "note")->valuestring) == 0)
                    found++;
            }
        }
    }
    CHECK(found == 5);
    cJSON_Delete(plan);
    cJSON_Delete(imported);
    free(import_text);
    cJSON_Delete(import_request);
    cJSON_Delete(r);
    free(request);
}

static void test_round_trip_keeps_awkward_values(void)
{
    /* Values whose shortest text needs 17 digits, tiny and large ones, and
     * negative cumulative entries (refunds). (Not 0.1 + 0.2: cJSON prints a
     * number with 15 digits when that reads back within an epsilon of it,
     * so it leaves gp_call as 0.3 whatever the exporter does.) */
    const double values[] = {2.0 / 3, 1e-7, 123456789012.5, -42.25, 1.0 / 3, 999999999999999};
    gp_buf_t plan = {0};
    gp_buf_puts(&plan, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"kpis\":[{\"id\":\"k\",\"name\":\"Refunds\","
                       "\"aggregation\":\"cumulative\",\"measurements\":[");
    for (int i = 0; i < 6; i++) gp_buf_printf(&plan, "%s{\"date\":\"2026-01-%02d\",\"value\":%.17g}", i ? "," : "", i + 1, values[i]);
    gp_buf_puts(&plan, "]}]}");
    char *request = request_for(gp_buf_text(&plan));
    cJSON *r = call_json("plan.export_csv", request);
    report_error(r);
    cJSON *import_request = cJSON_CreateObject();
    const char *text = result_text(r, "measurements_csv");
    cJSON_AddStringToObject(import_request, "text", text ? text : "");
    char *import_text = cJSON_PrintUnformatted(import_request);
    cJSON *imported = call_json("csv.measurements", import_text);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(result_of(imported), "measurements");
    CHECK(cJSON_GetArraySize(list) == 6);
    for (int i = 0; i < 6; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(list, i), "value");
        CHECK(cJSON_IsNumber(v) && v->valuedouble == values[i]);
    }
    cJSON_Delete(imported);
    free(import_text);
    cJSON_Delete(import_request);
    cJSON_Delete(r);
    free(request);
    gp_buf_free(&plan);
}

/* ---- Markdown ---------------------------------------------------------------------- */

/* Every line starts with structure the exporter wrote, never user text. */
static bool line_starts_are_ours(const char *md)
{
    static const char *const starts[] = {"# Marketing plan: ", "## ", "### Goal ", "**", "- **", "- Strategy: ",
                                         "  - Tactic: ", "| ", "No ", NULL};
    for (const char *line = md; *line;) {
        const char *end = strchr(line, '\n');
        if (!end) end = line + strlen(line);
        if (end > line) {
            bool ours = false;
            for (int i = 0; starts[i] && !ours; i++) ours = strncmp(line, starts[i], strlen(starts[i])) == 0;
            if (!ours) {
                fprintf(stderr, "  line not ours: %.*s\n", (int)(end - line), line);
                return false;
            }
        }
        line = *end ? end + 1 : end;
    }
    return true;
}

static int count_lines_starting(const char *md, const char *prefix)
{
    int n = 0;
    size_t len = strlen(prefix);
    for (const char *line = md; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
        if (strncmp(line, prefix, len) == 0) n++;
    return n;
}

static void test_markdown_report(void)
{
    char *request = request_for(plan_json);
    cJSON *r = call_json("plan.export_markdown", request);
    report_error(r);
    const char *md = result_text(r, "markdown");
    CHECK(md != NULL);
    if (!md) goto done;
    CHECK(strncmp(md, "# Marketing plan: @Robin's plan, 2026\n", 38) == 0);
    CHECK(strstr(md, "**Organisation:** Robin's Tweezer Co.") != NULL);
    CHECK(strstr(md, "**Date:** 1 May 2026") != NULL);
    CHECK(strstr(md, "**About this plan:** Spring \\*push\\*") != NULL);
    CHECK(strstr(md, "- **Grow repeat sales**: Customers come back") != NULL);
    CHECK(count_lines_starting(md, "### Goal ") == 3);
    CHECK(count_lines_starting(md, "# ") == 1);
    CHECK(count_lines_starting(md, "## ") == 3);
    CHECK(strstr(md, "- **Numbers:** from 1000 to 1200 USD by 31 Dec 2026") != NULL);
    CHECK(strstr(md, "- Strategy: Encourage repeat purchases\n  - Tactic: Email a coupon code; channel: email; owner: "
                     "Robin; status: active; from 1 Feb 2026 to 31 Aug 2026\n") != NULL);
    CHECK(strstr(md, "| S (Specific) | ") != NULL && strstr(md, "| T (Time-bound) | ") != NULL);
    CHECK(strstr(md, "(progress 90%)") != NULL);
    /* Latest values: 1180 on 1 Apr 2026 (3 measurements); 610 on 15 Mar. */
    CHECK(strstr(md, "| Sales revenue | sales | USD | 1180 | 1 Apr 2026 | 3 |") != NULL);
    CHECK(strstr(md, "| Total visits \\| web | web | count | 610 | 15 Mar 2026 | 2 |") != NULL);
    /* User text cannot add structure. */
    CHECK(line_starts_are_ours(md));
    CHECK(strstr(md, "<script>") == NULL);
    CHECK(strstr(md, "### Goal 3: \\# Heading \\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\) "
                     "\\| \\*b\\* \\_i\\_ \\`c\\` \\\\ \\& \\~s\\~ \\!img\n") != NULL);
done:
    cJSON_Delete(r);
    free(request);
}

static void test_markdown_of_an_empty_plan(void)
{
    char *request = request_for("{\"schema\":1,\"id\":\"p\",\"name\":\"Empty\"}");
    cJSON *r = call_json("plan.export_markdown", request);
    report_error(r);
    const char *md = result_text(r, "markdown");
    CHECK(md && strstr(md, "No objectives yet.") && strstr(md, "No goals yet.") && strstr(md, "No KPIs yet."));
    CHECK(md && line_starts_are_ours(md));
    cJSON_Delete(r);
    free(request);
    request = request_for("{\"schema\":1,\"id\":\"p\",\"name\":\"Empty\"}");
    r = call_json("plan.export_csv", request);
    CHECK_STR(result_text(r, "measurements_csv"), "plan,goal,kpi,date,value,unit,note\r\n");
    CHECK_STR(result_text(r, "goals_csv"),
              "statement,verdict,S,M,A,R,T,baseline,target,deadline,status,progress_pct\r\n");
    cJSON_Delete(r);
    free(request);
}

/* ---- errors ------------------------------------------------------------------------ */

static void test_export_errors(void)
{
    const char *methods[] = {"plan.export_csv", "plan.export_markdown"};
    for (int i = 0; i < 2; i++) {
        cJSON *r = call_json(methods[i], "{\"today\":\"2026-05-01\"}");
        CHECK_STR(error_code(r), "missing_field");
        CHECK_STR(error_path(r), "plan");
        cJSON_Delete(r);
        r = call_json(methods[i], "{\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"P\"}}");
        CHECK_STR(error_code(r), "missing_field");
        CHECK_STR(error_path(r), "today");
        cJSON_Delete(r);
        r = call_json(methods[i], "{\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"P\"},\"today\":\"2026-02-30\"}");
        CHECK_STR(error_code(r), "invalid_date");
        cJSON_Delete(r);
        r = call_json(methods[i], "{\"plan\":{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"goals\":[{\"id\":\"g\","
                                  "\"statement\":\"x\",\"kpi_id\":\"nope\"}]},\"today\":\"2026-05-01\"}");
        CHECK_STR(error_code(r), "dangling_reference");
        CHECK_STR(error_path(r), "plan.goals[0].kpi_id");
        cJSON_Delete(r);
        r = call_json(methods[i], "{\"plan\":[],\"today\":\"2026-05-01\"}");
        CHECK_STR(error_code(r), "wrong_type");
        cJSON_Delete(r);
    }
}

int main(void)
{
    RUN(test_measurements_csv);
    RUN(test_goals_csv);
    RUN(test_round_trip_through_csv_measurements);
    RUN(test_round_trip_keeps_awkward_values);
    RUN(test_markdown_report);
    RUN(test_markdown_of_an_empty_plan);
    RUN(test_export_errors);
    return check_report();
}
