/* main.c - the native command line face of the core.
 *
 *   goalpost METHOD            one JSON request on stdin -> response on stdout
 *   goalpost check FILE|-      grade goal statements (see check.c)
 *   goalpost --version
 *
 * Exit codes: 0 ok, 1 the response is an error, 2 usage or I/O errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "goalpost.h"
#include "read_all.h"

static int usage(void)
{
    fputs("usage: goalpost METHOD < request.json\n"
          "       goalpost check FILE|- [--json] [--today YYYY-MM-DD]\n"
          "       goalpost --version\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage();
    if (strcmp(argv[1], "--version") == 0) {
        printf("goalpost %s\n", gp_version());
        return 0;
    }
    if (strcmp(argv[1], "check") == 0) return gp_cli_check(argc - 2, argv + 2);
    if (argc != 2 || argv[1][0] == '-') return usage();

    char *request = gp_read_all(stdin);
    if (!request) {
        fputs("goalpost: could not read the request from standard input\n", stderr);
        return 2;
    }
    char *response = gp_call(argv[1], request);
    free(request);
    if (!response) {
        fputs("goalpost: out of memory\n", stderr);
        return 2;
    }
    puts(response);
    int ok = strncmp(response, "{\"ok\":true", 10) == 0;
    gp_free(response);
    return ok ? 0 : 1;
}
