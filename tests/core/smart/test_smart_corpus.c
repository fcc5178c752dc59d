/* test_smart_corpus.c - the SMART evaluator against labelled goal statements.
 *
 * Runs every line of smart-dev.jsonl (path: $GP_SMART_CORPUS, else
 * tests/data/smart-dev.jsonl, copied as it is from the labelled files) through smart.evaluate without a
 * `today` (wording only, as the labels were made), prints agreement per
 * label and per letter, and asserts floors set just under what the rules
 * reach, so a change that makes the rules worse fails here.
 *
 * A letter counts as "missing" when it would stop the verdict: S, M or T
 * not passing, or A or R failing. Per-letter agreement uses only the lines
 * whose `missing` list is known (not null). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "check.h"

/* Floors (the rules reach 64/65 verdicts and the letter figures printed). */
#define VERDICT_FLOOR 0.95
#define LETTER_FLOOR 0.80

static char *read_corpus(char *path, size_t n)
{
    const char *env = getenv("GP_SMART_CORPUS");
    if (env && *env) snprintf(path, n, "%s", env);
    else snprintf(path, n, "%s/tests/data/smart-dev.jsonl", GP_SOURCE_DIR);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0, got;
    char *text = malloc(cap);
    while (text && (got = fread(text + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (cap - len < 2) {
            char *bigger = realloc(text, cap * 2);
            if (!bigger) {
                free(text);
                text = NULL;
                break;
            }
            text = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (text) text[len] = '\0';
    return text;
}

int main(void)
{
    char path[1024];
    char *text = read_corpus(path, sizeof path);
    if (!text) {
        fprintf(stderr, "test_smart_corpus: cannot read the labelled corpus at %s "
                        "(set GP_SMART_CORPUS to its path)\n", path);
        return 1;
    }
    static const char letters[] = "SMART";
    int total = 0, agree = 0, per_label[2] = {0, 0}, per_label_ok[2] = {0, 0};
    int letter_n[5] = {0}, letter_ok[5] = {0}, letter_missing[5] = {0}, letter_caught[5] = {0};
    char *line = text;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next) *next++ = '\0';
        cJSON *row = cJSON_Parse(line);
        line = next;
        if (!row) continue;
        const cJSON *statement = cJSON_GetObjectItemCaseSensitive(row, "text");
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(row, "label");
        const cJSON *missing = cJSON_GetObjectItemCaseSensitive(row, "missing");
        CHECK(cJSON_IsString(statement) && cJSON_IsString(label));
        if (!cJSON_IsString(statement) || !cJSON_IsString(label)) {
            cJSON_Delete(row);
            continue;
        }
        cJSON *req = cJSON_CreateObject();
        cJSON *goal = cJSON_AddObjectToObject(req, "goal");
        cJSON_AddStringToObject(goal, "statement", statement->valuestring);
        char *body = cJSON_PrintUnformatted(req);
        cJSON *response = call_json("smart.evaluate", body);
        free(body);
        cJSON_Delete(req);
        const cJSON *result = result_of(response);
        CHECK(result != NULL);
        if (result) {
            const char *verdict = cJSON_GetObjectItemCaseSensitive(result, "verdict")->valuestring;
            int smart_label = strcmp(label->valuestring, "smart") == 0;
            total++;
            per_label[smart_label]++;
            if (strcmp(verdict, label->valuestring) == 0) {
                agree++;
                per_label_ok[smart_label]++;
            } else {
                printf("  disagree (%s): %s\n", label->valuestring, statement->valuestring);
            }
            if (cJSON_IsArray(missing)) {
                const cJSON *criteria = cJSON_GetObjectItemCaseSensitive(result, "criteria");
                for (int k = 0; k < 5; k++) {
                    char key[2] = {letters[k], 0};
                    const char *status =
                        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(criteria, key), "status")
                            ->valuestring;
                    int ours = (k == 2 || k == 3) ? strcmp(status, "fail") == 0 : strcmp(status, "pass") != 0;
                    int theirs = 0;
                    const cJSON *m;
                    cJSON_ArrayForEach(m, missing) if (cJSON_IsString(m) && m->valuestring[0] == letters[k]) theirs = 1;
                    letter_n[k]++;
                    letter_ok[k] += ours == theirs;
                    letter_missing[k] += theirs;
                    letter_caught[k] += ours && theirs;
                }
            }
        }
        cJSON_Delete(response);
        cJSON_Delete(row);
    }
    free(text);
    CHECK(total >= 60);
    double rate = total ? (double)agree / total : 0;
    printf("verdict agreement: %d/%d = %.1f%%\n", agree, total, 100 * rate);
    printf("  labelled smart:     %d/%d\n", per_label_ok[1], per_label[1]);
    printf("  labelled not_smart: %d/%d\n", per_label_ok[0], per_label[0]);
    int letters_n = 0, letters_ok = 0;
    for (int k = 0; k < 5; k++) {
        printf("  %c: %d/%d agree; labelled missing %d, of which we flag %d\n", letters[k], letter_ok[k], letter_n[k],
               letter_missing[k], letter_caught[k]);
        letters_n += letter_n[k];
        letters_ok += letter_ok[k];
    }
    double letter_rate = letters_n ? (double)letters_ok / letters_n : 0;
    printf("letter agreement: %.1f%%\n", 100 * letter_rate);
    CHECK(rate >= VERDICT_FLOOR);
    CHECK(per_label[1] > 0 && (double)per_label_ok[1] / per_label[1] >= VERDICT_FLOOR);
    CHECK(per_label[0] > 0 && (double)per_label_ok[0] / per_label[0] >= VERDICT_FLOOR - 0.05);
    CHECK(letter_rate >= LETTER_FLOOR);
    return check_report();
}
