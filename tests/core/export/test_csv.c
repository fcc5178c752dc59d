/* test_csv.c - the RFC 4180 reader, loose dates and numbers, and
 * csv.measurements beyond what tests/fixtures/csv.json covers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "random.h"
#include "export/csv.h"
#include "export/csv_values.h"
#include "base/gp_limits.h"
#include "base/textbuf.h"

/* ---- the reader ------------------------------------------------------------- */

static gp_csv_t parse(const char *text, char delimiter, char comment)
{
    gp_csv_t csv;
    gp_error_t err = {GP_OK, "", ""};
    gp_csv_options_t options = {delimiter, comment};
    bool ok = gp_csv_parse(text, strlen(text), &options, "text", &csv, &err);
    CHECK(ok);
    if (!ok) fprintf(stderr, "  parse failed: %s\n", err.message);
    return csv;
}

static void test_quotes_and_doubled_quotes(void)
{
    gp_csv_t csv = parse("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\n", 0, 0);
    CHECK(csv.record_count == 1);
    CHECK(csv.records[0].count == 4);
    CHECK_STR(gp_csv_field(&csv, 0, 0), "a");
    CHECK_STR(gp_csv_field(&csv, 0, 1), "b,c");
    CHECK_STR(gp_csv_field(&csv, 0, 2), "say \"hi\"");
    CHECK_STR(gp_csv_field(&csv, 0, 3), "");
    CHECK_STR(gp_csv_field(&csv, 0, 4), ""); /* past the end */
    CHECK_STR(gp_csv_field(&csv, 1, 0), ""); /* no such record */
    gp_csv_free(&csv);
}

static void test_line_ends_and_line_numbers(void)
{
    /* LF, CRLF, CR, a blank line and a newline inside quotes. */
    gp_csv_t csv = parse("h1,h2\nA,1\r\nB,2\rC,\"x\r\ny\"\n\nD,4", 0, 0);
    CHECK(csv.record_count == 5);
    int lines[] = {1, 2, 3, 4, 7};
    for (size_t i = 0; i < 5 && i < csv.record_count; i++) CHECK(csv.records[i].line == lines[i]);
    CHECK_STR(gp_csv_field(&csv, 3, 1), "x\r\ny");
    CHECK_STR(gp_csv_field(&csv, 4, 0), "D");
    CHECK_STR(gp_csv_field(&csv, 4, 1), "4");
    gp_csv_free(&csv);
}

static void test_trailing_delimiter_and_empty_fields(void)
{
    gp_csv_t csv = parse(",a,,\n,", ',', 0);
    CHECK(csv.record_count == 2);
    CHECK(csv.records[0].count == 4);
    CHECK_STR(gp_csv_field(&csv, 0, 1), "a");
    CHECK_STR(gp_csv_field(&csv, 0, 3), "");
    CHECK(csv.records[1].count == 2);
    gp_csv_free(&csv);
}

static void test_bom_comments_and_stray_quotes(void)
{
    gp_csv_t csv = parse("\xEF\xBB\xBF# report\n#,,,\nna\"me,\"q\"tail\n", 0, '#');
    CHECK(csv.record_count == 1);
    CHECK(csv.records[0].line == 3);
    CHECK_STR(gp_csv_field(&csv, 0, 0), "na\"me"); /* a quote inside a field is text */
    CHECK_STR(gp_csv_field(&csv, 0, 1), "qtail");  /* text after a closing quote is kept */
    gp_csv_free(&csv);
    /* Without a comment character, '#' lines are data. */
    csv = parse("# a\nb\n", 0, 0);
    CHECK(csv.record_count == 2);
    CHECK_STR(gp_csv_field(&csv, 0, 0), "# a");
    gp_csv_free(&csv);
}

static void test_empty_input_has_no_records(void)
{
    const char *texts[] = {"", "\n\n", "\r\n\r", "\xEF\xBB\xBF", "# only\n# comments"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        gp_csv_t csv = parse(texts[i], 0, '#');
        CHECK(csv.record_count == 0);
        gp_csv_free(&csv);
    }
}

