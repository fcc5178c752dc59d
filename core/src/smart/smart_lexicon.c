/* smart_lexicon.c - the dictionary behind the SMART reader.
 *
 * One table of base forms with their roles, looked up through a hash table
 * built on first use. Inflections are stripped by rule ("reduced" ->
 * "reduce", "listings" -> "listing"), irregular forms have entries of their
 * own, and one-letter typos of verbs and metric words ("incrase") are read
 * as the word meant. */
#include "smart_lexicon.h"

#include <string.h>

/* ---- the table ------------------------------------------------------- */

#define W(word, flags) {word, flags, GP_V_NONE, GP_TW_NONE, NULL, 0}
#define V(word, cls, flags) {word, flags, cls, GP_TW_NONE, NULL, 0}
#define T(word, tw, flags, value) {word, flags, GP_V_NONE, tw, NULL, value}
#define N(word, value) {word, GP_W_NUMBER, GP_V_NONE, GP_TW_NONE, NULL, value}
#define C(word, code) {word, GP_W_CURRENCY, GP_V_NONE, GP_TW_NONE, code, 0}
#define VAGUE(word, hint) {word, GP_W_VAGUE, GP_V_NONE, GP_TW_NONE, hint, 0}
#define F(word) {word, GP_W_FOREIGN, GP_V_NONE, GP_TW_NONE, NULL, 0}

enum {
    EN = GP_W_ENGLISH,
    DET = GP_W_DET | GP_W_ENGLISH,
    PREP = GP_W_PREP | GP_W_ENGLISH,
    PRON = GP_W_PRON | GP_W_ENGLISH,
    AUX = GP_W_AUX | GP_W_ENGLISH,
    CONJ = GP_W_CONJ | GP_W_ENGLISH,
    MET = GP_W_METRIC,
    AUD = GP_W_AUDIENCE | GP_W_METRIC,
    PLACE = GP_W_PLACE,
    TAC = GP_W_TACTIC,
    NOV = GP_W_NOVERB
};

