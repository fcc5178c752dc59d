/* test_fuzz_regressions.c - replays every input listed in
 * tests/fuzz/regressions/index.txt through gp_call, decoded exactly as the
 * fuzzer decodes it (tests/fuzz/fuzz_input.h), and checks the boundary's
 * promise: an answer that is an {"ok":...} JSON object with a result or an
 * error, in valid UTF-8. The sanitizer and valgrind runs of this test catch
 * the memory errors those inputs once caused. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../fuzz/fuzz_input.h"
#include "call.h"
#include "check.h"

#define REGRESSIONS GP_SOURCE_DIR "/tests/fuzz/regressions/"

/* Reads the whole file NAME from the regressions folder; *SIZE its length. */
static uint8_t *read_input(const char *name, size_t *size)
{
    char path[512];
    snprintf(path, sizeof path, "%s%s", REGRESSIONS, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    uint8_t *data = NULL;
    size_t used = 0, cap = 0, got;
    do {
        if (used == cap) {
            cap = cap ? cap * 2 : 4096;
            uint8_t *grown = realloc(data, cap);
            if (!grown) break;
            data = grown;
        }
        got = fread(data + used, 1, cap - used, f);
        used += got;
    } while (got > 0);
    fclose(f);
    *size = used;
    return data;
}

static void replay(const char *name)
{
    size_t size = 0;
    uint8_t *data = read_input(name, &size);
    CHECK(data != NULL && size > 0);
    if (!data || size == 0) {
        fprintf(stderr, "  cannot read %s%s\n", REGRESSIONS, name);
        free(data);
        return;
    }
    const char *method = NULL;
    char *request = gp_fuzz_request(data, size, &method);
    char *response = request ? gp_call(method, request) : NULL;
    cJSON *parsed = response ? cJSON_Parse(response) : NULL;
    const cJSON *ok = cJSON_GetObjectItemCaseSensitive(parsed, "ok");
    bool kept = cJSON_IsBool(ok) &&
                cJSON_GetObjectItemCaseSensitive(parsed, cJSON_IsTrue(ok) ? "result" : "error") != NULL &&
                gp_fuzz_utf8_valid((const unsigned char *)response);
    CHECK(kept);
    if (!kept) fprintf(stderr, "  %s (%s): %.300s\n", name, method ? method : "?", response ? response : "(null)");
    cJSON_Delete(parsed);
    gp_free(response);
    free(request);
    free(data);
}

int main(void)
{
    FILE *index = fopen(REGRESSIONS "index.txt", "r");
    CHECK(index != NULL);
    int replayed = 0;
    char line[512];
    while (index && fgets(line, sizeof line, index)) {
        /* One file name per line; '#' starts a comment. */
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char *name = line;
        while (*name == ' ' || *name == '\t') name++;
        size_t n = strlen(name);
        while (n > 0 && (name[n - 1] == '\n' || name[n - 1] == '\r' || name[n - 1] == ' ' || name[n - 1] == '\t'))
            name[--n] = '\0';
        if (n == 0) continue;
        replay(name);
        replayed++;
    }
    if (index) fclose(index);
    printf("%d inputs replayed\n", replayed);
    CHECK(replayed > 0);
    return check_report();
}
