/* test_kpi_catalog.c - kpi.catalog and the catalog lookups the SMART
 * evaluator uses: every entry well-formed, the course's seed metrics there
 * with the right meaning, search and phrase matching. */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "call.h"
#include "check.h"
#include "plan/kpi_catalog.h"

static const char *const units[] = {"count", "percent", "currency", "ratio", "duration"};
static const char *const directions[] = {"higher", "lower"};
static const char *const aggregations[] = {"level", "cumulative", "average"};
static const char *const channels[] = {"email", "social", "web", "ads", "in-store", "other"};

/* The seed metrics the course material asks for, by catalog id. */
static const char *const required_ids[] = {
    "website-visits",  "social-traffic-share", "email-traffic-share", "search-traffic-share",
    "ads-traffic-share", "email-open-rate",    "email-click-rate",    "email-engagement-score",
    "coupon-redemptions", "coupon-conversion-rate", "social-likes",   "social-shares",
    "social-comments", "social-engagement-rate", "social-followers",  "sales-revenue",
    "repeat-purchase-rate", "average-order-value", "orders",          "conversion-rate",
    "cart-abandonment-rate", "fba-share",       "ctr",                 "cpc",
    "cac",             "roas",                 "bounce-rate",         "unsubscribe-rate",
    "nps",             "email-subscribers",    "new-customers",       "leads",
};

static bool one_of(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(s, list[i]) == 0) return true;
    return false;
}

static const char *str_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static cJSON *catalog_call(const char *request) { return call_json("kpi.catalog", request); }

/* The kpis list of a response (NULL when not ok). */
static const cJSON *kpis_of(const cJSON *response)
{
    return cJSON_GetObjectItemCaseSensitive(result_of(response), "kpis");
}

static const cJSON *entry(const cJSON *kpis, const char *id)
{
    const cJSON *k;
    cJSON_ArrayForEach(k, kpis) {
        const char *kid = str_of(k, "id");
        if (kid && strcmp(kid, id) == 0) return k;
    }
    return NULL;
}

static bool readable_id(const char *id)
{
    if (!id || !islower((unsigned char)id[0])) return false;
    for (const char *p = id; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || (*p == '-' && p[1] && p[1] != '-')))
            return false;
    return true;
}

static bool lowercase_trimmed(const char *s)
{
    if (!s || !*s || isspace((unsigned char)s[0]) || isspace((unsigned char)s[strlen(s) - 1])) return false;
    for (const char *p = s; *p; p++)
        if (isupper((unsigned char)*p)) return false;
    return true;
}

/* ---- the whole catalog through the boundary ------------------------------ */

static void test_catalog_has_at_least_30_well_formed_entries(void)
{
    cJSON *r = catalog_call("{}");
    const cJSON *kpis = kpis_of(r);
    CHECK(cJSON_IsArray(kpis));
    int n = cJSON_GetArraySize(kpis);
    CHECK(n >= 30);
    CHECK((size_t)n == gp_kpi_catalog_count());
    const cJSON *k;
    int i = 0;
    cJSON_ArrayForEach(k, kpis) {
        const char *id = str_of(k, "id");
        CHECK(readable_id(id));
        /* ids unique: no later entry repeats this one */
        for (const cJSON *later = k->next; later; later = later->next) CHECK(strcmp(str_of(later, "id"), id) != 0);
        CHECK(str_of(k, "name") && strlen(str_of(k, "name")) > 2);
        CHECK(one_of(str_of(k, "channel"), channels, 6));
        const char *unit = str_of(k, "unit");
        CHECK(one_of(unit, units, 5));
        CHECK(one_of(str_of(k, "direction"), directions, 2));
        CHECK(one_of(str_of(k, "aggregation"), aggregations, 3));
        const char *currency = str_of(k, "currency");
        if (unit && strcmp(unit, "currency") == 0) {
            CHECK(currency && strlen(currency) == 3 && isupper((unsigned char)currency[0]) &&
                  isupper((unsigned char)currency[1]) && isupper((unsigned char)currency[2]));
        } else {
            CHECK(cJSON_GetObjectItemCaseSensitive(k, "currency") == NULL);
        }
        const char *description = str_of(k, "description");
        CHECK(description && strlen(description) >= 20 && strlen(description) <= 120);
        CHECK(description && !strchr(description, '\n') && description[strlen(description) - 1] == '.');
        CHECK(str_of(k, "source") && strlen(str_of(k, "source")) >= 5);
        const cJSON *phrases = cJSON_GetObjectItemCaseSensitive(k, "phrases"), *p;
        CHECK(cJSON_IsArray(phrases) && cJSON_GetArraySize(phrases) >= 1);
        cJSON_ArrayForEach(p, phrases) CHECK(cJSON_IsString(p) && lowercase_trimmed(p->valuestring));
        i++;
    }
    CHECK(i == n);
    cJSON_Delete(r);
}

