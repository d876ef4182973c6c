#!/usr/bin/env bash
# Time from the socket's `publish` to the first HTTP 200 of the deployed site at its subdomain, for the
# full-stack template (supervised server app with its database) and the static template (files),
# on the embedded deployer with the real bubblewrap sandbox (docs/benchmarks.md, "Publish to first 200").
# Runs DeployOverSocketTest (which prints "publish-to-first-200 <template>: N ms") under the shared build lock, against the
# test PostgreSQL given by TEST_DB_NAME / TEST_DB_URL (as bin/test sets them). Usage: benchmarks/publish.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
ensure_jdk
runs=${1:-3}
for i in $(seq 1 "$runs"); do
  flock /tmp/iiagent-mvn.lock ./mvnw -B -q -pl bootstrap -am verify -DskipITs -Dquinoa.build=false \
    -Dtest=DeployOverSocketTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
  grep -h "publish-to-first-200" bootstrap/target/surefire-reports/*DeployOverSocketTest-output.txt
done
