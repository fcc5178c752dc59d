/* templates.c - the built-in example plans behind plan.template(s).
 *
 * Four plans retell the course readings (Amazon Cares, Robin's Tweezer Co.,
 * an online store moving to Fulfillment by Amazon, a repeat-purchase push).
 * Every date is placed relative to the request's "today" with fixed offsets,
 * so a first-time user always opens a plan that is under way: it started
 * some months ago, has a chart of sample measurements up to last month, and
 * a deadline still ahead. Sample values follow the goal's ideal pace with a
 * fixed wiggle (no randomness), so the same request gives the same plan. */
#include "templates.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/fields.h"
#include "kpi_catalog.h"
#include "base/gp_limits.h"
#include "plan.h"

/* ---- building JSON without checking every call ---------------------------- */

/* cJSON's Add* helpers return NULL on failure and accept a NULL parent, so a
 * builder can keep going after a failed allocation and check OK once. */
typedef struct {
    gp_day_t today;
    bool ok;
} build_t;

static void need(build_t *b, const void *item)
{
    if (!item) b->ok = false;
}

static void put_str(build_t *b, cJSON *o, const char *key, const char *value)
{
    need(b, cJSON_AddStringToObject(o, key, value));
}

static void put_num(build_t *b, cJSON *o, const char *key, double value)
{
    need(b, cJSON_AddNumberToObject(o, key, value));
}

static void put_date(build_t *b, cJSON *o, const char *key, gp_day_t day)
{
    char text[11];
    gp_date_format_iso(day, text);
    put_str(b, o, key, text);
}

static cJSON *put_array(build_t *b, cJSON *o, const char *key)
{
    cJSON *a = cJSON_AddArrayToObject(o, key);
    need(b, a);
    return a;
}

/* Appends a new empty object to ARRAY and returns it (NULL on failure). */
static cJSON *push_object(build_t *b, cJSON *array)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !array || !cJSON_AddItemToArray(array, o)) {
        cJSON_Delete(o);
        b->ok = false;
        return NULL;
    }
    return o;
}

static void push_string(build_t *b, cJSON *array, const char *text)
{
    cJSON *s = cJSON_CreateString(text);
    if (!s || !array || !cJSON_AddItemToArray(array, s)) {
        cJSON_Delete(s);
        b->ok = false;
    }
}

/* ---- dates ----------------------------------------------------------------- */

/* The monthly check-in grid: N month ends, the last one closing the month
 * before TODAY's, so the newest sample is never in the future. */
static void month_grid(gp_day_t today, gp_day_t *dates, int n)
{
    for (int k = 0; k < n; k++) dates[k] = gp_end_of_month(gp_add_months(today, -(n - k)));
}

/* "By the end of the year" goals end on 31 Dec of this year, or of next year
 * once fewer than two months remain, so the deadline stays ahead of today. */
static int deadline_year(gp_day_t today)
{
    int y, m, d;
    gp_civil_from_days(today, &y, &m, &d);
    return m >= 11 ? y + 1 : y;
}

static gp_day_t first_of_next_month(gp_day_t day) { return gp_end_of_month(day) + 1; }

/* A tactic's status follows from its dates as seen on TODAY. */
static const char *tactic_status(gp_day_t today, gp_day_t start, gp_day_t end)
{
    if (end < today) return "done";
    return start > today ? "planned" : "active";
}

/* ---- sample measurements ---------------------------------------------------- */

/* A sample series: it starts at BASELINE on the start date and moves along
 * the straight line towards TARGET at the deadline, at PACE times the ideal
 * speed (PACE drifts from PACE_FIRST to PACE_LAST across the points), plus a
 * wiggle of WIGGLE x baseline. Values are rounded to DECIMALS places. */
typedef struct {
    double baseline, target;
    double pace_first, pace_last;
    double wiggle;
    int seed;
    int decimals;
} series_t;

/* Fixed noise: mixed signs, no run longer than one step in one direction. */
static const double wiggles[] = {0.8, -0.5, 0.3, -0.9, 0.6, -0.2, 1.0, -0.7, 0.4, -0.3, 0.9, -0.6};
enum { WIGGLE_COUNT = (int)(sizeof wiggles / sizeof wiggles[0]) };

