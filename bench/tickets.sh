#!/usr/bin/env bash
# Ticket filing benchmark: N residents each file one complete complaint over the signed, encrypted portal.
# Usage: bench/tickets.sh [tickets=2000] [clients=8]   (extra: --url http://127.0.0.1:8080 to target a running app)
set -euo pipefail
cd "$(dirname "$0")/.."
TICKETS=${1:-2000}; CLIENTS=${2:-8}; shift $(( $# > 2 ? 2 : $# )) || true
./mvnw -q -B -o -DskipTests test-compile 2>/dev/null || ./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
java -Xmx256m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
  org.civicchat.bench.TicketFilingBenchmark --tickets "$TICKETS" --clients "$CLIENTS" "$@"
