"""check_dates.py - the core's calendar against Python's datetime.

Run as: python3 check_dates.py PATH-TO-goalpost-CLI

Every day from 1900-01-01 to 2200-12-31 (109,938 dates) plus 20,000 random
ones go through `goalpost plan.validate` as KPI measurements, shuffled and
partly written without zero padding. The core must write each back as
datetime's ISO text and sort them as datetime orders them (equal dates in
their original order). A sample of dates that do not exist, or lie outside
1900-2200, must each be refused with invalid_date; day-before and day-after
boundaries (deadline one day before the start, a milestone one day after
the deadline) must be caught. Exits non-zero on the first kind of mismatch.
"""
import datetime
import json
import random
import subprocess
import sys

FIRST = datetime.date(1900, 1, 1)
LAST = datetime.date(2200, 12, 31)
BATCH = 20000
rng = random.Random(20260301)
failures = []
compared = 0


def call(cli, method, request):
    proc = subprocess.run([cli, method], input=json.dumps(request).encode(), capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"{cli} {method} exited with {proc.returncode}: {proc.stderr.decode()[:500]}")
    return json.loads(proc.stdout)


def loose(day):
    """DAY written the way a person might: padding dropped, spaces around."""
    form = rng.randrange(4)
    if form == 0:
        return day.isoformat()
    if form == 1:
        return f"{day.year:04d}-{day.month}-{day.day}"
    if form == 2:
        return f" {day.isoformat()} "
    return f"{day.year:04d}-{day.month:02d}-{day.day}"


def plan_with_measurements(texts):
    measurements = [{"date": text, "value": i} for i, text in enumerate(texts)]
    return {"plan": {"id": "p", "name": "Dates", "kpis": [{"id": "k", "name": "K", "measurements": measurements}]}}


def check_batch(cli, days):
    """DAYS (datetime.date, possibly repeated) in one request."""
    global compared
    texts = [loose(d) for d in days]
    response = call(cli, "plan.validate", plan_with_measurements(texts))
    if not response.get("ok"):
        failures.append(f"valid dates refused: {response.get('error')}")
        return
    got = response["result"]["plan"]["kpis"][0]["measurements"]
    # sorted() is stable, like the core's order for equal dates.
    expected = sorted(range(len(days)), key=lambda i: days[i])
    if len(got) != len(days):
        failures.append(f"{len(days)} measurements in, {len(got)} out")
        return
    for position, (m, i) in enumerate(zip(got, expected)):
        compared += 1
        if m["value"] != i or m["date"] != days[i].isoformat():
            failures.append(f"position {position}: got {m['date']} (input {m['value']}), "
                            f"expected {days[i].isoformat()} (input {i}, written {texts[i]!r})")
            return


def every_day():
    day, one = FIRST, datetime.timedelta(days=1)
    while day <= LAST:
        yield day
        day += one


def check_invalid(cli, text):
    global compared
    compared += 1
    response = call(cli, "plan.validate", plan_with_measurements([text]))
    error = response.get("error") or {}
    if error.get("code") != "invalid_date" or error.get("path") != "kpis[0].measurements[0].date":
        failures.append(f"{text!r} should be an invalid_date, got {response}")


def exists(y, m, d):
    try:
        return FIRST <= datetime.date(y, m, d) <= LAST
    except ValueError:
        return False


def invalid_candidates():
    # One request each (the first error stops validation), so a sample:
    # the century years, random other non-leap years, random bad triples.
    non_leap = [y for y in range(1900, 2201) if not exists(y, 2, 29) and y % 100]
    texts = [f"{y:04d}-02-29" for y in [1900, 2100, 2200] + rng.sample(non_leap, 25)]
    texts += ["1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31"]
    while len(texts) < 100:
        y, m, d = rng.randrange(1890, 2211), rng.randrange(0, 14), rng.randrange(0, 33)
        if not exists(y, m, d):
            texts.append(f"{y:04d}-{m:02d}-{d:02d}")
    for y in rng.sample(range(1900, 2201), 5):
        texts += [f"{y:04d}-{m:02d}-31" for m in (4, 6, 9, 11)]
    return texts


def check_windows(cli):
    """Goal windows: a goal from S to D with milestones on both ends is
    fine; D one day before S, or a milestone one day past D, is not."""
    global compared
    starts = [datetime.date(y, m, 1) for y in rng.sample(range(1901, 2200), 40) for m in (1, 3)]
    goals = []
    for i, start in enumerate(starts):
        deadline = start + datetime.timedelta(days=rng.randrange(0, 800))
        deadline = min(deadline, LAST)
        goals.append({"id": f"g{i}", "statement": "S", "start": start.isoformat(), "deadline": deadline.isoformat(),
                      "milestones": [{"date": start.isoformat(), "target": 1}, {"date": deadline.isoformat(), "target": 2}]})
    response = call(cli, "plan.validate", {"plan": {"id": "p", "name": "W", "goals": goals}})
    compared += 2 * len(goals)
    if not response.get("ok"):
        failures.append(f"goal windows refused: {response.get('error')}")
    for start in starts[:20]:
        before = start - datetime.timedelta(days=1)  # crosses a month, sometimes a year
        goal = {"id": "g", "statement": "S", "start": start.isoformat(), "deadline": before.isoformat()}
        r = call(cli, "plan.validate", {"plan": {"id": "p", "name": "W", "goals": [goal]}})
        compared += 1
        if (r.get("error") or {}).get("code") != "deadline_before_start":
            failures.append(f"deadline {before} before start {start} not caught: {r}")
        goal = {"id": "g", "statement": "S", "start": before.isoformat(), "deadline": before.isoformat(),
                "milestones": [{"date": start.isoformat(), "target": 1}]}
        r = call(cli, "plan.validate", {"plan": {"id": "p", "name": "W", "goals": [goal]}})
        compared += 1
        if (r.get("error") or {}).get("code") != "out_of_range":
            failures.append(f"milestone {start} after deadline {before} not caught: {r}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_dates.py PATH-TO-goalpost")
    cli = sys.argv[1]
    days = list(every_day())
    if len(days) != 109938:
        sys.exit(f"expected 109938 days in 1900-2200, counted {len(days)}")
    rng.shuffle(days)
    span = (LAST - FIRST).days
    days += [FIRST + datetime.timedelta(days=rng.randrange(span + 1)) for _ in range(20000)]
    for i in range(0, len(days), BATCH):
        check_batch(cli, days[i:i + BATCH])
    for text in invalid_candidates():
        check_invalid(cli, text)
    check_windows(cli)
    if failures:
        for failure in failures[:20]:
            print("FAIL", failure)
        sys.exit(f"{len(failures)} mismatches against datetime")
    if compared < 100000:
        sys.exit(f"only {compared} dates compared")
    print(f"ok: {compared} dates agree with Python's datetime")


main()
