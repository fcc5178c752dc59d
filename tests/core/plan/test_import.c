/* test_import.c - plan.import: plain plans, backups, schema 0 migration,
 * newer schemas, and specific errors (code, path, line and column) for
 * files that are not JSON, not plans, or not valid plans. */
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "base/gp_limits.h"
#include "plan_cases.h"

/* plan.import with TEXT as the file contents. */
static cJSON *import_text(const char *text)
{
    cJSON *request = cJSON_CreateObject();
    cJSON_AddStringToObject(request, "text", text);
    char *json = cJSON_PrintUnformatted(request);
    cJSON *r = call_json("plan.import", json);
    free(json);
    cJSON_Delete(request);
    return r;
}

/* plan.import of TEXT written with ' for ". */
static cJSON *import_dq(const char *text)
{
    char *json = dq(text);
    cJSON *r = import_text(json);
    free(json);
    return r;
}

static const cJSON *get(const cJSON *obj, const char *path)
{
    cJSON *parent;
    char key[128];
    int index;
    return at_path((cJSON *)obj, path, &parent, key, &index);
}

static const char *str_at(const cJSON *obj, const char *path)
{
    const cJSON *item = get(obj, path);
    return cJSON_IsString(item) ? item->valuestring : "(not text)";
}

static const char *message_of(const cJSON *r) { return str_at(r, "error.message"); }

static void expect_error(cJSON *r, const char *code, const char *path, const char *in_message, int line)
{
    check_count++;
    const char *message = message_of(r);
    if (strcmp(error_code(r), code) != 0 || strcmp(error_path(r), path) != 0 ||
        (in_message && !strstr(message, in_message))) {
        check_failures++;
        fprintf(stderr, "test_import.c:%d: expected %s at '%s' (message with '%s'), got %s at '%s': %s\n", line,
                code, path, in_message ? in_message : "", error_code(r), error_path(r), message);
    }
    cJSON_Delete(r);
}
#define EXPECT_ERROR(r, code, path, in_message) expect_error(r, code, path, in_message, __LINE__)

/* The base plan (plan_cases.h) normalised, printed. */
static char *normalised_base(void)
{
    char *request = plan_request(base_with(NULL, NULL));
    cJSON *r = call_json("plan.validate", request);
    char *text = cJSON_PrintUnformatted(get(result_of(r), "plan"));
    free(request);
    cJSON_Delete(r);
    return text;
}

/* ---- good files ---------------------------------------------------------- */

static void test_plan_file_round_trip(void)
{
    /* Export (the normalised plan as a file), import: the same bytes back. */
    char *saved = normalised_base();
    cJSON *r = import_text(saved);
    char *back = cJSON_PrintUnformatted(get(result_of(r), "plan"));
    CHECK_STR(back, saved);
    CHECK(cJSON_IsNull(get(result_of(r), "migrated_from")));
    free(back);
    cJSON_Delete(r);
    /* Pretty-printed with a byte-order mark, as some editors save it. */
    cJSON *doc = cJSON_Parse(saved);
    char *pretty = cJSON_Print(doc), *with_bom = malloc(strlen(pretty) + 4);
    strcpy(with_bom, "\xEF\xBB\xBF");
    strcat(with_bom, pretty);
    r = import_text(with_bom);
    back = cJSON_PrintUnformatted(get(result_of(r), "plan"));
    CHECK_STR(back, saved);
    free(back);
    free(pretty);
    free(with_bom);
    cJSON_Delete(doc);
    cJSON_Delete(r);
    free(saved);
}

static void test_schema_0_is_migrated(void)
{
    cJSON *r = import_dq("{'id':'old','title':'  Prototype plan ','objectives':[{'id':'o1','name':'Sell more'}],"
                         "'goals':[{'id':'g1','statement':'Double orders','objective':'o1','kpi':'k1',"
                         "'start':'2025-01-01','due':'2025-12-31','baseline':10,'target':20}],"
                         "'kpis':[{'id':'k1','name':'Orders','values':[{'date':'2025-02-01','value':12},"
                         "{'date':'2025-01-01','value':10}]}]}");
    const cJSON *plan = get(result_of(r), "plan");
    CHECK(cJSON_IsNumber(get(result_of(r), "migrated_from")) && get(result_of(r), "migrated_from")->valueint == 0);
    CHECK(get(plan, "schema") && get(plan, "schema")->valueint == 1);
    CHECK_STR(str_at(plan, "name"), "Prototype plan");
    CHECK_STR(str_at(plan, "goals[0].objective_id"), "o1");
    CHECK_STR(str_at(plan, "goals[0].kpi_id"), "k1");
    CHECK_STR(str_at(plan, "goals[0].deadline"), "2025-12-31");
    CHECK_STR(str_at(plan, "kpis[0].measurements[0].date"), "2025-01-01");
    CHECK(get(plan, "title") == NULL && get(plan, "goals[0].due") == NULL && get(plan, "kpis[0].values") == NULL);
    cJSON_Delete(r);
    /* Errors in an old file name the new field. */
    EXPECT_ERROR(import_dq("{'id':'old','title':'T','goals':[{'id':'g1','statement':'S','start':'2025-05-01',"
                           "'due':'2025-04-01'}]}"),
                 "deadline_before_start", "goals[0].deadline", NULL);
    /* Both names present: the new one wins, the old one is kept as is. */
    r = import_dq("{'schema':0,'id':'p','name':'N','title':'Old title'}");
    CHECK_STR(str_at(result_of(r), "plan.name"), "N");
    CHECK_STR(str_at(result_of(r), "plan.title"), "Old title");
    cJSON_Delete(r);
}

