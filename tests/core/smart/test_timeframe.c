/* test_timeframe.c - date.parse: ISO dates, written dates and the relative
 * and fuzzy phrases students use, resolved against a fixed today. The
 * expected dates are worked out by hand from the conventions in
 * timeframe.h (today is Wednesday 13 May 2026 unless a case says so). */
#include <stdio.h>
#include <string.h>

#include "call.h"
#include "check.h"

typedef struct {
    const char *text, *today, *date, *kind, *phrase;
} parse_case_t;

static const parse_case_t cases[] = {
    {"2026-12-31", NULL, "2026-12-31", "exact", "2026-12-31"},
    {"by the end of 2021", NULL, "2021-12-31", "exact", "by the end of 2021"},
    {"by December 31, 2019", NULL, "2019-12-31", "exact", "by December 31, 2019"},
    {"31/12/2026", NULL, "2026-12-31", "exact", "31/12/2026"},
    {"12/31/2026", NULL, "2026-12-31", "exact", "12/31/2026"},
    {"04/05/2026", NULL, "2026-05-04", "exact", "04/05/2026"}, /* day first when ambiguous */
    {"31.12.2026", NULL, "2026-12-31", "exact", "31.12.2026"},
    {"by end of Q4 2026", NULL, "2026-12-31", "exact", "by end of Q4 2026"},
    {"in Q1 of 2023", NULL, "2023-03-31", "exact", "in Q1 of 2023"},
    {"Create a plan to increase website traffic by 10% in Q4 2022.", NULL, "2022-12-31", "exact", "in Q4 2022"},
    {"no later than 1st of June 2027", NULL, "2027-06-01", "exact", "no later than 1st of June 2027"},
    {"FY26", NULL, "2026-12-31", "exact", "FY26"},
    {"in 2025", NULL, "2025-12-31", "exact", "in 2025"},
    {"by 29 February 2028", NULL, "2028-02-29", "exact", "by 29 February 2028"},
    {"by the end of Q4 (December 31, 2019), starting now (September 1, 2019)", NULL, "2019-12-31", "exact",
     "by the end of Q4 (December 31, 2019)"},
    /* relative to today */
    {"by Q3", "2026-05-13", "2026-09-30", "relative", "by Q3"},
    {"by Q1", "2026-05-13", "2027-03-31", "relative", "by Q1"}, /* this year's Q1 is over */
    {"this time next year", "2026-05-13", "2027-05-13", "relative", "this time next year"},
    {"this time next year", "2028-02-29", "2029-02-28", "relative", "this time next year"},
    {"within 6 months", "2026-08-31", "2027-02-28", "relative", "within 6 months"},
    {"within six months", "2026-05-13", "2026-11-13", "relative", "within six months"},
    {"in the next 90 days", "2026-05-13", "2026-08-11", "relative", "in the next 90 days"},
    {"for the next eight weeks", "2026-05-13", "2026-07-08", "relative", "for the next eight weeks"},
    {"within a year", "2026-05-13", "2027-05-13", "relative", "within a year"},
    {"by next summer", "2026-05-13", "2026-08-31", "relative", "by next summer"},
    {"by next summer", "2026-07-01", "2027-08-31", "relative", "by next summer"},
    {"through the month of August", "2026-05-13", "2026-08-31", "relative", "through the month of August"},
    {"this quarter", "2026-05-13", "2026-06-30", "relative", "this quarter"},
    {"next quarter", "2026-11-20", "2027-03-31", "relative", "next quarter"},
    {"this year", "2026-05-13", "2026-12-31", "relative", "this year"},
    {"end of the year", "2026-05-13", "2026-12-31", "relative", "end of the year"},
    {"by year-end", "2026-05-13", "2026-12-31", "relative", "by year-end"},
    {"by the end of the fiscal year", "2026-05-13", "2026-12-31", "relative", "by the end of the fiscal year"},
    {"by Friday", "2026-05-13", "2026-05-15", "relative", "by Friday"},
    {"by Wednesday", "2026-05-13", "2026-05-13", "relative", "by Wednesday"},
    {"next Friday", "2026-05-13", "2026-05-22", "relative", "next Friday"},
    {"at the end of the week", "2026-05-13", "2026-05-17", "relative", "at the end of the week"},
    {"by June 1", "2026-05-13", "2026-06-01", "relative", "by June 1"},
    {"by June 1", "2026-06-02", "2027-06-01", "relative", "by June 1"},
    {"by December 31st", "2026-05-13", "2026-12-31", "relative", "by December 31st"},
    {"by May", "2026-05-13", "2026-05-31", "relative", "by May"},
    {"in the 4th quarter", "2026-05-13", "2026-12-31", "relative", "in the 4th quarter"},
    {"by the start of next month", "2026-05-13", "2026-06-01", "relative", "by the start of next month"},
    {"by Christmas", "2026-12-26", "2027-12-25", "relative", "by Christmas"},
    {"tomorrow", "2026-12-31", "2027-01-01", "relative", "tomorrow"},
    {"by H2", "2026-05-13", "2026-12-31", "relative", "by H2"},
    /* no date */
    {"by June 1", NULL, NULL, "relative", "by June 1"},
    {"within 6 months", NULL, NULL, "relative", "within 6 months"},
    {"within the first week of launch", "2026-05-13", NULL, "event", "within the first week of launch"},
    {"at the next annual conference", NULL, NULL, "event", "at the next annual conference"},
    {"monthly", "2026-05-13", NULL, "rate", "monthly"},
    {"per month", NULL, NULL, "rate", "per month"},
    {"three times a week", NULL, NULL, "rate", "a week"},
    {"we may grow our list", "2026-05-13", NULL, "none", NULL},
    {"increase sales by 20%", "2026-05-13", NULL, "none", NULL},
    {"by 2026-02-30", NULL, NULL, "none", NULL}, /* not a date */
    {"", NULL, NULL, "none", NULL},
};

