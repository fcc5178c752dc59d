"""`goalpost check`: an instructor grades a file of goal statements.

Run by ctest as: /usr/bin/python3 check_cli_check.py <path-to-goalpost>.
Checks the table and --json outputs for a plain file and a CSV with a
`goal` column, the effect of --today, and the exit codes."""
import json
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, stdin=None):
    p = subprocess.run([CLI, "check"] + args, input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


lines = "Increase sales revenue by 20% by the end of 2021.\n\nGrow our social media presence.\nAumentar las ventas un 20%\n"
with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, "goals.txt")
    with open(plain, "w", encoding="utf-8") as f:
        f.write(lines)
    csv = os.path.join(d, "class.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write('student,Goal,grade\nann,"Increase sales revenue by 20%, by the end of 2021",\n'
                'bob,"Launch a marketing campaign by December 31st.",\n')

    # Wording only: the 2021 date is accepted as written.
    code, out, _ = run([plain, "--json"])
    expect(code == 0, "plain file exits 0")
    rows = json.loads(out)
    expect([r["line"] for r in rows] == [1, 3, 4], "blank lines skipped, line numbers kept")
    expect([r["result"]["verdict"] for r in rows] == ["smart", "not_smart", "not_smart"], "verdicts without --today")
    expect(rows[2]["result"]["criteria"]["S"]["status"] == "warn" and
           "I only read English" in rows[2]["result"]["criteria"]["S"]["reasons"][0], "non-English warning")

    # With a today after 2021 the deadline has passed.
    code, out, _ = run([plain, "--json", "--today", "2026-05-13"])
    rows = json.loads(out)
    expect(rows[0]["result"]["criteria"]["T"]["status"] == "fail", "past deadline fails with --today")

    # The table: one row per statement, letters as + ~ -, a summary line.
    code, out, _ = run([csv])
    table = out.splitlines()
    expect(code == 0, "csv exits 0")
    expect(table[0].split()[:3] == ["line", "verdict", "S"], "table header")
    expect(table[1].split()[:7] == ["2", "smart", "+", "+", "+", "~", "+"], "csv row 1: " + table[1])
    expect(table[2].split()[:7] == ["3", "not_smart", "+", "-", "~", "~", "+"], "csv row 2: " + table[2])
    expect(table[3].startswith("2 goals: 1 smart, 1 not smart"), "summary line")
    expect("wording only" in out, "table says it judged wording only")

    # Standard input, and a statement over the length limit.
    code, out, _ = run(["-", "--json"], stdin="x" * 5001 + "\nIncrease sales by 10% in Q1 of 2027\n")
    rows = json.loads(out)
    expect(code == 1, "an unreadable statement makes the exit code 1")
    expect(rows[0]["error"]["code"] == "text_too_long", "too long reported per row")
    expect(rows[1]["result"]["extracted"]["deadline"] == "2027-03-31", "stdin read")

    # Usage errors.
    expect(run([])[0] == 2, "no file is a usage error")
    expect(run([plain, "--today", "13/05/2026"])[0] == 2, "bad --today is a usage error")
    expect(run([os.path.join(d, "missing.txt")])[0] == 2, "missing file is an I/O error")

print("ok" if not failures else "%d failed" % len(failures))
sys.exit(1 if failures else 0)
