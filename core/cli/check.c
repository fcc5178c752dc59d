/* check.c - PLACEHOLDER: replaced by the SMART issue (#4) owner. */
#include <stdio.h>

#include "check.h"

int gp_cli_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("goalpost check: not built yet\n", stderr);
    return 2;
}