static void test_cases(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const parse_case_t *c = &cases[i];
        cJSON *req = cJSON_CreateObject();
        cJSON_AddStringToObject(req, "text", c->text);
        if (c->today) cJSON_AddStringToObject(req, "today", c->today);
        char *body = cJSON_PrintUnformatted(req);
        cJSON *res = call_json("date.parse", body);
        const cJSON *r = result_of(res);
        CHECK(r != NULL);
        if (r) {
            const cJSON *date = cJSON_GetObjectItemCaseSensitive(r, "date");
            const cJSON *kind = cJSON_GetObjectItemCaseSensitive(r, "kind");
            const cJSON *text = cJSON_GetObjectItemCaseSensitive(r, "text");
            int before = check_failures;
            if (c->date) CHECK_STR(cJSON_IsString(date) ? date->valuestring : NULL, c->date);
            else CHECK(cJSON_IsNull(date));
            CHECK_STR(cJSON_IsString(kind) ? kind->valuestring : NULL, c->kind);
            if (c->phrase) CHECK_STR(cJSON_IsString(text) ? text->valuestring : NULL, c->phrase);
            else CHECK(cJSON_IsNull(text));
            if (check_failures != before) fprintf(stderr, "  case: '%s' today %s\n", c->text, c->today ? c->today : "-");
        }
        cJSON_Delete(res);
        free(body);
        cJSON_Delete(req);
    }
}

static void test_errors(void)
{
    cJSON *res = call_json("date.parse", "{}");
    CHECK_STR(error_code(res), "missing_field");
    CHECK_STR(error_path(res), "text");
    cJSON_Delete(res);
    res = call_json("date.parse", "{\"text\": 5}");
    CHECK_STR(error_code(res), "wrong_type");
    cJSON_Delete(res);
    res = call_json("date.parse", "{\"text\": \"by June\", \"today\": \"2026-13-01\"}");
    CHECK_STR(error_code(res), "invalid_date");
    CHECK_STR(error_path(res), "today");
    cJSON_Delete(res);
}

/* Every day of a leap and a common year, written three ways, comes back as
 * itself: the written forms go through the same calendar as the ISO one. */
static void test_every_day(void)
{
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int bad = 0;
    for (int year = 2027; year <= 2028; year++) {
        for (int m = 1; m <= 12; m++) {
            int last = days[m - 1] - (m == 2 && year % 4 != 0);
            for (int d = 1; d <= last; d++) {
                char text[64], want[32], req[128];
                snprintf(want, sizeof want, "%04d-%02d-%02d", year, m, d);
                const char *forms[3] = {"by %s %d, %d", "%d/%d/%d", "%d %s %d"};
                for (int f = 0; f < 3; f++) {
                    if (f == 0) snprintf(text, sizeof text, forms[0], months[m - 1], d, year);
                    else if (f == 1) snprintf(text, sizeof text, "%d/%d/%d", m, d, year);
                    else snprintf(text, sizeof text, "%d %s %d", d, months[m - 1], year);
                    if (f == 1 && d <= 12) continue; /* ambiguous: read day first */
                    snprintf(req, sizeof req, "{\"text\":\"%s\"}", text);
                    cJSON *res = call_json("date.parse", req);
                    const cJSON *date = cJSON_GetObjectItemCaseSensitive(result_of(res), "date");
                    if (!cJSON_IsString(date) || strcmp(date->valuestring, want) != 0) {
                        if (bad++ < 5) fprintf(stderr, "  '%s' -> %s, want %s\n", text,
                                               cJSON_IsString(date) ? date->valuestring : "null", want);
                    }
                    cJSON_Delete(res);
                }
            }
        }
    }
    CHECK(bad == 0);
}

int main(void)
{
    RUN(test_cases);
    RUN(test_errors);
    RUN(test_every_day);
    return check_report();
}
