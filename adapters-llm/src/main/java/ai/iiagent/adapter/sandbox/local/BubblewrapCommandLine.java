package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The argv that runs a program in the sandbox: {@code prlimit} (resource limits) then {@code setpriv}
 * (drop to the session's host uid, so RLIMIT_NPROC counts only its processes) then {@code bwrap}
 * with a read-only minimal system, the workspace read-write and every namespace unshared. The
 * program is one {@code bash -c} command, a persistent interactive shell on its own terminal, or a
 * long-lived process such as an MCP stdio server.
 */
final class BubblewrapCommandLine {

    static final String WORKSPACE = "/workspace";
    static final int SANDBOX_UID = 65534;
    /** util-linux {@code script}: gives the shell a pseudo-terminal inside the sandbox (prompts, Ctrl-C, job control). */
    static final String SCRIPT = "/usr/bin/script";
    private static final String PATH = "/usr/local/bin:/usr/bin:/bin";
    private static final List<String> TOP_LEVEL_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final List<String> ETC_ENTRIES = List.of("/etc/alternatives", "/etc/ld.so.cache", "/etc/ld.so.conf",
            "/etc/ld.so.conf.d", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime", "/etc/bash.bashrc",
            "/etc/profile", "/etc/inputrc", "/etc/mime.types", "/etc/ssl/certs");

    private static final String SANDBOX_PATH = "/usr/local/bin:/usr/bin:/bin";

    private BubblewrapCommandLine() {
    }

    /**
     * The whole environment a one-off command's process starts with: the request's variables (the
     * session's secrets) and a PATH for prlimit and setpriv; nothing of the server's. Passed as the
     * process environment, not as {@code --setenv} arguments, because any host user can read a command
     * line ({@code /proc/<pid>/cmdline}) but not another user's environment. The {@code --setenv}s of
     * {@link #build} override these names inside the sandbox.
     */
    static Map<String, String> environment(Map<String, String> requested) {
        Map<String, String> environment = new TreeMap<>();
        // The host-side chain (prlimit, setpriv) runs as root: never hand it a variable the loader or libc acts on.
        requested.forEach((name, value) -> {
            if (!UNSAFE_FOR_ROOT.matcher(name).matches()) {
                environment.put(name, value);
            }
        });
        environment.put("PATH", PATH);
        return environment;
    }

    /** glibc's list of variables dropped for privileged programs (its UNSECURE_ENVVARS), plus its tunables. */
    private static final Pattern UNSAFE_FOR_ROOT = Pattern.compile(
            "LD_.*|MALLOC_.*|GLIBC_TUNABLES|GCONV_PATH|GETCONF_DIR|HOSTALIASES|LOCALDOMAIN|LOCPATH|NIS_PATH|NLSPATH"
                    + "|RESOLV_HOST_CONF|RES_OPTIONS|TMPDIR|TZDIR|BASH_ENV|ENV|IFS|SHELLOPTS|PS4");

    /**
     * One command, run by {@code bash -c}. No {@code --clearenv}: the caller starts the process with
     * {@link #environment} only, so the request's variables reach the command.
     */
    static List<String> build(BubblewrapSandboxConfig config, String bwrap, Path workspace, int hostUid, String command) {
        List<String> argv = prefix(config, config.cpuSeconds(), bwrap, hostUid);
        argv.addAll(List.of("--setenv", "PATH", PATH, "--setenv", "HOME", WORKSPACE, "--setenv", "LANG", "C.UTF-8",
                "--setenv", "TMPDIR", "/tmp"));
        filesystem(argv, config, workspace);
        argv.addAll(List.of("/bin/bash", "--noprofile", "--norc", "-c", command));
        return argv;
    }

    /** An interactive bash without line editing on a new pseudo-terminal that does not echo its input. */
    static List<String> shell(BubblewrapSandboxConfig config, String bwrap, Path workspace, int hostUid) {
        return withCleanEnvironment(config, bwrap, workspace, hostUid, List.of(SCRIPT, "--quiet", "--echo", "never",
                "--command", "/bin/bash --noediting --noprofile --norc -i", "/dev/null"));
    }

    private static List<String> withCleanEnvironment(BubblewrapSandboxConfig config, String bwrap, Path workspace,
                                                     int hostUid, List<String> program) {
        List<String> argv = prefix(config, config.cpuSeconds(), bwrap, hostUid);
        argv.addAll(List.of("--clearenv", "--setenv", "PATH", PATH, "--setenv", "HOME", WORKSPACE, "--setenv", "LANG", "C.UTF-8",
                "--setenv", "TMPDIR", "/tmp"));
        filesystem(argv, config, workspace);
        argv.addAll(program);
        return argv;
    }

    /**
     * The argv of a long-lived process (an MCP stdio server) in the same sandbox: the program runs
     * with {@link #baseEnvironment()} only (its own variables come later through its stdin, see
     * {@code BubblewrapSandbox.launch}: never to the root-run prlimit/setpriv, never on a command line)
     * and its own CPU-time limit; {@code network} keeps the host's network namespace for servers that must call out.
     */
    static List<String> exec(BubblewrapSandboxConfig config, String bwrap, Path workspace, int hostUid, long cpuSeconds,
                             boolean network, List<String> command) {
        return exec(config, bwrap, workspace, hostUid, cpuSeconds, network, Map.of(), config.memoryBytes(), command);
    }

    /**
     * As above, with host directories mounted read-only at absolute sandbox paths outside {@code /workspace}
     * and its own address-space limit (RLIMIT_AS; the sandbox's memory watchdog still bounds resident memory).
     */
    static List<String> exec(BubblewrapSandboxConfig config, String bwrap, Path workspace, int hostUid, long cpuSeconds,
                             boolean network, Map<Path, String> readOnlyBinds, long addressSpaceBytes, List<String> command) {
        List<String> argv = prefix(config, cpuSeconds, addressSpaceBytes, bwrap, hostUid);
        if (network) {
            argv.add("--share-net");
        }
        readOnlyBinds.forEach((host, inside) -> {
            if (!inside.startsWith("/opt/") || inside.contains("..")) {
                throw new IllegalArgumentException("read-only binds go under /opt: " + inside);
            }
            argv.addAll(List.of("--ro-bind", host.toString(), inside)); // before the root is remounted read-only
        });
        if (network) { // before the root is remounted read-only, or bwrap cannot create the mount points
            argv.addAll(List.of("--ro-bind-try", "/etc/resolv.conf", "/etc/resolv.conf", "--ro-bind-try", "/etc/hosts",
                    "/etc/hosts"));
        }
        filesystem(argv, config, workspace);
        argv.addAll(command);
        return argv;
    }

    /** The whole host-side environment of a long-lived sandboxed process: fixed values, nothing a user chose. */
    static Map<String, String> baseEnvironment() {
        return Map.of("PATH", PATH, "HOME", WORKSPACE, "LANG", "C.UTF-8", "TMPDIR", "/tmp");
    }

    private static List<String> prefix(BubblewrapSandboxConfig config, long cpuSeconds, String bwrap, int hostUid) {
        return prefix(config, cpuSeconds, config.memoryBytes(), bwrap, hostUid);
    }

    private static List<String> prefix(BubblewrapSandboxConfig config, long cpuSeconds, long addressSpaceBytes, String bwrap,
                                       int hostUid) {
        List<String> argv = new ArrayList<>(SignalDefaults.PREFIX);
        argv.addAll(List.of("prlimit",
                "--cpu=" + cpuSeconds, "--as=" + addressSpaceBytes, "--nproc=" + config.maxProcesses(),
                "--fsize=" + config.maxFileBytes(), "--nofile=1024", "--core=0", "--",
                "setpriv", "--reuid=" + hostUid, "--regid=" + hostUid, "--clear-groups", "--",
                bwrap, "--unshare-all", "--unshare-user", "--uid", "" + SANDBOX_UID, "--gid", "" + SANDBOX_UID,
                "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--hostname", "sandbox"));
        return argv;
    }

    /**
     * Signal dispositions are inherited through exec, and a server started as a background job of a script (or
     * under nohup) ignores SIGINT and SIGQUIT (or SIGHUP): its sandboxes would too, so a shell's Ctrl-C or an
     * interrupted command would not stop anything. The sandbox starts with every signal at its default, through
     * coreutils' {@code env --default-signal} (8.31+) where the host has it.
     */
    static final class SignalDefaults {

        static final List<String> PREFIX = supported() ? List.of("env", "--default-signal") : List.of();

        private SignalDefaults() {
        }

        private static boolean supported() {
            try {
                Process probe = new ProcessBuilder("env", "--default-signal", "true").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return probe.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && probe.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static void filesystem(List<String> argv, BubblewrapSandboxConfig config, Path workspace) {
        argv.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (String dir : TOP_LEVEL_DIRS) {
            systemDir(argv, Path.of(dir));
        }
        for (String entry : ETC_ENTRIES) {
            argv.addAll(List.of("--ro-bind-try", entry, entry));
        }
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", "" + config.tmpBytes(), "--tmpfs", "/tmp",
                "--bind", workspace.toString(), WORKSPACE, "--remount-ro", "/", "--chdir", WORKSPACE));
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
