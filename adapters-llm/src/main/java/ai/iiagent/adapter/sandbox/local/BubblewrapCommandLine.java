package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The argv that runs one command: {@code prlimit} (resource limits) then {@code setpriv} (drop to
 * the session's host uid, so RLIMIT_NPROC counts only its processes) then {@code bwrap} with a
 * read-only minimal system, the workspace read-write and every namespace unshared.
 */
final class BubblewrapCommandLine {

    static final String WORKSPACE = "/workspace";
    static final int SANDBOX_UID = 65534;
    private static final List<String> TOP_LEVEL_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final List<String> ETC_ENTRIES = List.of("/etc/alternatives", "/etc/ld.so.cache", "/etc/ld.so.conf",
            "/etc/ld.so.conf.d", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime", "/etc/bash.bashrc",
            "/etc/profile", "/etc/inputrc", "/etc/mime.types", "/etc/ssl/certs");

    private static final String SANDBOX_PATH = "/usr/local/bin:/usr/bin:/bin";

    private BubblewrapCommandLine() {
    }

    /**
     * The whole environment the command line starts with: the request's variables (the session's
     * secrets) and a PATH for prlimit and setpriv; nothing of the server's. Passed as the process
     * environment, not as {@code --setenv} arguments, because any host user can read a command line
     * ({@code /proc/<pid>/cmdline}) but not another user's environment. The {@code --setenv}s of
     * {@link #build} override these names inside the sandbox.
     */
    static Map<String, String> environment(Map<String, String> requested) {
        Map<String, String> environment = new TreeMap<>(requested);
        environment.put("PATH", SANDBOX_PATH);
        return environment;
    }

    static List<String> build(BubblewrapSandboxConfig config, String bwrap, Path workspace, int hostUid, String command) {
        List<String> argv = new ArrayList<>(List.of("prlimit",
                "--cpu=" + config.cpuSeconds(), "--as=" + config.memoryBytes(), "--nproc=" + config.maxProcesses(),
                "--fsize=" + config.maxFileBytes(), "--nofile=1024", "--core=0", "--",
                "setpriv", "--reuid=" + hostUid, "--regid=" + hostUid, "--clear-groups", "--",
                bwrap, "--unshare-all", "--unshare-user", "--uid", "" + SANDBOX_UID, "--gid", "" + SANDBOX_UID,
                "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--hostname", "sandbox",
                "--setenv", "PATH", SANDBOX_PATH,
                "--setenv", "HOME", WORKSPACE, "--setenv", "LANG", "C.UTF-8", "--setenv", "TMPDIR", "/tmp",
                "--ro-bind", "/usr", "/usr"));
        for (String dir : TOP_LEVEL_DIRS) {
            systemDir(argv, Path.of(dir));
        }
        for (String entry : ETC_ENTRIES) {
            argv.addAll(List.of("--ro-bind-try", entry, entry));
        }
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", "" + config.tmpBytes(), "--tmpfs", "/tmp",
                "--bind", workspace.toString(), WORKSPACE, "--remount-ro", "/", "--chdir", WORKSPACE,
                "/bin/bash", "--noprofile", "--norc", "-c", command));
        return argv;
    }

    // Merged-/usr systems have /bin -> usr/bin: recreate the link instead of binding a second copy.
    private static void systemDir(List<String> argv, Path dir) {
        try {
            if (Files.isSymbolicLink(dir)) {
                argv.addAll(List.of("--symlink", Files.readSymbolicLink(dir).toString(), dir.toString()));
            } else if (Files.isDirectory(dir)) {
                argv.addAll(List.of("--ro-bind", dir.toString(), dir.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
