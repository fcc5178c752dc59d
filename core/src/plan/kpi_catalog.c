/* kpi_catalog.c - the built-in marketing KPI library and kpi.catalog.
 *
 * The catalog is a static table so the SMART evaluator can look metric
 * phrases up without allocating, and the web app can offer the same list
 * for its KPI picker. Derived KPIs point at other catalog ids, so a student
 * who adds "conversion rate" can see which two numbers feed it. */
#include "kpi_catalog.h"
#include "plan.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/fields.h"
#include "base/gp_limits.h"

#define PHRASES(...) ((const char *const[]){__VA_ARGS__, NULL})

/* ---- the table ----------------------------------------------------------- */

static const gp_kpi_def_t catalog[] = {
    /* Website traffic */
    {.id = "website-visits", .name = "Total website visits", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many visits (sessions) your website received in the period.",
     .source = "Google Analytics: Sessions",
     .phrases = PHRASES("website visits", "total website visits", "total visits", "site visits", "web visits",
                        "website traffic", "web traffic", "site traffic", "traffic", "sessions", "visits")},
    {.id = "unique-visitors", .name = "Unique visitors", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many different people visited your website in the period.",
     .source = "Google Analytics: Users",
     .phrases = PHRASES("unique visitors", "visitors", "users", "website users")},
    {.id = "social-visits", .name = "Visits from social media", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Website visits that arrived from a link on a social network.",
     .source = "Google Analytics: Traffic acquisition, Organic Social",
     .phrases = PHRASES("visits from social media", "visits from social", "social traffic",
                        "social media traffic", "social referrals")},
    {.id = "email-visits", .name = "Visits from email", .channel = "email", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Website visits that arrived from a link in one of your emails.",
     .source = "Google Analytics: Traffic acquisition, Email",
     .phrases = PHRASES("visits from email", "email traffic", "traffic from email")},
    {.id = "search-visits", .name = "Visits from search", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Website visits that arrived from an unpaid search engine result.",
     .source = "Google Analytics: Traffic acquisition, Organic Search",
     .phrases = PHRASES("visits from search", "search traffic", "organic traffic", "organic search traffic",
                        "seo traffic")},
    {.id = "ads-visits", .name = "Visits from ads", .channel = "ads", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Website visits that arrived by clicking one of your paid ads.",
     .source = "Google Analytics: Traffic acquisition, Paid Search and Paid Social",
     .phrases = PHRASES("visits from ads", "paid traffic", "ad traffic", "traffic from ads")},
    {.id = "social-traffic-share", .name = "Share of visits from social media", .channel = "social",
     .unit = "percent", .direction = "higher", .aggregation = "level",
     .numerator = "social-visits", .denominator = "website-visits", .scale = 100,
     .description = "Percent of all website visits that came from social media.",
     .source = "Google Analytics: Traffic acquisition by channel",
     .phrases = PHRASES("share of visits from social", "share of traffic from social", "social traffic share",
                        "traffic source", "traffic by source", "web traffic source")},
    {.id = "email-traffic-share", .name = "Share of visits from email", .channel = "email", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "email-visits", .denominator = "website-visits", .scale = 100,
     .description = "Percent of all website visits that came from your emails.",
     .source = "Google Analytics: Traffic acquisition by channel",
     .phrases = PHRASES("share of visits from email", "share of traffic from email", "email traffic share")},
    {.id = "search-traffic-share", .name = "Share of visits from search", .channel = "web", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "search-visits", .denominator = "website-visits", .scale = 100,
     .description = "Percent of all website visits that came from unpaid search results.",
     .source = "Google Analytics: Traffic acquisition by channel",
     .phrases = PHRASES("share of visits from search", "share of traffic from search", "search traffic share",
                        "organic share")},
    {.id = "ads-traffic-share", .name = "Share of visits from ads", .channel = "ads", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "ads-visits", .denominator = "website-visits", .scale = 100,
     .description = "Percent of all website visits that came from paid ads.",
     .source = "Google Analytics: Traffic acquisition by channel",
     .phrases = PHRASES("share of visits from ads", "share of traffic from ads", "paid traffic share")},
    {.id = "bounce-rate", .name = "Bounce rate", .channel = "web", .unit = "percent",
     .direction = "lower", .aggregation = "level",
     .description = "Percent of visits that left after seeing only one page; lower is better.",
     .source = "Google Analytics: Bounce rate",
     .phrases = PHRASES("bounce rate", "bounces", "bouncing visitors")},
    {.id = "avg-session-duration", .name = "Average visit duration", .channel = "web", .unit = "duration",
     .direction = "higher", .aggregation = "average",
     .description = "How long a visit to your website lasts on average, in seconds.",
     .source = "Google Analytics: Average engagement time",
     .phrases = PHRASES("average session duration", "session duration", "time on site", "visit duration",
                        "time on page")},

    /* Online store */
    {.id = "orders", .name = "Orders", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many orders customers placed in the period.",
     .source = "Shopify or Amazon Seller Central: Orders report",
     .phrases = PHRASES("orders", "number of orders", "orders processed", "purchases", "transactions")},
    {.id = "conversion-rate", .name = "Conversion rate", .channel = "web", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "orders", .denominator = "website-visits", .scale = 100,
     .description = "Percent of website visits that ended in an order (orders / visits x 100).",
     .source = "Google Analytics: Ecommerce conversion rate",
     .phrases = PHRASES("conversion rate", "conversions", "website conversions", "purchase rate")},
    {.id = "carts-created", .name = "Shopping carts started", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many visits put at least one product in the shopping cart.",
     .source = "Store analytics: Added to cart",
     .phrases = PHRASES("carts started", "add to carts", "added to cart", "shopping carts")},
    {.id = "abandoned-carts", .name = "Abandoned carts", .channel = "web", .unit = "count",
     .direction = "lower", .aggregation = "level",
     .description = "Shopping carts that were filled but never checked out; lower is better.",
     .source = "Store analytics: Abandoned checkouts",
     .phrases = PHRASES("abandoned carts", "abandoned shopping carts", "abandoned checkouts")},
    {.id = "cart-abandonment-rate", .name = "Cart abandonment rate", .channel = "web", .unit = "percent",
     .direction = "lower", .aggregation = "level",
     .numerator = "abandoned-carts", .denominator = "carts-created", .scale = 100,
     .description = "Percent of started shopping carts that never became an order; lower is better.",
     .source = "Store analytics: Abandoned checkouts / Added to cart",
     .phrases = PHRASES("cart abandonment rate", "cart abandonment", "shopping cart abandonment",
                        "abandonment rate", "checkout abandonment")},
    {.id = "sales-revenue", .name = "Sales revenue", .channel = "web", .unit = "currency", .currency = "USD",
     .direction = "higher", .aggregation = "level",
     .description = "Money taken from sales in the period, before costs.",
     .source = "Shopify or Amazon Seller Central: Sales report",
     .phrases = PHRASES("sales revenue", "revenue", "sales", "turnover", "income from sales", "total sales",
                        "online sales")},
    {.id = "average-order-value", .name = "Average order value", .channel = "web", .unit = "currency",
     .currency = "USD", .direction = "higher", .aggregation = "level",
     .numerator = "sales-revenue", .denominator = "orders", .scale = 1,
     .description = "How much a customer spends per order on average (revenue / orders).",
     .source = "Shopify: Average order value",
     .phrases = PHRASES("average order value", "aov", "order value", "basket size", "average basket",
                        "average order")},
    {.id = "customers", .name = "Customers who ordered", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many different customers placed at least one order in the period.",
     .source = "Shopify: Customers report",
     .phrases = PHRASES("customers", "active customers", "buyers", "paying customers")},
    {.id = "repeat-customers", .name = "Returning customers", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Customers in the period who had already ordered from you before.",
     .source = "Shopify: Returning customers",
     .phrases = PHRASES("returning customers", "repeat customers", "repeat buyers", "existing customers")},
    {.id = "repeat-purchase-rate", .name = "Repeat-purchase rate", .channel = "web", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "repeat-customers", .denominator = "customers", .scale = 100,
     .description = "Percent of this period's customers who had bought from you before.",
     .source = "Shopify: Returning customer rate",
     .phrases = PHRASES("repeat purchase rate", "repeat-purchase rate", "repeat purchases", "repeat orders",
                        "returning customer rate", "customer retention", "retention rate")},
    {.id = "new-customers", .name = "New customers", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "cumulative",
     .description = "People who ordered for the first time; each entry adds to the running total.",
     .source = "Shopify: First-time customers",
     .phrases = PHRASES("new customers", "first-time customers", "first time buyers", "customer acquisition",
                        "new buyers")},
    {.id = "customer-lifetime-value", .name = "Customer lifetime value", .channel = "web", .unit = "currency",
     .currency = "USD", .direction = "higher", .aggregation = "level",
     .description = "How much a typical customer spends with you over all their orders.",
     .source = "Shopify: Predicted customer lifetime value",
     .phrases = PHRASES("customer lifetime value", "lifetime value", "clv", "ltv", "customer value")},
    {.id = "fba-orders", .name = "Orders fulfilled by Amazon", .channel = "other", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Orders that Amazon picked, packed and shipped for you (Fulfillment by Amazon).",
     .source = "Amazon Seller Central: Fulfillment reports",
     .phrases = PHRASES("orders fulfilled by amazon", "fba orders", "fulfillment by amazon orders")},
    {.id = "fba-share", .name = "Share of orders fulfilled by Amazon (FBA %)", .channel = "other",
     .unit = "percent", .direction = "higher", .aggregation = "level",
     .numerator = "fba-orders", .denominator = "orders", .scale = 100,
     .description = "Percent of your orders shipped by Fulfillment by Amazon instead of by you.",
     .source = "Amazon Seller Central: Fulfillment reports",
     .phrases = PHRASES("share of orders fulfilled by amazon", "share of inventory fulfilled by amazon",
                        "inventory fulfilled by amazon", "fulfilled by amazon", "fulfillment by amazon",
                        "fulfilment by amazon", "fba share", "fba")},

    /* Email */
    {.id = "email-subscribers", .name = "Email subscribers", .channel = "email", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many people are on your email list at the end of the period.",
     .source = "Email tool (e.g. Mailchimp): Audience size",
     .phrases = PHRASES("email subscribers", "subscribers", "email list", "list size", "mailing list",
                        "newsletter subscribers", "email sign-ups", "email signups")},
    {.id = "emails-delivered", .name = "Emails delivered", .channel = "email", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Campaign emails that reached an inbox in the period (sent minus bounces).",
     .source = "Email tool: Campaign report, Delivered",
     .phrases = PHRASES("emails delivered", "emails sent", "email sends")},
    {.id = "email-opens", .name = "Email opens", .channel = "email", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many delivered emails were opened at least once.",
     .source = "Email tool: Campaign report, Unique opens",
     .phrases = PHRASES("email opens", "opens", "opened emails")},
    {.id = "email-clicks", .name = "Email clicks", .channel = "email", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many delivered emails had at least one link clicked.",
     .source = "Email tool: Campaign report, Unique clicks",
     .phrases = PHRASES("email clicks", "clicks in emails", "email link clicks")},
    {.id = "email-unsubscribes", .name = "Email unsubscribes", .channel = "email", .unit = "count",
     .direction = "lower", .aggregation = "level",
     .description = "People who left your email list in the period; lower is better.",
     .source = "Email tool: Campaign report, Unsubscribed",
     .phrases = PHRASES("unsubscribes", "email unsubscribes", "opt-outs", "opt outs")},
    {.id = "email-open-rate", .name = "Email open rate", .channel = "email", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "email-opens", .denominator = "emails-delivered", .scale = 100,
     .description = "Percent of delivered emails that were opened.",
     .source = "Email tool: Campaign report, Open rate",
     .phrases = PHRASES("email open rate", "open rate", "open rates")},
    {.id = "email-click-rate", .name = "Email click rate", .channel = "email", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "email-clicks", .denominator = "emails-delivered", .scale = 100,
     .description = "Percent of delivered emails in which a reader clicked a link.",
     .source = "Email tool: Campaign report, Click rate",
     .phrases = PHRASES("email click rate", "email click-through rate", "email ctr", "click rate")},
    {.id = "unsubscribe-rate", .name = "Unsubscribe rate", .channel = "email", .unit = "percent",
     .direction = "lower", .aggregation = "level",
     .numerator = "email-unsubscribes", .denominator = "emails-delivered", .scale = 100,
     .description = "Percent of delivered emails that led the reader to unsubscribe; lower is better.",
     .source = "Email tool: Campaign report, Unsubscribe rate",
     .phrases = PHRASES("unsubscribe rate", "opt-out rate", "churn from the email list")},
    {.id = "email-engagement-score", .name = "Email engagement score", .channel = "email", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .description = "Percent of your list that opened or clicked at least one of your emails in the period.",
     .source = "Email tool: Engagement or contact rating report",
     .phrases = PHRASES("email engagement score", "email engagement", "email marketing engagement",
                        "engagement score", "engaged subscribers")},

    /* Coupons */
    {.id = "coupons-issued", .name = "Coupons issued", .channel = "other", .unit = "count",
     .direction = "higher", .aggregation = "cumulative",
     .description = "Coupon codes or vouchers handed out (emailed or put in orders); entries add up.",
     .source = "Store discount codes report: Codes issued",
     .phrases = PHRASES("coupons issued", "coupons sent", "vouchers issued", "coupon codes sent")},
    {.id = "coupon-redemptions", .name = "Coupon redemptions", .channel = "other", .unit = "count",
     .direction = "higher", .aggregation = "cumulative",
     .description = "Orders that used one of your coupon codes; entries add up to the campaign total.",
     .source = "Store discount codes report: Times used",
     .phrases = PHRASES("coupon redemptions", "coupons redeemed", "coupon uses", "redeemed coupons",
                        "voucher redemptions", "coupon codes used")},
    {.id = "coupon-conversion-rate", .name = "Coupon conversion rate", .channel = "other", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "coupon-redemptions", .denominator = "coupons-issued", .scale = 100,
     .description = "Percent of the coupons you handed out that were used in an order.",
     .source = "Store discount codes report: Times used / codes issued",
     .phrases = PHRASES("coupon conversion rate", "coupon conversion", "coupon redemption rate",
                        "voucher conversion", "redemption rate")},

    /* Social media */
    {.id = "social-likes", .name = "Social likes", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Likes and reactions on your social media posts in the period.",
     .source = "Instagram or Facebook Insights: Likes",
     .phrases = PHRASES("social likes", "likes", "reactions", "post likes", "hearts")},
    {.id = "social-shares", .name = "Social shares", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Times people shared, reposted or retweeted your posts in the period.",
     .source = "Instagram or Facebook Insights: Shares",
     .phrases = PHRASES("social shares", "shares", "reposts", "retweets", "social media shares")},
    {.id = "social-comments", .name = "Social comments", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Comments and replies people left on your posts in the period.",
     .source = "Instagram or Facebook Insights: Comments",
     .phrases = PHRASES("social comments", "comments", "replies", "social media comments")},
    {.id = "social-interactions", .name = "Social interactions", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Likes, comments and shares added together: all the ways people responded to your posts.",
     .source = "Meta Business Suite: Content interactions",
     .phrases = PHRASES("social interactions", "social interaction", "interactions", "social engagement",
                        "social media engagement", "social media interaction")},
    {.id = "social-reach", .name = "Social reach", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many different people saw at least one of your posts in the period.",
     .source = "Instagram or Facebook Insights: Reach",
     .phrases = PHRASES("social reach", "people reached", "audience reached")},
    {.id = "social-engagement-rate", .name = "Social engagement rate", .channel = "social", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "social-interactions", .denominator = "social-reach", .scale = 100,
     .description = "Interactions per 100 people reached: how strongly your posts get a response.",
     .source = "Instagram or Facebook Insights: Interactions / Reach",
     .phrases = PHRASES("engagement rate", "social engagement rate", "engagement", "post engagement")},
    {.id = "social-followers", .name = "Followers", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "People following your social media accounts at the end of the period.",
     .source = "Instagram or Facebook Insights: Followers",
     .phrases = PHRASES("followers", "social followers", "instagram followers", "facebook followers",
                        "fans", "page likes", "audience size")},
    {.id = "brand-mentions", .name = "Brand mentions", .channel = "social", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "Posts by other people that name or tag your brand in the period.",
     .source = "Social listening tool: Mentions",
     .phrases = PHRASES("brand mentions", "mentions", "tagged posts")},

    /* Paid ads */
    {.id = "ad-impressions", .name = "Ad impressions", .channel = "ads", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many times your ads were shown in the period.",
     .source = "Google Ads or Meta Ads Manager: Impressions",
     .phrases = PHRASES("ad impressions", "impressions", "ad views")},
    {.id = "ad-clicks", .name = "Ad clicks", .channel = "ads", .unit = "count",
     .direction = "higher", .aggregation = "level",
     .description = "How many times people clicked your ads in the period.",
     .source = "Google Ads or Meta Ads Manager: Clicks",
     .phrases = PHRASES("ad clicks", "clicks on ads", "paid clicks", "clicks")},
    {.id = "ad-spend", .name = "Ad spend", .channel = "ads", .unit = "currency", .currency = "USD",
     .direction = "lower", .aggregation = "level",
     .description = "Money spent on paid ads in the period.",
     .source = "Google Ads or Meta Ads Manager: Amount spent",
     .phrases = PHRASES("ad spend", "advertising spend", "ad budget", "amount spent on ads", "ad costs")},
    {.id = "ad-revenue", .name = "Revenue from ads", .channel = "ads", .unit = "currency", .currency = "USD",
     .direction = "higher", .aggregation = "level",
     .description = "Sales revenue from orders that followed a click on one of your ads.",
     .source = "Google Ads or Meta Ads Manager: Conversion value",
     .phrases = PHRASES("revenue from ads", "ad revenue", "conversion value", "ad sales")},
    {.id = "ctr", .name = "Click-through rate (CTR)", .channel = "ads", .unit = "percent",
     .direction = "higher", .aggregation = "level",
     .numerator = "ad-clicks", .denominator = "ad-impressions", .scale = 100,
     .description = "Percent of ad views that led to a click (clicks / impressions x 100).",
     .source = "Google Ads or Meta Ads Manager: CTR",
     .phrases = PHRASES("click-through rate", "click through rate", "clickthrough rate", "ctr",
                        "ad click rate")},
    {.id = "cpc", .name = "Cost per click (CPC)", .channel = "ads", .unit = "currency", .currency = "USD",
     .direction = "lower", .aggregation = "level",
     .numerator = "ad-spend", .denominator = "ad-clicks", .scale = 1,
     .description = "What one ad click costs you on average (spend / clicks); lower is better.",
     .source = "Google Ads or Meta Ads Manager: CPC",
     .phrases = PHRASES("cost per click", "cpc", "cost-per-click", "price per click")},
    {.id = "roas", .name = "Return on ad spend (ROAS)", .channel = "ads", .unit = "ratio",
     .direction = "higher", .aggregation = "level",
     .numerator = "ad-revenue", .denominator = "ad-spend", .scale = 1,
     .description = "Revenue earned for every dollar spent on ads (4 means $4 back per $1).",
     .source = "Google Ads or Meta Ads Manager: Purchase ROAS",
     .phrases = PHRASES("return on ad spend", "roas", "ad return", "return on advertising")},
    {.id = "marketing-spend", .name = "Marketing spend", .channel = "other", .unit = "currency",
     .currency = "USD", .direction = "lower", .aggregation = "level",
     .description = "Everything spent on marketing in the period: ads, tools, coupons and content.",
     .source = "Accounting software: Marketing expenses",
     .phrases = PHRASES("marketing spend", "marketing budget", "marketing costs", "marketing expenses")},
    {.id = "cac", .name = "Customer acquisition cost (CAC)", .channel = "other", .unit = "currency",
     .currency = "USD", .direction = "lower", .aggregation = "level",
     .numerator = "marketing-spend", .denominator = "new-customers", .scale = 1,
     .description = "What it costs on average to win one new customer (marketing spend / new customers).",
     .source = "Accounting software and store reports: spend / first-time customers",
     .phrases = PHRASES("customer acquisition cost", "cost per acquisition", "cac", "cpa",
                        "cost per customer", "cost to acquire")},
    {.id = "leads", .name = "Leads", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "cumulative",
     .description = "People who left their contact details (sign-up, enquiry, download); entries add up.",
     .source = "CRM or form tool: New contacts",
     .phrases = PHRASES("leads", "new leads", "sign-ups", "signups", "enquiries", "inquiries", "prospects")},

    /* Customer experience */
    {.id = "nps", .name = "Net Promoter Score (NPS)", .channel = "other", .unit = "ratio",
     .direction = "higher", .aggregation = "average",
     .description = "Percent of customers who would recommend you minus those who would not (-100 to 100).",
     .source = "Customer survey tool: Net Promoter Score",
     .phrases = PHRASES("net promoter score", "nps", "likelihood to recommend", "customer loyalty")},
    {.id = "customer-satisfaction", .name = "Customer satisfaction (CSAT)", .channel = "other",
     .unit = "percent", .direction = "higher", .aggregation = "average",
     .description = "Percent of surveyed customers who said they were satisfied or very satisfied.",
     .source = "Customer survey tool: CSAT",
     .phrases = PHRASES("customer satisfaction", "csat", "satisfaction score", "happy customers")},
    {.id = "product-reviews", .name = "Product reviews", .channel = "web", .unit = "count",
     .direction = "higher", .aggregation = "cumulative",
     .description = "New customer reviews written about your products; entries add up.",
     .source = "Amazon Seller Central or store: Product reviews",
     .phrases = PHRASES("product reviews", "reviews", "customer reviews", "ratings")},
};

