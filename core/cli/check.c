/* check.c - `goalpost check`: grade a file of goal statements.
 *
 * Input is one statement per line, or a CSV whose header has a `goal`
 * column. Each statement goes through smart.evaluate (the same call the web
 * app makes) and comes out as one table row - verdict, the five letters,
 * score, first suggestion - or, with --json, as one JSON array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cJSON.h"
#include "check.h"
#include "export/csv.h"
#include "base/dates.h"
#include "goalpost.h"
#include "read_all.h"

static int usage(void)
{
    fputs("usage: goalpost check FILE|- [--json] [--today YYYY-MM-DD]\n"
          "\n"
          "Grades goal statements with the SMART evaluator: one statement per line,\n"
          "or a CSV file with a 'goal' column. Prints a table (verdict, S M A R T,\n"
          "score, first suggestion); --json prints the full evaluations instead.\n"
          "\n"
          "Without --today only the wording is judged: dates are accepted as written\n"
          "and phrases such as 'within 6 months' count as time-bound. With --today,\n"
          "time frames become real deadlines and past deadlines fail.\n"
          "\n"
          "Letters: + pass, ~ warn, - fail. Exit status 0 when every statement was\n"
          "evaluated, 1 when some could not be (too long), 2 for usage or I/O errors.\n",
          stderr);
    return 2;
}

/* ---- statements -------------------------------------------------------------- */

typedef struct {
    char **items;
    int *lines;
    size_t count, cap;
} list_t;

static bool add(list_t *l, const char *text, size_t n, int line)
{
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\r')) n--;
    while (n > 0 && (*text == ' ' || *text == '\t')) text++, n--;
    if (n == 0) return true;
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **items = realloc(l->items, cap * sizeof *items);
        if (!items) return false;
        l->items = items;
        int *lines = realloc(l->lines, cap * sizeof *lines);
        if (!lines) return false;
        l->lines = lines;
        l->cap = cap;
    }
    char *copy = malloc(n + 1);
    if (!copy) return false;
    memcpy(copy, text, n);
    copy[n] = '\0';
    l->items[l->count] = copy;
    l->lines[l->count++] = line;
    return true;
}

static void list_free(list_t *l)
{
    for (size_t i = 0; i < l->count; i++) free(l->items[i]);
    free(l->items);
    free(l->lines);
}

static bool same_word(const char *a, const char *w)
{
    while (*a == ' ') a++;
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != w[i]) return false;
    for (a += n; *a; a++)
        if (*a != ' ') return false;
    return true;
}

/* Fills L from TEXT; returns false (with a message printed) on failure. */
static bool read_statements(const char *text, list_t *l)
{
    size_t n = strlen(text);
    /* A CSV when the first line, parsed as CSV, has a field named "goal". */
    const char *eol = strpbrk(text, "\r\n");
    size_t first = eol ? (size_t)(eol - text) : n;
    gp_csv_t head = {0};
    gp_error_t err = {0};
    long column = -1;
    if (gp_csv_parse(text, first, NULL, "", &head, &err) && head.record_count > 0) {
        for (size_t f = 0; f < head.records[0].count; f++)
            if (same_word(gp_csv_field(&head, 0, f), "goal")) column = (long)f;
    }
    gp_csv_free(&head);
    if (column >= 0) {
        gp_csv_t csv = {0};
        if (!gp_csv_parse(text, n, NULL, "", &csv, &err)) {
            fprintf(stderr, "goalpost check: %s\n", err.message);
            gp_csv_free(&csv);
            return false;
        }
        bool ok = true;
        for (size_t r = 1; r < csv.record_count && ok; r++) {
            const char *goal = gp_csv_field(&csv, r, (size_t)column);
            ok = add(l, goal, strlen(goal), csv.records[r].line);
        }
        gp_csv_free(&csv);
        if (!ok) fputs("goalpost check: out of memory\n", stderr);
        return ok;
    }
    int line = 1;
    const char *p = text;
    /* Skip a UTF-8 byte order mark. */
    if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) p += 3;
    while (*p) {
        size_t len = strcspn(p, "\n");
        if (!add(l, p, len, line)) {
            fputs("goalpost check: out of memory\n", stderr);
            return false;
        }
        p += len;
        if (*p == '\n') p++;
        line++;
    }
    return true;
}

/* ---- output ------------------------------------------------------------------- */

/* Prints S padded or cut to WIDTH characters (code points, not bytes). */
static void print_cell(const char *s, size_t width)
{
    size_t chars = 0, i = 0;
    while (s[i] && chars < width) {
        size_t j = i + 1;
        while (((unsigned char)s[j] & 0xC0) == 0x80) j++;
        if (chars == width - 1 && s[j]) {
            fputs("\xE2\x80\xA6", stdout);
            chars++;
            i = strlen(s);
            break;
        }
        fwrite(s + i, 1, j - i, stdout);
        i = j;
        chars++;
    }
    for (; chars < width; chars++) putchar(' ');
}