/* Rounds by dividing by a power of ten rather than multiplying by 0.1, so
 * 57.3 comes out as the double nearest 57.3 and prints as "57.3". */
static double round_dp(double v, int decimals)
{
    static const double tens[] = {1, 10, 100};
    double f = tens[decimals];
    return round(v * f) / f;
}

static void series_values(const series_t *s, const gp_day_t *dates, int n, gp_day_t start,
                          gp_day_t deadline, double *out)
{
    double span = (double)(deadline - start);
    for (int k = 0; k < n; k++) {
        double t = n > 1 ? (double)k / (double)(n - 1) : 1.0;
        double pace = s->pace_first + (s->pace_last - s->pace_first) * t;
        double ideal = (s->target - s->baseline) * (double)(dates[k] - start) / span;
        double noise = k == 0 ? 0.0 : s->baseline * s->wiggle * wiggles[(s->seed + k) % WIGGLE_COUNT];
        out[k] = round_dp(s->baseline + pace * ideal + noise, s->decimals);
    }
}

/* ---- plan pieces ---------------------------------------------------------------- */

static cJSON *new_plan(build_t *b, const char *id, const char *name, const char *organisation,
                       const char *description, gp_day_t created, gp_day_t updated)
{
    cJSON *plan = cJSON_CreateObject();
    need(b, plan);
    char stamp[32], day[11];
    put_num(b, plan, "schema", GP_SCHEMA_VERSION);
    put_str(b, plan, "id", id);
    put_str(b, plan, "name", name);
    put_str(b, plan, "organisation", organisation);
    put_str(b, plan, "description", description);
    gp_date_format_iso(created, day);
    snprintf(stamp, sizeof stamp, "%sT09:00:00Z", day);
    put_str(b, plan, "created", stamp);
    gp_date_format_iso(updated, day);
    snprintf(stamp, sizeof stamp, "%sT17:30:00Z", day);
    put_str(b, plan, "updated", stamp);
    put_array(b, plan, "objectives");
    put_array(b, plan, "goals");
    put_array(b, plan, "kpis");
    return plan;
}

static void add_objective(build_t *b, cJSON *plan, const char *id, const char *name, const char *description)
{
    cJSON *o = push_object(b, cJSON_GetObjectItemCaseSensitive(plan, "objectives"));
    put_str(b, o, "id", id);
    put_str(b, o, "name", name);
    put_str(b, o, "description", description);
}

typedef struct {
    const char *id, *statement, *objective_id, *kpi_id, *unit, *rationale;
    double baseline, target;
    gp_day_t start, deadline;
} goal_spec_t;

/* An "increase" goal measured from its start date; returns the goal. */
static cJSON *add_goal(build_t *b, cJSON *plan, const goal_spec_t *g)
{
    cJSON *o = push_object(b, cJSON_GetObjectItemCaseSensitive(plan, "goals"));
    put_str(b, o, "id", g->id);
    put_str(b, o, "statement", g->statement);
    put_str(b, o, "objective_id", g->objective_id);
    put_str(b, o, "kpi_id", g->kpi_id);
    put_str(b, o, "direction", "increase");
    put_num(b, o, "baseline", g->baseline);
    put_date(b, o, "baseline_date", g->start);
    put_num(b, o, "target", g->target);
    put_str(b, o, "unit", g->unit);
    put_date(b, o, "start", g->start);
    put_date(b, o, "deadline", g->deadline);
    put_str(b, o, "rationale", g->rationale);
    put_num(b, o, "weight", 1);
    put_array(b, o, "milestones");
    put_array(b, o, "strategies");
    return o;
}

static void add_milestone(build_t *b, cJSON *goal, gp_day_t date, double target)
{
    cJSON *m = push_object(b, cJSON_GetObjectItemCaseSensitive(goal, "milestones"));
    put_date(b, m, "date", date);
    put_num(b, m, "target", target);
}

