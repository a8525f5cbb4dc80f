#!/usr/bin/env bash
# Start-up to first answer (HanLP, FAQ index and embedded Redis included), measured from the app JVM's launch.
# Usage: bench/startup.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
JAR=$(ls target/civicchat-*.jar | grep -v original | head -1)
for i in $(seq 1 "$RUNS"); do
  rm -rf target/startup-data
  since=$(date +%s%3N)
  java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port=18085 --civicchat.redis.data-dir=target/startup-data \
    --civicchat.redis.embedded-port=16397 --logging.level.root=WARN > target/startup-$i.log 2>&1 &
  APP=$!
  java -Xmx128m -cp "$CP" org.civicchat.bench.StartupProbe --port 18085 --since "$since" || true
  kill $APP; wait $APP 2>/dev/null || true
done