static void test_formulas_reference_catalog_ids(void)
{
    cJSON *r = catalog_call("{}");
    const cJSON *kpis = kpis_of(r), *k;
    int derived = 0;
    cJSON_ArrayForEach(k, kpis) {
        const cJSON *f = cJSON_GetObjectItemCaseSensitive(k, "formula");
        if (!f) continue;
        derived++;
        const char *num = str_of(f, "numerator"), *den = str_of(f, "denominator");
        const cJSON *scale = cJSON_GetObjectItemCaseSensitive(f, "scale");
        CHECK(num && den && entry(kpis, num) && entry(kpis, den));
        CHECK(num && den && strcmp(num, den) != 0 && strcmp(num, str_of(k, "id")) != 0 &&
              strcmp(den, str_of(k, "id")) != 0);
        /* A percentage is a share x 100; any other ratio is left as it is. */
        CHECK(cJSON_IsNumber(scale) &&
              scale->valuedouble == (strcmp(str_of(k, "unit"), "percent") == 0 ? 100.0 : 1.0));
        /* Parts are measured directly, so formulas never chain. */
        CHECK(num && den && !cJSON_GetObjectItemCaseSensitive(entry(kpis, num), "formula") &&
              !cJSON_GetObjectItemCaseSensitive(entry(kpis, den), "formula"));
    }
    CHECK(derived >= 10);
    cJSON_Delete(r);
}

static void test_required_seed_metrics_are_present(void)
{
    cJSON *r = catalog_call("{}");
    const cJSON *kpis = kpis_of(r);
    for (size_t i = 0; i < sizeof required_ids / sizeof required_ids[0]; i++) {
        if (!entry(kpis, required_ids[i])) fprintf(stderr, "missing catalog id %s\n", required_ids[i]);
        CHECK(entry(kpis, required_ids[i]) != NULL);
    }
    cJSON_Delete(r);
}

/* The meaning of the metrics the course leans on, checked field by field. */
static void test_seed_metrics_mean_what_the_course_says(void)
{
    cJSON *r = catalog_call("{}");
    const cJSON *kpis = kpis_of(r);
    const cJSON *conv = entry(kpis, "conversion-rate");
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(conv, "formula");
    CHECK_STR(str_of(f, "numerator"), "orders");
    CHECK_STR(str_of(f, "denominator"), "website-visits");
    CHECK(cJSON_GetObjectItemCaseSensitive(f, "scale") &&
          cJSON_GetObjectItemCaseSensitive(f, "scale")->valuedouble == 100);
    CHECK_STR(str_of(conv, "unit"), "percent");

    const char *lower[] = {"cart-abandonment-rate", "cpc", "cac", "bounce-rate", "unsubscribe-rate"};
    for (size_t i = 0; i < 5; i++) CHECK_STR(str_of(entry(kpis, lower[i]), "direction"), "lower");
    const char *higher[] = {"sales-revenue", "roas", "ctr", "nps", "fba-share", "repeat-purchase-rate"};
    for (size_t i = 0; i < 6; i++) CHECK_STR(str_of(entry(kpis, higher[i]), "direction"), "higher");

    CHECK_STR(str_of(entry(kpis, "new-customers"), "aggregation"), "cumulative");
    CHECK_STR(str_of(entry(kpis, "coupon-redemptions"), "aggregation"), "cumulative");
    CHECK_STR(str_of(entry(kpis, "website-visits"), "aggregation"), "level");
    CHECK_STR(str_of(entry(kpis, "website-visits"), "source"), "Google Analytics: Sessions");

    const char *shares[] = {"social-traffic-share", "email-traffic-share", "search-traffic-share", "ads-traffic-share"};
    for (size_t i = 0; i < 4; i++) {
        const cJSON *s = entry(kpis, shares[i]);
        CHECK_STR(str_of(s, "unit"), "percent");
        CHECK_STR(str_of(cJSON_GetObjectItemCaseSensitive(s, "formula"), "denominator"), "website-visits");
    }
    CHECK_STR(str_of(cJSON_GetObjectItemCaseSensitive(entry(kpis, "fba-share"), "formula"), "denominator"), "orders");
    CHECK_STR(str_of(cJSON_GetObjectItemCaseSensitive(entry(kpis, "coupon-conversion-rate"), "formula"), "numerator"),
              "coupon-redemptions");
    CHECK_STR(str_of(entry(kpis, "sales-revenue"), "unit"), "currency");
    CHECK_STR(str_of(entry(kpis, "roas"), "unit"), "ratio");
    /* NPS runs from -100 to 100, so it cannot be a 0-100 percentage. */
    CHECK(strcmp(str_of(entry(kpis, "nps"), "unit"), "percent") != 0);
    CHECK_STR(str_of(entry(kpis, "avg-session-duration"), "unit"), "duration");
    cJSON_Delete(r);
}

