/* test_normalise.c - the field readers every normaliser is built from:
 * trimming, defaults, loose dates, timestamps, stable day sorting. */
#include <string.h>

#include "check.h"
#include "plan/normalise.h"

static const char *text_in(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : "(not text)";
}

static void test_text(void)
{
    cJSON *src = cJSON_Parse("{\"a\":\"  hi  there \\n\",\"b\":\" \",\"n\":3}"), *dst = cJSON_CreateObject();
    gp_error_t err = {GP_OK, "", ""};
    CHECK(gp_norm_text(src, dst, "a", "x", GP_FIELD_REQUIRED, 9, &err)); /* 9 characters once trimmed */
    CHECK_STR(text_in(dst, "a"), "hi  there");
    CHECK(gp_norm_text(src, dst, "absent", "x", GP_FIELD_OPTIONAL, 8, &err));
    CHECK_STR(text_in(dst, "absent"), "");
    CHECK(!gp_norm_text(src, dst, "a", "x", GP_FIELD_OPTIONAL, 8, &err) && err.code == GP_ERR_TEXT_TOO_LONG);
    CHECK_STR(err.path, "x.a");
    CHECK(!gp_norm_text(src, dst, "b", "", GP_FIELD_REQUIRED, 8, &err) && err.code == GP_ERR_EMPTY_TEXT);
    CHECK_STR(err.path, "b");
    CHECK(!gp_norm_text(src, dst, "n", "", GP_FIELD_OPTIONAL, 8, &err) && err.code == GP_ERR_WRONG_TYPE);
    CHECK(!gp_norm_text(src, dst, "zz", "", GP_FIELD_REQUIRED, 8, &err) && err.code == GP_ERR_MISSING_FIELD);
    cJSON_Delete(src);
    cJSON_Delete(dst);
}

static void test_loose_dates(void)
{
    gp_day_t day = 0;
    CHECK(gp_norm_parse_date("2026-3-1", &day) && day == gp_days_from_civil(2026, 3, 1));
    CHECK(gp_norm_parse_date(" 2026-03-01\t", &day) && day == gp_days_from_civil(2026, 3, 1));
    CHECK(gp_norm_parse_date("2024-2-29", &day));
    CHECK(!gp_norm_parse_date("2023-2-29", &day));
    CHECK(!gp_norm_parse_date("26-3-1", &day));
    CHECK(!gp_norm_parse_date("2026-3-", &day));
    CHECK(!gp_norm_parse_date("2026--1", &day));
    CHECK(!gp_norm_parse_date("2026-3-1-", &day));
    CHECK(!gp_norm_parse_date("2026-100-1", &day));
    CHECK(!gp_norm_parse_date("+2026-3-1", &day));
    CHECK(!gp_norm_parse_date("", &day));
}

static void test_timestamps(void)
{
    cJSON *src = cJSON_Parse("{\"a\":\" 2026-03-01T09:30:00.000Z \",\"b\":\"2026-03-01\",\"c\":\"2026-02-30T00:00Z\","
                             "\"d\":\"2026-03-01 09:30\",\"e\":\"March 1\"}");
    cJSON *dst = cJSON_CreateObject();
    gp_error_t err = {GP_OK, "", ""};
    CHECK(gp_norm_timestamp(src, dst, "a", "", &err));
    CHECK_STR(text_in(dst, "a"), "2026-03-01T09:30:00.000Z");
    CHECK(gp_norm_timestamp(src, dst, "b", "", &err));
    CHECK(gp_norm_timestamp(src, dst, "d", "", &err));
    CHECK(gp_norm_timestamp(src, dst, "missing", "", &err));
    CHECK_STR(text_in(dst, "missing"), "");
    CHECK(!gp_norm_timestamp(src, dst, "c", "", &err) && err.code == GP_ERR_INVALID_DATE);
    CHECK(!gp_norm_timestamp(src, dst, "e", "", &err) && err.code == GP_ERR_INVALID_DATE);
    cJSON_Delete(src);
    cJSON_Delete(dst);
}

