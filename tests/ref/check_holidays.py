"""check_holidays.py - the holidays whose date moves, against Python.

Run as: python3 check_holidays.py PATH-TO-goalpost-CLI

For every year from 2000 to 2070, `goalpost date.parse` must read "by Easter
YEAR", "by Thanksgiving YEAR", "before Black Friday YEAR", "by Cyber Monday
YEAR", "by Mother's Day YEAR" and "by Father's Day YEAR" as the day Python
finds: Easter by Tøndering's form of the Gregorian computus (not the one the
core uses), the others by stepping datetime through the month. Exits non-zero
on the first mismatch.
"""
import datetime
import json
import subprocess
import sys

FIRST_YEAR, LAST_YEAR = 2000, 2070


def easter(y):
    g = y % 19
    c = y // 100
    h = (c - c // 4 - (8 * c + 13) // 25 + 19 * g + 15) % 30
    i = h - (h // 28) * (1 - (29 // (h + 1)) * ((21 - g) // 11))
    j = (y + y // 4 + i + 2 - c + c // 4) % 7
    l = i - j
    month = 3 + (l + 40) // 44
    return datetime.date(y, month, l + 28 - 31 * (month // 4))


def nth_weekday(y, month, weekday, n):
    """The Nth WEEKDAY (Monday 0) of MONTH, found by walking the days."""
    day, seen = datetime.date(y, month, 1), 0
    while True:
        if day.weekday() == weekday:
            seen += 1
            if seen == n:
                return day
        day += datetime.timedelta(days=1)


def expected(y):
    thanksgiving = nth_weekday(y, 11, 3, 4)
    return {
        f"by Easter {y}": easter(y),
        f"by Thanksgiving {y}": thanksgiving,
        f"before Black Friday {y}": thanksgiving + datetime.timedelta(days=1),
        f"by Cyber Monday {y}": thanksgiving + datetime.timedelta(days=4),
        f"by Mother's Day {y}": nth_weekday(y, 5, 6, 2),
        f"by Father's Day {y}": nth_weekday(y, 6, 6, 3),
    }


def main():
    cli = sys.argv[1]
    checked = 0
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        for text, day in expected(y).items():
            proc = subprocess.run([cli, "date.parse"], input=json.dumps({"text": text}).encode(),
                                  capture_output=True, check=False)
            answer = json.loads(proc.stdout)
            got = answer.get("result", {}).get("date")
            if got != day.isoformat():
                sys.exit(f"check_holidays: '{text}' gave {got}, Python says {day.isoformat()}")
            checked += 1
    print(f"check_holidays: {checked} holiday dates from {FIRST_YEAR} to {LAST_YEAR} agree with Python")


main()
