#!/usr/bin/env bash
# Browser tools (issue #17): latency of one browser_navigation call (navigate + JPEG screenshot +
# page state) on a local page, p50/p90/p99 over N calls, and memory per open browser context
# (Chromium's processes' PSS with C sessions open, less with one, divided by C - 1).
# The Debian Chromium behind the app's egress proxy, as in production (BrowserLimits.defaults()).
# Usage: flock /tmp/iiagent-mvn.lock benchmarks/browser.sh [calls=200] [contexts=8]
# (under the shared build lock on a shared machine: other Chromiums running would be counted too.)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-200}
contexts=${2:-8}
./mvnw -B -q -pl adapters-llm -am test -Dtest=BrowserLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.calls="$calls" -Dbench.contexts="$contexts" >/dev/null 2>&1 || {
  echo "the benchmark failed; see adapters-llm/target/surefire-reports" >&2; exit 1; }
grep '^BENCH' adapters-llm/target/surefire-reports/ai.iiagent.adapter.browser.BrowserLatencyBench-output.txt
