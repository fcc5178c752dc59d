/* csv_export.c - plan.export_csv: the plan's measurements and goals as two
 * RFC 4180 CSV texts for spreadsheets.
 *
 * Request {"plan", "today"} -> {"measurements_csv", "goals_csv"}.
 * - measurements_csv: plan,goal,kpi,date,value,unit,note - one row per
 *   measurement of each KPI (so one per KPI per date), in date order; "goal"
 *   lists the statements of every goal measured by that KPI joined by "; "
 *   (one row per measurement rather than per goal, so that importing the
 *   file again gives each measurement once); "unit" is the KPI's unit, or
 *   its currency code for currency KPIs.
 * - goals_csv: statement,verdict,S,M,A,R,T,baseline,target,deadline,status,
 *   progress_pct with the words the core uses (smart/not_smart,
 *   pass/warn/fail, on_track/...); cells the core could not work out are
 *   left empty.
 * Lines end in CRLF; fields holding a comma, quote or line break are
 * quoted with quotes doubled. Text that came from the user and starts with
 * = + - @ tab or carriage return gets a leading apostrophe, so a
 * spreadsheet shows it instead of running it as a formula; numbers and
 * dates the core writes itself are never changed (a negative value stays
 * -5), and csv.measurements drops that apostrophe again on import. */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "export_input.h"
#include "base/textbuf.h"

/* ---- writing fields ---------------------------------------------------------- */

static void put_field(gp_buf_t *b, const char *text, bool from_user, bool last)
{
    bool formula = from_user && text[0] && strchr("=+-@\t\r", text[0]);
    bool quote = strpbrk(text, ",\"\r\n") != NULL;
    if (quote) gp_buf_puts(b, "\"");
    if (formula) gp_buf_puts(b, "'");
    for (const char *p = text; *p;) {
        const char *q = strchr(p, '"');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        gp_buf_append(b, p, n);
        if (!q) break;
        gp_buf_puts(b, "\"\"");
        p = q + 1;
    }
    if (quote) gp_buf_puts(b, "\"");
    gp_buf_puts(b, last ? "\r\n" : ",");
}

static void put_number(gp_buf_t *b, const cJSON *obj, const char *key, bool last)
{
    double v;
    char text[32] = "";
    if (gp_json_number(obj, key, &v)) gp_format_number(v, text);
    put_field(b, text, false, last);
}

static void put_header(gp_buf_t *b, const char *const *names)
{
    for (int i = 0; names[i]; i++) put_field(b, names[i], false, names[i + 1] == NULL);
}

/* ---- measurements ---------------------------------------------------------------- */

/* The statements of the goals measured by KPI_ID, joined by "; ". */
static void goals_of_kpi(gp_buf_t *out, const cJSON *plan, const char *kpi_id)
{
    const cJSON *goal;
    bool first = true;
    cJSON_ArrayForEach(goal, cJSON_GetObjectItemCaseSensitive(plan, "goals")) {
        if (strcmp(gp_json_text(goal, "kpi_id"), kpi_id) != 0) continue;
        if (!first) gp_buf_puts(out, "; ");
        gp_buf_puts(out, gp_json_text(goal, "statement"));
        first = false;
    }
}

typedef struct dated {
    const cJSON *measurement;
    int position; /* in the plan, so that equal dates keep their order */
} dated_t;

static int by_date(const void *a, const void *b)
{
    const dated_t *x = a, *y = b;
    int order = strcmp(gp_json_text(x->measurement, "date"), gp_json_text(y->measurement, "date"));
    return order ? order : (x->position > y->position) - (x->position < y->position);
}

