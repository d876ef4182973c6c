package ai.iiagent.adapter.sandbox.local;

/**
 * The bash programs that do workspace file operations inside the sandbox, as the session's uid, so
 * every link is resolved in the sandbox's own view of the filesystem and can never reach the host's.
 * Each takes its path as {@code $1}, exits {@value #OUTSIDE} when the path resolves outside
 * {@code /workspace}, {@value #MISSING} when it is not there or of the wrong kind, and prints {@code K}
 * once the checks passed, before any content.
 */
final class WorkspaceScripts {

    static final int OUTSIDE = 2;
    static final int MISSING = 3;
    static final int NOT_WRITABLE = 4;

    // $1 resolved through links (realpath -m: missing tails allowed) must stay under /workspace.
    private static final String RESOLVE = "p=$(realpath -m -- \"$1\") || exit 3; case \"$p/\" in /workspace/*) ;;"
            + " *) exit 2;; esac; ";

    /** Prints {@code K} then the regular file's bytes. */
    static final String READ = RESOLVE + "[ -f \"$p\" ] || exit 3; printf K; exec cat -- \"$p\"";

    /** Prints {@code K}, the file's size and a newline, then at most {@code $2} bytes of it. */
    static final String HEAD = RESOLVE + "[ -f \"$p\" ] || exit 3; s=$(stat -L -c %s -- \"$p\") || exit 3;"
            + " printf 'K%s\\n' \"$s\"; exec head -c \"$2\" -- \"$p\"";

    /** Creates missing parents, prints {@code K}, then writes stdin to the file (never to a directory). */
    static final String WRITE = RESOLVE + "[ \"$p\" = /workspace ] && exit 2; [ -d \"$p\" ] && exit 4;"
            + " mkdir -p -- \"$(dirname -- \"$p\")\" 2>/dev/null || exit 4; printf K; exec cat > \"$p\"";

    /**
     * Prints {@code K}, then up to {@code $3} entries below the directory, {@code $2} levels deep, each
     * {@code <type>/<size>/<path relative to the directory>} and a NUL ({@code find -printf}'s %y, %s, %P).
     */
    static final String LIST = RESOLVE + "[ -d \"$p\" ] || exit 3; cd -- \"$p\" || exit 3; printf K;"
            + " find . -mindepth 1 -maxdepth \"$2\" -printf '%y/%s/%P\\0' 2>/dev/null | head -z -n \"$3\"; exit 0";

    /** Prints {@code K}, then the whole workspace as a tar stream (links as links). */
    static final String PACK = "printf K; exec tar -C /workspace --one-file-system -cf - .";

    /**
     * Prints {@code K}, then the directory {@code $1} as a tar stream of its contents (links as links),
     * without the dev server's pid and log files: what a deployment copies out of the sandbox.
     */
    static final String PACK_DIRECTORY = RESOLVE + "[ -d \"$p\" ] || exit 3; printf K; exec tar -C \"$p\""
            + " --one-file-system --exclude=./.server.pid --exclude=./.server.log --exclude=./.s.PGSQL.5432 -cf - .";

    /** Prints {@code K}, then unpacks a tar stream from stdin into the workspace, keeping modes. */
    static final String UNPACK = "printf K; exec tar -C /workspace -xpf -";

    private WorkspaceScripts() {
    }
}