/* ---- search ----------------------------------------------------------------- */

static int count_ids(const cJSON *kpis) { return cJSON_GetArraySize(kpis); }

static void test_query_filters_case_insensitively(void)
{
    cJSON *r = catalog_call("{\"query\": \"BOUNCE RATE\"}");
    const cJSON *kpis = kpis_of(r);
    CHECK(count_ids(kpis) == 1);
    CHECK(entry(kpis, "bounce-rate") != NULL);
    cJSON_Delete(r);

    /* Every hit names the word somewhere a student can see it. */
    r = catalog_call("{\"query\": \"Bounce\"}");
    kpis = kpis_of(r);
    const cJSON *k;
    CHECK(entry(kpis, "bounce-rate") && count_ids(kpis) >= 2 && count_ids(kpis) < 5);
    cJSON_ArrayForEach(k, kpis) {
        char *text = cJSON_PrintUnformatted(k);
        for (char *c = text; c && *c; c++) *c = (char)tolower((unsigned char)*c);
        CHECK(text && strstr(text, "bounce"));
        cJSON_free(text);
    }
    cJSON_Delete(r);

    /* "aov" appears only among the phrases of average order value. */
    r = catalog_call("{\"query\": \"aov\"}");
    kpis = kpis_of(r);
    CHECK(count_ids(kpis) == 1 && entry(kpis, "average-order-value"));
    cJSON_Delete(r);

    r = catalog_call("{\"query\": \"  Traffic \"}");
    kpis = kpis_of(r);
    CHECK(entry(kpis, "website-visits") && entry(kpis, "social-traffic-share") && entry(kpis, "ads-traffic-share"));
    CHECK(entry(kpis, "orders") == NULL && entry(kpis, "nps") == NULL);
    cJSON_Delete(r);

    r = catalog_call("{\"query\": \"zzzz no such metric\"}");
    CHECK(cJSON_IsArray(kpis_of(r)) && count_ids(kpis_of(r)) == 0);
    cJSON_Delete(r);

    r = catalog_call("{\"query\": \"\"}");
    CHECK((size_t)count_ids(kpis_of(r)) == gp_kpi_catalog_count());
    cJSON_Delete(r);

    r = catalog_call("{\"query\": null}");
    CHECK((size_t)count_ids(kpis_of(r)) == gp_kpi_catalog_count());
    cJSON_Delete(r);
}

static void test_query_errors(void)
{
    cJSON *r = catalog_call("{\"query\": 12}");
    CHECK_STR(error_code(r), "wrong_type");
    CHECK_STR(error_path(r), "query");
    cJSON_Delete(r);
    char letters[251], big[300];
    memset(letters, 'a', 250);
    letters[250] = '\0';
    snprintf(big, sizeof big, "{\"query\": \"%s\"}", letters);
    r = catalog_call(big);
    CHECK_STR(error_code(r), "text_too_long");
    cJSON_Delete(r);
}

/* ---- the C lookups ------------------------------------------------------------ */

