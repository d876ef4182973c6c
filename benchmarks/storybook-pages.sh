#!/usr/bin/env bash
# Storybook pages per minute with the offline generators (issue #20): runs StorybooksApiTest and
# StorybookDownloadsTest (books of 8 pages with and without voice-over, made by the job engine inside the app)
# and reads each storybook_pages job's duration from durable_jobs (created -> finished) in the test database.
# Usage: TEST_DB_NAME=app_test TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/app_test benchmarks/storybook-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${TEST_DB_NAME:-app_test}"
SINCE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
./mvnw -q -B -pl bootstrap -am -Dquinoa.build=false -DskipITs \
  -Dtest='StorybooksApiTest,StorybookDownloadsTest' -Dsurefire.failIfNoSpecifiedTests=false verify
psql -h 127.0.0.1 -U "${TEST_DB_USER:-iiagent}" -d "$DB" -c "
  select j.progress_total as pages, s.voice_over,
         round(extract(epoch from j.updated_at - j.created_at)::numeric, 2) as seconds,
         round((j.progress_total / extract(epoch from j.updated_at - j.created_at) * 60)::numeric, 1) as pages_per_min
    from durable_jobs j join storybooks s on s.id::text = j.subject
   where j.kind = 'storybook_pages' and j.state = 'SUCCEEDED' and j.created_at >= '$SINCE'
   order by j.created_at"
