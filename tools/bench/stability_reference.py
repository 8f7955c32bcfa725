"""
The numpy reference of the tier-stability benchmark (stability.bench.ts): the same data (question
scores of every entity, the tree, the thresholds) and the same work, written as numpy would be by
an analyst: pillar weights only as two matrix products over every draw at once; every level as one
vectorised aggregation per level and draw. Prints its timings as JSON. Random numbers are numpy's
(the figures compare speed, not results).
    python3 stability_reference.py data.json
"""
import json
import sys
import time

import numpy as np

d = json.load(open(sys.argv[1]))
parent = np.array(d["parent"])
base = np.array(d["weights"], dtype=float)
qnode = np.array(d["questionNode"])
scores = np.array([[np.nan if v is None else v for v in row] for row in d["scores"]], dtype=float)
mins = np.array(d["mins"], dtype=float)  # from the highest
sd = d["sd"]
n, k = len(parent), scores.shape[0]
depth = np.zeros(n, dtype=int)
for i in range(n):
    depth[i] = 0 if parent[i] < 0 else depth[parent[i]] + 1
# per level (deepest first): children sorted by parent, reduceat starts, parents
levels = []
for lv in range(depth.max(), -1, -1):
    ch = np.array(sorted(np.flatnonzero(depth == lv), key=lambda i: parent[i]))
    par = parent[ch]
    starts = np.flatnonzero(np.r_[True, par[1:] != par[:-1]])
    levels.append((ch, starts, par[starts]))
rng = np.random.default_rng(1)


def evaluate(w):
    vals = np.zeros((n + 1, k))
    inc = np.zeros((n + 1, k))
    vals[qnode] = np.nan_to_num(scores.T)
    inc[qnode] = ~np.isnan(scores.T)
    for ch, starts, par in levels:
        wc = np.where(w[ch] > 0, w[ch], 0)[:, None]
        num = np.add.reduceat(vals[ch] * wc, starts, axis=0)
        den = np.add.reduceat(inc[ch] * wc, starts, axis=0)
        x = np.clip(np.where(den > 0, num / np.where(den > 0, den, 1), 0), 0, 1)
        vals[par] = x  # par −1 is the root, row n
        inc[par] = den > 0
    return vals, inc


def tally(overall):  # draws × k
    rounded = np.round(overall * 1e9) / 1e9
    tier = np.full(overall.shape, len(mins) - 1)
    for i in range(len(mins) - 2, -1, -1):
        tier[rounded >= mins[i]] = i
    counts = np.stack([(tier == t).sum(axis=0) for t in range(len(mins))])
    return counts, np.percentile(overall, [5, 95], axis=0)


def pillars_only(draws):
    vals, inc = evaluate(base)
    pillars = np.flatnonzero(parent < 0)
    w = base[pillars] * np.maximum(0, 1 + sd * rng.standard_normal((draws, len(pillars))))
    num, den = w @ vals[pillars], w @ inc[pillars]
    overall = np.where(den > 0, 100 * np.clip(num / np.where(den > 0, den, 1), 0, 1), 0)
    return tally(overall)


def every_level(draws):
    overall = np.empty((draws, k))
    for dr in range(draws):
        w = base * np.maximum(0, 1 + sd * rng.standard_normal(n))
        vals, inc = evaluate(w)
        overall[dr] = np.where(inc[n] > 0, 100 * vals[n], 0)
    return tally(overall)


def timed(fn, *args):
    """Wall and CPU milliseconds (CPU shows the cost when other processes share the machine)."""
    t, c = time.perf_counter(), time.process_time()
    fn(*args)
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


pw, pc = timed(pillars_only, d["draws"])
aw, ac = timed(every_level, d["allDraws"])
out = {"pillars_ms": pw, "pillars_cpu": pc, "all_sample_draws": d["allDraws"], "all_sample_ms": aw, "all_sample_cpu": ac}
print(json.dumps(out))