static void test_find(void)
{
    const gp_kpi_def_t *d = gp_kpi_catalog_find("ctr");
    CHECK(d && strcmp(d->unit, "percent") == 0 && strcmp(d->numerator, "ad-clicks") == 0);
    CHECK(gp_kpi_catalog_find("no-such-kpi") == NULL);
    CHECK(gp_kpi_catalog_find(NULL) == NULL);
    CHECK(gp_kpi_catalog_find("") == NULL);
    CHECK(gp_kpi_catalog_at(gp_kpi_catalog_count()) == NULL);
    for (size_t i = 0; i < gp_kpi_catalog_count(); i++)
        CHECK(gp_kpi_catalog_find(gp_kpi_catalog_at(i)->id) == gp_kpi_catalog_at(i));
    CHECK(gp_kpi_def_to_json(NULL) == NULL);
}

static void expect_match(const char *text, const char *id, const char *words)
{
    size_t at = 99, len = 99;
    const gp_kpi_def_t *d = gp_kpi_catalog_match(text, strlen(text), &at, &len);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "no match in \"%s\"\n", text);
        return;
    }
    CHECK_STR(d->id, id);
    const char *where = strstr(text, words);
    CHECK(where && at == (size_t)(where - text) && len == strlen(words));
}

static void test_match_finds_the_longest_phrase(void)
{
    expect_match("Increase website visits by 20% by June", "website-visits", "website visits");
    expect_match("Increase sales revenue by 20% by this time next year", "sales-revenue", "sales revenue");
    expect_match("Improve social interaction by 5% by the end of 2021", "social-interactions", "social interaction");
    expect_match("cut cart abandonment from 70% to 60%", "cart-abandonment-rate", "cart abandonment");
    expect_match("Grow our Instagram followers to 10,000", "social-followers", "Instagram followers");
    expect_match("Reduce the BOUNCE RATES on product pages", "bounce-rate", "BOUNCE RATES");
    expect_match("Raise the share of inventory fulfilled by Amazon (FBA) from 50% to 75%", "fba-share",
                 "share of inventory fulfilled by Amazon");
    expect_match("lift our email open rate to 30%", "email-open-rate", "email open rate");
    expect_match("Get more people to share our posts; shares up 10%", "social-shares", "shares");
    expect_match("boost coupon conversion this summer", "coupon-conversion-rate", "coupon conversion");
}

static void test_match_respects_words_and_length(void)
{
    CHECK(gp_kpi_catalog_match("Be the best brand in the world", 30, NULL, NULL) == NULL);
    CHECK(gp_kpi_catalog_match("people dislikes everything", 26, NULL, NULL) == NULL);
    CHECK(gp_kpi_catalog_match("salesforce rollout", 18, NULL, NULL) == NULL);
    CHECK(gp_kpi_catalog_match("visits", 3, NULL, NULL) == NULL);
    CHECK(gp_kpi_catalog_match(NULL, 10, NULL, NULL) == NULL);
    CHECK(gp_kpi_catalog_match("", 0, NULL, NULL) == NULL);
    const gp_kpi_def_t *d = gp_kpi_catalog_match("orders", 6, NULL, NULL);
    CHECK(d && strcmp(d->id, "orders") == 0);
}

/* Every phrase leads back to its own KPI: no phrase is shared or shadowed. */
static void test_every_phrase_matches_its_own_kpi(void)
{
    int phrases = 0;
    for (size_t i = 0; i < gp_kpi_catalog_count(); i++) {
        const gp_kpi_def_t *def = gp_kpi_catalog_at(i);
        for (const char *const *p = def->phrases; *p; p++) {
            size_t len = 0;
            const gp_kpi_def_t *hit = gp_kpi_catalog_match(*p, strlen(*p), NULL, &len);
            if (hit != def) fprintf(stderr, "phrase \"%s\" of %s matched %s\n", *p, def->id, hit ? hit->id : "none");
            CHECK(hit == def && len == strlen(*p));
            phrases++;
        }
    }
    CHECK(phrases >= 3 * 30);
}

int main(void)
{
    RUN(test_catalog_has_at_least_30_well_formed_entries);
    RUN(test_formulas_reference_catalog_ids);
    RUN(test_required_seed_metrics_are_present);
    RUN(test_seed_metrics_mean_what_the_course_says);
    RUN(test_query_filters_case_insensitively);
    RUN(test_query_errors);
    RUN(test_find);
    RUN(test_match_finds_the_longest_phrase);
    RUN(test_match_respects_words_and_length);
    RUN(test_every_phrase_matches_its_own_kpi);
    return check_report();
}
