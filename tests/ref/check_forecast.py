#!/usr/bin/python3
"""Checks goal.progress forecasts against NumPy/SciPy on random series.

    /usr/bin/python3 tests/ref/check_forecast.py PATH-TO-GOALPOST-CLI

Builds 1,050 random KPI series (3 to 1,000 check-in dates, varied slopes,
noise, dates, some entries before the start, after the deadline and twice
on one date), sends them through plan.summary in a few batches (starting
one process per series would take minutes under the sanitizers) plus a
few single goal.progress calls, and compares the least-squares line, r2,
the 80% prediction interval at the deadline, p_reach and the Theil-Sen
slope with an independent computation: numpy.polyfit for the line,
scipy.stats.t for the interval and the probability, scipy.stats.theilslopes
for the robust slope. The t quantile is found with brentq on SciPy's own
distribution function: scipy.stats.t.ppf (cephes stdtrit in SciPy 1.10)
is off by up to ~4e-9 relative for some degrees of freedom, while
stdtr is good to ~1e-15. Tolerance: 1e-9 relative, or 1e-9 of the data's own
scale for values near zero. Exits non-zero on any mismatch.
"""
import datetime
import json
import subprocess
import sys

import numpy as np
from scipy import optimize, special, stats

SERIES = 1050
BATCH = 300
SINGLE_CALLS = 6
REL = 1e-9
EPOCH = datetime.date(1970, 1, 1)


def iso(day):
    return (EPOCH + datetime.timedelta(days=int(day))).isoformat()


