#!/usr/bin/env bash
# Start-up to first answer (HanLP, sentence model, FAQ index and embedded Redis included), from the app
# process's launch to the first signed, encrypted FAQ question answered. The app starts as bin/civicchat starts
# it in production (extracted jar, class-data archive). A first start on an empty data dir (every FAQ text is
# embedded) is measured first, then [runs] restarts on that data dir (the stored vectors are read, not computed).
# Usage: bench/startup.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
export JAVA_OPTS="-Xmx512m -XX:+UseSerialGC"
bin/civicchat prepare
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
SHARE=()
[ -f target/app/civicchat.jsa ] && SHARE=(-XX:SharedArchiveFile=target/app/civicchat.jsa)
rm -rf target/startup-data
for i in $(seq 0 "$RUNS"); do
  if [ "$i" = 0 ]; then echo -n "first start, empty data dir: "; else echo -n "restart $i: "; fi
  # shellcheck disable=SC2086
  java -Xmx128m -XX:TieredStopAtLevel=1 -cp "$CP" org.civicchat.bench.StartupProbe --port 18085 \
    --log "target/startup-$i.log" -- java $JAVA_OPTS "${SHARE[@]}" -jar target/app/civicchat.jar \
    --server.port=18085 --civicchat.redis.data-dir=target/startup-data --civicchat.redis.embedded-port=16397 \
    --logging.level.root=WARN || true
done
