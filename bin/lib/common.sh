# Shared helpers for bin/run and bin/test. Source it; do not execute it.

log() { printf '\033[1m[ii-agent]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[ii-agent] %s\033[0m\n' "$*" >&2; exit 1; }

# Prints the major version of the JDK at $1 (a JAVA_HOME), or nothing when it has no javac.
jdk_major() {
  [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# Exports JAVA_HOME pointing at a JDK >= 21: the caller's JAVA_HOME if it qualifies, else the
# newest one under /usr/lib/jvm, else one installed from the distribution's packages.
ensure_jdk() {
  local candidate best="" best_major=0 major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    log "no JDK >= 21 found under /usr/lib/jvm; trying the distribution's packages"
    apt_install openjdk-21-jdk-headless || apt_install openjdk-25-jdk-headless \
      || die "A JDK >= 21 is required and none could be installed. Install one under /usr/lib/jvm or set JAVA_HOME."
    ensure_jdk; return
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || return 1
  if [ -z "$APT_UPDATED" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null || return 1
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to $2 seconds for port $1.
wait_for_port() {
  local i
  for ((i = 0; i < $2 * 4; i++)); do port_open "$1" && return 0; sleep 0.25; done
  return 1
}

# The web UI (bootstrap/src/main/webui) is built by the Maven build through Quinoa, which runs npm:
# Vite 8 needs node >= 20.19. Installs node and npm from the distribution when missing; when that
# node is too old (Debian 12 ships 18), fetches node 20 from the npm registry (the `node` package
# ships the binary) into a cache directory and puts it first on PATH.
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19
node_new_enough() {
  command -v node >/dev/null || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>$NODE_MIN_MAJOR||(a===$NODE_MIN_MAJOR&&b>=$NODE_MIN_MINOR)?0:1)"
}
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm || die "could not install node and npm"
  node_new_enough && return 0
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/ii-agent/node20"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    log "node $(node -v) is older than $NODE_MIN_MAJOR.$NODE_MIN_MINOR: installing node 20 from the npm registry into $dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error node@20 || die "could not install node 20"
  fi
  export PATH="$dir/node_modules/node/bin:$PATH"
  node_new_enough || die "node >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR is required for the web UI build"
}