static void test_unterminated_quote_names_its_line(void)
{
    const char *text = "a,b\n1,2\n3,\"open\nstill open\n";
    gp_csv_t csv;
    gp_error_t err = {GP_OK, "", ""};
    CHECK(!gp_csv_parse(text, strlen(text), NULL, "text", &csv, &err));
    CHECK(err.code == GP_ERR_CSV_UNTERMINATED_QUOTE);
    CHECK(strstr(err.message, "line 3") != NULL);
    CHECK_STR(err.path, "text");
    gp_csv_free(&csv);
    gp_csv_free(NULL);
}

static void test_delimiter_detection(void)
{
    CHECK(gp_csv_detect_delimiter("date,value\n2026-01-01,5\n", 22, 0) == ',');
    const char *semi = "Datum;Umsatz\n01.02.2026;1,5\n03.02.2026;2,5\n";
    CHECK(gp_csv_detect_delimiter(semi, strlen(semi), 0) == ';');
    const char *tab = "Date\tUsers, all\n20260101\t5\n";
    CHECK(gp_csv_detect_delimiter(tab, strlen(tab), 0) == '\t');
    /* Commas inside quotes do not count. */
    const char *quoted = "\"a,b,c\";d\n\"1,2\";3\n";
    CHECK(gp_csv_detect_delimiter(quoted, strlen(quoted), 0) == ';');
    /* The comment block of an analytics export is not read. */
    const char *ga = "# a;b;c;d\n# e;f\nDay,Sessions\n1/1/26,5\n";
    CHECK(gp_csv_detect_delimiter(ga, strlen(ga), '#') == ',');
    CHECK(gp_csv_detect_delimiter("single", 6, 0) == ',');
    gp_csv_t csv = parse(semi, 0, 0);
    CHECK(csv.delimiter == ';');
    CHECK_STR(gp_csv_field(&csv, 1, 1), "1,5");
    gp_csv_free(&csv);
}

/* ---- loose dates --------------------------------------------------------------- */

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Every day from 1999 to 2031 in seven spellings, against a day counter
 * kept independently of dates.c (1999-01-01 is day 10592). */
static void test_every_day_in_every_spelling(void)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const full[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
    const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    gp_day_t expected = 10592;
    int wrong = 0;
    for (int y = 1999; y <= 2031; y++)
        for (int m = 1; m <= 12; m++) {
            int days = lengths[m - 1] + (m == 2 && leap(y));
            for (int d = 1; d <= days; d++, expected++) {
                char text[7][48];
                snprintf(text[0], 48, "%04d-%02d-%02d", y, m, d);
                snprintf(text[1], 48, "%04d%02d%02d", y, m, d);
                snprintf(text[2], 48, "%s %d, %d", months[m - 1], d, y);
                snprintf(text[3], 48, "%d %s %d", d, full[m - 1], y);
                if (y >= 2000) snprintf(text[4], 48, "%d-%s-%02d", d, months[m - 1], y % 100);
                else snprintf(text[4], 48, "%d-%s-%d", d, months[m - 1], y);
                snprintf(text[5], 48, "%d/%d/%d", m, d, y);
                snprintf(text[6], 48, "%02d.%02d.%d", d, m, y);
                for (int k = 0; k < 7; k++) {
                    gp_loose_date_t date = gp_loose_date_read(text[k]);
                    gp_day_t got = -1;
                    bool month_first = k == 5;
                    if (!gp_loose_date_resolve(&date, month_first, &got) || got != expected) {
                        if (wrong++ < 5) fprintf(stderr, "  '%s' read wrongly\n", text[k]);
                    }
                }
            }
        }
    CHECK(wrong == 0);
}

