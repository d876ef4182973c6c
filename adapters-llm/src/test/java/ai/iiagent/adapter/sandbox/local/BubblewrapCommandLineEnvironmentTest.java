package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment of the root-run host chain never carries what the loader or libc would act on. */
class BubblewrapCommandLineEnvironmentTest {

    @Test
    void givenLoaderAndLibcVariables_whenEnvironmentBuilt_thenDroppedAndOrdinarySecretsKept() {
        Map<String, String> environment = BubblewrapCommandLine.environment(Map.of(
                "API_TOKEN", "s3cret", "LD_PRELOAD", "/workspace/evil.so", "LD_LIBRARY_PATH", "/workspace",
                "GCONV_PATH", "/workspace", "MALLOC_CHECK_", "3", "GLIBC_TUNABLES", "x", "BASH_ENV", "/workspace/x",
                "PATH", "/workspace/bin"));

        assertThat(environment).containsEntry("API_TOKEN", "s3cret")
                .containsEntry("PATH", "/usr/local/bin:/usr/bin:/bin")
                .doesNotContainKeys("LD_PRELOAD", "LD_LIBRARY_PATH", "GCONV_PATH", "MALLOC_CHECK_", "GLIBC_TUNABLES",
                        "BASH_ENV");
    }
}