const gp_lex_t gp_lex_table[] = {
    /* rises */
    V("increase", GP_V_UP, 0), V("grow", GP_V_UP, 0), V("grew", GP_V_UP, 0), V("grown", GP_V_UP, 0),
    V("boost", GP_V_UP, 0), V("raise", GP_V_UP, 0), V("gain", GP_V_UP, 0), V("add", GP_V_UP, 0),
    V("expand", GP_V_UP, 0), V("lift", GP_V_UP, 0), V("drive", GP_V_UP, 0), V("generate", GP_V_UP, 0),
    V("attract", GP_V_UP, 0), V("acquire", GP_V_UP, 0), V("earn", GP_V_UP, 0), V("sell", GP_V_UP, 0),
    V("sold", GP_V_UP, 0), {"double", 0, GP_V_UP, GP_TW_NONE, NULL, 2},
    {"triple", 0, GP_V_UP, GP_TW_NONE, NULL, 3}, {"quadruple", 0, GP_V_UP, GP_TW_NONE, NULL, 4},
    {"treble", 0, GP_V_UP, GP_TW_NONE, NULL, 3}, V("multiply", GP_V_UP, 0), V("recruit", GP_V_UP, 0),
    V("enroll", GP_V_UP, 0), V("enrol", GP_V_UP, 0), V("onboard", GP_V_UP, 0), V("convert", GP_V_UP, 0),
    V("collect", GP_V_UP, 0), V("capture", GP_V_UP, 0), V("secure", GP_V_UP, 0), V("land", GP_V_UP, 0),
    V("save", GP_V_UP, 0), V("bring", GP_V_UP, 0), V("brought", GP_V_UP, 0), V("win", GP_V_UP, 0),
    V("won", GP_V_UP, 0), V("transfer", GP_V_UP, 0), V("accumulate", GP_V_UP, 0), V("gather", GP_V_UP, 0),
    V("sign", GP_V_UP, 0), V("rise", GP_V_UP, 0), V("rose", GP_V_UP, 0), V("scale", GP_V_UP, 0),
    V("extend", GP_V_UP, 0), V("broaden", GP_V_UP, 0), V("widen", GP_V_UP, 0), V("attain", GP_V_REACH, 0),
    /* falls */
    V("reduce", GP_V_DOWN, 0), V("cut", GP_V_DOWN, 0), V("decrease", GP_V_DOWN, 0),
    {"lower", GP_W_MORE, GP_V_DOWN, GP_TW_NONE, NULL, 0}, V("drop", GP_V_DOWN, 0), V("shrink", GP_V_DOWN, 0),
    {"halve", GP_W_MULT, GP_V_DOWN, GP_TW_NONE, NULL, 0.5}, V("minimise", GP_V_DOWN, 0),
    V("minimize", GP_V_DOWN, 0), V("lose", GP_V_DOWN, 0), V("lost", GP_V_DOWN, 0), V("trim", GP_V_DOWN, 0),
    V("slash", GP_V_DOWN, 0), V("lessen", GP_V_DOWN, 0), V("shorten", GP_V_DOWN, 0), V("decline", GP_V_DOWN, 0),
    V("curb", GP_V_DOWN, 0), V("fell", GP_V_DOWN, 0),
    /* levels */
    V("reach", GP_V_REACH, MET), V("achieve", GP_V_REACH, 0), V("hit", GP_V_REACH, 0),
    V("exceed", GP_V_REACH, 0), V("surpass", GP_V_REACH, 0), V("obtain", GP_V_REACH, 0),
    V("maintain", GP_V_KEEP, 0), V("keep", GP_V_KEEP, 0), V("ensure", GP_V_KEEP, 0), V("kept", GP_V_KEEP, 0), V("retain", GP_V_KEEP, 0),
    V("sustain", GP_V_KEEP, 0), V("hold", GP_V_KEEP, 0), V("held", GP_V_KEEP, 0), V("stay", GP_V_KEEP, 0),
    V("preserve", GP_V_KEEP, 0), V("protect", GP_V_KEEP, 0), V("limit", GP_V_KEEP, 0), V("cap", GP_V_KEEP, 0),
    /* deliverables */
    {"launch", 0, GP_V_DONE, GP_TW_EVENT, NULL, 0}, V("publish", GP_V_DONE, 0), V("complete", GP_V_DONE, 0),
    V("finish", GP_V_DONE, 0), V("finalize", GP_V_DONE, 0), V("finalise", GP_V_DONE, 0),
    V("update", GP_V_DONE, 0), V("write", GP_V_DONE, 0), V("wrote", GP_V_DONE, 0), V("written", GP_V_DONE, 0),
    V("submit", GP_V_DONE, 0), V("implement", GP_V_DONE, 0), V("create", GP_V_DONE, 0),
    V("open", GP_V_DONE, 0), V("release", GP_V_DONE, 0), V("redesign", GP_V_DONE, 0),
    V("rebuild", GP_V_DONE, 0), V("migrate", GP_V_DONE, 0), V("hire", GP_V_DONE, 0), V("host", GP_V_DONE, 0),
    V("promote", GP_V_DONE, 0), V("pass", GP_V_DONE, 0), V("claim", GP_V_DONE, 0), V("produce", GP_V_DONE, 0),
    V("record", GP_V_DONE, 0), V("design", GP_V_DONE, 0), V("deliver", GP_V_DONE, 0), V("install", GP_V_DONE, 0),
    V("introduce", GP_V_DONE, 0), V("establish", GP_V_DONE, 0), V("certify", GP_V_DONE, 0),
    V("present", GP_V_DONE, 0), V("learn", GP_V_DONE, 0), V("set", GP_V_DONE, 0), V("draft", GP_V_DONE, 0),
    V("organize", GP_V_DONE, 0), V("organise", GP_V_DONE, 0), V("build", GP_V_SOFT, 0),
    V("built", GP_V_SOFT, 0), V("ship", GP_V_DONE, 0), V("rank", GP_V_REACH, MET),
    /* down to zero */
    V("eliminate", GP_V_ELIM, 0), V("eradicate", GP_V_ELIM, 0), V("quit", GP_V_ELIM, 0),
    V("stop", GP_V_ELIM, 0), V("remove", GP_V_ELIM, 0), V("abolish", GP_V_ELIM, 0),
    /* activities */
    {"post", TAC, GP_V_DO, GP_TW_NONE, NULL, 0}, V("send", GP_V_DO, 0), V("sent", GP_V_DO, 0),
    V("run", GP_V_DO, 0), V("ran", GP_V_DO, 0), V("study", GP_V_DO, 0), V("practice", GP_V_DO, 0),
    V("practise", GP_V_DO, 0), V("exercise", GP_V_DO, 0), V("workout", GP_V_DO, 0), V("work", GP_V_DO, 0),
    V("attend", GP_V_DO, 0), V("read", GP_V_DO, 0), V("call", GP_V_DO, 0), V("contact", GP_V_DO, 0),
    {"visit", MET | NOV, GP_V_DO, GP_TW_NONE, NULL, 0}, V("tweet", GP_V_DO, 0), V("engage", GP_V_DO, 0),
    V("respond", GP_V_DO, 0), V("answer", GP_V_DO, 0), V("test", GP_V_DO, 0), V("train", GP_V_DO, 0),
    V("spend", GP_V_DO, 0), V("spent", GP_V_DO, 0), V("use", GP_V_DO, 0), V("focus", GP_V_DO, 0),
    V("invest", GP_V_DO, 0), V("monitor", GP_V_DO, 0), V("track", GP_V_DO, 0), V("analyse", GP_V_DO, 0),
    V("analyze", GP_V_DO, 0), V("meet", GP_V_DO, 0), V("join", GP_V_DO, 0), V("teach", GP_V_DO, 0),
    V("walk", GP_V_DO, 0), V("jog", GP_V_DO, 0), V("swim", GP_V_DO, 0), V("advertise", GP_V_DO, 0),
    V("network", GP_V_DO, 0), V("volunteer", GP_V_DO, 0), V("cook", GP_V_DO, 0), V("feature", GP_V_DO, 0),
    V("offer", GP_V_DO, 0), V("provide", GP_V_DO, 0), V("ask", GP_V_DO, 0), V("reply", GP_V_DO, 0),
    V("embed", GP_V_DO, 0), V("include", GP_V_DO, 0), V("email", GP_V_DO, PLACE | MET | NOV),
    {"share", MET | NOV, GP_V_DO, GP_TW_NONE, NULL, 0}, {"comment", MET | NOV, GP_V_DO, GP_TW_NONE, NULL, 0},
    {"click", MET | NOV, GP_V_DO, GP_TW_NONE, NULL, 0}, {"order", MET | NOV | GP_W_REASON, GP_V_DO, GP_TW_NONE, NULL, 0},
    {"review", MET | NOV, GP_V_DO, GP_TW_NONE, NULL, 0}, {"book", NOV, GP_V_DO, GP_TW_NONE, NULL, 0},
    {"like", MET | NOV | AUX, GP_V_DO, GP_TW_NONE, NULL, 0},
    /* direction without a measure */
    V("improve", GP_V_SOFT, 0), V("enhance", GP_V_SOFT, 0), V("optimize", GP_V_SOFT, 0),
    V("optimise", GP_V_SOFT, 0), V("develop", GP_V_SOFT, 0), V("fix", GP_V_SOFT, 0),
    V("strengthen", GP_V_SOFT, 0), {"better", GP_W_VAGUE | GP_W_MORE | NOV, GP_V_SOFT, GP_TW_NONE, NULL, 0},
    V("refresh", GP_V_SOFT, 0), V("revamp", GP_V_SOFT, 0), V("upgrade", GP_V_SOFT, 0),
    V("streamline", GP_V_SOFT, 0), V("empower", GP_V_SOFT, 0), V("foster", GP_V_SOFT, 0),
    V("nurture", GP_V_SOFT, 0), V("elevate", GP_V_SOFT, 0), V("amplify", GP_V_SOFT, 0),
    V("leverage", GP_V_SOFT, 0), V("evolve", GP_V_SOFT, 0), V("transform", GP_V_SOFT, 0),
    V("support", GP_V_SOFT, 0), V("help", GP_V_SOFT, 0),
    /* no action on their own */
    V("have", GP_V_WEAK, EN), V("has", GP_V_WEAK, EN), V("had", GP_V_WEAK, EN), V("get", GP_V_WEAK, 0),
    V("got", GP_V_WEAK, 0), V("make", GP_V_WEAK, 0), V("made", GP_V_WEAK, 0), V("be", GP_V_WEAK, AUX),
    V("been", GP_V_WEAK, AUX), V("being", GP_V_WEAK, AUX), V("do", GP_V_WEAK, AUX), V("did", GP_V_WEAK, AUX),
    V("done", GP_V_WEAK, 0), V("go", GP_V_WEAK, 0), V("went", GP_V_WEAK, 0), V("become", GP_V_WEAK, 0),
    V("became", GP_V_WEAK, 0), V("feel", GP_V_WEAK, 0), V("see", GP_V_WEAK, 0), V("give", GP_V_WEAK, 0),
    V("take", GP_V_WEAK, 0), V("put", GP_V_WEAK, 0), V("come", GP_V_WEAK, 0),
    /* against others */
    V("outperform", GP_V_RIVAL, 0), V("beat", GP_V_RIVAL, 0), V("dominate", GP_V_RIVAL, 0),
    V("outsell", GP_V_RIVAL, 0), V("outrank", GP_V_RIVAL, 0), V("outshine", GP_V_RIVAL, 0),
    /* before the main verb */
    W("will", AUX), W("want", AUX), W("going", AUX), W("gonna", AUX), W("wanna", AUX), W("aim", AUX),
    {"plan", AUX | TAC, GP_V_NONE, GP_TW_NONE, NULL, 0}, W("hope", AUX), W("need", AUX), W("would", AUX),
    W("try", AUX), W("should", AUX), W("must", AUX), W("shall", AUX), W("can", AUX), W("could", AUX),
    W("intend", AUX), W("expect", AUX), W("am", AUX), W("is", AUX), W("are", AUX), W("was", AUX),
    W("were", AUX), W("i'm", AUX | PRON), W("i'll", AUX | PRON), W("we'll", AUX | PRON),
    W("we're", AUX | PRON), W("let's", AUX | PRON), W("it's", AUX | PRON), W("wish", AUX), W("strive", AUX),
    W("seek", AUX), W("commit", AUX), W("may", AUX), W("might", AUX), W("able", AUX), W("ensure", AUX),
    W("continue", AUX), W("begin", AUX), W("start", AUX),
    /* determiners */
    {"the", DET, GP_V_NONE, GP_TW_THE, NULL, 0}, {"a", DET, GP_V_NONE, GP_TW_A, NULL, 0},
    {"an", DET, GP_V_NONE, GP_TW_A, NULL, 0}, W("our", DET), W("my", DET), W("your", DET), W("their", DET),
    W("his", DET), W("her", DET), W("its", DET), {"this", DET, GP_V_NONE, GP_TW_THIS, NULL, 0},
    W("that", DET), W("these", DET), W("those", DET), W("some", DET), W("any", DET),
    {"each", DET, GP_V_NONE, GP_TW_PER, NULL, 0}, {"every", DET, GP_V_NONE, GP_TW_PER, NULL, 0},
    W("all", DET | GP_W_SUPERL), W("overall", EN), W("own", EN), W("new", EN), W("current", EN),
    W("existing", EN), W("total", MET),
    /* prepositions and time words */
    {"of", PREP, GP_V_NONE, GP_TW_OF, NULL, 0}, {"for", PREP, GP_V_NONE, GP_TW_FOR, NULL, 0}, W("to", PREP),
    {"in", PREP, GP_V_NONE, GP_TW_IN, NULL, 0}, {"on", PREP, GP_V_NONE, GP_TW_ON, NULL, 0},
    {"at", PREP, GP_V_NONE, GP_TW_AT, NULL, 0}, W("with", PREP), {"from", PREP, GP_V_NONE, GP_TW_FROM, NULL, 0},
    {"by", PREP, GP_V_NONE, GP_TW_BY, NULL, 0}, {"within", PREP, GP_V_NONE, GP_TW_WITHIN, NULL, 0},
    {"through", PREP, GP_V_NONE, GP_TW_THROUGH, NULL, 0}, {"throughout", PREP, GP_V_NONE, GP_TW_THROUGH, NULL, 0},
    {"thru", PREP, GP_V_NONE, GP_TW_THROUGH, NULL, 0}, {"until", PREP, GP_V_NONE, GP_TW_UNTIL, NULL, 0},
    {"till", PREP, GP_V_NONE, GP_TW_UNTIL, NULL, 0}, {"before", PREP, GP_V_NONE, GP_TW_BEFORE, NULL, 0},
    W("after", PREP), {"during", PREP, GP_V_NONE, GP_TW_DURING, NULL, 0},
    {"over", PREP | GP_W_BOUND, GP_V_NONE, GP_TW_OVER, NULL, 0}, W("under", PREP | GP_W_BOUND), W("into", PREP),
    W("onto", PREP), {"per", PREP, GP_V_NONE, GP_TW_PER, NULL, 0}, W("via", PREP), W("using", PREP),
    W("across", PREP), W("about", PREP), W("around", PREP), W("than", PREP), W("as", PREP), W("among", PREP),
    W("between", PREP), W("toward", PREP), W("towards", PREP), W("without", PREP | GP_W_NEG), W("upon", PREP),
    {"since", PREP, GP_V_NONE, GP_TW_SINCE, NULL, 0}, W("against", PREP), W("versus", PREP), W("vs", PREP),
    {"next", EN, GP_V_NONE, GP_TW_NEXT, NULL, 0}, {"coming", EN, GP_V_NONE, GP_TW_COMING, NULL, 0},
    {"upcoming", EN, GP_V_NONE, GP_TW_COMING, NULL, 0}, {"following", EN, GP_V_NONE, GP_TW_COMING, NULL, 0},
    {"last", EN, GP_V_NONE, GP_TW_LAST, NULL, 0}, {"past", EN, GP_V_NONE, GP_TW_LAST, NULL, 0},
    {"previous", EN, GP_V_NONE, GP_TW_LAST, NULL, 0}, {"end", 0, GP_V_NONE, GP_TW_END, NULL, 0},
    {"beginning", 0, GP_V_NONE, GP_TW_START, NULL, 0}, {"starting", 0, GP_V_NONE, GP_TW_STARTING, NULL, 0},
    {"first", 0, GP_V_NONE, GP_TW_FIRST, NULL, 1}, {"second", 0, GP_V_NONE, GP_TW_SECOND, NULL, 2},
    {"third", 0, GP_V_NONE, GP_TW_THIRD, NULL, 3}, {"fourth", 0, GP_V_NONE, GP_TW_FOURTH, NULL, 4},
    {"half", GP_W_MULT, GP_V_NONE, GP_TW_HALF, NULL, 0.5}, T("day", GP_TW_DAY, 0, 1), T("week", GP_TW_WEEK, 0, 7),
    T("month", GP_TW_MONTH, 0, 30), T("quarter", GP_TW_QUARTER, 0, 91), T("year", GP_TW_YEAR, 0, 365),
    T("fortnight", GP_TW_FORTNIGHT, 0, 14), T("weekend", GP_TW_WEEKEND, 0, 0), T("today", GP_TW_TODAY, 0, 0),
    T("tonight", GP_TW_TODAY, 0, 0), T("tomorrow", GP_TW_TOMORROW, 0, 0), T("now", GP_TW_NOW, 0, 0),
    T("time", GP_TW_TIME, 0, 0), T("fiscal", GP_TW_FISCAL, 0, 0), T("financial", GP_TW_FISCAL, 0, 0),
    T("spring", GP_TW_SPRING, 0, 0), T("summer", GP_TW_SUMMER, 0, 0), T("autumn", GP_TW_AUTUMN, 0, 0),
    T("fall", GP_TW_AUTUMN, 0, 0), T("winter", GP_TW_WINTER, 0, 0), T("monthly", GP_TW_RATE, 0, 30),
    T("weekly", GP_TW_RATE, 0, 7), T("daily", GP_TW_RATE, 0, 1), T("quarterly", GP_TW_RATE, 0, 91),
    T("yearly", GP_TW_RATE, 0, 365), T("annually", GP_TW_RATE, 0, 365), T("biweekly", GP_TW_RATE, 0, 14),
    T("hourly", GP_TW_RATE, 0, 0), T("nightly", GP_TW_RATE, 0, 1), T("conference", GP_TW_EVENT, 0, 0),
    T("semester", GP_TW_EVENT, 0, 0), T("term", GP_TW_EVENT, 0, 0), T("event", GP_TW_EVENT, TAC, 0),
    T("meeting", GP_TW_EVENT, 0, 0), T("season", GP_TW_EVENT, 0, 0), T("opening", GP_TW_EVENT, 0, 0),
    T("deadline", GP_TW_DUE, 0, 0), T("due", GP_TW_DUE, 0, 0), T("monday", GP_TW_WEEKDAY, 0, 0),
    T("tuesday", GP_TW_WEEKDAY, 0, 1), T("wednesday", GP_TW_WEEKDAY, 0, 2), T("thursday", GP_TW_WEEKDAY, 0, 3),
    T("friday", GP_TW_WEEKDAY, 0, 4), T("saturday", GP_TW_WEEKDAY, 0, 5), T("sunday", GP_TW_WEEKDAY, 0, 6),
    T("christmas", GP_TW_HOLIDAY, 0, 1225), T("xmas", GP_TW_HOLIDAY, 0, 1225),
    T("halloween", GP_TW_HOLIDAY, 0, 1031), T("valentine", GP_TW_HOLIDAY, 0, 214),
    T("thanksgiving", GP_TW_HOLIDAY, 0, GP_HOLIDAY_THANKSGIVING), T("black", GP_TW_HOLIDAY, 0, GP_HOLIDAY_BLACK_FRIDAY),
    T("cyber", GP_TW_HOLIDAY, 0, GP_HOLIDAY_CYBER_MONDAY), T("easter", GP_TW_HOLIDAY, 0, GP_HOLIDAY_EASTER),
    T("mother", GP_TW_HOLIDAY, 0, GP_HOLIDAY_MOTHERS_DAY), T("father", GP_TW_HOLIDAY, 0, GP_HOLIDAY_FATHERS_DAY),
    T("mo", GP_TW_MONTH, 0, 30), T("wk", GP_TW_WEEK, 0, 7), T("yr", GP_TW_YEAR, 0, 365),
    W("early", EN), W("mid", 0), W("late", EN),
    /* pronouns, conjunctions, reasons, negations, bounds */
    W("i", PRON), W("we", PRON), W("you", PRON), W("he", PRON), W("she", PRON), W("they", PRON),
    W("it", PRON), W("me", PRON), W("us", PRON), W("them", PRON), W("myself", PRON), W("ourselves", PRON),
    W("everyone", PRON | GP_W_SUPERL), W("everybody", PRON | GP_W_SUPERL), W("someone", PRON),
    W("and", CONJ), W("or", CONJ), W("but", CONJ), W("then", CONJ), W("while", CONJ), W("plus", CONJ),
    W("also", CONJ), W("nor", CONJ), W("because", EN | GP_W_REASON), W("so", EN | GP_W_REASON),
    W("which", EN), W("thereby", EN | GP_W_REASON), W("part", GP_W_REASON), W("not", EN | GP_W_NEG),
    W("never", EN | GP_W_NEG), W("no", EN | GP_W_NEG), W("don't", AUX | GP_W_NEG), W("doesn't", AUX | GP_W_NEG),
    W("won't", AUX | GP_W_NEG), W("can't", AUX | GP_W_NEG), W("cannot", AUX | GP_W_NEG),
    W("shouldn't", AUX | GP_W_NEG), W("mustn't", AUX | GP_W_NEG), W("least", GP_W_BOUND), W("most", GP_W_BOUND),
    W("below", GP_W_BOUND | PREP), W("above", GP_W_BOUND | PREP), W("beyond", GP_W_BOUND | PREP),
    W("maximum", GP_W_BOUND), W("minimum", GP_W_BOUND), W("max", GP_W_BOUND), W("min", GP_W_BOUND),
    W("up", EN), W("out", EN), W("later", EN), W("down", EN),    /* comparisons and vague wishes */
    W("more", GP_W_MORE | EN), W("fewer", GP_W_MORE), W("less", GP_W_MORE), W("higher", GP_W_MORE),
    W("bigger", GP_W_MORE | GP_W_VAGUE), W("greater", GP_W_MORE), W("larger", GP_W_MORE), W("extra", GP_W_MORE),
    VAGUE("well", NULL), VAGUE("great", NULL), VAGUE("good", NULL), VAGUE("popular", "followers"),
    VAGUE("aware", "brand awareness"), VAGUE("presence", "followers"), VAGUE("thing", NULL),
    VAGUE("stuff", NULL), VAGUE("performance", NULL), VAGUE("attitude", NULL), VAGUE("organized", NULL),
    VAGUE("organised", NULL), VAGUE("healthier", NULL), VAGUE("healthy", NULL), VAGUE("successful", NULL),
    VAGUE("success", NULL), VAGUE("strong", NULL), VAGUE("stronger", NULL), VAGUE("quality", NULL),
    VAGUE("image", "average review rating"), VAGUE("reputation", "average review rating"),
    VAGUE("visibility", "impressions"), VAGUE("impact", NULL), VAGUE("improvement", NULL),
    VAGUE("everything", NULL), VAGUE("something", NULL), VAGUE("nice", NULL), VAGUE("amazing", NULL),
    VAGUE("excellent", NULL), VAGUE("really", NULL), VAGUE("very", NULL), VAGUE("lot", NULL),
    VAGUE("happy", "customer satisfaction score"), VAGUE("happier", "customer satisfaction score"),
    VAGUE("known", "brand awareness"), VAGUE("famous", "brand awareness"), VAGUE("buzz", "social mentions"),
    VAGUE("efficient", NULL), VAGUE("effective", NULL), VAGUE("consistent", NULL),
    VAGUE("consistently", NULL), VAGUE("regularly", NULL), VAGUE("often", NULL), VAGUE("frequently", NULL),
    VAGUE("much", NULL), VAGUE("significantly", NULL), VAGUE("substantially", NULL),
    VAGUE("dramatically", NULL), VAGUE("greatly", NULL), VAGUE("progress", NULL),
    VAGUE("experience", "customer satisfaction score"), VAGUE("service", "customer satisfaction score"),
    VAGUE("business", "sales revenue"), VAGUE("brand", "brand awareness"), VAGUE("footprint", "followers"),
    VAGUE("exposure", "impressions"), VAGUE("loyalty", "repeat-purchase rate"), VAGUE("trust", NULL),
    VAGUE("community", "followers"), VAGUE("relationship", NULL), VAGUE("culture", NULL),
    VAGUE("morale", NULL), VAGUE("recognition", "brand awareness"), VAGUE("interest", NULL),
    VAGUE("fun", NULL), VAGUE("cool", NULL), VAGUE("awesome", NULL), VAGUE("ok", NULL), VAGUE("okay", NULL),
    VAGUE("worldwide", NULL), VAGUE("positive", NULL), VAGUE("seo", "organic search traffic"),
    VAGUE("productive", NULL), VAGUE("productivity", NULL), VAGUE("happiness", NULL),
    {"best", GP_W_VAGUE | GP_W_SUPERL, GP_V_NONE, GP_TW_NONE, NULL, 0},
    W("leading", GP_W_SUPERL), W("leader", GP_W_SUPERL), W("world", GP_W_SUPERL), W("biggest", GP_W_SUPERL),
    W("largest", GP_W_SUPERL), W("greatest", GP_W_SUPERL), W("perfect", GP_W_SUPERL | GP_W_VAGUE),
    W("unbeatable", GP_W_SUPERL), W("ultimate", GP_W_SUPERL), W("premier", GP_W_SUPERL),
    W("competitor", GP_W_SUPERL), W("top", GP_W_SUPERL),
    /* things counted */
    W("sales", MET), W("revenue", MET), W("traffic", MET), W("visitor", AUD), W("session", MET),
    W("lead", AUD), W("subscriber", AUD), W("follower", AUD), W("signup", MET),
    W("member", AUD), W("membership", MET), W("customer", AUD), W("client", AUD), W("download", MET),
    W("registration", MET), W("booking", MET), W("rating", MET), W("mention", MET), W("impression", MET),
    W("engagement", MET), W("conversion", MET), W("ctr", MET), W("cpc", MET), W("cpm", MET), W("cac", MET),
    W("roas", MET), W("roi", MET), W("nps", MET), W("csat", MET), W("profit", MET), W("margin", MET),
    W("churn", MET), W("retention", MET), W("bounce", MET), W("unsubscribe", MET), W("list", MET),
    W("listing", MET), W("citation", MET), W("backlink", MET), W("link", MET), W("ranking", MET),
    W("pageview", MET), W("view", MET), W("referral", MET), W("redemption", MET), W("purchase", MET),
    W("transaction", MET), W("user", AUD), W("account", MET), W("enquiry", MET), W("inquiry", MET),
    W("appointment", MET), W("error", MET), W("complaint", MET), W("return", MET), W("refund", MET),
    W("ticket", MET), W("defect", MET), W("cost", MET), W("budget", MET), W("price", MET), W("fee", MET),
    W("income", MET), W("earnings", MET), W("donation", MET), W("fund", MET), W("savings", MET),
    W("turnover", MET), W("aov", MET), W("rate", MET), W("score", MET), W("percentage", MET),
    W("proportion", MET), W("ratio", MET), W("volume", MET), W("number", MET), W("count", MET),
    W("amount", MET), W("weight", MET), W("kg", MET), W("kilogram", MET), W("kilo", MET), W("lb", MET),
    W("grade", MET), W("attendance", MET), W("attendee", AUD), W("participant", AUD),
    W("applicant", AUD), W("application", MET), W("awareness", MET), W("money", MET),
    W("interaction", MET), W("growth", MET), W("response", MET), W("abandonment", MET),
    W("unit", MET), W("people", AUD), W("consumer", AUD), W("buyer", AUD), W("shopper", AUD),
    W("student", AUD), W("audience", AUD), W("fan", AUD), W("patient", AUD), W("guest", AUD),
    W("partner", AUD), W("reader", AUD), W("viewer", AUD), W("prospect", AUD), W("donor", AUD),
    W("minute", MET), W("hour", MET), W("step", MET), W("mile", MET), W("km", MET), W("calorie", MET),
    W("dollar", GP_W_CURRENCY), W("position", MET), W("speed", MET),
    W("satisfaction", MET), W("loss", MET), W("paycheck", MET), W("lifetime", MET),
    W("value", MET), W("wishlist", MET), W("basket", MET), W("cart", MET), W("inventory", MET),
    W("market", MET), W("stock", MET), W("coupon", MET),
    /* places and channels */
    W("website", PLACE), W("site", PLACE), W("web", PLACE), W("instagram", PLACE), W("facebook", PLACE),
    W("twitter", PLACE), W("tiktok", PLACE), W("linkedin", PLACE), W("youtube", PLACE), W("pinterest", PLACE),
    W("blog", PLACE), W("store", PLACE), W("shop", PLACE), W("app", PLACE), W("social", PLACE),
    W("media", PLACE), W("online", PLACE), W("google", PLACE), W("amazon", PLACE), W("search", PLACE),
    W("channel", PLACE), W("page", PLACE), W("landing", PLACE), W("organic", PLACE), W("mobile", PLACE),
    /* means, not results */
    W("campaign", TAC), W("ad", TAC), W("advert", TAC), W("advertisement", TAC), W("promotion", TAC),
    W("promo", TAC), W("newsletter", TAC | PLACE), W("webinar", TAC), W("contest", TAC), W("giveaway", TAC),
    W("program", TAC), W("programme", TAC), W("initiative", TAC), W("strategy", TAC), W("tactic", TAC),
    W("video", TAC), W("podcast", TAC), W("workshop", TAC), W("sale", TAC), W("project", TAC),
    /* number words */
    N("zero", 0), N("one", 1), N("two", 2), N("three", 3), N("four", 4), N("five", 5), N("six", 6),
    N("seven", 7), N("eight", 8), N("nine", 9), N("ten", 10), N("eleven", 11), N("twelve", 12),
    N("thirteen", 13), N("fourteen", 14), N("fifteen", 15), N("sixteen", 16), N("seventeen", 17),
    N("eighteen", 18), N("nineteen", 19), N("twenty", 20), N("thirty", 30), N("forty", 40), N("fifty", 50),
    N("sixty", 60), N("seventy", 70), N("eighty", 80), N("ninety", 90), N("dozen", 12),
    {"hundred", GP_W_NUMBER | GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 100},
    {"thousand", GP_W_NUMBER | GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 1e3},
    {"million", GP_W_NUMBER | GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 1e6},
    {"billion", GP_W_NUMBER | GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 1e9},
    {"k", GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 1e3}, {"bn", GP_W_SCALE, GP_V_NONE, GP_TW_NONE, NULL, 1e9},
    {"twice", GP_W_MULT, GP_V_NONE, GP_TW_NONE, NULL, 2}, {"tenfold", GP_W_MULT, GP_V_NONE, GP_TW_NONE, NULL, 10},
    W("percent", EN), W("pct", EN), W("cent", EN), W("points", EN), W("times", EN),
    /* currencies */
    C("dollars", "USD"), C("usd", "USD"), C("buck", "USD"), C("euro", "EUR"), C("eur", "EUR"),
    C("pound", "GBP"), C("gbp", "GBP"), C("yen", "JPY"), C("jpy", "JPY"), C("rupee", "INR"), C("inr", "INR"),
    C("cad", "CAD"), C("aud", "AUD"), C("chf", "CHF"),
    /* other languages' everyday words (to notice a statement we cannot read) */
    F("el"), F("la"), F("los"), F("las"), F("del"), F("y"), F("para"), F("por"), F("con"), F("un"), F("una"),
    F("nuestro"), F("nuestra"), F("nuestras"), F("ventas"), F("aumentar"), F("año"), F("mes"), F("que"),
    F("es"), F("más"), F("sus"), F("lo"), F("de"), F("le"), F("les"), F("des"), F("et"), F("pour"),
    F("avec"), F("nos"), F("notre"), F("du"), F("au"), F("aux"), F("une"), F("est"), F("dans"), F("sur"),
    F("chiffre"), F("augmenter"), F("ventes"), F("fin"), F("d'ici"), F("der"), F("die"), F("das"),
    F("und"), F("mit"), F("für"), F("von"), F("zu"), F("den"), F("dem"), F("ein"), F("eine"), F("unsere"),
    F("unser"), F("bis"), F("ende"), F("jahres"), F("umsatz"), F("steigern"), F("um"), F("ist"),
    F("nicht"), F("auf"), F("im"), F("il"), F("gli"), F("della"), F("delle"), F("nel"), F("entro"),
    F("aumentare"), F("vendite"), F("anno"), F("da"), F("dos"), F("em"), F("até"), F("vendas"),
    F("nosso"), F("nossa"), F("ano"), F("het"), F("een"), F("en"), F("van"), F("onze"), F("verhogen"),
    F("omzet"), F("jaar"), F("ici"), F("durch"), F("nuevos"), F("nouveaux"), F("neue"), F("clientes"),
};