static void test_dates_that_are_not_dates(void)
{
    const char *no_such_day[] = {"2026-02-30", "2026-13-01", "20260431", "Feb 29, 2026", "31 Apr 2026", "1899-12-31",
                                 "2201-01-01"};
    for (size_t i = 0; i < sizeof no_such_day / sizeof no_such_day[0]; i++) {
        gp_loose_date_t d = gp_loose_date_read(no_such_day[i]);
        CHECK(d.kind == GP_LOOSE_NO_SUCH_DAY);
        if (d.kind != GP_LOOSE_NO_SUCH_DAY) fprintf(stderr, "  '%s'\n", no_such_day[i]);
    }
    const char *not_dates[] = {"", "soon", "12", "2026", "1.5", "2026-11-22x", "11/22", "11/22/026", "Nov", "Noon 22 2026",
                               "22 Nov", "2026-11-22 and more", "-2026-11-22", "12,345", "0000"};
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
        gp_loose_date_t d = gp_loose_date_read(not_dates[i]);
        CHECK(d.kind == GP_LOOSE_NONE);
        if (d.kind != GP_LOOSE_NONE) fprintf(stderr, "  '%s' kind %d\n", not_dates[i], (int)d.kind);
    }
    /* 13/01/2026 fits only day-first; 01/13/2026 only month-first. */
    gp_loose_date_t d = gp_loose_date_read("13/01/2026");
    gp_day_t day;
    CHECK(d.kind == GP_LOOSE_YEAR_LAST);
    CHECK(!gp_loose_date_resolve(&d, true, &day));
    CHECK(gp_loose_date_resolve(&d, false, &day) && day == gp_days_from_civil(2026, 1, 13));
    d = gp_loose_date_read("2026-11");
    CHECK(d.kind == GP_LOOSE_FIXED && d.day == gp_days_from_civil(2026, 11, 1));
}

/* ---- loose numbers --------------------------------------------------------------- */

