#!/usr/bin/env bash
# Offline media generation time and the billed path's overhead per generation (docs/benchmarks.md,
# "Media generation"). Runs MediaGenerationBenchmark against the test PostgreSQL under the shared
# build lock and prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/iiagent-mvn.lock ./mvnw -B -q -o -pl bootstrap -am verify -DskipITs -Dtest=MediaGenerationBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
grep -h "MEDIA-BENCH" bootstrap/target/surefire-reports/*MediaGenerationBenchmark-output.txt
