/* markdown.c - plan.export_markdown: the coursework report as Markdown for
 * pasting into a document.
 *
 * Request {"plan", "today"} -> {"markdown"}. Sections: title, organisation
 * and date, description, objectives, each goal (objective, KPI, numbers,
 * SMART verdict with each letter's reasons, suggested rewrite, status with
 * the progress explanation, strategies and tactics), then the KPI table with
 * each KPI's latest measurement.
 *
 * User text can never add structure: it is put on one line (line breaks
 * and control characters become spaces), never at the start of a line, and
 * every character Markdown gives a meaning inside a line is escaped with a
 * backslash (\ ` * _ [ ] ( ) < > # | ~ & ! $ { }), so "# x", "<script>",
 * "[a](b)" and "|" in a table cell all show exactly as typed. */
#include <math.h>
#include <string.h>

#include "export.h"
#include "export_input.h"
#include "base/textbuf.h"

/* ---- escaping ------------------------------------------------------------------- */

/* Appends user TEXT as inline Markdown that shows exactly as typed. */
static void put_text(gp_buf_t *b, const char *text)
{
    static const char special[] = "\\`*_[]()<>#|~&!${}";
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) {
            /* A CRLF pair becomes a single space. */
            if (*p == '\r' && p[1] == '\n') p++;
            gp_buf_puts(b, " ");
        } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            gp_buf_puts(b, " "); /* Unicode line and paragraph separators */
            p += 2;
        } else {
            if (strchr(special, *p)) gp_buf_puts(b, "\\");
            gp_buf_append(b, (const char *)p, 1);
        }
    }
}

static void put_number(gp_buf_t *b, double v)
{
    char text[32];
    gp_format_number(v, text);
    gp_buf_puts(b, text);
}

static void put_date(gp_buf_t *b, const char *iso)
{
    gp_day_t day;
    char text[32];
    if (gp_date_parse_iso(iso, &day)) {
        gp_date_format_long(day, text, sizeof text);
        gp_buf_puts(b, text);
    } else {
        put_text(b, iso);
    }
}

/* ---- words for the core's codes ---------------------------------------------------- */

static const char *status_words(const char *status)
{
    static const char *const words[][2] = {
        {"achieved", "Achieved"},   {"missed", "Missed"},          {"on_track", "On track"},
        {"at_risk", "At risk"},     {"off_track", "Off track"},    {"not_started", "Not started"},
        {"stale", "No recent check-in"}, {"held", "Held"},         {"broken", "Broken"},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(words[i][0], status) == 0) return words[i][1];
    return NULL;
}

static const char *check_words(const char *status)
{
    if (strcmp(status, "pass") == 0) return "Pass";
    if (strcmp(status, "warn") == 0) return "Warning";
    if (strcmp(status, "fail") == 0) return "Fail";
    return "Not checked";
}

/* ---- sections ----------------------------------------------------------------------- */

static const cJSON *find_by_id(const cJSON *list, const char *id)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, list) {
        if (*id && strcmp(gp_json_text(item, "id"), id) == 0) return item;
    }
    return NULL;
}

static void write_title(gp_buf_t *b, const gp_export_input_t *in)
{
    const cJSON *plan = in->plan;
    const char *name = gp_json_text(plan, "name");
    gp_buf_puts(b, "# Marketing plan: ");
    put_text(b, *name ? name : "Untitled plan");
    gp_buf_puts(b, "\n\n");
    const char *organisation = gp_json_text(plan, "organisation");
    if (*organisation) {
        gp_buf_puts(b, "**Organisation:** ");
        put_text(b, organisation);
        gp_buf_puts(b, "  \n");
    }
    char date[32];
    gp_date_format_long(in->today, date, sizeof date);
    gp_buf_printf(b, "**Date:** %s\n\n", date);
    const char *description = gp_json_text(plan, "description");
    if (*description) {
        gp_buf_puts(b, "**About this plan:** ");
        put_text(b, description);
        gp_buf_puts(b, "\n\n");
    }
}

static void write_objectives(gp_buf_t *b, const cJSON *plan)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(plan, "objectives");
    gp_buf_puts(b, "## Objectives\n\n");
    if (cJSON_GetArraySize(list) == 0) gp_buf_puts(b, "No objectives yet.\n");
    const cJSON *objective;
    cJSON_ArrayForEach(objective, list) {
        const char *name = gp_json_text(objective, "name"), *description = gp_json_text(objective, "description");
        gp_buf_puts(b, "- **");
        put_text(b, *name ? name : "Unnamed objective");
        gp_buf_puts(b, "**");
        if (*description) {
            gp_buf_puts(b, ": ");
            put_text(b, description);
        }
        gp_buf_puts(b, "\n");
    }
    gp_buf_puts(b, "\n");
}