static cJSON *add_strategy(build_t *b, cJSON *goal, const char *id, const char *name)
{
    cJSON *s = push_object(b, cJSON_GetObjectItemCaseSensitive(goal, "strategies"));
    put_str(b, s, "id", id);
    put_str(b, s, "name", name);
    put_array(b, s, "tactics");
    return s;
}

typedef struct {
    const char *id, *name, *channel, *owner;
    gp_day_t start, end;
    const char *kpi_ids[3]; /* unused slots stay NULL */
} tactic_spec_t;

static void add_tactic(build_t *b, cJSON *strategy, const tactic_spec_t *t)
{
    cJSON *o = push_object(b, cJSON_GetObjectItemCaseSensitive(strategy, "tactics"));
    put_str(b, o, "id", t->id);
    put_str(b, o, "name", t->name);
    put_str(b, o, "channel", t->channel);
    put_str(b, o, "owner", t->owner);
    put_date(b, o, "start", t->start);
    put_date(b, o, "end", t->end);
    put_str(b, o, "status", tactic_status(b->today, t->start, t->end));
    cJSON *ids = put_array(b, o, "kpi_ids");
    for (int i = 0; i < 3 && t->kpi_ids[i]; i++) push_string(b, ids, t->kpi_ids[i]);
}

/* A plan KPI copied from catalog entry CATALOG_ID under plan id ID (and NAME
 * when given). The catalog formula is left out: in these plans the value is
 * read straight from the report the catalog names. */
static cJSON *add_kpi(build_t *b, cJSON *plan, const char *id, const char *catalog_id, const char *name)
{
    cJSON *o = gp_kpi_from_def(gp_kpi_catalog_find(catalog_id), id, name);
    if (!o || !cJSON_AddItemToArray(cJSON_GetObjectItemCaseSensitive(plan, "kpis"), o)) {
        cJSON_Delete(o);
        b->ok = false;
        return NULL;
    }
    return o;
}

static void add_formula(build_t *b, cJSON *kpi, const char *numerator, const char *denominator, double scale)
{
    cJSON *f = cJSON_AddObjectToObject(kpi, "formula");
    need(b, f);
    put_str(b, f, "numerator", numerator);
    put_str(b, f, "denominator", denominator);
    put_num(b, f, "scale", scale);
}

/* NOTES, when given, has N entries; NULL entries mean no note. */
static void add_measurements(build_t *b, cJSON *kpi, const gp_day_t *dates, const double *values, int n,
                             const char *const *notes)
{
    cJSON *list = cJSON_GetObjectItemCaseSensitive(kpi, "measurements");
    for (int k = 0; k < n; k++) {
        cJSON *m = push_object(b, list);
        put_date(b, m, "date", dates[k]);
        put_num(b, m, "value", values[k]);
        if (notes && notes[k]) put_str(b, m, "note", notes[k]);
    }
}

/* Templates show 6 to 10 monthly samples per KPI. */
enum { MAX_POINTS = 10 };

static void add_series(build_t *b, cJSON *kpi, const series_t *s, const gp_day_t *dates, int n,
                       gp_day_t start, gp_day_t deadline, const char *const *notes)
{
    double values[MAX_POINTS];
    if (n > MAX_POINTS) {
        b->ok = false;
        return;
    }
    series_values(s, dates, n, start, deadline, values);
    add_measurements(b, kpi, dates, values, n, notes);
}

/* ---- 1. Amazon Cares ----------------------------------------------------------- */

enum { AC_POINTS = 8 };