static void test_numbers_and_enums(void)
{
    cJSON *src = cJSON_Parse("{\"w\":2.5,\"big\":1e300,\"s\":\"no\",\"e\":\"b\",\"bad\":\"z\"}");
    cJSON *dst = cJSON_CreateObject();
    gp_error_t err = {GP_OK, "", ""};
    double v = 0;
    bool present = true;
    CHECK(gp_norm_number(src, dst, "absent", "", GP_FIELD_NULLABLE, 1, 0, 10, &v, &present, &err) && !present);
    CHECK(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(dst, "absent")));
    CHECK(gp_norm_number(src, dst, "gone", "", GP_FIELD_OPTIONAL, 7, 0, 10, &v, &present, &err) && v == 7);
    CHECK(gp_norm_number(src, dst, "w", "", GP_FIELD_REQUIRED, 1, 0, 10, &v, &present, &err) && v == 2.5 && present);
    CHECK(!gp_norm_number(src, dst, "big", "", GP_FIELD_REQUIRED, 1, 0, 10, &v, &present, &err) &&
          err.code == GP_ERR_OUT_OF_RANGE);
    CHECK(!gp_norm_number(src, dst, "s", "", GP_FIELD_REQUIRED, 1, 0, 10, &v, &present, &err) &&
          err.code == GP_ERR_WRONG_TYPE);
    static const char *const names[] = {"a", "b", "c", NULL};
    int index = -5;
    CHECK(gp_norm_enum(src, dst, "e", "", names, 0, &index, &err) && index == 1);
    CHECK(gp_norm_enum(src, dst, "none", "", names, 2, &index, &err) && index == 2);
    CHECK_STR(text_in(dst, "none"), "c");
    CHECK(!gp_norm_enum(src, dst, "bad", "", names, 0, &index, &err) && err.code == GP_ERR_UNKNOWN_VALUE);
    CHECK(strstr(err.message, "a, b, c") != NULL);
    cJSON_Delete(src);
    cJSON_Delete(dst);
}

static void test_sort_is_stable(void)
{
    cJSON *list = cJSON_CreateArray();
    gp_day_t days[6] = {5, 1, 5, 0, 1, 5};
    for (int i = 0; i < 6; i++) cJSON_AddItemToArray(list, cJSON_CreateNumber(i));
    CHECK(gp_norm_sort_by_day(list, days, 6));
    int expected[6] = {3, 1, 4, 0, 2, 5}, i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list) CHECK(item->valueint == expected[i++]);
    CHECK(i == 6);
    /* The list is still a well-formed cJSON array: append and count. */
    cJSON_AddItemToArray(list, cJSON_CreateNumber(6));
    CHECK(cJSON_GetArraySize(list) == 7 && cJSON_GetArrayItem(list, 6)->valueint == 6);
    char *text = cJSON_PrintUnformatted(list);
    CHECK_STR(text, "[3,1,4,0,2,5,6]");
    cJSON_free(text);
    cJSON_Delete(list);
}

static void test_unknown_fields_and_replace(void)
{
    cJSON *src = cJSON_Parse("{\"id\":\"x\",\"extra\":{\"deep\":[1]},\"z\":null}"), *dst = cJSON_CreateObject();
    static const char *const known[] = {"id", NULL};
    gp_error_t err = {GP_OK, "", ""};
    CHECK(gp_norm_keep_unknown(src, dst, known, "", &err));
    char *text = cJSON_PrintUnformatted(dst);
    CHECK_STR(text, "{\"extra\":{\"deep\":[1]},\"z\":null}");
    cJSON_free(text);
    gp_norm_replace_contents(src, dst); /* src now holds dst's members; dst freed */
    text = cJSON_PrintUnformatted(src);
    CHECK_STR(text, "{\"extra\":{\"deep\":[1]},\"z\":null}");
    cJSON_free(text);
    cJSON_Delete(src);
}

int main(void)
{
    RUN(test_text);
    RUN(test_loose_dates);
    RUN(test_timestamps);
    RUN(test_numbers_and_enums);
    RUN(test_sort_is_stable);
    RUN(test_unknown_fields_and_replace);
    return check_report();
}
