#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md one after the other and prints one table at the end.
# Each step runs under the shared build lock (flock $LOCK) so no build or other benchmark runs beside
# it; the credit, event-log and LLM-path benchmarks measure their "before" and "after" in the same run.
# Usage: benchmarks/run-all.sh [--skip-package] [--only "credits events llm startup realtime sandbox"]
# Needs: PostgreSQL and Redis as bin/test starts them; TEST_DB_NAME / TEST_DB_URL as for bin/test.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
ensure_jdk

LOCK=${LOCK:-/tmp/iiagent-mvn.lock}
only="credits events llm startup realtime sandbox"
package=1
while [ $# -gt 0 ]; do
  case $1 in
    --skip-package) package=0 ;;
    --only) shift; only=$1 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
wants() { case " $only " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
out=$(mktemp -d)
rows=()
row() { rows+=("$(printf '%-14s | %-44s | %s' "$1" "$2" "$3")"); }

mvn_bench() { # module test
  flock "$LOCK" ./mvnw -B -q -o -pl "$1" -am -DskipITs -Dquinoa.build=false -Dtest="$2" \
    -Dsurefire.failIfNoSpecifiedTests=false test >"$out/$2.log" 2>&1 || { tail -40 "$out/$2.log"; die "$2 failed"; }
  grep -hv '^[0-9: ,.-]*INFO\|^$' "$1"/target/surefire-reports/*"$2"-output.txt | grep -v '^[0-9]\{4\}-' || true
}

if wants credits; then
  echo "== CreditThroughputBenchmark =="
  mvn_bench bootstrap CreditThroughputBenchmark | tee "$out/credits.txt"
  while read -r line; do
    case $line in
      "one hot account"*|"100 accounts"*)
        name=${line%%  *}
        nums=$(echo "${line#"$name"}" | awk '{print $1" -> "$4" pairs/s ("$5" "$6")"}')
        row credits "$name" "$nums" ;;
    esac
  done <"$out/credits.txt"
fi

if wants events; then
  echo "== EventLogThroughputBenchmark =="
  mvn_bench adapters-persistence EventLogThroughputBenchmark | tee "$out/events.txt"
  while read -r line; do
    case $line in
      "1 writer"*|"8 writers"*)
        name=$(echo "$line" | sed 's/  .*//')
        nums=$(echo "${line#"$name"}" | awk '{print $1" -> "$2" events/s ("$3")"}')
        row events "$name" "$nums" ;;
    esac
  done <"$out/events.txt"
fi

if wants llm; then
  echo "== LlmCallPathBenchmark =="
  mvn_bench bootstrap LlmCallPathBenchmark | tee "$out/llm.txt"
  while read -r line; do
    case $line in
      *"calls/s:"*)
        rate=${line%%:*}
        before=$(echo "$line" | sed -n 's/.*before: full path p50 \([0-9.]*\) ms p99 \([0-9.]*\) ms.*/p50 \1 \/ p99 \2 ms/p')
        added=$(echo "$line" | sed -n 's/.*added after p50 \([0-9.]*\) ms p99 \([0-9.]*\) ms.*/p50 \1 \/ p99 \2 ms/p')
        row llm "$rate, added by the path" "before $before -> after $added" ;;
    esac
  done <"$out/llm.txt"
fi

if wants startup || wants realtime; then
  if [ "$package" = 1 ]; then
    echo "== package =="
    flock "$LOCK" ./mvnw -B -q -o -DskipTests package >"$out/package.log" 2>&1 || { tail -40 "$out/package.log"; die "package failed"; }
  fi
fi

if wants startup; then
  echo "== startup =="
  COMPARE=1 flock "$LOCK" benchmarks/startup.sh 3 | tee "$out/startup.txt"
  med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  for o in jvm-only defaults defaults+cds; do
    sel() { awk -v o="$o" -v c="$1" '$2 == o {print $c}' "$out/startup.txt" | med; }
    row startup "$o: first start / restart (median of 3)" "$(sel 3) ms, $(sel 4) MiB / $(sel 5) ms, $(sel 6) MiB"
  done
fi

if wants realtime; then
  echo "== realtime =="
  flock "$LOCK" benchmarks/realtime.sh "50 100 200" 15 10000 | tee "$out/realtime.txt"
  row realtime "idle connection" "$(grep 'per idle connection' "$out/realtime.txt" | head -1 | sed 's/.*: //')"
  grep -E 'deliveries|p99' "$out/realtime.txt" | head -6 | while read -r l; do echo "$l"; done >"$out/realtime-rows.txt" || true
  while read -r l; do row realtime "fan-out" "$l"; done <"$out/realtime-rows.txt"
fi

if wants sandbox; then
  if command -v bwrap >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== sandbox file ops =="
    flock "$LOCK" benchmarks/sandbox-file-ops.sh 200 | tee "$out/sandbox.txt"
    row sandbox "4 KiB read, direct vs inside the sandbox" "$(tail -1 "$out/sandbox.txt")"
  else
    row sandbox "4 KiB read inside the sandbox" "skipped (needs root and bubblewrap)"
  fi
fi

echo
echo "== all benchmarks (before -> after where a benchmark measures both in one run) =="
printf '%-14s | %-44s | %s\n' benchmark scenario result
printf '%s\n' "$(printf '%.0s-' $(seq 1 110))"
printf '%s\n' "${rows[@]}"
rm -rf "$out"
