# Installs and starts PostgreSQL and Redis when they are missing, for bin/test. Source it.

PG_PORT=5432
REDIS_PORT=6379

ensure_postgres() {
  if ! port_open "$PG_PORT"; then
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      apt_install postgresql postgresql-contrib || die "could not install PostgreSQL"
    fi
    local version
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
      log "creating PostgreSQL $version cluster 'main'"
      pg_createcluster "$version" main --port "$PG_PORT" >/dev/null
    fi
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "PostgreSQL did not start"
    wait_for_port "$PG_PORT" 30 || die "PostgreSQL is not accepting connections on $PG_PORT"
  fi
  create_test_database
}

# The role the test profile uses (see bootstrap application.properties), and its database created
# afresh: rows a previous run left (sealed with another checkout's master key, for one) must not meet
# this checkout's target/test-data. Parallel runs use their own TEST_DB_NAME.
create_test_database() {
  local db_user=${TEST_DB_USER:-iiagent} db_password=${TEST_DB_PASSWORD:-iiagent} db_name=${TEST_DB_NAME:-app_test}
  as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL || die "could not create the test role/database"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db_user') THEN
    CREATE ROLE "$db_user" LOGIN PASSWORD '$db_password';
  END IF;
END \$\$;
-- projects' databases are provisioned by the app's login (docs/projects.md)
ALTER ROLE "$db_user" CREATEDB CREATEROLE;
DROP DATABASE IF EXISTS "$db_name" WITH (FORCE);
CREATE DATABASE "$db_name" OWNER "$db_user";
SQL
}

as_postgres() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    "$@" -h 127.0.0.1 -U postgres
  fi
}

ensure_redis() {
  port_open "$REDIS_PORT" && return 0
  command -v redis-server >/dev/null || apt_install redis-server || die "could not install Redis"
  log "starting Redis on $REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --logfile /tmp/ii-agent-redis.log >/dev/null || die "Redis did not start"
  wait_for_port "$REDIS_PORT" 15 || die "Redis is not accepting connections on $REDIS_PORT"
}

# The local sandbox tests run real bubblewrap (plus prlimit/setpriv from util-linux).
ensure_bubblewrap() {
  command -v bwrap >/dev/null || apt_install bubblewrap || die "could not install bubblewrap"
  command -v prlimit >/dev/null && command -v setpriv >/dev/null || apt_install util-linux || die "could not install util-linux"
  # Terminals in the local sandbox run a small python relay; the sandbox tests also use python3 and ps inside it.
  [ -x /usr/bin/python3 ] || apt_install python3-minimal || die "could not install python3"
  command -v ps >/dev/null || apt_install procps || die "could not install procps"
}

# Media generation's offline defaults (docs/media.md): espeak-ng speaks, ffmpeg assembles video and MP3.
ensure_media_tools() {
  command -v espeak-ng >/dev/null || apt_install espeak-ng || die "could not install espeak-ng"
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || apt_install ffmpeg || die "could not install ffmpeg"
}

# The browser tests (src/test/java/ai/iiagent/e2e/ui) drive Debian's Chromium through Playwright;
# Playwright's own browser download cannot work here. Fonts so that text renders in screenshots.
ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium fonts-liberation fonts-dejavu-core || die "could not install chromium"
}

# The socket.io-client round-trip test runs the official npm package under node.
ensure_socketio_client() {
  ensure_node
  if [ ! -d src/test/socketio/node_modules/socket.io-client ]; then
    log "installing socket.io-client for the Socket.IO round-trip test"
    (cd src/test/socketio && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in src/test/socketio failed"
  fi
}
