/* plan_cases.h - a small valid plan to start from, and a way to change one
 * field of it by path, so each validation test is one line. */
#ifndef GP_TEST_PLAN_CASES_H
#define GP_TEST_PLAN_CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cJSON.h"

/* The base plan, written with ' for " so it reads as JSON. Two goals, four
 * KPIs (one cumulative money KPI with a refund, one percent KPI computed by
 * a formula), measurements out of date order on purpose. */
static const char base_plan_text[] =
    "{'schema':1,'id':'p1','name':'  Robin Tweezers  ','organisation':'Robin Co','description':'Spring plan',"
    "'created':'2026-01-05T10:00:00.000Z','updated':'2026-01-05',"
    "'objectives':[{'id':'o1','name':'Grow sales','description':''}],"
    "'goals':[{'id':'g1','statement':'Increase sales revenue by 20% by 2026-12-31','objective_id':'o1',"
    "'kpi_id':'k-rev','direction':'increase','baseline':1000,'baseline_date':'2026-01-01','target':1200,"
    "'unit':'USD','start':'2026-01-01','deadline':'2026-12-31','rationale':'Repeat buyers spend more.',"
    "'weight':2,'milestones':[{'date':'2026-06-30','target':1100}],"
    "'strategies':[{'id':'s1','name':'Encourage repeat purchases','tactics':[{'id':'t1','name':'Email a coupon',"
    "'channel':'email','owner':'Robin','start':'2026-02-01','end':'2026-08-31','status':'active',"
    "'kpi_ids':['k-rev','k-conv']}]}]},"
    "{'id':'g2','statement':'Raise the conversion rate to 3%','kpi_id':'k-conv','baseline':2,'target':3}],"
    "'kpis':[{'id':'k-rev','name':'Sales revenue','channel':'sales','unit':'currency','currency':'usd',"
    "'aggregation':'cumulative','measurements':[{'date':'2026-02-01','value':300,'note':'Feb'},"
    "{'date':'2026-01-15','value':-20,'note':'refund'},{'date':'2026-02-01','value':50,'note':'Feb, late'}]},"
    "{'id':'k-orders','name':'Orders','measurements':[{'date':'2026-01-31','value':40}]},"
    "{'id':'k-sessions','name':'Sessions','channel':'web'},"
    "{'id':'k-conv','name':'Conversion rate','unit':'percent',"
    "'formula':{'numerator':'k-orders','denominator':'k-sessions','scale':100},"
    "'measurements':[{'date':'2026-01-31','value':2.5}]}]}";

/* TEXT with every ' turned into " (caller frees). */
static inline char *dq(const char *text)
{
    size_t n = strlen(text) + 1;
    char *out = malloc(n);
    if (!out) abort();
    memcpy(out, text, n);
    for (char *p = out; *p; p++)
        if (*p == '\'') *p = '"';
    return out;
}

static inline cJSON *parse_dq(const char *text)
{
    char *json = dq(text);
    cJSON *doc = cJSON_Parse(json);
    free(json);
    return doc;
}

/* The member of DOC at PATH ("goals[0].milestones[1].date"); with PARENT
 * and KEY/INDEX set so a caller can replace or delete it. */
static inline cJSON *at_path(cJSON *doc, const char *path, cJSON **parent, char *key, int *index)
{
    cJSON *node = doc;
    const char *p = path;
    *parent = NULL;
    while (*p && node) {
        *parent = node;
        if (*p == '[') {
            *index = atoi(p + 1);
            key[0] = '\0';
            node = cJSON_GetArrayItem(node, *index);
            p = strchr(p, ']') + 1;
        } else {
            if (*p == '.') p++;
            size_t n = strcspn(p, ".[");
            memcpy(key, p, n);
            key[n] = '\0';
            node = cJSON_GetObjectItemCaseSensitive(node, key);
            p += n;
        }
    }
    return node;
}

/* The base plan with the field at PATH set to VALUE (JSON with ', parsed),
 * or removed when VALUE is NULL. */
static inline cJSON *base_with(const char *path, const char *value)
{
    cJSON *doc = parse_dq(base_plan_text), *parent;
    if (!path) return doc;
    char key[128];
    int index = -1;
    cJSON *old = at_path(doc, path, &parent, key, &index);
    cJSON *replacement = value ? parse_dq(value) : NULL;
    if (value && !replacement) abort();
    if (*key) {
        if (old) cJSON_DeleteItemFromObjectCaseSensitive(parent, key);
        if (replacement) cJSON_AddItemToObject(parent, key, replacement);
    } else if (replacement) {
        cJSON_ReplaceItemInArray(parent, index, replacement);
    } else {
        cJSON_DeleteItemFromArray(parent, index);
    }
    return doc;
}

/* {"plan": PLAN} as text (caller frees); PLAN is deleted. */
static inline char *plan_request(cJSON *plan)
{
    cJSON *request = cJSON_CreateObject();
    cJSON_AddItemToObject(request, "plan", plan);
    char *text = cJSON_PrintUnformatted(request);
    cJSON_Delete(request);
    return text;
}

/* The whole file at PATH as text (caller frees), or NULL. */
static inline char *read_file(const char *path)
{
    FILE *in = fopen(path, "rb");
    if (!in) return NULL;
    char *text = NULL;
    long n = fseek(in, 0, SEEK_END) == 0 ? ftell(in) : -1;
    if (n >= 0 && fseek(in, 0, SEEK_SET) == 0 && (text = malloc((size_t)n + 1)) != NULL) {
        if (fread(text, 1, (size_t)n, in) != (size_t)n) {
            free(text);
            text = NULL;
        } else {
            text[n] = '\0';
        }
    }
    fclose(in);
    return text;
}

/* The case file tests/fixtures/FILE, parsed (caller deletes), or NULL. */
static inline cJSON *read_fixture(const char *file)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tests/fixtures/%s", GP_SOURCE_DIR, file);
    char *text = read_file(path);
    cJSON *doc = text ? cJSON_Parse(text) : NULL;
    free(text);
    return doc;
}

#endif
