/* test_limits.c - every documented limit of core/src/base/gp_limits.h that a plan
 * or a CSV import can reach, at the limit (accepted) and one past it
 * (refused with the limit's own error code and the field's path). The
 * request size and nesting depth limits are tested in test_api.c. */
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/gp_limits.h"
#include "base/textbuf.h"

/* The million-measurement cases take seconds natively and most of an hour
 * under valgrind; there they are left out (the smaller cases run the same
 * code), everywhere else they run. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND() (RUNNING_ON_VALGRIND != 0)
#endif
#endif
#ifndef UNDER_VALGRIND
#define UNDER_VALGRIND() false
#endif

/* N copies of the UTF-8 character CH (one or more bytes) as JSON text. */
static void repeat(gp_buf_t *b, const char *ch, int n)
{
    for (int i = 0; i < n; i++) gp_buf_puts(b, ch);
}

/* The response of plan.validate on a plan built by BUILD(b, n), as text
 * (the caller frees with gp_free). */
static char *validate(void (*build)(gp_buf_t *, int), int n)
{
    gp_buf_t b = {0};
    gp_buf_puts(&b, "{\"plan\":");
    build(&b, n);
    gp_buf_puts(&b, "}");
    CHECK(!gp_buf_failed(&b));
    char *response = gp_call("plan.validate", gp_buf_text(&b));
    gp_buf_free(&b);
    return response;
}

/* At N the plan is valid; at N + 1 it fails with CODE at PATH. Accepted
 * responses can be tens of megabytes, so they are checked as text (an ok
 * response starts {"ok":true) rather than parsed again: the suite also
 * runs under valgrind. */
static void at_and_past(void (*build)(gp_buf_t *, int), int n, const char *code, const char *path)
{
    char *text = validate(build, n);
    bool accepted = text && strncmp(text, "{\"ok\":true,", 11) == 0;
    CHECK(accepted);
    if (!accepted) fprintf(stderr, "  at the limit (%d) refused: %.300s\n", n, text ? text : "(null)");
    gp_free(text);
    text = validate(build, n + 1);
    cJSON *r = cJSON_Parse(text);
    CHECK_STR(error_code(r), code);
    CHECK_STR(error_path(r), path);
    cJSON_Delete(r);
    gp_free(text);
}

/* ---- plans that reach one limit each -------------------------------------------- */

static void plan_with_id_chars(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"goals\":[{\"id\":\"");
    repeat(b, "g", n);
    gp_buf_puts(b, "\",\"statement\":\"Grow\"}]}");
}

static void plan_with_name_chars(gp_buf_t *b, int n)
{
    /* Characters, not bytes: each is two bytes in UTF-8. */
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"");
    repeat(b, "\xC3\xA9", n);
    gp_buf_puts(b, "\"}");
}

static void plan_with_statement_chars(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"goals\":[{\"id\":\"g\",\"statement\":\"");
    repeat(b, "\xF0\x9F\x8E\xAF", n); /* four bytes each */
    gp_buf_puts(b, "\"}]}");
}

static void plan_with_note_chars(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"kpis\":[{\"id\":\"k\",\"name\":\"Visits\","
                   "\"measurements\":[{\"date\":\"2026-01-01\",\"value\":1,\"note\":\"");
    repeat(b, "n", n);
    gp_buf_puts(b, "\"}]}]}");
}

static void plan_with_goals(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"goals\":[");
    for (int i = 0; i < n; i++) gp_buf_printf(b, "%s{\"id\":\"g%d\",\"statement\":\"Goal %d\"}", i ? "," : "", i, i);
    gp_buf_puts(b, "]}");
}

static void plan_with_tactics(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"goals\":[{\"id\":\"g\",\"statement\":\"Grow\","
                   "\"strategies\":[{\"id\":\"s\",\"tactics\":[");
    for (int i = 0; i < n; i++) gp_buf_printf(b, "%s{\"id\":\"t%d\"}", i ? "," : "", i);
    gp_buf_puts(b, "]}]}]}");
}

static void plan_with_measurements(gp_buf_t *b, int n)
{
    gp_buf_puts(b, "{\"schema\":1,\"id\":\"p\",\"name\":\"P\",\"kpis\":[{\"id\":\"k\",\"name\":\"Visits\","
                   "\"measurements\":[");
    for (int i = 0; i < n; i++) gp_buf_puts(b, i ? ",{\"date\":\"2026-01-01\",\"value\":1}" : "{\"date\":\"2026-01-01\",\"value\":1}");
    gp_buf_puts(b, "]}]}");
}