static cJSON *build_amazon_cares(build_t *b)
{
    gp_day_t dates[AC_POINTS];
    month_grid(b->today, dates, AC_POINTS);
    gp_day_t start = dates[0];
    int year = deadline_year(b->today);
    gp_day_t deadline = gp_days_from_civil(year, 12, 31);

    cJSON *plan = new_plan(b, "plan-amazon-cares", "Amazon Cares campaign", "Amazon",
                           "A social media campaign that shows how Amazon looks after its communities and "
                           "employees, tracked through how many people share and comment on it.",
                           start, dates[AC_POINTS - 1]);
    add_objective(b, plan, "obj-csr", "Improve the customer experience by promoting corporate social responsibility",
                  "People prefer to buy from companies they trust; visible care for communities and staff "
                  "builds that trust.");

    char statement[160];
    snprintf(statement, sizeof statement,
             "Improve social interaction by 5%% by running an 'Amazon Cares' campaign by the end of %d", year);
    goal_spec_t g = {.id = "goal-social", .statement = statement, .objective_id = "obj-csr",
                     .kpi_id = "kpi-interactions", .unit = "count",
                     .rationale = "When more people share and comment on our community stories, the campaign is "
                                  "reaching customers and changing how they see us.",
                     .baseline = 40000, .target = 42000, .start = start, .deadline = deadline};
    cJSON *goal = add_goal(b, plan, &g);
    cJSON *strategy = add_strategy(b, goal, "strat-campaign", "Run an 'Amazon Cares' campaign on our social media");
    add_tactic(b, strategy,
               &(tactic_spec_t){"tac-weekly-stories", "Post a weekly 'Amazon Cares' story about a community project",
                                "social", "Social media team", start + 1, deadline,
                                {"kpi-shares", "kpi-comments", NULL}});
    add_tactic(b, strategy,
               &(tactic_spec_t){"tac-volunteer-videos", "Share short videos from employee volunteering days",
                                "social", "Employee communications", first_of_next_month(gp_add_months(start, 1)),
                                deadline, {"kpi-shares", NULL, NULL}});
    gp_day_t ask_start = first_of_next_month(b->today);
    gp_day_t ask_end = gp_end_of_month(gp_add_months(ask_start, 2));
    if (ask_end > deadline) ask_end = deadline; /* a tactic ends with its goal */
    add_tactic(b, strategy,
               &(tactic_spec_t){"tac-customer-causes",
                                "Ask customers to comment with the local causes they want Amazon to support",
                                "social", "Community manager", ask_start, ask_end, {"kpi-comments", NULL, NULL}});

    /* Interactions are shares plus comments, so the three series agree. */
    const series_t shares = {18000, 18900, 1.15, 1.10, 0.003, 0, 0};
    const series_t comments = {22000, 23100, 1.10, 1.15, 0.003, 5, 0};
    double share_values[AC_POINTS], comment_values[AC_POINTS], total[AC_POINTS];
    series_values(&shares, dates, AC_POINTS, start, deadline, share_values);
    series_values(&comments, dates, AC_POINTS, start, deadline, comment_values);
    for (int k = 0; k < AC_POINTS; k++) total[k] = share_values[k] + comment_values[k];
    const char *notes[AC_POINTS] = {"Before the campaign", "First 'Amazon Cares' stories posted"};

    cJSON *kpi = add_kpi(b, plan, "kpi-interactions", "social-interactions", "Social interactions (shares + comments)");
    add_measurements(b, kpi, dates, total, AC_POINTS, notes);
    kpi = add_kpi(b, plan, "kpi-shares", "social-shares", NULL);
    add_measurements(b, kpi, dates, share_values, AC_POINTS, NULL);
    kpi = add_kpi(b, plan, "kpi-comments", "social-comments", NULL);
    add_measurements(b, kpi, dates, comment_values, AC_POINTS, NULL);
    return plan;
}

/* ---- 2. Robin's Tweezer Co. ------------------------------------------------------ */

enum { RT_POINTS = 7 };

/* The first 31 August on or after DAY. */
static gp_day_t next_august_end(gp_day_t day)
{
    int y, m, d;
    gp_civil_from_days(day, &y, &m, &d);
    gp_day_t aug = gp_days_from_civil(y, 8, 31);
    return aug >= day ? aug : gp_days_from_civil(y + 1, 8, 31);
}

