package ai.iiagent.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SkillPackageTest {

    private static final String MD = "---\nname: demo\ndescription: \"A demo skill\"\nlicense: MIT\n---\n# Demo\n";
    private static final SkillPackageLimits SMALL = new SkillPackageLimits(64 * 1024, 3, 4096, 16 * 1024, 20);

    @Test
    void givenSkillMdInOneTopFolder_whenInspected_thenManifestAndCountsAreRead() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("demo/", "");
        files.put("demo/SKILL.md", MD);
        files.put("demo/scripts/run.sh", "echo hi");

        SkillPackage checked = SkillPackage.inspect(zip(files), SMALL);

        assertThat(checked.manifest().name()).isEqualTo("demo");
        assertThat(checked.manifest().description()).isEqualTo("A demo skill");
        assertThat(checked.manifest().license()).isEqualTo("MIT");
        assertThat(checked.fileCount()).isEqualTo(2);
    }

    @Test
    void givenUnsafePaths_whenInspected_thenRefused() {
        for (String path : new String[] {"../x", "a/../../x", "/abs", "C:/win", "a\\b", "./x", "a//b"}) {
            assertCode(() -> SkillPackage.inspect(zip(Map.of("SKILL.md", MD, path, "x")), SMALL), "skill_entry_path_refused");
        }
    }

    @Test
    void givenLimitsExceeded_whenInspected_thenEachLimitHasItsCode() {
        assertCode(() -> SkillPackage.inspect(zip(Map.of("SKILL.md", MD, "a", "1", "b", "2", "c", "3")), SMALL),
                "skill_package_too_many_entries");
        assertCode(() -> SkillPackage.inspect(zip(Map.of("SKILL.md", MD, "big", "x".repeat(5000))), SMALL),
                "skill_entry_too_large");
        assertCode(() -> SkillPackage.inspect(new byte[70 * 1024], SMALL), "skill_package_too_large");
        SkillPackageLimits ratioOnly = new SkillPackageLimits(64 * 1024, 10, 1 << 20, 1 << 20, 5);
        assertCode(() -> SkillPackage.inspect(zip(Map.of("SKILL.md", MD, "zeros", "0".repeat(100_000))), ratioOnly),
                "skill_package_ratio_exceeded");
    }

    @Test
    void givenMissingOrMisplacedSkillMd_whenInspected_thenSkillMdMissing() {
        assertCode(() -> SkillPackage.inspect(zip(Map.of("README.md", MD)), SMALL), "skill_md_missing");
        assertCode(() -> SkillPackage.inspect(zip(Map.of("a/SKILL.md", MD, "b/x", "y")), SMALL), "skill_md_missing");
        assertCode(() -> SkillPackage.inspect("PK not really".getBytes(StandardCharsets.UTF_8), SMALL), "invalid_skill_package");
    }

    @Test
    void givenHostsOfAllKinds_whenJudged_thenOnlyPublicOnesPass() {
        for (String url : new String[] {"http://localhost", "http://127.0.0.2", "http://10.0.0.1", "http://172.16.5.4",
                "http://192.168.1.1", "http://169.254.169.254", "http://100.64.0.1", "http://0.0.0.0", "http://[::1]",
                "http://[fe80::1]", "http://[fd00::1]", "http://[::ffff:10.0.0.1]", "http://db.internal", "http://printer"}) {
            assertCode(() -> BaseUrl.of(url, false), "private_base_url_refused");
        }
        assertThat(BaseUrl.of("https://api.openai.com/v1/", false).value()).isEqualTo("https://api.openai.com/v1");
        assertThat(BaseUrl.of("http://172.32.0.1", false).value()).isEqualTo("http://172.32.0.1");
        assertCode(() -> BaseUrl.of("https://user:pw@api.example.com", false), "invalid_base_url");
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SettingsValidationException.class,
                e -> assertThat(e.code().value()).isEqualTo(code));
    }
}