static void test_id_length(void) { at_and_past(plan_with_id_chars, GP_MAX_ID_CHARS, "invalid_id", "goals[0].id"); }

static void test_name_length(void) { at_and_past(plan_with_name_chars, GP_MAX_NAME_CHARS, "text_too_long", "name"); }

static void test_text_length(void)
{
    at_and_past(plan_with_statement_chars, GP_MAX_TEXT_CHARS, "text_too_long", "goals[0].statement");
}

static void test_note_length(void)
{
    at_and_past(plan_with_note_chars, GP_MAX_NOTE_CHARS, "text_too_long", "kpis[0].measurements[0].note");
}

static void test_items(void)
{
    at_and_past(plan_with_goals, GP_MAX_ITEMS, "too_many_items", "goals");
    at_and_past(plan_with_tactics, GP_MAX_ITEMS, "too_many_items", "goals[0].strategies[0].tactics");
}

static void test_measurements_per_kpi(void)
{
    if (UNDER_VALGRIND()) {
        printf("     (a million measurements: left out under valgrind)\n");
        return;
    }
    at_and_past(plan_with_measurements, GP_MAX_MEASUREMENTS, "too_many_measurements", "kpis[0].measurements");
}

/* ---- the same limits on a CSV import -------------------------------------------- */

static char *import_rows(int rows)
{
    gp_buf_t b = {0};
    gp_buf_puts(&b, "{\"text\":\"date,value\\n");
    for (int i = 0; i < rows; i++) gp_buf_puts(&b, "2026-01-01,1\\n");
    gp_buf_puts(&b, "\"}");
    char *response = gp_call("csv.measurements", gp_buf_text(&b));
    gp_buf_free(&b);
    return response;
}

/* Counts PART in TEXT by stepping through it once: strstr in a loop would
 * re-measure the 40 MB text on every call under ASan. */
static size_t occurrences(const char *text, const char *part)
{
    size_t n = 0, len = strlen(part), size = strlen(text);
    for (size_t i = 0; i + len <= size; i++)
        if (text[i] == part[0] && memcmp(text + i, part, len) == 0) {
            n++;
            i += len - 1;
        }
    return n;
}

static void test_csv_rows(void)
{
    if (UNDER_VALGRIND()) {
        printf("     (a million rows: left out under valgrind)\n");
        return;
    }
    char *text = import_rows(GP_MAX_MEASUREMENTS);
    CHECK(text && strncmp(text, "{\"ok\":true,", 11) == 0);
    CHECK(text && occurrences(text, "{\"date\":\"2026-01-01\",\"value\":1,") == GP_MAX_MEASUREMENTS);
    gp_free(text);
    text = import_rows(GP_MAX_MEASUREMENTS + 1);
    cJSON *r = cJSON_Parse(text);
    gp_free(text);
    CHECK_STR(error_code(r), "too_many_measurements");
    CHECK_STR(error_path(r), "text");
    cJSON_Delete(r);
}

static cJSON *import_columns(int columns)
{
    gp_buf_t b = {0};
    gp_buf_puts(&b, "{\"text\":\"date,value");
    for (int i = 2; i < columns; i++) gp_buf_printf(&b, ",c%d", i);
    gp_buf_puts(&b, "\\n2026-01-01,1\\n\"}");
    cJSON *r = call_json("csv.measurements", gp_buf_text(&b));
    gp_buf_free(&b);
    return r;
}

static void test_csv_columns(void)
{
    cJSON *r = import_columns(GP_MAX_ITEMS);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(result_of(r), "columns")) == GP_MAX_ITEMS);
    cJSON_Delete(r);
    r = import_columns(GP_MAX_ITEMS + 1);
    CHECK_STR(error_code(r), "too_many_items");
    CHECK_STR(error_path(r), "text");
    cJSON_Delete(r);
}

int main(void)
{
    RUN(test_id_length);
    RUN(test_name_length);
    RUN(test_text_length);
    RUN(test_note_length);
    RUN(test_items);
    RUN(test_measurements_per_kpi);
    RUN(test_csv_rows);
    RUN(test_csv_columns);
    return check_report();
}
