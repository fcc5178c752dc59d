/* csv_measurements.c - csv.measurements: KPI measurements from a CSV file.
 *
 * Request: {"text", "date_format": "auto|ymd|mdy|dmy", "delimiter":
 * ",|;|\t|auto", "date_column", "value_column", "note_column",
 * "kpi_column"} where a column is a 0-based index or a header name.
 * Result: {"columns", "header", "delimiter", "date_column", "value_column",
 * "note_column", "kpi_column", "measurements": [{date, value, note, kpi?}],
 * "skipped": [{line, reason}] (the first SKIPPED_LISTED), "skipped_count",
 * "ambiguous_dates", "date_format_used"}.
 *
 * Decisions a user can rely on:
 * - Lines starting with '#' and blank lines are skipped anywhere (analytics
 *   exports put a comment block above the header); rows whose cells are all
 *   blank are skipped without a mention; every other unusable row is listed
 *   in "skipped" with its line and why.
 * - With ';' as the delimiter the decimal mark is ',' (1.234,5 reads as
 *   1234.5), as in the spreadsheets that write such files.
 * - n/n/yyyy dates: "auto" reads them month-first or day-first, whichever
 *   fits every such date; when both fit, "ambiguous_dates" is true and the
 *   file is read month-first (day-first when its dates use dots, 22.11.2026)
 *   unless the request names the order.
 * - A note that starts with an apostrophe before = + - @ loses the
 *   apostrophe: plan.export_csv adds it to stop spreadsheet formulas, and a
 *   round trip must give back what was written. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "csv.h"
#include "csv_values.h"
#include "base/fields.h"
#include "base/gp_limits.h"

enum { SKIPPED_LISTED = 100, SAMPLE_ROWS = 50, NO_COLUMN = -1 };

typedef enum { ORDER_AUTO, ORDER_YMD, ORDER_MDY, ORDER_DMY } date_order_t;
static const char *const order_names[] = {"auto", "ymd", "mdy", "dmy", NULL};

typedef struct reader {
    gp_csv_t csv;
    size_t first_row; /* 0 without a header, 1 with one */
    size_t columns;
    char **names;     /* column names, trimmed; owned */
} reader_t;

/* ---- small text helpers ---------------------------------------------------- */

/* Copies S without surrounding spaces (ASCII and no-break) into a new string. */
static char *trimmed_copy(const char *s)
{
    const unsigned char *b = (const unsigned char *)s;
    size_t n = strlen(s), start = 0;
    for (;;) {
        if (start < n && (b[start] == ' ' || b[start] == '\t')) start++;
        else if (start + 1 < n && b[start] == 0xC2 && b[start + 1] == 0xA0) start += 2;
        else break;
    }
    for (;;) {
        if (n > start && (b[n - 1] == ' ' || b[n - 1] == '\t')) n--;
        else if (n >= start + 2 && b[n - 2] == 0xC2 && b[n - 1] == 0xA0) n -= 2;
        else break;
    }
    char *out = malloc(n - start + 1);
    if (!out) return NULL;
    memcpy(out, s + start, n - start);
    out[n - start] = '\0';
    return out;
}

enum { SHOWN_BYTES = 48 };

/* At most 40 bytes of S for a message, cut on a character boundary (so the
 * message stays valid UTF-8), with "..." when cut. */
static const char *shorten(const char *s, char out[SHOWN_BYTES])
{
    size_t n = strlen(s);
    if (n <= 40) {
        memcpy(out, s, n + 1);
        return out;
    }
    n = 40;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    memcpy(out, s, n);
    memcpy(out + n, "...", 4);
    return out;
}

static bool is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t') return false;
    return true;
}

/* Case-insensitive equality of ASCII letters. */
static bool same_words(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return *a == *b;
}

/* Does HEADER contain WORD as a whole word, ignoring case? */
static bool has_word(const char *header, const char *word)
{
    size_t w = strlen(word);
    for (const char *p = header; *p; p++) {
        if (p != header && isalnum((unsigned char)p[-1])) continue;
        size_t k = 0;
        while (k < w && p[k] && tolower((unsigned char)p[k]) == word[k]) k++;
        if (k == w && !isalnum((unsigned char)p[w])) return true;
    }
    return false;
}

