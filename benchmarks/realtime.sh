#!/usr/bin/env bash
# Realtime load on the packaged server (issue #6), against the local PostgreSQL:
#  1. fan-out: 1,000 /ws sockets over 10 sessions, persisted events driven at several rates;
#     deliveries/s and publish->receive latency percentiles (benchmarks/realtime/RealtimeLoad.java);
#  2. idle: 10,000 authenticated, joined connections; server RSS and live heap per connection.
# Usage: benchmarks/realtime.sh [rates="50 100 200"] [seconds=20] [idle=10000]
# PROFILE=1 also records the last fan-out rate with JDK Flight Recorder (top sampled methods) and
# prints the heap's biggest classes while the idle connections are open (where the memory goes).
# Build first: ./mvnw -B -DskipTests package. Loopback only; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/services.sh
ensure_jdk
ensure_postgres

rates=${1:-"50 100 200"}
seconds=${2:-20}
idle=${3:-10000}
jar=bootstrap/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || die "build first: ./mvnw -B -DskipTests package"
port=18090
db=iiagent_bench
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

as_postgres psql -q -c "drop database if exists $db" -c "create database $db owner iiagent" >/dev/null

start_server() {
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=iiagent DB_PASSWORD=iiagent PORT=$port \
    APP_DATA_DIR="$tmp/data" ACCESS_LOG=false LOG_LEVEL=WARN "$JAVA_HOME/bin/java" -jar "$jar" >"$tmp/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; die "server exited"; }
    sleep 0.1
  done
  die "server not ready"
}
stop_server() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
live_heap_kib() { "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null; sleep 1
  "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ && /total/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print v; exit}}'; }
load() { "$JAVA_HOME/bin/java" -Xss256k -XX:+UseParallelGC benchmarks/realtime/RealtimeLoad.java "$@"; }

echo "== fan-out: 1000 sockets, 10 sessions, $seconds s per rate =="
start_server
for rate in $rates; do
  echo "-- $rate events/s (x100 receivers per session = $((rate * 100)) deliveries/s offered)"
  if [ "${PROFILE:-0}" = 1 ]; then
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=fanout settings=profile filename="$tmp/fanout.jfr" >/dev/null
  fi
  load fanout "http://127.0.0.1:$port" 1000 10 "$rate" "$seconds"
done
if [ "${PROFILE:-0}" = 1 ]; then
  "$JAVA_HOME/bin/jcmd" "$pid" JFR.stop name=fanout >/dev/null
  echo "top sampled server methods (top frame, last rate):"
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample "$tmp/fanout.jfr" \
    | awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
    | sort | uniq -c | sort -rn | head -15
fi
stop_server

echo "== idle: $idle connections =="
start_server
base_rss=$(rss_kib); base_heap=$(live_heap_kib)
load idle "http://127.0.0.1:$port" "$idle" 30 >"$tmp/idle.out" 2>&1 &
loader=$!
for _ in $(seq 1 600); do grep -q IDLE_READY "$tmp/idle.out" 2>/dev/null && break; sleep 0.5; done
grep IDLE_READY "$tmp/idle.out" || { cat "$tmp/idle.out"; die "idle connections did not all join"; }
sleep 3
rss=$(rss_kib); heap=$(live_heap_kib)
if [ "${PROFILE:-0}" = 1 ]; then
  echo "biggest heap classes with $idle idle connections:"
  "$JAVA_HOME/bin/jcmd" "$pid" GC.class_histogram | head -25
fi
wait "$loader" || true
cat "$tmp/idle.out" | grep -v IDLE_READY
echo "server RSS: ${base_rss} KiB -> ${rss} KiB: $(( (rss - base_rss) / idle )) KiB per idle connection"
echo "live heap after full GC: ${base_heap} KiB -> ${heap} KiB: $(( (heap - base_heap) * 1024 / idle )) bytes per idle connection"
stop_server