static cJSON *build_robins_tweezers(build_t *b)
{
    gp_day_t dates[RT_POINTS];
    month_grid(b->today, dates, RT_POINTS);
    gp_day_t start = dates[0];
    gp_day_t deadline = gp_add_months(start, 12); /* "this time next year", said on the start date */

    cJSON *plan = new_plan(b, "plan-robins-tweezers", "Robin's Tweezer Co. growth plan", "Robin's Tweezer Co.",
                           "A small online seller of tweezers grows sales from its current customers and "
                           "from new visitors to its website.",
                           start, dates[RT_POINTS - 1]);
    add_objective(b, plan, "obj-growth", "Grow Robin's Tweezer Co. into a profitable online brand",
                  "Sales must grow enough to pay for a wider product range next year.");

    char statement[160], when[32];
    gp_date_format_long(deadline, when, sizeof when);
    snprintf(statement, sizeof statement, "Increase sales revenue by 20%% by this time next year (%s)", when);
    goal_spec_t g = {.id = "goal-sales", .statement = statement, .objective_id = "obj-growth",
                     .kpi_id = "kpi-revenue", .unit = "currency",
                     .rationale = "More revenue from the customers we have and from new visitors pays for next "
                                  "year's new products.",
                     .baseline = 12500, .target = 15000, .start = start, .deadline = deadline};
    cJSON *goal = add_goal(b, plan, &g);
    add_milestone(b, goal, gp_end_of_month(gp_add_months(start, 6)), 13750); /* half way: +10% */

    cJSON *repeat = add_strategy(b, goal, "strat-repeat", "Encourage repeat purchases from current customers");
    add_tactic(b, repeat,
               &(tactic_spec_t){"tac-coupon-email", "Email current customers a coupon code", "email",
                                "Email marketing lead", start + 1, gp_end_of_month(start + 1),
                                {"kpi-email-engagement", "kpi-coupon-conversion", NULL}});
    add_tactic(b, repeat,
               &(tactic_spec_t){"tac-coupon-voucher", "Include a coupon voucher in every order through August",
                                "other", "Fulfilment team", start + 1, next_august_end(start + 1),
                                {"kpi-coupon-conversion", NULL, NULL}});

    cJSON *traffic = add_strategy(b, goal, "strat-traffic", "Increase traffic to our website");
    add_tactic(b, traffic,
               &(tactic_spec_t){"tac-social-bios", "Put the company URL in all our social media bios", "social",
                                "Social media manager", start + 1, start + 7,
                                {"kpi-visits", "kpi-social-share", NULL}});
    add_tactic(b, traffic,
               &(tactic_spec_t){"tac-instagram", "Engage our target audience on Instagram", "social",
                                "Social media manager", start + 1, deadline,
                                {"kpi-social-share", "kpi-visits", NULL}});
    gp_day_t ad_start = first_of_next_month(b->today);
    add_tactic(b, traffic,
               &(tactic_spec_t){"tac-facebook-ad", "Feature our website in a Facebook ad", "ads", "Marketing lead",
                                ad_start, gp_end_of_month(gp_add_months(ad_start, 1)), {"kpi-visits", NULL, NULL}});

    const char *sales_notes[RT_POINTS] = {NULL, "Coupon email sent to current customers"};
    const series_t sales = {12500, 15000, 1.00, 1.08, 0.010, 2, 0};
    add_series(b, add_kpi(b, plan, "kpi-revenue", "sales-revenue", NULL), &sales, dates, RT_POINTS, start,
               deadline, sales_notes);
    const series_t visits = {6200, 8000, 1.00, 1.10, 0.012, 7, 0};
    add_series(b, add_kpi(b, plan, "kpi-visits", "website-visits", NULL), &visits, dates, RT_POINTS, start,
               deadline, NULL);
    const series_t social = {14.0, 22.0, 0.95, 1.10, 0.015, 4, 1};
    cJSON *social_kpi = add_kpi(b, plan, "kpi-social-share", "social-traffic-share",
                                "Traffic source: share of visits from social media");
    add_series(b, social_kpi, &social, dates, RT_POINTS, start, deadline, NULL);
    const series_t engagement = {18.0, 26.0, 1.05, 1.00, 0.020, 9, 1};
    add_series(b, add_kpi(b, plan, "kpi-email-engagement", "email-engagement-score", NULL), &engagement, dates,
               RT_POINTS, start, deadline, NULL);
    const series_t coupon = {6.0, 12.0, 1.20, 1.05, 0.030, 1, 1};
    add_series(b, add_kpi(b, plan, "kpi-coupon-conversion", "coupon-conversion-rate", NULL), &coupon, dates,
               RT_POINTS, start, deadline, NULL);
    return plan;
}