static void test_backup_envelope(void)
{
    char *plan = normalised_base();
    size_t n = strlen(plan) * 2 + 512;
    char *backup = malloc(n);
    snprintf(backup, n,
             "{\"format\":\"goalpost-backup\",\"schema\":1,\"exported\":\"2026-03-01T09:30:00.000Z\",\"plans\":[%s,"
             "{\"id\":\"p2\",\"title\":\"Second\"}]}",
             plan);
    cJSON *r = import_text(backup);
    const cJSON *result = result_of(r);
    CHECK(cJSON_GetArraySize(get(result, "plans")) == 2);
    char *first = cJSON_PrintUnformatted(get(result, "plans[0]"));
    CHECK_STR(first, plan);
    CHECK_STR(str_at(result, "plans[1].name"), "Second");
    CHECK_STR(str_at(result, "exported"), "2026-03-01T09:30:00.000Z");
    CHECK(get(result, "migrated_from") && get(result, "migrated_from")->valueint == 0);
    CHECK(get(result, "plan") == NULL);
    free(first);
    cJSON_Delete(r);
    /* An empty backup is a valid backup. */
    r = import_dq("{'format':'goalpost-backup','schema':1,'plans':[]}");
    CHECK(cJSON_GetArraySize(get(result_of(r), "plans")) == 0);
    CHECK(cJSON_IsNull(get(result_of(r), "migrated_from")));
    CHECK_STR(str_at(result_of(r), "exported"), "");
    cJSON_Delete(r);
    free(plan);
    free(backup);
}

static void test_html_stays_text(void)
{
    cJSON *r = import_dq("{'schema':1,'id':'p','name':'<img src=x onerror=alert(1)>',"
                         "'description':'</script><script>alert(2)</script>'}");
    CHECK_STR(str_at(result_of(r), "plan.name"), "<img src=x onerror=alert(1)>");
    CHECK_STR(str_at(result_of(r), "plan.description"), "</script><script>alert(2)</script>");
    cJSON_Delete(r);
}

/* ---- bad files ----------------------------------------------------------- */

static void test_not_json(void)
{
    EXPECT_ERROR(import_text("{\n  \"id\": \"p\",\n  \"name\": ,\n}"), "invalid_json", "text", "line 3, column 11");
    EXPECT_ERROR(import_text("{\"id\": \"p\", \"name\": \"Spring"), "invalid_json", "text", "cut off");
    EXPECT_ERROR(import_text("{\"id\": \"p\", \"goals\": [\n"), "invalid_json", "text", "cut off");
    EXPECT_ERROR(import_text("{\"schema\":1,\"id\":\"p\",\"name\":\"N\",\"x\":NaN}"), "invalid_json", "text", "NaN");
    EXPECT_ERROR(import_text("{\"x\": -Infinity}"), "invalid_json", "text", "Infinity");
    EXPECT_ERROR(import_text(""), "invalid_json", "text", "empty");
    EXPECT_ERROR(import_text(" \n\t"), "invalid_json", "text", "empty");
    EXPECT_ERROR(import_text("{} {}"), "invalid_json", "text", "line 1, column 4");
    /* Columns count characters, not bytes. */
    EXPECT_ERROR(import_text("{\"name\": \"caf\xC3\xA9\" x}"), "invalid_json", "text", "line 1, column 17");
    EXPECT_ERROR(import_text("Name,Date\nVisits,2026-01-01\n"), "invalid_json", "text", "line 1, column 1");
}

