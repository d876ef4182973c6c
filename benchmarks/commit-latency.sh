#!/usr/bin/env bash
# How long one commit takes on this machine's PostgreSQL (issue #25): a one-row insert per transaction on
# one connection, nothing else running, with synchronous_commit on (the commit waits for its WAL flush,
# as every commit of the money path does) and off (no flush wait); p50 / p90 / p99 / max of each.
# This is the floor under any path that commits durably (an LLM call commits twice: its hold, then its
# settlement with the turn's events); the money path's statements write more WAL than this one row.
# Usage: benchmarks/commit-latency.sh [seconds=10] [rounds=2]
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/services.sh
ensure_postgres

seconds=${1:-10}
rounds=${2:-2}
db=iiagent_commit_bench
tmp=$(mktemp -d)
chmod 777 "$tmp" # pgbench may run as the postgres user and writes its log here
trap 'rm -rf "$tmp"; as_postgres psql -q -c "drop database if exists $db" >/dev/null 2>&1 || true' EXIT

as_postgres psql -q -c "drop database if exists $db" -c "create database $db" >/dev/null
as_postgres psql -q -d "$db" -c "create table commits (id bigserial primary key, at timestamptz not null default now(), note text)" >/dev/null

percentiles() { # pgbench per-transaction log -> "p50 p90 p99 max" in ms
  awk '{print $3}' "$@" | sort -n | awk '{a[NR]=$1} END {
    printf "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (%d commits)\n",
      a[int(NR*0.5)]/1000, a[int(NR*0.9)]/1000, a[int(NR*0.99)]/1000, a[NR]/1000, NR }'
}

for round in $(seq 1 "$rounds"); do
  for mode in on off; do
    printf 'INSERT INTO commits (note) VALUES (:client_id);\n' >"$tmp/commit.sql"
    chmod 644 "$tmp/commit.sql"
    (cd "$tmp" && PGOPTIONS="-c synchronous_commit=$mode" as_postgres pgbench -n -M prepared -c 1 -j 1 \
      -T "$seconds" -f "$tmp/commit.sql" -l --log-prefix="$tmp/log-$mode-$round" "$db" >/dev/null 2>&1)
    echo "round $round, synchronous_commit=$mode: $(percentiles "$tmp"/log-"$mode"-"$round"*)"
  done
done
