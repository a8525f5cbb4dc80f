#!/usr/bin/env bash
# Load run with wrk (a C generator that costs the server almost nothing) against one app with its own
# embedded Redis. Every request is a new resident and a new MsgId, from pools of pre-signed, pre-encrypted
# callbacks made just before each part (CallbackPool; timestamps stay inside the 300 s replay window).
#   (a) the URL check (GET signature echo): the same app's floor
#   (b) the mix, 70% FAQ questions in varied wording + 30% one-message complaints with a place, 16 connections
#   (c) complaints only, 16 connections
#   (d) a rate run at half of (b)'s throughput: wrk paced by a Lua timetable (delay()), 64 connections
# then, outside the timed parts, decrypts a sample of the replies and checks they make sense (ReplyCheck).
# Usage: bench/wrk.sh [seconds=20] [connections=16]
#   env: PROFILE=1 records JFR during (b) into the out dir; APP_JAR=path runs that jar instead of building one
#   (to measure an older build against the same pools' shape, back to back)
# Writes target/wrk/<date>/ : pools, samples, app log, results.txt (and mix.jfr with PROFILE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-20}; CONNS=${2:-16}; THREADS=2
JVM="-Xmx512m -XX:+UseSerialGC"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
OUT="target/wrk/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"

if [ -z "${APP_JAR:-}" ]; then ./mvnw -q -B -o -DskipTests package 2>/dev/null || ./mvnw -q -B -DskipTests package; fi
./mvnw -q -B -o -DskipTests test-compile 2>/dev/null || ./mvnw -q -B -DskipTests test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
JAR=${APP_JAR:-$(ls target/civicchat-*.jar | grep -v original | head -1)}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
APP_PORT=$(free_port); REDIS_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"

rm -rf target/wrk/data
java $JVM -jar "$JAR" --server.port=$APP_PORT --civicchat.redis.data-dir=target/wrk/data \
  --civicchat.redis.embedded-port=$REDIS_PORT --logging.level.org.civicchat=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null "$BASE/actuator/health" && break; sleep 0.5; done
curl -sf -o /dev/null "$BASE/actuator/health" || { echo "the app did not start; see $OUT/app.log"; exit 1; }

pool() { java -Xmx512m -cp "$CP" org.civicchat.bench.CallbackPool --kind "$1" --count "$2" --out "$OUT/$3.pool" | tee -a "$OUT/results.txt"; }
# run NAME CONNECTIONS RATE SAMPLE_EVERY
run() {
  echo "== $1: $2 connections, ${3:-0} req/s paced, ${SECS}s" | tee -a "$OUT/results.txt"
  POOL="$OUT/$1.pool" RATE="$3" SAMPLE_EVERY="$4" SAMPLE_DIR="$OUT" SAMPLE_NAME="$1" THREADS=$THREADS RESULT="$OUT/$1.result" \
    wrk -t$THREADS -c"$2" -d"${SECS}s" --timeout 10s -s bench/wrk-pool.lua "$BASE/" > "$OUT/$1.wrk.txt"
  sed -i "s/^/$1 /" "$OUT/$1.result"
  cat "$OUT/$1.result" | tee -a "$OUT/results.txt"
}
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$OUT/$1.result"; }
# embedding cache counters (hits misses) from /actuator/prometheus
cache() { curl -sf "$BASE/actuator/prometheus" | awk '/^civicchat_embedding_cache_hits_total/ { h = $2 }
  /^civicchat_embedding_cache_misses_total/ { m = $2 } END { printf "%d %d", h, m }'; }

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/results.txt"
pool mix 8000 warmup; SECS_SAVED=$SECS; SECS=10; run warmup "$CONNS" 0 0; SECS=$SECS_SAVED
pool url $(( 9000 * SECS )) url; run url "$CONNS" 0 0
pool mix $(( 3000 * SECS )) mix
[ "${PROFILE:-0}" = 1 ] && jcmd $APP JFR.start name=mix settings=profile filename="$(pwd)/$OUT/mix.jfr" >/dev/null
read -r H0 M0 <<< "$(cache)"
run mix "$CONNS" 0 50
read -r H1 M1 <<< "$(cache)"
[ "${PROFILE:-0}" = 1 ] && jcmd $APP JFR.stop name=mix >/dev/null
pool complaints $(( 2500 * SECS )) complaints; run complaints "$CONNS" 0 50
RATE=$(awk -v r="$(field mix rps)" 'BEGIN { printf "%d", r / 2 }')
pool mix $(( RATE * SECS * 12 / 10 + 1000 )) rate; run rate 64 "$RATE" 25
echo "== load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/results.txt"

java -cp "$CP" org.civicchat.bench.ReplyCheck "$OUT"/samples-*.txt | tee -a "$OUT/results.txt" || CHECK=failed
awk -v u="$(field url rps)" -v m="$(field mix rps)" -v c="$(field complaints rps)" -v r="$RATE" \
    -v mp50="$(field mix p50_ms)" -v mp99="$(field mix p99_ms)" -v rp99="$(field rate p99_ms)" -v rp50="$(field rate p50_ms)" \
    -v cp99="$(field complaints p99_ms)" -v rr="$(field rate rps)" 'BEGIN {
  printf "\n| run | msg/s | p50 ms | p99 ms |\n|---|---|---|---|\n"
  printf "| URL check (floor) | %.0f | | |\n", u
  printf "| mix 70/30, %s connections | %.0f | %.1f | %.1f |\n", 16, m, mp50, mp99
  printf "| complaints only | %.0f tickets/s | | %.1f |\n", c, cp99
  printf "| rate run at %d msg/s (half the mix) | %.0f | %.1f | %.1f |\n", r, rr, rp50, rp99
  printf "\nmix / URL check = %.2f\n", m / u }' | tee -a "$OUT/results.txt"
awk -v h="$(( H1 - H0 ))" -v m="$(( M1 - M0 ))" 'BEGIN { n = h + m
  printf "embedding cache during the mix: %d hits, %d misses, hit rate %.1f%%\n", h, m, n ? 100 * h / n : 0 }' \
  | tee -a "$OUT/results.txt"
echo "results in $OUT/results.txt"
[ "${CHECK:-}" != failed ]