static void reader_free(reader_t *r)
{
    if (r->names)
        for (size_t i = 0; i < r->columns; i++) free(r->names[i]);
    free(r->names);
    gp_csv_free(&r->csv);
}

/* Removes records whose cells are all blank (",,," or spaces), so that the
 * header is the first record with something in it. */
static void drop_blank_records(gp_csv_t *csv)
{
    size_t kept = 0;
    for (size_t i = 0; i < csv->record_count; i++) {
        bool blank = true;
        for (size_t f = 0; f < csv->records[i].count && blank; f++) blank = is_blank(gp_csv_field(csv, i, f));
        if (!blank) csv->records[kept++] = csv->records[i];
    }
    csv->record_count = kept;
}

/* ---- the header ------------------------------------------------------------ */

/* A first record with a date-like cell and a number-like cell is data. */
static bool first_record_is_data(const gp_csv_t *csv, bool decimal_comma)
{
    bool date = false, number = false;
    for (size_t f = 0; f < csv->records[0].count; f++) {
        const char *cell = gp_csv_field(csv, 0, f);
        double v;
        if (gp_loose_date_read(cell).kind != GP_LOOSE_NONE) date = true;
        else if (gp_loose_number_read(cell, decimal_comma, &v) == GP_NUMBER_OK) number = true;
    }
    return date && number;
}

static bool read_header(reader_t *r, bool decimal_comma, gp_error_t *err)
{
    size_t columns = 0;
    for (size_t i = 0; i < r->csv.record_count; i++)
        if (r->csv.records[i].count > columns) columns = r->csv.records[i].count;
    if (columns > GP_MAX_ITEMS)
        return gp_fail(err, GP_ERR_TOO_MANY_ITEMS, "text", "The CSV has %zu columns; at most %d are read.", columns,
                       GP_MAX_ITEMS);
    r->first_row = first_record_is_data(&r->csv, decimal_comma) ? 0 : 1;
    r->names = calloc(columns, sizeof *r->names);
    if (!r->names) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
    r->columns = columns;
    for (size_t i = 0; i < columns; i++) {
        if (r->first_row == 1 && i < r->csv.records[0].count) {
            r->names[i] = trimmed_copy(gp_csv_field(&r->csv, 0, i));
        } else {
            char name[32];
            snprintf(name, sizeof name, "Column %zu", i + 1);
            r->names[i] = trimmed_copy(name);
        }
        if (!r->names[i]) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
    }
    return true;
}

/* ---- choosing columns -------------------------------------------------------- */

typedef enum { KIND_DATE, KIND_NUMBER, KIND_TEXT } cell_kind_t;

/* Do enough non-blank cells of COLUMN in the first rows look like KIND?
 * A column found by its header needs only one such cell (its name says
 * what it holds; the others are reported as skipped); a column found by its
 * content alone needs a majority. */
static bool column_looks_like(const reader_t *r, size_t column, cell_kind_t kind, bool decimal_comma, bool named)
{
    int fits = 0, seen = 0;
    for (size_t i = r->first_row; i < r->csv.record_count && seen < SAMPLE_ROWS; i++) {
        const char *cell = gp_csv_field(&r->csv, i, column);
        if (is_blank(cell)) continue;
        seen++;
        double v;
        bool date = gp_loose_date_read(cell).kind != GP_LOOSE_NONE;
        bool number = gp_loose_number_read(cell, decimal_comma, &v) == GP_NUMBER_OK;
        if ((kind == KIND_DATE && date) || (kind == KIND_NUMBER && number) ||
            (kind == KIND_TEXT && !number && !date))
            fits++;
    }
    return named ? fits > 0 : fits * 2 > seen;
}

/* Header words for each column role, most telling first. */
static const char *const date_words[] = {"date", "day index", "day", "week", "month", "period", "time", NULL};
static const char *const value_words[] = {
    "value",    "sessions",   "users",       "visits",      "visitors", "revenue", "sales",  "orders",
    "transactions", "conversions", "clicks", "impressions", "views",    "pageviews", "followers", "likes",
    "shares",   "comments",   "subscribers", "opens",       "rate",     "amount",  "total",  "count",
    "spend",    "cost",       "score",       "engagement",  NULL};