static void test_numbers_people_write(void)
{
    static const struct {
        const char *text;
        bool decimal_comma;
        double value;
    } good[] = {
        {"42", false, 42},           {" 42 ", false, 42},        {"-3.5", false, -3.5},
        {"+7", false, 7},            {"1,234", false, 1234},     {"1,234,567.89", false, 1234567.89},
        {"$1,200", false, 1200},     {"\xE2\x82\xAC" "5", false, 5}, {"\xC2\xA3" "9.99", false, 9.99},
        {"12%", false, 12},          {"(250)", false, -250},     {"-$8", false, -8},
        {"$-8", false, -8},          {"1 000 000", false, 1e6},  {"1\xC2\xA0" "000", false, 1000},
        {"1'000", false, 1000},      {"EUR 3", false, 3},        {"3 USD", false, 3},
        {"1.234,5", false, 1234.5},  {"1,234.5", true, 1234.5},  {"1.234,5", true, 1234.5},
        {"1,5", true, 1.5},          {"1.234", true, 1234},      {"1.5", true, 1.5},
        {"1 234,5", false, 1234.5},  {".5", false, 0.5},         {"5.", false, 5},
        {"1e3", false, 1000},        {"2.5E-2", false, 0.025},   {"\xE2\x88\x92" "4", false, -4},
        {"-0", false, 0},            {"12,34", false, 12.34},    {"1,2345", false, 1.2345},            {"1.7976931348623157e308", false, 1.7976931348623157e308},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        double v = -12345;
        gp_number_status_t status = gp_loose_number_read(good[i].text, good[i].decimal_comma, &v);
        CHECK(status == GP_NUMBER_OK && v == good[i].value);
        if (status != GP_NUMBER_OK || v != good[i].value)
            fprintf(stderr, "  '%s' -> status %d value %.17g\n", good[i].text, (int)status, v);
    }
    double v = 1;
    CHECK(gp_loose_number_read("-0", false, &v) == GP_NUMBER_OK && !signbit(v));
    const char *bad[] = {"abc", "N/A", "-", "$", "%", "1,2,3", "1,2,3.5", "1.2.3", "0x10", "1e", "1e+",
                         "NaN", "INF", "Infinity", "(5", "5)", "--5", "1 2", "12abc", "1,000.000,5", "$$", "1 ,000"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        gp_number_status_t status = gp_loose_number_read(bad[i], false, &v);
        CHECK(status == GP_NUMBER_NOT_NUMBER);
        if (status != GP_NUMBER_NOT_NUMBER) fprintf(stderr, "  '%s' read as %.17g (status %d)\n", bad[i], v, (int)status);
    }
    CHECK(gp_loose_number_read("1e999", false, &v) == GP_NUMBER_NOT_FINITE);
    CHECK(gp_loose_number_read("-1e400", false, &v) == GP_NUMBER_NOT_FINITE);
    CHECK(gp_loose_number_read("", false, &v) == GP_NUMBER_EMPTY);
    CHECK(gp_loose_number_read("  ", false, &v) == GP_NUMBER_EMPTY);
    char longest[300];
    memset(longest, '1', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    CHECK(gp_loose_number_read(longest, false, &v) == GP_NUMBER_NOT_NUMBER);
}

static void test_number_text_reads_back_exactly(void)
{
    const double values[] = {0, 1, -1, 0.1, 0.2 + 0.1, 1234.5, -98765.4321, 1e15, 1e-7, 123456789.123,
                             5e-324, 1.7976931348623157e308, 99.99, 1.0 / 3};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char text[32];
        gp_format_number(values[i], text);
        CHECK(strtod(text, NULL) == values[i]);
    }
    char text[32];
    gp_format_number(1234567, text);
    CHECK_STR(text, "1234567");
    gp_format_number(0.1, text);
    CHECK_STR(text, "0.1");
    gp_format_number(-0.0, text);
    CHECK_STR(text, "0");
    gp_format_number(12.5, text);
    CHECK_STR(text, "12.5");
    /* A pseudo-random sweep (fixed seed, so native and wasm agree). */
    uint64_t state = 0x9E3779B97F4A7C15u;
    int wrong = 0;
    for (int i = 0; i < 20000; i++) {
        next_random(&state);
        double v = (double)(int64_t)(state >> 11) / (double)(1ull << (state % 40));
        gp_format_number(v, text);
        double back = 0;
        if (gp_loose_number_read(text, false, &back) != GP_NUMBER_OK || back != v) wrong++;
    }
    CHECK(wrong == 0);
}

/* ---- csv.measurements through gp_call -------------------------------------------- */

static const cJSON *measurements_of(const cJSON *response)
{
    return cJSON_GetObjectItemCaseSensitive(result_of(response), "measurements");
}

static void test_skipped_list_is_capped_but_counted(void)
{
    gp_buf_t text = {0}, request = {0};
    gp_buf_puts(&text, "date,value\\n2026-05-01,3\\n");
    for (int i = 0; i < 250; i++) gp_buf_puts(&text, "someday,1\\n");
    gp_buf_printf(&request, "{\"text\":\"%s\"}", gp_buf_text(&text));
    cJSON *r = call_json("csv.measurements", gp_buf_text(&request));
    const cJSON *result = result_of(r);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(result, "skipped")) == 100);
    CHECK(cJSON_GetObjectItemCaseSensitive(result, "skipped_count")->valuedouble == 250);
    CHECK(cJSON_GetArraySize(measurements_of(r)) == 1);
    const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(result, "skipped"), 0);
    CHECK(cJSON_GetObjectItemCaseSensitive(first, "line")->valueint == 3);
    cJSON_Delete(r);
    gp_buf_free(&text);
    gp_buf_free(&request);
}