static const char *string_at(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static char mark(const cJSON *criteria, const char *letter)
{
    const char *s = string_at(cJSON_GetObjectItemCaseSensitive(criteria, letter), "status");
    return strcmp(s, "pass") == 0 ? '+' : strcmp(s, "warn") == 0 ? '~' : '-';
}

static const char *first_suggestion(const cJSON *criteria)
{
    static const char *const letters[] = {"S", "M", "A", "R", "T"};
    for (int i = 0; i < 5; i++) {
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(criteria, letters[i]),
                                                          "suggestions");
        const cJSON *first = cJSON_IsArray(s) ? cJSON_GetArrayItem(s, 0) : NULL;
        if (cJSON_IsString(first)) return first->valuestring;
    }
    return "";
}

int gp_cli_check(int argc, char **argv)
{
    const char *path = NULL, *today = NULL;
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) json = true;
        else if (strcmp(argv[i], "--today") == 0 && i + 1 < argc) today = argv[++i];
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) return usage();
        else if (!path && (argv[i][0] != '-' || strcmp(argv[i], "-") == 0)) path = argv[i];
        else return usage();
    }
    if (!path) return usage();
    gp_day_t day;
    if (today && !gp_date_parse_iso(today, &day)) {
        fprintf(stderr, "goalpost check: --today must be a date written YYYY-MM-DD, not '%s'\n", today);
        return 2;
    }
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in) {
        fprintf(stderr, "goalpost check: cannot open '%s'\n", path);
        return 2;
    }
    char *text = gp_read_all(in);
    if (in != stdin) fclose(in);
    if (!text) {
        fprintf(stderr, "goalpost check: could not read '%s'\n", path);
        return 2;
    }
    list_t goals = {0};
    bool read_ok = read_statements(text, &goals);
    free(text);
    if (!read_ok) {
        list_free(&goals);
        return 2;
    }

    cJSON *all = json ? cJSON_CreateArray() : NULL;
    if (json && !all) {
        list_free(&goals);
        fputs("goalpost check: out of memory\n", stderr);
        return 2;
    }
    if (!json) printf("line  verdict    S M A R T  score  goal                                      first suggestion\n");
    int smart = 0, failed = 0;
    for (size_t i = 0; i < goals.count; i++) {
        cJSON *req = cJSON_CreateObject();
        cJSON *goal = req ? cJSON_AddObjectToObject(req, "goal") : NULL;
        bool built = goal && cJSON_AddStringToObject(goal, "statement", goals.items[i]) &&
                     (!today || cJSON_AddStringToObject(req, "today", today));
        char *request = built ? cJSON_PrintUnformatted(req) : NULL;
        cJSON_Delete(req);
        char *response = request ? gp_call("smart.evaluate", request) : NULL;
        free(request);
        cJSON *parsed = response ? cJSON_Parse(response) : NULL;
        gp_free(response);
        if (!parsed) {
            fputs("goalpost check: out of memory\n", stderr);
            cJSON_Delete(all);
            list_free(&goals);
            return 2;
        }
        cJSON *result = cJSON_GetObjectItemCaseSensitive(parsed, "result");
        cJSON *error = cJSON_GetObjectItemCaseSensitive(parsed, "error");
        if (result && strcmp(string_at(result, "verdict"), "smart") == 0) smart++;
        if (!result) failed++;
        if (json) {
            cJSON *row = cJSON_CreateObject();
            if (row && cJSON_AddNumberToObject(row, "line", goals.lines[i]) &&
                cJSON_AddStringToObject(row, "goal", goals.items[i])) {
                cJSON *detached = cJSON_DetachItemFromObjectCaseSensitive(parsed, result ? "result" : "error");
                if (detached) cJSON_AddItemToObject(row, result ? "result" : "error", detached);
                cJSON_AddItemToArray(all, row);
            } else {
                cJSON_Delete(row);
            }
        } else if (result) {
            const cJSON *c = cJSON_GetObjectItemCaseSensitive(result, "criteria");
            const cJSON *score = cJSON_GetObjectItemCaseSensitive(result, "score");
            printf("%4d  %-9s  %c %c %c %c %c  %5d  ", goals.lines[i], string_at(result, "verdict"), mark(c, "S"),
                   mark(c, "M"), mark(c, "A"), mark(c, "R"), mark(c, "T"), cJSON_IsNumber(score) ? score->valueint : 0);
            print_cell(goals.items[i], 40);
            printf("  %s\n", first_suggestion(c));
        } else {
            printf("%4d  error      . . . . .      -  ", goals.lines[i]);
            print_cell(goals.items[i], 40);
            printf("  %s\n", string_at(error, "message"));
        }
        cJSON_Delete(parsed);
    }
    if (json) {
        char *out = cJSON_Print(all);
        if (out) puts(out);
        free(out);
        cJSON_Delete(all);
    } else {
        printf("%zu goal%s: %d smart, %zu not smart%s\n", goals.count, goals.count == 1 ? "" : "s", smart,
               goals.count - (size_t)smart - (size_t)failed, failed ? ", some could not be read" : "");
        if (!today) printf("(wording only: run with --today YYYY-MM-DD to check deadlines against a date)\n");
    }
    list_free(&goals);
    return failed ? 1 : 0;
}