#define TABLE_COUNT (sizeof gp_lex_table / sizeof gp_lex_table[0])
const int gp_lex_count = (int)TABLE_COUNT;

static const gp_metric_phrase_t phrases[] = {
    {"sales revenue", "sales revenue"}, {"website visit", "website visits"},
    {"website traffic", "website traffic"}, {"organic traffic", "organic traffic"},
    {"blog traffic", "blog traffic"}, {"conversion rate", "conversion rate"}, {"open rate", "open rate"},
    {"click rate", "click rate"}, {"click through rate", "click-through rate"}, {"bounce rate", "bounce rate"},
    {"unsubscribe rate", "unsubscribe rate"}, {"cart abandonment", "cart abandonment rate"},
    {"average order value", "average order value"}, {"repeat purchase", "repeat-purchase rate"},
    {"customer acquisition cost", "customer acquisition cost"}, {"cost per click", "cost per click"},
    {"return on ad spend", "return on ad spend"}, {"net promoter score", "net promoter score"},
    {"email list", "email list size"}, {"mailing list", "email list size"}, {"social interaction", "social interaction"},
    {"engagement rate", "engagement rate"}, {"email engagement", "email engagement"},
    {"social medium engagement", "social media engagement"}, {"social media engagement", "social media engagement"},
    {"coupon redemption", "coupon redemptions"}, {"coupon conversion", "coupon conversion rate"},
    {"search ranking", "search rankings"}, {"local listing", "local listings"},
    {"customer satisfaction", "customer satisfaction score"}, {"fulfilled by amazon", "share fulfilled by Amazon"},
    {"brand awareness", "brand awareness"}, {"market share", "market share"}, {"sign up", "sign-ups"},
    {"page view", "page views"}, {"watch time", "watch time"}, {"lifetime value", "customer lifetime value"},
    {"churn rate", "churn rate"}, {"retention rate", "retention rate"}, {"response time", "response time"},
};