enum { CATALOG_COUNT = (int)(sizeof catalog / sizeof catalog[0]) };

/* ---- lookups ------------------------------------------------------------- */

size_t gp_kpi_catalog_count(void) { return (size_t)CATALOG_COUNT; }

const gp_kpi_def_t *gp_kpi_catalog_at(size_t index)
{
    return index < (size_t)CATALOG_COUNT ? &catalog[index] : NULL;
}

const gp_kpi_def_t *gp_kpi_catalog_find(const char *id)
{
    if (!id) return NULL;
    for (int i = 0; i < CATALOG_COUNT; i++)
        if (strcmp(catalog[i].id, id) == 0) return &catalog[i];
    return NULL;
}

/* ASCII letters and digits, and any byte of a multibyte character. */
static bool is_word_char(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}
static unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c; }

/* Length in TEXT[0..N) that PHRASE covers when it starts at TEXT, allowing one
 * trailing plural "s"; 0 when it does not match there as whole words. */
static size_t phrase_at(const char *text, size_t n, const char *phrase)
{
    size_t i = 0;
    for (; phrase[i]; i++)
        if (i >= n || lower((unsigned char)text[i]) != (unsigned char)phrase[i]) return 0;
    if (i < n && lower((unsigned char)text[i]) == 's' && phrase[i - 1] != 's' &&
        (i + 1 == n || !is_word_char((unsigned char)text[i + 1])))
        return i + 1;
    return i == n || !is_word_char((unsigned char)text[i]) ? i : 0;
}