static void write_numbers(gp_buf_t *b, const cJSON *goal)
{
    double baseline, target;
    bool has_baseline = gp_json_number(goal, "baseline", &baseline), has_target = gp_json_number(goal, "target", &target);
    const char *unit = gp_json_text(goal, "unit"), *deadline = gp_json_text(goal, "deadline");
    if (!has_baseline && !has_target && !*deadline) return;
    gp_buf_puts(b, "- **Numbers:** ");
    if (has_baseline) {
        gp_buf_puts(b, "from ");
        put_number(b, baseline);
        gp_buf_puts(b, " ");
    }
    if (has_target) {
        gp_buf_puts(b, "to ");
        put_number(b, target);
        gp_buf_puts(b, " ");
    }
    if (*unit && (has_baseline || has_target)) {
        put_text(b, unit);
        gp_buf_puts(b, " ");
    }
    if (*deadline) {
        gp_buf_puts(b, "by ");
        put_date(b, deadline);
    }
    gp_buf_puts(b, "\n");
}

static void write_smart(gp_buf_t *b, const cJSON *smart, const char *problem)
{
    static const char *const letters[5][2] = {
        {"S", "Specific"}, {"M", "Measurable"}, {"A", "Attainable"}, {"R", "Relevant"}, {"T", "Time-bound"}};
    if (!smart) {
        gp_buf_puts(b, "**SMART check:** not available");
        if (*problem) {
            gp_buf_puts(b, " (");
            put_text(b, problem);
            gp_buf_puts(b, ")");
        }
        gp_buf_puts(b, ".\n\n");
        return;
    }
    double score;
    bool smart_verdict = strcmp(gp_json_text(smart, "verdict"), "smart") == 0;
    gp_buf_printf(b, "**SMART check:** %s", smart_verdict ? "SMART" : "Not SMART yet");
    if (gp_json_number(smart, "score", &score)) {
        gp_buf_puts(b, " (score ");
        put_number(b, score);
        gp_buf_puts(b, " of 100)");
    }
    gp_buf_puts(b, "\n\n| Letter | Result | Reasons |\n| --- | --- | --- |\n");
    const cJSON *criteria = cJSON_GetObjectItemCaseSensitive(smart, "criteria");
    for (int i = 0; i < 5; i++) {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(criteria, letters[i][0]);
        gp_buf_printf(b, "| %s (%s) | %s | ", letters[i][0], letters[i][1], check_words(gp_json_text(c, "status")));
        const cJSON *reason;
        bool first = true;
        cJSON_ArrayForEach(reason, cJSON_GetObjectItemCaseSensitive(c, "reasons")) {
            if (!cJSON_IsString(reason)) continue;
            if (!first) gp_buf_puts(b, " ");
            put_text(b, reason->valuestring);
            first = false;
        }
        gp_buf_puts(b, " |\n");
    }
    gp_buf_puts(b, "\n");
    const char *rewrite = gp_json_text(smart, "rewrite");
    if (*rewrite) {
        gp_buf_puts(b, "**Suggested rewrite:** ");
        put_text(b, rewrite);
        gp_buf_puts(b, "\n\n");
    }
}

static void write_status(gp_buf_t *b, const cJSON *progress, const char *problem)
{
    if (!progress) {
        gp_buf_puts(b, "**Status:** not available");
        if (*problem) {
            gp_buf_puts(b, " (");
            put_text(b, problem);
            gp_buf_puts(b, ")");
        }
        gp_buf_puts(b, ".\n\n");
        return;
    }
    const char *status = gp_json_text(progress, "status"), *explanation = gp_json_text(progress, "explanation");
    const char *words = status_words(status);
    double pct;
    gp_buf_puts(b, "**Status:** ");
    if (words) gp_buf_puts(b, words);
    else put_text(b, *status ? status : "unknown");
    if (gp_json_number(progress, "progress_pct", &pct)) {
        gp_buf_puts(b, " (progress ");
        put_number(b, round(pct * 10) / 10);
        gp_buf_puts(b, "%)");
    }
    if (*explanation) {
        gp_buf_puts(b, ". ");
        put_text(b, explanation);
    }
    gp_buf_puts(b, "\n\n");
}

static void write_strategies(gp_buf_t *b, const cJSON *goal)
{
    const cJSON *strategies = cJSON_GetObjectItemCaseSensitive(goal, "strategies");
    if (cJSON_GetArraySize(strategies) == 0) return;
    gp_buf_puts(b, "**Strategies and tactics**\n\n");
    const cJSON *strategy;
    cJSON_ArrayForEach(strategy, strategies) {
        gp_buf_puts(b, "- Strategy: ");
        put_text(b, gp_json_text(strategy, "name"));
        gp_buf_puts(b, "\n");
        const cJSON *tactic;
        cJSON_ArrayForEach(tactic, cJSON_GetObjectItemCaseSensitive(strategy, "tactics")) {
            gp_buf_puts(b, "  - Tactic: ");
            put_text(b, gp_json_text(tactic, "name"));
            const char *facts[] = {gp_json_text(tactic, "channel"), gp_json_text(tactic, "owner"),
                                   gp_json_text(tactic, "status")};
            const char *labels[] = {"channel", "owner", "status"};
            for (int i = 0; i < 3; i++) {
                if (!*facts[i]) continue;
                gp_buf_printf(b, "; %s: ", labels[i]);
                put_text(b, facts[i]);
            }
            const char *start = gp_json_text(tactic, "start"), *end = gp_json_text(tactic, "end");
            if (*start) {
                gp_buf_puts(b, "; from ");
                put_date(b, start);
            }
            if (*end) {
                gp_buf_puts(b, *start ? " to " : "; until ");
                put_date(b, end);
            }
            gp_buf_puts(b, "\n");
        }
    }
    gp_buf_puts(b, "\n");
}

