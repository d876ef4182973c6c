#!/usr/bin/env bash
# Realtime load on the packaged server (issue #6), against the local PostgreSQL:
#  1. fan-out: 1,000 /ws sockets over 10 sessions, persisted events driven at several rates;
#     deliveries/s and publish->receive latency percentiles (benchmarks/realtime/RealtimeLoad.java);
#  2. idle: 10,000 authenticated, joined connections; server RSS and live heap per connection.
# Usage: benchmarks/realtime.sh [rates="50 100 200"] [seconds=20] [idle=10000]   (rates "" = idle step only)
# PROFILE=1 also records the last fan-out rate with JDK Flight Recorder (top sampled methods) and
# prints the heap's biggest classes while the idle connections are open (where the memory goes).
# The server runs with bin/run's JVM options (bin/lib/jvm.sh). BEFORE_JAR=<quarkus-run.jar of an earlier
# build> measures the idle step three times in one run: that jar with the JVM's own defaults (how this
# script ran before), that jar with bin/run's options, then this build with them.
# COMPARE=1 runs the comparison with the reference socket.io@4 server instead (issue #25): one load client
# (benchmarks/realtime/node/load.mjs) drives our /ws, our /socket.io/ and the reference server
# (benchmarks/realtime/node/reference-server.mjs), each freshly started, 1,000 sockets over 10 rooms at
# each rate, plain and with the browsers' permessage-deflate offer; then the idle connections of each.
# With BEFORE_JAR the fan-out of that jar (plain, /ws and /socket.io/) comes first, in the same run.
# CASES="ws sio ref sio-deflate ref-deflate idle" (the default) picks the comparison's cases; WARMUP=<s>
# first drives each server for that long at the highest rate and discards it (a warm server, as in
# production); JAVA_OPTS is appended to bin/run's JVM options (e.g. -Xlog:gc:file=…); with PROFILE=1,
# JFR_DIR=<dir> keeps each case's recording (fanout-<case>.jfr) for a closer look.
# Build first: ./mvnw -B -DskipTests package. Loopback only; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/services.sh
source bin/lib/jvm.sh
ensure_jdk
ensure_postgres

rates=${1-"50 100 200"} # "" skips the fan-out step
seconds=${2:-20}
idle=${3:-10000}
jar=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || die "build first: ./mvnw -B -DskipTests package"
port=18090
db=iiagent_bench
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

as_postgres psql -q -c "drop database if exists $db" -c "create database $db owner iiagent" >/dev/null

