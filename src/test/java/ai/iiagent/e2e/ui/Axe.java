package ai.iiagent.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (the web UI's dev dependency {@code axe-core}, installed by the Maven build's npm step)
 * run inside the page: a screen passes when axe finds no violation of impact serious or critical
 * (WCAG 2.x A and AA rules, colour contrast included).
 */
final class Axe {

    private static final Path SCRIPT = Path.of("src", "main", "webui", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is a dev dependency of the web UI (npm install in "
                        + "bootstrap/src/main/webui)", e);
            }
        }
        return source;
    }

    /** Fails with the serious and critical violations on this page as it is now. */
    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolations(Page page, String screen) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        }
        List<String> violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations'] });
                  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
                }""");
        assertThat(violations).as("axe-core serious/critical violations on " + screen).isEmpty();
    }
}
