#!/usr/bin/env bash
# Server-side time of one admin API call by how it authenticates: HTTP Basic (a remembered credential after the
# first call), HTTP Basic's first call (BCrypt), an API token (Bearer), and a console session as the floor;
# plus GET /api/admin/me, where authentication is most of the work. Starts the packaged app with its own
# embedded Redis, creates a token over Basic, then times N calls of POST /api/admin/nlu/analyze each way with
# curl (time to first byte minus connection set-up, so the figure is the server's, not curl's start-up).
# Usage: bench/api-auth.sh [calls=200]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
PORT=${PORT:-18095}
PASSWORD=bench-admin-password
./mvnw -q -B -o -DskipTests package
JAR=$(ls target/civicchat-*.jar | grep -v original | head -1)
rm -rf target/api-auth-data
java -Xmx512m -jar "$JAR" --server.port="$PORT" --civicchat.redis.data-dir=target/api-auth-data \
  --civicchat.redis.embedded-port=0 --civicchat.admin.password="$PASSWORD" --logging.level.root=WARN \
  > target/api-auth.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
BODY='{"text":"垃圾分类怎么分"}'
TOKEN=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench","role":"operator"}' "$BASE/api/admin/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')

server_ms() { # curl args… → milliseconds from request sent to first byte
  curl -s -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}\n' "$@" \
    | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }'
}
report() { # label, file of milliseconds
  sort -n "$2" | awk -v label="$1" '{ a[NR] = $1 } END {
    printf "%-34s n=%-4d p50 %7.2f ms   p90 %7.2f ms   max %7.2f ms\n", label, NR, a[int(NR*0.5)+1], a[int(NR*0.9)+1], a[NR] }'
}
# warm-up: the model and the JIT, so that neither way pays for them
for _ in $(seq 1 50); do
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$BASE/api/admin/nlu/analyze"
done
: > target/api-auth-first.txt; : > target/api-auth-basic.txt; : > target/api-auth-bearer.txt
: > target/api-auth-session.txt; : > target/api-auth-me-basic.txt; : > target/api-auth-me-bearer.txt
JAR_COOKIES=target/api-auth-cookies.txt
rm -f "$JAR_COOKIES"
curl -s -o /dev/null -c "$JAR_COOKIES" "$BASE/console/login.html"
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR_COOKIES")
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$XSRF" "$BASE/console/login"
XSRF=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR_COOKIES")
for i in $(seq 1 20); do # a new account each time: its first Basic call pays BCrypt
  curl -s -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench$i\",\"password\":\"bench-password-$i\",\"roles\":[\"operator\"]}" "$BASE/api/admin/users"
  server_ms -u "bench$i:bench-password-$i" -H 'Content-Type: application/json' -d "$BODY" \
    "$BASE/api/admin/nlu/analyze" >> target/api-auth-first.txt
done
for _ in $(seq 1 "$N"); do
  server_ms -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d "$BODY" "$BASE/api/admin/nlu/analyze" \
    >> target/api-auth-basic.txt
  server_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" \
    "$BASE/api/admin/nlu/analyze" >> target/api-auth-bearer.txt
  server_ms -b "$JAR_COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' -d "$BODY" \
    "$BASE/api/admin/nlu/analyze" >> target/api-auth-session.txt
  server_ms -u "admin:$PASSWORD" "$BASE/api/admin/me" >> target/api-auth-me-basic.txt
  server_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/admin/me" >> target/api-auth-me-bearer.txt
done
report "Basic, first call (BCrypt)" target/api-auth-first.txt
report "Basic, remembered credential" target/api-auth-basic.txt
report "Bearer token" target/api-auth-bearer.txt
report "session cookie (no header to check)" target/api-auth-session.txt
report "GET /api/admin/me, Basic remembered" target/api-auth-me-basic.txt
report "GET /api/admin/me, Bearer" target/api-auth-me-bearer.txt