opts="$(app_jvm_defaults) ${JAVA_OPTS:-}" # JAVA_OPTS is appended, as bin/run does
envs="$(app_jvm_env)"
start_server() {
  # shellcheck disable=SC2086
  env $envs DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=iiagent DB_PASSWORD=iiagent PORT=$port \
    APP_DATA_DIR="$tmp/data" ACCESS_LOG=false LOG_LEVEL=WARN "$JAVA_HOME/bin/java" $opts -jar "$jar" >"$tmp/server.log" 2>&1 &
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
  # one "total …, used …" line for G1, one per generation (young, tenured) for the serial collector
  "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ && /total/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); s+=v}} END {print s}'; }
load() { "$JAVA_HOME/bin/java" -Xss256k -XX:+UseParallelGC benchmarks/realtime/RealtimeLoad.java "$@"; }

# The reference comparison (COMPARE=1): $1 = target (ws, sio, ref), $2 = "deflate" for the browsers' offer.
node_load() { node benchmarks/realtime/node/load.mjs "$@"; }
start_reference() { # $1 = "deflate" turns compression on in the reference server (its default is off)
  node benchmarks/realtime/node/reference-server.mjs $port ${1:-} >"$tmp/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && return 0; sleep 0.1; done
  die "reference server not ready"
}
compare_fanout() { # $1 = label, $2 = target, $3 = offer ("" or deflate), $4 = reference mode
  echo "-- $1 (load $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "$2" = ref ]; then start_reference "${4:-}"; else start_server; fi
  local profile=0
  if [ "${WARMUP:-0}" -gt 0 ]; then # a discarded pass at the highest rate: the figures below are of a warm server
    local top; top=$(printf '%s\n' $rates | sort -n | tail -1)
    node_load fanout "$2" "http://127.0.0.1:$port" 1000 10 "$top" "$WARMUP" "$pid" $3 >/dev/null
    echo "   (warmed up: $WARMUP s at $top events/s, discarded)"
  fi
  if [ "${PROFILE:-0}" = 1 ] && [ "$2" != ref ] && [ -z "$3" ]; then
    profile=1
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=fanout settings=profile filename="$tmp/fanout.jfr" >/dev/null
  fi
  for rate in $rates; do
    echo "   $rate events/s (x100 receivers per room = $((rate * 100)) deliveries/s offered)"
    node_load fanout "$2" "http://127.0.0.1:$port" 1000 10 "$rate" "$seconds" "$pid" $3 | sed 's/^/   /'
  done
  if [ $profile = 1 ]; then # the whole case; top frames of the server's execution samples
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.stop name=fanout >/dev/null
    [ -n "${JFR_DIR:-}" ] && cp "$tmp/fanout.jfr" "$JFR_DIR/fanout-$2.jfr" # kept for a closer look
    echo "   top sampled server methods (top frame, every rate of this case):"
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample "$tmp/fanout.jfr" \
      | awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
      | sort | uniq -c | sort -rn | head -12 | sed 's/^/   /' || true # head closes the pipe early
  fi
  stop_server
}
compare_idle() { # $1 = label, $2 = target
  local base_rss rss loader
  if [ "$2" = ref ]; then start_reference; else start_server; fi
  sleep 2; base_rss=$(rss_kib)
  node_load idle "$2" "http://127.0.0.1:$port" "$idle" 20 >"$tmp/idle.out" 2>&1 &
  loader=$!
  for _ in $(seq 1 1200); do grep -q IDLE_READY "$tmp/idle.out" 2>/dev/null && break; sleep 0.5; done
  grep IDLE_READY "$tmp/idle.out" || { cat "$tmp/idle.out"; die "idle connections did not all join"; }
  sleep 3; rss=$(rss_kib)
  wait "$loader" || true
  echo "[$1] server RSS: ${base_rss} KiB -> ${rss} KiB: $(( (rss - base_rss) / idle )) KiB per idle connection"
  stop_server
}
if [ "${COMPARE:-0}" = 1 ]; then
  ensure_node
  [ -d benchmarks/realtime/node/node_modules/socket.io ] \
    || (cd benchmarks/realtime/node && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in benchmarks/realtime/node failed"
  echo "== fan-out against the reference socket.io@4 server: 1000 sockets, 10 rooms, $seconds s per rate (load $(cut -d' ' -f1-3 /proc/loadavg)) =="
  if [ -n "$rates" ] && [ -n "${BEFORE_JAR:-}" ]; then
    this_jar=$jar jar=$BEFORE_JAR
    compare_fanout "before: ours /ws (BEFORE_JAR)" ws ""
    compare_fanout "before: ours /socket.io/ (BEFORE_JAR)" sio ""
    jar=$this_jar
  fi
  cases=" ${CASES:-ws sio ref sio-deflate ref-deflate idle} " # CASES picks some of them, in this order
  if [ -n "$rates" ]; then
    [[ $cases == *" ws "* ]] && compare_fanout "ours /ws" ws ""
    [[ $cases == *" sio "* ]] && compare_fanout "ours /socket.io/" sio ""
    [[ $cases == *" ref "* ]] && compare_fanout "reference socket.io@4" ref ""
    # /ws shares the HTTP server's WebSocket options (RealtimeCompressionTest covers both endpoints), and
    # socket.io's default declines the offer as we do: the deflate cases that differ are these two
    [[ $cases == *" sio-deflate "* ]] && compare_fanout "ours /socket.io/, client offers permessage-deflate" sio deflate
    [[ $cases == *" ref-deflate "* ]] && compare_fanout "reference with permessage-deflate on, client offers it" ref deflate deflate
  fi
  if [[ $cases == *" idle "* ]]; then
    echo "== idle: $idle connections (load $(cut -d' ' -f1-3 /proc/loadavg)) =="
    compare_idle "ours /socket.io/" sio
    compare_idle "reference socket.io@4" ref
  fi
  exit 0
fi

if [ -n "$rates" ]; then
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
    | sort | uniq -c | sort -rn | head -15 || true # head closes the pipe early (pipefail)
fi
stop_server
fi

# Opens $idle idle connections on the running server; prints RSS and live heap per connection ($1 = label).
idle_step() {
  local base_rss base_heap rss heap loader
  base_rss=$(rss_kib); base_heap=$(live_heap_kib)
  load idle "http://127.0.0.1:$port" "$idle" 30 >"$tmp/idle.out" 2>&1 &
  loader=$!
  for _ in $(seq 1 1200); do grep -q IDLE_READY "$tmp/idle.out" 2>/dev/null && break; sleep 0.5; done
  grep IDLE_READY "$tmp/idle.out" || { cat "$tmp/idle.out"; die "idle connections did not all join"; }
  sleep 3
  rss=$(rss_kib); heap=$(live_heap_kib)
  if [ "${PROFILE:-0}" = 1 ]; then
    echo "biggest heap classes with $idle idle connections:"
    "$JAVA_HOME/bin/jcmd" "$pid" GC.class_histogram | head -25 || true
  fi
  wait "$loader" || true
  grep -v IDLE_READY "$tmp/idle.out"
  echo "[$1] server RSS: ${base_rss} KiB -> ${rss} KiB: $(( (rss - base_rss) / idle )) KiB per idle connection"
  echo "[$1] live heap after full GC: ${base_heap} KiB -> ${heap} KiB: $(( (heap - base_heap) * 1024 / idle )) bytes per idle connection"
}

echo "== idle: $idle connections =="
if [ -n "${BEFORE_JAR:-}" ]; then
  this_jar=$jar this_opts=$opts this_envs=$envs
  jar=$BEFORE_JAR opts="" envs=""
  start_server; idle_step "before: earlier jar, JVM defaults"; stop_server
  opts=$this_opts envs=$this_envs
  start_server; idle_step "earlier jar, bin/run options"; stop_server
  jar=$this_jar
fi
start_server; idle_step "this build, bin/run options"; stop_server
