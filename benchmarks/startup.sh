#!/usr/bin/env bash
# Measures the packaged server as bin/run starts it (embedded PostgreSQL, no configuration):
# time from `java -jar` to the first HTTP 200 on /q/health/ready, for a first start (empty data
# directory: initdb + migrations) and a restart (data kept), and the JVM's RSS right after.
# Usage: benchmarks/startup.sh [runs=3]     (build first: ./mvnw -B -DskipTests package)
# It uses the JVM options bin/run uses (bin/lib/jvm.sh, then JAVA_OPTS). COMPARE=1 measures each run
# twice, first with no JVM options at all (the JVM's own defaults, as before issue #25), then with them.
# Only loopback traffic; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/jvm.sh
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
  # shellcheck disable=SC2086
  PORT=$port APP_DATA_DIR=$data "$JAVA_HOME/bin/java" $opts -jar "$jar" >"$data.log" 2>&1 &
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
defaults="$(app_jvm_defaults) ${JAVA_OPTS:-}"
variants=("$defaults")
names=(defaults)
if [ "${COMPARE:-0}" = 1 ]; then
  # third variant: the defaults plus a dynamic AppCDS archive in the data directory (written at the
  # first exit, used by the restart), to see whether class-data sharing pays
  variants=("" "$defaults" "$defaults $(app_cds_opts @DATA@)")
  names=(jvm-only defaults defaults+cds)
fi
printf '%-8s %-10s %-22s %-18s %-22s %-18s\n' run options first_start_ms first_rss_mib restart_ms restart_rss_mib
for i in $(seq 1 "$runs"); do
  for v in "${!variants[@]}"; do
    data="$tmp/data-$i-$v"
    mkdir -p "$data"
    opts=${variants[$v]//@DATA@/$data}
    read -r first_ms first_rss < <(measure "$data")
    sleep 1
    read -r again_ms again_rss < <(measure "$data")
    printf '%-8s %-10s %-22s %-18s %-22s %-18s\n' "$i" "${names[$v]}" "$first_ms" "$first_rss" "$again_ms" "$again_rss"
    sleep 1
  done
done
echo "options: $defaults"