const gp_metric_phrase_t *gp_metric_phrases(size_t *count)
{
    *count = sizeof phrases / sizeof phrases[0];
    return phrases;
}

/* ---- the hash table -------------------------------------------------- */

enum { SLOTS = 2048, MAX_TYPO_BUCKET = 96 };
static int16_t slots[SLOTS];
/* Verbs and metric words of five letters or more, by first letter: the
 * candidates a typo is compared with. */
static int16_t typo_bucket[26][MAX_TYPO_BUCKET];
static int typo_count[26];
static uint8_t lens[TABLE_COUNT];
/* Bit i: the word has the letter 'a' + i. */
static uint32_t letters[TABLE_COUNT];
static bool built;

static uint32_t letters_of(const char *w, size_t n)
{
    uint32_t set = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 'a' && w[i] <= 'z') set |= 1u << (w[i] - 'a');
    return set;
}

/* Whether two words with the letter sets A and B may be one edit apart:
 * an edit adds or removes at most one letter on each side. Most candidates
 * fail this before their letters are compared one by one. */
static bool may_be_one_edit(uint32_t a, uint32_t b)
{
    uint32_t d = a ^ b;
    d &= d - 1; /* without one differing letter... */
    d &= d - 1; /* ...and another */
    return d == 0;
}

