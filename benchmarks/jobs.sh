#!/usr/bin/env bash
# Job engine throughput (issue #20): empty durable jobs per second on one node and on two nodes of one
# Quartz cluster on the test PostgreSQL (JobThroughputBenchmark). Usage: benchmarks/jobs.sh [jobs]
# Env: TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/app_test), TEST_DB_USER, TEST_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${1:-2000}"
./mvnw -q -B -pl adapters-persistence -am -Dquinoa.build=false -DskipITs \
  -Dtest=JobThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djobs.benchmark.count="${JOBS}" verify
grep -h "jobs/s" adapters-persistence/target/surefire-reports/*JobThroughputBenchmark-output.txt
