#!/usr/bin/env bash
# PDF and PNG export time and peak memory for 10- and 50-slide decks (docs/benchmarks.md, "Slide export").
# Runs HtmlPagesRenderBenchmark (adapters-llm, no database) under the shared build lock.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
ensure_jdk
flock /tmp/iiagent-mvn.lock ./mvnw -B -q -pl adapters-llm -am test -Dtest=HtmlPagesRenderBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
grep -h "EXPORT-BENCH" adapters-llm/target/surefire-reports/*HtmlPagesRenderBenchmark-output.txt