/* FNV-1a, a byte at a time. */
static const uint32_t hash_start = 2166136261u;
static uint32_t hash_byte(uint32_t h, char c) { return (h ^ (unsigned char)c) * 16777619u; }

static uint32_t hash(const char *w, size_t n)
{
    uint32_t h = hash_start;
    for (size_t i = 0; i < n; i++) h = hash_byte(h, w[i]);
    return h;
}

static void build(void)
{
    for (int i = 0; i < SLOTS; i++) slots[i] = -1;
    for (size_t i = 0; i < TABLE_COUNT; i++) {
        /* The length and the hash in one pass: this runs for every entry on the first call. */
        const char *w = gp_lex_table[i].word;
        size_t n = 0;
        uint32_t h = hash_start;
        for (; w[n]; n++) h = hash_byte(h, w[n]);
        lens[i] = (uint8_t)n;
        letters[i] = letters_of(w, n);
        h &= SLOTS - 1;
        while (slots[h] >= 0) h = (h + 1) & (SLOTS - 1);
        slots[h] = (int16_t)i;
        bool candidate = (gp_lex_table[i].verb != GP_V_NONE && gp_lex_table[i].verb != GP_V_WEAK) ||
                         (gp_lex_table[i].flags & GP_W_METRIC);
        if (candidate && n >= 5 && w[0] >= 'a' && w[0] <= 'z') {
            int b = w[0] - 'a';
            if (typo_count[b] < MAX_TYPO_BUCKET) typo_bucket[b][typo_count[b]++] = (int16_t)i;
        }
    }
    built = true;
}