static const char *const note_words[] = {"note", "notes", "comment", "comments", "memo", "remarks", "description",
                                         NULL};
static const char *const kpi_words[] = {"kpi", "metric", "kpi name", "measure", "indicator", NULL};

static bool taken(const int *used, size_t column)
{
    for (int k = 0; k < 4; k++)
        if (used[k] == (int)column) return true;
    return false;
}

/* The column whose header best matches WORDS (an exact name beats a word
 * inside a longer name, earlier words beat later ones) and whose cells look
 * like KIND; NO_COLUMN when none does. */
static int column_by_header(const reader_t *r, const char *const *words, cell_kind_t kind, const int *used,
                            bool decimal_comma)
{
    int best = NO_COLUMN, best_score = 0;
    for (size_t c = 0; c < r->columns; c++) {
        if (taken(used, c)) continue;
        int score = 0;
        for (int w = 0; words[w] && !score; w++) {
            if (same_words(r->names[c], words[w])) score = 2000 - w;
            else if (has_word(r->names[c], words[w])) score = 1000 - w;
        }
        if (score > best_score && column_looks_like(r, c, kind, decimal_comma, true)) {
            best = (int)c;
            best_score = score;
        }
    }
    return best;
}

static int column_by_content(const reader_t *r, cell_kind_t kind, const int *used, bool decimal_comma)
{
    for (size_t c = 0; c < r->columns; c++)
        if (!taken(used, c) && column_looks_like(r, c, kind, decimal_comma, false)) return (int)c;
    return NO_COLUMN;
}

static void list_columns(const reader_t *r, char *out, size_t n)
{
    out[0] = '\0';
    for (size_t c = 0; c < r->columns; c++) {
        size_t used = strlen(out);
        char shown[SHOWN_BYTES];
        if (n - used < SHOWN_BYTES + 8) break; /* whole names only, never half a character */
        snprintf(out + used, n - used, "%s'%s'", c ? ", " : "", shorten(r->names[c], shown));
    }
}

/* A column the request names, by 0-based index or header name. *OUT stays
 * NO_COLUMN when the request names none. */
static bool requested_column(const cJSON *request, const char *key, const reader_t *r, int *out, gp_error_t *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(request, key);
    *out = NO_COLUMN;
    if (!item || cJSON_IsNull(item)) return true;
    char names[256];
    list_columns(r, names, sizeof names);
    if (cJSON_IsNumber(item)) {
        double v = item->valuedouble;
        if (!(v >= 0 && v < (double)r->columns && v == (double)(int)v))
            return gp_fail(err, GP_ERR_CSV_NO_COLUMN, key,
                           "%s is %g, but the CSV has %zu columns, numbered from 0: %s.", key, v, r->columns, names);
        *out = (int)v;
        return true;
    }
    if (!cJSON_IsString(item))
        return gp_fail(err, GP_ERR_WRONG_TYPE, key, "%s must be a column number or a column name.", key);
    char *wanted = trimmed_copy(item->valuestring);
    if (!wanted) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
    for (size_t c = 0; c < r->columns && *out == NO_COLUMN; c++)
        if (same_words(r->names[c], wanted)) *out = (int)c;
    bool found = *out != NO_COLUMN;
    char shown[SHOWN_BYTES];
    if (!found)
        gp_fail(err, GP_ERR_CSV_NO_COLUMN, key, "%s asks for a column called '%s', but the columns are: %s.", key,
                shorten(wanted, shown), names);
    free(wanted);
    return found;
}

/* ---- reading the rows ----------------------------------------------------------- */

typedef struct row_date {
    gp_loose_date_t date;
} row_date_t;

typedef struct date_choice {
    bool month_first;
    bool ambiguous;
    const char *used; /* "ymd", "mdy" or "dmy" */
} date_choice_t;

