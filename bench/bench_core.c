/* bench_core.c - times gp_call natively on the same request files the wasm
 * bench uses (bench/inputs.mjs writes them).
 *
 *   bench_core METHOD FILE REPS ROUNDS [SETUP_METHOD SETUP_FILE]
 *
 * FILE holds one JSON request per line. SETUP_FILE, when given, holds one
 * request that is sent once with SETUP_METHOD before anything else (plan.open
 * for the calls that ask about the open plan); it is not timed or counted. Each round calls METHOD REPS times
 * on every request; prints {"per_call_ms":[...],"cpu_per_call_ms":[...],"max_rss_kb":N},
 * one figure per round: wall-clock time, and the process's CPU time, which a
 * busy machine inflates far less. ROUNDS 0 only runs the checking pass
 * (callgrind counts instructions over that). */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "goalpost.h"
#include "read_all.h"

static double now_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Sends the one request in FILE with METHOD; false (with a message) when it fails. */
static bool set_up(const char *method, const char *file)
{
    FILE *in = fopen(file, "rb");
    char *request = in ? gp_read_all(in) : NULL;
    if (in) fclose(in);
    char *response = request ? gp_call(method, request) : NULL;
    bool ok = response && strncmp(response, "{\"ok\":true", 10) == 0;
    if (!ok) fprintf(stderr, "bench_core: %s %s failed: %.300s\n", method, file, response ? response : "(unreadable)");
    gp_free(response);
    free(request);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 7) {
        fputs("usage: bench_core METHOD FILE REPS ROUNDS [SETUP_METHOD SETUP_FILE]\n", stderr);
        return 2;
    }
    if (argc == 7 && !set_up(argv[5], argv[6])) return 1;
    FILE *in = fopen(argv[2], "rb");
    char *text = in ? gp_read_all(in) : NULL;
    if (in) fclose(in);
    if (!text) {
        fprintf(stderr, "bench_core: cannot read %s\n", argv[2]);
        return 2;
    }
    /* Split into lines in place. */
    size_t count = 0, cap = 16;
    char **requests = malloc(cap * sizeof *requests);
    for (char *line = strtok(text, "\n"); requests && line; line = strtok(NULL, "\n")) {
        if (count == cap) {
            char **more = realloc(requests, (cap *= 2) * sizeof *requests);
            if (!more) free(requests);
            requests = more;
            if (!requests) break;
        }
        requests[count++] = line;
    }
    if (!requests) {
        fputs("bench_core: out of memory\n", stderr);
        free(text);
        return 2;
    }
    long reps = strtol(argv[3], NULL, 10), rounds = strtol(argv[4], NULL, 10);
    /* One untimed pass checks the requests succeed: a benchmark of errors measures nothing. */
    for (size_t i = 0; i < count; i++) {
        char *response = gp_call(argv[1], requests[i]);
        if (!response || strncmp(response, "{\"ok\":true", 10) != 0) {
            fprintf(stderr, "bench_core: %s failed: %.300s\n", argv[1], response ? response : "(no response)");
            return 1;
        }
        gp_free(response);
    }
    double *cpu = calloc(rounds > 0 ? (size_t)rounds : 1, sizeof *cpu);
    if (!cpu) {
        fputs("bench_core: out of memory\n", stderr);
        return 2;
    }
    printf("{\"per_call_ms\":[");
    for (long r = 0; r < rounds; r++) {
        double start = now_ms(CLOCK_MONOTONIC), start_cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID);
        for (long k = 0; k < reps; k++)
            for (size_t i = 0; i < count; i++) gp_free(gp_call(argv[1], requests[i]));
        double calls = (double)(reps * (long)count);
        cpu[r] = (now_ms(CLOCK_PROCESS_CPUTIME_ID) - start_cpu) / calls;
        printf("%s%.6f", r ? "," : "", (now_ms(CLOCK_MONOTONIC) - start) / calls);
    }
    printf("],\"cpu_per_call_ms\":[");
    for (long r = 0; r < rounds; r++) printf("%s%.6f", r ? "," : "", cpu[r]);
    free(cpu);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("],\"max_rss_kb\":%ld}\n", usage.ru_maxrss);
    free(requests);
    free(text);
    return 0;
}
