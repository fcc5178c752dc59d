/* csv.c - the RFC 4180 reader (see csv.h). */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

static const char candidates[3] = {',', ';', '\t'};

/* Length of the line break at S[0] (CRLF counts as one break), 0 if none. */
static size_t line_break(const char *s, size_t left)
{
    if (left == 0) return 0;
    if (s[0] == '\r') return left > 1 && s[1] == '\n' ? 2 : 1;
    return s[0] == '\n' ? 1 : 0;
}

/* Index just past the line that starts at POS (its break included). */
static size_t skip_line(const char *s, size_t n, size_t pos)
{
    while (pos < n && s[pos] != '\r' && s[pos] != '\n') pos++;
    return pos + line_break(s + pos, n - pos);
}

static size_t skip_bom(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF
               ? 3
               : 0;
}

/* ---- delimiter detection ------------------------------------------------ */

enum { DETECT_RECORDS = 20 };

char gp_csv_detect_delimiter(const char *text, size_t n, char comment)
{
    size_t header[3] = {0}, counts[3] = {0};
    int agree[3] = {0};
    int records = 0;
    bool in_quotes = false, record_open = false;
    char previous = '\n';
    size_t pos = skip_bom(text, n);
    while (pos < n && records < DETECT_RECORDS) {
        char c = text[pos];
        if (!record_open) {
            if ((comment && c == comment)) {
                pos = skip_line(text, n, pos);
                continue;
            }
            if (c == '\r' || c == '\n') {
                pos++;
                continue;
            }
            record_open = true;
            previous = '\n';
        }
        bool ends = false;
        if (in_quotes) {
            if (c == '"') {
                if (pos + 1 < n && text[pos + 1] == '"') pos++;
                else in_quotes = false;
            }
        } else if (c == '"' && (previous == '\n' || memchr(candidates, previous, 3))) {
            in_quotes = true;
        } else if (c == '\r' || c == '\n') {
            ends = true;
        } else {
            for (int k = 0; k < 3; k++)
                if (c == candidates[k]) counts[k]++;
        }
        previous = c;
        pos++;
        if (ends || pos == n) {
            for (int k = 0; k < 3; k++) {
                if (records == 0) header[k] = counts[k];
                else if (header[k] > 0 && counts[k] == header[k]) agree[k]++;
                counts[k] = 0;
            }
            records++;
            record_open = false;
        }
    }
    int best = -1;
    for (int k = 0; k < 3; k++) {
        if (header[k] == 0) continue;
        if (best < 0 || agree[k] > agree[best] || (agree[k] == agree[best] && header[k] > header[best])) best = k;
    }
    return best < 0 ? ',' : candidates[best];
}

/* ---- the reader ------------------------------------------------------------ */

static bool push_field(gp_csv_t *csv, size_t *cap, size_t offset)
{
    if (csv->field_count == *cap) {
        size_t grown = *cap ? *cap * 2 : 64;
        uint32_t *starts = realloc(csv->starts, grown * sizeof *starts);
        if (!starts) return false;
        csv->starts = starts;
        *cap = grown;
    }
    csv->starts[csv->field_count++] = (uint32_t)offset;
    return true;
}

static bool push_record(gp_csv_t *csv, size_t *cap, size_t first, int line)
{
    if (csv->record_count == *cap) {
        size_t grown = *cap ? *cap * 2 : 16;
        gp_csv_record_t *records = realloc(csv->records, grown * sizeof *records);
        if (!records) return false;
        csv->records = records;
        *cap = grown;
    }
    csv->records[csv->record_count++] = (gp_csv_record_t){first, csv->field_count - first, line};
    return true;
}

bool gp_csv_parse(const char *text, size_t n, const gp_csv_options_t *options, const char *path,
                  gp_csv_t *out, gp_error_t *err)
{
    memset(out, 0, sizeof *out);
    if (n >= UINT32_MAX) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "The CSV text is too large to read.");
    char comment = options ? options->comment : 0;
    char delim = options && options->delimiter ? options->delimiter : gp_csv_detect_delimiter(text, n, comment);
    out->delimiter = delim;
    /* Unquoting never lengthens a field and each field's terminator takes
     * the place of the delimiter or line break after it, so the cells fit in
     * the text's own length plus the final terminator. */
    out->cells = malloc(n + 1);
    if (!out->cells) return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading the CSV text.");
    size_t used = 0, field_cap = 0, record_cap = 0;
    size_t pos = skip_bom(text, n);
    int line = 1;
    while (pos < n) {
        if (comment && text[pos] == comment) {
            pos = skip_line(text, n, pos);
            line++;
            continue;
        }
        size_t brk = line_break(text + pos, n - pos);
        if (brk) { /* a blank line */
            pos += brk;
            line++;
            continue;
        }
        int record_line = line;
        size_t first = out->field_count;
        for (;;) {
            if (!push_field(out, &field_cap, used)) goto oom;
            if (pos < n && text[pos] == '"') {
                int quote_line = line;
                pos++;
                for (;;) {
                    if (pos >= n)
                        return gp_fail(err, GP_ERR_CSV_UNTERMINATED_QUOTE, path,
                                       "The quoted field that starts on line %d is never closed: a \" is missing.",
                                       quote_line);
                    if (text[pos] == '"') {
                        if (pos + 1 < n && text[pos + 1] == '"') {
                            out->cells[used++] = '"';
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    brk = line_break(text + pos, n - pos);
                    if (brk) {
                        memcpy(out->cells + used, text + pos, brk);
                        used += brk;
                        pos += brk;
                        line++;
                        continue;
                    }
                    out->cells[used++] = text[pos++];
                }
            }
            /* Unquoted text, or stray text after a closing quote: kept as
             * written rather than rejected, as spreadsheets do. */
            while (pos < n && text[pos] != delim && text[pos] != '\r' && text[pos] != '\n')
                out->cells[used++] = text[pos++];
            out->cells[used++] = '\0';
            if (pos < n && text[pos] == delim) {
                pos++;
                continue;
            }
            brk = line_break(text + pos, n - pos);
            pos += brk;
            if (brk) line++;
            break;
        }
        if (!push_record(out, &record_cap, first, record_line)) goto oom;
    }
    return true;
oom:
    return gp_fail(err, GP_ERR_OUT_OF_MEMORY, path, "Out of memory while reading the CSV text.");
}

const char *gp_csv_field(const gp_csv_t *csv, size_t record, size_t field)
{
    if (!csv || record >= csv->record_count || field >= csv->records[record].count) return "";
    return csv->cells + csv->starts[csv->records[record].first + field];
}

void gp_csv_free(gp_csv_t *csv)
{
    if (!csv) return;
    free(csv->cells);
    free(csv->starts);
    free(csv->records);
    memset(csv, 0, sizeof *csv);
}