/* How to read n/n/yyyy dates, judged over the whole column. */
static date_choice_t choose_date_order(const row_date_t *dates, size_t count, date_order_t order)
{
    size_t year_last = 0, fit_mdy = 0, fit_dmy = 0, dotted = 0;
    bool differs = false;
    for (size_t i = 0; i < count; i++) {
        const gp_loose_date_t *d = &dates[i].date;
        if (d->kind != GP_LOOSE_YEAR_LAST) continue;
        gp_day_t day;
        year_last++;
        if (gp_loose_date_resolve(d, true, &day)) fit_mdy++;
        if (gp_loose_date_resolve(d, false, &day)) fit_dmy++;
        if (d->separator == '.') dotted++;
        if (d->first != d->second) differs = true;
    }
    date_choice_t choice = {true, false, "ymd"};
    choice.ambiguous = year_last > 0 && fit_mdy == year_last && fit_dmy == year_last && differs;
    if (order == ORDER_MDY || order == ORDER_DMY) {
        choice.month_first = order == ORDER_MDY;
        choice.used = order == ORDER_MDY ? "mdy" : "dmy";
        return choice;
    }
    if (order == ORDER_YMD) return choice;
    if (year_last == 0) return choice;
    if (choice.ambiguous) choice.month_first = dotted != year_last;
    else choice.month_first = fit_mdy >= fit_dmy;
    choice.used = choice.month_first ? "mdy" : "dmy";
    return choice;
}

typedef struct output {
    cJSON *measurements;
    cJSON *skipped;
    size_t skipped_count;
} output_t;