const gp_kpi_def_t *gp_kpi_catalog_match(const char *text, size_t n, size_t *at, size_t *len)
{
    const gp_kpi_def_t *best = NULL;
    size_t best_at = 0, best_len = 0;
    if (!text) return NULL;
    for (size_t start = 0; start < n; start++) {
        /* Phrases begin at a word start only, so "likes" never matches
         * inside "dislikes". */
        if (!is_word_char((unsigned char)text[start]) ||
            (start > 0 && is_word_char((unsigned char)text[start - 1])))
            continue;
        unsigned char first = lower((unsigned char)text[start]);
        for (int k = 0; k < CATALOG_COUNT; k++) { /* in catalog order, so ties go to the earlier */
            for (const char *const *p = catalog[k].phrases; *p; p++) {
                if ((unsigned char)(*p)[0] != first) continue;
                size_t m = phrase_at(text + start, n - start, *p);
                if (m > best_len) {
                    best = &catalog[k];
                    best_at = start;
                    best_len = m;
                }
            }
        }
    }
    if (best) {
        if (at) *at = best_at;
        if (len) *len = best_len;
    }
    return best;
}

/* ---- JSON ---------------------------------------------------------------- */

cJSON *gp_kpi_def_to_json(const gp_kpi_def_t *def)
{
    if (!def) return NULL;
    cJSON *o = cJSON_CreateObject();
    bool ok = o && cJSON_AddStringToObject(o, "id", def->id) && cJSON_AddStringToObject(o, "name", def->name) &&
              cJSON_AddStringToObject(o, "channel", def->channel) && cJSON_AddStringToObject(o, "unit", def->unit);
    if (ok && def->currency) ok = cJSON_AddStringToObject(o, "currency", def->currency) != NULL;
    ok = ok && cJSON_AddStringToObject(o, "direction", def->direction) &&
         cJSON_AddStringToObject(o, "aggregation", def->aggregation);
    if (ok && def->numerator) {
        cJSON *f = cJSON_AddObjectToObject(o, "formula");
        ok = f && cJSON_AddStringToObject(f, "numerator", def->numerator) &&
             cJSON_AddStringToObject(f, "denominator", def->denominator) &&
             cJSON_AddNumberToObject(f, "scale", def->scale);
    }
    ok = ok && cJSON_AddStringToObject(o, "description", def->description) &&
         cJSON_AddStringToObject(o, "source", def->source);
    cJSON *phrases = ok ? cJSON_AddArrayToObject(o, "phrases") : NULL;
    ok = phrases != NULL;
    for (const char *const *p = def->phrases; ok && *p; p++) {
        cJSON *s = cJSON_CreateString(*p);
        ok = s && cJSON_AddItemToArray(phrases, s);
        if (!ok) cJSON_Delete(s);
    }
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

cJSON *gp_kpi_from_def(const gp_kpi_def_t *def, const char *id, const char *name)
{
    if (!def) return NULL;
    cJSON *o = cJSON_CreateObject();
    bool ok = o && cJSON_AddStringToObject(o, "id", id) && cJSON_AddStringToObject(o, "name", name ? name : def->name) &&
              cJSON_AddStringToObject(o, "channel", def->channel) && cJSON_AddStringToObject(o, "unit", def->unit);
    if (ok && def->currency) ok = cJSON_AddStringToObject(o, "currency", def->currency) != NULL;
    ok = ok && cJSON_AddStringToObject(o, "direction", def->direction) &&
         cJSON_AddStringToObject(o, "aggregation", def->aggregation) && cJSON_AddArrayToObject(o, "measurements");
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* ---- a plan KPI ------------------------------------------------------------ */

cJSON *gp_kpi_new(const char *catalog_id, const char *id, const char *name, bool lower_is_better, gp_error_t *err)
{
    cJSON *kpi = NULL;
    if (catalog_id) {
        const gp_kpi_def_t *def = gp_kpi_catalog_find(catalog_id);
        if (!def) {
            gp_fail(err, GP_ERR_UNKNOWN_VALUE, "catalog_id", "The KPI catalog has no entry '%.64s'.", catalog_id);
            return NULL;
        }
        kpi = gp_kpi_from_def(def, id ? id : def->id, name);
    } else {
        kpi = cJSON_CreateObject();
        bool ok = kpi && cJSON_AddStringToObject(kpi, "id", id) && cJSON_AddStringToObject(kpi, "name", name) &&
                  cJSON_AddStringToObject(kpi, "channel", "other") && cJSON_AddStringToObject(kpi, "unit", "count") &&
                  cJSON_AddStringToObject(kpi, "direction", lower_is_better ? "lower" : "higher") &&
                  cJSON_AddStringToObject(kpi, "aggregation", "level") && cJSON_AddArrayToObject(kpi, "measurements");
        if (!ok) {
            cJSON_Delete(kpi);
            kpi = NULL;
        }
    }
    if (!kpi) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while making a KPI.");
        return NULL;
    }
    cJSON *normalised = gp_kpi_normalised_copy(kpi, "kpi", true, err);
    cJSON_Delete(kpi);
    return normalised;
}

/* ---- kpi.catalog ----------------------------------------------------------- */

/* Case-insensitive (ASCII) substring test; an empty NEEDLE always matches. */
static bool contains_folded(const char *hay, const char *needle, size_t needle_len)
{
    for (const char *h = hay; ; h++) {
        size_t i = 0;
        while (i < needle_len && h[i] && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i])) i++;
        if (i == needle_len) return true;
        if (!*h) return false;
    }
}

