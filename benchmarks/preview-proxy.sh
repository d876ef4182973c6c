#!/usr/bin/env bash
# Added latency of the preview proxy (docs/projects.md "Preview"; docs/benchmarks.md "Preview proxy overhead"):
# the same GETs to the dev server a website_build session runs in its bubblewrap sandbox (the static
# template, python3 -m http.server on port 3000), once directly from inside the sandbox's network namespace
# (nsenter) and once the way a browser reaches it: the app's preview listener (Host label, sign-in cookie)
# and the relay into the namespace. One connection per request (the dev server speaks HTTP/1.0). Rounds
# alternate direct/relay/proxy so all see the same machine noise; p50/p99 per round and the median of the rounds.
# "relay" is the relay process alone (host loopback → the sandbox's namespace), without the listener in front.
# Usage (root, bubblewrap, the jar built: ./mvnw -B -DskipTests package, or JAR=path/quarkus-run.jar):
#   benchmarks/preview-proxy.sh [requests=500] [rounds=5]
# Loopback only; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/services.sh
ensure_jdk
ensure_postgres

requests=${1:-500}
rounds=${2:-5}
jar=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || die "build first: ./mvnw -B -DskipTests package"
port=18097
preview_port=18098
db=iiagent_bench_preview
tmp=$(mktemp -d)
chmod 755 "$tmp" # the sandboxes (unprivileged uids) live under it
pid=
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
bench() { "$JAVA_HOME/bin/java" benchmarks/preview/PreviewProxyBench.java "$@"; }

as_postgres psql -q -c "drop database if exists $db" -c "create database $db owner iiagent" >/dev/null
DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=iiagent DB_PASSWORD=iiagent PORT=$port \
  PREVIEW_PORT=$preview_port PREVIEW_HOST=127.0.0.1 APP_DATA_DIR="$tmp/data" ACCESS_LOG=false LOG_LEVEL=WARN \
  "$JAVA_HOME/bin/java" -jar "$jar" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; die "server exited"; }
  sleep 0.1
done

setup=$(bench setup "http://127.0.0.1:$port" "$preview_port")
host=$(sed -n 's/^HOST=\([^ ]*\) .*/\1/p' <<<"$setup")
cookie=$(sed -n 's/.* COOKIE=\(.*\)$/\1/p' <<<"$setup")
[ -n "$host" ] && [ -n "$cookie" ] || die "setup failed: $setup"

# The dev server: the http.server process whose /workspace is a sandbox of this run's data directory.
server=
for p in $(pgrep -f "http.server 3000" || true); do
  grep -q "$(basename "$tmp")/data/" "/proc/$p/mountinfo" 2>/dev/null && server=$p && break
done
[ -n "$server" ] || die "dev server not found"
public=$(find "$tmp/data" -type d -path '*/bench/public' | head -1)
head -c 1048576 /dev/urandom >"$public/big.bin" && chmod 644 "$public/big.bin"

# The relay alone (the python process the listener joins connections to, on the host's loopback): splits
# the added latency into the listener's part and the relay's. Found after a first request through the proxy.
bench get 127.0.0.1 "$preview_port" "$host" "$cookie" / 1 0 >/dev/null
relay_port=
for p in $(pgrep -f "/ns/net 3000" || true); do
  if [ "$(readlink "/proc/$p/ns/net")" = "$(readlink "/proc/$server/ns/net")" ]; then
    relay_port=$(ss -Hltnp | awk -v pid="pid=$p," 'index($0, pid) {n=split($4, a, ":"); print a[n]; exit}')
  fi
done
[ -n "$relay_port" ] || die "relay not found"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "requests per round: $requests (+50 warm-up), rounds: $rounds"
med() { awk -v k="$1" '{for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] }}' "$2" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for path in / /big.bin; do
  : >"$tmp/direct"; : >"$tmp/relay"; : >"$tmp/proxy"
  for r in $(seq 1 "$rounds"); do
    nsenter --net="/proc/$server/ns/net" -- "$JAVA_HOME/bin/java" benchmarks/preview/PreviewProxyBench.java \
      get 127.0.0.1 3000 localhost "" "$path" "$requests" 50 >>"$tmp/direct"
    bench get 127.0.0.1 "$relay_port" localhost "" "$path" "$requests" 50 >>"$tmp/relay"
    bench get 127.0.0.1 "$preview_port" "$host" "$cookie" "$path" "$requests" 50 >>"$tmp/proxy"
  done
  echo "== GET $path"
  for kind in direct relay proxy; do
    echo "$kind: per round $(awk '{printf "%s %s; ", $1, $2}' "$tmp/$kind")"
  done
  d50=$(med p50_us "$tmp/direct"); d99=$(med p99_us "$tmp/direct")
  r50=$(med p50_us "$tmp/relay"); r99=$(med p99_us "$tmp/relay")
  p50=$(med p50_us "$tmp/proxy"); p99=$(med p99_us "$tmp/proxy")
  awk -v d50="$d50" -v d99="$d99" -v r50="$r50" -v r99="$r99" -v p50="$p50" -v p99="$p99" 'BEGIN {
    printf "median of rounds (us): direct p50 %d p99 %d; relay only p50 %d p99 %d; preview proxy p50 %d p99 %d\n", d50, d99, r50, r99, p50, p99
    printf "added by the relay: p50 +%d us (x%.2f), p99 +%d us (x%.2f)\n", r50 - d50, r50 / d50, r99 - d99, r99 / d99
    printf "added by the proxy (listener + relay): p50 +%d us (x%.2f), p99 +%d us (x%.2f)\n", p50 - d50, p50 / d50, p99 - d99, p99 / d99 }'
done