int gp_lex_find(const char *w, size_t n)
{
    if (!built) build();
    if (n == 0) return -1;
    uint32_t h = hash(w, n) & (SLOTS - 1);
    while (slots[h] >= 0) {
        const char *e = gp_lex_table[slots[h]].word;
        if (lens[slots[h]] == n && memcmp(e, w, n) == 0) return slots[h];
        h = (h + 1) & (SLOTS - 1);
    }
    return -1;
}

/* True when A (N bytes) and B (M) differ by one insertion, deletion,
 * substitution or swap of neighbours. */
static bool one_edit(const char *a, size_t n, const char *b, size_t m)
{
    if (n + 1 < m || m + 1 < n) return false;
    size_t i = 0;
    while (i < n && i < m && a[i] == b[i]) i++;
    if (i == n && i == m) return false; /* identical: not a typo */
    if (n == m) {
        if (strncmp(a + i + 1, b + i + 1, n - i - 1) == 0) return true;
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               strncmp(a + i + 2, b + i + 2, n - i - 2) == 0;
    }
    if (n > m) return strncmp(a + i + 1, b + i, m - i) == 0 && strlen(b + i) == m - i;
    return strncmp(a + i, b + i + 1, n - i) == 0;
}

int gp_lex_lookup(const char *w, size_t n, bool *plural, bool *typo)
{
    char buf[40];
    *plural = false;
    *typo = false;
    if (n == 0 || n >= sizeof buf - 2) return -1;
    int found = gp_lex_find(w, n);
    if (found >= 0) return found;
    memcpy(buf, w, n);
    buf[n] = '\0';
    /* Possessive "valentine's", "company's". */
    if (n > 2 && buf[n - 2] == '\'' && buf[n - 1] == 's') return gp_lex_find(buf, n - 2);
    if (n > 3 && strcmp(buf + n - 3, "ies") == 0) {
        buf[n - 3] = 'y';
        if ((found = gp_lex_find(buf, n - 2)) >= 0) { *plural = true; return found; }
        memcpy(buf, w, n);
    }
    if (n >= 3 && buf[n - 1] == 's' && buf[n - 2] != 's') {
        if ((found = gp_lex_find(buf, n - 1)) >= 0) { *plural = true; return found; }
        if (buf[n - 2] == 'e' && (found = gp_lex_find(buf, n - 2)) >= 0) { *plural = true; return found; }
    }
    if (n > 4 && strcmp(buf + n - 3, "ing") == 0) {
        size_t b = n - 3;
        if ((found = gp_lex_find(buf, b)) >= 0) return found;
        buf[b] = 'e';
        if ((found = gp_lex_find(buf, b + 1)) >= 0) return found;
        if (b > 2 && buf[b - 1] == buf[b - 2] && (found = gp_lex_find(buf, b - 1)) >= 0) return found;
        memcpy(buf, w, n);
    }
    if (n > 3 && buf[n - 2] == 'e' && buf[n - 1] == 'd') {
        size_t b = n - 2;
        if ((found = gp_lex_find(buf, b)) >= 0) return found;
        if ((found = gp_lex_find(buf, b + 1)) >= 0) return found; /* reduced -> reduce */
        if (b > 2 && buf[b - 1] == buf[b - 2] && (found = gp_lex_find(buf, b - 1)) >= 0) return found;
        if (b > 1 && buf[b - 1] == 'i') {
            buf[b - 1] = 'y';
            if ((found = gp_lex_find(buf, b)) >= 0) return found;
        }
        memcpy(buf, w, n);
    }
    if (n >= 5 && w[0] >= 'a' && w[0] <= 'z') {
        int b = w[0] - 'a';
        uint32_t set = letters_of(w, n);
        for (int k = 0; k < typo_count[b]; k++) {
            int idx = typo_bucket[b][k];
            if ((size_t)lens[idx] + 1 >= n && (size_t)lens[idx] <= n + 1 && may_be_one_edit(set, letters[idx]) &&
                one_edit(w, n, gp_lex_table[idx].word, lens[idx])) {
                *typo = true;
                return idx;
            }
        }
        /* A typo in a plural: "subscibers". */
        if (w[n - 1] == 's') {
            set = letters_of(w, n - 1);
            for (int k = 0; k < typo_count[b]; k++) {
                int idx = typo_bucket[b][k];
                if ((size_t)lens[idx] + 2 >= n && (size_t)lens[idx] <= n && may_be_one_edit(set, letters[idx]) &&
                    one_edit(w, n - 1, gp_lex_table[idx].word, lens[idx])) {
                    *typo = true;
                    *plural = true;
                    return idx;
                }
            }
        }
    }
    return -1;
}
