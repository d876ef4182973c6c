#!/usr/bin/env bash
# Memory at rest and after the standard load, with bin/run's defaults (embedded PostgreSQL, no
# configuration), for the JVM options before issue #25's memory pass and after, in one run:
#   1. first start (empty data directory): time to the first 200 of /q/health/ready, JVM RSS then,
#      and 6 s later at rest (after the JVM's periodic native-heap trim);
#   2. the standard load: benchmarks/realtime/RealtimeLoad.java fan-out, 1,000 /ws sockets over 10
#      sessions at each rate of $RATES events/s for $SECONDS s (100 receivers per session), then the
#      sockets close; JVM RSS 5 s later (and the highest RSS seen while the load ran);
#   3. stop (SIGTERM: the class-data archive is written), restart on the same data: time and RSS.
# Usage: benchmarks/memory.sh [runs=2]      (build first: ./mvnw -B -DskipTests package)
# RATES="100 200" SECONDS_PER_RATE=15 by default; JAR=<quarkus-run.jar> measures another build. TRY='name=options;name2=options' adds variants (experiments).
# RSS is the java process's VmRSS (the embedded postmaster is separate, ~30 MiB). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/jvm.sh
ensure_jdk

runs=${1:-2}
rates=${RATES:-"100 200"}
seconds=${SECONDS_PER_RATE:-15}
jar=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || die "build first: ./mvnw -B -DskipTests package"
port=18095
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )); }

# Starts the server with $opts and env $envs on data dir $1; sets $pid and $ready_ms (ms to the first 200).
start_server() {
  local data=$1 start
  start=$(now_ms)
  # shellcheck disable=SC2086
  env $envs PORT=$port APP_DATA_DIR="$data" ACCESS_LOG=false LOG_LEVEL=WARN \
    "$JAVA_HOME/bin/java" $opts -jar "$jar" >>"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && { ready_ms=$(( $(now_ms) - start )); return 0; }
    kill -0 "$pid" 2>/dev/null || { tail -30 "$data.log" >&2; die "server exited"; }
    sleep 0.05
  done
  die "server not ready"
}
stop_server() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# Runs the standard load against the running server; sets $peak, the highest RSS (MiB) sampled meanwhile.
standard_load() {
  local loader r
  peak=0
  (for rate in $rates; do
     "$JAVA_HOME/bin/java" -Xss256k -XX:+UseParallelGC benchmarks/realtime/RealtimeLoad.java \
       fanout "http://127.0.0.1:$port" 1000 10 "$rate" "$seconds"
   done) >>"$tmp/load.log" 2>&1 &
  loader=$!
  while kill -0 "$loader" 2>/dev/null; do
    r=$(rss_mib); [ "$r" -gt "$peak" ] && peak=$r
    sleep 0.5
  done
  wait "$loader" || { tail -20 "$tmp/load.log" >&2; die "load failed"; }
}

# What bin/run did before the last memory pass (bin/lib/jvm.sh at 585d3ec0, and no full collection
# after start-up), and bin/run's now.
names=(before after)
variant_opts=("-XX:+UseSerialGC -Xms64m -Xmx2g -XX:MaxNewSize=32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=70 -Xss512k -XX:TrimNativeHeapInterval=5000 $(app_cds_opts @DATA@)"
  "$(app_jvm_defaults) $(app_cds_opts @DATA@)")
variant_envs=("$(app_jvm_env) APP_COMPACT_HEAP_AT_START=false" "$(app_jvm_env)")
IFS=';' read -r -a tries <<<"${TRY:-}"
for t in "${tries[@]}"; do
  [ -n "$t" ] || continue
  names+=("${t%%=*}"); variant_opts+=("${t#*=}"); variant_envs+=("$(app_jvm_env)")
done

# Sets $opts for variant $1: @DATA@ is the data directory, @AOT@ the JDK's AOT cache option $2 (the
# first start records and writes the cache at exit, the restart uses it).
phase_opts() {
  opts=${variant_opts[$1]//@DATA@/$data}
  opts=${opts//@AOT@/$2}
}

fmt='%-4s %-12s %-10s %-10s %-12s %-14s %-14s %-12s %-10s\n'
printf "$fmt" run options first_ms first_rss rest_6s_rss load_peak_rss after_load_rss restart_ms restart_rss
for i in $(seq 1 "$runs"); do
  for v in "${!names[@]}"; do
    data="$tmp/data-$i-$v"
    mkdir -p "$data"
    envs=${variant_envs[$v]}
    phase_opts "$v" "-XX:AOTCacheOutput=$data/app.aot"
    start_server "$data"; first_ms=$ready_ms first_rss=$(rss_mib)
    sleep 6; rest_rss=$(rss_mib)
    standard_load; sleep 5; after_rss=$(rss_mib)
    stop_server; sleep 1
    phase_opts "$v" "-XX:AOTCache=$data/app.aot"
    start_server "$data"; again_ms=$ready_ms again_rss=$(rss_mib)
    stop_server; sleep 1
    printf "$fmt" "$i" "${names[$v]}" "$first_ms" "$first_rss" "$rest_rss" "$peak" "$after_rss" "$again_ms" "$again_rss"
  done
done
grep -h -E '^(events sent|latency)' "$tmp/load.log" | sed 's/^/load: /' | tail -4
for v in "${!names[@]}"; do echo "${names[$v]}: env ${variant_envs[$v]:-none}; ${variant_opts[$v]}"; done
