#!/usr/bin/env bash
# The cost of doing a workspace file read inside the sandbox (what BubblewrapSandbox does since the
# file-race fix: prlimit -> setpriv -> bwrap -> bash + realpath + cat) against a direct read, in one run.
# Usage (root, bubblewrap installed): benchmarks/sandbox-file-ops.sh [reads]
set -euo pipefail
reads=${1:-200}
ws=$(mktemp -d /tmp/ii-agent-bench-XXXXXX)
chmod 755 "$ws"
head -c 4096 /dev/urandom > "$ws/file.bin"
chown -R 2000000001:2000000001 "$ws"
script='p=$(realpath -m -- "$1") || exit 3; case "$p/" in /workspace/*) ;; *) exit 2;; esac; [ -f "$p" ] || exit 3; printf K; exec cat -- "$p"'
sandboxed() {
  prlimit --cpu=30 --as=1073741824 --nproc=128 --fsize=268435456 --nofile=1024 --core=0 -- \
    setpriv --reuid=2000000001 --regid=2000000001 --clear-groups -- \
    bwrap --unshare-all --unshare-user --uid 65534 --gid 65534 --cap-drop ALL --die-with-parent --new-session \
      --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/lib /lib --symlink usr/lib64 /lib64 \
      --proc /proc --dev /dev --tmpfs /tmp --bind "$ws" /workspace --remount-ro / --chdir /workspace \
      /bin/bash --noprofile --norc -c "$script" workspace-file file.bin > /dev/null
}
start=$(date +%s%N); for _ in $(seq "$reads"); do cat "$ws/file.bin" > /dev/null; done; direct=$(( ($(date +%s%N) - start) / reads / 1000 ))
start=$(date +%s%N); for _ in $(seq "$reads"); do sandboxed; done; inside=$(( ($(date +%s%N) - start) / reads / 1000 ))
rm -rf "$ws"
echo "reads=$reads direct_us_per_read=$direct sandboxed_us_per_read=$inside"