static void test_long_notes_are_skipped_not_cut(void)
{
    gp_buf_t request = {0};
    gp_buf_puts(&request, "{\"text\":\"date,value,note\\n2026-01-01,1,");
    for (int i = 0; i < GP_MAX_NOTE_CHARS; i++) gp_buf_puts(&request, "\xC3\xA9"); /* two bytes, one character */
    gp_buf_puts(&request, "\\n2026-01-02,2,x");
    for (int i = 0; i < GP_MAX_NOTE_CHARS; i++) gp_buf_puts(&request, "y");
    gp_buf_puts(&request, "\\n\"}");
    cJSON *r = call_json("csv.measurements", gp_buf_text(&request));
    const cJSON *list = measurements_of(r);
    CHECK(cJSON_GetArraySize(list) == 1);
    const cJSON *note = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(list, 0), "note");
    CHECK(cJSON_IsString(note) && strlen(note->valuestring) == 2 * GP_MAX_NOTE_CHARS);
    const cJSON *skipped = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(result_of(r), "skipped"), 0);
    CHECK(cJSON_GetObjectItemCaseSensitive(skipped, "line")->valueint == 3);
    cJSON_Delete(r);
    gp_buf_free(&request);
}

static void test_reasons_stay_valid_utf8(void)
{
    /* A long cell of two-byte characters is cut for the message; the cut
     * must not split a character (gp_call would still answer, but the
     * response would not be valid UTF-8 text). */
    gp_buf_t request = {0};
    gp_buf_puts(&request, "{\"text\":\"date,value\\n2026-01-02,5\\n2026-01-01,");
    for (int i = 0; i < 60; i++) gp_buf_puts(&request, "\xC3\xA9");
    gp_buf_puts(&request, "\\n\"}");
    char *text = gp_call("csv.measurements", gp_buf_text(&request));
    CHECK(text != NULL);
    /* Validate the response with gp_call's own UTF-8 check: echo it back. */
    cJSON *wrapped = cJSON_CreateObject();
    cJSON_AddStringToObject(wrapped, "echo", text);
    char *again = cJSON_PrintUnformatted(wrapped);
    cJSON *r = call_json("version", again);
    CHECK(result_of(r) != NULL);
    CHECK(strstr(text, "...") != NULL);
    cJSON_Delete(r);
    cJSON_Delete(wrapped);
    free(again);
    gp_free(text);
    gp_buf_free(&request);
}

static void test_many_rows(void)
{
    /* 100,000 rows: the values must all come back, in order. */
    enum { ROWS = 100000 };
    gp_buf_t request = {0};
    gp_buf_puts(&request, "{\"text\":\"Day,Sessions\\n");
    for (int i = 0; i < ROWS; i++) gp_buf_printf(&request, "%d%02d%02d,%d\\n", 1990 + i / 365 % 200, 1 + i % 12, 1 + i % 28, i);
    gp_buf_puts(&request, "\"}");
    cJSON *r = call_json("csv.measurements", gp_buf_text(&request));
    const cJSON *list = measurements_of(r);
    CHECK(cJSON_GetArraySize(list) == ROWS);
    int i = 0, wrong = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, list) {
        if (cJSON_GetObjectItemCaseSensitive(m, "value")->valuedouble != i) wrong++;
        i++;
    }
    CHECK(wrong == 0);
    cJSON_Delete(r);
    gp_buf_free(&request);
}

int main(void)
{
    RUN(test_quotes_and_doubled_quotes);
    RUN(test_line_ends_and_line_numbers);
    RUN(test_trailing_delimiter_and_empty_fields);
    RUN(test_bom_comments_and_stray_quotes);
    RUN(test_empty_input_has_no_records);
    RUN(test_unterminated_quote_names_its_line);
    RUN(test_delimiter_detection);
    RUN(test_every_day_in_every_spelling);
    RUN(test_dates_that_are_not_dates);
    RUN(test_numbers_people_write);
    RUN(test_number_text_reads_back_exactly);
    RUN(test_skipped_list_is_capped_but_counted);
    RUN(test_long_notes_are_skipped_not_cut);
    RUN(test_reasons_stay_valid_utf8);
    RUN(test_many_rows);
    return check_report();
}