def make_series(rng, k):
    """One random goal and KPI, plus what the reference expects of it."""
    roll = rng.random()
    n = int(rng.integers(3, 31) if roll < 0.7 else rng.integers(31, 301) if roll < 0.9 else rng.integers(301, 1001))
    start = int(rng.integers(16000, 22000))  # 2013 .. 2030
    span = int(rng.integers(n, 8 * n + 2))
    offsets = np.sort(rng.choice(span + 1, size=n, replace=False))
    a = float(rng.uniform(-1000, 5000))
    b = float(rng.uniform(-20, 20) * rng.choice([0.001, 0.1, 1, 10]))
    sigma = float(rng.choice([0.01, 1.0, 10.0, 100.0]))
    values = a + b * offsets + sigma * rng.standard_normal(n)

    measurements = []
    # Entries before the start count for the current value, never for the fit.
    for _ in range(int(rng.integers(0, 3))):
        measurements.append({"date": iso(start - int(rng.integers(1, 60))), "value": float(rng.uniform(-50, 50))})
    for off, val in zip(offsets, values):
        if rng.random() < 0.05:  # a same-day entry that the later one corrects
            measurements.append({"date": iso(start + off), "value": float(val + rng.uniform(-500, 500))})
        measurements.append({"date": iso(start + off), "value": float(val)})
    rng.shuffle(measurements[: len(measurements) // 3])

    last = int(offsets[-1])
    if rng.random() < 0.1 and n >= 8:
        # The deadline falls before the last entries: those are ignored.
        cut = int(rng.integers(3, n - 1))
        deadline = start + int(offsets[cut - 1]) + int(rng.integers(0, int(offsets[cut] - offsets[cut - 1])))
        today = start + last + int(rng.integers(0, 30))
    else:
        today = start + last + int(rng.integers(0, 10))
        deadline = today + int(rng.integers(0, 400))

    keep = offsets <= min(today, deadline) - start
    x = offsets[keep].astype(float)
    y = values[keep]
    x0 = float(deadline - start)
    guess = a + b * x0
    target = float(guess + rng.normal(0, 2 * sigma + abs(b) * 10 + 1))
    baseline = a if abs(a - target) > 1e-6 else a - 1.0
    direction = "increase" if target > baseline else "decrease"
    goal = {"id": f"g{k}", "statement": f"Move KPI {k} to its target.", "kpi_id": f"k{k}", "direction": direction,
            "baseline": baseline, "target": target, "start": iso(start), "deadline": iso(deadline)}
    kpi = {"id": f"k{k}", "name": f"KPI {k}", "unit": "ratio", "aggregation": "level",
           "direction": "higher" if rng.random() < 0.7 else "lower", "measurements": measurements}
    return goal, kpi, today, reference(x, y, x0, target, direction == "increase")


QUANTILES = {}


def t_quantile_90(df):
    """The 0.9 quantile of Student's t, solved to full double precision."""
    if df not in QUANTILES:
        QUANTILES[df] = optimize.brentq(lambda t: special.stdtr(df, t) - 0.9, 0.5, 10.0, xtol=1e-15, rtol=8.9e-16)
    return QUANTILES[df]


def reference(x, y, x0, target, up):
    n = len(x)
    slope, intercept = np.polyfit(x, y, 1)
    fitted = intercept + slope * x
    sse = float(np.sum((y - fitted) ** 2))
    sst = float(np.sum((y - y.mean()) ** 2))
    r2 = 1.0 if sse == 0.0 or sst == 0.0 else max(0.0, 1.0 - sse / sst)
    df = n - 2
    s = np.sqrt(sse / df)
    se = s * np.sqrt(1 + 1 / n + (x0 - x.mean()) ** 2 / np.sum((x - x.mean()) ** 2))
    yhat = intercept + slope * x0
    q = t_quantile_90(df)
    z = (target - yhat) / se
    p = stats.t.sf(z, df) if up else stats.t.cdf(z, df)
    ts = stats.theilslopes(y, x)[0] if n <= 63 else None  # exact up to 63 points, sampled beyond
    scale = float(max(np.max(np.abs(y)), abs(target), 1.0))
    return {"n": n, "slope": slope, "value_at_deadline": yhat, "r2": r2, "low": yhat - q * se,
            "high": yhat + q * se, "p_reach": p, "theil_sen": ts, "scale": scale,
            "slope_scale": scale / max(x0, float(x[-1] - x[0]), 1.0)}


def close(got, want, floor):
    return isinstance(got, (int, float)) and abs(got - want) <= REL * max(abs(want), floor)


def compare(name, forecast, ref, failures):
    if not isinstance(forecast, dict):
        failures.append(f"{name}: forecast is {forecast!r} for {ref['n']} points")
        return
    checks = [
        ("points", forecast.get("points"), ref["n"], 1.0),
        ("slope_per_day", forecast.get("slope_per_day"), ref["slope"], ref["slope_scale"]),
        ("value_at_deadline", forecast.get("value_at_deadline"), ref["value_at_deadline"], ref["scale"]),
        ("r2", forecast.get("r2"), ref["r2"], 1.0),
        ("interval.low", forecast.get("interval", {}).get("low"), ref["low"], ref["scale"]),
        ("interval.high", forecast.get("interval", {}).get("high"), ref["high"], ref["scale"]),
        ("p_reach", forecast.get("p_reach"), ref["p_reach"], 1e-6),
    ]
    if ref["theil_sen"] is not None:
        checks.append(("theil_sen_slope_per_day", forecast.get("theil_sen_slope_per_day"), ref["theil_sen"],
                       ref["slope_scale"]))
    for field, got, want, floor in checks:
        if not close(got, want, floor):
            failures.append(f"{name}: {field} = {got!r}, reference {want!r} ({ref['n']} points)")


def call(cli, method, request):
    run = subprocess.run([cli, method], input=json.dumps(request).encode(), capture_output=True, check=False)
    response = json.loads(run.stdout)
    if not response.get("ok"):
        raise SystemExit(f"{method} failed: {json.dumps(response.get('error'))}")
    return response["result"]


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_forecast.py PATH-TO-GOALPOST-CLI")
    cli = sys.argv[1]
    rng = np.random.default_rng(20260105)
    cases = [make_series(rng, k) for k in range(SERIES)]
    failures = []
    checked = 0

    # Single calls: goal.progress itself.
    for goal, kpi, today, ref in cases[:SINGLE_CALLS]:
        result = call(cli, "goal.progress", {"goal": goal, "kpi": kpi, "today": iso(today)})
        compare(goal["id"], result["forecast"], ref, failures)
        checked += 1

    # Batches through plan.summary, which has one "today" for all its goals:
    # each series is shifted in time so that its own today lands on that day.
    common = 21000
    shifted = []
    for goal, kpi, today, ref in cases[SINGLE_CALLS:]:
        delta = common - today
        g = dict(goal)
        g["start"] = shift(g["start"], delta)
        g["deadline"] = shift(g["deadline"], delta)
        k = dict(kpi)
        k["measurements"] = [{"date": shift(m["date"], delta), "value": m["value"]} for m in kpi["measurements"]]
        shifted.append((g, k, ref))
    for first in range(0, len(shifted), BATCH):
        chunk = shifted[first:first + BATCH]
        plan = {"schema": 1, "id": "ref", "name": "Reference check", "objectives": [],
                "goals": [g for g, _, _ in chunk], "kpis": [k for _, k, _ in chunk]}
        result = call(cli, "plan.summary", {"plan": plan, "today": iso(common)})
        entries = result["goals"]
        if len(entries) != len(chunk):
            failures.append(f"plan.summary returned {len(entries)} goals for {len(chunk)}")
            continue
        for entry, (g, _, ref) in zip(entries, chunk):
            progress = entry["progress"]
            if "error" in progress:
                failures.append(f"{g['id']}: {json.dumps(progress['error'])}")
                continue
            compare(g["id"], progress["forecast"], ref, failures)
            checked += 1

    for line in failures[:40]:
        print(line)
    print(f"{checked} series checked against NumPy/SciPy, {len(failures)} mismatches")
    sys.exit(1 if failures or checked < 1000 else 0)


def shift(text, delta):
    return (datetime.date.fromisoformat(text) + datetime.timedelta(days=delta)).isoformat()


if __name__ == "__main__":
    main()