static bool skip(output_t *out, int line, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Lists a skipped row (only the first SKIPPED_LISTED, but counts them all). */
static bool skip(output_t *out, int line, const char *fmt, ...)
{
    out->skipped_count++;
    if (out->skipped_count > SKIPPED_LISTED) return true;
    char reason[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    cJSON *entry = cJSON_CreateObject();
    if (!entry || !cJSON_AddItemToArray(out->skipped, entry)) {
        cJSON_Delete(entry);
        return false;
    }
    return cJSON_AddNumberToObject(entry, "line", line) && cJSON_AddStringToObject(entry, "reason", reason);
}

/* A note as it should be stored: trimmed, and without the apostrophe an
 * export put before a formula character. Returns a new string. */
static char *note_text(const char *cell)
{
    char *note = trimmed_copy(cell);
    if (note && note[0] == '\'' && note[1] && strchr("=+-@", note[1])) memmove(note, note + 1, strlen(note));
    return note;
}

typedef struct columns {
    int date, value, note, kpi;
} columns_t;

/* One data row: a measurement or a skipped entry.
 * False only when out of memory. */
static bool read_row(const reader_t *r, size_t rec, const row_date_t *rd, const date_choice_t *choice,
                     date_order_t order, const columns_t *col, bool decimal_comma, output_t *out)
{
    const gp_csv_record_t *record = &r->csv.records[rec];
    int line = record->line;
    const char *date_cell = gp_csv_field(&r->csv, rec, (size_t)col->date);
    const char *value_cell = gp_csv_field(&r->csv, rec, (size_t)col->value);
    char shown[SHOWN_BYTES];
    shorten(date_cell, shown);
    gp_day_t day = 0;
    switch (rd->date.kind) {
    case GP_LOOSE_NONE:
        if (is_blank(date_cell)) return skip(out, line, "This row has no date.");
        return skip(out, line, "'%s' is not a date I can read (write it like 2026-11-22).", shown);
    case GP_LOOSE_NO_SUCH_DAY:
        return skip(out, line, "'%s' is not a real date between 1900 and 2200.", shown);
    case GP_LOOSE_YEAR_LAST:
        if (order == ORDER_YMD)
            return skip(out, line, "'%s' puts the year last, but the dates were to be read year-month-day.", shown);
        if (!gp_loose_date_resolve(&rd->date, choice->month_first, &day))
            return skip(out, line,
                        choice->month_first ? "'%s' is not a real date when read month/day/year."
                                            : "'%s' is not a real date when read day/month/year.",
                        shown);
        break;
    case GP_LOOSE_FIXED:
        day = rd->date.day;
        break;
    }
    double value = 0;
    shorten(value_cell, shown);
    switch (gp_loose_number_read(value_cell, decimal_comma, &value)) {
    case GP_NUMBER_OK: break;
    case GP_NUMBER_EMPTY: return skip(out, line, "This row has no value.");
    case GP_NUMBER_NOT_FINITE: return skip(out, line, "'%s' is too large to be a number.", shown);
    case GP_NUMBER_NOT_NUMBER: return skip(out, line, "'%s' is not a number.", shown);
    }
    char *note = note_text(col->note == NO_COLUMN ? "" : gp_csv_field(&r->csv, rec, (size_t)col->note));
    char *kpi = col->kpi == NO_COLUMN ? NULL : trimmed_copy(gp_csv_field(&r->csv, rec, (size_t)col->kpi));
    bool ok = note && (col->kpi == NO_COLUMN || kpi);
    if (ok && gp_utf8_chars(note) > GP_MAX_NOTE_CHARS) {
        ok = skip(out, line, "The note is longer than %d characters.", GP_MAX_NOTE_CHARS);
    } else if (ok && kpi && gp_utf8_chars(kpi) > GP_MAX_NAME_CHARS) {
        ok = skip(out, line, "The KPI name is longer than %d characters.", GP_MAX_NAME_CHARS);
    } else if (ok) {
        char iso[11];
        gp_date_format_iso(day, iso);
        cJSON *m = cJSON_CreateObject();
        if (!m || !cJSON_AddItemToArray(out->measurements, m)) {
            cJSON_Delete(m);
            ok = false;
        } else {
            ok = cJSON_AddStringToObject(m, "date", iso) && cJSON_AddNumberToObject(m, "value", value) &&
                 cJSON_AddStringToObject(m, "note", note) && (!kpi || cJSON_AddStringToObject(m, "kpi", kpi));
        }
    }
    free(note);
    free(kpi);
    return ok;
}

/* ---- the method ------------------------------------------------------------------ */

static bool add_column_index(cJSON *result, const char *key, int column)
{
    return column == NO_COLUMN ? cJSON_AddNullToObject(result, key) != NULL
                               : cJSON_AddNumberToObject(result, key, column) != NULL;
}

static cJSON *build(reader_t *r, const cJSON *request, date_order_t order, bool decimal_comma, gp_error_t *err)
{
    columns_t col = {NO_COLUMN, NO_COLUMN, NO_COLUMN, NO_COLUMN};
    if (!requested_column(request, "date_column", r, &col.date, err) ||
        !requested_column(request, "value_column", r, &col.value, err) ||
        !requested_column(request, "note_column", r, &col.note, err) ||
        !requested_column(request, "kpi_column", r, &col.kpi, err))
        return NULL;
    int used[4] = {col.date, col.value, col.note, col.kpi};
    char names[256];
    list_columns(r, names, sizeof names);
    if (col.date == NO_COLUMN) col.date = column_by_header(r, date_words, KIND_DATE, used, decimal_comma);
    if (col.date == NO_COLUMN) col.date = column_by_content(r, KIND_DATE, used, decimal_comma);
    if (col.date == NO_COLUMN) {
        gp_fail(err, GP_ERR_CSV_NO_COLUMN, "date_column",
                "No column holds dates; choose the date column with date_column (the columns are: %s).", names);
        return NULL;
    }
    used[0] = col.date;
    if (col.value == NO_COLUMN) col.value = column_by_header(r, value_words, KIND_NUMBER, used, decimal_comma);
    if (col.value == NO_COLUMN) col.value = column_by_content(r, KIND_NUMBER, used, decimal_comma);
    if (col.value == NO_COLUMN) {
        gp_fail(err, GP_ERR_CSV_NO_COLUMN, "value_column",
                "No column holds the values; choose it with value_column (the columns are: %s).", names);
        return NULL;
    }
    used[1] = col.value;
    if (col.note == NO_COLUMN && r->first_row == 1)
        col.note = column_by_header(r, note_words, KIND_TEXT, used, decimal_comma);
    used[2] = col.note;
    if (col.kpi == NO_COLUMN && r->first_row == 1)
        col.kpi = column_by_header(r, kpi_words, KIND_TEXT, used, decimal_comma);

    size_t rows = r->csv.record_count - r->first_row;
    if (rows > GP_MAX_MEASUREMENTS) {
        gp_fail(err, GP_ERR_TOO_MANY_MEASUREMENTS, "text",
                "The CSV has %zu rows of data; at most %d measurements are read at once.", rows, GP_MAX_MEASUREMENTS);
        return NULL;
    }
    row_date_t *dates = calloc(rows ? rows : 1, sizeof *dates);
    if (!dates) {
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory.");
        return NULL;
    }
    for (size_t i = 0; i < rows; i++) {
        dates[i].date = gp_loose_date_read(gp_csv_field(&r->csv, r->first_row + i, (size_t)col.date));
    }
    date_choice_t choice = choose_date_order(dates, rows, order);

    cJSON *result = cJSON_CreateObject();
    output_t out = {cJSON_CreateArray(), cJSON_CreateArray(), 0};
    bool ok = result && out.measurements && out.skipped;
    for (size_t i = 0; ok && i < rows; i++)
        ok = read_row(r, r->first_row + i, &dates[i], &choice, order, &col, decimal_comma, &out);
    free(dates);
    cJSON *columns = ok ? cJSON_AddArrayToObject(result, "columns") : NULL;
    ok = ok && columns;
    for (size_t c = 0; ok && c < r->columns; c++) {
        cJSON *name = cJSON_CreateString(r->names[c]);
        ok = name && cJSON_AddItemToArray(columns, name);
        if (!ok) cJSON_Delete(name);
    }
    char delimiter[2] = {r->csv.delimiter, '\0'};
    ok = ok && cJSON_AddBoolToObject(result, "header", r->first_row == 1) &&
         cJSON_AddStringToObject(result, "delimiter", delimiter) && add_column_index(result, "date_column", col.date) &&
         add_column_index(result, "value_column", col.value) && add_column_index(result, "note_column", col.note) &&
         add_column_index(result, "kpi_column", col.kpi);
    if (ok) {
        cJSON_AddItemToObject(result, "measurements", out.measurements);
        cJSON_AddItemToObject(result, "skipped", out.skipped);
        out.measurements = out.skipped = NULL;
        ok = cJSON_AddNumberToObject(result, "skipped_count", (double)out.skipped_count) &&
             cJSON_AddBoolToObject(result, "ambiguous_dates", choice.ambiguous) &&
             cJSON_AddStringToObject(result, "date_format_used", choice.used);
    }
    cJSON_Delete(out.measurements);
    cJSON_Delete(out.skipped);
    if (!ok) {
        cJSON_Delete(result);
        gp_fail(err, GP_ERR_OUT_OF_MEMORY, "", "Out of memory while reading the CSV text.");
        return NULL;
    }
    return result;
}

cJSON *gp_csv_measurements(const cJSON *request, gp_error_t *err)
{
    const char *text = NULL;
    int order = ORDER_AUTO, delimiter = 0;
    static const char *const delimiter_names[] = {"auto", ",", ";", "\t", NULL};
    if (!gp_get_string(request, "text", "", true, (size_t)GP_MAX_REQUEST_BYTES, &text, err) ||
        !gp_get_enum(request, "date_format", "", false, order_names, &order, err) ||
        !gp_get_enum(request, "delimiter", "", false, delimiter_names, &delimiter, err))
        return NULL;
    reader_t r = {0};
    gp_csv_options_t options = {delimiter ? delimiter_names[delimiter][0] : 0, '#'};
    cJSON *result = NULL;
    if (!gp_csv_parse(text, strlen(text), &options, "text", &r.csv, err)) goto done;
    drop_blank_records(&r.csv);
    if (r.csv.record_count == 0) {
        gp_fail(err, GP_ERR_CSV_EMPTY, "text",
                "The CSV text is empty: it has no rows, only blank or '#' comment lines, if anything.");
        goto done;
    }
    bool decimal_comma = r.csv.delimiter == ';';
    if (!read_header(&r, decimal_comma, err)) goto done;
    if (r.csv.record_count <= r.first_row) {
        char shown[SHOWN_BYTES];
        gp_fail(err, GP_ERR_CSV_NO_ROWS, "text", "The CSV has a header line ('%s', ...) but no rows of data below it.",
                shorten(r.columns ? r.names[0] : "", shown));
        goto done;
    }
    result = build(&r, request, (date_order_t)order, decimal_comma, err);
done:
    reader_free(&r);
    return result;
}