/* ---- 3. Online store fulfilment ---------------------------------------------------- */

enum { SF_POINTS = 8 };

static cJSON *build_store_fulfilment(build_t *b)
{
    gp_day_t dates[SF_POINTS];
    month_grid(b->today, dates, SF_POINTS);
    gp_day_t start = dates[0];
    int year = deadline_year(b->today);
    gp_day_t deadline = gp_days_from_civil(year, 12, 31);

    cJSON *plan = new_plan(b, "plan-store-fulfilment", "Online store fulfilment", "Our online store",
                           "An online seller hands more of its orders to Fulfillment by Amazon, so it keeps less "
                           "stock at home and spends less time packing and shipping.",
                           start, dates[SF_POINTS - 1]);
    add_objective(b, plan, "obj-operations", "Spend less time and money on packing, shipping and storing stock",
                  "Time saved on parcels goes into finding new products and customers.");

    char statement[160];
    snprintf(statement, sizeof statement,
             "Raise the share of inventory fulfilled by Amazon (FBA) from 50%% to 75%% by the end of %d", year);
    goal_spec_t g = {.id = "goal-fba", .statement = statement, .objective_id = "obj-operations",
                     .kpi_id = "kpi-fba-share", .unit = "percent",
                     .rationale = "Every order Amazon ships is one we do not store, pack or post ourselves.",
                     .baseline = 50, .target = 75, .start = start, .deadline = deadline};
    cJSON *goal = add_goal(b, plan, &g);
    /* Short-term sub-goals: every quarter end from two months after the start
     * to before the deadline, on the straight line from 50% to 75%, rounded
     * to whole percents. */
    for (gp_day_t q = start + 1; q < deadline; q = gp_end_of_month(q) + 1) {
        gp_day_t end = gp_end_of_month(q);
        int y, m, d;
        gp_civil_from_days(end, &y, &m, &d);
        if (m % 3 != 0 || end >= deadline || end - start < 60) continue;
        add_milestone(b, goal, end, round(50.0 + 25.0 * (double)(end - start) / (double)(deadline - start)));
    }

    cJSON *move = add_strategy(b, goal, "strat-move-stock", "Move our best sellers into Amazon's fulfilment network");
    add_tactic(b, move,
               &(tactic_spec_t){"tac-top-sellers", "Send our 20 best-selling products to Amazon warehouses", "other",
                                "Operations manager", start + 1, start + 45,
                                {"kpi-fba-share", "kpi-fba-orders", NULL}});
    add_tactic(b, move,
               &(tactic_spec_t){"tac-one-category", "Switch one more product category to FBA each month", "other",
                                "Operations manager", first_of_next_month(start + 45), deadline,
                                {"kpi-fba-share", NULL, NULL}});
    cJSON *fees = add_strategy(b, goal, "strat-fees", "Keep fulfilment fees under control as we grow");
    add_tactic(b, fees,
               &(tactic_spec_t){"tac-fee-review", "Review Amazon storage and fulfilment fees every month", "other",
                                "Finance lead", start + 1, deadline, {"kpi-fba-orders", "kpi-orders", NULL}});

    /* This plan is the one at risk: categories move over in uneven steps
     * (one waits for Amazon's approval), so a quarterly milestone is missed
     * and the trend is too unsteady to promise 75% by the deadline. */
    const series_t share = {50, 75, 0.80, 0.95, 0.030, 3, 1};
    const series_t orders = {1800, 2100, 1.00, 1.00, 0.020, 6, 0};
    double share_values[SF_POINTS], order_values[SF_POINTS], fba_values[SF_POINTS];
    series_values(&share, dates, SF_POINTS, start, deadline, share_values);
    series_values(&orders, dates, SF_POINTS, start, deadline, order_values);
    for (int k = 0; k < SF_POINTS; k++) fba_values[k] = round(order_values[k] * share_values[k] / 100.0);
    const char *notes[SF_POINTS] = {NULL, NULL, "Best sellers now shipped by Amazon", NULL, NULL, NULL,
                                    "Two categories still waiting for Amazon's approval"};

    add_measurements(b, add_kpi(b, plan, "kpi-fba-share", "fba-share", NULL), dates, share_values, SF_POINTS, notes);
    add_measurements(b, add_kpi(b, plan, "kpi-orders", "orders", NULL), dates, order_values, SF_POINTS, NULL);
    add_measurements(b, add_kpi(b, plan, "kpi-fba-orders", "fba-orders", NULL), dates, fba_values, SF_POINTS, NULL);
    return plan;
}