static bool def_matches(const gp_kpi_def_t *def, const char *query, size_t query_len)
{
    if (contains_folded(def->id, query, query_len) || contains_folded(def->name, query, query_len) ||
        contains_folded(def->description, query, query_len))
        return true;
    for (const char *const *p = def->phrases; *p; p++)
        if (contains_folded(*p, query, query_len)) return true;
    return false;
}

cJSON *gp_kpi_catalog_search(const char *query, gp_error_t *err)
{
    /* Surrounding spaces come from search boxes; they should not hide hits. */
    while (*query == ' ' || *query == '\t') query++;
    size_t query_len = strlen(query);
    while (query_len && (query[query_len - 1] == ' ' || query[query_len - 1] == '\t')) query_len--;

    cJSON *result = cJSON_CreateObject();
    cJSON *list = result ? cJSON_AddArrayToObject(result, "kpis") : NULL;
    bool ok = list != NULL;
    for (int i = 0; ok && i < CATALOG_COUNT; i++) {
        if (!def_matches(&catalog[i], query, query_len)) continue;
        cJSON *item = gp_kpi_def_to_json(&catalog[i]);
        ok = item && cJSON_AddItemToArray(list, item);
        if (!ok) cJSON_Delete(item);
    }
    if (!ok) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while listing the KPI catalog.");
        return NULL;
    }
    return result;
}