static bool write_measurements(gp_buf_t *b, const cJSON *plan)
{
    static const char *const header[] = {"plan", "goal", "kpi", "date", "value", "unit", "note", NULL};
    put_header(b, header);
    const char *plan_name = gp_json_text(plan, "name");
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, cJSON_GetObjectItemCaseSensitive(plan, "kpis")) {
        const cJSON *list = cJSON_GetObjectItemCaseSensitive(kpi, "measurements");
        int count = cJSON_GetArraySize(list);
        if (count == 0) continue;
        dated_t *rows = malloc((size_t)count * sizeof *rows);
        if (!rows) return false;
        int n = 0;
        const cJSON *m;
        cJSON_ArrayForEach(m, list) {
            rows[n].measurement = m;
            rows[n].position = n;
            n++;
        }
        qsort(rows, (size_t)n, sizeof *rows, by_date);
        gp_buf_t goals = {0};
        goals_of_kpi(&goals, plan, gp_json_text(kpi, "id"));
        const char *unit = gp_json_text(kpi, "unit");
        if (strcmp(unit, "currency") == 0 && *gp_json_text(kpi, "currency")) unit = gp_json_text(kpi, "currency");
        for (int i = 0; i < n; i++) {
            put_field(b, plan_name, true, false);
            put_field(b, gp_buf_text(&goals), true, false);
            put_field(b, gp_json_text(kpi, "name"), true, false);
            put_field(b, gp_json_text(rows[i].measurement, "date"), false, false);
            put_number(b, rows[i].measurement, "value", false);
            put_field(b, unit, false, false);
            put_field(b, gp_json_text(rows[i].measurement, "note"), true, true);
        }
        bool failed = gp_buf_failed(&goals);
        gp_buf_free(&goals);
        free(rows);
        if (failed) return false;
    }
    return !gp_buf_failed(b);
}

/* ---- goals ------------------------------------------------------------------------ */

static const char *letter_status(const cJSON *smart, const char *letter)
{
    const cJSON *criteria = cJSON_GetObjectItemCaseSensitive(smart, "criteria");
    return gp_json_text(cJSON_GetObjectItemCaseSensitive(criteria, letter), "status");
}

static bool write_goals(gp_buf_t *b, const gp_export_input_t *in)
{
    static const char *const header[] = {"statement", "verdict", "S",        "M",      "A",            "R", "T",
                                         "baseline",  "target",  "deadline", "status", "progress_pct", NULL};
    static const char *const letters[] = {"S", "M", "A", "R", "T"};
    put_header(b, header);
    const cJSON *goal;
    int index = 0;
    cJSON_ArrayForEach(goal, cJSON_GetObjectItemCaseSensitive(in->plan, "goals")) {
        gp_goal_facts_t facts = gp_export_goal_facts(in, goal, index++);
        put_field(b, gp_json_text(goal, "statement"), true, false);
        put_field(b, gp_json_text(facts.smart, "verdict"), false, false);
        for (int i = 0; i < 5; i++) put_field(b, letter_status(facts.smart, letters[i]), false, false);
        put_number(b, goal, "baseline", false);
        put_number(b, goal, "target", false);
        put_field(b, gp_json_text(goal, "deadline"), false, false);
        put_field(b, gp_json_text(facts.progress, "status"), false, false);
        put_number(b, facts.progress, "progress_pct", true);
    }
    return !gp_buf_failed(b);
}

/* ---- the method ---------------------------------------------------------------------- */

cJSON *gp_export_csv(const cJSON *request, gp_error_t *err)
{
    gp_export_input_t in;
    gp_buf_t measurements = {0}, goals = {0};
    cJSON *result = NULL;
    if (!gp_export_input_read(request, &in, err)) goto done;
    if (!write_measurements(&measurements, in.plan) || !write_goals(&goals, &in)) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the CSV files.");
        goto done;
    }
    result = cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "measurements_csv", gp_buf_text(&measurements)) ||
        !cJSON_AddStringToObject(result, "goals_csv", gp_buf_text(&goals))) {
        cJSON_Delete(result);
        result = NULL;
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the CSV files.");
    }
done:
    gp_export_input_free(&in);
    gp_buf_free(&measurements);
    gp_buf_free(&goals);
    return result;
}