/* ---- 4. Repeat purchases ------------------------------------------------------------ */

enum { RP_POINTS = 6 };

static cJSON *build_repeat_purchases(build_t *b)
{
    gp_day_t dates[RP_POINTS];
    month_grid(b->today, dates, RP_POINTS);
    gp_day_t start = dates[0];
    int year = deadline_year(b->today);
    gp_day_t deadline = gp_days_from_civil(year, 12, 31);

    cJSON *plan = new_plan(b, "plan-repeat-purchases", "Repeat purchases", "Our online store",
                           "Grow revenue by bringing existing customers back, with social ads at lunchtime as a "
                           "second route to the same goal.",
                           start, dates[RP_POINTS - 1]);
    add_objective(b, plan, "obj-loyalty", "Earn more from the customers we already have",
                  "Selling again to someone who already trusts us costs less than finding a new customer.");

    char statement[160];
    snprintf(statement, sizeof statement, "Increase sales revenue by 25%% by the end of %d", year);
    goal_spec_t g = {.id = "goal-revenue", .statement = statement, .objective_id = "obj-loyalty",
                     .kpi_id = "kpi-revenue", .unit = "currency",
                     .rationale = "Returning customers already know our products, so a small nudge brings them "
                                  "back and lifts revenue.",
                     .baseline = 15100, .target = 18875, .start = start, .deadline = deadline};
    cJSON *goal = add_goal(b, plan, &g);

    gp_day_t coupon_month = first_of_next_month(start);
    cJSON *repeat = add_strategy(b, goal, "strat-repeat", "Encourage repeat purchases from existing customers");
    add_tactic(b, repeat,
               &(tactic_spec_t){"tac-order-coupons", "Put a coupon in every order we ship for one month", "other",
                                "Fulfilment team", coupon_month, gp_end_of_month(coupon_month),
                                {"kpi-coupon-redemptions", "kpi-repeat-rate", NULL}});
    gp_day_t ads_start = first_of_next_month(gp_add_months(b->today, -2));
    cJSON *lunch = add_strategy(b, goal, "strat-lunchtime",
                                "Alternative: reach our audience at lunchtime, when they browse on their phones");
    add_tactic(b, lunch,
               &(tactic_spec_t){"tac-lunch-ads", "Run social media ads from 12:00 to 14:00 on weekdays", "ads",
                                "Social media manager", ads_start, deadline, {"kpi-ctr", "kpi-revenue", NULL}});

    const char *notes[RP_POINTS] = {NULL, "Coupons going out in every order"};
    const series_t revenue = {15100, 18875, 0.90, 1.12, 0.008, 10, 0};
    add_series(b, add_kpi(b, plan, "kpi-revenue", "sales-revenue", NULL), &revenue, dates, RP_POINTS, start,
               deadline, notes);
    const series_t customers = {640, 720, 1.00, 1.05, 0.015, 2, 0};
    add_series(b, add_kpi(b, plan, "kpi-customers", "customers", NULL), &customers, dates, RP_POINTS, start,
               deadline, NULL);
    const series_t returning = {150, 230, 1.10, 1.05, 0.020, 8, 0};
    add_series(b, add_kpi(b, plan, "kpi-returning", "repeat-customers", NULL), &returning, dates, RP_POINTS, start,
               deadline, NULL);
    /* Derived from the two series above, date by date. */
    cJSON *rate = add_kpi(b, plan, "kpi-repeat-rate", "repeat-purchase-rate", NULL);
    add_formula(b, rate, "kpi-returning", "kpi-customers", 100);
    /* Coupon redemptions add up: each entry is that month's count, peaking
     * in the month after the coupons went out. */
    const double redeemed[RP_POINTS] = {0, 46, 71, 28, 15, 9};
    add_measurements(b, add_kpi(b, plan, "kpi-coupon-redemptions", "coupon-redemptions", NULL), dates, redeemed,
                     RP_POINTS, NULL);
    const series_t ctr = {0.90, 1.40, 1.00, 1.15, 0.040, 5, 2};
    add_series(b, add_kpi(b, plan, "kpi-ctr", "ctr", "Lunchtime ad click-through rate"), &ctr, dates, RP_POINTS,
               start, deadline, NULL);
    return plan;
}

