#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: by self time (the top frame), and the first frame in
org.civicchat (where in our code the time is spent, inclusive). Usage: bench/jfr-top.py rec.jfr [n=25]"""
import collections, json, subprocess, sys

rec, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", rec],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]
selfc, ours, pkg = collections.Counter(), collections.Counter(), collections.Counter()
def name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]
for e in events:
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    selfc[name(frames[0])] += 1
    top = frames[0]["method"]["type"]["name"].replace("/", ".")
    pkg[".".join(top.split(".")[:3])] += 1
    for f in frames:
        t = f["method"]["type"]["name"].replace("/", ".")
        if t.startswith("org.civicchat") and "$$Lambda" not in t:
            ours[name(f)] += 1
            break
total = len(events)
print(f"{total} execution samples")
for title, c in (("self time, top frame", selfc), ("package of the top frame", pkg), ("first org.civicchat frame (inclusive)", ours)):
    print(f"\n{title}:")
    for k, v in c.most_common(n):
        print(f"  {100.0 * v / total:5.1f}%  {v:5d}  {k}")
