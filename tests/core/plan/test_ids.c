/* test_ids.c - id syntax and the id table (growth, lookups, duplicates). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "plan/ids.h"
#include "base/gp_limits.h"

static void test_id_syntax(void)
{
    CHECK(gp_id_valid("g1"));
    CHECK(gp_id_valid("plan-5be2c0d1_A"));
    CHECK(!gp_id_valid(""));
    CHECK(!gp_id_valid(NULL));
    CHECK(!gp_id_valid("a b"));
    CHECK(!gp_id_valid("a.b"));
    CHECK(!gp_id_valid("caf\xC3\xA9"));
    CHECK(!gp_id_valid("<script>"));
    char id[GP_MAX_ID_CHARS + 2];
    memset(id, 'x', sizeof id - 1);
    id[GP_MAX_ID_CHARS] = '\0';
    CHECK(gp_id_valid(id));
    id[GP_MAX_ID_CHARS] = 'x';
    id[GP_MAX_ID_CHARS + 1] = '\0';
    CHECK(!gp_id_valid(id));
}

static void test_table(void)
{
    static char ids[5000][8];
    gp_id_table_t table = {0};
    const void *value = NULL;
    CHECK(!gp_id_table_find(&table, "k1", &value)); /* empty, never allocated */
    bool added = false, all_added = true;
    for (int i = 0; i < 5000; i++) {
        snprintf(ids[i], sizeof ids[i], "k%d", i);
        CHECK(gp_id_table_add(&table, ids[i], ids[i], &added));
        all_added = all_added && added;
    }
    CHECK(all_added);
    CHECK(table.count == 5000);
    /* Every id still found with its value after the table grew many times. */
    int wrong = 0;
    for (int i = 0; i < 5000; i++)
        if (!gp_id_table_find(&table, ids[i], &value) || value != ids[i]) wrong++;
    CHECK(wrong == 0);
    CHECK(!gp_id_table_find(&table, "k5000", NULL));
    /* A second add of an id keeps the first value. */
    char again[] = "k42";
    CHECK(gp_id_table_add(&table, again, "other", &added) && !added);
    CHECK(gp_id_table_find(&table, "k42", &value) && value == ids[42]);
    CHECK(table.count == 5000);
    gp_id_table_free(&table);
    CHECK(table.capacity == 0 && !gp_id_table_find(&table, "k1", NULL));
    gp_id_table_free(NULL);
}

int main(void)
{
    RUN(test_id_syntax);
    RUN(test_table);
    return check_report();
}
