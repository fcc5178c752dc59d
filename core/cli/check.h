/* check.h - `goalpost check`: grade a file of goal statements. */
#ifndef GP_CHECK_H
#define GP_CHECK_H

/* ARGV holds the arguments after "check"; returns the process exit code. */
int gp_cli_check(int argc, char **argv);

#endif