static void test_not_a_plan(void)
{
    EXPECT_ERROR(import_text("[{\"id\":\"p\"}]"), "not_a_plan", "", NULL);
    EXPECT_ERROR(import_text("\"a plan\""), "not_a_plan", "", NULL);
    EXPECT_ERROR(import_text("42"), "not_a_plan", "", NULL);
    EXPECT_ERROR(import_text("{\"hello\":\"world\"}"), "not_a_plan", "", NULL);
    EXPECT_ERROR(import_text("{\"format\":\"other-app\",\"goals\":[]}"), "not_a_plan", "format", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','plans':[{'schema':1,'id':'p','name':'N'},7]}"),
                 "not_a_plan", "plans[1]", NULL);
}

static void test_schemas(void)
{
    EXPECT_ERROR(import_dq("{'schema':2,'id':'p','name':'N'}"), "unsupported_schema", "schema", "newer Goalpost");
    EXPECT_ERROR(import_dq("{'schema':1.5,'id':'p','name':'N'}"), "unsupported_schema", "schema", "newer");
    EXPECT_ERROR(import_dq("{'schema':-1,'id':'p','name':'N'}"), "unsupported_schema", "schema", NULL);
    EXPECT_ERROR(import_dq("{'schema':'1','id':'p','name':'N'}"), "wrong_type", "schema", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':2,'plans':[]}"), "unsupported_schema", "schema",
                 "newer Goalpost");
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1,'plans':[{'schema':5,'id':'p','name':'N'}]}"),
                 "unsupported_schema", "plans[0].schema", "newer Goalpost");
}

static void test_invalid_plans(void)
{
    EXPECT_ERROR(import_text("{\"schema\":1,\"id\":\"p\",\"name\":\"N\",\"goals\":[{\"id\":\"g\",\"statement\":\"S\","
                             "\"baseline\":1e999}]}"),
                 "not_finite", "goals[0].baseline", NULL);
    EXPECT_ERROR(import_dq("{'schema':1,'id':'p','name':'N','goals':[{'id':'x','statement':'S'}],"
                           "'kpis':[{'id':'x','name':'K'}]}"),
                 "duplicate_id", "kpis[0].id", NULL);
    EXPECT_ERROR(import_dq("{'schema':1,'id':'p','name':'N','goals':[{'id':'g','statement':'S','kpi_id':'k'}]}"),
                 "dangling_reference", "goals[0].kpi_id", NULL);
    EXPECT_ERROR(import_dq("{'schema':1,'id':'p','name':'N','goals':[{'id':'g','statement':'S',"
                           "'deadline':'2026-02-30'}]}"),
                 "invalid_date", "goals[0].deadline", "2026-02-30");
    EXPECT_ERROR(import_dq("{'schema':1,'name':'N'}"), "missing_field", "id", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1,'plans':[{'schema':1,'id':'a','name':'A'},"
                           "{'schema':1,'id':'b','name':'B','goals':[{'id':'g','statement':'S',"
                           "'start':'2026-05-01','deadline':'2026-04-01'}]}]}"),
                 "deadline_before_start", "plans[1].goals[0].deadline", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1,'plans':[{'schema':1,'id':'a','name':'A'},"
                           "{'schema':1,'id':'a','name':'A again'}]}"),
                 "duplicate_id", "plans[1].id", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1}"), "missing_field", "plans", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1,'plans':{}}"), "wrong_type", "plans", NULL);
    EXPECT_ERROR(import_dq("{'format':'goalpost-backup','schema':1,'exported':'soon','plans':[]}"), "invalid_date",
                 "exported", NULL);
}

static void test_request_and_depth(void)
{
    cJSON *r = call_json("plan.import", "{}");
    EXPECT_ERROR(r, "missing_field", "text", NULL);
    r = call_json("plan.import", "{\"text\":{\"schema\":1}}");
    EXPECT_ERROR(r, "wrong_type", "text", NULL);
    /* The file's own nesting is limited like a request's. */
    for (int extra = 0; extra <= 1; extra++) {
        int depth = GP_MAX_DEPTH + extra;
        char *text = malloc((size_t)depth * 8 + 64), *p = text;
        p += sprintf(p, "{\"schema\":1,\"id\":\"p\",\"name\":\"N\",\"x\":");
        for (int i = 1; i < depth; i++) *p++ = '[';
        for (int i = 1; i < depth; i++) *p++ = ']';
        strcpy(p, "}");
        r = import_text(text);
        if (extra) EXPECT_ERROR(r, "too_deep", "text", NULL);
        else {
            CHECK(result_of(r) != NULL);
            cJSON_Delete(r);
        }
        free(text);
    }
}

int main(void)
{
    RUN(test_plan_file_round_trip);
    RUN(test_schema_0_is_migrated);
    RUN(test_backup_envelope);
    RUN(test_html_stays_text);
    RUN(test_not_json);
    RUN(test_not_a_plan);
    RUN(test_schemas);
    RUN(test_invalid_plans);
    RUN(test_request_and_depth);
    return check_report();
}
