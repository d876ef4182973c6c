package ai.iiagent.adapter.integrations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing the coding CLIs with the real npm (offline: local packages): a CLI that cannot be
 * installed is refused with its reason, and stays refused without another attempt; one that can is
 * installed once, with its command where the sandbox mount expects it.
 */
class NpmCliInstallerTest {

    @TempDir
    Path temp;

    @Test
    void givenNoNpm_thenTheCliIsUnavailableWithTheReason_beforeAnyAttempt() {
        NpmCliInstaller installer = installer("/nonexistent/npm", temp.resolve("nothing-here").toString());
        assertThat(installer.unavailableReason(CodingCli.CODEX)).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo("Codex CLI cannot be installed: npm (/nonexistent/npm) is not installed on the server"));
        assertThatThrownBy(() -> installer.ensureInstalled(CodingCli.CODEX)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("npm");
    }

    @Test
    void givenAPackageThatCannotBeInstalled_thenTheInstallFailsWithNpmsReason_andTheCliStaysUnavailable() {
        NpmCliInstaller installer = installer("npm", temp.resolve("no-such-package").toString());
        assertThat(installer.unavailableReason(CodingCli.CODEX)).isEmpty(); // not known before trying
        assertThatThrownBy(() -> installer.ensureInstalled(CodingCli.CODEX))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageStartingWith("Codex CLI cannot be installed: npm install")
                .extracting(e -> ((ServiceUnavailableException) e).code().value()).isEqualTo("coding_cli_unavailable");
        assertThat(installer.unavailableReason(CodingCli.CODEX)).hasValueSatisfying(reason ->
                assertThat(reason).contains("cannot be installed").contains("no-such-package"));
    }

    @Test
    void givenAnInstallablePackage_thenItIsInstalledOnce_withItsCommandReadableBySandboxes() throws Exception {
        Path fake = temp.resolve("fake-codex");
        Files.createDirectories(fake);
        Files.writeString(fake.resolve("package.json"), "{\"name\":\"fake-codex\",\"version\":\"1.0.0\",\"bin\":{\"codex\":\"cli.js\"}}");
        Files.writeString(fake.resolve("cli.js"), "#!/usr/bin/env node\nconsole.log('fake');\n");
        NpmCliInstaller installer = installer("npm", fake.toString());
        Path installed = installer.ensureInstalled(CodingCli.CODEX);
        Path command = installed.resolve(installer.binaryPath(CodingCli.CODEX));
        assertThat(command).exists();
        assertThat(Files.isSymbolicLink(installed.resolve("node_modules/fake-codex"))).as("copied, not linked").isFalse();
        assertThat(Files.getPosixFilePermissions(installed).toString()).contains("OTHERS_EXECUTE", "OTHERS_READ");
        long installedAt = Files.getLastModifiedTime(installed.resolve(".installed")).toMillis();
        assertThat(installer.ensureInstalled(CodingCli.CODEX)).isEqualTo(installed);
        assertThat(Files.getLastModifiedTime(installed.resolve(".installed")).toMillis()).isEqualTo(installedAt);
        assertThat(installer.unavailableReason(CodingCli.CODEX)).isEmpty();
    }

    private NpmCliInstaller installer(String npm, String codexPackage) {
        return new NpmCliInstaller(new NpmCliInstaller.Settings(npm, temp.resolve("clis"),
                Map.of(CodingCli.CODEX, codexPackage, CodingCli.CLAUDE_CODE, "unused"),
                Map.of(CodingCli.CODEX, "codex", CodingCli.CLAUDE_CODE, "claude"), Duration.ofMinutes(2)));
    }
}
