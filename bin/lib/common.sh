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