static void write_goals(gp_buf_t *b, const gp_export_input_t *in)
{
    const cJSON *goals = cJSON_GetObjectItemCaseSensitive(in->plan, "goals");
    gp_buf_puts(b, "## Goals\n\n");
    if (cJSON_GetArraySize(goals) == 0) gp_buf_puts(b, "No goals yet.\n\n");
    const cJSON *goal;
    int index = 0;
    cJSON_ArrayForEach(goal, goals) {
        gp_goal_facts_t facts = gp_export_goal_facts(in, goal, index);
        gp_buf_printf(b, "### Goal %d: ", ++index);
        put_text(b, gp_json_text(goal, "statement"));
        gp_buf_puts(b, "\n\n");
        const cJSON *objective =
            find_by_id(cJSON_GetObjectItemCaseSensitive(in->plan, "objectives"), gp_json_text(goal, "objective_id"));
        const cJSON *kpi = gp_plan_kpi(in->plan, gp_json_text(goal, "kpi_id"));
        if (objective) {
            gp_buf_puts(b, "- **Objective:** ");
            put_text(b, gp_json_text(objective, "name"));
            gp_buf_puts(b, "\n");
        }
        if (kpi) {
            gp_buf_puts(b, "- **KPI:** ");
            put_text(b, gp_json_text(kpi, "name"));
            gp_buf_puts(b, "\n");
        }
        write_numbers(b, goal);
        const char *rationale = gp_json_text(goal, "rationale");
        if (*rationale) {
            gp_buf_puts(b, "- **Why it matters:** ");
            put_text(b, rationale);
            gp_buf_puts(b, "\n");
        }
        gp_buf_puts(b, "\n");
        write_smart(b, facts.smart, facts.smart_problem);
        write_status(b, facts.progress, facts.progress_problem);
        write_strategies(b, goal);
    }
}

/* The KPI's latest measurement: the last by date, the later one in the
 * list when two share a date. */
static const cJSON *latest(const cJSON *kpi)
{
    const cJSON *best = NULL, *m;
    cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(kpi, "measurements")) {
        if (!best || strcmp(gp_json_text(m, "date"), gp_json_text(best, "date")) >= 0) best = m;
    }
    return best;
}

static void write_kpis(gp_buf_t *b, const cJSON *plan)
{
    const cJSON *kpis = cJSON_GetObjectItemCaseSensitive(plan, "kpis");
    gp_buf_puts(b, "## KPIs\n\n");
    if (cJSON_GetArraySize(kpis) == 0) {
        gp_buf_puts(b, "No KPIs yet.\n");
        return;
    }
    gp_buf_puts(b, "| KPI | Channel | Unit | Latest value | Date | Measurements |\n"
                   "| --- | --- | --- | --- | --- | --- |\n");
    const cJSON *kpi;
    cJSON_ArrayForEach(kpi, kpis) {
        gp_buf_puts(b, "| ");
        put_text(b, gp_json_text(kpi, "name"));
        gp_buf_puts(b, " | ");
        put_text(b, gp_json_text(kpi, "channel"));
        gp_buf_puts(b, " | ");
        const char *unit = gp_json_text(kpi, "unit"), *currency = gp_json_text(kpi, "currency");
        put_text(b, strcmp(unit, "currency") == 0 && *currency ? currency : unit);
        gp_buf_puts(b, " | ");
        const cJSON *last = latest(kpi);
        double value;
        if (last && gp_json_number(last, "value", &value)) {
            put_number(b, value);
            gp_buf_puts(b, " | ");
            put_date(b, gp_json_text(last, "date"));
        } else {
            gp_buf_puts(b, "none yet | ");
        }
        gp_buf_printf(b, " | %d |\n", cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(kpi, "measurements")));
    }
}

/* ---- the method ------------------------------------------------------------------------ */

cJSON *gp_export_markdown(const cJSON *request, gp_error_t *err)
{
    gp_export_input_t in;
    gp_buf_t b = {0};
    cJSON *result = NULL;
    if (!gp_export_input_read(request, &in, err)) goto done;
    write_title(&b, &in);
    write_objectives(&b, in.plan);
    write_goals(&b, &in);
    write_kpis(&b, in.plan);
    result = gp_buf_failed(&b) ? NULL : cJSON_CreateObject();
    if (!result || !cJSON_AddStringToObject(result, "markdown", gp_buf_text(&b))) {
        cJSON_Delete(result);
        result = NULL;
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while writing the report.");
    }
done:
    gp_export_input_free(&in);
    gp_buf_free(&b);
    return result;
}
