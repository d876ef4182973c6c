#!/usr/bin/env bash
# Measures the packaged server as bin/run starts it (embedded PostgreSQL, no configuration):
# time from `java -jar` to the first HTTP 200 on /q/health/ready, for a first start (empty data
# directory: initdb + migrations) and a restart (data kept), and the JVM's RSS right after.
# Usage: benchmarks/startup.sh [runs=3]     (build first: ./mvnw -B -DskipTests package)
# Only loopback traffic; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
ensure_jdk

runs=${1:-3}
jar=bootstrap/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || die "build first: ./mvnw -B -DskipTests package"
port=18080

now_ms() { date +%s%3N; }

# Starts the server on $1 (data dir); prints "<ms to first 200> <rss MiB>"; leaves it stopped.
measure() {
  local data=$1 start pid ms rss
  start=$(now_ms)
  PORT=$port APP_DATA_DIR=$data "$JAVA_HOME/bin/java" -jar "$jar" >"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then break; fi
    kill -0 "$pid" 2>/dev/null || die "server exited; see $data.log"
    sleep 0.05
  done
  ms=$(( $(now_ms) - start ))
  rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-8s %-22s %-18s %-22s %-18s\n' run first_start_ms first_rss_mib restart_ms restart_rss_mib
for i in $(seq 1 "$runs"); do
  data="$tmp/data-$i"
  read -r first_ms first_rss < <(measure "$data")
  sleep 1
  read -r again_ms again_rss < <(measure "$data")
  printf '%-8s %-22s %-18s %-22s %-18s\n' "$i" "$first_ms" "$first_rss" "$again_ms" "$again_rss"
  sleep 1
done
