/* smart_answer.c - a SMART evaluation as a cJSON tree. The keys, statuses
 * and questions are static strings the tree points at ("CS" items, string
 * references). */
#include "smart_answer.h"

#include <string.h>

static const char *const letter_keys[5] = {"S", "M", "A", "R", "T"};
static const char *const status_names[3] = {"pass", "warn", "fail"};

static const char *const question_text[5] = {
    "What exactly do you want to accomplish?",
    "Which quantitative or qualitative attribute will you track as the metric?",
    "Is it within your power to achieve it with the time and means you have?",
    "Is it relevant to the campaign and the objective it serves?",
    "Can it be met by a specific date?",
};

/* Adds ITEM under KEY; returns ITEM, or NULL when it is NULL (out of memory). */
static cJSON *add_item(cJSON *obj, const char *key, cJSON *item)
{
    if (item && !cJSON_AddItemToObjectCS(obj, key, item)) {
        cJSON_Delete(item);
        item = NULL;
    }
    return item;
}

static bool add_fixed_text_or_null(cJSON *obj, const char *key, const char *text)
{
    return add_item(obj, key, text && *text ? cJSON_CreateStringReference(text) : cJSON_CreateNull()) != NULL;
}

static bool add_text_or_null(cJSON *obj, const char *key, const char *text)
{
    return add_item(obj, key, *text ? cJSON_CreateString(text) : cJSON_CreateNull()) != NULL;
}

static bool add_number_or_null(cJSON *obj, const char *key, bool has, double v)
{
    return add_item(obj, key, has ? cJSON_CreateNumber(v) : cJSON_CreateNull()) != NULL;
}

static bool add_notes(cJSON *obj, const char *key, const gp_smart_note_t *notes, int count)
{
    cJSON *list = add_item(obj, key, cJSON_CreateArray());
    for (int i = 0; list && i < count; i++) {
        cJSON *s = cJSON_CreateString(notes[i].text);
        if (!s) return false;
        cJSON_AddItemToArray(list, s);
    }
    return list != NULL;
}

static bool add_letter(cJSON *criteria, const char *key, const gp_smart_letter_t *l)
{
    cJSON *c = add_item(criteria, key, cJSON_CreateObject());
    return c && add_fixed_text_or_null(c, "status", status_names[l->status]) &&
           add_number_or_null(c, "score", true, l->score) && add_notes(c, "reasons", l->reasons, l->nreasons) &&
           add_notes(c, "suggestions", l->suggestions, l->nsuggestions);
}

cJSON *gp_smart_answer_tree(const gp_smart_answer_t *a)
{
    cJSON *result = cJSON_CreateObject();
    if (!result) return NULL;
    bool ok = add_fixed_text_or_null(result, "verdict", a->smart ? "smart" : "not_smart") &&
              add_number_or_null(result, "score", true, a->score);
    cJSON *criteria = ok ? add_item(result, "criteria", cJSON_CreateObject()) : NULL;
    ok = criteria != NULL;
    for (int i = 0; ok && i < 5; i++) ok = add_letter(criteria, letter_keys[i], &a->letters[i]);

    cJSON *ex = ok ? add_item(result, "extracted", cJSON_CreateObject()) : NULL;
    ok = ex != NULL && add_fixed_text_or_null(ex, "action", a->action) && add_text_or_null(ex, "metric", a->metric) &&
         add_number_or_null(ex, "amount", a->has_amount, a->amount) &&
         add_fixed_text_or_null(ex, "amount_kind", a->amount_kind) &&
         add_number_or_null(ex, "from", a->has_from, a->from) && add_number_or_null(ex, "to", a->has_to, a->to) &&
         add_text_or_null(ex, "deadline", a->deadline) && add_text_or_null(ex, "timeframe_text", a->timeframe_text) &&
         add_text_or_null(ex, "means", a->means);
    ok = ok && add_text_or_null(result, "rewrite", a->rewrite);

    cJSON *questions = ok ? add_item(result, "questions", cJSON_CreateArray()) : NULL;
    ok = questions != NULL;
    for (int i = 0; ok && i < 5; i++) {
        if (!(a->unanswered & (1u << i))) continue;
        cJSON *q = cJSON_CreateStringReference(question_text[i]);
        if (!q) ok = false;
        else cJSON_AddItemToArray(questions, q);
    }
    if (!ok) {
        cJSON_Delete(result);
        return NULL;
    }
    return result;
}
