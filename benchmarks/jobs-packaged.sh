#!/usr/bin/env bash
# Job engine on packaged nodes (issue #20): storybook pages per minute made by the durable job engine of one and
# of two packaged nodes (bootstrap/target/quarkus-app/quarkus-run.jar, one Quartz cluster) on the local PostgreSQL
# (a database created for the run, dropped after) and Redis, with the offline generators and no word delay.
# BOOKS books of PAGES pages (one user each) are started alternately on the nodes at once; the time is from the
# first start to the last book finished (read through /progress). Usage: benchmarks/jobs-packaged.sh [books=16] [pages=8]
# (build first: ./mvnw -B -pl bootstrap -am -Dquinoa.build=false -DskipTests package). Env: PGHOST (127.0.0.1),
# DB_USER/DB_PASSWORD (iiagent), REDIS_URL (redis://127.0.0.1:6379), APP_JAR (another quarkus-run.jar). Only loopback traffic; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
ensure_jdk

books=${1:-16}
pages=${2:-8}
jar=${APP_JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || die "build first: ./mvnw -B -pl bootstrap -am -Dquinoa.build=false -DskipTests package"
pg_host=${PGHOST:-127.0.0.1}
db_user=${DB_USER:-iiagent}
export PGPASSWORD=${DB_PASSWORD:-iiagent}
tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# start_node NAME PORT DB CLUSTER: a packaged node, waited for until ready.
start_node() {
  local name=$1 port=$2 db=$3 cluster=$4
  PORT=$port APP_DATA_DIR="$tmp/$cluster-$name" APP_JWT_KEY_DIR="$tmp/$cluster-keys" \
    APP_MASTER_KEY_FILE="$tmp/$cluster-keys/master.key" \
    DB_URL="jdbc:postgresql://$pg_host:5432/$db" DB_USER="$db_user" DB_PASSWORD="$PGPASSWORD" \
    REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" JOBS_SCHEDULER_NAME="$cluster" JOBS_INSTANCE_ID="$name" \
    APP_SIGNUPS_PER_ADDRESS=100000 APP_SIGNUPS_MAX=100000 ACCESS_LOG=false APP_OFFLINE_WORD_DELAY=PT0S \
    "$JAVA_HOME/bin/java" -jar "$jar" >"$tmp/$cluster-$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then return; fi
    kill -0 "${pids[-1]}" 2>/dev/null || die "node $name exited; see its log: $(tail -20 "$tmp/$cluster-$name.log")"
    sleep 0.1
  done
  die "node $name not ready"
}

post() { curl -fsS -H 'content-type: application/json' ${3:+-H "authorization: Bearer $3"} -d "$2" "$1"; }

# run NODES: prints "<nodes> <books> <pages> <seconds> <pages/min>".
run() {
  local nodes=$1 cluster db ports=() i port token session scenes ids=() tokens=() urls=() start done_all
  cluster="bench-$nodes-$RANDOM"
  db="bench_jobs_${nodes}_$RANDOM"
  createdb -h "$pg_host" -U "$db_user" "$db"
  for i in $(seq 1 "$nodes"); do
    port=$((18180 + i))
    start_node "node-$i" "$port" "$db" "$cluster"
    ports+=("$port")
  done
  scenes=$(jq -nc --argjson n "$pages" '[range(1; $n + 1) | "The fox climbs hill number \(.)"]')
  for i in $(seq 0 $((books - 1))); do # users and sessions first, so the clock measures the jobs
    port=${ports[$((i % nodes))]}
    token=$(post "http://127.0.0.1:$port/auth/local/register" \
      "{\"email\":\"bench-$RANDOM-$i@example.org\",\"password\":\"correct horse\"}" | jq -r .access_token)
    session=$(post "http://127.0.0.1:$port/v1/sessions" '{"name":"bench"}' "$token" | jq -r .id)
    tokens+=("$token"); urls+=("http://127.0.0.1:$port"); ids+=("$session")
  done
  start=$(now_ms)
  for i in $(seq 0 $((books - 1))); do
    ids[i]=$(post "${urls[i]}/v1/storybooks" "{\"session_id\":\"${ids[i]}\",\"title\":\"Bench\",\"scenes\":$scenes,\"style\":\"pastel\"}" \
      "${tokens[i]}" | jq -r .storybook.id)
  done
  for _ in $(seq 1 6000); do
    done_all=1
    for i in $(seq 0 $((books - 1))); do
      if [ "$(curl -fsS -H "authorization: Bearer ${tokens[i]}" "${urls[i]}/v1/storybooks/${ids[i]}/progress" | jq -r .finished)" != true ]; then
        done_all=0; break
      fi
    done
    [ "$done_all" = 1 ] && break
    sleep 0.1
  done
  [ "$done_all" = 1 ] || die "books not finished"
  local ms=$(( $(now_ms) - start ))
  local per_node=""
  for i in $(seq 1 "$nodes"); do # each try logs "job <id> (storybook_pages): try <n> on <node>"
    per_node+="$(grep -c 'storybook_pages): try' "$tmp/$cluster-node-$i.log" || true)/"
  done
  awk -v n="$nodes" -v b="$books" -v p="$pages" -v ms="$ms" -v per="${per_node%/}" \
    'BEGIN { printf "%-6s %-6s %-6s %-8.2f %-10.0f %s\n", n, b, p, ms / 1000, b * p / (ms / 60000), per }'
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  dropdb -h "$pg_host" -U "$db_user" --force "$db"
}

printf '%-6s %-6s %-6s %-8s %-10s %s\n' nodes books pages seconds pages/min jobs-per-node
run 1
run 2
