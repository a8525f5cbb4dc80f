#!/usr/bin/env bash
# Load run: the baseline (signature check + "success") and CivicChat, same JVM settings, same generator.
# Usage: bench/load.sh [mix=text|full] [seconds=30] [workers=16] [rate=1000]
# Writes bench/results/<date>/ : per-run JSON, per-second CSV, SVG charts, summary.md
set -euo pipefail
cd "$(dirname "$0")/.."
MIX=${1:-text}; SECONDS_RUN=${2:-30}; WORKERS=${3:-16}; RATE=${4:-1000}
JVM="-Xmx512m -XX:+UseSerialGC"
OUT="bench/results/$(date +%Y%m%d-%H%M%S)-$MIX"
mkdir -p "$OUT"

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
JAR=$(ls target/civicchat-*.jar | grep -v original | head -1)

APP_PORT=${APP_PORT:-18180}; BASE_PORT=${BASE_PORT:-18181}
port_free() { ! (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
for p in "$APP_PORT" "$BASE_PORT"; do port_free "$p" || { echo "port $p is in use: stop what listens there or set APP_PORT/BASE_PORT"; exit 1; }; done
wait_for() { for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1"; return 1; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }
generator() { java $JVM -cp "$CP" org.civicchat.bench.LoadGenerator --out "$OUT" "$@" | tee -a "$OUT/summary.txt"; }

echo "== baseline" | tee "$OUT/summary.txt"
java $JVM -cp "$CP" org.civicchatbaseline.BaselineApp --server.port=$BASE_PORT --logging.level.root=WARN > "$OUT/baseline.log" 2>&1 &
BASE=$!
trap 'kill $BASE $APP 2>/dev/null || true' EXIT
APP=""
wait_for "http://127.0.0.1:$BASE_PORT/actuator/health"
generator --url http://127.0.0.1:$BASE_PORT --label baseline --mix "$MIX" --verify false --workers "$WORKERS" --seconds "$SECONDS_RUN"
kill $BASE 2>/dev/null || true; wait $BASE 2>/dev/null || true

echo "== civicchat" | tee -a "$OUT/summary.txt"
rm -rf target/bench-data
java $JVM -jar "$JAR" --server.port=$APP_PORT --civicchat.redis.data-dir=target/bench-data \
  --civicchat.redis.embedded-port=${REDIS_PORT:-16399} --logging.level.org.civicchat=WARN > "$OUT/civicchat.log" 2>&1 &
APP=$!
wait_for "http://127.0.0.1:$APP_PORT/actuator/health"
( peak=0; while kill -0 $APP 2>/dev/null; do r=$(rss_mb $APP); r=${r:-0}; [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$OUT/rss-peak-mb.txt"; sleep 0.5; done ) &
generator --url http://127.0.0.1:$APP_PORT --label "civicchat-$MIX-saturation" --mix "$MIX" --workers "$WORKERS" --seconds "$SECONDS_RUN"
generator --url http://127.0.0.1:$APP_PORT --label "civicchat-$MIX-rate$RATE" --mix "$MIX" --rate "$RATE" --seconds "$SECONDS_RUN"
echo "peak RSS of the CivicChat JVM: $(cat "$OUT/rss-peak-mb.txt") MB" | tee -a "$OUT/summary.txt"
kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true

python3 - "$OUT" <<'PY'
import json, glob, os, sys
out = sys.argv[1]
runs = {os.path.basename(p)[:-5]: json.load(open(p)) for p in glob.glob(out + "/*.json")}
base = runs.get("baseline")
lines = ["| run | msg/s | ratio to baseline | p50 ms | p95 ms | p99 ms | max ms | errors | over 4 s |", "|---|---|---|---|---|---|---|---|---|"]
for name, r in sorted(runs.items()):
    ratio = r["throughput"] / base["throughput"] if base and base["throughput"] else 0
    lines.append(f"| {name} | {r['throughput']:.0f} | {ratio:.2f} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['max']:.1f} | {r['errors']} | {r['over4s']} |")
open(out + "/summary.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