/* ---- the template list ------------------------------------------------------------ */

static const struct {
    const char *name, *title, *description;
    cJSON *(*build)(build_t *b);
} templates[] = {
    {"amazon-cares", "Amazon Cares",
     "Grow social interaction by 5% with a corporate social responsibility campaign; KPIs: shares and comments.",
     build_amazon_cares},
    {"robins-tweezers", "Robin's Tweezer Co.",
     "Raise sales revenue by 20% in a year through repeat purchases and more website traffic.",
     build_robins_tweezers},
    {"store-fulfilment", "Online store fulfilment",
     "Move from 50% to 75% of orders fulfilled by Amazon by the end of the year, with quarterly milestones.",
     build_store_fulfilment},
    {"repeat-purchases", "Repeat purchases",
     "Lift sales revenue by 25% by the end of the year with coupons in orders, or lunchtime social ads.",
     build_repeat_purchases},
};

enum { TEMPLATE_COUNT = (int)(sizeof templates / sizeof templates[0]) };

cJSON *gp_template_build(const char *name, gp_day_t today, gp_error_t *err)
{
    for (int i = 0; name && i < TEMPLATE_COUNT; i++) {
        if (strcmp(templates[i].name, name) != 0) continue;
        build_t b = {today, true};
        cJSON *plan = templates[i].build(&b);
        if (!b.ok) {
            cJSON_Delete(plan);
            gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while building the '%s' template.", name);
            return NULL;
        }
        return plan;
    }
    char names[160] = "";
    for (int i = 0; i < TEMPLATE_COUNT; i++) {
        size_t used = strlen(names);
        snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "", templates[i].name);
    }
    gp_fail(err, GP_ERR_UNKNOWN_TEMPLATE, "name", "There is no template called '%.60s'. The templates are: %s.",
            name ? name : "", names);
    return NULL;
}

/* ---- methods ------------------------------------------------------------------------ */

cJSON *gp_template_list(gp_error_t *err)
{
    cJSON *result = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(result, "templates");
    build_t b = {0, list != NULL};
    for (int i = 0; i < TEMPLATE_COUNT; i++) {
        cJSON *o = push_object(&b, list);
        put_str(&b, o, "name", templates[i].name);
        put_str(&b, o, "title", templates[i].title);
        put_str(&b, o, "description", templates[i].description);
    }
    if (!b.ok) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while listing the templates.");
        return NULL;
    }
    return result;
}

cJSON *gp_template_plan(const char *name, bool present, gp_day_t today, gp_error_t *err)
{
    if (!present && !gp_date_parse_iso(GP_TEMPLATE_DEFAULT_TODAY, &today)) {
        gp_fail(err, GP_ERR_INVALID_DATE, "today", "The default date for templates is not a valid date.");
        return NULL;
    }
    /* Templates reach about a year either side of today; keep every date
     * inside the calendar the model accepts. */
    if (today < gp_days_from_civil(GP_YEAR_MIN + 1, 1, 1) || today > gp_days_from_civil(GP_YEAR_MAX - 1, 12, 31)) {
        gp_fail(err, GP_ERR_OUT_OF_RANGE, "today", "Templates need a today between %d and %d.", GP_YEAR_MIN + 1,
                GP_YEAR_MAX - 1);
        return NULL;
    }
    cJSON *plan = gp_template_build(name, today, err);
    if (!plan) return NULL;
    if (!gp_plan_normalise(plan, err)) {
        cJSON_Delete(plan);
        return NULL;
    }
    return plan;
}
